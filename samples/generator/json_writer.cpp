#include "json_writer.hpp"

#include <cstdio>

namespace baocao::samplegen {

std::string json_quote(std::string_view s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
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
    return out + "\"";
}

void json_writer::newline() {
    out_ += '\n';
    out_.append(stack_.size() * 2, ' ');
}

void json_writer::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (!stack_.empty()) {
        if (stack_.back().count++ > 0) out_ += ',';
        newline();
    }
}

json_writer& json_writer::begin_object() {
    before_value();
    out_ += '{';
    stack_.push_back({true, 0});
    return *this;
}

json_writer& json_writer::end_object() {
    const bool empty = stack_.back().count == 0;
    stack_.pop_back();
    if (!empty) newline();
    out_ += '}';
    return *this;
}

json_writer& json_writer::begin_array() {
    before_value();
    out_ += '[';
    stack_.push_back({false, 0});
    return *this;
}

json_writer& json_writer::end_array() {
    const bool empty = stack_.back().count == 0;
    stack_.pop_back();
    if (!empty) newline();
    out_ += ']';
    return *this;
}

json_writer& json_writer::key(std::string_view name) {
    if (stack_.back().count++ > 0) out_ += ',';
    newline();
    out_ += json_quote(name);
    out_ += ": ";
    after_key_ = true;
    return *this;
}

json_writer& json_writer::value(std::string_view s) {
    before_value();
    out_ += json_quote(s);
    return *this;
}

json_writer& json_writer::value(long long n) {
    before_value();
    out_ += std::to_string(n);
    return *this;
}

json_writer& json_writer::value(bool b) {
    before_value();
    out_ += b ? "true" : "false";
    return *this;
}

json_writer& json_writer::null() {
    before_value();
    out_ += "null";
    return *this;
}

std::string json_writer::str() const { return stack_.empty() ? out_ + "\n" : out_; }

}  // namespace baocao::samplegen
