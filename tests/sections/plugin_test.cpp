// SPDX-License-Identifier: Apache-2.0
// The extract-sections stage as the pipeline calls it: prepare once, extract
// per report into submission.sections / unmatched / title / problems.
#include "eval_support.hpp"

#include <baocao/engine/run_context.hpp>
#include <baocao/sdk/plugin.hpp>
#include <baocao/sdk/text.hpp>

#include <catch2/catch.hpp>

#include <iostream>

BAOCAO_DECLARE_PLUGIN(extract_sections);

using namespace baocao;
using namespace baocao::testing;

namespace {

struct extractor_sink : registry {
    std::shared_ptr<extractor> found;
    void add_source(std::shared_ptr<source>) override {}
    void add_parser(std::shared_ptr<parser>) override {}
    void add_extractor(std::shared_ptr<extractor> e) override { found = std::move(e); }
    void add_checker(std::shared_ptr<checker>) override {}
    void add_emitter(std::shared_ptr<emitter>) override {}
    void add_composer(std::shared_ptr<composer>) override {}
};

struct fixture {
    std::shared_ptr<engine::run_state> state = std::make_shared<engine::run_state>();
    std::shared_ptr<extractor> stage;
    explicit fixture(Poco::JSON::Object::Ptr settings = new Poco::JSON::Object) {
        state->plan = load_plan("plan-99-KH-TU.txt");
        state->quiet = true;
        state->settings["extract-sections"] = settings;
        extractor_sink sink;
        baocao_plugin_info_extract_sections()->register_stages(sink);
        stage = sink.found;
    }
    submission run(const document& doc) {
        engine::run_context ctx(state, "extract-sections");
        stage->prepare(ctx);
        submission sub;
        stage->extract(doc, item{}, sub, ctx);
        return sub;
    }
};

}  // namespace

TEST_CASE("the stage fills sections, unmatched and title of a submission") {
    fixture fx;
    REQUIRE(fx.stage);
    CHECK(fx.stage->name() == "extract-sections");
    const auto sub = fx.run(load_form(data_dir() / "sections" / "eval" / "12-huong-khe-background-plain-header.txt").doc);
    CHECK(sub.title.str().rfind("BÁO CÁO\nsơ kết 5 năm", 0) == 0);
    REQUIRE(sub.sections.size() == 4);
    CHECK(sub.sections[0].item == "1");
    CHECK(sub.sections[0].heading == "II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO");
    CHECK(sub.sections[0].text.str().rfind("Huyện ủy ban hành Kế hoạch số 15-KH/HU", 0) == 0);
    CHECK(sub.sections[1].item == "2");
    CHECK(sub.sections[2].item == "2");
    CHECK(sub.sections[2].heading == "IV. ĐÁNH GIÁ CHUNG");
    CHECK(sub.sections[3].item == "4");
    for (const auto& s : sub.sections) {
        CHECK(s.confidence > 0.0);
        CHECK(s.confidence <= 1.0);
        CHECK(s.text.str().find("Nơi nhận") == std::string::npos);
        CHECK(s.text.str().find("BÍ THƯ") == std::string::npos);
        CHECK(s.text.str().find("Trên đây là báo cáo") == std::string::npos);
    }
    REQUIRE(sub.unmatched.size() == 1);
    CHECK(sub.unmatched[0].heading == "I. ĐẶC ĐIỂM, TÌNH HÌNH");
    CHECK(sub.problems.empty());
}

TEST_CASE("nested headings that stay with their parent are lines of its text") {
    fixture fx;
    const auto sub = fx.run(load_form(data_dir() / "sections" / "eval" / "02-duc-tho-flat-roman-bold.txt").doc);
    const section_match* assessment = nullptr;
    for (const auto& s : sub.sections)
        if (s.heading == "III. ĐÁNH GIÁ CHUNG") assessment = &s;
    REQUIRE(assessment != nullptr);
    CHECK(assessment->item == "2");
    CHECK(assessment->text.str().rfind("1. Ưu điểm\nPhong trào được triển khai đồng bộ", 0) == 0);
    CHECK(assessment->text.str().find("\n2. Tồn tại, hạn chế\n") != std::string::npos);
    CHECK(assessment->text.str().find("\n4. Bài học kinh nghiệm\n") != std::string::npos);
}

