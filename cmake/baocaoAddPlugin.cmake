# SPDX-License-Identifier: Apache-2.0
# baocao_add_plugin(<id> SOURCES <files...> [LIBS <libs...>] [NO_WARNINGS])
# builds an out-of-tree plugin as a loadable module named <id>.so against the
# installed SDK. Pass the folder holding it to `baocao --plugin-path`, or set
# BAOCAO_PLUGIN_PATH.
#
# It compiles as baocao's own plugins are compiled: C++20, symbols hidden but
# the entry point, the compiler's usual warnings on (-Wall -Wextra; NO_WARNINGS
# turns them off), and, when the project names no build type, RelWithDebInfo:
# a plugin runs on every report of a batch, so an unoptimised build by
# oversight would be the slowest stage of the run.
if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
  set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING
      "Build type (baocao_add_plugin's default: RelWithDebInfo)" FORCE)
  message(STATUS "baocao: no CMAKE_BUILD_TYPE given; plugins build as RelWithDebInfo")
endif()

function(baocao_add_plugin id)
  cmake_parse_arguments(P "NO_WARNINGS" "" "SOURCES;LIBS" ${ARGN})
  if(NOT P_SOURCES)
    message(FATAL_ERROR "baocao_add_plugin(${id}): SOURCES names no file")
  endif()
  add_library(${id} MODULE ${P_SOURCES})
  target_link_libraries(${id} PRIVATE baocao::core ${P_LIBS})
  target_compile_definitions(${id} PRIVATE BAOCAO_PLUGIN_MODULE)
  target_compile_features(${id} PRIVATE cxx_std_20)
  if(NOT P_NO_WARNINGS)
    target_compile_options(${id} PRIVATE
      $<$<OR:$<CXX_COMPILER_ID:GNU>,$<CXX_COMPILER_ID:Clang>,$<CXX_COMPILER_ID:AppleClang>>:-Wall -Wextra>)
  endif()
  set_target_properties(${id} PROPERTIES PREFIX "" OUTPUT_NAME ${id}
    CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)
endfunction()
