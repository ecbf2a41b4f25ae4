# Fails when a header that every rule compiles (src/engine/rule.hpp and the project headers it
# includes, transitively) includes one of the standard headers that cost the most to compile and
# that a rule never needs. Run as: cmake -DSOURCE_DIR=<repo> -P cmake/check_lean_headers.cmake
cmake_minimum_required(VERSION 3.25)

if(NOT SOURCE_DIR)
  message(FATAL_ERROR "pass -DSOURCE_DIR=<the repository>")
endif()

set(heavy regex filesystem chrono sstream iostream fstream)
set(pending "engine/rule.hpp")
set(seen "")
set(failures "")
while(pending)
  list(POP_FRONT pending header)
  if(header IN_LIST seen)
    continue()
  endif()
  list(APPEND seen ${header})
  file(STRINGS "${SOURCE_DIR}/src/${header}" lines REGEX "^#include [<\"]")
  foreach(line IN LISTS lines)
    if(line MATCHES "^#include \"([^\"]+)\"" AND EXISTS "${SOURCE_DIR}/src/${CMAKE_MATCH_1}")
      list(APPEND pending ${CMAKE_MATCH_1})
    elseif(line MATCHES "^#include <([a-z_]+)>" AND CMAKE_MATCH_1 IN_LIST heavy)
      string(APPEND failures "src/${header} includes <${CMAKE_MATCH_1}>\n")
    endif()
  endforeach()
endwhile()
if(failures)
  message(FATAL_ERROR "a header every rule compiles includes a heavy standard header (move the use "
                      "into a .cpp file):\n${failures}")
endif()
list(LENGTH seen count)
message(STATUS "${count} headers reached from src/engine/rule.hpp, none includes [${heavy}]")
