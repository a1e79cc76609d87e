// SPDX-License-Identifier: Apache-2.0
// Poco's JSON parser says what is wrong but not where, and the values it
// returns keep no position. People edit the roster, the plan spec and the
// config by hand, so one scan of the text here finds both: the first syntax
// error, or the place of the value an error is about.
#include <baocao/engine/json_location.hpp>

#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>

#include <cctype>

#include <vector>

namespace baocao::engine {

namespace {

constexpr std::size_t max_nesting = 512;

struct syntax_failure {
    std::size_t offset;
    std::string message;
};

std::vector<std::string> pointer_tokens(std::string_view pointer) {
    std::vector<std::string> tokens;
    if (pointer.empty()) return tokens;
    std::size_t pos = pointer.front() == '/' ? 1 : 0;
    for (;;) {
        const std::size_t end = std::min(pointer.find('/', pos), pointer.size());
        std::string token;
        for (std::size_t i = pos; i < end; ++i) {
            if (pointer[i] == '~' && i + 1 < end && (pointer[i + 1] == '0' || pointer[i + 1] == '1')) {
                token += pointer[i + 1] == '0' ? '~' : '/';
                ++i;
            } else {
                token += pointer[i];
            }
        }
        tokens.push_back(std::move(token));
        if (end == pointer.size()) break;
        pos = end + 1;
    }
    return tokens;
}

/// One pass over the text: checks the syntax and, on the way, notes where the
/// deepest existing value on the path of `wanted` starts.
class scanner {
public:
    scanner(std::string_view text, std::vector<std::string> wanted) : text_(text), wanted_(std::move(wanted)) {}

    void scan_document() {
        skip_space();
        value(0, true);
        skip_space();
        if (pos_ < text_.size()) fail("unexpected text after the end of the document");
    }

    std::size_t found_offset() const { return found_offset_; }

private:
    [[noreturn]] void fail(std::string message) { throw syntax_failure{pos_, std::move(message)}; }

