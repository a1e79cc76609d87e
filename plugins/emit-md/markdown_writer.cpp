#include "markdown_writer.hpp"

#include "model/draft_text.hpp"

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

}  // namespace

std::string escape(std::string_view s, bool block_start) {
    std::string out;
    out.reserve(s.size() + 8);
    // Block markers only matter at the start of the text.
    std::size_t digits = 0;
    while (digits < s.size() && std::isdigit(static_cast<unsigned char>(s[digits]))) ++digits;
    const bool ordered = block_start && digits > 0 && digits < 10 && digits < s.size() && (s[digits] == '.' || s[digits] == ')');
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        // An underscore inside a word ("corrupt_zip") never makes emphasis.
        const auto alnum = [&](std::size_t j) { return j < s.size() && std::isalnum(static_cast<unsigned char>(s[j])); };
        const bool inner_underscore = c == '_' && i > 0 && alnum(i - 1) && alnum(i + 1);
        const bool markup = c == '\\' || c == '`' || c == '*' || (c == '_' && !inner_underscore) || c == '[' ||
                            c == ']' || c == '<' || c == '|' || c == '~';
        const bool leading = block_start && i == 0 && (c == '#' || c == '>' || c == '=');
        if (markup || leading || (ordered && i == digits)) out.push_back('\\');
        out.push_back(c);
    }
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
    for (const auto& p : d.opening) out += escape(p) + "\n\n";

    for (const auto& item : d.items) {
        out += "## " + escape(item.label + " " + item.heading, false) + "\n\n";
        for (const auto& u : item.units) {
            out += strong(u.unit_name + ":");
            if (!u.paragraphs.empty()) out += " " + escape(u.paragraphs.front(), false);
            out += "\n\n";
            for (std::size_t i = 1; i < u.paragraphs.size(); ++i) out += escape(u.paragraphs[i]) + "\n\n";
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
        for (const auto& p : part.paragraphs) out += escape(p) + "\n\n";
        for (const auto& t : part.tables) table(out, t);
        for (const auto& b : part.bullets) out += "- " + escape(b) + "\n";
        if (!part.bullets.empty()) out += "\n";
    }
    // Exactly one newline at the end.
    while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
    return out;
}

}  // namespace baocao::markdown
