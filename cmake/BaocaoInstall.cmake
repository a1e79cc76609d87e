# Installing the SDK: headers, the core library, the plugins, the baocao
# command and a CMake package so plugins can be built out of tree.
include(CMakePackageConfigHelpers)

install(TARGETS baocao_core EXPORT baocaoTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS baocao RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${CMAKE_SOURCE_DIR}/core/include/baocao/sdk
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
