// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Assembles the .docx package: content types, relationships, document
/// properties and the template's parts, zipped with fixed entry times so the
/// same draft always gives the same bytes.

#include "docx/docx_template.hpp"
#include "docx/xml_writer.hpp"
#include <baocao/sdk/draft.hpp>

#include <filesystem>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace baocao::docx {

/// One part of the package: its name inside the zip and its bytes, or, for a
/// part that grows with the number of units (document.xml, comments.xml), a
/// writer that gives its bytes in pieces.
struct package_part {
    std::string name;
    std::string bytes;
    std::function<void(const xml_sink&)> write = {};   ///< when set, the part's bytes instead of `bytes`
};

/// Every part of the draft's package, in the order they are zipped. The
/// writers of the large parts refer to `d` and `t`.
std::vector<package_part> package_parts(const draft::document& d, const docx_template& t);

/// Zips parts (deflated, entry times set to `stamp` seen at `utc_offset_minutes`).
/// A part given by a writer is first written to an unnamed scratch file in
/// `scratch_dir`, so that it is never whole in memory (into memory when
/// `scratch_dir` is empty). Throws std::runtime_error when libzip or the
/// scratch file fails.
std::string zip_parts(const std::vector<package_part>& parts, std::int64_t stamp, int utc_offset_minutes,
                      const std::filesystem::path& scratch_dir = {});

/// The .docx bytes of the draft; its large parts pass through `scratch_dir` when given.
std::string build_docx(const draft::document& d, const docx_template& t, const std::filesystem::path& scratch_dir = {});

}  // namespace baocao::docx
