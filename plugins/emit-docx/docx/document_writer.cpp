// SPDX-License-Identifier: Apache-2.0
// Layout of the draft follows the Party format: a borderless two-column table
// for the header block (issuing body left, party heading and date right), the
// title centred, body paragraphs in styles the template controls, recipients
// and signature side by side in another borderless table, and the appendix on
// its own page. Direct formatting is used only where the format itself fixes
// it (bold issuing body, 15 pt heading, italic date); everything else comes
// from styles so a user restyles the draft through the template.

#include "docx/document_writer.hpp"
#include "docx/default_parts.hpp"
#include "docx/xml_writer.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace baocao::docx {

namespace {

struct run_spec {
    std::string_view text;
    bool bold = false;
    bool italic = false;
    bool underline = false;
    int half_points = 0;
    const std::string* char_style = nullptr;
};

struct para_spec {
    const std::string* style = nullptr;
    const char* jc = nullptr;
    bool keep_next = false;
    bool page_break_before = false;
};

class body_writer {
public:
    body_writer(xml_writer& w, const docx_template& t) : w_(w), t_(t) {}

    void run(const run_spec& r) {
        w_.start("w:r");
        if (r.char_style || r.bold || r.italic || r.underline || r.half_points) {
            w_.start("w:rPr");
            if (r.char_style) w_.empty("w:rStyle", {{"w:val", *r.char_style}});
            if (r.bold) {
                w_.empty("w:b");
                w_.empty("w:bCs");
            }
            if (r.italic) {
                w_.empty("w:i");
                w_.empty("w:iCs");
            }
            if (r.half_points) {
                w_.empty("w:sz", {{"w:val", std::to_string(r.half_points)}});
                w_.empty("w:szCs", {{"w:val", std::to_string(r.half_points)}});
            }
            if (r.underline) w_.empty("w:u", {{"w:val", "single"}});
            w_.end();
        }
        // Tabs and line breaks inside a string become their own elements.
        std::size_t start = 0;
        for (std::size_t i = 0; i <= r.text.size(); ++i) {
            if (i < r.text.size() && r.text[i] != '\t' && r.text[i] != '\n') continue;
            if (i > start) w_.leaf("w:t", r.text.substr(start, i - start), {{"xml:space", "preserve"}});
            if (i < r.text.size()) w_.empty(r.text[i] == '\t' ? "w:tab" : "w:br");
            start = i + 1;
        }
        w_.end();
    }

    void paragraph(const para_spec& p, std::initializer_list<run_spec> runs, int comment = -1) {
        w_.start("w:p");
        if (p.style || p.jc || p.keep_next || p.page_break_before) {
            w_.start("w:pPr");
            if (p.style) w_.empty("w:pStyle", {{"w:val", *p.style}});
            if (p.keep_next) w_.empty("w:keepNext");
            if (p.page_break_before) w_.empty("w:pageBreakBefore");
            if (p.jc) w_.empty("w:jc", {{"w:val", p.jc}});
            w_.end();
        }
        const std::string id = std::to_string(comment);
        if (comment >= 0) w_.empty("w:commentRangeStart", {{"w:id", id}});
        for (const auto& r : runs) run(r);
        if (comment >= 0) {
            w_.empty("w:commentRangeEnd", {{"w:id", id}});
            w_.start("w:r");
            w_.empty("w:commentReference", {{"w:id", id}});
            w_.end();
        }
        w_.end();
    }

    const std::string* style(style_role role) const { return &t_.id(role); }

    /// Column widths in twips from relative widths, summing exactly to `total`.
    static std::vector<int> grid(const std::vector<double>& rel, int total) {
        std::vector<int> out;
        const double sum = std::accumulate(rel.begin(), rel.end(), 0.0);
        int used = 0;
        for (std::size_t i = 0; i < rel.size(); ++i) {
            const int wdt = i + 1 == rel.size() ? total - used
                                                : static_cast<int>(std::lround(total * rel[i] / (sum > 0 ? sum : 1)));
            out.push_back(wdt);
            used += wdt;
        }
        return out;
    }

