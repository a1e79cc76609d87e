#pragma once
/// A minimal streaming JSON writer with stable, indented output, so that the
/// generated roster.json and expected.json are byte-identical run to run.

#include <string>
#include <string_view>
#include <vector>

namespace baocao::samplegen {

class json_writer {
public:
    /// Opens an object (as a value, or after key()).
    json_writer& begin_object();
    /// Closes the innermost object.
    json_writer& end_object();
    /// Opens an array.
    json_writer& begin_array();
    /// Closes the innermost array.
    json_writer& end_array();
    /// Names the next value inside an object.
    json_writer& key(std::string_view name);
    /// A string value (UTF-8, escaped as JSON requires, non-ASCII kept as is).
    json_writer& value(std::string_view s);
    /// A string value from a C string (avoids the bool overload).
    json_writer& value(const char* s) { return value(std::string_view(s)); }
    /// An integer value.
    json_writer& value(long long n);
    /// An integer value.
    json_writer& value(int n) { return value(static_cast<long long>(n)); }
    /// A boolean value.
    json_writer& value(bool b);
    /// A null value.
    json_writer& null();
    /// The text written so far, with a final newline once everything is closed.
    std::string str() const;

private:
    void before_value();
    void newline();

    struct level {
        bool object;
        int count;
    };
    std::string out_;
    std::vector<level> stack_;
    bool after_key_ = false;
};

/// A JSON string literal (with quotes) for `s`.
std::string json_quote(std::string_view s);

}  // namespace baocao::samplegen
