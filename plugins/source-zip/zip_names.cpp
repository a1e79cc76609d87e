// SPDX-License-Identifier: Apache-2.0
#include "zip_names.hpp"

#include "archive_entry_names.hpp"

#include <zip.h>

namespace baocao::plugins {

std::string decode_entry_name(zip* archive, unsigned long long index, const std::string& legacy_charset) {
    const char* guessed = zip_get_name(archive, index, ZIP_FL_ENC_GUESS);
    if (!guessed) return {};
    std::string guess = guessed;
    if (legacy_charset.empty() || legacy_charset == "ibm-437" || legacy_charset == "cp437") return guess;
    const char* raw_c = zip_get_name(archive, index, ZIP_FL_ENC_RAW);
    if (!raw_c) return guess;
    const std::string raw = raw_c;
    if (guess == raw) return guess;  // UTF-8 (flagged or valid) or plain ASCII
    // libzip decoded CP437 by itself: redo it with the code page the
    // settings name (Vietnamese Windows writes CP1258 names, for instance).
    if (guess == decode_legacy_name(raw, "ibm-437")) return decode_legacy_name(raw, legacy_charset);
    return guess;  // came from the Unicode path extra field
}

}  // namespace baocao::plugins
