# SPDX-License-Identifier: Apache-2.0
# The Debian package: `cpack -G DEB` in a build configured with
# -DCMAKE_INSTALL_PREFIX=/usr. It holds the command, the core library, the
# plugins, the data files under /usr/share/baocao, the man page, bash
# completion, the default config in /etc/baocao and the systemd units of the
# scheduled fetch. Dependencies come from dpkg-shlibdeps, so they name the
# library packages of the Debian release the package was built on.
set(packaging ${CMAKE_SOURCE_DIR}/packaging)
set(BAOCAO_DATA_DIR ${CMAKE_INSTALL_DATADIR}/baocao)
# The default config belongs to a system install (prefix /usr, the Debian
# package): it goes to /etc/baocao, outside the prefix, and names the data
# files by their absolute place. Another prefix (`cmake --install --prefix
# DIR`, the SDK test) installs no config, so nothing lands outside DIR.
set(BAOCAO_CONFIG_DIR /etc/baocao)

install(FILES ${CMAKE_SOURCE_DIR}/plugins/extract-sections/synonyms.json DESTINATION ${BAOCAO_DATA_DIR})
install(FILES ${CMAKE_SOURCE_DIR}/plugins/extract-indicators/default_indicators.json
  DESTINATION ${BAOCAO_DATA_DIR} RENAME indicators.json)
install(FILES ${CMAKE_SOURCE_DIR}/samples/template/draft-template.docx DESTINATION ${BAOCAO_DATA_DIR})
if(BAOCAO_SYSTEM_INSTALL)
  set(BAOCAO_FULL_DATA_DIR ${CMAKE_INSTALL_FULL_DATADIR}/baocao)
  configure_file(${packaging}/config.json ${CMAKE_BINARY_DIR}/packaging/config.json @ONLY)
  install(FILES ${CMAKE_BINARY_DIR}/packaging/config.json ${packaging}/fetch.env DESTINATION ${BAOCAO_CONFIG_DIR})
endif()
install(FILES ${packaging}/baocao-fetch.service ${packaging}/baocao-fetch.timer DESTINATION lib/systemd/system)
install(FILES ${packaging}/baocao.bash-completion DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
  RENAME baocao)

# The man page carries the version; Debian wants it compressed.
configure_file(${packaging}/baocao.1 ${CMAKE_BINARY_DIR}/packaging/baocao.1 @ONLY)
find_program(BAOCAO_GZIP gzip)
if(BAOCAO_GZIP)
  add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/packaging/baocao.1.gz
    COMMAND ${BAOCAO_GZIP} -9nkf ${CMAKE_BINARY_DIR}/packaging/baocao.1
    DEPENDS ${CMAKE_BINARY_DIR}/packaging/baocao.1)
  add_custom_target(baocao_man_page ALL DEPENDS ${CMAKE_BINARY_DIR}/packaging/baocao.1.gz)
  install(FILES ${CMAKE_BINARY_DIR}/packaging/baocao.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  install(FILES ${CMAKE_BINARY_DIR}/packaging/baocao.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

# dpkg keeps a person's edits of these on upgrade.
if(BAOCAO_SYSTEM_INSTALL)
  file(WRITE ${CMAKE_BINARY_DIR}/packaging/conffiles "${BAOCAO_CONFIG_DIR}/config.json\n${BAOCAO_CONFIG_DIR}/fetch.env\n")
  set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${CMAKE_BINARY_DIR}/packaging/conffiles)
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME baocao)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "reads unit review reports and drafts the provincial synthesis")
set(CPACK_PACKAGE_DESCRIPTION
  "baocao reads the review reports units send in answer to a Party plan (.docx, mail,\n mbox, Maildir, zip), checks who reported on time, finds what each report says under\n each content item of the plan, and writes result.json, compliance.csv and a draft\n synthesis report (.docx, .md). It also fetches reports from a POP3 mailbox on a\n schedule (baocao-fetch.timer).")
set(BAOCAO_PACKAGE_MAINTAINER "baocao maintainers <baocao@localhost>" CACHE STRING "Maintainer field of the Debian package")
set(CPACK_PACKAGE_CONTACT "${BAOCAO_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${BAOCAO_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS ${CMAKE_BINARY_DIR}/lib)
# The core library is public (out-of-tree plugins link it): a shlibs file and the ldconfig trigger.
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_STRIP_FILES ON)
include(CPack)
