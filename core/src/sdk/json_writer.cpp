// SPDX-License-Identifier: Apache-2.0
// Deterministic JSON output: the same result always gives the same bytes.
#include <baocao/sdk/json.hpp>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <type_traits>
#include <typeinfo>
#include <variant>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace baocao {

namespace {

bool needs_escape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

/// Length of the leading run of `s` that is copied as is. Report text is long
/// and rarely needs escaping, so it is tested sixteen bytes at a time where
/// the processor allows.
std::size_t plain_run(std::string_view s) {
    std::size_t i = 0;
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i last_control = _mm_set1_epi8(0x1F);
    for (; i + 16 <= s.size(); i += 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
        // Unsigned "<= 0x1F": the minimum with 0x1F is the byte itself.
        const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(chunk, last_control), chunk);
        const __m128i special = _mm_or_si128(control, _mm_or_si128(_mm_cmpeq_epi8(chunk, quote),
                                                                   _mm_cmpeq_epi8(chunk, backslash)));
        const int mask = _mm_movemask_epi8(special);
        if (mask != 0) return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    }
#endif
    while (i < s.size() && !needs_escape(static_cast<unsigned char>(s[i]))) ++i;
    return i;
}

void append_escape(std::string& out, unsigned char c) {
    switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default: {
            static constexpr char hex[] = "0123456789abcdef";
            const char code[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
            out.append(code, sizeof code);
        }
    }
}

void append_integer(std::string& out, long long n) {
    char buf[24];
    const auto end = std::to_chars(buf, buf + sizeof buf, n).ptr;
    out.append(buf, static_cast<std::size_t>(end - buf));
}

}  // namespace

void json_writer::append_quoted(std::string& out, std::string_view s) {
    out += '"';
    while (!s.empty()) {
        const std::size_t plain = plain_run(s);
        out.append(s.data(), plain);
        if (plain == s.size()) break;
        append_escape(out, static_cast<unsigned char>(s[plain]));
        s.remove_prefix(plain + 1);
    }
    out += '"';
}

std::string json_writer::quote(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 2);
    append_quoted(out, s);
    return out;
}

void json_writer::newline() {
    if (!pretty_) return;
    out_ += '\n';
    out_.append(stack_.size() * 2, ' ');
}

void json_writer::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (stack_.empty()) return;
    if (stack_.back().is_object) throw std::logic_error("json_writer: value in an object without a key");
    if (!stack_.back().empty) out_ += ',';
    stack_.back().empty = false;
    newline();
}

json_writer& json_writer::begin_object() {
    before_value();
    out_ += '{';
    stack_.push_back({true, true});
    return *this;
}

json_writer& json_writer::end_object() {
    const bool empty = stack_.back().empty;
    stack_.pop_back();
    if (!empty) newline();
    out_ += '}';
    return *this;
}

json_writer& json_writer::begin_array() {
    before_value();
    out_ += '[';
    stack_.push_back({false, true});
    return *this;
}

json_writer& json_writer::end_array() {
    const bool empty = stack_.back().empty;
    stack_.pop_back();
    if (!empty) newline();
    out_ += ']';
    return *this;
}

json_writer& json_writer::key(std::string_view k) {
    if (stack_.empty() || !stack_.back().is_object) throw std::logic_error("json_writer: key outside an object");
    if (!stack_.back().empty) out_ += ',';
    stack_.back().empty = false;
    newline();
    append_quoted(out_, k);
    out_ += pretty_ ? ": " : ":";
    after_key_ = true;
    return *this;
}

json_writer& json_writer::value(std::string_view s) {
    before_value();
    append_quoted(out_, s);
    return *this;
}

json_writer& json_writer::value(bool b) {
    before_value();
    out_ += b ? "true" : "false";
    return *this;
}

json_writer& json_writer::value(std::int64_t n) {
    before_value();
    append_integer(out_, n);
    return *this;
}

json_writer& json_writer::value(double d) {
    before_value();
    if (!std::isfinite(d)) {
        out_ += "null";
        return *this;
    }
    if (d == std::floor(d) && std::fabs(d) < 1e15) {
        append_integer(out_, static_cast<long long>(d));
        return *this;
    }
    // Exactly what printf's "%.6g" writes, without going through stdio.
    char buf[32];
    const auto end = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::general, 6).ptr;
    out_.append(buf, static_cast<std::size_t>(end - buf));
    return *this;
}

json_writer& json_writer::null() {
    before_value();
    out_ += "null";
    return *this;
}

json_writer& json_writer::value(const std::optional<std::string>& s) {
    return s ? value(std::string_view(*s)) : null();
}

json_writer& json_writer::value(const record_list& records) {
    // A list in the run's text store is read back whole, written, and let go.
    if (records.spilled()) return value(*record_list::load(std::make_shared<record_list>(records)));
    begin_array();
    const auto& fields = records.fields();
    for (std::size_t r = 0; r < records.size(); ++r) {
        begin_object();
        for (std::size_t f = 0; f < fields.size(); ++f) {
            key(fields[f]);
            std::visit(
                [this](const auto& cell) {
                    if constexpr (std::is_same_v<std::decay_t<decltype(cell)>, std::monostate>) null();
                    else value(cell);
                },
                records.at(r, f));
        }
        end_object();
    }
    return end_array();
}

json_writer& json_writer::value(const Poco::Dynamic::Var& v) {
    if (v.isEmpty()) return null();
    const std::type_info& type = v.type();
    // The common scalar types are read in place, without a converted copy;
    // strings come first, being most of what plugins store.
    if (type == typeid(std::string)) return value(std::string_view(v.extract<std::string>()));
    if (type == typeid(Poco::JSON::Object::Ptr)) {
        const auto& obj = v.extract<Poco::JSON::Object::Ptr>();
        if (!obj) return null();
        begin_object();
        // Poco keeps the values in a map ordered by key: sorted keys whatever
        // order the object was built in.
        for (const auto& [name, member] : *obj) {
            key(name);
            value(member);
        }
        return end_object();
    }
    if (type == typeid(int)) return value(static_cast<std::int64_t>(v.extract<int>()));
    if (type == typeid(double)) return value(v.extract<double>());
    if (type == typeid(std::int64_t)) return value(v.extract<std::int64_t>());
    if (type == typeid(bool)) return value(v.extract<bool>());
    if (type == typeid(Poco::JSON::Array::Ptr)) {
        const auto& arr = v.extract<Poco::JSON::Array::Ptr>();
        if (!arr) return null();
        begin_array();
        for (const auto& element : *arr) value(element);
        return end_array();
    }
    if (type == typeid(record_list_ptr)) {
        const auto records = record_list::load(v.extract<record_list_ptr>());
        return records ? value(*records) : null();
    }
    if (v.isBoolean()) return value(v.convert<bool>());
    if (v.isInteger()) return value(v.convert<std::int64_t>());
    if (v.isNumeric()) return value(v.convert<double>());
    return value(std::string_view(v.convert<std::string>()));
}

}  // namespace baocao
