#pragma once
/// The closed set of error codes of the result.json contract, and the
/// exception a plugin throws to reject an input with one of them.

#include <stdexcept>
#include <string>
#include <string_view>

namespace baocao {

/// Why an input could not be read (rejections) or what is off in one that was (problems).
enum class error_code {
    // rejections
    not_docx,
    corrupt_zip,
    zip_bomb,
    xml_error,
    encrypted,
    unsupported_format,
    no_attachment,
    corrupt_mime,
    unreadable,
    too_deep,
    too_large,
    plugin_failed,
    // problems
    unknown_unit,
    no_document_date,
    no_sections,
    duplicate,
    legacy_font,
    plugin_problem,
    // rejections added later, kept last so that earlier values stay put
    corrupt_doc,          ///< a Word 97-2003 file whose compound file, FIB or piece table is damaged
};

/// The contract's string for a code ("zip_bomb").
std::string_view to_string(error_code code) noexcept;

/// Thrown by a source or parser when an input cannot be read; the core turns it
/// into a rejection naming the input, and the batch goes on.
class rejection_error : public std::runtime_error {
public:
    rejection_error(error_code code, const std::string& message)
        : std::runtime_error(message), code_(code) {}
    error_code code() const noexcept { return code_; }

private:
    error_code code_;
};

}  // namespace baocao
