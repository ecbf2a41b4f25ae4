# Static linking (RECLINT_STATIC=ON): the archives that link a pkg-config module statically.
#
# A static build links every library but the C library statically: libstdc++ and libgcc, and for
# each pkg-config module the archives its `pkg-config --static --libs` lists. glibc's own parts
# (libc, libm, librt, libdl, libpthread...) stay shared: a statically linked glibc cannot load NSS
# modules and is not meant to be mixed with a shared one. libpq is not linked at all, in any build:
# reclint loads it when a warehouse is first asked (src/warehouse/libpq.hpp), which the static
# binary can do too, as glibc stays shared.

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
