// SPDX-License-Identifier: Apache-2.0
#include "draft_text.hpp"

#include <baocao/sdk/labels.hpp>
#include <baocao/sdk/text.hpp>

#include <cctype>

namespace baocao::synthesis {

namespace {

/// True when the code point at `pos` is a letter that has a lower-case form
/// different from itself, i.e. a capital.
bool capital_at(std::string_view s, std::size_t pos) {
    if (pos >= s.size()) return false;
    const auto cp = s.substr(pos, text::utf8_sequence_length(static_cast<unsigned char>(s[pos])));
    const auto lower = text::to_lower(cp);
    return lower != cp && text::to_upper(cp) == cp;
}

bool ascii_upper_word(std::string_view w) {
    if (w.empty() || w.size() > 3) return false;
    for (char c : w)
        if (c < 'A' || c > 'Z') return false;
    return true;
}

/// Removes list bullets and labels ("- ", "1. ", "a) ", "II. ") at the start.
std::string strip_leading_label(std::string s) {
    for (;;) {
        const auto before = s.size();
        while (!s.empty() && (s[0] == '-' || s[0] == '+' || s[0] == '*' || s[0] == ' ')) s.erase(0, 1);
        for (std::string_view dash : {"\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\xA2"})  // – — •
            if (s.rfind(dash, 0) == 0) s.erase(0, dash.size());
        // A label: up to 5 digits, roman letters or one letter, then "." or ")" and a space.
        std::size_t i = 0;
        while (i < s.size() && i < 6 && (std::isdigit(static_cast<unsigned char>(s[i])) ||
                                         std::string_view("IVXivx").find(s[i]) != std::string_view::npos ||
                                         (i == 0 && std::isalpha(static_cast<unsigned char>(s[i])))))
            ++i;
        if (i > 0 && i + 1 < s.size() && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ') s.erase(0, i + 2);
        if (s.size() == before) break;
    }
    return text::trim(s);
}

}  // namespace

std::string roman(int n) {
    const auto numeral = text::roman_numeral(n);
    return numeral.empty() ? std::to_string(n) : numeral;
}

std::string item_heading(std::string_view item_title) {
    std::string s = strip_leading_label(text::collapse_spaces(item_title));
    // The first sentence ends at a period followed by a space and a capital;
    // a period after a short all-caps token ("TP. Hà Tĩnh") is an abbreviation.
    for (std::size_t i = 0; i + 2 < s.size(); ++i) {
        if (s[i] != '.' || s[i + 1] != ' ' || !capital_at(s, i + 2)) continue;
        const auto word_start = s.rfind(' ', i);
        const auto word = std::string_view(s).substr(word_start == std::string::npos ? 0 : word_start + 1,
                                                     i - (word_start == std::string::npos ? 0 : word_start + 1));
        if (ascii_upper_word(word)) continue;
        s.resize(i);
        break;
    }
    while (!s.empty() && (s.back() == '.' || s.back() == ';' || s.back() == ':' || s.back() == ' ')) s.pop_back();
    return s;
}

std::string summary_from_plan(const plan_spec& plan) {
    const std::string title = text::collapse_spaces(plan.title);
    if (!title.empty()) {
        // Compare word by word on match keys so case and tone placement do not matter.
        std::vector<std::string> raw;
        for (std::size_t start = 0; start < title.size();) {
            auto end = title.find(' ', start);
            if (end == std::string::npos) end = title.size();
            raw.push_back(title.substr(start, end - start));
            start = end + 1;
        }
        auto key = [&](std::size_t i) { return i < raw.size() ? text::match_key(raw[i]) : std::string(); };
        std::size_t skip = 0;
        const auto k0 = key(0), k1 = key(1);
        if ((k0 == "to" && k1 == "chuc") || (k0 == "tien" && k1 == "hanh") || (k0 == "trien" && k1 == "khai"))
            skip = 2;
        const auto a = key(skip), b = key(skip + 1);
        const bool review = (a == "so" || a == "tong") && b == "ket";
        if (review) {
            // The summary line starts in lower case, as the plan's own title does:
            // the two review words are lowered, the rest is kept as written.
            std::string s = text::to_lower(raw[skip]) + " " + text::to_lower(raw[skip + 1]);
            for (std::size_t i = skip + 2; i < raw.size(); ++i) s += " " + raw[i];
            return s;
        }
    }
    if (plan.number.empty()) return "tổng hợp kết quả báo cáo của các đơn vị";
    const std::string kind = plan.kind.empty() ? std::string("Kế hoạch") : sentence_case(plan.kind);
    return "tổng hợp kết quả thực hiện " + kind + " số " + plan.number;
}

std::string number_suffix(std::string_view number) {
    const auto slash = number.rfind('/');
    if (slash == std::string_view::npos) return {};
    return text::trim(number.substr(slash + 1));
}

std::string initials(std::string_view name) {
    std::string out;
    for (const auto& w : text::words(text::match_key(name)))
        if (!w.empty()) out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(w[0]))));
    return out;
}

std::string sentence_case(std::string_view s) {
    std::string lower = text::to_lower(s);
    if (lower.empty()) return lower;
    const auto n = text::utf8_sequence_length(static_cast<unsigned char>(lower[0]));
    return text::to_upper(lower.substr(0, n)) + lower.substr(n);
}

std::string level_label(std::string_view level) {
    if (level == "district") return "Cấp huyện";
    if (level == "grassroots") return "Cấp cơ sở";
    if (level == "organization") return "MTTQ, đoàn thể";
    return std::string(level);
}

std::string status_label(std::string_view status) {
    if (status == "on_time") return "Đúng hạn";
    if (status == "late") return "Chậm";
    if (status == "missing") return "Chưa nộp";
    if (status == "not_yet_due") return "Chưa đến hạn";
    if (status == "unreadable") return "Đã gửi, tệp không đọc được";
    return "Chưa xác định";
}

std::vector<std::string> paragraphs_of(std::string_view body) {
    std::vector<std::string> out;
    for (std::size_t start = 0; start <= body.size();) {
        auto end = body.find('\n', start);
        if (end == std::string_view::npos) end = body.size();
        auto line = text::trim(body.substr(start, end - start));
        if (!line.empty()) out.push_back(std::move(line));
        start = end + 1;
    }
    return out;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) out += sep;
        out += parts[i];
    }
    return out;
}

}  // namespace baocao::synthesis
