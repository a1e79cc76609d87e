// SPDX-License-Identifier: Apache-2.0
#include "opc.hpp"

#include "tags.hpp"

#include <baocao/sdk/text.hpp>

namespace baocao::docx {

std::string_view relationship::kind() const {
    std::string_view t = type;
    const auto slash = t.find_last_of('/');
    return slash == std::string_view::npos ? t : t.substr(slash + 1);
}

std::string content_types::type_of(std::string_view part_name) const {
    while (!part_name.empty() && part_name.front() == '/') part_name.remove_prefix(1);
    const std::string key = plugins::ascii_lower(part_name);
    if (const auto o = overrides.find(key); o != overrides.end()) return o->second;
    const auto dot = key.find_last_of('.');
    const auto slash = key.find_last_of('/');
    if (dot != std::string::npos && (slash == std::string::npos || dot > slash))
        if (const auto d = defaults.find(key.substr(dot + 1)); d != defaults.end()) return d->second;
    return {};
}

std::string rels_part_of(std::string_view source_part) {
    while (!source_part.empty() && source_part.front() == '/') source_part.remove_prefix(1);
    const auto slash = source_part.find_last_of('/');
    if (slash == std::string_view::npos) return "_rels/" + std::string(source_part) + ".rels";
    return std::string(source_part.substr(0, slash + 1)) + "_rels/" + std::string(source_part.substr(slash + 1)) + ".rels";
}

std::string resolve_target(std::string_view source_part, std::string_view target) {
    // Fragments and queries are not part names.
    if (const auto cut = target.find_first_of("#?"); cut != std::string_view::npos) target = target.substr(0, cut);
    std::string decoded = text::percent_decode(target);
    for (char& c : decoded)
        if (c == '\\') c = '/';
    std::vector<std::string_view> segments;
    std::string base;
    if (decoded.empty() || decoded.front() != '/') {
        while (!source_part.empty() && source_part.front() == '/') source_part.remove_prefix(1);
        const auto slash = source_part.find_last_of('/');
        if (slash != std::string_view::npos) base = std::string(source_part.substr(0, slash + 1));
    }
    const std::string joined = base + decoded;
    std::string_view rest = joined;
    while (!rest.empty()) {
        const auto slash = rest.find('/');
        const std::string_view seg = rest.substr(0, slash);
        rest = slash == std::string_view::npos ? std::string_view{} : rest.substr(slash + 1);
        if (seg.empty() || seg == ".") continue;
        if (seg == "..") {
            if (segments.empty()) return {};
            segments.pop_back();
            continue;
        }
        segments.push_back(seg);
    }
    std::string out;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        if (i) out.push_back('/');
        out.append(segments[i]);
    }
    return out;
}

namespace {

class rels_handler final : public xml_handler {
public:
    rels_handler(std::string_view source, std::vector<relationship>& out) : source_(source), out_(out) {}
    int classify(ns space, std::string_view local) const override {
        return (space == ns::pkg_rels || space == ns::other) && local == "Relationship" ? 1 : 0;
    }
    void start(const xml_element& e) override {
        if (e.tag != 1) return;
        relationship rel;
        rel.id = std::string(e.attr("Id", ns::other));
        rel.type = std::string(e.attr("Type", ns::other));
        rel.external = e.attr("TargetMode", ns::other) == "External";
        const std::string_view target = e.attr("Target", ns::other);
        rel.target = rel.external ? std::string(target) : resolve_target(source_, target);
        out_.push_back(std::move(rel));
    }
    void end(const xml_end&) override {}
    void text(std::string_view) override {}

private:
    std::string source_;
    std::vector<relationship>& out_;
};

class types_handler final : public xml_handler {
public:
    explicit types_handler(content_types& out) : out_(out) {}
    int classify(ns, std::string_view local) const override {
        if (local == "Default") return 1;
        if (local == "Override") return 2;
        return 0;
    }
    void start(const xml_element& e) override {
        if (e.tag == 1) {
            std::string_view ext = e.attr("Extension", ns::other);
            while (!ext.empty() && ext.front() == '.') ext.remove_prefix(1);
            out_.defaults[plugins::ascii_lower(ext)] = std::string(e.attr("ContentType", ns::other));
        } else if (e.tag == 2) {
            std::string_view part = e.attr("PartName", ns::other);
            while (!part.empty() && part.front() == '/') part.remove_prefix(1);
            out_.overrides[plugins::ascii_lower(text::percent_decode(part))] = std::string(e.attr("ContentType", ns::other));
        }
    }
    void end(const xml_end&) override {}
    void text(std::string_view) override {}

private:
    content_types& out_;
};

}  // namespace

std::vector<relationship> read_relationships(plugins::zip_package& pkg, std::string_view source_part, std::uint32_t max_depth) {
    std::vector<relationship> out;
    const std::string rels = source_part.empty() ? std::string("_rels/.rels") : rels_part_of(source_part);
    if (!pkg.has(rels)) return out;
    rels_handler h(source_part, out);
    parse_part(pkg, rels, h, max_depth);
    return out;
}

content_types read_content_types(plugins::zip_package& pkg, std::uint32_t max_depth) {
    content_types out;
    if (!pkg.has("[Content_Types].xml")) return out;
    types_handler h(out);
    parse_part(pkg, "[Content_Types].xml", h, max_depth);
    return out;
}

}  // namespace baocao::docx
