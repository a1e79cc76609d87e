// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The header block of a report: the lines above its title ("BÁO CÁO"), read
/// from a borderless layout table, tab-separated paragraphs or plain
/// paragraphs, each with the side of the page it sits on. extract-unit reads the
/// issuer in it and extract-dates the place-and-date line; both run before
/// extract-sections, whose report structure therefore comes too late for them.

#include "report_markers.hpp"

#include <baocao/sdk/model.hpp>
#include <baocao/sdk/text.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace baocao::header_block {

/// Which half of the header a line sits in.
enum class side { left, right, unknown };

/// One line of the header block.
struct line {
    std::string text;      ///< trimmed, spaces collapsed
    side where = side::unknown;
    bool in_table = false;
};

/// How far the block may reach: real headers are a handful of lines.
inline constexpr std::size_t max_blocks = 16;
inline constexpr std::size_t max_body_words = 30;

/// True for the document-kind line that ends the header ("BÁO CÁO", "KẾ HOẠCH ..."),
/// written in capitals or displayed so (`caps`: the paragraph's w:caps).
inline bool is_title_line(std::string_view raw, bool caps = false) {
    const std::string key = text::match_key(raw);
    for (std::string_view k : report_markers::document_kinds) {
        if (key.size() >= k.size() && key.compare(0, k.size(), k) == 0 &&
            (key.size() == k.size() || key[k.size()] == ' '))
            return caps || text::is_all_caps(raw);
    }
    return false;
}

namespace detail {

inline std::size_t word_count(std::string_view s) {
    std::size_t n = 0;
    bool in_word = false;
    for (char c : s) {
        const bool space = c == ' ' || c == '\t' || c == '\n';
        if (!space && !in_word) ++n;
        in_word = !space;
    }
    return n;
}

/// Pieces of one line separated by tabs or by four spaces or more: both
/// are how the two halves of a header get laid out without a table.
inline std::vector<std::string_view> split_halves(std::string_view row) {
    std::vector<std::string_view> out;
    std::size_t begin = 0, i = 0;
    while (i < row.size()) {
        std::size_t gap_end = i;
        if (row[i] == '\t') {
            gap_end = i + 1;
        } else if (row[i] == ' ') {
            while (gap_end < row.size() && row[gap_end] == ' ') ++gap_end;
            if (gap_end - i < 4) gap_end = i;
        }
        if (gap_end > i) {
            out.push_back(row.substr(begin, i - begin));
            begin = i = gap_end;
        } else {
            ++i;
        }
    }
    out.push_back(row.substr(begin));
    return out;
}

/// Splits on line breaks, then on runs of tabs; a paragraph laid out with
/// tab stops puts the left half first and the right half after the tabs.
inline void add_paragraph(const paragraph& p, side table_side, bool in_table, std::vector<line>& out) {
    const std::string all = p.text();
    std::size_t start = 0;
    while (start <= all.size()) {
        std::size_t end = all.find('\n', start);
        if (end == std::string::npos) end = all.size();
        const std::string_view row(all.data() + start, end - start);
        std::vector<std::string> segments;
        for (std::string_view piece : split_halves(row)) {
            std::string seg = text::collapse_spaces(piece);
            if (!seg.empty()) segments.push_back(std::move(seg));
        }
        for (std::size_t i = 0; i < segments.size(); ++i) {
            side where = table_side;
            if (!in_table && segments.size() > 1) where = i == 0 ? side::left : side::right;
            out.push_back(line{std::move(segments[i]), where, in_table});
        }
        start = end + 1;
    }
}

}  // namespace detail

/// The header lines of a block list in reading order: its leading
/// paragraphs and tables up to the title line (even inside a table), a long
/// body paragraph, or `max_blocks` blocks. A table's first column is the
/// left side, other columns the right side; cells are read row by row.
inline std::vector<line> collect(const std::vector<block>& blocks) {
    std::vector<line> out;
    std::size_t seen = 0;
    for (const block& b : blocks) {
        if (++seen > max_blocks) break;
        if (const auto* p = std::get_if<paragraph>(&b)) {
            const std::string t = p->text();
            if (is_title_line(t, p->all_caps())) break;
            if (detail::word_count(t) > max_body_words) break;
            detail::add_paragraph(*p, side::unknown, false, out);
            continue;
        }
        const table& tb = std::get<table>(b);
        bool title_seen = false;
        for (const table_row& r : tb.rows) {
            int column = 0;
            for (const table_cell& c : r.cells) {
                if (!c.vertical_continuation) {
                    for_each_paragraph(c.blocks, [&](const paragraph& p) {
                        if (title_seen || is_title_line(p.text(), p.all_caps())) {
                            title_seen = true;
                            return;
                        }
                        detail::add_paragraph(p, column == 0 ? side::left : side::right, true, out);
                    });
                }
                column += c.grid_span > 0 ? c.grid_span : 1;
            }
            if (title_seen) return out;
        }
    }
    return out;
}

/// The header lines of a document's body.
inline std::vector<line> collect(const document& doc) { return collect(doc.body); }

}  // namespace baocao::header_block
