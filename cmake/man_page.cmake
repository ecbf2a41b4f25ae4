# Writes OUTPUT, the man page reclint(1), from what RECLINT itself prints: the help of the program
# and of each command, and the rule list. Nothing to keep in step by hand, no tool but CMake.
function(run_reclint out)
  execute_process(COMMAND ${RECLINT} ${ARGN} OUTPUT_VARIABLE text RESULT_VARIABLE failed)
  if(failed)
    message(FATAL_ERROR "man page: `reclint ${ARGN}` failed")
  endif()
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Text as roff: backslashes escaped, no line starting with a control character.
function(roff out text)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REPLACE "-" "\\-" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

run_reclint(version --version)
string(REGEX REPLACE "\n.*" "" version "${version}")
string(REPLACE "reclint " "" version "${version}")
run_reclint(help --help)
roff(help "${help}")
set(page ".TH RECLINT 1 \"\" \"reclint ${version}\" \"User Commands\"
.SH NAME
reclint \\- pre\\-deploy linter for workflow DAGs, Argo manifests and online\\-test configs
.SH SYNOPSIS
.B reclint
[\\fBcheck\\fR] [\\fIOPTIONS\\fR] [\\fIPATH\\fR...]
.br
.B reclint
\\fBrules\\fR | \\fBexplain\\fR \\fIRULE\\fR | \\fBgraph\\fR \\fIFILE\\fR
.SH DESCRIPTION
.nf
${help}.fi
.SH COMMANDS
")
foreach(command check rules explain graph)
  run_reclint(text ${command} --help)
  roff(text "${text}")
  string(APPEND page ".SS ${command}\n.nf\n${text}.fi\n")
endforeach()
run_reclint(rules rules --no-config)
string(APPEND page ".SH RULES\n`reclint explain RULE' prints a rule's page.\n")
string(REGEX REPLACE "\n$" "" rules "${rules}")
string(REPLACE "\n" ";" rules "${rules}")
foreach(line IN LISTS rules)
  if(line MATCHES "^([^ ]+) +([^ ]+) +(.*)$")
    roff(summary "${CMAKE_MATCH_3}")
    string(APPEND page ".TP\n.B ${CMAKE_MATCH_1}\n(${CMAKE_MATCH_2}) ${summary}\n")
  endif()
endforeach()
string(APPEND page ".SH EXIT STATUS
0: no error, and warnings within \\-\\-max\\-warnings; 1: findings that fail the run; 2: a usage or
config error, or an input that could not be read; 3: an internal error.
.SH SEE ALSO
The README of reclint's repository: configuration, suppression comments, the pre\\-commit hook and
the GitHub Action; its docs/formats.md: every file format, with every key.
")
file(WRITE ${OUTPUT} "${page}")
