// Deterministic JSON output: the same result always gives the same bytes.
#include <baocao/sdk/json.hpp>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace baocao {

std::string json_writer::quote(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 2);
    out += '"';
    for (unsigned char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out += static_cast<char>(c);
                }
        }
    }
    out += '"';
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
    out_ += quote(k);
    out_ += pretty_ ? ": " : ":";
    after_key_ = true;
    return *this;
}

json_writer& json_writer::value(std::string_view s) {
    before_value();
    out_ += quote(s);
    return *this;
}

json_writer& json_writer::value(bool b) {
    before_value();
    out_ += b ? "true" : "false";
    return *this;
}

json_writer& json_writer::value(std::int64_t n) {
    before_value();
    out_ += std::to_string(n);
    return *this;
}

json_writer& json_writer::value(double d) {
    before_value();
    if (!std::isfinite(d)) {
        out_ += "null";
        return *this;
    }
    if (d == std::floor(d) && std::fabs(d) < 1e15) {
        out_ += std::to_string(static_cast<long long>(d));
        return *this;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", d);
    out_ += buf;
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

json_writer& json_writer::value(const Poco::Dynamic::Var& v) {
    if (v.isEmpty()) return null();
    if (v.type() == typeid(Poco::JSON::Object::Ptr)) {
        auto obj = v.extract<Poco::JSON::Object::Ptr>();
        if (!obj) return null();
        begin_object();
        // Sorted keys: Poco's own order depends on how the object was built.
        std::vector<std::string> names;
        obj->getNames(names);
        std::sort(names.begin(), names.end());
        for (const auto& name : names) {
            key(name);
            value(obj->get(name));
        }
        return end_object();
    }
    if (v.type() == typeid(Poco::JSON::Array::Ptr)) {
        auto arr = v.extract<Poco::JSON::Array::Ptr>();
        if (!arr) return null();
        begin_array();
        for (std::size_t i = 0; i < arr->size(); ++i) value(arr->get(static_cast<unsigned>(i)));
        return end_array();
    }
    if (v.isBoolean()) return value(v.convert<bool>());
    if (v.isInteger()) return value(v.convert<std::int64_t>());
    if (v.isNumeric()) return value(v.convert<double>());
    return value(std::string_view(v.convert<std::string>()));
}

}  // namespace baocao
