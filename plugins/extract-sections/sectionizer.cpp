// SPDX-License-Identifier: Apache-2.0
// How a report is cut. Parsers keep evidence (styles, outline levels, labels,
// bold, caps, tables); this file decides. The order of decisions matters:
// first the frame (header and title at the top, signature and Nơi nhận at the
// end), then which body lines are headings, then how headings nest.
#include "sectionizer.hpp"

#include "report_markers.hpp"

#include <baocao/sdk/dates.hpp>
#include <baocao/sdk/text.hpp>

#include <algorithm>

namespace baocao::sections {

namespace {

/// True when the text's first letter is lower case (a title's summary line, "sơ kết 5 năm ...").
bool starts_lower(std::string_view s) {
    for (std::size_t i = 0; i < s.size() && i < 8; ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 'a' && c <= 'z') return true;
        if (c >= 'A' && c <= 'Z') return false;
        if (c >= 0x80) {
            // A multi-byte letter: compare with its upper-case form.
            std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            const std::string ch(s.substr(i, len));
            return text::to_upper(ch) != ch;
        }
    }
    return false;
}

bool is_report_kind(const line& l) {
    for (std::string_view kind : report_markers::report_kinds)
        if (l.key_is(kind)) return true;
    return l.begins_with("bao cao ") && l.caps && l.words_at_most(30) && l.label.kind == label_kind::none;
}

bool is_header_like(const line& l) {
    if (l.key_is(report_markers::party_name) || l.begins_with(report_markers::state_name_start) ||
        l.begins_with(report_markers::motto))
        return true;
    if ((l.begins_with("so ") || l.key_is("so")) && l.words_at_most(8)) return true;
    if (dates::parse_place_date_line(l.text)) return true;
    return l.caps && l.words_at_most(10) && l.label.kind == label_kind::none;
}

bool is_rule(std::string_view t) {
    t = std::string_view(t);
    if (t.empty()) return false;
    for (char c : t)
        if (c != '-' && c != '*' && c != '_' && c != '=' && c != ' ' && c != '.') return false;
    return true;
}

bool opens_body(const line& l) {
    for (std::string_view o : report_markers::body_openers)
        if (l.begins_with(o)) return true;
    return false;
}

/// Signature authority lines: "T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN", "K/T TRƯỞNG BAN", "TL.", "TUQ.".
bool is_signature_line(const line& l) {
    if (l.begins_with(report_markers::recipients)) return true;
    if (!l.caps && !l.bold) return false;
    for (std::string_view m : report_markers::signature_marks)
        if (l.begins_with(m) && l.words_at_most(10)) return true;
    return false;
}

bool starts_annex(const line& l) {
    if (!(l.caps || l.bold || l.outline >= 0) || !l.words_at_most(25)) return false;
    for (std::string_view start : report_markers::annex_starts)
        if (l.begins_with(start)) return true;
    return is_report_kind(l);
}

/// Whether a body line is a heading, and how sure the formatting makes it.
enum class heading_evidence { none, plain, formatted };

heading_evidence heading_of(const line& l) {
    if (l.table >= 0 || l.role != line_role::body) return heading_evidence::none;
    if (!l.lead.empty()) return heading_evidence::formatted;
    const label_kind k = l.label.kind;
    if (k == label_kind::ordinal) return heading_evidence::none;
    if (k == label_kind::part && l.words_at_most(30)) return heading_evidence::formatted;
    const char end = last_char(l.content());
    const bool ends_open = end == ';' || end == ',';
    if (!l.has_words() || ends_open) return heading_evidence::none;
    if (k == label_kind::bullet) {
        // A dash item is a heading only as a short bold or capital line ("- Về kinh tế:").
        return (l.bold || l.caps) && l.words_at_most(12) && (end == ':' || (end != '.' && l.words_at_most(8))) ? heading_evidence::formatted
                                                                                                  : heading_evidence::none;
    }
    if (l.outline >= 0 && l.words_at_most(60)) return heading_evidence::formatted;
    if (l.bold && l.words_at_most(60) && (k != label_kind::none || l.words_at_most(30))) return heading_evidence::formatted;
    if (l.caps && l.words_at_most(40)) return heading_evidence::formatted;
    if ((k == label_kind::roman || k == label_kind::upper_letter) && l.words_at_most(30) && (end != '.' || l.words_at_most(15)))
        return heading_evidence::plain;
    if ((k == label_kind::arabic || k == label_kind::decimal || k == label_kind::letter) && l.words_at_most(14) && end != '.')
        return heading_evidence::plain;
    return heading_evidence::none;
}

/// Nesting kind and rank of a heading line.
std::pair<std::string, int> kind_of(const line& l) {
    if (l.label.kind != label_kind::none && l.label.kind != label_kind::ordinal)
        return {kind_name(l.label.kind, l.label.depth), rank_of(l.label.kind, l.label.depth)};
    if (!l.lead.empty()) return {"runin", 9};
    if (l.outline >= 0) return {"outline" + std::to_string(l.outline), -1};
    return {l.caps ? "caps" : "bold", -1};
}

/// kind_of(l).first as a pair of numbers, equal exactly when the names are:
/// the label kind (with the depth that names a decimal label), or run-in,
/// outline (with its level), capital or bold.
using kind_code = std::pair<int, int>;

kind_code code_of_kind(const line& l) {
    const label_kind k = l.label.kind;
    if (k != label_kind::none && k != label_kind::ordinal) return {static_cast<int>(k), k == label_kind::decimal ? l.label.depth : 0};
    if (!l.lead.empty()) return {-1, 0};
    if (l.outline >= 0) return {-2, l.outline};
    return {l.caps ? -3 : -4, 0};
}

struct flat_node {
    std::size_t heading;
    std::size_t title_line = no_line;
    std::string kind;
    int rank;
    std::size_t parent = no_line;
    std::vector<std::size_t> body;
    std::vector<std::size_t> children;
};

/// The section of node `i` and its descendants; takes the nodes' contents, each node being built once, and the heading lines' keys.
section build(std::vector<flat_node>& nodes, std::size_t i, std::vector<line>& lines) {
    flat_node& n = nodes[i];
    section s;
    s.heading = n.heading;
    s.title_line = n.title_line;
    s.kind = std::move(n.kind);
    s.body = std::move(n.body);
    line& h = lines[n.heading];
    s.heading_text = h.lead.empty() ? h.text : h.lead;
    // The heading's key is the section's now: nothing else reads it.
    s.heading_key = h.lead.empty() ? h.take_key() : h.lead_key;
    if (n.title_line != no_line) {
        s.heading_text += '\n';
        s.heading_text += lines[n.title_line].text;
        s.heading_key += (s.heading_key.empty() ? "" : " ") + lines[n.title_line].key();
    }
    s.children.reserve(n.children.size());
    for (std::size_t c : n.children) s.children.push_back(build(nodes, c, lines));
    return s;
}

/// Where the body begins: after the header, the kind line ("BÁO CÁO") with
/// the title under it, or, without a kind line, after the leading tables and
/// header-like lines. Marks those lines and fills `out.title`.
std::size_t read_top(std::vector<line>& lines, sectioned_report& out) {
    const std::size_t n = lines.size();
    std::size_t kind_at = no_line;
    for (std::size_t i = 0; i < n && i < 60; ++i)
        if (lines[i].role == line_role::body && lines[i].table < 0 && is_report_kind(lines[i])) {
            kind_at = i;
            break;
        }
    if (kind_at == no_line) {
        std::size_t i = 0;
        while (i < n) {
            line& l = lines[i];
            if (l.role == line_role::empty) {
                ++i;
                continue;
            }
            if (l.table >= 0 && l.table == lines[0].table) {
                l.role = line_role::header;
            } else if (l.table < 0 && (is_header_like(l) || is_rule(l.text))) {
                l.role = line_role::header;
            } else {
                break;
            }
            ++i;
        }
        return i;
    }
    for (std::size_t i = 0; i < kind_at; ++i)
        if (lines[i].role != line_role::empty) lines[i].role = line_role::header;
    lines[kind_at].role = line_role::title;
    out.title = lines[kind_at].text;
    std::size_t i = kind_at + 1;
    std::size_t taken = 0;
    for (; i < n && taken < 5; ++i) {
        line& l = lines[i];
        if (l.role == line_role::empty) {
            if (taken > 0) break;
            continue;
        }
        if (is_rule(l.text)) {
            l.role = line_role::title;
            ++i;
            break;
        }
        if (l.table >= 0 || l.label.kind != label_kind::none || opens_body(l) || !l.lead.empty()) break;
        if (!(l.bold || l.centered || l.italic || starts_lower(l.content())) || !l.words_at_most(80)) break;
        l.role = line_role::title;
        out.title += '\n';
        out.title += l.text;
        ++taken;
    }
    return i;
}

/// "Kính gửi:" and the addressees listed under it, when the body opens with
/// them; returns where the body then begins.
std::size_t read_addressee(std::vector<line>& lines, std::size_t body_from) {
    const std::size_t n = lines.size();
    for (std::size_t i = body_from; i < n; ++i) {
        line& l = lines[i];
        if (l.role == line_role::empty) continue;
        if (!l.begins_with(report_markers::addressee)) break;
        l.role = line_role::addressee;
        std::size_t j = i + 1;
        while (j < n && (lines[j].role == line_role::empty ||
                         (lines[j].label.kind == label_kind::bullet && lines[j].words_at_most(15) && lines[j].table < 0))) {
            if (lines[j].role != line_role::empty) lines[j].role = line_role::addressee;
            ++j;
        }
        return j;
    }
    return body_from;
}

/// The first line of the signature block (T/M, Nơi nhận, or a borderless
/// table holding them), or the end of the lines.
std::size_t find_signature(const std::vector<line>& lines, std::size_t body_from) {
    const std::size_t n = lines.size();
    // A borderless table whose lines from one on were all looked at holds no
    // signature line from a later one on either.
    int table_without_signature = -1;
    for (std::size_t i = body_from; i < n; ++i) {
        const line& l = lines[i];
        if (l.role == line_role::empty) continue;
        if (l.table >= 0 && l.table == table_without_signature) continue;
        bool sig = is_signature_line(l);
        if (!sig && l.table >= 0 && l.layout_table) {
            for (std::size_t j = i; j < n && lines[j].table == l.table && !sig; ++j) sig = is_signature_line(lines[j]);
            if (!sig) table_without_signature = l.table;
        }
        if (sig) return i;
    }
    return n;
}

/// Marks the closing formula ("Trên đây là…"), the signature and any annex;
/// returns where the body ends.
std::size_t read_end(std::vector<line>& lines, std::size_t body_from, sectioned_report& out) {
    const std::size_t n = lines.size();
    std::size_t end_at = find_signature(lines, body_from);
    for (std::size_t i = body_from; i < end_at; ++i)
        if (lines[i].role == line_role::body && lines[i].begins_with(report_markers::closing_formula)) {
            lines[i].role = line_role::closing;
            // Short lines after the closing formula (a name, "Đã ký") belong to the signature.
            bool only_short = true;
            for (std::size_t j = i + 1; j < end_at; ++j)
                only_short = only_short && (lines[j].role == line_role::empty || lines[j].words_at_most(8));
            if (only_short) {
                for (std::size_t j = i + 1; j < end_at; ++j)
                    if (lines[j].role != line_role::empty) lines[j].role = line_role::signature;
                end_at = i + 1;
            }
            break;
        }
    bool in_annex = false;
    for (std::size_t i = end_at; i < n; ++i) {
        line& l = lines[i];
        if (!in_annex && l.role != line_role::empty && l.table < 0 && starts_annex(l)) in_annex = true;
        if (l.role == line_role::empty) continue;
        l.role = in_annex ? line_role::annex : line_role::signature;
        if (in_annex) out.annex.push_back(i);
    }
    return end_at;
}

/// How much each body line looks like a heading.
std::vector<heading_evidence> heading_evidences(const std::vector<line>& lines, std::size_t body_from, std::size_t end_at) {
    std::vector<heading_evidence> ev(lines.size(), heading_evidence::none);
    std::vector<kind_code> formatted_kinds;
    bool any_plain = false;
    for (std::size_t i = body_from; i < end_at; ++i) {
        ev[i] = heading_of(lines[i]);
        any_plain = any_plain || ev[i] == heading_evidence::plain;
        if (ev[i] == heading_evidence::formatted && lines[i].lead.empty()) {
            const kind_code k = code_of_kind(lines[i]);
            if (std::find(formatted_kinds.begin(), formatted_kinds.end(), k) == formatted_kinds.end()) formatted_kinds.push_back(k);
        }
    }
    // A producer that makes its headings bold makes all of them bold: a plain
    // line with the same kind of label is then a numbered body paragraph.
    if (any_plain)
        for (std::size_t i = body_from; i < end_at; ++i)
            if (ev[i] == heading_evidence::plain &&
                std::find(formatted_kinds.begin(), formatted_kinds.end(), code_of_kind(lines[i])) != formatted_kinds.end())
                ev[i] = heading_evidence::none;
    return ev;
}

/// The preamble: opening paragraphs before the first heading that name the trigger.
void mark_preamble(std::vector<line>& lines, const std::vector<heading_evidence>& ev, std::size_t body_from, std::size_t end_at) {
    std::size_t first_heading = end_at;
    for (std::size_t i = body_from; i < end_at; ++i)
        if (ev[i] != heading_evidence::none) {
            first_heading = i;
            break;
        }
    for (std::size_t i = body_from; i < first_heading; ++i) {
        line& l = lines[i];
        if (l.role != line_role::body) continue;
        const char end = last_char(l.content());
        if (opens_body(l) || end == ':' || l.key().find("bao cao nhu sau") != std::string::npos) {
            l.role = line_role::preamble;
            continue;
        }
        break;
    }
}

/// Nests the headings into sections by their kind and rank, and puts each
/// body line under the heading above it (or in `out.intro`).
void nest_sections(std::vector<line>& lines, std::vector<heading_evidence>& ev, std::size_t body_from, std::size_t end_at,
                   sectioned_report& out) {
    std::vector<flat_node> nodes;
    std::vector<std::size_t> roots;
    std::vector<std::size_t> stack;
    std::size_t current = no_line;
    for (std::size_t i = body_from; i < end_at; ++i) {
        line& l = lines[i];
        if (l.role != line_role::body) continue;
        if (ev[i] == heading_evidence::none) {
            if (current == no_line) out.intro.push_back(i);
            else nodes[current].body.push_back(i);
            continue;
        }
        l.role = line_role::heading;
        auto [kind, rank] = kind_of(l);
        flat_node node{i, no_line, kind, rank, no_line, {}, {}};
        // A bare "Phần thứ nhất" takes the title on the next line.
        if (l.label.kind == label_kind::part && l.words_at_most(2) && l.lead.empty()) {
            std::size_t j = i + 1;
            while (j < end_at && lines[j].role == line_role::empty) ++j;
            if (j < end_at && ev[j] != heading_evidence::none && lines[j].label.kind == label_kind::none && lines[j].lead.empty()) {
                node.title_line = j;
                lines[j].role = line_role::heading;
                ev[j] = heading_evidence::none;
            }
        }
        auto found = stack.end();
        for (auto it = stack.begin(); it != stack.end(); ++it)
            if (nodes[*it].kind == kind) {
                found = it;
                break;
            }
        if (found != stack.end()) {
            stack.erase(found, stack.end());
        } else if (rank >= 0) {
            while (!stack.empty() && nodes[stack.back()].rank >= rank) stack.pop_back();
        } else if (kind == "caps") {
            // An unnumbered capital heading sits above numbered subsections.
            while (!stack.empty() && nodes[stack.back()].rank >= rank_of(label_kind::arabic, 1)) stack.pop_back();
        } else if (kind.starts_with("outline")) {
            while (!stack.empty() && nodes[stack.back()].kind.starts_with("outline") && nodes[stack.back()].kind >= kind)
                stack.pop_back();
        }
        const std::size_t id = nodes.size();
        node.parent = stack.empty() ? no_line : stack.back();
        nodes.push_back(std::move(node));
        if (nodes[id].parent == no_line) roots.push_back(id);
        else nodes[nodes[id].parent].children.push_back(id);
        stack.push_back(id);
        current = id;
        if (!l.lead.empty()) nodes[id].body.push_back(i);
        if (nodes[id].title_line != no_line) i = nodes[id].title_line;
    }
    out.sections.reserve(roots.size());
    for (std::size_t r : roots) out.sections.push_back(build(nodes, r, lines));
}

}  // namespace

std::size_t count_sections(const std::vector<section>& sections) {
    std::size_t n = sections.size();
    for (const section& s : sections) n += count_sections(s.children);
    return n;
}

sectioned_report sectionize(const document& doc) {
    sectioned_report out;
    read_lines(doc, out);
    std::vector<line>& lines = out.lines;
    const std::size_t body_from = read_addressee(lines, read_top(lines, out));
    const std::size_t end_at = read_end(lines, body_from, out);
    std::vector<heading_evidence> ev = heading_evidences(lines, body_from, end_at);
    mark_preamble(lines, ev, body_from, end_at);
    nest_sections(lines, ev, body_from, end_at, out);
    return out;
}

}  // namespace baocao::sections
