// SPDX-License-Identifier: Apache-2.0
#pragma once
/// A composed unit report: the document to write and the ground truth about it.

#include "docx_model.hpp"
#include "text_util.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace baocao::samplegen {

/// How a report lays out its sections.
enum class report_shape { flat, parts };

/// How section headings are numbered and styled.
enum class heading_mode {
    typed,          ///< "I. TITLE" typed by hand, bold
    typed_styles,   ///< typed numbers in Heading 1 / Heading 2 paragraphs
    auto_styles,    ///< Heading 1 / Heading 2 styles carry the numbering (numPr in styles.xml)
    auto_direct,    ///< bold Normal paragraphs with a direct numPr
    bold_only       ///< bold headings with no number at all
};

struct report_options {
    std::string unit_id;
    int number = 58;                     ///< document number ("Số 58-BC/HU")
    moment date;                         ///< the date on the place-and-date line
    report_shape shape = report_shape::flat;
    heading_mode headings = heading_mode::typed;
    bool front_own_section = true;       ///< MTTQ and đoàn thể as their own section, else inside the results
    bool skip_front = false;             ///< leave plan item 3 out entirely
    bool results_first = false;          ///< results before leadership (sections in another order)
    bool part_without_headings = false;  ///< shape A: part two as plain paragraphs
    bool assessment_block = true;        ///< Ưu điểm / Hạn chế / Nguyên nhân / Bài học kinh nghiệm
    bool stats_table = false;            ///< a statistics table of models per field
    bool tcvn3 = false;                  ///< typed in .VnTime / .VnTimeH
    bool tracked_changes = false;        ///< a reviewer's insertions and deletions
    bool header_in_table = true;         ///< else the header lines are tab-separated paragraphs
    bool parent_line = true;             ///< "ĐẢNG BỘ TỈNH HÀ TĨNH" above the issuer
    bool padded_date = false;            ///< "ngày 02 tháng 10" instead of "ngày 2 tháng 10"
    std::string replaces;                ///< "58-BC/HU, ngày 30/9/2013" when this version replaces another
    int length = 1;                      ///< paragraphs per topic multiplier (1: a 4–6 page report)
    std::string foreign_place;           ///< a district committee of another province, not in the roster ("Quỳnh Lưu")
    std::string foreign_province;        ///< its province ("Nghệ An"), on the parent line
    bool long_form = false;              ///< figures in most paragraphs and a table of localities after many topics
    bool word_like_markup = false;
    std::size_t revision_count = 8;      ///< rsids of Word-like markup
    std::uint64_t seed = 1;
};

/// One paragraph (or table) of the report body with the plan item it serves.
struct expected_block {
    std::string kind;                    ///< "heading", "paragraph" or "table"
    int level = -1;                      ///< 0 part, 1 section, 2 subsection; -1 for body text
    std::string text;                    ///< visible Unicode text, numbering label included; tables: cells by '\t', rows by '\n'
    std::optional<int> item;             ///< plan item 1..4, or none
};

struct composed_report {
    doc_spec doc;
    std::string unit_id;
    std::string number;                  ///< "58-BC/HU"
    std::string document_date;           ///< ISO date of the date line
    std::vector<expected_block> body;
};

}  // namespace baocao::samplegen
