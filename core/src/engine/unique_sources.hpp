// SPDX-License-Identifier: Apache-2.0
#pragma once
// Every entry of result.json has its own `source`: a file named
// "bundle.zip#r.docx" beside bundle.zip would otherwise share one with the
// archive's r.docx, and a version could name itself as its successor.

#include <cstdint>
#include <string>
#include <vector>

namespace baocao::engine {

/// One entry's source and its place in input order.
struct keyed_source {
    const std::vector<std::uint32_t>* key;
    std::string* source;
};

/// Gives each source that an entry earlier in input order already has a
/// suffix " (2)", " (3)" ... that no other entry has; the first keeps its own.
void make_sources_unique(std::vector<keyed_source> entries);

}  // namespace baocao::engine
