// SPDX-License-Identifier: Apache-2.0
#pragma once
// Naming the format of an input no plugin reads, for the rejection message.

#include <string>
#include <string_view>

namespace baocao::engine {

/// A human name for what the bytes and extension look like ("a PDF document",
/// "a web page (HTML) saved under a .doc name"), or "" when nothing is recognised.
std::string describe_format(std::string_view head, const std::string& extension);

}  // namespace baocao::engine
