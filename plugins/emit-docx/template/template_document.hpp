// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The reference template shipped as samples/template/draft-template.docx: the
/// built-in styles plus a short document that shows every style in use, so a
/// user can restyle it in Word or LibreOffice and pass it as "template".

#include <string>

namespace baocao::docx {

/// The template package's bytes; identical on every call and every machine.
std::string make_template_docx();

}  // namespace baocao::docx
