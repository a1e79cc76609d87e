// SPDX-License-Identifier: Apache-2.0
#pragma once
// Shared by the section tests: the seed plan, the project's synonym file, and
// running the sectionizer and matcher over a report in the compact form.

#include "doc_form.hpp"
#include "lexicon.hpp"
#include "matcher.hpp"
#include "sectionizer.hpp"
#include "test_paths.hpp"

#include <baocao/engine/plan_reader.hpp>

#include <fstream>
#include <sstream>

namespace baocao::testing {

inline std::string read_file_text(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + p.string());
    std::stringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

/// A plan from tests/data/plan, read as `baocao plan` would read a .txt.
inline plan_spec load_plan(const std::string& name) {
    std::istringstream in(read_file_text(data_dir() / "plan" / name));
    std::vector<std::string> lines;
    std::string l;
    while (std::getline(in, l)) {
        if (!l.empty() && l.back() == '\r') l.pop_back();
        lines.push_back(l);
    }
    return engine::read_plan_lines(lines);
}

/// The synonym file as the project ships it.
inline const sections::synonym_set& project_synonyms() {
    static const sections::synonym_set s =
        sections::parse_synonyms(read_file_text(source_dir() / "plugins" / "extract-sections" / "synonyms.json"));
    return s;
}

/// The item id each report line went to ("" for none), by line index.
inline std::vector<std::string> predicted_items(const sections::sectioned_report& r, const std::vector<sections::matched_part>& parts,
                                                const sections::lexicon& lex) {
    std::vector<std::string> out(r.lines.size());
    for (const auto& p : parts)
        for (std::size_t i : p.lines)
            if (p.item >= 0 && i < out.size()) out[i] = lex.item_id(static_cast<std::size_t>(p.item));
    return out;
}

}  // namespace baocao::testing
