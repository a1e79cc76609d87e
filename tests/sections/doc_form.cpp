// SPDX-License-Identifier: Apache-2.0
#include "doc_form.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace baocao::testing {

namespace {

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t");
    if (b == std::string::npos) return {};
    const auto e = s.find_last_not_of(" \t");
    return s.substr(b, e - b + 1);
}

std::vector<std::string> split(const std::string& s, const std::string& sep) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        const std::size_t p = s.find(sep, start);
        out.push_back(s.substr(start, p == std::string::npos ? std::string::npos : p - start));
        if (p == std::string::npos) break;
        start = p + sep.size();
    }
    return out;
}

/// Runs from text with **bold** spans.
std::vector<text_run> runs_of(const std::string& text, bool all_bold, bool caps, bool italic) {
    std::vector<text_run> runs;
    bool bold = false;
    for (const std::string& piece : split(text, "**")) {
        if (!piece.empty()) {
            text_run r;
            r.text = piece;
            r.bold = all_bold || bold;
            r.caps = caps;
            r.italic = italic;
            runs.push_back(std::move(r));
        }
        bold = !bold;
    }
    return runs;
}

/// Splits "text => tag" into its parts; `tag` keeps its value when the line has none.
std::string take_tag(const std::string& line, std::string& tag) {
    const std::size_t p = line.rfind("=>");
    if (p == std::string::npos) return line;
    tag = trim(line.substr(p + 2));
    if (tag == "-") tag = "-";
    return trim(line.substr(0, p));
}

paragraph make_paragraph(const std::string& spec, std::size_t line_no) {
    paragraph p;
    std::string text = spec;
    bool bold = false, caps = false, italic = false;
    if (!text.empty() && text[0] == '{') {
        const std::size_t close = text.find('}');
        if (close == std::string::npos) throw std::runtime_error("line " + std::to_string(line_no) + ": unclosed {");
        for (const std::string& m0 : split(text.substr(1, close - 1), ",")) {
            const std::string m = trim(m0);
            if (m.empty()) continue;
            if (m == "b") bold = true;
            else if (m == "c") caps = true;
            else if (m == "i") italic = true;
            else if (m == "center") p.align = alignment::center;
            else if (m.size() == 2 && m[0] == 'h' && m[1] >= '1' && m[1] <= '9') {
                p.style_id = "Heading" + m.substr(1);
                p.style_name = "heading " + m.substr(1);
                p.outline_level = m[1] - '1';
            } else if (m.size() == 2 && m[0] == 'o' && m[1] >= '0' && m[1] <= '8') {
                p.outline_level = m[1] - '0';
            } else if (m.rfind("n=", 0) == 0) {
                p.numbering_label = m.substr(2);
                p.numbering_id = "1";
                p.numbering_level = 0;
            } else if (m.rfind("s=", 0) == 0) {
                p.style_name = m.substr(2);
                p.style_id = m.substr(2);
            } else {
                throw std::runtime_error("line " + std::to_string(line_no) + ": unknown marker \"" + m + "\"");
            }
        }
        text = trim(text.substr(close + 1));
    }
    p.runs = runs_of(text, bold, caps, italic);
    return p;
}

}  // namespace

form_report parse_form(const std::string& content) {
    form_report out;
    std::istringstream in(content);
    std::string raw;
    std::string tag;
    std::size_t line_no = 0;
    table* current_table = nullptr;
    while (std::getline(in, raw)) {
        ++line_no;
        if (!raw.empty() && raw.back() == '\r') raw.pop_back();
        const std::string line = trim(raw);
        if (line.empty() || line[0] == '#') continue;
        if (line[0] == '@') {
            const std::size_t sp = line.find(' ');
            out.meta[line.substr(1, sp == std::string::npos ? std::string::npos : sp - 1)] =
                sp == std::string::npos ? "" : trim(line.substr(sp + 1));
            continue;
        }
        if (line.rfind("[table", 0) == 0) {
            table t;
            t.borderless = line.find("borderless") != std::string::npos;
            out.doc.body.emplace_back(std::move(t));
            current_table = &std::get<table>(out.doc.body.back());
            continue;
        }
        if (line == "[/table]") {
            current_table = nullptr;
            continue;
        }
        const std::string body = take_tag(line, tag);
        const std::string expected = tag == "-" ? "" : tag;
        if (current_table != nullptr) {
            table_row row;
            for (const std::string& cell_text : split(body, " | ")) {
                table_cell cell;
                for (const std::string& para : split(cell_text, " // ")) {
                    cell.blocks.emplace_back(make_paragraph(trim(para), line_no));
                    out.expected.push_back(expected);
                }
                row.cells.push_back(std::move(cell));
            }
            current_table->rows.push_back(std::move(row));
            continue;
        }
        out.doc.body.emplace_back(make_paragraph(body, line_no));
        out.expected.push_back(expected);
    }
    return out;
}

form_report load_form(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + file.string());
    std::stringstream buf;
    buf << in.rdbuf();
    try {
        return parse_form(buf.str());
    } catch (const std::runtime_error& e) {
        throw std::runtime_error(file.filename().string() + ": " + e.what());
    }
}

}  // namespace baocao::testing
