// SPDX-License-Identifier: Apache-2.0
#pragma once
/// A libxlsxwriter workbook written into a temporary file beside its target
/// and renamed into place on commit, with the formats the sheets share.

#include <xlsxwriter.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>

namespace baocao::xlsx {

class workbook {
public:
    /// Opens the workbook; `created` (unix seconds, the run's --now) is its
    /// creation time, so two runs give the same bytes. Throws std::runtime_error.
    workbook(const std::filesystem::path& target, std::int64_t created, const std::string& title);
    ~workbook();
    workbook(const workbook&) = delete;
    workbook& operator=(const workbook&) = delete;

    lxw_worksheet* add_sheet(const std::string& name);

    lxw_format* header() const { return header_; }
    lxw_format* date() const { return date_; }
    lxw_format* bold() const { return bold_; }
    lxw_format* wrap() const { return wrap_; }
    /// A filled cell of the given colour ("#c8e6c9" style, as 0xRRGGBB), made
    /// once per colour.
    lxw_format* fill(std::uint32_t rgb, bool with_bold = false);

    /// Writes the file and renames it over the target. Throws std::runtime_error.
    void commit();

private:
    std::filesystem::path target_;
    std::filesystem::path temporary_;
    lxw_workbook* book_ = nullptr;
    lxw_format* header_ = nullptr;
    lxw_format* date_ = nullptr;
    lxw_format* bold_ = nullptr;
    lxw_format* wrap_ = nullptr;
    std::map<std::pair<std::uint32_t, bool>, lxw_format*> fills_;
};

/// Throws std::runtime_error naming `what` when libxlsxwriter reports an error.
void check(lxw_error e, std::string_view what);

/// Writes `text` (invalid UTF-8 replaced); an empty string leaves the cell
/// blank.
void put_text(lxw_worksheet* ws, int row, int col, std::string_view text, lxw_format* format = nullptr);

/// Writes an ISO date ("2013-10-05") as a typed date; anything else as text.
void put_date(lxw_worksheet* ws, int row, int col, std::string_view iso, lxw_format* format);

}  // namespace baocao::xlsx
