// SPDX-License-Identifier: Apache-2.0
// A unit that sent a broken file has reported; what it owes is a readable
// copy. The file's own name is the only clue for a loose file, so a unit is
// named from it only when one unit's name fits it best.

#include "rejected_files.hpp"

#include "key_text.hpp"

#include <baocao/sdk/text.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace baocao::deadline {

namespace {

/// The file name at the end of a source ("inbox/a.eml#Báo cáo.doc" → "Báo cáo.doc").
std::string file_name_of(const std::string& source) {
    const std::size_t cut = source.find_last_of("#/");
    return cut == std::string::npos ? source : source.substr(cut + 1);
}

std::string extension_of(const std::string& name) {
    const std::size_t dot = name.find_last_of('.');
    return dot == std::string::npos ? std::string() : text::to_lower(name.substr(dot + 1));
}

/// A name a Word or OpenDocument text goes by: such a file refused as not a
/// document is a damaged one, not another kind of file.
bool is_word_name(const std::string& ext) {
    return ext == "docx" || ext == "docm" || ext == "dotx" || ext == "dotm" || ext == "odt" || ext == "ott";
}

/// A file of another kind than a report (a PDF, a spreadsheet, another
/// package), refused as such: not a damaged report.
bool is_other_kind(const rejection& f) {
    return f.code == "unsupported_format" || (f.code == "not_docx" && !is_word_name(extension_of(file_name_of(f.source))));
}

const roster_unit* unit_by_file_name(const std::string& source, const roster& r) {
    std::string name = file_name_of(source);
    if (const std::size_t dot = name.find_last_of('.'); dot != std::string::npos) name.erase(dot);
    const std::string key = text::match_key(name);
    const roster_unit* best = nullptr;
    std::size_t best_length = 0;
    bool tie = false;
    for (const roster_unit& u : r.units) {
        std::size_t longest = 0;
        std::vector<std::string> names = u.aliases;
        names.push_back(u.name);
        for (const std::string& n : names) {
            const std::string k = text::match_key(n);
            if (k.find(' ') == std::string::npos || !has_words(key, k)) continue;
            longest = std::max(longest, k.size());
        }
        if (longest == 0) continue;
        if (longest > best_length) best = &u, best_length = longest, tie = false;
        else if (longest == best_length && best != &u) tie = true;
    }
    return tie ? nullptr : best;
}

}  // namespace

void attribute_rejections(std::vector<rejection>& rejected, const roster& r, const std::vector<submission>& submissions) {
    std::map<std::string, const roster_unit*> by_address;
    for (const roster_unit& u : r.units)
        for (const std::string& e : u.emails) by_address.emplace(e, &u);
    // The roster units the readable files of each message come from.
    std::map<std::string, std::set<const roster_unit*>> units_of_message;
    for (const submission& s : submissions)
        if (!s.message_key.empty() && s.unit)
            if (const roster_unit* u = r.find(s.unit->id)) units_of_message[s.message_key].insert(u);
    for (rejection& rej : rejected) {
        const roster_unit* unit = nullptr;
        if (const auto it = by_address.find(text::to_lower(rej.sender)); it != by_address.end()) unit = it->second;
        if (!unit && rej.sender.empty()) unit = unit_by_file_name(rej.source, r);
        if (const auto it = units_of_message.find(rej.message_key); !unit && it != units_of_message.end() && it->second.size() == 1)
            unit = *it->second.begin();
        if (unit) rej.unit = unit_ref{unit->id, unit->name, unit->level};
    }
}

std::string unread_companions_note(const std::vector<const rejection*>& files, const std::vector<const submission*>& counted) {
    bool damaged = false, locked = false;
    for (const rejection* f : files) {
        if (f->message_key.empty()) continue;
        const bool companion = std::any_of(counted.begin(), counted.end(),
                                           [&](const submission* s) { return s->message_key == f->message_key; });
        // A file of another kind beside the report (the signed scan as a PDF,
        // a photo) was not meant to be read: nothing to ask for.
        if (!companion || is_other_kind(*f)) continue;
        (f->code == "encrypted" ? locked : damaged) = true;
    }
    if (damaged && locked) return "tệp gửi kèm bị lỗi hoặc có đặt mật khẩu, đề nghị gửi lại";
    if (locked) return "tệp gửi kèm có đặt mật khẩu, đề nghị gửi lại bản không đặt mật khẩu";
    if (damaged) return "tệp gửi kèm bị lỗi, đề nghị gửi lại";
    return {};
}

std::string unreadable_note(const std::vector<const rejection*>& files) {
    std::vector<std::string> clauses;
    for (const rejection* f : files) {
        const std::string ext = extension_of(file_name_of(f->source));
        std::string clause;
        if (f->code == "no_attachment")
            clause = "thư không kèm tệp báo cáo, đề nghị gửi lại";
        else if (f->code == "corrupt_mime")
            clause = "thư bị lỗi, đề nghị gửi lại";
        else if (f->code == "encrypted" && (f->message.find("S/MIME") != std::string::npos || f->message.find("PGP") != std::string::npos))
            // The mail itself, not a file in it: encrypted for the recipient's key.
            clause = "thư được mã hóa, đề nghị gửi lại thư không mã hóa";
        else if (f->code == "encrypted")
            clause = "tệp có đặt mật khẩu, đề nghị gửi lại bản không đặt mật khẩu";
        else if (f->code == "unsupported_format" && ext == "pdf")
            clause = "gửi tệp PDF, đề nghị gửi lại bản .docx";
        else if (f->code == "unsupported_format" && ext == "doc")
            // Word 97-2003 files are read: a .doc refused is a Word 6/95 one or another
            // kind of file under that name (a web page, Word 2003 XML).
            clause = "tệp .doc không đọc được, đề nghị gửi lại bản .docx";
        else if (f->code == "unsupported_format" && f->message.find("a link to a file on the sender's computer") != std::string::npos)
            // Outlook's "attach as link": the mail holds a path on the sender's disk, not the file.
            clause = "thư chỉ kèm đường dẫn tới tệp trên máy người gửi, đề nghị gửi kèm tệp báo cáo";
        else if (f->code == "unsupported_format" && f->message.find("multi-volume") != std::string::npos)
            // One volume of a RAR set split over several files.
            clause = "tệp nén bị chia thành nhiều phần, đề nghị gửi lại trong một tệp";
        else if (is_other_kind(*f))
            // A spreadsheet, a presentation, another kind of package: not damaged, not a report.
            clause = "tệp không đúng định dạng, đề nghị gửi lại bản .docx";
        else
            clause = "tệp bị lỗi, đề nghị gửi lại";
        if (std::find(clauses.begin(), clauses.end(), clause) == clauses.end()) clauses.push_back(clause);
    }
    std::string out;
    for (const std::string& c : clauses) out += (out.empty() ? "" : "; ") + c;
    return out;
}

}  // namespace baocao::deadline
