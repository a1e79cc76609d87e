// SPDX-License-Identifier: Apache-2.0
#pragma once
// What `baocao --version` prints.

#include <string>

namespace baocao::cli {

/// The program's version, the commit it was built from, the plugin API
/// version, and the versions of the libraries it runs with (read from the
/// libraries themselves, not from the headers it was compiled with).
std::string version_text();

}  // namespace baocao::cli
