// SPDX-License-Identifier: Apache-2.0
#include "styles.hpp"

#include <bounded_text.hpp>

#include <vector>

namespace baocao::docx {

std::string_view theme_fonts::of(theme_font f) const {
    switch (f) {
    case theme_font::major_latin: return major_latin;
    case theme_font::minor_latin: return minor_latin;
    case theme_font::major_east_asia: return major_east_asia;
    case theme_font::minor_east_asia: return minor_east_asia;
    case theme_font::major_bidi: return major_bidi;
    case theme_font::minor_bidi: return minor_bidi;
    case theme_font::none: break;
    }
    return {};
}

namespace {

enum theme_tag { th_none, th_major, th_minor, th_latin, th_ea, th_cs };

/// Reads a:fontScheme's major and minor font names.
class theme_handler final : public xml_handler {
public:
    explicit theme_handler(theme_fonts& out) : out_(out) {}
    int classify(ns space, std::string_view local) const override {
        if (space != ns::a) return th_none;
        if (local == "majorFont") return th_major;
        if (local == "minorFont") return th_minor;
        if (local == "latin") return th_latin;
        if (local == "ea") return th_ea;
        if (local == "cs") return th_cs;
        return th_none;
    }
    void start(const xml_element& e) override {
        const int parent = stack_.empty() ? th_none : stack_.back();
        stack_.push_back(e.tag);
        if (parent != th_major && parent != th_minor) return;
        const bool major = parent == th_major;
        std::string* target = nullptr;
        if (e.tag == th_latin) target = major ? &out_.major_latin : &out_.minor_latin;
        else if (e.tag == th_ea) target = major ? &out_.major_east_asia : &out_.minor_east_asia;
        else if (e.tag == th_cs) target = major ? &out_.major_bidi : &out_.minor_bidi;
        if (target && target->empty()) *target = plugins::bounded(e.attr("typeface", ns::other), plugins::max_name_bytes);
    }
    void end(const xml_end&) override {
        if (!stack_.empty()) stack_.pop_back();
    }
    void text(std::string_view) override {}

private:
    theme_fonts& out_;
    std::vector<int> stack_;
};

}  // namespace

theme_fonts read_theme(plugins::zip_package& pkg, std::string_view part, std::uint32_t max_depth) {
    theme_fonts out;
    theme_handler h(out);
    parse_part(pkg, part, h, max_depth);
    return out;
}

}  // namespace baocao::docx
