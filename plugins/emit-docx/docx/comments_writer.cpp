// SPDX-License-Identifier: Apache-2.0
// A comment lists every source of its paragraph, one per line; a finding
// many units share gets a long comment, which is the point: the editor sees
// who said it and where.
#include "docx/comments_writer.hpp"
#include "docx/default_parts.hpp"
#include "docx/document_writer.hpp"
#include "docx/xml_writer.hpp"

#include <baocao/sdk/dates.hpp>

namespace baocao::docx {

namespace {

std::string file_name(const std::string& source) {
    auto pos = source.rfind('#');
    if (pos == std::string::npos) pos = source.rfind('/');
    return pos == std::string::npos ? source : source.substr(pos + 1);
}

template <typename Fn>
void for_each_commented(const draft::document& d, Fn&& fn) {
    for (const auto z : {draft::zone::body, draft::zone::appendix})
        for (const auto* part : d.in_zone(z))
            for (const auto& b : part->blocks)
                if (has_comment(*part, b)) fn(b);
}

}  // namespace

std::string describe_source(const draft::source_ref& s) {
    std::string out = s.unit_name.empty() ? std::string("(đơn vị chưa xác định)") : s.unit_name;
    if (!s.submission.empty()) out += " — " + file_name(s.submission);
    if (!s.section.empty()) out += " — " + s.section;
    if (s.paragraph >= 0) out += " (đoạn " + std::to_string(s.paragraph + 1) + ")";
    return out;
}

std::size_t comment_count(const draft::document& d) {
    std::size_t n = 0;
    for_each_commented(d, [&](const draft::block&) { ++n; });
    return n;
}

std::string comments_xml(const draft::document& d) {
    std::string out;
    write_comments_xml(d, [&](std::string_view piece) { out.append(piece); });
    return out;
}

void write_comments_xml(const draft::document& d, const xml_sink& sink) {
    xml_writer w;
    w.stream_to(sink);
    w.start("w:comments", {{"xmlns:w", ns_w}});
    int id = 0;
    auto date = dates::to_iso_datetime(d.masthead.created, 0);
    if (date.size() > 6 && date.compare(date.size() - 6, 6, "+00:00") == 0) date.replace(date.size() - 6, 6, "Z");
    for_each_commented(d, [&](const draft::block& b) {
        w.start("w:comment", {{"w:id", std::to_string(id++)}, {"w:author", d.masthead.author}, {"w:date", date},
                              {"w:initials", "BC"}});
        w.start("w:p");
        w.start("w:r");
        w.leaf("w:t", "Nguồn (" + std::to_string(b.sources.size()) + "):", {{"xml:space", "preserve"}});
        w.end();
        w.end();
        for (const auto& s : b.sources) {
            w.start("w:p");
            w.start("w:r");
            w.leaf("w:t", "- " + describe_source(s), {{"xml:space", "preserve"}});
            w.end();
            w.end();
        }
        w.end();
    });
    w.end();
    sink(w.finish());
}

}  // namespace baocao::docx
