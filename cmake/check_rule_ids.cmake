# Fails when a string that looks like a rule id ("category/name") appears under src/: the core
# knows rules only through what each rule declares in its RuleInfo (always_selected,
# checks_config, engine_finding) and the subjects of its diagnostics, never by name.
# Run as: cmake -DSOURCE_DIR=<repo> -P cmake/check_rule_ids.cmake (ctest runs it).
cmake_minimum_required(VERSION 3.25)

# Literals of that shape that are not rule ids, each with the reason.
set(allowed
    "\"/\""               # a path separator
    "\"reclint/source\""  # the annotation naming an Argo manifest's DAG file
    "\"services/feed\""   # an example folder, in a comment
    "\"/repo\""           # an example path, in a comment
    "\"/v\""              # the version part of a dbt manifest's schema URL
)

if(NOT SOURCE_DIR)
  message(FATAL_ERROR "pass -DSOURCE_DIR=<the repository>")
endif()

set(failures "")
file(GLOB_RECURSE files RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/src/*)
list(SORT files)
foreach(file IN LISTS files)
  file(STRINGS ${SOURCE_DIR}/${file} lines REGEX "\"[a-z]*/[a-z-]*\"")
  foreach(line IN LISTS lines)
    string(REGEX MATCHALL "\"[a-z]*/[a-z-]*\"" literals "${line}")
    foreach(literal IN LISTS literals)
      if(NOT literal IN_LIST allowed)
        string(STRIP "${line}" shown)
        string(APPEND failures "${file}: ${literal} in: ${shown}\n")
      endif()
    endforeach()
  endforeach()
endforeach()

if(failures)
  message(FATAL_ERROR "rule ids under src/ (let the rule declare what the core needs instead):\n${failures}")
endif()
