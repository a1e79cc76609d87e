#include "model/draft_builder.hpp"
#include "model/draft_text.hpp"

#include <baocao/sdk/dates.hpp>
#include <baocao/sdk/text.hpp>

#include <Poco/JSON/Array.h>

#include <map>
#include <stdexcept>

namespace baocao::draft {

namespace {

constexpr const char* blank_number = "Số      -";
constexpr const char* default_commission = "BAN DÂN VẬN";
constexpr const char* placeholder = "..........";

/// Text from inputs is made safe for XML and Markdown once, here.
std::string clean(std::string_view s) { return text::sanitize_utf8(s); }

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

/// The file a report came in, for naming a report of no known unit.
std::string file_of(const submission& s) {
    if (!s.attachment_name.empty()) return clean(s.attachment_name);
    auto name = s.source;
    if (const auto hash = name.rfind('#'); hash != std::string::npos) name = name.substr(hash + 1);
    else if (const auto slash = name.rfind('/'); slash != std::string::npos) name = name.substr(slash + 1);
    return clean(name);
}

/// "Ban Thường vụ Tỉnh ủy" for a plan numbered ".../TU": who issued the plan, in running text.
std::string plan_issuer_phrase(const plan_spec& plan) {
    const auto suffix = number_suffix(plan.number);
    if (suffix == "TU") return "Ban Thường vụ Tỉnh ủy";
    if (suffix == "HU") return "Ban Thường vụ Huyện ủy";
    return {};
}

std::vector<std::string> opening_paragraphs(const run_result& run, std::int64_t now, int offset) {
    const auto& plan = run.plan;
    std::vector<std::string> out;
    std::string first;
    if (!plan.number.empty()) {
        first = "Thực hiện " + (plan.kind.empty() ? std::string("Kế hoạch") : sentence_case(plan.kind)) + " số " +
                clean(plan.number);
        if (!plan.date.empty()) first += ", ngày " + vn_date_short(plan.date);
        if (const auto who = plan_issuer_phrase(plan); !who.empty()) first += " của " + who;
        if (const auto title = text::collapse_spaces(clean(plan.title)); !title.empty()) first += " về " + title;
        first += ", trên cơ sở báo cáo của các địa phương, đơn vị, kết quả được tổng hợp như sau:";
    } else {
        first = "Trên cơ sở báo cáo của các địa phương, đơn vị, kết quả được tổng hợp như sau:";
    }
    out.push_back(std::move(first));

    if (!run.units.empty()) {
        std::size_t on_time = 0, late = 0, other = 0, missing = 0;
        for (const auto& u : run.units) {
            if (u.status == "on_time") ++on_time;
            else if (u.status == "late") ++late;
            else if (u.status == "missing") ++missing;
            else ++other;
        }
        const auto today = dates::to_iso(dates::date_at_offset(now, offset));
        std::string s = "Tính đến ngày " + vn_date(today) + ", đã nhận được báo cáo của " +
                        std::to_string(on_time + late + other) + "/" + std::to_string(run.units.size()) +
                        " đơn vị (" + std::to_string(on_time) + " đúng hạn, " + std::to_string(late) + " chậm";
        if (other) s += ", " + std::to_string(other) + " chưa xác định được thời hạn";
        s += ")";
        if (missing) s += "; " + std::to_string(missing) + " đơn vị chưa nộp báo cáo";
        s += " (chi tiết tại Phụ lục).";
        out.push_back(std::move(s));
    }
    return out;
}

/// The paragraphs a unit wrote under one item, across its counted submissions.
/// A section with a heading but no body still counts as mentioning the item.
std::optional<std::vector<std::string>> unit_text(const reporter& r, const std::string& item_id) {
    std::optional<std::vector<std::string>> out;
    for (const auto* s : r.submissions)
        for (const auto& sec : s->sections) {
            if (sec.item != item_id) continue;
            if (!out) out.emplace();
            auto paras = paragraphs_of(clean(sec.text));
            if (paras.empty() && !text::trim(sec.heading).empty()) paras.push_back(text::trim(clean(sec.heading)));
            for (auto& p : paras) out->push_back(std::move(p));
        }
    return out;
}

/// The submission day of a unit: the checker's earliest day, else the counting submission's own day.
std::string submitted_day(const run_result& run, const unit_status& u, int offset) {
    if (u.submitted_on) return vn_date(*u.submitted_on);
    if (!u.submission) return {};
    for (const auto& s : run.submissions) {
        if (s.source != *u.submission) continue;
        if (s.received_at) return vn_date(dates::to_iso(dates::date_at_offset(*s.received_at, offset)));
        if (s.document_date) return vn_date(*s.document_date);
    }
    return {};
}

std::vector<appendix_part> appendix_parts(const run_result& run, int offset) {
    std::vector<appendix_part> parts;

    appendix_part compliance;
    compliance.heading = "1. Tình hình nộp báo cáo";
    table t;
    t.header = {"STT", "Đơn vị", "Cấp", "Hạn nộp", "Ngày nộp", "Tình trạng"};
    t.widths = {8, 27, 16, 16, 16, 17};
    t.centered = {true, false, false, true, true, false};
    std::vector<std::string> missing, late, undetermined;
    std::size_t index = 0;
    for (const auto& u : run.units) {
        const auto day = submitted_day(run, u, offset);
        t.rows.push_back({std::to_string(++index), clean(u.name), level_label(u.level),
                          u.deadline ? vn_date(*u.deadline) : std::string(), day, status_label(u.status)});
        if (u.status == "missing") {
            missing.push_back(clean(u.name));
        } else if (u.status == "late") {
            std::string detail;
            if (!day.empty()) detail = "nộp ngày " + day;
            if (u.days_late) detail += (detail.empty() ? "" : ", ") + std::string("chậm ") + std::to_string(*u.days_late) + " ngày";
            late.push_back(clean(u.name) + (detail.empty() ? "" : " (" + detail + ")"));
        } else if (u.status != "on_time") {
            undetermined.push_back(clean(u.name));
        }
    }
    compliance.tables.push_back(std::move(t));
    parts.push_back(std::move(compliance));

    appendix_part lists;
    lists.heading = "2. Các đơn vị chưa nộp, nộp chậm báo cáo";
    if (missing.empty() && late.empty())
        lists.paragraphs.push_back("Không có đơn vị chưa nộp hoặc nộp chậm báo cáo.");
    if (!missing.empty())
        lists.bullets.push_back("Chưa nộp (" + std::to_string(missing.size()) + "): " + join(missing, ", ") + ".");
    if (!late.empty())
        lists.bullets.push_back("Nộp chậm (" + std::to_string(late.size()) + "): " + join(late, "; ") + ".");
    if (!undetermined.empty())
        lists.bullets.push_back("Chưa xác định được thời hạn (" + std::to_string(undetermined.size()) +
                                "): " + join(undetermined, ", ") + ".");
    if (!run.rejected.empty()) {
        std::vector<std::string> files;
        for (const auto& r : run.rejected) files.push_back(clean(r.source) + " (" + clean(r.code) + ")");
        lists.bullets.push_back("Tệp không đọc được (" + std::to_string(files.size()) + "): " + join(files, "; ") + ".");
    }
    parts.push_back(std::move(lists));

    if (auto tables = indicator_tables(run); !tables.empty()) {
        appendix_part figures;
        figures.heading = "3. Số liệu tổng hợp theo đơn vị và toàn tỉnh";
        figures.tables = std::move(tables);
        parts.push_back(std::move(figures));
    }
    return parts;
}

}  // namespace

options options_from_settings(const Poco::JSON::Object::Ptr& settings) {
    options o;
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
    return o;
}

std::vector<reporter> reporters(const run_result& run) {
    std::vector<reporter> roster_rows, outside, unknown;
    std::map<std::string, std::size_t> roster_index, outside_index;
    for (const auto& u : run.units) {
        roster_index.emplace(u.id, roster_rows.size());
        roster_rows.push_back({u.id, clean(u.name), {}});
    }
    for (const auto& s : run.submissions) {
        if (s.superseded_by) continue;
        if (!s.unit) {
            unknown.push_back({"", "Đơn vị chưa xác định (" + file_of(s) + ")", {&s}});
        } else if (const auto it = roster_index.find(s.unit->id); it != roster_index.end()) {
            roster_rows[it->second].submissions.push_back(&s);
        } else {
            const auto [pos, added] = outside_index.emplace(s.unit->id, outside.size());
            if (added) outside.push_back({s.unit->id, clean(s.unit->name), {}});
            outside[pos->second].submissions.push_back(&s);
        }
    }
    std::vector<reporter> out;
    for (auto* list : {&roster_rows, &outside, &unknown})
        for (auto& r : *list)
            if (!r.submissions.empty()) out.push_back(std::move(r));
    return out;
}

document build(const run_result& run, const options& opts, std::int64_t now, int utc_offset_minutes) {
    const auto& plan = run.plan;
    const auto today = dates::date_at_offset(now, utc_offset_minutes);
    document d;

    // Header block.
    if (!opts.issuing_body.empty()) {
        d.issuer_lines = opts.issuing_body;
    } else {
        const auto body = text::collapse_spaces(clean(plan.issuing_body));
        d.issuer_lines = {body.empty() ? std::string("TỈNH ỦY") : text::to_upper(body), default_commission};
    }
    std::string symbol = opts.symbol;
    if (symbol.empty()) {
        const auto suffix = number_suffix(plan.number);
        const auto body_initials = d.issuer_lines.size() > 1 ? initials(d.issuer_lines.back()) : std::string();
        symbol = "BC/" + body_initials + (suffix.empty() && body_initials.empty() ? std::string(placeholder) : suffix);
    }
    d.number_line = blank_number + symbol;
    d.party_heading = "ĐẢNG CỘNG SẢN VIỆT NAM";
    std::string place = opts.place.empty() ? text::collapse_spaces(clean(plan.place)) : opts.place;
    if (place.empty()) place = placeholder;
    const std::string day_month = opts.fill_date
                                      ? std::to_string(today.day) + " tháng " + std::to_string(today.month)
                                      : std::string("     tháng     ");
    d.place_date = place + ", ngày " + day_month + " năm " + std::to_string(today.year);

    // Title and opening.
    d.kind = "BÁO CÁO";
    d.summary = opts.title.empty() ? summary_from_plan(plan) : opts.title;
    d.summary = clean(d.summary);
    d.opening = opts.opening.empty() ? opening_paragraphs(run, now, utc_offset_minutes) : opts.opening;

    // One section per plan item, units in roster order.
    d.silent_label = "Các đơn vị chưa đề cập nội dung này:";
    d.nobody_label = "Chưa có đơn vị nào báo cáo nội dung này.";
    const auto counted = reporters(run);
    for (std::size_t i = 0; i < plan.items.size(); ++i) {
        const auto& item = plan.items[i];
        item_section sec;
        sec.label = roman(static_cast<int>(i) + 1) + ".";
        sec.full_title = text::collapse_spaces(clean(item.title));
        sec.heading = item_heading(sec.full_title);
        if (sec.heading.empty()) sec.heading = "Nội dung " + clean(item.id);
        for (const auto& r : counted) {
            if (auto paras = unit_text(r, item.id)) sec.units.push_back({r.name, std::move(*paras)});
            else sec.silent_units.push_back(r.name);
        }
        d.items.push_back(std::move(sec));
    }

    // Signature block.
    d.recipients_heading = "Nơi nhận:";
    d.recipients = opts.recipients.empty()
                       ? std::vector<std::string>{"- Ban Dân vận Trung ương (để b/c);", "- Thường trực Tỉnh ủy (để b/c);",
                                                  "- Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy;",
                                                  "- Các huyện, thành, thị ủy, đảng ủy trực thuộc;",
                                                  "- MTTQ và các đoàn thể chính trị - xã hội tỉnh;", "- Lưu."}
                       : opts.recipients;
    d.signature = {opts.signature_authority.empty() ? std::string("T/M BAN THƯỜNG VỤ") : opts.signature_authority,
                   opts.signature_position.empty() ? std::string("(chức vụ)") : opts.signature_position,
                   "", "", "",
                   opts.signer.empty() ? std::string("(họ và tên)") : opts.signer};

    // Appendix.
    d.appendix_title = "PHỤ LỤC";
    d.appendix_note = "(Kèm theo Báo cáo số      -" + symbol + ", ngày      tháng      năm " + std::to_string(today.year) + ")";
    d.appendix = appendix_parts(run, utc_offset_minutes);

    d.doc_title = d.kind + " " + d.summary;
    d.author = opts.author.empty() ? std::string("baocao") : opts.author;
    d.created = now;
    d.utc_offset_minutes = utc_offset_minutes;
    return d;
}

}  // namespace baocao::draft
