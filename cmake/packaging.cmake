# What `cmake --install` installs (the binary and its man page) and the packages CPack makes from
# it: a .deb whose dependencies dpkg-shlibdeps computes from the binary, and a .tar.gz.

# The man page, generated from the binary's own help and rule list (cmake/man_page.cmake).
set(man_page ${CMAKE_CURRENT_BINARY_DIR}/reclint.1)
add_custom_command(
  OUTPUT ${man_page}
  COMMAND ${CMAKE_COMMAND} -DRECLINT=$<TARGET_FILE:reclint> -DOUTPUT=${man_page}
          -P ${CMAKE_CURRENT_SOURCE_DIR}/cmake/man_page.cmake
  DEPENDS reclint ${CMAKE_CURRENT_SOURCE_DIR}/cmake/man_page.cmake
  COMMENT "Generating the man page reclint.1")
add_custom_target(reclint_man_page ALL DEPENDS ${man_page})

include(GNUInstallDirs)
install(TARGETS reclint RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${man_page} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(CPACK_PACKAGE_NAME reclint)
set(CPACK_PACKAGE_VENDOR reclint)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_CONTACT "reclint maintainers <reclint@users.noreply.github.com>")
set(CPACK_GENERATOR DEB TGZ)
set(CPACK_STRIP_FILES ON)
set(flavour "")
if(RECLINT_STATIC)
  set(flavour "-static")
endif()
set(CPACK_PACKAGE_FILE_NAME "reclint-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}${flavour}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Libraries loaded at run time, which dpkg-shlibdeps cannot see: libgit2 for --base and the ignore
# rules (src/load/libgit2.hpp; Debian names its package after the soname: libgit2-1.5), and libpq
# for the warehouse only (src/warehouse/libpq.hpp), which reclint works without.
string(REGEX MATCH "^[0-9]+\\.[0-9]+" libgit2_soversion "${LIBGIT2_VERSION}")
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libgit2-${libgit2_soversion}")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS libpq5)
include(CPack)
