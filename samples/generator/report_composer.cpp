// SPDX-License-Identifier: Apache-2.0
// The body of a report. Each section draws several alternatives from the
// phrase bank; which sections exist, their order, headings and numbering vary
// per report so that section matching is tested on more than one layout.

#include "report_composer.hpp"

#include "text_util.hpp"

#include <algorithm>
#include <cstdio>

namespace baocao::samplegen {

namespace {

constexpr int item_leadership = 1;
constexpr int item_results = 2;
constexpr int item_front = 3;
constexpr int item_outlook = 4;

std::size_t scaled(report_builder& b, int lo, int hi) {
    return static_cast<std::size_t>(b.rng().between(lo, hi) * b.options().length);
}

// Labelling policy: the provincial synthesis reports under item 3 what the
// Front and the mass organizations did, and such a body's own report is
// exactly that. So in its report the results (models, fields, commendation,
// the statistics table) and the strengths of the assessment serve item 3; its
// shortcomings, their causes and its lessons stay with item 2, which asks for
// what fell short. Only the labels differ: the document is the same.
int own_results_item(report_builder& b) { return b.profile().organization ? item_front : item_results; }

const std::string& pick_heading(report_builder& b, heading_kind k) { return b.rng().pick(heading_variants(k)); }

void fill_vars(report_builder& b) {
    const unit_profile& p = b.profile();
    random_source& rng = b.rng();
    report_vars& v = b.vars();
    auto& m = v.values;
    m["collective"] = p.collective;
    m["self"] = p.self;
    m["place"] = p.place;
    m["symbol"] = p.symbol.empty() ? "BTV" : p.symbol;
    m["area_noun"] = p.area_noun;
    m["grassroots"] = p.grassroots;
    m["gr_unit"] = p.grassroots_one;
    m["people"] = p.people;
    const bool district = p.area_noun == "huyện" || p.area_noun == "thành phố" || p.area_noun == "thị xã";
    m["area"] = district ? "toàn " + p.area_noun : (p.area_noun == "Đảng bộ" ? "toàn Đảng bộ" : "toàn tỉnh");
    if (district) m["district"] = "1";
    m["members_word"] = district ? "nhân khẩu"
                        : p.area_noun == "Đảng bộ" ? "đảng viên"
                        : p.id == "tinh-doan" ? "đoàn viên"
                        : p.id == "ldld" ? "đoàn viên công đoàn"
                        : p.id == "mttq" ? "thành viên" : "hội viên";
    m["area_title"] = district ? capitalize_first(p.area_noun) + " " + p.place
                               : (p.area_noun == "Đảng bộ" ? "Đảng bộ" + p.self.substr(p.self.find(' ')) : p.self);
    m["gr_count"] = std::to_string(district ? p.localities.size() + static_cast<std::size_t>(rng.between(2, 6))
                                            : static_cast<std::size_t>(rng.between(28, 260)));
    const long long district_models = rng.between(6, 24);
    const long long grass_models = rng.between(60, 320);
    m["models_district"] = std::to_string(district_models);
    m["models_grassroots"] = std::to_string(grass_models);
    m["models_total"] = std::to_string(district_models + grass_models);
    m["praise_col"] = std::to_string(rng.between(18, 95));
    m["praise_ind"] = std::to_string(rng.between(30, 160));
    m["docs"] = std::to_string(rng.between(12, 68));
    v.localities = p.localities;
    v.models = p.models;
    for (const std::string& s : common_models()) v.models.push_back(s);
}

/// Splits `total` into four positive parts (models per field).
std::vector<long long> split4(random_source& rng, long long total) {
    std::vector<long long> w{rng.between(30, 45), rng.between(20, 35), rng.between(10, 20), rng.between(15, 25)};
    long long sum = 0;
    for (long long x : w) sum += x;
    std::vector<long long> parts;
    long long used = 0;
    for (std::size_t i = 0; i < 3; ++i) {
        parts.push_back(std::max(1LL, total * w[i] / sum));
        used += parts.back();
    }
    parts.push_back(std::max(1LL, total - used));
    return parts;
}

void stats_table(report_builder& b) {
    auto& m = b.vars().values;
    const long long district = std::stoll(m["models_district"]);
    const long long grass = std::stoll(m["models_grassroots"]);
    const auto d = split4(b.rng(), district);
    const auto g = split4(b.rng(), grass);
    b.body_para("Kết quả xây dựng mô hình “Dân vận khéo” theo lĩnh vực được thống kê tại bảng sau:", own_results_item(b));
    std::vector<std::vector<std::string>> cells{{"TT", "Lĩnh vực", "Cấp " + b.profile().area_noun, "Cấp cơ sở", "Tổng số"}};
    const char* fields[] = {"Kinh tế", "Văn hóa - xã hội", "Quốc phòng - an ninh", "Xây dựng hệ thống chính trị"};
    long long dt = 0, gt = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        cells.push_back({std::to_string(i + 1), fields[i], std::to_string(d[i]), std::to_string(g[i]), std::to_string(d[i] + g[i])});
        dt += d[i];
        gt += g[i];
    }
    cells.push_back({"", "Cộng", std::to_string(dt), std::to_string(gt), std::to_string(dt + gt)});
    b.body_table(cells, {567, 3402, 1701, 1701, 1843}, own_results_item(b));
}

// A reviewer corrected the model count and added a sentence; Word keeps both
// versions until the changes are accepted. The truth is the accepted text.
void tracked_paragraph(report_builder& b) {
    auto& m = b.vars().values;
    const std::string total = m["models_total"];
    const std::string old_total = std::to_string(std::stoll(total) - b.rng().between(3, 15));
    const std::string before = "Qua 5 năm thực hiện, " + m["area"] + " đã xây dựng được ";
    const std::string after = " mô hình “Dân vận khéo” ở các cấp, nhiều mô hình được nhân rộng.";
    const std::string added = " Trong đó có " + std::to_string(b.rng().between(9, 30)) +
                              " mô hình được Ban Dân vận Tỉnh ủy chọn giới thiệu tại hội nghị sơ kết cấp tỉnh.";
    std::vector<run_spec> rs = b.runs(before);
    const char* author = "Ban Dân vận";
    for (run_spec r : b.runs(old_total)) {
        r.change = change_kind::deleted;
        r.author = author;
        r.date = "2013-09-27T08:30:00Z";
        rs.push_back(r);
    }
    for (run_spec r : b.runs(total)) {
        r.change = change_kind::inserted;
        r.author = author;
        r.date = "2013-09-27T08:31:00Z";
        rs.push_back(r);
    }
    for (const run_spec& r : b.runs(after)) rs.push_back(r);
    for (run_spec r : b.runs(added)) {
        r.change = change_kind::inserted;
        r.author = author;
        r.date = "2013-09-27T08:33:00Z";
        rs.push_back(r);
    }
    b.body_para_runs(std::move(rs), before + total + after + added, own_results_item(b));
}

void leadership_section(report_builder& b) {
    b.heading(1, pick_heading(b, heading_kind::leadership), item_leadership);
    if (b.rng().chance(0.6)) {
        b.heading(2, pick_heading(b, heading_kind::dissemination), item_leadership);
        b.topic_paras(topic::dissemination, scaled(b, 2, 3), item_leadership);
        b.heading(2, pick_heading(b, heading_kind::documents), item_leadership);
        b.topic_paras(topic::documents, scaled(b, 1, 3), item_leadership);
        if (b.rng().chance(0.5)) {
            b.heading(2, pick_heading(b, heading_kind::steering), item_leadership);
            b.topic_paras(topic::steering, scaled(b, 1, 2), item_leadership);
        }
    } else {
        b.topic_paras(topic::dissemination, scaled(b, 2, 3), item_leadership);
        b.topic_paras(topic::documents, scaled(b, 1, 2), item_leadership);
        b.topic_paras(topic::steering, scaled(b, 1, 2), item_leadership);
    }
}

void front_paragraphs(report_builder& b) {
    b.topic_paras(topic::front_organizations, scaled(b, 2, 4), item_front);
    b.topic_paras(topic::new_countryside, scaled(b, 1, 3), item_front);
}

void results_section(report_builder& b, bool front_inside) {
    const report_options& opt = b.options();
    const int results = own_results_item(b);
    b.heading(1, pick_heading(b, heading_kind::results), results);
    b.heading(2, pick_heading(b, heading_kind::models), results);
    if (opt.tracked_changes) tracked_paragraph(b);
    b.topic_paras(topic::models, scaled(b, 2, 4), results);
    if (opt.stats_table) stats_table(b);
    b.topic_paras(topic::fields, scaled(b, 1, 2), results);
    if (front_inside) {
        b.heading(2, pick_heading(b, heading_kind::front), item_front);
        front_paragraphs(b);
    }
    b.heading(2, pick_heading(b, heading_kind::commendation), results);
    b.topic_paras(topic::commendation, scaled(b, 1, 1), results);
}

void assessment_section(report_builder& b) {
    const int strengths = own_results_item(b);
    b.heading(1, pick_heading(b, heading_kind::assessment), strengths);
    if (!b.options().assessment_block) {
        b.topic_paras(topic::strengths, scaled(b, 1, 2), strengths);
        b.topic_paras(topic::weaknesses, scaled(b, 1, 2), item_results);
        return;
    }
    b.heading(2, pick_heading(b, heading_kind::strengths), strengths);
    b.topic_paras(topic::strengths, scaled(b, 2, 3), strengths);
    b.heading(2, pick_heading(b, heading_kind::weaknesses), item_results);
    b.topic_paras(topic::weaknesses, scaled(b, 2, 3), item_results);
    b.heading(2, pick_heading(b, heading_kind::causes), item_results);
    b.topic_paras(topic::causes, scaled(b, 2, 2), item_results);
    b.heading(2, pick_heading(b, heading_kind::lessons), item_results);
    // Lessons read "Một là ..., Hai là ..." in order, so they are not shuffled.
    const auto& lessons = phrases(topic::lessons);
    const std::size_t n = std::min<std::size_t>(lessons.size() - 1, scaled(b, 3, 4));
    for (std::size_t i = 0; i < n; ++i) b.body_para(expand(lessons[i], b.vars(), b.rng()), item_results);
}

void outlook_sections(report_builder& b, bool numbered_sections) {
    if (!numbered_sections) {
        b.topic_paras(topic::direction, scaled(b, 1, 2), item_outlook);
        b.topic_paras(topic::solutions, scaled(b, 3, 4), item_outlook);
        b.topic_paras(topic::recommendations, scaled(b, 1, 3), item_outlook);
        return;
    }
    b.heading(1, pick_heading(b, heading_kind::direction), item_outlook);
    b.topic_paras(topic::direction, scaled(b, 1, 2), item_outlook);
    if (b.options().shape == report_shape::parts) {
        b.heading(1, pick_heading(b, heading_kind::solutions), item_outlook);
    } else {
        b.heading(2, pick_heading(b, heading_kind::solutions), item_outlook);
    }
    b.topic_paras(topic::solutions, scaled(b, 3, 4), item_outlook);
    b.heading(1, pick_heading(b, heading_kind::recommendations), item_outlook);
    b.topic_paras(topic::recommendations, scaled(b, 1, 3), item_outlook);
}

void flat_body(report_builder& b) {
    const report_options& opt = b.options();
    const bool front_inside = !opt.skip_front && !opt.front_own_section;
    if (opt.results_first) {
        results_section(b, front_inside);
        leadership_section(b);
    } else {
        leadership_section(b);
        results_section(b, front_inside);
    }
    if (!opt.skip_front && opt.front_own_section) {
        b.heading(1, pick_heading(b, heading_kind::front), item_front);
        front_paragraphs(b);
    }
    assessment_section(b);
    outlook_sections(b, true);
}

void parts_body(report_builder& b) {
    const report_options& opt = b.options();
    b.part_heading("Phần thứ nhất", "Kết quả 5 năm thực hiện Chỉ thị 32-CT/TU", std::nullopt);
    b.heading(1, pick_heading(b, heading_kind::context), std::nullopt);
    b.topic_paras(topic::context, scaled(b, 1, 2), std::nullopt);
    const bool front_inside = !opt.skip_front && !opt.front_own_section;
    if (opt.results_first) {
        results_section(b, front_inside);
        leadership_section(b);
    } else {
        leadership_section(b);
        results_section(b, front_inside);
    }
    if (!opt.skip_front && opt.front_own_section) {
        b.heading(1, pick_heading(b, heading_kind::front), item_front);
        front_paragraphs(b);
    }
    assessment_section(b);
    b.part_heading("Phần thứ hai", "Phương hướng, nhiệm vụ, giải pháp trong thời gian tới", item_outlook);
    b.restart_numbering();
    outlook_sections(b, !opt.part_without_headings);
}

}  // namespace

