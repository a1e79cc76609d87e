// SPDX-License-Identifier: Apache-2.0
#include "form_fields.hpp"

#include "bytes.hpp"

namespace baocao::doc {

namespace {

constexpr std::uint16_t nil_picf_header_size = 0x44;
constexpr unsigned type_dropdown = 2;
constexpr unsigned result_is_default = 25;   // iRes 25: the default entry (wDef) shows
constexpr std::size_t max_entries = 4096;

/// A reader over FFData that fails soft: once anything is out of bounds, `ok` is false.
struct cursor {
    std::string_view s;
    std::size_t at = 0;
    bool ok = true;

    std::uint16_t take16() {
        if (!fits(s, at, 2)) { ok = false; return 0; }
        const std::uint16_t v = u16(s, at);
        at += 2;
        return v;
    }
    std::u16string take_chars(std::size_t count) {
        std::u16string out;
        if (!fits(s, at, std::uint64_t(count) * 2)) { ok = false; return out; }
        out.reserve(count);
        for (std::size_t i = 0; i < count; ++i) out.push_back(static_cast<char16_t>(u16(s, at + 2 * i)));
        at += 2 * count;
        return out;
    }
    /// An Xstz: a count, that many UTF-16 units, and a null terminator.
    void skip_xstz() {
        const std::size_t count = take16();
        take_chars(count);
        take16();
    }
};

}  // namespace

std::optional<std::u16string> dropdown_choice(std::string_view data_stream, std::uint32_t offset) {
    if (!fits(data_stream, offset, 6)) return std::nullopt;
    const std::uint32_t lcb = u32(data_stream, offset);
    const std::uint16_t header = u16(data_stream, offset + 4);
    if (header != nil_picf_header_size || lcb <= header) return std::nullopt;
    cursor c{slice(data_stream, std::uint64_t(offset) + header, lcb - header)};

    if (!fits(c.s, 0, 4) || u32(c.s, 0) != 0xFFFFFFFFu) return std::nullopt;
    c.at = 4;
    const std::uint16_t bits = c.take16();
    const unsigned type = bits & 0x3;
    const unsigned result = (bits >> 2) & 0x1F;
    if (type != type_dropdown) return std::nullopt;
    c.take16();      // cch: the maximum length of a text field
    c.take16();      // hps: a check box's size
    c.skip_xstz();   // xstzName
    const std::uint16_t default_entry = c.take16();   // wDef (drop-downs and check boxes have one)
    for (int i = 0; i < 5; ++i) c.skip_xstz();         // format, help, status, entry and exit macros
    // hsttbDropList: an extended STTB of the entries.
    if (c.take16() != 0xFFFF) return std::nullopt;
    const std::size_t entries = c.take16();
    const std::size_t extra = c.take16();
    if (!c.ok || entries == 0 || entries > max_entries) return std::nullopt;
    const std::size_t chosen = result == result_is_default ? default_entry : result;
    for (std::size_t i = 0; i < entries && c.ok; ++i) {
        std::u16string entry = c.take_chars(c.take16());
        c.at += extra;
        if (i == chosen && c.ok) return entry;
    }
    return std::nullopt;
}

}  // namespace baocao::doc
