// SPDX-License-Identifier: Apache-2.0
// The frame follows the Party format (party-report-format.md): the issuer's
// lines and number on the left, the party heading and the date on the right,
// the signature matching the issuer of the header. Two issuers are ready:
// the Standing Committee's own report and the Ban Dân vận's.
#include "masthead.hpp"
#include "draft_text.hpp"
#include "reporters.hpp"
#include "vietnamese_forms.hpp"

#include <baocao/sdk/dates.hpp>
#include <baocao/sdk/text.hpp>

#include <Poco/JSON/Array.h>

#include <set>
#include <stdexcept>

namespace baocao::synthesis {

namespace {

constexpr const char* blank_number = "Số      -";
constexpr const char* placeholder = "..........";

/// Text from inputs is made safe for XML and Markdown once, here.

std::string string_setting(const Poco::JSON::Object::Ptr& settings, const std::string& key) {
    if (!settings || !settings->has(key)) return {};
    const auto v = settings->get(key);
    if (v.isEmpty()) return {};
    if (!v.isString()) throw std::invalid_argument("setting \"" + key + "\" must be a string");
    return clean(v.convert<std::string>());
}

/// A string (lines separated by "\n") or an array of strings.
std::vector<std::string> lines_setting(const Poco::JSON::Object::Ptr& settings, const std::string& key) {
    std::vector<std::string> out;
    if (!settings || !settings->has(key)) return out;
    if (settings->isArray(key)) {
        const auto arr = settings->getArray(key);
        for (std::size_t i = 0; arr && i < arr->size(); ++i) {
            const auto v = arr->get(i);
            if (!v.isString()) throw std::invalid_argument("setting \"" + key + "\" must hold strings");
            out.push_back(clean(v.convert<std::string>()));
        }
        return out;
    }
    for (auto& line : paragraphs_of(string_setting(settings, key))) out.push_back(std::move(line));
    return out;
}

/// "Ban Thường vụ Tỉnh ủy" for a plan numbered ".../TU": who issued the plan, in running text.
std::string plan_issuer_phrase(const plan_spec& plan) {
    const auto suffix = number_suffix(plan.number);
    if (suffix == "TU") return "Ban Thường vụ Tỉnh ủy";
    if (suffix == "HU") return "Ban Thường vụ Huyện ủy";
    return {};
}

/// The province's body from the plan ("TỈNH ỦY HÀ TĨNH"), the plan's issuer line when it has one.
std::string provincial_body(const plan_spec& plan) {
    auto body = text::collapse_spaces(clean(plan.issuing_body));
    if (body.empty()) return "TỈNH ỦY";
    body = text::to_upper(body);
    // A plan of the Ban Dân vận names the province first: keep that part.
    if (const auto pos = body.find(" BAN "); pos != std::string::npos) body.resize(pos);
    return body;
}

}  // namespace

options options_from_settings(const Poco::JSON::Object::Ptr& settings) {
    options o;
    const auto who = string_setting(settings, "issuer");
    if (who.empty() || who == "standing-committee") o.issuer = issuer::standing_committee;
    else if (who == "dan-van") o.issuer = issuer::dan_van;
    else throw std::invalid_argument("setting \"issuer\" must be \"standing-committee\" or \"dan-van\"");
    o.issuing_body = lines_setting(settings, "issuing_body");
    o.symbol = string_setting(settings, "symbol");
    o.place = string_setting(settings, "place");
    o.title = string_setting(settings, "title");
    o.opening = lines_setting(settings, "opening");
    o.signature_authority = string_setting(settings, "signature_authority");
    o.signature_position = string_setting(settings, "signature_position");
    o.signer = string_setting(settings, "signer");
    o.recipients = lines_setting(settings, "recipients");
    o.author = string_setting(settings, "author");
    if (settings && settings->has("fill_date")) {
        const auto v = settings->get("fill_date");
        if (!v.isBoolean()) throw std::invalid_argument("setting \"fill_date\" must be true or false");
        o.fill_date = v.convert<bool>();
    }
    const auto excerpts = string_setting(settings, "excerpts");
    if (excerpts.empty() || excerpts == "appendix") o.excerpts = true;
    else if (excerpts == "none") o.excerpts = false;
    else throw std::invalid_argument("setting \"excerpts\" must be \"appendix\" or \"none\"");
    return o;
}

namespace {

/// The reports that count in the draft but answer to no unit of the roster:
/// "Ngoài ra, đã nhận được báo cáo của 8 đơn vị ngoài danh sách và 1 báo cáo
/// chưa xác định được đơn vị gửi." The body counts them among the units that
/// said a thing, so the opening says where they come from. "" when none.
std::string outside_reports_sentence(const run_result& run) {
    std::set<std::string> roster_ids;
    for (const auto& u : run.units) roster_ids.insert(u.id);
    std::size_t outside = 0, unknown = 0;
    for (const auto& r : reporters(run)) {
        if (r.remark == unknown_unit_remark) ++unknown;
        else if (!roster_ids.count(r.unit_id)) ++outside;   // a unit of another roster, or a body ("" id)
    }
    std::vector<std::string> parts;
    if (outside) parts.push_back("báo cáo của " + vn_number(static_cast<double>(outside)) + " đơn vị ngoài danh sách");
    if (unknown) parts.push_back(vn_number(static_cast<double>(unknown)) + " báo cáo chưa xác định được đơn vị gửi");
    if (parts.empty()) return {};
    return "Ngoài ra, đã nhận được " + (parts.size() == 2 ? parts[0] + " và " + parts[1] : parts[0]) + ".";
}

}  // namespace

std::vector<std::string> opening_paragraphs(const run_result& run, const options& opts, std::int64_t now, int offset) {
    if (!opts.opening.empty()) return opts.opening;
    const auto& plan = run.plan;
    std::vector<std::string> out;
    std::string first;
    const std::string who = opts.issuer == issuer::dan_van ? "Ban Dân vận Tỉnh ủy" : "Ban Thường vụ Tỉnh ủy";
    if (!plan.number.empty()) {
        first = "Thực hiện " + (plan.kind.empty() ? std::string("Kế hoạch") : sentence_case(plan.kind)) + " số " +
                clean(plan.number);
        if (!plan.date.empty()) first += ", ngày " + vn_date_short(plan.date);
        if (const auto by = plan_issuer_phrase(plan); !by.empty()) first += " của " + by;
        if (const auto title = text::collapse_spaces(clean(plan.title)); !title.empty()) first += " về " + title;
        first += "; trên cơ sở báo cáo của các địa phương, đơn vị, " + who + " tổng hợp, báo cáo kết quả như sau:";
    } else {
        first = "Trên cơ sở báo cáo của các địa phương, đơn vị, " + who + " tổng hợp, báo cáo kết quả như sau:";
    }
    out.push_back(std::move(first));

    if (!run.units.empty()) {
        std::size_t on_time = 0, late = 0, undetermined = 0, unreadable = 0, not_yet_due = 0, missing = 0;
        for (const auto& u : run.units) {
            if (u.status == "on_time") ++on_time;
            else if (u.status == "late") ++late;
            else if (u.status == "missing") ++missing;
            else if (u.status == "unreadable") ++unreadable;
            else if (u.status == "not_yet_due") ++not_yet_due;
            else ++undetermined;
        }
        const auto today = dates::to_iso(dates::date_at_offset(now, offset));
        // Only readable reports count as received: a unit whose file cannot be
        // opened still owes its report, and says so on its own.
        const auto count = [](std::size_t n) { return vn_number(static_cast<double>(n)); };
        std::string s = "Tính đến ngày " + vn_date(today) + ", đã nhận được báo cáo của " +
                        count(on_time + late + undetermined) + "/" + count(run.units.size()) + " đơn vị (" +
                        count(on_time) + " đúng hạn, " + count(late) + " chậm";
        if (undetermined) s += ", " + count(undetermined) + " chưa xác định được thời hạn";
        s += ")";
        if (unreadable) s += "; " + count(unreadable) + " đơn vị đã gửi nhưng tệp không đọc được, đề nghị gửi lại";
        if (not_yet_due) s += "; " + count(not_yet_due) + " đơn vị chưa đến hạn nộp";
        if (missing) s += "; " + count(missing) + " đơn vị chưa nộp báo cáo";
        s += " (chi tiết tại Phụ lục 1).";
        if (const auto others = outside_reports_sentence(run); !others.empty()) s += " " + others;
        out.push_back(std::move(s));
    }
    return out;
}

draft::masthead make_masthead(const run_result& run, const options& opts, std::int64_t now, int utc_offset_minutes) {
    const auto& plan = run.plan;
    const auto today = dates::date_at_offset(now, utc_offset_minutes);
    const bool dan_van = opts.issuer == issuer::dan_van;
    draft::masthead m;

    if (!opts.issuing_body.empty()) m.issuer_lines = opts.issuing_body;
    else if (dan_van) m.issuer_lines = {provincial_body(plan), "BAN DÂN VẬN"};
    else m.issuer_lines = {provincial_body(plan)};

    std::string symbol = opts.symbol;
    if (symbol.empty()) symbol = dan_van ? "BC/BDVTU" : "BC/TU";
    m.number_line = blank_number + symbol;
    m.party_heading = "ĐẢNG CỘNG SẢN VIỆT NAM";
    std::string place = opts.place.empty() ? text::collapse_spaces(clean(plan.place)) : opts.place;
    if (place.empty()) place = placeholder;
    const std::string day_month = opts.fill_date ? std::to_string(today.day) + " tháng " + std::to_string(today.month)
                                                 : std::string("     tháng     ");
    m.place_date = place + ", ngày " + day_month + " năm " + std::to_string(today.year);

    m.kind = "BÁO CÁO";
    m.summary = clean(opts.title.empty() ? summary_from_plan(plan) : opts.title);
    const std::string to = dan_van ? "Ban Thường vụ Tỉnh ủy" : "Ban Dân vận Trung ương";
    m.closing = "Trên đây là báo cáo " + m.summary + ", " + (dan_van ? "Ban Dân vận Tỉnh ủy" : "Ban Thường vụ Tỉnh ủy") +
                " báo cáo " + to + " để theo dõi, chỉ đạo./.";

    m.recipients_heading = "Nơi nhận:";
    if (!opts.recipients.empty()) m.recipients = opts.recipients;
    else if (dan_van)
        m.recipients = {"- Thường trực Tỉnh ủy (để b/c);", "- Ban Dân vận Trung ương (để b/c);",
                        "- Các huyện, thành, thị ủy, đảng ủy trực thuộc;",
                        "- MTTQ và các đoàn thể chính trị - xã hội tỉnh;", "- Lưu VT."};
    else
        m.recipients = {"- Ban Dân vận Trung ương (để b/c);", "- Thường trực Tỉnh ủy;",
                        "- Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy;", "- Ban Dân vận Tỉnh ủy;",
                        "- Các huyện, thành, thị ủy, đảng ủy trực thuộc;",
                        "- MTTQ và các đoàn thể chính trị - xã hội tỉnh;", "- Lưu VPTU."};
    const std::string authority = dan_van ? "TRƯỞNG BAN" : "T/M BAN THƯỜNG VỤ";
    const std::string position = dan_van ? "" : "(chức vụ)";
    m.signature = {opts.signature_authority.empty() ? authority : opts.signature_authority};
    if (!opts.signature_position.empty()) m.signature.push_back(opts.signature_position);
    else if (!position.empty()) m.signature.push_back(position);
    m.signature.insert(m.signature.end(), {"", "", ""});
    m.signature.push_back(opts.signer.empty() ? std::string("(họ và tên)") : opts.signer);

    m.appendix_title = "PHỤ LỤC";
    m.appendix_note = "(Kèm theo Báo cáo số      -" + symbol + ", ngày      tháng      năm " + std::to_string(today.year) + ")";
    m.doc_title = m.kind + " " + m.summary;
    m.author = opts.author.empty() ? std::string("baocao") : opts.author;
    m.created = now;
    m.utc_offset_minutes = utc_offset_minutes;
    return m;
}

}  // namespace baocao::synthesis
