# Static linking (RECLINT_STATIC=ON) and the optional features a static build may leave out.
#
# A static build links every library but the C library statically: libstdc++ and libgcc, and for
# each pkg-config module the archives its `pkg-config --static --libs` lists. glibc's own parts
# (libc, libm, librt, libdl, libpthread...) stay shared: a statically linked glibc cannot load NSS
# modules and is not meant to be mixed with a shared one.
#
# A feature built on a library whose archives are not all installed (libpq needs Kerberos and
# LDAP, which Debian ships shared only) is left out of a static build instead of breaking it:
#
#   reclint_optional_library(NAME libpq MODULE libpq TARGET PostgreSQL::PostgreSQL
#                            USED_BY "the postgres: catalog source" SOURCES src/warehouse/postgres_catalog.cpp ...)
#
# links the library (TARGET in a shared build, MODULE's archives in a static one) into
# reclint_core when it can, and compiles the listed sources (only those: the rest of the tree
# keeps the flags of a shared build, so ccache serves it) with RECLINT_WITH_LIBPQ=1, or =0 when
# the static build leaves it out. Those sources then read:
#
#   #if RECLINT_WITH_LIBPQ
#       ... the real code ...
#   #else
#       return failure(left_out_message("libpq", "the postgres: catalog source"));  // exit 2
#   #endif
#
# and `reclint --version` names what was left out (src/text/build_info.cpp).

find_package(PkgConfig REQUIRED)

set(reclint_glibc_parts c m rt dl pthread resolv util anl)

# The archives (full paths) that link pkg-config <module> statically, in link order; <missing>
# names the libraries that have no archive.
function(reclint_static_archives module archives_var missing_var)
  execute_process(COMMAND ${PKG_CONFIG_EXECUTABLE} --static --libs ${module}
                  OUTPUT_VARIABLE flags OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE failed)
  if(failed)
    message(FATAL_ERROR "pkg-config does not know ${module}")
  endif()
  separate_arguments(flags UNIX_COMMAND "${flags}")
  set(dirs "")
  set(archives "")
  set(missing "")
  foreach(flag IN LISTS flags)
    if(flag MATCHES "^-L(.+)")
      list(APPEND dirs ${CMAKE_MATCH_1})
    elseif(flag MATCHES "^-l(.+)")
      set(name ${CMAKE_MATCH_1})
      if(name IN_LIST reclint_glibc_parts)
        list(APPEND archives -l${name})
        continue()
      endif()
      unset(archive)  # else find_library keeps the previous library's archive
      find_library(archive NAMES lib${name}.a HINTS ${dirs} NO_CACHE)
      if(archive)
        list(APPEND archives ${archive})
      else()
        list(APPEND missing ${name})
      endif()
    elseif(flag STREQUAL "-pthread")
      list(APPEND archives Threads::Threads)
    endif()
  endforeach()
  set(${archives_var} ${archives} PARENT_SCOPE)
  set(${missing_var} ${missing} PARENT_SCOPE)
endfunction()

# Links the archives of pkg-config <module> (a module, or a list of them) into <target>; fails when
# one is missing.
function(reclint_link_static_module target scope module)
  reclint_static_archives("${module}" archives missing)
  if(missing)
    message(FATAL_ERROR "RECLINT_STATIC: ${module} needs libraries that have no static archive: ${missing}")
  endif()
  target_link_libraries(${target} ${scope} ${archives})
endfunction()

function(reclint_optional_library)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "NAME;MODULE;TARGET;USED_BY" "SOURCES")
  string(TOUPPER "${arg_NAME}" upper)
  string(MAKE_C_IDENTIFIER "${upper}" upper)
  set(with 1)
  if(RECLINT_STATIC)
    reclint_static_archives(${arg_MODULE} archives missing)
    if(missing)
      set(with 0)
      message(STATUS "Static build: ${arg_NAME} left out (${arg_USED_BY}); no archive of: ${missing}")
      set_property(GLOBAL APPEND PROPERTY reclint_left_out "${arg_NAME} (${arg_USED_BY})")
    else()
      target_link_libraries(reclint_core PRIVATE ${archives})
    endif()
    # Its headers only, as in a shared build: the sources compile in either case.
    target_include_directories(reclint_core SYSTEM PRIVATE
                               $<TARGET_PROPERTY:${arg_TARGET},INTERFACE_INCLUDE_DIRECTORIES>)
  else()
    target_link_libraries(reclint_core PRIVATE ${arg_TARGET})
  endif()
  set_property(SOURCE ${arg_SOURCES} DIRECTORY ${PROJECT_SOURCE_DIR}
               APPEND PROPERTY COMPILE_DEFINITIONS RECLINT_WITH_${upper}=${with})
endfunction()

# Once every feature is declared: `reclint --version` names those left out.
function(reclint_describe_left_out)
  get_property(left_out GLOBAL PROPERTY reclint_left_out)
  if(left_out)
    list(JOIN left_out ", " text)
    set_property(SOURCE ${PROJECT_SOURCE_DIR}/src/text/build_info.cpp DIRECTORY ${PROJECT_SOURCE_DIR}
                 APPEND PROPERTY COMPILE_DEFINITIONS "RECLINT_LEFT_OUT=\"${text}\"")
  endif()
endfunction()
if(NOT CMAKE_SCRIPT_MODE_FILE)  # tests/static_linking_test.cmake includes this file as a script
  cmake_language(DEFER DIRECTORY ${PROJECT_SOURCE_DIR} CALL reclint_describe_left_out)
endif()
