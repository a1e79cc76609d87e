// SPDX-License-Identifier: Apache-2.0
#include "doc_reader.hpp"

#include "bytes.hpp"
#include "compound_file.hpp"
#include "fib.hpp"

#include <baocao/sdk/error.hpp>

namespace baocao::doc {

namespace {

// Header and footer stories come six to a section, after six note separators.
constexpr std::size_t separator_stories = 6;
constexpr const char* header_story_kinds[6] = {"header", "header", "footer", "footer", "header", "footer"};
constexpr const char* header_story_names[6] = {"even", "default", "even", "default", "first", "first"};
// More note or header stories than this is not a report.
constexpr std::uint32_t max_stories = 1u << 16;

/// The CPs of a PLC's first array (n + 1 entries for n stories), clipped to sane counts.
std::vector<std::uint32_t> plc_positions(std::string_view table, fc_lcb plc, std::size_t data_size) {
    std::vector<std::uint32_t> cps;
    if (plc.lcb < 4 || !fits(table, plc.fc, plc.lcb)) return cps;
    const std::size_t n = (plc.lcb - 4) / (4 + data_size);
    if (n > max_stories) return cps;
    cps.reserve(n + 1);
    for (std::size_t i = 0; i <= n; ++i) cps.push_back(u32(table, plc.fc + 4 * i));
    return cps;
}

bool has_text(const std::vector<block>& blocks) {
    bool any = false;
    for_each_paragraph(blocks, [&](const paragraph& p) {
        for (const text_run& r : p.runs)
            if (r.text.find_first_not_of(" \t\n") != std::string::npos) any = true;
    });
    return any;
}

/// Adds a part unless it has no text (Word keeps a lone paragraph mark for a
/// header inherited from the section before, and ends the note stories with an
/// empty one); trailing empty paragraphs go.
void drop_trailing_empty(std::vector<block>& blocks) {
    while (!blocks.empty()) {
        const auto* p = std::get_if<paragraph>(&blocks.back());
        if (!p || !p->text().empty()) break;
        blocks.pop_back();
    }
}

void add_part(document_part part, std::vector<document_part>& parts) {
    if (!has_text(part.blocks)) return;
    drop_trailing_empty(part.blocks);
    parts.push_back(std::move(part));
}

/// Each story between consecutive CPs of `plc`, offset by the start of its kind, as parts.
void read_notes(story_reader& reader, std::string_view table, fc_lcb plc, std::uint64_t story_start,
                std::uint64_t story_length, const char* kind, std::vector<document_part>& parts) {
    const auto cps = plc_positions(table, plc, 0);
    for (std::size_t i = 0; i + 1 < cps.size(); ++i) {
        if (cps[i] >= cps[i + 1] || cps[i + 1] > story_length) continue;
        document_part part;
        part.kind = kind;
        part.id = std::to_string(i + 1);
        part.blocks = reader.read(static_cast<std::uint32_t>(story_start + cps[i]), static_cast<std::uint32_t>(story_start + cps[i + 1]));
        add_part(std::move(part), parts);
    }
}

// FTXBXS (22 bytes): fReusable at 8, lid (the shape showing the box) at 14. FSPA (26 bytes): spid first.
constexpr std::size_t ftxbxs_size = 22, ftxbxs_reusable = 8, ftxbxs_shape = 14;
constexpr std::size_t fspa_size = 26;

/// The text boxes of one story (the main text's or the headers'), each read
/// from the text-box story and keyed by the CP of the shape showing it (PlcSpa
/// CPs count from `anchor_base`). A box whose shape is not anchored goes to `unanchored`;
/// deleted boxes Word keeps for reuse are not read.
anchored_blocks read_text_boxes(story_reader& reader, std::string_view table, fc_lcb boxes_plc, fc_lcb shapes_plc,
                                std::uint64_t story_start, std::uint64_t story_length, std::uint64_t anchor_base,
                                std::vector<block>& unanchored) {
    anchored_blocks anchored;
    const auto cps = plc_positions(table, boxes_plc, ftxbxs_size);
    if (cps.size() < 2) return anchored;
    std::map<std::uint32_t, std::uint32_t> anchor_of_shape;
    const auto shape_cps = plc_positions(table, shapes_plc, fspa_size);
    for (std::size_t i = 0; i + 1 < shape_cps.size(); ++i)
        anchor_of_shape.emplace(u32(table, shapes_plc.fc + 4 * shape_cps.size() + fspa_size * i), shape_cps[i]);
    const std::size_t boxes_at = boxes_plc.fc + 4 * cps.size();
    for (std::size_t i = 0; i + 1 < cps.size(); ++i) {
        const std::size_t box = boxes_at + ftxbxs_size * i;
        if (u16(table, box + ftxbxs_reusable) != 0) continue;
        if (cps[i] >= cps[i + 1] || cps[i + 1] > story_length) continue;
        std::vector<block> blocks = reader.read(static_cast<std::uint32_t>(story_start + cps[i]), static_cast<std::uint32_t>(story_start + cps[i + 1]));
        if (!has_text(blocks)) continue;
        drop_trailing_empty(blocks);
        const auto anchor = anchor_of_shape.find(u32(table, box + ftxbxs_shape));
        std::vector<block>& into = anchor == anchor_of_shape.end() || anchor_base + anchor->second > 0xFFFFFFFFu
                                       ? unanchored
                                       : anchored[static_cast<std::uint32_t>(anchor_base + anchor->second)];
        for (block& b : blocks) into.push_back(std::move(b));
    }
    return anchored;
}

}  // namespace

std::optional<tracked_mode> tracked_mode_from(std::string_view setting) {
    if (setting == "accept") return tracked_mode::accept;
    if (setting == "reject") return tracked_mode::reject;
    if (setting == "all") return tracked_mode::all;
    return std::nullopt;
}

document read_doc(std::string_view bytes, const baocao::limits& limits, tracked_mode mode) {
    if (is_word2_file(bytes))
        throw rejection_error(error_code::unsupported_format, "a Word for Windows 2.0 document; only Word 97-2003 and later .doc files are read");
    const plugins::compound_file cf(bytes, limits.max_part_bytes);
    if (!cf.has("WordDocument")) {
        if (cf.has("EncryptionInfo") || cf.has("EncryptedPackage"))
            throw rejection_error(error_code::encrypted, "password-protected Word package (encrypted OOXML)");
        if (cf.has("__properties_version1.0") && (cf.has("__substg1.0_001A001F") || cf.has("__substg1.0_001A001E")))
            throw rejection_error(error_code::unsupported_format,
                                  "an Outlook message saved under another name; named .msg, its attachments are read");
        throw rejection_error(error_code::unsupported_format, "an OLE2 file without a WordDocument stream (not a Word document)");
    }
    const std::string wd = *cf.read("WordDocument");
    const fib f = read_fib(wd);
    const auto table = cf.read(f.table_1 ? "1Table" : "0Table");
    if (!table) throw rejection_error(error_code::corrupt_doc, std::string("damaged Word file: no ") + (f.table_1 ? "1Table" : "0Table") + " stream");
    const std::string data = cf.read("Data").value_or(std::string());

    const piece_table pieces(f, wd, *table, limits.max_document_text);
    const fc_props_table chpx = fc_props_table::read_chpx(wd, *table, f.plcf_bte_chpx);
    const fc_props_table papx = fc_props_table::read_papx(wd, *table, data, f.plcf_bte_papx);
    const style_sheet styles(*table, f.stshf);
    const std::vector<std::string> fonts = read_font_table(*table, f.sttbf_ffn);
    const list_tables lists(*table, f.plf_lst, f.plf_lfo);
    const document_tables tables{pieces, chpx, papx, styles, fonts, lists, data, mode, limits};

    std::uint64_t budget = limits.max_document_text;
    document doc;
    // Text boxes first, to be placed after the paragraphs anchoring them, as the .docx reader places w:txbxContent.
    story_reader boxes(tables, budget);
    std::vector<block> unanchored_boxes, unanchored_header_boxes;
    anchored_blocks body_boxes = read_text_boxes(boxes, *table, f.plcftxbx_txt, f.plc_spa_mom, f.story_start(5),
                                                 f.ccp_txbx, 0, unanchored_boxes);
    anchored_blocks header_boxes = read_text_boxes(boxes, *table, f.plcf_hdrtxbx_txt, f.plc_spa_hdr, f.story_start(6),
                                                   f.ccp_hdr_txbx, f.story_start(2), unanchored_header_boxes);

    story_reader body(tables, budget);
    doc.body = body.read(0, f.ccp_text, &body_boxes);
    // Boxes whose anchor was not found close the body, in story order.
    for (auto& [cp, blocks] : body_boxes)
        for (block& b : blocks) doc.body.push_back(std::move(b));
    for (block& b : unanchored_boxes) doc.body.push_back(std::move(b));

    story_reader notes(tables, budget);
    // Parts in the order the .docx reader gives them: headers and footers, then notes and comments.
    const auto hdd = plc_positions(*table, f.plcfhdd, 0);
    for (std::size_t i = separator_stories; i + 1 < hdd.size(); ++i) {
        if (hdd[i] >= hdd[i + 1] || hdd[i + 1] > f.ccp_hdd) continue;
        const std::size_t slot = (i - separator_stories) % 6;
        const std::size_t section = (i - separator_stories) / 6 + 1;
        document_part part;
        part.kind = header_story_kinds[slot];
        part.id = std::string(header_story_kinds[slot]) + "-" + header_story_names[slot] + "-" + std::to_string(section);
        part.blocks = notes.read(static_cast<std::uint32_t>(f.story_start(2) + hdd[i]), static_cast<std::uint32_t>(f.story_start(2) + hdd[i + 1]), &header_boxes);
        add_part(std::move(part), doc.parts);
    }
    // Header boxes whose anchor was not read (no header story holds it) make a header of their own.
    document_part loose_header_boxes;
    loose_header_boxes.kind = "header";
    loose_header_boxes.id = "header-text-boxes";
    for (auto& [cp, blocks] : header_boxes)
        for (block& b : blocks) loose_header_boxes.blocks.push_back(std::move(b));
    for (block& b : unanchored_header_boxes) loose_header_boxes.blocks.push_back(std::move(b));
    add_part(std::move(loose_header_boxes), doc.parts);
    read_notes(notes, *table, f.plcffnd_txt, f.story_start(1), f.ccp_ftn, "footnote", doc.parts);
    read_notes(notes, *table, f.plcfend_txt, f.story_start(4), f.ccp_edn, "endnote", doc.parts);
    read_notes(notes, *table, f.plcfand_txt, f.story_start(3), f.ccp_atn, "comment", doc.parts);
    return doc;
}

document read_doc(const item& it, const baocao::limits& limits, tracked_mode mode) {
    const std::string bytes = it.in_memory() ? std::string() : it.read_all(limits.max_input_bytes);
    return read_doc(it.in_memory() ? std::string_view(*it.bytes) : std::string_view(bytes), limits, mode);
}

}  // namespace baocao::doc
