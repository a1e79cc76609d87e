// SPDX-License-Identifier: Apache-2.0
// The body part. Package-level parts (styles, numbering, properties) are in
// docx_parts.cpp.

#include "docx_writer.hpp"

#include "docx_parts.hpp"
#include "random.hpp"
#include "text_util.hpp"
#include "zip_writer.hpp"

#include <cstdio>

namespace baocao::samplegen {

para_spec make_para(std::string text, bool bold, std::string align, bool italic) {
    para_spec p;
    p.align = std::move(align);
    run_spec r;
    r.text = std::move(text);
    r.bold = bold;
    r.italic = italic;
    p.runs.push_back(std::move(r));
    return p;
}

namespace {

class body_writer {
public:
    explicit body_writer(const doc_spec& doc)
        : doc_(doc), rng_(doc.markup_seed ^ 0x77), rsids_(revision_ids(doc.markup_seed, doc.revision_count)) {}

    std::string write() {
        out_ += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";
        out_ += "<w:document xmlns:wpc=\"http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas\" "
                "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
                "xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
                "xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\" "
                "xmlns:v=\"urn:schemas-microsoft-com:vml\" "
                "xmlns:w10=\"urn:schemas-microsoft-com:office:word\" "
                "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                "xmlns:wne=\"http://schemas.microsoft.com/office/word/2006/wordml\" "
                "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" mc:Ignorable=\"w14\"><w:body>";
        for (const block_spec& b : doc_.body) {
            if (const auto* p = std::get_if<para_spec>(&b))
                paragraph(*p);
            else
                table(std::get<table_spec>(b));
        }
        out_ += "<w:sectPr";
        if (doc_.word_like_markup) out_ += " w:rsidR=\"" + rsids_[0] + "\" w:rsidSect=\"" + rsids_[1] + "\"";
        out_ += "><w:pgSz w:w=\"11907\" w:h=\"16840\" w:code=\"9\"/>"
                "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"720\" "
                "w:footer=\"720\" w:gutter=\"0\"/><w:cols w:space=\"720\"/><w:docGrid w:linePitch=\"381\"/>"
                "</w:sectPr></w:body></w:document>";
        return std::move(out_);
    }

private:
    const std::string& some_rsid() { return rsids_[rng_.index(rsids_.size())]; }

    void paragraph(const para_spec& p) {
        out_ += "<w:p";
        if (doc_.word_like_markup) {
            char para_id[48];
            std::snprintf(para_id, sizeof para_id, " w14:paraId=\"%08llX\" w14:textId=\"%08llX\"",
                          static_cast<unsigned long long>(rng_.next() & 0x7FFFFFFF),
                          static_cast<unsigned long long>(rng_.next() & 0x7FFFFFFF));
            out_ += para_id;
            out_ += " w:rsidR=\"" + some_rsid() + "\" w:rsidRDefault=\"" + rsids_[0] + "\" w:rsidP=\"" + some_rsid() + "\"";
        }
        out_ += '>';
        paragraph_properties(p);
        for (const run_spec& r : p.runs) run(r);
        out_ += "</w:p>";
    }

    void paragraph_properties(const para_spec& p) {
        std::string props;
        if (!p.style.empty()) props += "<w:pStyle w:val=\"" + p.style + "\"/>";
        if (p.keep_next) props += "<w:keepNext/>";
        if (p.numbering)
            props += "<w:numPr><w:ilvl w:val=\"" + std::to_string(p.numbering->level) + "\"/><w:numId w:val=\"" +
                     std::to_string(p.numbering->num_id) + "\"/></w:numPr>";
        if (p.space_before || p.space_after || doc_.word_like_markup)
            props += "<w:spacing w:before=\"" + std::to_string(p.space_before) + "\" w:after=\"" +
                     std::to_string(p.space_after) + "\"" + (doc_.word_like_markup ? " w:line=\"288\" w:lineRule=\"auto\"" : "") + "/>";
        if (p.first_line) props += "<w:ind w:firstLine=\"" + std::to_string(p.first_line) + "\"/>";
        if (!p.align.empty()) props += "<w:jc w:val=\"" + p.align + "\"/>";
        if (doc_.word_like_markup) props += "<w:rPr>" + font_props(run_spec{}) + "</w:rPr>";
        if (!props.empty()) out_ += "<w:pPr>" + props + "</w:pPr>";
    }

    std::string font_props(const run_spec& r) const {
        std::string s;
        const std::string& font = r.font.empty() && doc_.word_like_markup ? doc_.body_font : r.font;
        if (!font.empty())
            s += "<w:rFonts w:ascii=\"" + xml_escape(font) + "\" w:hAnsi=\"" + xml_escape(font) + "\"" +
                 (doc_.word_like_markup ? " w:cs=\"" + xml_escape(font) + "\"" : std::string()) + "/>";
        if (r.bold) s += doc_.word_like_markup ? "<w:b/><w:bCs/>" : "<w:b/>";
        if (r.italic) s += doc_.word_like_markup ? "<w:i/><w:iCs/>" : "<w:i/>";
        const int size = r.size ? r.size : (doc_.word_like_markup ? doc_.body_size : 0);
        if (size) s += "<w:sz w:val=\"" + std::to_string(size) + "\"/><w:szCs w:val=\"" + std::to_string(size) + "\"/>";
        if (r.underline) s += "<w:u w:val=\"single\"/>";
        if (doc_.word_like_markup) s += "<w:lang w:val=\"vi-VN\"/>";
        return s;
    }

