// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Many small records of one shape, held compactly: the form for findings a
/// plugin attaches by the dozen to every submission (extract-indicators'
/// figures). A Poco::JSON::Object per finding costs about 1.7 KB and a score
/// of allocations; a row here costs its cells and the text they hold.
///
/// Put one in an extension as a `record_list_ptr`; emit-json writes it as an
/// array of objects, each with the fields in the order the list names them.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace baocao {

class record_list {
public:
    /// One field of one record; monostate is JSON null.
    using cell = std::variant<std::monostate, std::string, double, std::int64_t, bool>;

    /// `fields`: the field names, distinct, in the order they are written.
    explicit record_list(std::vector<std::string> fields);

    const std::vector<std::string>& fields() const { return fields_; }
    /// The position of a field, if the records have it.
    std::optional<std::size_t> field_index(std::string_view name) const;

    std::size_t size() const { return fields_.empty() ? 0 : cells_.size() / fields_.size(); }
    bool empty() const { return cells_.empty(); }
    void reserve(std::size_t records) { cells_.reserve(records * fields_.size()); }

    /// Appends a record: one value per field, in field order.
    template <typename... Values>
    void add(Values&&... values) {
        if (sizeof...(Values) != fields_.size()) throw_wrong_arity(sizeof...(Values));
        (cells_.emplace_back(std::forward<Values>(values)), ...);
    }

    /// The value of field `field` in record `record`.
    const cell& at(std::size_t record, std::size_t field) const { return cells_.at(record * fields_.size() + field); }

private:
    [[noreturn]] void throw_wrong_arity(std::size_t given) const;

    std::vector<std::string> fields_;
    std::vector<cell> cells_;   // record after record
};

/// How a record_list travels in a Poco::Dynamic::Var: shared, so copying the
/// extension map copies a pointer.
using record_list_ptr = std::shared_ptr<const record_list>;

}  // namespace baocao
