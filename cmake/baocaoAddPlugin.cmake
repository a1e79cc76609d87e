# SPDX-License-Identifier: Apache-2.0
# baocao_add_plugin(<id> SOURCES <files...>) builds an out-of-tree plugin as a
# loadable module named <id>.so against the installed SDK. Pass the folder
# holding it to `baocao --plugin-path`, or set BAOCAO_PLUGIN_PATH.
function(baocao_add_plugin id)
  cmake_parse_arguments(P "" "" "SOURCES;LIBS" ${ARGN})
  add_library(${id} MODULE ${P_SOURCES})
  target_link_libraries(${id} PRIVATE baocao::core ${P_LIBS})
  target_compile_definitions(${id} PRIVATE BAOCAO_PLUGIN_MODULE)
  target_compile_features(${id} PRIVATE cxx_std_20)
  set_target_properties(${id} PROPERTIES PREFIX "" OUTPUT_NAME ${id}
    CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)
endfunction()
