// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Plan 99-KH/TU of the Hà Tĩnh Provincial Standing Committee as a .docx.

#include "docx_model.hpp"

#include <string>

namespace baocao::samplegen {

/// The plan as a document: header table, title, sections I–III, recipients
/// and signature. The text is the plan's own (seeds/plan-99-KH-TU.txt).
doc_spec plan_document();

}  // namespace baocao::samplegen
