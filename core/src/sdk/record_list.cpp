// SPDX-License-Identifier: Apache-2.0
#include <baocao/sdk/record_list.hpp>

#include <algorithm>
#include <stdexcept>

namespace baocao {

record_list::record_list(std::vector<std::string> fields) : fields_(std::move(fields)) {
    for (std::size_t i = 0; i < fields_.size(); ++i)
        if (std::find(fields_.begin(), fields_.begin() + static_cast<std::ptrdiff_t>(i), fields_[i]) !=
            fields_.begin() + static_cast<std::ptrdiff_t>(i))
            throw std::invalid_argument("record_list: the field \"" + fields_[i] + "\" is named twice");
}

std::optional<std::size_t> record_list::field_index(std::string_view name) const {
    for (std::size_t i = 0; i < fields_.size(); ++i)
        if (fields_[i] == name) return i;
    return std::nullopt;
}

void record_list::throw_wrong_arity(std::size_t given) const {
    throw std::invalid_argument("record_list: a record of " + std::to_string(given) + " values for " +
                                std::to_string(fields_.size()) + " fields");
}

}  // namespace baocao
