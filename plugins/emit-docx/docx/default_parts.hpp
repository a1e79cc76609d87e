// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The built-in reference parts compiled into the plugin: styles.xml with
/// Normal in Times New Roman 14 pt and every style the draft uses, settings.xml
/// and fontTable.xml. The shipped template package is made from the same parts.

#include <string>

namespace baocao::docx {

/// word/styles.xml of the built-in reference.
std::string default_styles_xml();
/// word/settings.xml of the built-in reference.
std::string default_settings_xml();
/// word/fontTable.xml of the built-in reference.
std::string default_font_table_xml();

/// WordprocessingML and relationships namespaces.
inline constexpr const char* ns_w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr const char* ns_r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

}  // namespace baocao::docx
