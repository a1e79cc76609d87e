// SPDX-License-Identifier: Apache-2.0
#include "markdown_writer.hpp"


#include <algorithm>
#include <array>
#include <cctype>

namespace baocao::markdown {

namespace {

/// "**text**", or "" for empty text (an empty pair of markers would print as is).
std::string strong(std::string_view s) { return s.empty() ? std::string() : "**" + escape(s, false) + "**"; }
std::string emph(std::string_view s) { return s.empty() ? std::string() : "*" + escape(s, false) + "*"; }

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) out += sep;
        out += parts[i];
    }
    return out;
}

/// Lines joined with hard line breaks (a backslash at the end of a line).
std::string lines(const std::vector<std::string>& ls) { return join(ls, "\\\n"); }

void table(std::string& out, const draft::table& t) {
    auto row = [&](const std::vector<std::string>& cells) {
        out += "|";
        for (std::size_t c = 0; c < t.header.size(); ++c) {
            out += " ";
            out += c < cells.size() ? escape_cell(cells[c]) : std::string();
            out += " |";
        }
        out += "\n";
    };
    row(t.header);
    out += "|";
    for (std::size_t c = 0; c < t.header.size(); ++c)
        out += c < t.centered.size() && t.centered[c] ? " :---: |" : " --- |";
    out += "\n";
    for (const auto& r : t.rows) row(r.cells);
    out += "\n";
}

/// Characters that can need a backslash anywhere in the text; "#", ">", "="
/// and an ordered-list mark only at the start, which are looked at apart.
constexpr std::array<bool, 256> may_need_escape = [] {
    std::array<bool, 256> table{};
    for (unsigned char c : {'\\', '`', '*', '_', '[', ']', '<', '|', '~'}) table[c] = true;
    return table;
}();

/// Whether the character at `i` gets a backslash. `ordered_mark` is the
/// position of the "." or ")" of a leading ordered-list number, or npos.
bool needs_backslash(std::string_view s, std::size_t i, bool block_start, std::size_t ordered_mark) {
    const char c = s[i];
    // An underscore inside a word ("corrupt_zip") never makes emphasis.
    const auto alnum = [&](std::size_t j) { return j < s.size() && std::isalnum(static_cast<unsigned char>(s[j])); };
    const bool inner_underscore = c == '_' && i > 0 && alnum(i - 1) && alnum(i + 1);
    const bool markup = may_need_escape[static_cast<unsigned char>(c)] && !inner_underscore;
    const bool leading = block_start && i == 0 && (c == '#' || c == '>' || c == '=');
    return markup || leading || i == ordered_mark;
}

/// Appends escape(s, block_start) to `out`, copying the runs between
/// characters that may need a backslash in one piece.
void append_escaped(std::string& out, std::string_view s, bool block_start) {
    // Block markers only matter at the start of the text.
    std::size_t digits = 0;
    while (digits < s.size() && std::isdigit(static_cast<unsigned char>(s[digits]))) ++digits;
    const bool ordered = block_start && digits > 0 && digits < 10 && digits < s.size() && (s[digits] == '.' || s[digits] == ')');
    const std::size_t ordered_mark = ordered ? digits : std::string_view::npos;

    std::size_t i = 0;
    while (i < s.size()) {
        const std::size_t scan_end = ordered_mark >= i && ordered_mark < s.size() ? ordered_mark : s.size();
        std::size_t next = i;
        if (!(block_start && i == 0))
            while (next < scan_end && !may_need_escape[static_cast<unsigned char>(s[next])]) ++next;
        out.append(s.data() + i, next - i);
        if (next == s.size()) break;
        if (needs_backslash(s, next, block_start, ordered_mark)) out.push_back('\\');
        out.push_back(s[next]);
        i = next + 1;
    }
}

/// A paragraph of text and the blank line after it.
void paragraph(std::string& out, std::string_view text) {
    append_escaped(out, text, true);
    out += "\n\n";
}

}  // namespace

std::string escape(std::string_view s, bool block_start) {
    std::string out;
    out.reserve(s.size() + 8);
    append_escaped(out, s, block_start);
    return out;
}

std::string escape_cell(std::string_view s) {
    std::string flat;
    for (char c : s) flat.push_back(c == '\n' || c == '\r' ? ' ' : c);
    return escape(flat, false);
}