    void skip_space() {
        while (pos_ < text_.size() &&
               (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\n' || text_[pos_] == '\r'))
            ++pos_;
    }

    // `on_path`: this value is the one `wanted_` names down to `depth` tokens.
    void value(std::size_t depth, bool on_path) {
        if (depth > max_nesting) fail("nested more than " + std::to_string(max_nesting) + " levels deep");
        if (on_path && depth >= found_depth_) {
            found_depth_ = depth;
            found_offset_ = pos_;
        }
        if (pos_ >= text_.size()) fail("the document ends where a value is expected");
        const char c = text_[pos_];
        if (c == '{') return object(depth, on_path);
        if (c == '[') return array(depth, on_path);
        if (c == '"') {
            string();
            return;
        }
        if (c == '-' || (c >= '0' && c <= '9')) return number();
        for (const char* word : {"true", "false", "null"})
            if (text_.substr(pos_).starts_with(word)) {
                pos_ += std::string_view(word).size();
                return;
            }
        if (c == '\'') fail("strings are written in double quotes, not single quotes");
        fail("a value is expected here (a string in double quotes, a number, true, false, null, [ or {)");
    }

    bool descends(std::size_t depth, bool on_path, std::string_view key) const {
        return on_path && depth < wanted_.size() && wanted_[depth] == key;
    }

    void object(std::size_t depth, bool on_path) {
        ++pos_;
        skip_space();
        if (pos_ < text_.size() && text_[pos_] == '}') {
            ++pos_;
            return;
        }
        for (;;) {
            skip_space();
            if (pos_ >= text_.size()) fail("the document ends inside an object: a '}' is missing");
            if (text_[pos_] == '}') fail("a comma before '}': remove the last comma");
            if (text_[pos_] != '"') fail("a member name in double quotes is expected here");
            const std::string key = string();
            skip_space();
            if (pos_ >= text_.size() || text_[pos_] != ':') fail("a ':' is expected after the member name \"" + key + "\"");
            ++pos_;
            skip_space();
            value(depth + 1, descends(depth, on_path, key));
            skip_space();
            if (pos_ < text_.size() && text_[pos_] == ',') {
                ++pos_;
                continue;
            }
            if (pos_ < text_.size() && text_[pos_] == '}') {
                ++pos_;
                return;
            }
            fail("a ',' or '}' is expected after the value of \"" + key + "\"");
        }
    }

    void array(std::size_t depth, bool on_path) {
        ++pos_;
        skip_space();
        if (pos_ < text_.size() && text_[pos_] == ']') {
            ++pos_;
            return;
        }
        for (std::size_t index = 0;; ++index) {
            skip_space();
            if (pos_ < text_.size() && text_[pos_] == ']') fail("a comma before ']': remove the last comma");
            value(depth + 1, descends(depth, on_path, std::to_string(index)));
            skip_space();
            if (pos_ < text_.size() && text_[pos_] == ',') {
                ++pos_;
                continue;
            }
            if (pos_ < text_.size() && text_[pos_] == ']') {
                ++pos_;
                return;
            }
            fail(pos_ >= text_.size() ? "the document ends inside a list: a ']' is missing"
                                      : "a ',' or ']' is expected after a list element");
        }
    }

    std::string string() {
        ++pos_;
        std::string out;
        while (pos_ < text_.size()) {
            const char c = text_[pos_];
            if (c == '"') {
                ++pos_;
                return out;
            }
            if (static_cast<unsigned char>(c) < 0x20) fail("a line break or control character inside a string");
            if (c == '\\') {
                if (pos_ + 1 >= text_.size()) break;
                const char e = text_[pos_ + 1];
                if (e == 'u') {
                    for (std::size_t i = 2; i < 6; ++i)
                        if (pos_ + i >= text_.size() || !std::isxdigit(static_cast<unsigned char>(text_[pos_ + i])))
                            fail("\\u must be followed by four hexadecimal digits");
                    out += '?';  // only names are compared; an escaped name is rare enough
                    pos_ += 6;
                    continue;
                }
                static constexpr std::string_view escapes = "\"\\/bfnrt";
                if (escapes.find(e) == std::string_view::npos) fail(std::string("unknown escape \\") + e);
                out += e;
                pos_ += 2;
                continue;
            }
            out += c;
            ++pos_;
        }
        fail("the document ends inside a string: a '\"' is missing");
    }

    void number() {
        const std::size_t start = pos_;
        auto digits = [&] {
            const std::size_t from = pos_;
            while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') ++pos_;
            return pos_ - from;
        };
        if (text_[pos_] == '-') ++pos_;
        if (pos_ < text_.size() && text_[pos_] == '0') {
            ++pos_;
        } else if (digits() == 0) {
            pos_ = start;
            fail("a number is malformed here");
        }
        if (pos_ < text_.size() && text_[pos_] == '.') {
            ++pos_;
            if (digits() == 0) fail("a digit is expected after the decimal point");
        }
        if (pos_ < text_.size() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
            ++pos_;
            if (pos_ < text_.size() && (text_[pos_] == '+' || text_[pos_] == '-')) ++pos_;
            if (digits() == 0) fail("a digit is expected in the exponent");
        }
    }

    std::string_view text_;
    std::vector<std::string> wanted_;
    std::size_t pos_ = 0;
    std::size_t found_depth_ = 0;
    std::size_t found_offset_ = 0;
};

text_position position_of(std::string_view text, std::size_t offset) {
    text_position p;
    std::size_t start = 0;
    // A UTF-8 byte order mark is not a column.
    if (text.starts_with("\xEF\xBB\xBF")) start = 3;
    for (std::size_t i = start; i < offset && i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++p.column;
        }
    }
    return p;
}

std::string_view without_bom(std::string_view text) {
    return text.starts_with("\xEF\xBB\xBF") ? text.substr(3) : text;
}

}  // namespace

std::optional<std::pair<text_position, std::string>> json_syntax_error(std::string_view text) {
    const std::string_view body = without_bom(text);
    try {
        scanner(body, {}).scan_document();
    } catch (const syntax_failure& f) {
        return std::make_pair(position_of(text, f.offset + (text.size() - body.size())), f.message);
    }
    return std::nullopt;
}

text_position json_value_position(std::string_view text, std::string_view pointer) {
    const std::string_view body = without_bom(text);
    scanner s(body, pointer_tokens(pointer));
    try {
        s.scan_document();
    } catch (const syntax_failure&) {
        // Positions found before the error still hold.
    }
    return position_of(text, s.found_offset() + (text.size() - body.size()));
}

std::string json_pointer(const std::string& parent, std::string_view key) {
    std::string out = parent + "/";
    for (const char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::string json_pointer(const std::string& parent, std::size_t index) {
    return parent + "/" + std::to_string(index);
}

std::string located_message(const std::filesystem::path& file, std::string_view text, const json_value_error& error) {
    const text_position p = json_value_position(text, error.pointer());
    return file.string() + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) + ": " + error.what();
}

std::string located_message(const std::filesystem::path& file, const json_syntax_failure& error) {
    return file.string() + ":" + std::to_string(error.where().line) + ":" + std::to_string(error.where().column) + ": " +
           error.what();
}

Poco::Dynamic::Var parse_json_text(const std::filesystem::path& file, std::string_view text) {
    if (const auto err = json_syntax_error(text))
        throw std::runtime_error(located_message(file, json_syntax_failure(err->first, "not valid JSON: " + err->second)));
    try {
        Poco::JSON::Parser parser;
        return parser.parse(std::string(without_bom(text)));
    } catch (const Poco::Exception& e) {
        throw std::runtime_error(file.string() + ": not valid JSON: " + e.displayText());
    }
}

}  // namespace baocao::engine
