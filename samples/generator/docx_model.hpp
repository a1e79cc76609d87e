// SPDX-License-Identifier: Apache-2.0
#pragma once
/// What the generator writes into a .docx: paragraphs with runs, borderless
/// or gridded tables, automatic numbering and tracked changes. Deliberately
/// close to WordprocessingML so the writer stays a plain serializer.

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace baocao::samplegen {

/// A run's place in a tracked change.
enum class change_kind { none, inserted, deleted };

struct run_spec {
    std::string text;          ///< UTF-8; '\t' becomes w:tab, '\n' becomes w:br
    bool bold = false;
    bool italic = false;
    bool underline = false;
    std::string font;          ///< "" for the document default
    int size = 0;              ///< half-points, 0 for the default
    change_kind change = change_kind::none;
    std::string author;        ///< reviewer of a tracked change
    std::string date;          ///< W3CDTF date of a tracked change
};

/// A paragraph's automatic numbering (w:numPr).
struct numbering_ref {
    int num_id = 1;
    int level = 0;
};

struct para_spec {
    std::string style;                 ///< styleId ("" = Normal): "Heading1", "Heading2", "Title"
    std::string align;                 ///< "", "left", "center", "right", "both"
    int first_line = 0;                ///< first-line indent in twips
    int space_before = 0;              ///< twips
    int space_after = 0;               ///< twips
    bool keep_next = false;
    std::optional<numbering_ref> numbering;
    std::vector<run_spec> runs;
};

struct table_spec {
    bool borderless = true;
    std::vector<int> widths;                                   ///< column widths in twips
    std::vector<std::vector<std::vector<para_spec>>> rows;    ///< rows → cells → paragraphs
    bool bold_first_row = false;
};

using block_spec = std::variant<para_spec, table_spec>;

struct doc_spec {
    std::vector<block_spec> body;
    std::string title;
    std::string creator = "Administrator";
    std::string last_modified_by;
    std::string created = "2013-09-25T07:30:00Z";
    std::string modified = "2013-09-28T09:00:00Z";
    bool numbering = false;                ///< write numbering.xml (Roman/decimal list, ids 1 and 2)
    bool numbering_in_heading_styles = false; ///< Heading1/Heading2 carry the numPr themselves
    bool track_revisions = false;          ///< settings.xml asks Word to keep tracking
    bool word_like_markup = false;         ///< split runs, rsids and full run properties like Word does
    std::uint64_t markup_seed = 1;         ///< drives the run splitting and rsid values
    std::size_t revision_count = 8;        ///< editing sessions (rsids) Word-like markup refers to
    std::string body_font = "Times New Roman";
    int body_size = 28;                    ///< half-points
    std::vector<std::string> legacy_fonts; ///< extra fonts declared in fontTable.xml (".VnTime")
};

/// A paragraph of one plain run.
para_spec make_para(std::string text, bool bold = false, std::string align = "", bool italic = false);

}  // namespace baocao::samplegen