    void begin_table(const std::vector<int>& widths, bool bordered) {
        w_.start("w:tbl");
        w_.start("w:tblPr");
        if (bordered) w_.empty("w:tblStyle", {{"w:val", t_.id(style_role::table_grid)}});
        w_.empty("w:tblW", {{"w:w", std::to_string(std::accumulate(widths.begin(), widths.end(), 0))}, {"w:type", "dxa"}});
        if (!bordered) {
            w_.start("w:tblBorders");
            for (const char* edge : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"})
                w_.empty(edge, {{"w:val", "nil"}});
            w_.end();
        }
        w_.empty("w:tblLayout", {{"w:type", "fixed"}});
        w_.empty("w:tblLook", {{"w:val", "04A0"}});
        w_.end();
        w_.start("w:tblGrid");
        for (int wdt : widths) w_.empty("w:gridCol", {{"w:w", std::to_string(wdt)}});
        w_.end();
    }

    void begin_row(bool header_row) {
        w_.start("w:tr");
        w_.start("w:trPr");
        w_.empty("w:cantSplit");
        if (header_row) w_.empty("w:tblHeader");
        w_.end();
    }

    void begin_cell(int width, bool middle) {
        w_.start("w:tc");
        w_.start("w:tcPr");
        w_.empty("w:tcW", {{"w:w", std::to_string(width)}, {"w:type", "dxa"}});
        if (middle) w_.empty("w:vAlign", {{"w:val", "center"}});
        w_.end();
    }

    void end() { w_.end(); }

private:
    xml_writer& w_;
    const docx_template& t_;
};

void header_block(body_writer& b, const draft::masthead& d, int text_width) {
    const auto widths = body_writer::grid({44, 56}, text_width);
    const auto* hb = b.style(style_role::header_block);
    b.begin_table(widths, false);
    b.begin_row(false);

    b.begin_cell(widths[0], false);
    std::size_t left_lines = 0;
    for (std::size_t i = 0; i < d.issuer_lines.size(); ++i, ++left_lines)
        b.paragraph({hb}, {{d.issuer_lines[i], i + 1 == d.issuer_lines.size()}});
    b.paragraph({hb}, {{"*"}});
    b.paragraph({hb}, {{d.number_line}});
    left_lines += 2;
    b.end();

    // Blank lines put the date level with the number line on the left.
    b.begin_cell(widths[1], false);
    b.paragraph({hb}, {{d.party_heading, true, false, true, 30}});
    for (std::size_t i = 2; i < left_lines; ++i) b.paragraph({hb}, {});
    b.paragraph({hb}, {{d.place_date, false, true}});
    b.end();

    b.end();  // row
    b.end();  // table
}

void data_table(body_writer& b, const draft::table& t, int text_width) {
    if (t.header.empty()) return;
    std::vector<double> rel = t.widths;
    rel.resize(t.header.size(), 1.0);
    const auto widths = body_writer::grid(rel, text_width);
    const auto* cell_style = b.style(style_role::table_text);
    b.begin_table(widths, true);
    b.begin_row(true);
    for (std::size_t c = 0; c < t.header.size(); ++c) {
        b.begin_cell(widths[c], true);
        b.paragraph({cell_style, "center"}, {{t.header[c], true}});
        b.end();
    }
    b.end();
    for (const auto& row : t.rows) {
        b.begin_row(false);
        for (std::size_t c = 0; c < widths.size(); ++c) {
            b.begin_cell(widths[c], true);
            const std::string_view cell = c < row.cells.size() ? std::string_view(row.cells[c]) : std::string_view();
            const bool centred = c < t.centered.size() && t.centered[c];
            b.paragraph({cell_style, centred ? "center" : nullptr}, {{cell, row.total}});
            b.end();
        }
        b.end();
    }
    b.end();
}

void signature_block(body_writer& b, const draft::masthead& d, int text_width) {
    const auto widths = body_writer::grid({50, 50}, text_width);
    const auto* rec = b.style(style_role::recipients);
    const auto* sig = b.style(style_role::signature);
    b.begin_table(widths, false);
    b.begin_row(false);
    b.begin_cell(widths[0], false);
    b.paragraph({rec}, {{d.recipients_heading, true, true, true}});
    for (const auto& line : d.recipients) b.paragraph({rec}, {{line}});
    b.end();
    b.begin_cell(widths[1], false);
    for (const auto& line : d.signature) {
        if (line.empty()) b.paragraph({sig}, {});
        else b.paragraph({sig}, {{line}});
    }
    b.end();
    b.end();
    b.end();
}

/// The heading style of a block's level: in the body a part's sections are
/// heading 2 under the part's heading 1; in the appendix one level lower.
style_role heading_role(draft::zone z, int level) {
    static constexpr style_role roles[] = {style_role::heading1, style_role::heading2, style_role::heading3,
                                           style_role::heading4, style_role::heading5};
    const int index = std::clamp(level + (z == draft::zone::appendix ? 1 : 0), 1, 4);
    return roles[index];
}

void blocks(body_writer& b, const draft::part& part, int text_width, int& next_comment) {
    const auto* body = b.style(style_role::body_text);
    const auto* remark = b.style(style_role::remark);
    for (const auto& blk : part.blocks) {
        switch (blk.kind) {
        case draft::block_kind::heading:
            b.paragraph({b.style(heading_role(part.zone, blk.level))}, {{blk.text}});
            break;
        case draft::block_kind::remark:
            b.paragraph({remark}, {{blk.text}});
            break;
        case draft::block_kind::table:
            data_table(b, blk.table, text_width);
            b.paragraph({body}, {});
            break;
        case draft::block_kind::paragraph:
        case draft::block_kind::quote: {
            const int comment = has_comment(part, blk) ? next_comment++ : -1;
            if (blk.lead.empty()) b.paragraph({body}, {{blk.text}}, comment);
            else {
                const std::string text = " " + blk.text;
                b.paragraph({body}, {{blk.lead, false, false, false, 0, b.style(style_role::strong)}, {text}}, comment);
            }
            break;
        }
        }
    }
}

}  // namespace

bool has_comment(const draft::part& part, const draft::block& b) {
    return part.zone == draft::zone::body && !b.sources.empty() &&
           (b.kind == draft::block_kind::paragraph || b.kind == draft::block_kind::quote);
}

std::string document_xml(const draft::document& d, const docx_template& t) {
    std::string out;
    write_document_xml(d, t, [&](std::string_view piece) { out.append(piece); });
    return out;
}

void write_document_xml(const draft::document& d, const docx_template& t, const xml_sink& sink) {
    xml_writer w;
    w.stream_to(sink);
    body_writer b(w, t);
    const int text_width = t.page.text_width();
    const auto* body = b.style(style_role::body_text);
    const auto& m = d.masthead;
    int next_comment = 0;

    w.start("w:document", {{"xmlns:w", ns_w}, {"xmlns:r", ns_r}});
    w.start("w:body");

    header_block(b, m, text_width);
    b.paragraph({b.style(style_role::header_block)}, {});
    b.paragraph({b.style(style_role::title)}, {{m.kind}});
    b.paragraph({b.style(style_role::subtitle)}, {{m.summary}});
    b.paragraph({b.style(style_role::header_block)}, {{"-----"}});

    for (const auto* part : d.in_zone(draft::zone::body)) {
        if (!part->title.empty()) b.paragraph({b.style(style_role::heading1), "center"}, {{part->title}});
        if (!part->subtitle.empty()) b.paragraph({b.style(style_role::heading1), "center"}, {{part->subtitle}});
        blocks(b, *part, text_width, next_comment);
    }
    if (!m.closing.empty()) b.paragraph({body}, {{m.closing}});

    b.paragraph({body}, {});
    signature_block(b, m, text_width);

    const auto appendix = d.in_zone(draft::zone::appendix);
    if (!appendix.empty()) {
        b.paragraph({b.style(style_role::heading1), "center", false, true}, {{m.appendix_title}});
        b.paragraph({b.style(style_role::header_block)}, {{m.appendix_note, false, true}});
        for (const auto* part : appendix) {
            if (!part->title.empty()) b.paragraph({b.style(style_role::heading2)}, {{part->title}});
            blocks(b, *part, text_width, next_comment);
        }
    }
    b.paragraph({body}, {});

    const auto& p = t.page;
    w.start("w:sectPr");
    w.empty("w:headerReference", {{"w:type", "default"}, {"r:id", header_rel_id}});
    w.start("w:pgSz", {{"w:w", std::to_string(p.width)}, {"w:h", std::to_string(p.height)}});
    if (p.landscape) w.attr("w:orient", "landscape");
    w.end();
    w.empty("w:pgMar", {{"w:top", std::to_string(p.top)},
                        {"w:right", std::to_string(p.right)},
                        {"w:bottom", std::to_string(p.bottom)},
                        {"w:left", std::to_string(p.left)},
                        {"w:header", std::to_string(p.header)},
                        {"w:footer", std::to_string(p.footer)},
                        {"w:gutter", std::to_string(p.gutter)}});
    w.empty("w:titlePg");
    w.end();

    w.end();  // body
    w.end();  // document
    sink(w.finish());
}

std::string header_xml(const docx_template& t) {
    xml_writer w;
    w.start("w:hdr", {{"xmlns:w", ns_w}, {"xmlns:r", ns_r}});
    w.start("w:p");
    w.start("w:pPr");
    w.empty("w:pStyle", {{"w:val", t.id(style_role::page_header)}});
    w.empty("w:jc", {{"w:val", "center"}});
    w.end();
    w.start("w:fldSimple", {{"w:instr", " PAGE "}});
    w.start("w:r");
    w.leaf("w:t", "2");
    w.end();
    w.end();
    w.end();
    w.end();
    return w.finish();
}

}  // namespace baocao::docx
