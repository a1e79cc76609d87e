// SPDX-License-Identifier: Apache-2.0
#pragma once
// A small run of plan 99-KH/TU built in code: four plan items, four roster
// units, one superseded version, one missing unit, one late unit and one
// report from an unknown sender; plus helpers to run an emitter on it.

#include <baocao/engine/run_context.hpp>
#include <baocao/sdk/plugin.hpp>
#include <baocao/sdk/result.hpp>

#include "unit_rows.hpp"

#include <Poco/JSON/Object.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

BAOCAO_DECLARE_PLUGIN(synthesize_draft);

namespace draft_test {

/// 2013-10-06T09:30:00+07:00.
inline constexpr std::int64_t run_now = 1381026600;

inline baocao::plan_spec make_plan() {
    baocao::plan_spec p;
    p.number = "99-KH/TU";
    p.date = "2013-08-16";
    p.place = "Hà Tĩnh";
    p.issuing_body = "TỈNH UỶ HÀ TĨNH";
    p.kind = "KẾ HOẠCH";
    p.title = "tổ chức sơ kết 5 năm thực hiện Chỉ thị 32-CT/TU của Ban Thường vụ Tỉnh uỷ “về tăng cường lãnh đạo, "
              "chỉ đạo công tác xây dựng mô hình\n “Dân vận khéo” trong thời gian tới”";
    p.items = {
        {"1", "Đánh giá tình hình kết quả việc tổ chức quán triệt, tuyên truyền, triển khai thực hiện Chỉ thị 32-CT/TU, "
              "ngày 18/9/2008 của Ban Thường vụ Tỉnh ủy tại các địa phương, cơ quan, đơn vị. Đánh giá việc xây dựng và "
              "ban hành các văn bản chỉ đạo, hướng dẫn, cụ thể hoá Chỉ thị của cấp uỷ đảng, chính quyền trong các địa "
              "phương, cơ quan, đơn vị.",
         {}},
        {"2", "Làm rõ những kết quả đạt được, những kinh nghiệm hay, những mô hình tốt cần biểu dương nhân rộng, cách "
              "làm có hiệu quả trong quá trình thực hiện phong trào thi đua “Dân vận khéo”; đánh giá khách quan về những "
              "nội dung chưa được, những khó khăn, vướng mắc cần tháo gỡ.",
         {}},
        {"3", "Vai trò, trách nhiệm và kết quả hoạt động của Mặt trận Tổ quốc và các đoàn thể trong việc hưởng ứng và tổ "
              "chức thực hiện xây dựng mô hình, điển hình và sự hưởng ứng của các tầng lớp nhân dân trong phong trào thi "
              "đua “Dân vận khéo”, nhất là xây dựng mô hình, điển hình trong xây dựng nông thôn mới.",
         {}},
        {"4", "Từ kinh nghiệm thực tế của các địa phương, cơ quan, đơn vị; tìm ra những giải pháp có tính khả thi cao, giúp "
              "các địa phương và cơ sở đẩy mạnh phong trào thi đua “Dân vận khéo” có hiệu quả hơn trong những năm tiếp "
              "theo. Những kiến nghị, đề xuất với cấp ủy, chính quyền trong lãnh đạo, chỉ đạo và tổ chức thực hiện Chỉ thị.",
         {}},
    };
    p.deadlines = {{"grassroots", "2013-09-10"}, {"district", "2013-10-05"}, {"organization", "2013-10-05"}};
    return p;
}

inline baocao::section_match sec(const std::string& item, const std::string& text) {
    return {item, "heading of item " + item, text, 0.9};
}

inline baocao::submission sub(const std::string& source, std::optional<baocao::unit_ref> unit,
                              std::vector<baocao::section_match> sections) {
    baocao::submission s;
    s.source = source;
    s.unit = std::move(unit);
    s.sections = std::move(sections);
    s.deadline = "2013-10-05";
    return s;
}

/// Roster order: Thành ủy Hà Tĩnh, Huyện ủy Can Lộc, Huyện ủy Nghi Xuân (missing), MTTQ (late).
/// Input order differs on purpose: the draft must follow the roster.
inline baocao::run_result make_run() {
    baocao::run_result run;
    run.plan = make_plan();
    const baocao::unit_ref thanh_pho{"thanh-pho-ha-tinh", "Thành ủy Hà Tĩnh", "district"};
    const baocao::unit_ref can_loc{"can-loc", "Huyện ủy Can Lộc", "district"};
    const baocao::unit_ref mttq{"mttq", "Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh", "organization"};

    auto old_can_loc = sub("inbox/can-loc-1.eml#bao-cao.docx", can_loc,
                           {sec("1", "BẢN CŨ: nội dung đã được thay bằng bản sau."), sec("3", "BẢN CŨ mục 3.")});
    old_can_loc.superseded_by = "inbox/can-loc-2.eml#bao-cao.docx";
    old_can_loc.document_date = "2013-09-29";
    run.submissions.push_back(old_can_loc);

    auto m = sub("inbox/mttq.eml#bc-mttq.docx", mttq,
                 {sec("1", "Mặt trận đã phối hợp tuyên truyền Chỉ thị 32-CT/TU."),
                  sec("3", "Các đoàn thể xây dựng 120 mô hình \"Dân vận khéo\".")});
    m.status = "late";
    run.submissions.push_back(m);

    auto c = sub("inbox/can-loc-2.eml#bao-cao.docx", can_loc,
                 {sec("1", "Ban Thường vụ Huyện ủy đã tổ chức 3 hội nghị quán triệt.\n\n- Ban hành 5 văn bản chỉ đạo.\n"),
                  sec("2", "Xây dựng 45 mô hình điển hình."), sec("4", "Đề nghị Tỉnh ủy tiếp tục chỉ đạo.")});
    c.status = "on_time";
    run.submissions.push_back(c);

    auto t = sub("inbox/thanh-pho.docx", thanh_pho,
                 {sec("1", "Thành ủy đã quán triệt đến 100% chi bộ."), sec("2", "Nhiều mô hình hay ở phường."),
                  sec("3", "Mặt trận thành phố vào cuộc tích cực.")});
    t.status = "on_time";
    run.submissions.push_back(t);

    auto unknown = sub("inbox/la.eml#la.docx", std::nullopt, {sec("2", "Một báo cáo không rõ đơn vị.")});
    unknown.attachment_name = "la.docx";
    run.submissions.push_back(unknown);

    using baocao::testing::unit_row;
    run.units = {
        unit_row("thanh-pho-ha-tinh", "Thành ủy Hà Tĩnh", "district", "on_time", "inbox/thanh-pho.docx",
                 "2013-10-05", "2013-09-30"),
        unit_row("can-loc", "Huyện ủy Can Lộc", "district", "on_time", "inbox/can-loc-2.eml#bao-cao.docx",
                 "2013-10-05", "2013-10-01"),
        unit_row("nghi-xuan", "Huyện ủy Nghi Xuân", "district", "missing", std::nullopt, "2013-10-05"),
        unit_row("mttq", "Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh", "organization", "late", "inbox/mttq.eml#bc-mttq.docx",
                 "2013-10-05", "2013-10-07", 2),
    };
    return run;
}

/// `units` grassroots units of their own, each reporting items 1 and 2 in
/// thirteen sentences, one of which every unit shares: a draft whose body cites
/// every unit and whose appendix grows with them.
inline baocao::run_result many_units_run(int units) {
    baocao::run_result run;
    run.plan = make_plan();
    for (int u = 0; u < units; ++u) {
        std::string text;
        for (int p = 0; p < 12; ++p)
            text += "Đơn vị số " + std::to_string(u) + " đã tổ chức " + std::to_string(p + 2) +
                    " hội nghị quán triệt Chỉ thị 32-CT/TU cho cán bộ, đảng viên và nhân dân trên địa bàn.\n";
        text += "Các cấp ủy đã quan tâm lãnh đạo, chỉ đạo xây dựng mô hình “Dân vận khéo”.\n";
        const std::string id = "don-vi-" + std::to_string(u);
        auto s = sub("inbox/" + id + ".docx", baocao::unit_ref{id, "Đảng ủy xã số " + std::to_string(u), "grassroots"},
                     {sec("1", text), sec("2", text)});
        s.status = "on_time";
        run.submissions.push_back(std::move(s));
    }
    return run;
}

/// The stages one plugin registers.
struct collect : baocao::registry {
    std::shared_ptr<baocao::emitter> e;
    std::shared_ptr<baocao::composer> c;
    void add_source(std::shared_ptr<baocao::source>) override {}
    void add_parser(std::shared_ptr<baocao::parser>) override {}
    void add_extractor(std::shared_ptr<baocao::extractor>) override {}
    void add_checker(std::shared_ptr<baocao::checker>) override {}
    void add_emitter(std::shared_ptr<baocao::emitter> x) override { e = std::move(x); }
    void add_composer(std::shared_ptr<baocao::composer> x) override { c = std::move(x); }
};

/// The run's state for plugins: the fixture's clock and plan, `settings` for `plugin`.
inline std::shared_ptr<baocao::engine::run_state> state_for(const baocao::run_result& run, const std::string& plugin,
                                                            Poco::JSON::Object::Ptr settings) {
    auto state = std::make_shared<baocao::engine::run_state>();
    state->now = run_now;
    state->plan = run.plan;
    state->quiet = true;
    if (settings) state->settings[plugin] = settings;
    return state;
}

/// `run` with its draft built by the synthesize-draft composer, as the pipeline does after the checkers.
inline baocao::run_result composed(baocao::run_result run, Poco::JSON::Object::Ptr settings = nullptr) {
    collect reg;
    baocao_plugin_info_synthesize_draft()->register_stages(reg);
    const baocao::engine::run_context ctx(state_for(run, "synthesize-draft", settings), "synthesize-draft");
    reg.c->prepare(ctx);
    baocao::draft::document d;
    reg.c->compose(run, d, ctx);
    run.draft = std::move(d);
    return run;
}

/// Composes the draft of `run` (with `settings` for synthesize-draft too), then
/// runs one emitter plugin (prepare then emit) on it into `out_dir`.
inline void run_emitter(const baocao_plugin_info* info, const baocao::run_result& run,
                        const std::filesystem::path& out_dir, Poco::JSON::Object::Ptr settings = nullptr) {
    const auto with_draft = composed(run, settings);
    collect reg;
    info->register_stages(reg);
    const baocao::engine::run_context ctx(state_for(run, info->name, settings), info->name);
    reg.e->prepare(ctx);
    reg.e->emit(with_draft, ctx, out_dir);
}

}  // namespace draft_test
