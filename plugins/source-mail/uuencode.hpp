// SPDX-License-Identifier: Apache-2.0
#pragma once
// Files uuencoded into a message's text ("begin 644 bao-cao.docx" ... "end"),
// as old mail clients and some gateways still send attachments.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::plugins {

/// One file found in the text.
struct uuencoded_file {
    std::string name;    ///< as the begin line gives it (not yet cleaned)
    std::string bytes;   ///< decoded
};

/// The uuencoded files in `text`, in order, at most `max_files`. A block cut
/// off before its "end" line gives what was decoded up to there; a line that
/// is not uuencoding ends its block.
std::vector<uuencoded_file> find_uuencoded(std::string_view text, std::size_t max_files);

}  // namespace baocao::plugins
