// SPDX-License-Identifier: Apache-2.0
#pragma once
// Shared helpers of the sample generator tests: a demo generated once per
// test run, zip and XML readers, and a file listing.

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace baocao::testing::samples {

/// The demo generated with `seed` into a fresh temporary folder (cached per seed).
const std::filesystem::path& demo_dir(unsigned long long seed = 2013);

/// The whole content of a file.
std::string read_file(const std::filesystem::path& p);

/// Every regular file under `dir`, relative paths in sorted order.
std::vector<std::string> list_files(const std::filesystem::path& dir);

/// The entries of a zip held in memory (name → bytes); throws std::runtime_error when it is not a readable zip.
std::map<std::string, std::string> unzip(const std::string& bytes);

/// True when `xml` is well-formed (libxml2, no network, no entities loaded).
bool well_formed(const std::string& xml);

/// The concatenated w:t text of a document.xml, paragraphs separated by '\n'.
std::string document_text(const std::string& document_xml);

}  // namespace baocao::testing::samples