void render(const draft::document& d, const markdown_sink& sink) {
    std::string out;
    // What is written goes to the sink in pieces, all but its trailing
    // newlines, which the end trims to one.
    constexpr std::size_t piece_bytes = 1 << 20;
    auto drain_when_full = [&] {
        if (out.size() < piece_bytes) return;
        std::size_t keep = 0;
        while (keep < out.size() && out[out.size() - 1 - keep] == '\n') ++keep;
        sink(std::string_view(out).substr(0, out.size() - keep));
        out.erase(0, out.size() - keep);
    };
    const auto& m = d.masthead;
    // The blocks whose sources are footnotes, numbered from 1: each note is
    // written at the end from its block, never held as text (a finding of
    // hundreds of units cites as many sentences).
    std::vector<const draft::block*> notes;

    // Header block: issuing body on the left, then the party heading and date.
    std::vector<std::string> left;
    for (std::size_t i = 0; i < m.issuer_lines.size(); ++i)
        left.push_back(i + 1 == m.issuer_lines.size() ? strong(m.issuer_lines[i]) : escape(m.issuer_lines[i]));
    left.push_back(escape("*"));
    left.push_back(escape(m.number_line));
    out += lines(left) + "\n\n";
    out += lines({strong(m.party_heading), emph(m.place_date)}) + "\n\n";

    out += "# " + escape(m.kind, false) + "\n\n";
    if (!m.summary.empty()) out += strong(m.summary) + "\n\n";

    // Headings: "##" for a part's title, then one more "#" per level, "######" at most.
    auto heading = [&](int depth, const std::string& text) {
        out += std::string(static_cast<std::size_t>(std::clamp(depth, 1, 6)), '#') + " " + escape(text, false) + "\n\n";
    };
    auto render_part = [&](const draft::part& part, int base) {
        if (!part.title.empty()) heading(base, part.title + (part.subtitle.empty() ? "" : ": " + part.subtitle));
        else if (!part.subtitle.empty()) heading(base, part.subtitle);
        for (const auto& b : part.blocks) {
            switch (b.kind) {
            case draft::block_kind::heading:
                heading(base + b.level, b.text);
                break;
            case draft::block_kind::remark:
                out += emph(b.text) + "\n\n";
                break;
            case draft::block_kind::table:
                table(out, b.table);
                break;
            case draft::block_kind::paragraph:
            case draft::block_kind::quote: {
                if (b.kind == draft::block_kind::quote) out += "> ";
                if (!b.lead.empty()) out += strong(b.lead) + " ";
                append_escaped(out, b.text, b.lead.empty() && b.kind != draft::block_kind::quote);
                // Body paragraphs drawn from the units' text carry their sources as a footnote.
                if (part.zone == draft::zone::body && !b.sources.empty()) {
                    notes.push_back(&b);
                    out += "[^" + std::to_string(notes.size()) + "]";
                }
                out += "\n\n";
                break;
            }
            }
            drain_when_full();
        }
    };
    for (const auto* part : d.in_zone(draft::zone::body)) render_part(*part, 2);
    if (!m.closing.empty()) paragraph(out, m.closing);

    // Recipients as a list, then the signature lines.
    out += strong(m.recipients_heading) + "\n\n";
    for (const auto& r : m.recipients) {
        const std::string_view line = r.rfind("- ", 0) == 0 ? std::string_view(r).substr(2) : std::string_view(r);
        out += "- " + escape(line) + "\n";
    }
    out += "\n";
    std::vector<std::string> sig;
    for (const auto& s : m.signature)
        if (!s.empty()) sig.push_back(strong(s));
    if (!sig.empty()) out += lines(sig) + "\n\n";

    const auto appendix = d.in_zone(draft::zone::appendix);
    if (!appendix.empty()) {
        out += "## " + escape(m.appendix_title, false) + "\n\n";
        if (!m.appendix_note.empty()) out += emph(m.appendix_note) + "\n\n";
        for (const auto* part : appendix) render_part(*part, 3);
    }
    for (std::size_t i = 0; i < notes.size(); ++i) {
        out += "[^" + std::to_string(i + 1) + "]: Nguồn: ";
        const auto& sources = notes[i]->sources;
        for (std::size_t k = 0; k < sources.size(); ++k) {
            if (k) out += "; ";
            out += escape(source_line(sources[k]), false);
            drain_when_full();
        }
        out += ".\n";
        drain_when_full();
    }
    // Exactly one newline at the end.
    while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
    sink(out);
}

std::string render(const draft::document& d) {
    std::string out;
    render(d, [&](std::string_view piece) { out.append(piece); });
    return out;
}

std::string source_line(const draft::source_ref& s) {
    auto file = s.submission;
    if (auto pos = file.rfind('#'); pos != std::string::npos) file = file.substr(pos + 1);
    else if (auto slash = file.rfind('/'); slash != std::string::npos) file = file.substr(slash + 1);
    std::string out = s.unit_name.empty() ? std::string("(đơn vị chưa xác định)") : s.unit_name;
    if (!file.empty()) out += ", " + file;
    if (!s.section.empty()) out += ", " + s.section;
    if (s.paragraph >= 0) out += " (đoạn " + std::to_string(s.paragraph + 1) + ")";
    return out;
}

}  // namespace baocao::markdown
