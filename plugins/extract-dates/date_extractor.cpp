// SPDX-License-Identifier: Apache-2.0
// The document date and the envelope fields of a submission.
//
// Only a place-and-date line dates a report: the body is full of other dates
// (the directive of 18/9/2008, the plan of 16/8/2013, conference days) and
// any of them would be a plausible wrong answer.

#include "date_extractor.hpp"

#include "header_block.hpp"

#include <baocao/sdk/text.hpp>

namespace baocao::date_extract {

namespace {

/// Is `w` part of a document number ("09-BC/ĐU", "09", "-", "BC/ĐU")?
bool number_part(std::string_view w) {
    if (w == "-" || w == "\xE2\x80\x93") return true;  // a dash, ASCII or en dash
    for (char c : w)
        if ((c >= '0' && c <= '9') || c == '/') return true;
    return false;
}

/// The place-and-date line of a line, also when the number shares it:
/// "Số 09-BC/ĐU  Trung Lễ, ngày 10 tháng 9 năm 2013" laid out with a few
/// spaces (or no-break spaces) that no reader takes for a column gap.
std::optional<dates::civil_date> dated_line(const std::string& raw) {
    if (auto d = dates::parse_place_date_line(raw)) return d;
    std::string spaced;
    spaced.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw.compare(i, 2, "\xC2\xA0") == 0) {
            spaced.push_back(' ');
            ++i;
        } else {
            spaced.push_back(raw[i]);
        }
    }
    const std::string line = text::collapse_spaces(spaced);
    const std::string key = text::match_key(line);
    if (key.rfind("so ", 0) != 0 || line.find(',') == std::string::npos) return std::nullopt;
    // Skip "Số" (or "Số:") and the number's pieces; the place starts after them.
    std::size_t pos = line.find(' ');
    bool skipped_number = false;
    while (pos != std::string::npos) {
        const std::size_t start = pos + 1;
        const std::size_t end = line.find(' ', start);
        const std::string_view w = std::string_view(line).substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (!number_part(w)) break;
        skipped_number = true;
        pos = end;
    }
    if (!skipped_number || pos == std::string::npos) return std::nullopt;
    return dates::parse_place_date_line(line.substr(pos + 1));
}

/// A body line counts only with a place before the date ("Can Lộc, ngày ..."),
/// which a sentence mentioning a date does not have. Only the first word after
/// the comma is keyed: a report's body has thousands of lines with a comma.
bool has_place_prefix(std::string_view line, std::string& first_word) {
    const std::size_t comma = line.find(',');
    if (comma == std::string_view::npos || comma == 0) return false;
    text::assign_match_key(first_word, line.substr(comma + 1), 1);
    return first_word.rfind("ngay", 0) == 0 || (!first_word.empty() && first_word[0] >= '0' && first_word[0] <= '9');
}

std::size_t line_end(std::string_view text, std::size_t from) {
    while (from < text.size() && text[from] != '\n' && text[from] != '\t') ++from;
    return from;
}

std::optional<dates::civil_date> from_lines(const std::string& text_in, bool need_place) {
    std::string first_word;
    std::size_t start = 0;
    while (start <= text_in.size()) {
        const std::size_t end = line_end(text_in, start);
        const std::string_view raw = std::string_view(text_in).substr(start, end - start);
        start = end + 1;
        // Collapsing spaces changes no comma and no key: a line that fails the
        // place test as written fails it collapsed, and is not copied.
        if (need_place && !has_place_prefix(raw, first_word)) continue;
        const std::string piece = text::collapse_spaces(raw);
        if (!piece.empty() && (!need_place || has_place_prefix(piece, first_word)))
            if (auto d = dated_line(piece)) return d;
    }
    return std::nullopt;
}

}  // namespace

std::optional<dates::civil_date> document_date(const document& doc) {
    for (const header_block::line& l : header_block::collect(doc))
        if (auto d = dated_line(l.text)) return d;
    std::optional<dates::civil_date> found;
    for_each_paragraph(doc.body, [&](const paragraph& p) {
        if (!found) found = from_lines(p.text(), true);
    });
    return found;
}

void date_extractor::extract(const document& doc, const item& it, submission& sub, const context&) const {
    if (!sub.document_date) {
        if (const auto d = document_date(doc)) {
            sub.document_date = dates::to_iso(*d);
        } else {
            sub.problems.push_back(problem{
                error_code::no_document_date,
                "no place-and-date line (such as \"Can Lộc, ngày 28 tháng 9 năm 2013\") in the header or by the signature"});
        }
    }
    if (!sub.received_at) sub.received_at = it.env.received_at;
    if (sub.sender.empty()) sub.sender = it.env.sender;
    if (sub.message_key.empty()) sub.message_key = it.env.message_key;
    if (sub.attachment_name.empty()) sub.attachment_name = it.env.attachment_name;
}

}  // namespace baocao::date_extract
