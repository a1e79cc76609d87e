#pragma once
/// The merged draft synthesis report as a neutral document: every string the
/// .docx and Markdown writers print, already worded in Vietnamese and in order.
/// Built once from a run_result (draft_builder.hpp); the writers only lay it out.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace baocao::draft {

/// What one unit wrote under one plan item.
struct unit_block {
    std::string unit_name;                ///< "Huyện ủy Can Lộc"
    std::vector<std::string> paragraphs;  ///< the report's paragraphs, in order, never empty strings
};

/// One plan item: its heading, then each unit's text in roster order.
struct item_section {
    std::string label;                    ///< Roman numeral with its dot ("II.")
    std::string heading;                  ///< short form of the item (its first sentence)
    std::string full_title;               ///< the item's whole text from the plan
    std::vector<unit_block> units;
    std::vector<std::string> silent_units;  ///< units whose report says nothing on this item
};

/// A simple table: a header row and body rows, all cells as text.
struct table {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<double> widths;           ///< relative column widths (sum arbitrary), one per column
    std::vector<bool> centered;           ///< per column: centre the cells (numbers, dates)
};

/// A subsection of the appendix: a heading, paragraphs, optional tables.
struct appendix_part {
    std::string heading;                  ///< "1. Tình hình nộp báo cáo"
    std::vector<std::string> paragraphs;  ///< plain paragraphs before the tables
    std::vector<table> tables;
    std::vector<std::string> bullets;     ///< list lines after the tables ("Chưa nộp (2): ...")
};

/// The whole draft, top to bottom.
struct document {
    // Header block (a borderless two-column table in the .docx).
    std::vector<std::string> issuer_lines;  ///< left column; the last one is the issuing body proper (bold)
    std::string star = "*";
    std::string number_line;              ///< "Số      -BC/BDVTU"
    std::string party_heading;            ///< "ĐẢNG CỘNG SẢN VIỆT NAM"
    std::string place_date;               ///< "Hà Tĩnh, ngày      tháng      năm 2013"

    // Title block.
    std::string kind;                     ///< "BÁO CÁO"
    std::string summary;                  ///< "sơ kết 5 năm thực hiện Chỉ thị 32-CT/TU ..."
    std::vector<std::string> opening;     ///< introductory paragraphs

    std::vector<item_section> items;
    std::string silent_label;             ///< "Các đơn vị chưa đề cập nội dung này:"
    std::string nobody_label;             ///< said when no unit wrote on an item

    // Signature block: recipients left, signature right.
    std::string recipients_heading;       ///< "Nơi nhận:"
    std::vector<std::string> recipients;  ///< "- Thường trực Tỉnh ủy (để b/c);"
    std::vector<std::string> signature;   ///< authority, position, blank lines, name; "" is a blank line

    // Appendix, on its own page after the signature.
    std::string appendix_title;           ///< "PHỤ LỤC"
    std::string appendix_note;            ///< "(Kèm theo Báo cáo số ...)"
    std::vector<appendix_part> appendix;

    // Package metadata.
    std::string doc_title;                ///< "BÁO CÁO sơ kết ..." for core.xml
    std::string author;                   ///< dc:creator
    std::int64_t created = 0;             ///< unix seconds, the run's now
    int utc_offset_minutes = 420;         ///< zone of `created` for zip entry times
};

}  // namespace baocao::draft
