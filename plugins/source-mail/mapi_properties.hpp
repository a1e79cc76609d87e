// SPDX-License-Identifier: Apache-2.0
#pragma once
// The MAPI properties of one object of an Outlook .msg file ([MS-OXMSG]): the
// message itself, one of its attachments, or a message embedded in one.
// Variable-length values are streams named "__substg1.0_IIIITTTT" (property
// id, then type); fixed-length ones are 16-byte records of the object's
// "__properties_version1.0" stream.

#include "compound_file.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace baocao::plugins {

/// Which object a storage holds: the header of its property stream differs.
enum class mapi_object { message, embedded_message, attachment };

class mapi_properties {
public:
    /// The properties of the object in `storage` ("" for the message at the
    /// root, else its path with no trailing '/'). 8-bit strings decode from a
    /// message's own code page (PR_INTERNET_CPID, else PR_MESSAGE_CODEPAGE;
    /// windows-1258 when it names none); an attachment's from `message_charset`,
    /// its message's (charset()).
    mapi_properties(const compound_file& file, std::string storage, mapi_object kind, std::string message_charset = {});

    /// A string property (Unicode, else 8-bit), "" when absent. Ends at its first NUL.
    std::string text(std::uint16_t id) const;
    /// A binary property's bytes, nullopt when absent.
    std::optional<std::string> binary(std::uint16_t id) const;
    /// A 32-bit integer property (PT_LONG), nullopt when absent.
    std::optional<std::uint32_t> integer(std::uint16_t id) const;
    /// A boolean property (PT_BOOLEAN), nullopt when absent.
    std::optional<bool> boolean(std::uint16_t id) const;
    /// A time property (PT_SYSTIME) as unix seconds, nullopt when absent or out of range.
    std::optional<std::int64_t> time(std::uint16_t id) const;
    /// The fixed-length property records as stored.
    const std::string& records() const { return records_; }
    /// The ICU converter name 8-bit strings decode from.
    const std::string& charset() const { return charset_; }
    /// The storage's path with a trailing '/' ("" for the root).
    const std::string& prefix() const { return prefix_; }

private:
    /// The 8-byte value of the fixed-length property `id` of type `type`, nullopt when absent.
    std::optional<std::string_view> fixed(std::uint16_t id, std::uint16_t type) const;

    const compound_file& file_;
    std::string prefix_;
    std::string charset_;
    std::string records_;          ///< the property stream after its header
};

/// The ICU converter name for a Windows code page; windows-1258, the
/// Vietnamese one, when it is unknown or absent.
std::string charset_of_code_page(std::optional<std::uint32_t> code_page);

}  // namespace baocao::plugins
