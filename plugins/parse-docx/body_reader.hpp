// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Reads a story part (document.xml, a header or footer, footnotes,
/// endnotes, comments) into blocks, as SAX events arrive.

#include "numbering.hpp"
#include "paragraph_builder.hpp"
#include "styles.hpp"
#include "tags.hpp"

#include <baocao/sdk/context.hpp>
#include <baocao/sdk/model.hpp>

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace baocao::docx {

/// How tracked changes are shown: Word's "accept all", "reject all", or both marked.
enum class tracked_mode { accept, reject, all };

/// What every story of one document shares.
struct story_context {
    const style_sheet& styles;
    const theme_fonts& theme;
    const numbering_definitions& numbering;
    tracked_mode mode = tracked_mode::accept;
    const baocao::limits& limits;
    std::uint64_t text_total = 0;        ///< text bytes produced so far, against limits.max_document_text
    /// The blocks of the w:altChunk whose relationship id is given; unset where chunks are not read.
    std::function<std::vector<block>(std::string_view relationship_id)> alt_chunk = {};
};

/// The SAX handler of one story part.
class body_reader final : public xml_handler {
public:
    /// `part_name` names header/footer parts; `out` receives the body or the parts.
    body_reader(story_context& ctx, document& out, std::string part_name);
    ~body_reader() override;

    int classify(ns space, std::string_view local) const override;
    void start(const xml_element& e) override;
    void end(const xml_end& closing) override;
    void text(std::string_view chars) override;

    /// True once a root element this reader understands (w:document, w:hdr, ...) was seen.
    bool saw_root() const { return saw_root_; }
    /// The r:ids of header and footer references, in document order.
    const std::vector<std::string>& story_references() const { return references_; }

private:
    struct frame;
    struct para_state;

    void open_story(std::vector<block>* target);
    void open_part_story(std::string kind, std::string id);
    void close_story();
    std::vector<block>& container(frame& f);
    frame* top_frame() { return frames_.empty() ? nullptr : frames_.back().get(); }
    para_state* top_para() { return para_depth_ ? paras_[para_depth_ - 1].get() : nullptr; }

    void open_paragraph();
    void close_paragraph();
    void ensure_props(para_state& ps);
    void begin_run(para_state& ps);
    /// A w:r: opens a run in the paragraph (or counts one nested in it).
    void start_run(para_state* ps);
    /// A w:t or w:delText inside a run: its text is collected from now on.
    void start_text(const xml_element& e, para_state* ps);
    /// One child of a run's w:rPr.
    void read_run_formatting(const xml_element& e, para_state& ps);

    // The steps of start(), in order; each returns true when it took the element.
    bool start_run_element(const xml_element& e, para_state* ps);
    bool skip_hidden_element(const xml_element& e);
    bool start_structure(const xml_element& e);
    bool read_properties(const xml_element& e, para_state* ps);
    bool start_run_content_or_cell(const xml_element& e, para_state* ps, frame* f, bool in_table);
    void read_table_property(const xml_element& e, frame& table);
    void end_run(para_state& ps);
    void emit_block(block&& b);
    void flush_carry(frame& f);
    void add_text(std::string_view s);
    bool text_suppressed() const { return instr_fields_ > 0; }
    void skip_subtree(const xml_element& e) {
        skipping_ = true;
        skip_depth_ = e.depth;
    }

    /// Pops the record of the w:p, w:tbl or w:txbxContent now ending: true
    /// when it opened a container that must now close.
    bool closes_opened();
    void open_table();
    void close_table();
    void open_textbox();
    void close_textbox();

    void on_revision(const xml_element& e, bool insertion);
    void on_field_char(const xml_element& e);
    bool choice_understood(const xml_element& e) const;

    story_context& ctx_;
    document& out_;
    std::string part_name_;
    numbering_counters counters_;

    std::vector<std::unique_ptr<frame>> frames_;
    std::vector<std::unique_ptr<para_state>> paras_;
    std::size_t para_depth_ = 0;
    std::vector<bool> opened_;           ///< per open w:p, w:tbl, w:txbxContent: did it open a container
    std::size_t story_depth_ = 0;        ///< element depth of the open story's root
    std::vector<int> revisions_;         ///< per open revision wrapper: 0 pass, 1 marked
    std::vector<std::uint8_t> fields_;   ///< open complex fields: 0 instruction, 1 result
    std::vector<bool> alternate_taken_;  ///< per open mc:AlternateContent
    bool skipping_ = false;              ///< inside a subtree that is never shown
    std::size_t skip_depth_ = 0;         ///< the depth of the element that began it
    int instr_fields_ = 0;
    int del_depth_ = 0;
    bool in_text_ = false;
    bool text_preserve_ = false;
    std::size_t text_start_ = 0;
    bool implicit_run_ = false;
    bool ruby_capture_ = false;
    std::string ruby_text_;

    document_part part_;
    bool in_part_story_ = false;
    bool saw_root_ = false;
    std::vector<std::string> references_;
};

}  // namespace baocao::docx
