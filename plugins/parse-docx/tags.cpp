// SPDX-License-Identifier: Apache-2.0
#include "tags.hpp"

#include <map>
#include <utility>

namespace baocao::docx {

namespace {

constexpr bool every_name_once() {
    for (std::size_t i = 0; i < std::size(tag_names); ++i)
        for (std::size_t j = i + 1; j < std::size(tag_names); ++j)
            if (tag_names[i].space == tag_names[j].space && tag_names[i].local == tag_names[j].local) return false;
    return true;
}
static_assert(every_name_once(), "a (namespace, local name) pair is listed twice in BAOCAO_DOCX_TAGS");

/// The codes by (namespace, local name), made once from the list.
const std::map<std::pair<ns, std::string_view>, int>& code_by_name() {
    static const auto index = [] {
        std::map<std::pair<ns, std::string_view>, int> codes;
        for (const tag_name& n : tag_names) codes.emplace(std::pair{n.space, n.local}, n.code);
        return codes;
    }();
    return index;
}

}  // namespace

int classify_tag(ns space, std::string_view local) {
    const auto& codes = code_by_name();
    const auto it = codes.find({space, local});
    return it == codes.end() ? none : it->second;
}

}  // namespace baocao::docx
