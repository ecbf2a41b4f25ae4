# Run by ctest (tests/CMakeLists.txt): how cmake/static_linking.cmake sorts a pkg-config module's
# libraries for a static build: archives found, glibc's parts left shared, the rest named missing.
cmake_minimum_required(VERSION 3.25)
set(PROJECT_SOURCE_DIR ${SOURCE_DIR})
include(${SOURCE_DIR}/cmake/static_linking.cmake)
# A script has no system search path; the project's is where pkg-config's libdir is on Debian.
execute_process(COMMAND ${PKG_CONFIG_EXECUTABLE} --variable=libdir yaml-cpp
                OUTPUT_VARIABLE libdir OUTPUT_STRIP_TRAILING_WHITESPACE)
set(CMAKE_LIBRARY_PATH ${libdir})

function(expect what actual expected)
  if(NOT "${actual}" STREQUAL "${expected}")
    message(FATAL_ERROR "${what}: expected \"${expected}\", got \"${actual}\"")
  endif()
endfunction()

reclint_static_archives(yaml-cpp archives missing)
expect("yaml-cpp's archives" "${archives}" "${libdir}/libyaml-cpp.a")
expect("yaml-cpp's missing archives" "${missing}" "")

# libpq (when installed): Debian ships Kerberos and LDAP shared only, so a static build leaves it out.
execute_process(COMMAND ${PKG_CONFIG_EXECUTABLE} --exists libpq RESULT_VARIABLE no_libpq)
if(NOT no_libpq)
  reclint_static_archives(libpq archives missing)
  if(NOT "gssapi_krb5" IN_LIST missing OR NOT "ldap" IN_LIST missing)
    message(FATAL_ERROR "libpq's missing archives: expected Kerberos and LDAP among \"${missing}\"")
  endif()
  list(GET archives 0 first)
  expect("libpq's first archive" "${first}" "${libdir}/libpq.a")
  if(NOT "-lm" IN_LIST archives OR NOT "Threads::Threads" IN_LIST archives)
    message(FATAL_ERROR "glibc's libm and the threads stay shared: ${archives}")
  endif()
endif()
message(STATUS "static linking: archives and missing libraries as expected")
