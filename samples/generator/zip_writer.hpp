// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Builds a zip archive in memory with libzip: deflated entries, UTF-8 names,
/// and one fixed DOS timestamp so the same input gives the same bytes.

#include <string>
#include <vector>

namespace baocao::samplegen {

/// One entry of an archive; a name ending in '/' is a folder entry.
struct zip_entry {
    std::string name;   ///< UTF-8 path inside the archive
    std::string data;   ///< contents (ignored for folders)
    bool store = false; ///< keep uncompressed instead of deflating
};

/// The archive bytes holding `entries` in the given order. Every entry gets
/// the DOS time `dos_date`/`dos_time` (defaults: 2013-09-28 08:00:00), not
/// the clock, whatever the machine's time zone. Throws std::runtime_error on
/// a libzip failure.
std::string write_zip(const std::vector<zip_entry>& entries, unsigned dos_date = ((2013 - 1980) << 9) | (9 << 5) | 28,
                      unsigned dos_time = (8 << 11));

/// A DOS date word for a calendar day.
unsigned dos_date(int year, int month, int day);
/// A DOS time word for a time of day (two-second resolution).
unsigned dos_time(int hour, int minute, int second);

}  // namespace baocao::samplegen
