# Fails when an #include runs from a lower layer of src/ to a higher one, or names a folder that is
# not a layer. Run as: cmake -DSOURCE_DIR=<repo> -P cmake/check_layers.cmake (ctest runs it).
#
# The layers, lowest first. Each one lists the layers its files may include (besides its own
# folder); every listed layer must come earlier in this list, so the folders cannot form a cycle.
set(layers text vocabulary load schema model engine report warehouse pipeline lsp commands cli main rules)
set(allowed_text "")
set(allowed_vocabulary text)
set(allowed_load text)  # files -> documents: knows text only
set(allowed_schema text load)
set(allowed_model text vocabulary load schema)
set(allowed_engine text vocabulary load schema model)
set(allowed_report text vocabulary load model engine)
set(allowed_warehouse text vocabulary load schema model)  # catalog sources: databases, exports
set(allowed_pipeline text vocabulary load schema model engine warehouse)
set(allowed_lsp text vocabulary load schema model engine pipeline)  # the language server
set(allowed_commands text vocabulary load schema model engine report warehouse pipeline lsp)
set(allowed_cli text commands)
set(allowed_main cli)  # src/main.cpp
# rules/<category>/: a rule sees the documents, the models and the rule interface, never the run,
# the output or the command line. Includes of a rule category's own headers are fine too.
set(allowed_rules text vocabulary load schema model engine)

cmake_minimum_required(VERSION 3.25)

if(NOT SOURCE_DIR)
  message(FATAL_ERROR "pass -DSOURCE_DIR=<the repository>")
endif()

set(failures "")
set(seen "")
foreach(layer IN LISTS layers)
  foreach(dependency IN LISTS allowed_${layer})
    if(NOT dependency IN_LIST seen)
      string(APPEND failures "layer ${layer} may include ${dependency}, which is not below it\n")
    endif()
  endforeach()
  list(APPEND seen ${layer})
endforeach()

file(GLOB rule_categories LIST_DIRECTORIES true RELATIVE ${SOURCE_DIR}/rules ${SOURCE_DIR}/rules/*)
file(GLOB_RECURSE files RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/src/*.cpp ${SOURCE_DIR}/src/*.hpp
     ${SOURCE_DIR}/rules/*.cpp ${SOURCE_DIR}/rules/*.hpp)
list(SORT files)
foreach(file IN LISTS files)
  string(REGEX MATCH "^([^/]+)/([^/]+)/" folders "${file}")
  if(CMAKE_MATCH_1 STREQUAL "rules")
    set(layer rules)
    set(folder rules/${CMAKE_MATCH_2})
  elseif(folders)
    set(layer ${CMAKE_MATCH_2})
    set(folder src/${CMAKE_MATCH_2})
  else()
    set(layer main)
    set(folder src)
  endif()
  if(NOT layer IN_LIST layers)
    string(APPEND failures "${file}: src/${layer} is not a layer (add it to cmake/check_layers.cmake)\n")
    continue()
  endif()
  file(STRINGS ${SOURCE_DIR}/${file} includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
  foreach(line IN LISTS includes)
    string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]*)\".*" "\\1" included "${line}")
    if(EXISTS ${SOURCE_DIR}/${folder}/${included})
      continue()  # beside the including file
    endif()
    string(REGEX MATCH "^[^/]+" target "${included}")
    if(layer STREQUAL "rules" AND target IN_LIST rule_categories)
      continue()
    endif()
    if(target STREQUAL layer OR target IN_LIST allowed_${layer})
      continue()
    endif()
    string(APPEND failures "${file}: includes \"${included}\": ${layer} may include only [${allowed_${layer}}]\n")
  endforeach()
endforeach()

if(failures)
  message(FATAL_ERROR "include layering violated:\n${failures}")
endif()