    // Word splits a paragraph into many runs (edits, spell checking, rsids);
    // readers must join them, so the samples do too.
    std::vector<std::string> pieces(const std::string& text) {
        if (!doc_.word_like_markup || text.size() < 40) return {text};
        std::vector<std::string> out;
        std::size_t start = 0;
        while (start < text.size()) {
            std::size_t pos = start;
            const long long words = rng_.between(3, 11);
            for (long long w = 0; w < words && pos != std::string::npos; ++w) pos = text.find(' ', pos + 1);
            if (pos == std::string::npos || pos + 1 >= text.size()) {
                out.push_back(text.substr(start));
                break;
            }
            out.push_back(text.substr(start, pos + 1 - start));
            start = pos + 1;
        }
        return out;
    }

    void text_elements(const std::string& text, bool deleted) {
        const char* tag = deleted ? "w:delText" : "w:t";
        std::size_t start = 0;
        while (start <= text.size()) {
            const std::size_t stop = text.find_first_of("\t\n", start);
            const std::string chunk = text.substr(start, stop == std::string::npos ? std::string::npos : stop - start);
            if (!chunk.empty()) {
                const bool keep = chunk.front() == ' ' || chunk.back() == ' ';
                out_ += std::string("<") + tag + (keep ? " xml:space=\"preserve\">" : ">") + xml_escape(chunk) + "</" + tag + ">";
            }
            if (stop == std::string::npos) break;
            out_ += text[stop] == '\t' ? "<w:tab/>" : "<w:br/>";
            start = stop + 1;
        }
    }

    void run(const run_spec& r) {
        if (r.change != change_kind::none) {
            out_ += std::string(r.change == change_kind::inserted ? "<w:ins" : "<w:del") + " w:id=\"" +
                    std::to_string(++change_id_) + "\" w:author=\"" + xml_escape(r.author) + "\" w:date=\"" + r.date + "\">";
        }
        const std::string props = font_props(r);
        for (const std::string& piece : pieces(r.text)) {
            out_ += "<w:r";
            if (doc_.word_like_markup) out_ += " w:rsidRPr=\"" + some_rsid() + "\"";
            out_ += '>';
            if (!props.empty()) out_ += "<w:rPr>" + props + "</w:rPr>";
            text_elements(piece, r.change == change_kind::deleted);
            out_ += "</w:r>";
        }
        if (r.change != change_kind::none) out_ += r.change == change_kind::inserted ? "</w:ins>" : "</w:del>";
    }

    void table(const table_spec& t) {
        const char* border = t.borderless ? "nil" : "single";
        std::string borders;
        for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"})
            borders += std::string("<w:") + side + " w:val=\"" + border + "\"" +
                       (t.borderless ? "" : " w:sz=\"4\" w:space=\"0\" w:color=\"auto\"") + "/>";
        int total = 0;
        for (int w : t.widths) total += w;
        out_ += "<w:tbl><w:tblPr><w:tblW w:w=\"" + std::to_string(total) +
                "\" w:type=\"dxa\"/><w:tblBorders>" + borders +
                "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" "
                "w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>";
        for (int w : t.widths) out_ += "<w:gridCol w:w=\"" + std::to_string(w) + "\"/>";
        out_ += "</w:tblGrid>";
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            out_ += "<w:tr>";
            const auto& row = t.rows[r];
            for (std::size_t c = 0; c < row.size(); ++c) {
                const int w = c < t.widths.size() ? t.widths[c] : 1000;
                out_ += "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(w) + "\" w:type=\"dxa\"/></w:tcPr>";
                if (row[c].empty()) out_ += "<w:p/>";
                for (para_spec p : row[c]) {
                    if (t.bold_first_row && r == 0)
                        for (run_spec& run : p.runs) run.bold = true;
                    paragraph(p);
                }
                out_ += "</w:tc>";
            }
            out_ += "</w:tr>";
        }
        out_ += "</w:tbl>";
    }

    const doc_spec& doc_;
    random_source rng_;
    std::vector<std::string> rsids_;
    std::string out_;
    int change_id_ = 0;
};

}  // namespace

std::string document_xml(const doc_spec& doc) { return body_writer(doc).write(); }

std::string write_docx(const doc_spec& doc) {
    const bool numbering = doc.numbering || doc.numbering_in_heading_styles;
    const bool word_parts = doc.word_like_markup;
    std::vector<zip_entry> entries;
    entries.push_back({"[Content_Types].xml", content_types_xml(numbering, word_parts)});
    entries.push_back({"_rels/.rels", package_rels_xml()});
    entries.push_back({"word/document.xml", document_xml(doc)});
    entries.push_back({"word/_rels/document.xml.rels", document_rels_xml(numbering, word_parts)});
    if (word_parts) {
        entries.push_back({"word/theme/theme1.xml", theme_xml()});
        entries.push_back({"word/webSettings.xml", web_settings_xml()});
    }
    entries.push_back({"word/styles.xml", styles_xml(doc)});
    if (numbering) entries.push_back({"word/numbering.xml", numbering_xml(doc)});
    entries.push_back({"word/settings.xml", settings_xml(doc)});
    entries.push_back({"word/fontTable.xml", font_table_xml(doc)});
    entries.push_back({"docProps/core.xml", core_properties_xml(doc)});
    entries.push_back({"docProps/app.xml", app_properties_xml()});
    return write_zip(entries);
}

}  // namespace baocao::samplegen
