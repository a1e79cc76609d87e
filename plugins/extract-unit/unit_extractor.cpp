// SPDX-License-Identifier: Apache-2.0
// Identifying the issuing unit.
//
// The header is trusted first because it is what the unit itself wrote; the
// envelope and file name are what a clerk or a forwarder chose. Inside the
// header the lowest issuing line is the issuer and the lines above it are
// its parents ("ĐẢNG BỘ TỈNH HÀ TĨNH" over "HUYỆN ỦY CAN LỘC"), so the scan
// goes bottom-up and stops at the first line naming a roster unit.

#include "unit_extractor.hpp"
#include "issuer_name.hpp"

#include "header_block.hpp"
#include "report_markers.hpp"

#include <baocao/sdk/dates.hpp>
#include <baocao/sdk/text.hpp>

#include <algorithm>
#include <filesystem>

namespace baocao::unit_match {

namespace {

/// Header lines longer than this are prose, not names; only exact matches count there.
constexpr std::size_t max_name_words = 15;

struct header_view {
    std::vector<std::string> left;    ///< left half and lines of unknown side, top to bottom
    std::vector<std::string> right;
    std::string issuer_symbol;        ///< from the number line
    std::string date_place;           ///< place of the place-and-date line
};

bool is_boilerplate(const std::string& key) {
    static constexpr std::string_view fixed[] = {report_markers::party_name, report_markers::state_name,
                                                 report_markers::motto};
    return std::find(std::begin(fixed), std::end(fixed), key) != std::end(fixed);
}

/// "Số 25", "Số: ..." with the number left blank; not "SỞ NỘI VỤ".
bool is_number_line(const std::string& key) {
    return key.size() > 3 && key.rfind("so ", 0) == 0 && key[3] >= '0' && key[3] <= '9';
}

header_view read_header(const std::vector<block>& blocks) {
    header_view v;
    for (const header_block::line& l : header_block::collect(blocks)) {
        const std::string key = text::match_key(l.text);
        if (key.empty()) continue;
        if (std::string issuer = number_issuer(l.text); !issuer.empty() || is_number_line(key)) {
            if (v.issuer_symbol.empty()) v.issuer_symbol = std::move(issuer);
            continue;
        }
        if (dates::parse_place_date_line(l.text)) {
            if (v.date_place.empty()) {
                const std::size_t comma = l.text.find(',');
                if (comma != std::string::npos) v.date_place = text::trim(l.text.substr(0, comma));
            }
            continue;
        }
        if (is_boilerplate(key)) continue;
        (l.where == header_block::side::right ? v.right : v.left).push_back(l.text);
    }
    return v;
}

std::size_t word_count(const std::string& s) { return text::words(text::match_key(s)).size(); }

std::string unit_list(const unit_index& index, const std::vector<std::size_t>& units) {
    std::string out;
    for (std::size_t u : units) {
        if (!out.empty()) out += ", ";
        out += index.unit(u).name;
    }
    return out;
}

/// The state of a bottom-up scan of one side of the header.
struct scan_result {
    std::optional<std::size_t> unit;
    std::string evidence;
    std::string subordinate;          ///< unmatched body line below the match
    std::string ambiguity;            ///< message when a line fits several units
};

scan_result scan_side(const unit_index& index, const std::vector<std::string>& lines, const std::string& symbol) {
    scan_result r;
    std::string lowest_body;
    for (std::size_t n = lines.size(); n-- > 0;) {
        const std::string& line = lines[n];
        lookup l = index.narrow_by_symbol(index.exact(line), symbol);
        if (l.empty() && n > 0) {
            // A name broken over two lines ("ỦY BAN MTTQ VIỆT NAM" / "TỈNH HÀ TĨNH").
            l = index.narrow_by_symbol(index.exact(lines[n - 1] + " " + line), symbol);
        }
        bool inside = false;
        if (l.empty() && word_count(line) <= max_name_words) {
            l = index.narrow_by_symbol(index.contained(line, 2), symbol);
            inside = l.at_word > 0;
        }
        // "ĐẢNG ỦY XÃ THIÊN LỘC HUYỆN CAN LỘC": a body named before the unit
        // it belongs to is that body, not the unit.
        if (l.unique() && inside && unit_index::names_a_body(canonical_key(line))) {
            r.unit = l.units.front();
            r.evidence = line;
            r.subordinate = line;
            return r;
        }
        if (l.unique()) {
            r.unit = l.units.front();
            r.evidence = line;
            r.subordinate = lowest_body;
            return r;
        }
        if (!l.empty()) {
            if (r.ambiguity.empty())
                r.ambiguity = "the header line \"" + line + "\" fits several roster units (" +
                              unit_list(index, l.units) + ")";
            continue;
        }
        if (lowest_body.empty() && unit_index::names_a_body(canonical_key(line))) lowest_body = line;
    }
    return r;
}

/// The text most likely to be the issuing body, for messages.
std::string likely_issuer(const header_view& v) {
    for (std::size_t n = v.left.size(); n-- > 0;) {
        if (unit_index::names_a_body(canonical_key(v.left[n]))) return v.left[n];
        // "ỦY BAN NHÂN DÂN" / "TỈNH LÂM ĐỒNG", "UBND TỈNH LÂM ĐỒNG" / "SỞ NỘI VỤ".
        if (n > 0) {
            const std::string both = v.left[n - 1] + " " + v.left[n];
            if (unit_index::names_a_body(canonical_key(both))) return both;
        }
    }
    for (std::size_t n = v.left.size(); n-- > 0;) {
        const std::string key = canonical_key(v.left[n]);
        if (text::words(key).size() >= 2 && key != "ban thuong vu" && key != "ban chap hanh") return v.left[n];
    }
    return {};
}

std::string strip_extension(const std::string& name) {
    const std::size_t dot = name.rfind('.');
    if (dot == std::string::npos || dot == 0 || name.size() - dot > 6) return name;
    return name.substr(0, dot);
}

/// Names a file went by: the attachment's, the item's, each link of the
/// provenance chain from the innermost out, and the folder of the outermost.
std::vector<std::string> file_names(const item& it) {
    std::vector<std::string> names;
    auto add = [&](const std::string& n) {
        const std::string stem = strip_extension(text::trim(n));
        if (!stem.empty() && std::find(names.begin(), names.end(), stem) == names.end()) names.push_back(stem);
    };
    add(it.env.attachment_name);
    add(it.name);
    std::vector<std::string> links;
    std::size_t start = 0;
    while (start <= it.source.size()) {
        std::size_t hash = it.source.find('#', start);
        if (hash == std::string::npos) hash = it.source.size();
        links.push_back(it.source.substr(start, hash - start));
        start = hash + 1;
    }
    for (std::size_t n = links.size(); n-- > 0;) add(std::filesystem::path(links[n]).filename().string());
    if (!links.empty()) add(std::filesystem::path(links.front()).parent_path().filename().string());
    return names;
}

}  // namespace

identification identify(const unit_index& index, const document& doc, const item& it) {
    identification id;
    const header_view header = read_header(doc.body);
    std::string ambiguity;

    // The body's header first; the page header (Word's header part) only when
    // the body names no unit, since it often holds nothing but page numbers.
    std::vector<const std::vector<block>*> zones{&doc.body};
    for (const document_part& part : doc.parts)
        if (part.kind == "header") zones.push_back(&part.blocks);
    for (const auto* zone : zones) {
        const header_view view = zone == &doc.body ? header : read_header(*zone);
        for (const auto* side : {&view.left, &view.right}) {
            const scan_result r = scan_side(index, *side, header.issuer_symbol);
            if (r.unit && !r.subordinate.empty()) {
                id.failure = "the report is issued by \"" + r.subordinate + "\", a body under " +
                             index.unit(*r.unit).name + " that is not in the roster";
                id.issuer = r.subordinate;
                return id;
            }
            if (r.unit) {
                id.unit = r.unit;
                id.how = "header";
                id.evidence = r.evidence;
                return id;
            }
            if (ambiguity.empty()) ambiguity = r.ambiguity;
        }
    }

    auto accept = [&](const lookup& raw, const char* how, const std::string& evidence) {
        const lookup l = index.narrow_by_symbol(raw, header.issuer_symbol);
        if (l.unique()) {
            id.unit = l.units.front();
            id.how = how;
            id.evidence = evidence;
            return true;
        }
        if (!l.empty() && ambiguity.empty())
            ambiguity = std::string("the ") + how + " \"" + evidence + "\" fits several roster units (" +
                        unit_list(index, l.units) + ")";
        return false;
    };

    if (accept(index.by_email(it.env.sender), "email", it.env.sender)) return id;
    if (!it.env.sender_name.empty()) {
        lookup l = index.exact(it.env.sender_name);
        if (l.empty()) l = index.contained(it.env.sender_name, 2);
        if (accept(l, "sender_name", it.env.sender_name)) return id;
    }
    for (const std::string& name : file_names(it)) {
        lookup l = index.contained(name, 2);
        if (l.empty()) l = index.contained_compact(name);
        if (accept(l, "file_name", name)) return id;
    }
    if (!it.env.subject.empty() && accept(index.contained(it.env.subject, 2), "subject", it.env.subject)) return id;
    if (!header.date_place.empty() && accept(index.exact(header.date_place), "place", header.date_place)) return id;

    if (!ambiguity.empty()) {
        id.failure = ambiguity;
        return id;
    }
    const std::string issuer = likely_issuer(header);
    // The body is named for the draft only from a line of its own that says
    // what kind of body it is, or a name broken over two lines ("ỦY BAN NHÂN
    // DÂN" / "TỈNH LÂM ĐỒNG"); not from a parent and its child run together
    // ("UBND TỈNH LÂM ĐỒNG" / "SỞ NỘI VỤ").
    if (!issuer.empty() && unit_index::names_a_body(canonical_key(issuer)))
        for (std::size_t n = header.left.size(); n-- > 0 && id.issuer.empty();) {
            const bool own_line = header.left[n] == issuer;
            const bool broken = n > 0 && header.left[n - 1] + " " + header.left[n] == issuer &&
                                !unit_index::names_a_body(canonical_key(header.left[n - 1]));
            if (own_line || broken) id.issuer = issuer;
        }
    id.failure = issuer.empty()
                     ? "no issuing body found in the header, and neither the sender nor the file name names a roster unit"
                     : "no roster unit matches the issuing body \"" + issuer +
                           "\", and neither the sender nor the file name names one";
    return id;
}

void unit_extractor::prepare(const context& ctx) { index_ = unit_index(ctx.roster()); }

void unit_extractor::extract(const document& doc, const item& it, submission& sub, const context&) const {
    if (sub.unit) return;
    const identification id = identify(index_, doc, it);
    if (!id.unit) {
        sub.problems.push_back(problem{error_code::unknown_unit, id.failure});
        if (!id.issuer.empty()) sub.extensions["issuer"] = issuer_name(text::sanitize_utf8(id.issuer));
        return;
    }
    const roster_unit& u = index_.unit(*id.unit);
    sub.unit = unit_ref{u.id, u.name, u.level};
}

}  // namespace baocao::unit_match
