#include "markdown_writer.hpp"

#include "model/draft_text.hpp"

#include <array>
#include <cctype>

namespace baocao::markdown {

namespace {

/// "**text**", or "" for empty text (an empty pair of markers would print as is).
std::string strong(std::string_view s) { return s.empty() ? std::string() : "**" + escape(s, false) + "**"; }
std::string emph(std::string_view s) { return s.empty() ? std::string() : "*" + escape(s, false) + "*"; }

/// Lines joined with hard line breaks (a backslash at the end of a line).
std::string lines(const std::vector<std::string>& ls) { return draft::join(ls, "\\\n"); }

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
    for (const auto& r : t.rows) row(r);
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

std::string render(const draft::document& d) {
    std::string out;

    // Header block: issuing body on the left, then the party heading and date.
    std::vector<std::string> left;
    for (std::size_t i = 0; i < d.issuer_lines.size(); ++i)
        left.push_back(i + 1 == d.issuer_lines.size() ? strong(d.issuer_lines[i]) : escape(d.issuer_lines[i]));
    left.push_back(escape(d.star));
    left.push_back(escape(d.number_line));
    out += lines(left) + "\n\n";
    out += lines({strong(d.party_heading), emph(d.place_date)}) + "\n\n";

    out += "# " + escape(d.kind, false) + "\n\n";
    if (!d.summary.empty()) out += strong(d.summary) + "\n\n";
    for (const auto& p : d.opening) paragraph(out, p);

    for (const auto& item : d.items) {
        out += "## " + escape(item.label + " " + item.heading, false) + "\n\n";
        for (const auto& u : item.units) {
            out += strong(u.unit_name + ":");
            if (!u.paragraphs.empty()) {
                out += ' ';
                append_escaped(out, u.paragraphs.front(), false);
            }
            out += "\n\n";
            for (std::size_t i = 1; i < u.paragraphs.size(); ++i) paragraph(out, u.paragraphs[i]);
        }
        if (item.units.empty()) out += emph(d.nobody_label) + "\n\n";
        if (!item.silent_units.empty())
            out += emph(d.silent_label + " " + draft::join(item.silent_units, ", ") + ".") + "\n\n";
    }

    // Recipients as a list, then the signature lines.
    out += strong(d.recipients_heading) + "\n\n";
    for (const auto& r : d.recipients) {
        const std::string_view line = r.rfind("- ", 0) == 0 ? std::string_view(r).substr(2) : std::string_view(r);
        out += "- " + escape(line) + "\n";
    }
    out += "\n";
    std::vector<std::string> sig;
    for (const auto& s : d.signature)
        if (!s.empty()) sig.push_back(strong(s));
    if (!sig.empty()) out += lines(sig) + "\n\n";

    out += "## " + escape(d.appendix_title, false) + "\n\n";
    if (!d.appendix_note.empty()) out += emph(d.appendix_note) + "\n\n";
    for (const auto& part : d.appendix) {
        out += "### " + escape(part.heading, false) + "\n\n";
        for (const auto& p : part.paragraphs) paragraph(out, p);
        for (const auto& t : part.tables) table(out, t);
        for (const auto& b : part.bullets) out += "- " + escape(b) + "\n";
        if (!part.bullets.empty()) out += "\n";
    }
    // Exactly one newline at the end.
    while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
    return out;
}

}  // namespace baocao::markdown