TEST_CASE("a report without any section gets the problem no_sections") {
    fixture fx;
    const auto sub = fx.run(parse_form("{b} HUYỆN ỦY CAN LỘC\n{b} BÁO CÁO\n{b} sơ kết\n{b} Nơi nhận:\n- Lưu.\n").doc);
    CHECK(sub.sections.empty());
    REQUIRE(sub.problems.size() == 1);
    CHECK(sub.problems[0].code == error_code::no_sections);
}

TEST_CASE("a synonyms setting that names a missing file fails prepare clearly") {
    Poco::JSON::Object::Ptr settings = new Poco::JSON::Object;
    settings->set("synonyms", "/nonexistent/synonyms.json");
    fixture fx(settings);
    engine::run_context ctx(fx.state, "extract-sections");
    CHECK_THROWS_WITH(fx.stage->prepare(ctx), Catch::Contains("/nonexistent/synonyms.json"));
}

TEST_CASE("an edited synonym file changes the matching") {
    // A file that knows only recommendations: the assessment, matched by the
    // default file's phrasings ("Đánh giá chung"), is no longer given to item 2.
    const auto dir = temp_dir("synonyms");
    write_file_atomically(dir / "s.json", R"({"concepts":[{"name":"rec","anchors":["kiến nghị"],"strong":["kiến nghị"]}]})");
    Poco::JSON::Object::Ptr settings = new Poco::JSON::Object;
    settings->set("synonyms", (dir / "s.json").string());
    fixture fx(settings);
    const auto doc = load_form(data_dir() / "sections" / "eval" / "02-duc-tho-flat-roman-bold.txt").doc;
    const auto sub = fx.run(doc);
    bool recommendation = false;
    for (const auto& s : sub.sections) {
        CHECK(s.heading != "III. ĐÁNH GIÁ CHUNG");
        recommendation = recommendation || (s.item == "4" && s.heading == "V. KIẾN NGHỊ, ĐỀ XUẤT");
    }
    CHECK(recommendation);
    bool default_has_it = false;
    for (const auto& s : fixture().run(doc).sections)
        default_has_it = default_has_it || (s.item == "2" && s.heading == "III. ĐÁNH GIÁ CHUNG");
    CHECK(default_has_it);
}

TEST_CASE("the embedded synonym file is the project's file") {
    CHECK(std::string(sections::embedded_synonyms()) == read_file_text(source_dir() / "plugins" / "extract-sections" / "synonyms.json"));
}

TEST_CASE("a long report built from real paragraphs is matched the same way every time") {
    // Make a 2000-word report from the evaluation set's bodies.
    std::string form = "{b} HUYỆN ỦY CAN LỘC\n{b} BÁO CÁO\n{b} sơ kết 5 năm\n";
    const auto src = load_form(data_dir() / "sections" / "eval" / "01-can-loc-phan-heading-styles.txt");
    std::size_t words = 0;
    for (int round = 0; words < 2000; ++round) {
        form += "{b} " + std::string(round % 2 ? "II. KẾT QUẢ" : "I. CÔNG TÁC LÃNH ĐẠO") + "\n";
        for (const block& b : src.doc.body)
            if (const auto* p = std::get_if<paragraph>(&b); p && p->runs.size() == 1 && p->text().size() > 80) {
                form += p->text() + "\n";
                words += text::words(text::match_key(p->text())).size();
            }
    }
    const document doc = parse_form(form).doc;
    const sections::lexicon lex(load_plan("plan-99-KH-TU.txt"), project_synonyms());
    // Speed is measured in bench/micro (bench_sections); here, that repeated
    // matching with one lexicon and the lazily keyed lines gives one answer.
    const auto first = sections::match_sections(sections::sectionize(doc), lex);
    REQUIRE(!first.empty());
    CHECK(words > 1000);
    const auto report = sections::sectionize(doc);
    for (int round = 0; round < 3; ++round) {
        const auto again = sections::match_sections(report, lex);
        REQUIRE(again.size() == first.size());
        for (std::size_t i = 0; i < first.size(); ++i) {
            CHECK(again[i].item == first[i].item);
            CHECK(again[i].text == first[i].text);
        }
    }
}
