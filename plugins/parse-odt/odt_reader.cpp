// SPDX-License-Identifier: Apache-2.0
#include "odt_reader.hpp"

#include "body_reader.hpp"
#include "odf_styles.hpp"
#include "odf_tags.hpp"

#include <baocao/sdk/error.hpp>
#include <baocao/sdk/text.hpp>

#include <zip_head.hpp>
#include <zip_package.hpp>

namespace baocao::odt {

namespace {

/// styles.xml: the common styles, list styles and the outline style, then
/// the master pages, whose headers and footers become parts of their own
/// (a letterhead may stand in the page header only).
class styles_handler final : public xml_handler {
public:
    styles_handler(style_sheet& styles, body_reader& pages) : styles_(styles), pages_(pages) {}
    int classify(ns space, std::string_view local) const override { return classify_odf(space, local); }
    void start(const xml_element& e) override {
        if (masters_depth_ == 0) {
            if (e.tag == o_master_styles) masters_depth_ = e.depth + 1;
            else styles_.start(e);
            return;
        }
        if (e.tag == o_master_page) {
            page_ = std::string(e.attr("name", ns::style));
            return;
        }
        if (e.parent == o_master_page && is_page_zone(e.tag)) {
            // A header or footer switched off keeps its content in the file but shows none.
            if (e.attr("display", ns::style) == "false") {
                hidden_depth_ = e.depth + 1;
                return;
            }
            const bool header = e.tag == o_header || e.tag == o_header_left || e.tag == o_header_first;
            const std::string side = e.tag == o_header_left || e.tag == o_footer_left     ? "left-"
                                     : e.tag == o_header_first || e.tag == o_footer_first ? "first-"
                                                                                          : "";
            pages_.begin_part(header ? "header" : "footer", std::string(header ? "header-" : "footer-") + side + page_);
            return;
        }
        if (hidden_depth_ == 0) pages_.start(e);
    }
    void end(const xml_end& e) override {
        if (masters_depth_ == 0) return styles_.end(e.tag);
        if (e.depth + 1 == masters_depth_) {
            masters_depth_ = 0;
            return;
        }
        if (hidden_depth_ != 0) {
            if (e.depth + 1 == hidden_depth_) hidden_depth_ = 0;
            return;
        }
        if (e.parent == o_master_page && is_page_zone(e.tag)) return pages_.end_part();
        pages_.end(e);
    }
    void text(std::string_view chars) override {
        if (masters_depth_ != 0 && hidden_depth_ == 0) pages_.text(chars);
    }

private:
    static bool is_page_zone(int tag) {
        return tag == o_header || tag == o_header_left || tag == o_header_first || tag == o_footer || tag == o_footer_left ||
               tag == o_footer_first;
    }
    style_sheet& styles_;
    body_reader& pages_;
    std::size_t masters_depth_ = 0;   ///< depth of office:master-styles + 1 while inside it
    std::size_t hidden_depth_ = 0;    ///< depth of a header or footer switched off + 1 while inside it
    std::string page_;                ///< the master page being read
};

/// content.xml: the automatic styles, then the body.
class content_handler final : public xml_handler {
public:
    content_handler(style_sheet& styles, body_reader& body) : styles_(styles), body_(body) {}
    int classify(ns space, std::string_view local) const override { return classify_odf(space, local); }
    void start(const xml_element& e) override {
        if (body_depth_ != 0) return body_.start(e);
        if (e.tag == o_body) {
            body_depth_ = e.depth + 1;
            return;
        }
        styles_.start(e);
    }
    void end(const xml_end& e) override {
        if (body_depth_ != 0) {
            if (e.depth + 1 == body_depth_) body_depth_ = 0;
            else body_.end(e);
            return;
        }
        styles_.end(e.tag);
    }
    void text(std::string_view chars) override {
        if (body_depth_ != 0) body_.text(chars);
    }

private:
    style_sheet& styles_;
    body_reader& body_;
    std::size_t body_depth_ = 0;   ///< depth of office:body + 1 while inside it
};

/// meta.xml: the document's title, subject, authors and dates.
class meta_handler final : public xml_handler {
public:
    explicit meta_handler(document_metadata& out) : out_(out) {}
    int classify(ns space, std::string_view local) const override { return classify_odf(space, local); }
    void start(const xml_element& e) override {
        target_ = nullptr;
        if (e.parent != o_meta) return;
        switch (e.tag) {
        case o_title: target_ = &out_.title; break;
        case o_subject: target_ = &out_.subject; break;
        case o_initial_creator: target_ = &out_.creator; break;
        case o_creator: target_ = &out_.last_modified_by; break;
        case o_creation_date: target_ = &out_.created; break;
        case o_date: target_ = &out_.modified; break;
        default: break;
        }
        if (target_) target_->clear();
    }
    void end(const xml_end&) override {
        if (target_) *target_ = text::to_nfc(text::trim(*target_));
        target_ = nullptr;
    }
    void text(std::string_view chars) override {
        // Properties are short; a hostile one cannot grow a field without bound.
        if (target_ && target_->size() + chars.size() < 64 * 1024) target_->append(chars);
    }

private:
    document_metadata& out_;
    std::string* target_ = nullptr;
};

/// A kind of OpenDocument for a message ("a spreadsheet").
std::string kind_of(std::string_view media_type) {
    if (media_type.find("spreadsheet") != std::string_view::npos) return "an OpenDocument spreadsheet (.ods)";
    if (media_type.find("presentation") != std::string_view::npos) return "an OpenDocument presentation (.odp)";
    if (media_type.find("graphics") != std::string_view::npos) return "an OpenDocument drawing (.odg)";
    return "an OpenDocument file of type " + std::string(media_type);
}

}  // namespace

document read_odt(const item& it, const baocao::limits& lim) {
    plugins::zip_package pkg(it, lim);
    if (pkg.has("mimetype")) {
        std::string media_type;
        pkg.read("mimetype", [&](const char* data, std::size_t size) {
            if (media_type.size() < 256) media_type.append(data, std::min<std::size_t>(size, 256));
        });
        media_type = text::trim(media_type);
        if (!plugins::is_opendocument_text(media_type)) {
            if (media_type.rfind("application/vnd.oasis.opendocument.", 0) == 0)
                throw rejection_error(error_code::not_docx, "the package is " + kind_of(media_type) + ", not a text document");
            if (!pkg.has("content.xml"))
                throw rejection_error(error_code::not_docx, "the package is not an OpenDocument text (media type \"" +
                                                                text::sanitize_utf8(media_type.substr(0, 80)) + "\")");
        }
    }
    if (!pkg.has("content.xml")) throw rejection_error(error_code::not_docx, "the OpenDocument package has no content.xml");

    const std::uint32_t depth = lim.max_xml_depth;
    style_sheet styles;
    document pages;   // the master pages' headers and footers, as parts
    if (pkg.has("styles.xml")) {
        try {
            body_reader page_reader(styles, lim, pages);
            styles_handler h(styles, page_reader);
            plugins::parse_part(pkg, "styles.xml", h, depth);
            page_reader.finish();
        } catch (const rejection_error& e) {
            // Broken common styles cost the formatting and the page headers they give, not the text.
            if (e.code() != error_code::xml_error) throw;
            styles = style_sheet{};
            pages = document{};
        }
    }
    document doc;
    body_reader body(styles, lim, doc);
    content_handler h(styles, body);
    plugins::parse_part(pkg, "content.xml", h, depth);
    body.finish();
    for (document_part& part : pages.parts) doc.parts.push_back(std::move(part));
    if (pkg.has("meta.xml")) {
        try {
            meta_handler m(doc.metadata);
            plugins::parse_part(pkg, "meta.xml", m, depth);
        } catch (const rejection_error& e) {
            // Broken properties do not make the document unreadable.
            if (e.code() != error_code::xml_error) throw;
            doc.metadata = document_metadata{};
        }
    }
    return doc;
}

}  // namespace baocao::odt
