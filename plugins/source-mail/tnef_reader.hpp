// SPDX-License-Identifier: Apache-2.0
#pragma once
// TNEF (winmail.dat, application/ms-tnef): how Outlook and Exchange wrap a
// message's attachments when they send "rich text". The attachments inside
// are read out so that a report sent this way is found.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::plugins {

/// One attached file inside a TNEF stream.
struct tnef_attachment {
    std::string name;    ///< the long file name when given, else the short (8.3) title; "" when neither
    std::string bytes;
};

/// True when `data` starts with the TNEF signature.
bool is_tnef(std::string_view data);

/// The attached files of a TNEF stream, in order, at most `max_files`.
/// Bounded: every length is checked against what is left of `data`, so a
/// damaged or hostile stream gives what was read before the damage, never
/// more bytes than it holds. Attachments without data are left out.
std::vector<tnef_attachment> read_tnef(std::string_view data, std::size_t max_files);

}  // namespace baocao::plugins
