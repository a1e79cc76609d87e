// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Where in a JSON file a person must look: the line and column of a syntax
/// error or of the value an error is about, so that messages about the
/// roster, the plan spec and the config read "FILE:LINE:COLUMN: what".

#include <Poco/Dynamic/Var.h>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace baocao::engine {

/// 1-based line and column; the column counts characters, not bytes.
struct text_position {
    std::size_t line = 1;
    std::size_t column = 1;
};

/// An error about one value of a JSON document, named by its JSON Pointer
/// ("/units/2/level"; "" for the whole document).
class json_value_error : public std::runtime_error {
public:
    /// `pointer` names the value, `what` says what is wrong with it.
    json_value_error(std::string pointer, const std::string& what)
        : std::runtime_error(what), pointer_(std::move(pointer)) {}
    /// The JSON Pointer of the value the error is about.
    const std::string& pointer() const { return pointer_; }

private:
    std::string pointer_;
};

/// A text that is not valid JSON, with the place of its first error.
class json_syntax_failure : public std::runtime_error {
public:
    /// `where` is the place of the error, `what` says what is wrong there.
    json_syntax_failure(text_position where, const std::string& what) : std::runtime_error(what), where_(where) {}
    /// Where the first syntax error is.
    text_position where() const { return where_; }

private:
    text_position where_;
};

/// The first syntax error of `text` (strict JSON, RFC 8259) with a message, or nothing when it is valid.
std::optional<std::pair<text_position, std::string>> json_syntax_error(std::string_view text);

/// The position of the value at `pointer` in `text`; when it is absent, the
/// position of its nearest enclosing value that exists. `text` must be valid JSON.
text_position json_value_position(std::string_view text, std::string_view pointer);

/// The JSON Pointer of member `key` of the value at `parent` ("/units" + 2 → "/units/2").
std::string json_pointer(const std::string& parent, std::string_view key);
std::string json_pointer(const std::string& parent, std::size_t index);

/// "FILE:LINE:COLUMN: message" for an error about a value of `text`, read from `file`.
std::string located_message(const std::filesystem::path& file, std::string_view text, const json_value_error& error);
/// "FILE:LINE:COLUMN: message" for a syntax error.
std::string located_message(const std::filesystem::path& file, const json_syntax_failure& error);

/// Parses `text` read from `file`; a syntax error throws std::runtime_error
/// "FILE:LINE:COLUMN: message".
Poco::Dynamic::Var parse_json_text(const std::filesystem::path& file, std::string_view text);

}  // namespace baocao::engine
