// SPDX-License-Identifier: Apache-2.0
#pragma once
// Entry names of zip archives, decoded (archive_entry_names.hpp makes them safe as names).

#include <string>

struct zip;

namespace baocao::plugins {

/// The name of entry `index` as UTF-8. Names flagged UTF-8 (general purpose
/// bit 11 or the Info-ZIP Unicode path field) and unflagged names that are
/// valid UTF-8 are taken as they are; other unflagged names are decoded from
/// `legacy_charset` (an ICU converter name, "ibm-437" by the ZIP spec).
/// Empty when the entry does not exist.
std::string decode_entry_name(zip* archive, unsigned long long index, const std::string& legacy_charset);

}  // namespace baocao::plugins
