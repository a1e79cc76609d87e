// SPDX-License-Identifier: Apache-2.0
#pragma once
// Reading a .doc built in test code (doc_builder) and the texts of its paragraphs.

#include "doc_builder.hpp"
#include "doc_reader.hpp"

#include <string>
#include <variant>
#include <vector>

namespace baocao::testing {

inline document read_built(const doc_builder& b) {
    return doc::read_doc(b.bytes(), limits{}, doc::tracked_mode::accept);
}

using texts = std::vector<std::string>;

/// The text of each paragraph among `blocks`, tables left out.
inline texts paragraph_texts(const std::vector<block>& blocks) {
    texts out;
    for (const block& b : blocks)
        if (const auto* p = std::get_if<paragraph>(&b)) out.push_back(p->text());
    return out;
}

}  // namespace baocao::testing
