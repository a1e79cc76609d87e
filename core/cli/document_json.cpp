// SPDX-License-Identifier: Apache-2.0
// Serializing the document model field by field.
#include "document_json.hpp"

#include <baocao/sdk/json.hpp>

namespace baocao::cli {

namespace {

const char* alignment_name(alignment a) {
    switch (a) {
        case alignment::left: return "left";
        case alignment::center: return "center";
        case alignment::right: return "right";
        case alignment::both: return "both";
        case alignment::unspecified: break;
    }
    return "";
}

void write_blocks(json_writer& w, const std::vector<block>& blocks);

void write_paragraph(json_writer& w, const paragraph& p) {
    w.begin_object();
    w.key("type").value("paragraph");
    if (!p.style_id.empty()) w.key("style_id").value(p.style_id);
    if (!p.style_name.empty()) w.key("style_name").value(p.style_name);
    if (p.outline_level >= 0) w.key("outline_level").value(p.outline_level);
    if (!p.numbering_label.empty()) {
        w.key("numbering_label").value(p.numbering_label);
        w.key("numbering_level").value(p.numbering_level);
        w.key("numbering_id").value(p.numbering_id);
    }
    if (p.align != alignment::unspecified) w.key("align").value(alignment_name(p.align));
    w.key("bold").value(p.all_bold());
    w.key("caps").value(p.all_caps());
    w.key("text").value(p.text());
    w.key("runs").begin_array();
    for (const auto& r : p.runs) {
        w.begin_object();
        w.key("text").value(r.text);
        if (r.bold) w.key("bold").value(true);
        if (r.italic) w.key("italic").value(true);
        if (r.underline) w.key("underline").value(true);
        if (r.caps) w.key("caps").value(true);
        if (!r.font.empty()) w.key("font").value(r.font);
        w.end_object();
    }
    w.end_array();
    w.end_object();
}

void write_table(json_writer& w, const table& t) {
    w.begin_object();
    w.key("type").value("table");
    w.key("borderless").value(t.borderless);
    if (!t.style_id.empty()) w.key("style_id").value(t.style_id);
    w.key("rows").begin_array();
    for (const auto& row : t.rows) {
        w.begin_array();
        for (const auto& cell : row.cells) {
            w.begin_object();
            if (cell.grid_span > 1) w.key("grid_span").value(cell.grid_span);
            if (cell.vertical_continuation) w.key("vertical_continuation").value(true);
            w.key("blocks");
            write_blocks(w, cell.blocks);
            w.end_object();
        }
        w.end_array();
    }
    w.end_array();
    w.end_object();
}

void write_blocks(json_writer& w, const std::vector<block>& blocks) {
    w.begin_array();
    for (const auto& b : blocks) {
        if (const auto* p = std::get_if<paragraph>(&b))
            write_paragraph(w, *p);
        else
            write_table(w, std::get<table>(b));
    }
    w.end_array();
}

}  // namespace

std::string document_to_json(const document& doc) {
    json_writer w;
    w.begin_object();
    w.key("metadata").begin_object();
    w.key("title").value(doc.metadata.title);
    w.key("subject").value(doc.metadata.subject);
    w.key("creator").value(doc.metadata.creator);
    w.key("last_modified_by").value(doc.metadata.last_modified_by);
    w.key("created").value(doc.metadata.created);
    w.key("modified").value(doc.metadata.modified);
    w.end_object();
    w.key("body");
    write_blocks(w, doc.body);
    w.key("parts").begin_array();
    for (const auto& part : doc.parts) {
        w.begin_object();
        w.key("kind").value(part.kind);
        w.key("id").value(part.id);
        w.key("blocks");
        write_blocks(w, part.blocks);
        w.end_object();
    }
    w.end_array();
    w.end_object();
    return w.str() + "\n";
}

}  // namespace baocao::cli
