# SPDX-License-Identifier: Apache-2.0
# Installing the SDK: headers, the core library, the plugins, the baocao
# command and a CMake package so plugins can be built out of tree.
include(CMakePackageConfigHelpers)

install(TARGETS baocao_core EXPORT baocaoTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS baocao RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# sdk/ is what plugins include; engine/ lets a plugin's own tests run stages in process.
install(DIRECTORY ${CMAKE_SOURCE_DIR}/core/include/baocao/sdk ${CMAKE_SOURCE_DIR}/core/include/baocao/engine
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/baocao)
install(EXPORT baocaoTargets NAMESPACE baocao::
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/baocao)

configure_package_config_file(${CMAKE_SOURCE_DIR}/cmake/baocaoConfig.cmake.in
  ${CMAKE_BINARY_DIR}/baocaoConfig.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/baocao)
write_basic_package_version_file(${CMAKE_BINARY_DIR}/baocaoConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES
  ${CMAKE_BINARY_DIR}/baocaoConfig.cmake
  ${CMAKE_BINARY_DIR}/baocaoConfigVersion.cmake
  ${CMAKE_SOURCE_DIR}/cmake/baocaoAddPlugin.cmake
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/baocao)
