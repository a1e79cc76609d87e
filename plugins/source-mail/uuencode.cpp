// SPDX-License-Identifier: Apache-2.0
#include "uuencode.hpp"

namespace baocao::plugins {

namespace {

/// The next line of `text` from `at` (without its line break); moves `at` past it.
std::string_view next_line(std::string_view text, std::size_t& at) {
    const std::size_t end = text.find('\n', at);
    std::string_view line = text.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
    at = end == std::string_view::npos ? text.size() : end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return line;
}

/// The file name of a "begin MODE NAME" line (MODE three or four octal digits), "" when it is none.
std::string begin_line_name(std::string_view line) {
    if (!line.starts_with("begin ")) return {};
    std::size_t i = 6;
    const std::size_t mode_from = i;
    while (i < line.size() && line[i] >= '0' && line[i] <= '7') ++i;
    if (i - mode_from < 3 || i - mode_from > 4 || i >= line.size() || line[i] != ' ') return {};
    std::string name(line.substr(i + 1));
    while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.pop_back();
    return name;
}

/// The 6-bit value of a uuencoding character (backquote stands for zero), -1 when it is none.
int six_bits(char c) {
    if (c == '`') return 0;
    if (c < ' ' || c > '_') return -1;
    return (c - ' ') & 0x3F;
}

/// Decodes one line onto `out`: false when the line is not uuencoding.
/// Trailing blanks a mail server stripped (they encode zero bits) are put back.
bool decode_line(std::string_view line, std::string& out) {
    if (line.empty()) return false;
    const int count = six_bits(line[0]);
    if (count < 0) return false;
    const std::size_t needed = (static_cast<std::size_t>(count) + 2) / 3 * 4;
    std::string data(line.substr(1, needed));
    // Encoders may add one check character; more than that, or far fewer
    // characters than the count says, is not this line's data.
    constexpr std::size_t most_blanks_stripped = 8;
    if (line.size() - 1 > needed + 1 || line.size() - 1 + most_blanks_stripped < needed) return false;
    data.resize(needed, '`');
    int written = 0;
    for (std::size_t i = 0; i < needed; i += 4) {
        int v[4];
        for (int k = 0; k < 4; ++k)
            if ((v[k] = six_bits(data[i + k])) < 0) return false;
        const char bytes[3] = {static_cast<char>(v[0] << 2 | v[1] >> 4), static_cast<char>((v[1] & 0xF) << 4 | v[2] >> 2),
                               static_cast<char>((v[2] & 0x3) << 6 | v[3])};
        for (int k = 0; k < 3 && written < count; ++k, ++written) out += bytes[k];
    }
    return true;
}

}  // namespace

std::vector<uuencoded_file> find_uuencoded(std::string_view text, std::size_t max_files) {
    std::vector<uuencoded_file> files;
    std::size_t at = 0;
    while (at < text.size() && files.size() < max_files) {
        // Quick skip to the next line that may begin a block.
        const std::size_t begin = text.find("begin ", at);
        if (begin == std::string_view::npos) break;
        if (begin != 0 && text[begin - 1] != '\n') {
            at = begin + 6;
            continue;
        }
        at = begin;
        std::string name = begin_line_name(next_line(text, at));
        if (name.empty()) continue;
        uuencoded_file file{std::move(name), {}};
        while (at < text.size()) {
            const std::size_t line_at = at;
            const std::string_view line = next_line(text, at);
            if (line == "end") break;
            // The zero-length line before "end" ("`" or a space) ends the data.
            if (line == "`" || line == " ") continue;
            if (!decode_line(line, file.bytes)) {
                at = line_at;
                break;
            }
        }
        files.push_back(std::move(file));
    }
    return files;
}

}  // namespace baocao::plugins
