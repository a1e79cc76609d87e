// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The draft synthesis report as a typed model: a masthead (header, title,
/// closing, recipients, signature) and parts made of headings, paragraphs and
/// tables. Composers build it after the checkers (stages.hpp); the draft
/// emitters (draft.docx, draft.md, the "synthesis" of result.json) only render
/// it. Every paragraph and table row carries the sources it was drawn from.

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace baocao::draft {

/// Where a sentence or a figure came from: one paragraph of one unit's report.
struct source_ref {
    std::string unit_id;                  ///< roster id, "" for a report of no known unit
    std::string unit_name;                ///< "Huyện ủy Can Lộc"
    std::string submission;               ///< the submission's source ("inbox/can-loc.eml#bc.docx")
    std::string section;                  ///< the heading it was written under, as written ("" when none)
    int paragraph = -1;                   ///< 0-based paragraph of that section's text, -1 for the whole section
};

/// A table: a header row and body rows of text cells; each row has its sources.
struct table_row {
    std::vector<std::string> cells;
    std::vector<source_ref> sources;
    bool total = false;                   ///< a totals row (printed bold)
};

struct table {
    std::vector<std::string> header;
    std::vector<table_row> rows;
    std::vector<double> widths;           ///< relative column widths, one per column
    std::vector<bool> centered;           ///< per column: centre the cells (numbers, dates)
};

enum class block_kind : std::uint8_t {
    heading,                              ///< a heading of `level` 1..4 inside the part
    paragraph,                            ///< body text
    remark,                               ///< a note in italics ("Chưa có đơn vị nào báo cáo nội dung này.")
    quote,                                ///< a unit's own words, verbatim (excerpts)
    table,
};

/// One block of a part. `lead` is a run-in phrase printed bold before the text ("Ưu điểm:").
struct block {
    block_kind kind = block_kind::paragraph;
    int level = 0;                        ///< headings: 1 = the part's sections ("1.", "I."), 2, 3, 4 below
    std::string lead;
    std::string text;
    std::vector<source_ref> sources;      ///< what the text was drawn from; empty for fixed wording
    draft::table table;                   ///< for block_kind::table
};

/// The two zones of the draft: the body (before the closing and signature) and the appendix.
enum class zone : std::uint8_t { body, appendix };

/// A part of the draft: a titled run of blocks. Parts are printed by zone, then by
/// rank, then in the order they were added, so a plugin places its part by rank.
struct part {
    std::string id;                       ///< stable key ("results", "assessment", "appendix-figures")
    draft::zone zone = draft::zone::body;
    int rank = 0;                         ///< body: 0 opening, 100 Part one, 200 assessment, 300 Part two, 400 recommendations; appendix: 100, 200, 300 ...
    std::string title;                    ///< printed as the part's title ("Phần thứ nhất ..."); "" for none
    std::string subtitle;                 ///< a second title line, upper case ("KẾT QUẢ ..."); "" for none
    std::vector<block> blocks;
};

/// What frames the parts: the header block, the title, the closing and the signature.
struct masthead {
    std::vector<std::string> issuer_lines;  ///< header left column; the last one is the issuing body proper (bold)
    std::string number_line;              ///< "Số      -BC/TU"
    std::string party_heading;            ///< "ĐẢNG CỘNG SẢN VIỆT NAM"
    std::string place_date;               ///< "Hà Tĩnh, ngày      tháng      năm 2013"
    std::string kind;                     ///< "BÁO CÁO"
    std::string summary;                  ///< "sơ kết 5 năm thực hiện Chỉ thị 32-CT/TU ..."
    std::string closing;                  ///< "Trên đây là báo cáo ..." after the body
    std::string recipients_heading;       ///< "Nơi nhận:"
    std::vector<std::string> recipients;  ///< "- Ban Dân vận Trung ương (để b/c);"
    std::vector<std::string> signature;   ///< authority, position, blank lines, name; "" is a blank line
    std::string appendix_title;           ///< "PHỤ LỤC"
    std::string appendix_note;            ///< "(Kèm theo Báo cáo số ...)"
    std::string doc_title;                ///< the package's title
    std::string author;                   ///< the package's creator
    std::int64_t created = 0;             ///< unix seconds, the run's now
    int utc_offset_minutes = 420;         ///< zone of `created`
};

/// The whole draft.
struct document {
    draft::masthead masthead;
    std::vector<part> parts;

    /// The part with this id, added (with zone and rank) when there is none yet.
    part& part_named(const std::string& id, draft::zone z, int rank) {
        for (auto& p : parts)
            if (p.id == id) return p;
        parts.push_back({id, z, rank, {}, {}, {}});
        return parts.back();
    }

    /// The parts of one zone in print order: by rank, then in the order they were added.
    std::vector<const part*> in_zone(draft::zone z) const {
        std::vector<const part*> out;
        for (const auto& p : parts)
            if (p.zone == z) out.push_back(&p);
        std::stable_sort(out.begin(), out.end(), [](const part* a, const part* b) { return a->rank < b->rank; });
        return out;
    }
};

}  // namespace baocao::draft
