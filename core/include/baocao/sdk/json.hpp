// SPDX-License-Identifier: Apache-2.0
#pragma once
/// A small streaming JSON writer with deterministic output: UTF-8 written as
/// is (not \u-escaped), two-space indentation, keys in the order written.

#include <baocao/sdk/record_list.hpp>

#include <Poco/Dynamic/Var.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace baocao {

class json_writer {
public:
    explicit json_writer(bool pretty = true) : pretty_(pretty) {}

    json_writer& begin_object();
    json_writer& end_object();
    json_writer& begin_array();
    json_writer& end_array();
    /// Writes a key inside an object; the next call writes its value.
    json_writer& key(std::string_view k);

    json_writer& value(std::string_view s);
    json_writer& value(const char* s) { return value(std::string_view(s)); }
    json_writer& value(const std::string& s) { return value(std::string_view(s)); }
    json_writer& value(bool b);
    json_writer& value(std::int64_t n);
    json_writer& value(int n) { return value(static_cast<std::int64_t>(n)); }
    json_writer& value(std::size_t n) { return value(static_cast<std::int64_t>(n)); }
    /// Numbers with up to 6 significant decimals, no exponent for ordinary magnitudes.
    json_writer& value(double d);
    json_writer& null();
    /// A string or null.
    json_writer& value(const std::optional<std::string>& s);
    /// An array of objects, one per record, fields in the list's order.
    json_writer& value(const record_list& records);
    /// Any Poco value: Object::Ptr, Array::Ptr, record_list_ptr, strings,
    /// numbers, bools, empty = null.
    json_writer& value(const Poco::Dynamic::Var& v);

    /// The text written so far (complete once every object and array is closed).
    const std::string& str() const { return out_; }
    /// Hands over the text without a copy; the writer is empty afterwards.
    std::string take() { return std::move(out_); }
    /// Room for `bytes` of output, so a large document is not copied as it grows.
    void reserve(std::size_t bytes) { out_.reserve(bytes); }
    /// Hands the text written so far to `sink` and forgets it, keeping the
    /// nesting: a large document goes out in pieces instead of whole.
    template <typename Sink>
    void drain(Sink&& sink) {
        sink(std::string_view(out_));
        out_.clear();
    }

    /// A JSON string literal for `s` (quotes included).
    static std::string quote(std::string_view s);
    /// Appends the JSON string literal for `s` to `out`.
    static void append_quoted(std::string& out, std::string_view s);

private:
    void before_value();
    void newline();
    std::string out_;
    struct level { bool is_object; bool empty; };
    std::vector<level> stack_;
    bool after_key_ = false;
    bool pretty_;
};

}  // namespace baocao