composed_report compose_report(const report_options& opt) {
    random_source rng(opt.seed);
    report_builder b(opt, rng);
    fill_vars(b);
    const unit_profile& p = b.profile();
    std::string number = p.number_form;
    number.replace(number.find("{n}"), 3, std::to_string(opt.number));
    add_header(b, number);
    add_title(b);
    if (!opt.replaces.empty()) b.body_para("(Báo cáo này thay thế Báo cáo số " + opt.replaces + ")", std::nullopt);
    b.topic_paras(topic::opening, 1, std::nullopt);
    if (opt.shape == report_shape::parts)
        parts_body(b);
    else
        flat_body(b);
    b.topic_paras(topic::closing, 1, std::nullopt);
    add_signature(b);
    composed_report r = b.finish();
    r.number = number.substr(number.find_first_of("0123456789"));
    r.doc.title = "Báo cáo sơ kết 5 năm thực hiện Chỉ thị 32-CT/TU - " + p.self + (p.party_style && p.area_noun != "Đảng bộ" ? " " + p.place : "");
    r.doc.creator = invented_name(rng.next());
    char stamp[32];
    std::snprintf(stamp, sizeof stamp, "%04d-%02d-%02dT%02d:%02d:00Z", opt.date.year, opt.date.month, opt.date.day,
                  static_cast<int>(rng.between(1, 9)), static_cast<int>(rng.between(0, 59)));
    r.doc.created = stamp;
    r.doc.modified = stamp;
    return r;
}

}  // namespace baocao::samplegen
