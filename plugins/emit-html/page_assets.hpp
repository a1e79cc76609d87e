// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The style sheet and the script written inline into report.html, so the
/// page needs no network and no other file.

#include <string_view>

namespace baocao::html {

/// Screen and print (A4) styles.
extern const std::string_view page_style;

/// Filtering and sorting of the unit table (a `?q=` or `?status=` in the
/// address fills the filter), and opening the <details> holding a linked
/// anchor.
extern const std::string_view page_script;

}  // namespace baocao::html
