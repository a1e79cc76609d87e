// SPDX-License-Identifier: Apache-2.0
// libxlsxwriter only writes to a named file, so the workbook goes to a
// temporary name in the output folder and is renamed, as the other outputs
// are put in place atomically.

#include "xlsx_workbook.hpp"

#include <baocao/sdk/dates.hpp>
#include <baocao/sdk/text.hpp>

#include <stdexcept>
#include <system_error>

#include <unistd.h>

namespace baocao::xlsx {

void check(lxw_error e, std::string_view what) {
    if (e != LXW_NO_ERROR) throw std::runtime_error(std::string(what) + ": " + lxw_strerror(e));
}

workbook::workbook(const std::filesystem::path& target, std::int64_t created, const std::string& title)
    : target_(target) {
    temporary_ = target.parent_path() / ("." + target.filename().string() + "." + std::to_string(::getpid()) + ".tmp");
    book_ = workbook_new(temporary_.c_str());
    if (!book_) throw std::runtime_error("cannot create " + temporary_.string());
    lxw_doc_properties props{};
    std::string title_copy = title, author = "baocao";
    props.title = title_copy.data();
    props.author = author.data();
    props.created = static_cast<time_t>(created);
    check(workbook_set_properties(book_, &props), "workbook properties");
    header_ = workbook_add_format(book_);
    format_set_bold(header_);
    format_set_bg_color(header_, 0xE3F2FD);
    format_set_text_wrap(header_);
    format_set_align(header_, LXW_ALIGN_VERTICAL_CENTER);
    format_set_border(header_, LXW_BORDER_THIN);
    date_ = workbook_add_format(book_);
    format_set_num_format(date_, "dd/mm/yyyy");
    bold_ = workbook_add_format(book_);
    format_set_bold(bold_);
    wrap_ = workbook_add_format(book_);
    format_set_text_wrap(wrap_);
}

workbook::~workbook() {
    if (!book_) return;
    // Not committed: the file is closed to free the workbook and removed.
    workbook_close(book_);
    std::error_code ec;
    std::filesystem::remove(temporary_, ec);
}

lxw_worksheet* workbook::add_sheet(const std::string& name) {
    lxw_worksheet* ws = workbook_add_worksheet(book_, name.c_str());
    if (!ws) throw std::runtime_error("cannot add the sheet " + name);
    return ws;
}

lxw_format* workbook::fill(std::uint32_t rgb, bool with_bold) {
    auto [it, added] = fills_.emplace(std::make_pair(rgb, with_bold), nullptr);
    if (added) {
        it->second = workbook_add_format(book_);
        format_set_bg_color(it->second, rgb);
        format_set_pattern(it->second, LXW_PATTERN_SOLID);
        if (with_bold) format_set_bold(it->second);
    }
    return it->second;
}

void workbook::commit() {
    lxw_workbook* book = book_;
    book_ = nullptr;
    const lxw_error e = workbook_close(book);
    if (e != LXW_NO_ERROR) {
        std::error_code ec;
        std::filesystem::remove(temporary_, ec);
        check(e, "writing " + target_.string());
    }
    std::error_code ec;
    std::filesystem::rename(temporary_, target_, ec);
    if (ec) {
        std::filesystem::remove(temporary_, ec);
        throw std::runtime_error("cannot put " + target_.string() + " in place: " + ec.message());
    }
}

void put_text(lxw_worksheet* ws, int row, int col, std::string_view raw, lxw_format* format) {
    if (raw.empty()) {
        if (format) worksheet_write_blank(ws, row, col, format);
        return;
    }
    std::string t = text::sanitize_utf8(raw);
    // A cell holds at most 32 767 characters; cut longer text at a character boundary.
    constexpr std::size_t most_bytes = 32767;
    if (t.size() > most_bytes) {
        std::size_t cut = most_bytes;
        while (cut > 0 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;
        t.resize(cut);
    }
    check(worksheet_write_string(ws, row, col, t.c_str(), format), "a cell");
}

void put_date(lxw_worksheet* ws, int row, int col, std::string_view iso, lxw_format* format) {
    const auto d = dates::from_iso(iso);
    if (!d) {
        put_text(ws, row, col, iso);
        return;
    }
    lxw_datetime dt{d->year, d->month, d->day, 0, 0, 0.0};
    check(worksheet_write_datetime(ws, row, col, &dt, format), "a date cell");
}

}  // namespace baocao::xlsx
