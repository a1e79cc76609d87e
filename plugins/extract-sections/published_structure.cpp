// SPDX-License-Identifier: Apache-2.0
// The sectionizer's lines view their texts in the report's store and make
// their match keys lazily; the published structure owns plain copies, so
// that it outlives the sectioned report and needs nothing of this plugin.
#include "published_structure.hpp"

namespace baocao::sections {

namespace {

structure_section publish(const section& s) {
    structure_section out;
    out.heading = s.heading;
    out.title_line = s.title_line;
    out.heading_text = s.heading_text;
    out.kind = s.kind;
    out.body = s.body;
    out.children.reserve(s.children.size());
    for (const section& c : s.children) out.children.push_back(publish(c));
    return out;
}

}  // namespace

report_structure published_structure(const sectioned_report& report) {
    report_structure out;
    out.lines.reserve(report.lines.size());
    for (const line& l : report.lines) out.lines.push_back({std::string(l.text), l.role, l.table});
    out.title = report.title;
    out.intro = report.intro;
    out.sections.reserve(report.sections.size());
    for (const section& s : report.sections) out.sections.push_back(publish(s));
    out.annex = report.annex;
    return out;
}

}  // namespace baocao::sections
