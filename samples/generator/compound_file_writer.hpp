// SPDX-License-Identifier: Apache-2.0
#pragma once
/// A compound file ([MS-CFB] version 3, 512-byte sectors) holding named
/// streams, in the root or in storages: the container of Word 97-2003
/// documents and Outlook messages.

#include <cstdint>
#include <map>
#include <string>

namespace baocao::samplegen {

/// The compound file holding `streams`, each named by its path from the root
/// ("WordDocument", "__attach_version1.0_#00000000/__substg1.0_37010102"): the
/// storages on a path are made as needed. Layout: the FAT
/// sectors first (sector 0 when one is enough), then the directory, then each
/// stream in name order, each padded to at least 4096 bytes so that all live in
/// the regular FAT. `fat_patch` replaces FAT entries after layout (sector →
/// next), so that tests can damage chains on purpose.
std::string write_compound_file(const std::map<std::string, std::string>& streams,
                                const std::map<std::uint32_t, std::uint32_t>& fat_patch = {});

}  // namespace baocao::samplegen
