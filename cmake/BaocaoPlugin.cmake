# SPDX-License-Identifier: Apache-2.0
# Building plugins inside the project.
#
# baocao_add_builtin_plugin(<id> IDENT <c_ident> ENTRY <file> SOURCES <files...> [LIBS <targets...>])
# makes three targets from one set of objects:
#   baocao_plugin_<c_ident>_objects  the plugin's code, compiled once
#   baocao_plugin_<c_ident>          a static library (entry without the C symbol) for tests
#   <id>                             the loadable module bin/plugins/<id>.so
function(baocao_add_builtin_plugin id)
  cmake_parse_arguments(P "" "IDENT;ENTRY" "SOURCES;LIBS" ${ARGN})
  set(objects baocao_plugin_${P_IDENT}_objects)
  if(P_SOURCES)
    add_library(${objects} OBJECT ${P_SOURCES})
  else()
    add_library(${objects} INTERFACE)
  endif()
  if(P_SOURCES)
    target_link_libraries(${objects} PUBLIC baocao_core ${P_LIBS})
    set(object_files $<TARGET_OBJECTS:${objects}>)
  else()
    target_link_libraries(${objects} INTERFACE baocao_core ${P_LIBS})
    set(object_files)
  endif()

  add_library(baocao_plugin_${P_IDENT} STATIC ${P_ENTRY} ${object_files})
  target_link_libraries(baocao_plugin_${P_IDENT} PUBLIC baocao_core ${P_LIBS})
  target_include_directories(baocao_plugin_${P_IDENT} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})

  add_library(${id} MODULE ${P_ENTRY} ${object_files})
  target_link_libraries(${id} PRIVATE baocao_core ${P_LIBS})
  target_compile_definitions(${id} PRIVATE BAOCAO_PLUGIN_MODULE)
  set_target_properties(${id} PROPERTIES PREFIX "" OUTPUT_NAME ${id}
    LIBRARY_OUTPUT_DIRECTORY ${BAOCAO_PLUGIN_OUTPUT_DIR}
    INSTALL_RPATH "$ORIGIN/../..")
  install(TARGETS ${id} LIBRARY DESTINATION ${BAOCAO_PLUGIN_INSTALL_DIR})

  set_property(GLOBAL APPEND PROPERTY BAOCAO_BUILTIN_PLUGINS ${id})
  set_property(GLOBAL APPEND PROPERTY BAOCAO_BUILTIN_PLUGIN_LIBS baocao_plugin_${P_IDENT})
  set_property(GLOBAL APPEND PROPERTY BAOCAO_BUILTIN_PLUGIN_IDENTS ${P_IDENT})
endfunction()
