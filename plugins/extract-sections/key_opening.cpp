// SPDX-License-Identifier: Apache-2.0
// The keys of single characters come from text::first_key_letter, which reads
// match_key's own table, so that they cannot disagree with the keys the tests
// compare.
#include "key_opening.hpp"

#include <baocao/sdk/text.hpp>

namespace baocao::sections {

key_opening key_opening_beyond_ascii(std::string_view text) {
    key_opening o;
    const text::key_letter first = text::first_key_letter(text);
    if (first.key == 0) return o;   // empty, a separator, or a key the character alone does not tell
    o.first = first.key;
    const std::string_view rest = text.substr(first.bytes);
    const text::key_letter second = text::first_key_letter(rest);
    if (second.key != 0) o.second = second.key;
    // The first word ends after one letter: with the text, or at an ASCII separator.
    else if (rest.empty() || static_cast<unsigned char>(rest[0]) < 0x80) o.second = ' ';
    return o;
}

}  // namespace baocao::sections
