// SPDX-License-Identifier: Apache-2.0
#include "core_properties.hpp"

#include "tags.hpp"

#include <baocao/sdk/text.hpp>

namespace baocao::docx {

namespace {

enum core_tag { c_none, c_title, c_subject, c_creator, c_last_modified_by, c_created, c_modified };

/// Collects the text of the properties that are direct children of cp:coreProperties.
class core_handler final : public xml_handler {
public:
    explicit core_handler(document_metadata& out) : out_(out) {}
    int classify(ns space, std::string_view local) const override {
        if (space != ns::dc && space != ns::dcterms && space != ns::core) return c_none;
        if (local == "title") return c_title;
        if (local == "subject") return c_subject;
        if (local == "creator") return c_creator;
        if (local == "lastModifiedBy") return c_last_modified_by;
        if (local == "created") return c_created;
        if (local == "modified") return c_modified;
        return c_none;
    }
    void start(const xml_element& e) override {
        ++depth_;
        target_ = nullptr;
        if (depth_ != 2) return;
        switch (e.tag) {
        case c_title: target_ = &out_.title; break;
        case c_subject: target_ = &out_.subject; break;
        case c_creator: target_ = &out_.creator; break;
        case c_last_modified_by: target_ = &out_.last_modified_by; break;
        case c_created: target_ = &out_.created; break;
        case c_modified: target_ = &out_.modified; break;
        default: break;
        }
        if (target_) target_->clear();
    }
    void end(const xml_end&) override {
        if (target_ && depth_ == 2) *target_ = text::to_nfc(text::trim(*target_));
        target_ = nullptr;
        --depth_;
    }
    void text(std::string_view chars) override {
        // Core properties are tiny; a hostile one cannot grow a field without bound.
        if (target_ && target_->size() + chars.size() < 64 * 1024) target_->append(chars);
    }

private:
    document_metadata& out_;
    std::string* target_ = nullptr;
    int depth_ = 0;
};

}  // namespace

void read_core_properties(plugins::zip_package& pkg, std::string_view part, std::uint32_t max_depth, document_metadata& out) {
    core_handler h(out);
    parse_part(pkg, part, h, max_depth);
}

}  // namespace baocao::docx
