// SPDX-License-Identifier: Apache-2.0
#pragma once
// The document the engine tests' toy parsers make: one plain paragraph a line.

#include <baocao/sdk/model.hpp>

#include <sstream>
#include <string>

namespace baocao::testing {

/// One paragraph of one plain run for each line of `text`.
inline document document_of_lines(const std::string& text) {
    document doc;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        paragraph p;
        p.runs.push_back(plain_run(line));
        doc.body.emplace_back(std::move(p));
    }
    return doc;
}

}  // namespace baocao::testing
