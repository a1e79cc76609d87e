// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Many small records of one shape, held compactly: the form for findings a
/// plugin attaches by the dozen to every submission (extract-indicators'
/// figures). A Poco::JSON::Object per finding costs about 1.7 KB and a score
/// of allocations; a row here costs its cells and the text they hold.
///
/// Put one in an extension as a `record_list_ptr`; emit-json writes it as an
/// array of objects, each with the fields in the order the list names them.
///
/// A list can also live in the run's text store (`spill_to`): its rows are
/// written there once and only the handle stays in memory. Readers of a
/// list another stage made get its rows with `record_list::load(list)`,
/// which gives the list itself when it is in memory.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

#include <baocao/sdk/stored_text.hpp>
#include <vector>

namespace baocao {

class record_list;
/// How a record_list travels in a Poco::Dynamic::Var: shared, so copying the
/// extension map copies a pointer.
using record_list_ptr = std::shared_ptr<const record_list>;

class record_list {
public:
    /// One field of one record; monostate is JSON null.
    using cell = std::variant<std::monostate, std::string, double, std::int64_t, bool>;

    /// `fields`: the field names, distinct, in the order they are written.
    explicit record_list(std::vector<std::string> fields);
    /// A spilled copy of `in_memory`, its encoded rows being `rows` (what spill_to makes).
    record_list(const record_list& in_memory, stored_text rows);
    /// A loaded copy of `spilled`, decoding `rows` (what load makes).
    record_list(const record_list& spilled, std::string_view rows);
    record_list(const record_list&) = default;

    const std::vector<std::string>& fields() const { return *fields_; }
    /// The position of a field, if the records have it.
    std::optional<std::size_t> field_index(std::string_view name) const;

    std::size_t size() const {
        if (spilled_) return stored_records_;
        return fields_->empty() ? 0 : cells_.size() / fields_->size();
    }
    bool empty() const { return size() == 0; }
    void reserve(std::size_t records) { cells_.reserve(records * fields_->size()); }

    /// Appends a record: one value per field, in field order.
    template <typename... Values>
    void add(Values&&... values) {
        if (sizeof...(Values) != fields_->size()) throw_wrong_arity(sizeof...(Values));
        (cells_.emplace_back(std::forward<Values>(values)), ...);
    }

    /// The value of field `field` in record `record`. A spilled list holds no
    /// cells: read it through load(). Throws std::out_of_range.
    const cell& at(std::size_t record, std::size_t field) const { return cells_.at(record * fields_->size() + field); }

    /// True when the rows live in the run's text store, not in memory.
    bool spilled() const { return spilled_.has_value(); }
    /// The rows encoded as bytes (what spill_to writes); empty for a spilled list.
    std::string encode() const;
    /// A copy of this list whose rows live in `store`: written there once,
    /// only the handle kept. A spilled list is returned as it is.
    record_list_ptr spill_to(run_text_store& store) const;
    /// The list with its rows in memory: `list` itself when it is, else the
    /// rows read back from the store (null stays null). Throws
    /// std::runtime_error when the store cannot be read or holds other bytes.
    static record_list_ptr load(const record_list_ptr& list);

private:
    [[noreturn]] void throw_wrong_arity(std::size_t given) const;
    void decode(std::string_view bytes, std::size_t records);

    // Shared by a list and its spilled and loaded copies: a report's list in
    // the store costs its handle, not another copy of the field names.
    std::shared_ptr<const std::vector<std::string>> fields_;
    std::vector<cell> cells_;   // record after record
    std::optional<stored_text> spilled_;   // the encoded rows, when they live in the store
    std::size_t stored_records_ = 0;
};

}  // namespace baocao
