// SPDX-License-Identifier: Apache-2.0
// The synthesis of the demo inbox, read from result.json as an outside
// reader would: every paragraph's count of units is the units it cites, no
// unit is counted twice for one finding, shortcomings are stated under
// "Hạn chế" rather than among the results, and what the strengths are owed
// to opens the causes.
#include "e2e_support.hpp"
#include "test_paths.hpp"

#include <Poco/JSON/Array.h>

#include <catch2/catch.hpp>

#include <map>
#include <regex>
#include <set>
#include <string>

using namespace baocao::testing;

namespace {

struct paragraph {
    std::string part, heading, text;
    std::vector<std::string> units;  ///< unit_id of each source, in order
};

std::vector<paragraph> synthesis_of(const std::filesystem::path& result_json) {
    std::vector<paragraph> out;
    const auto root = read_json(result_json);
    const auto arr = root->getArray("synthesis");
    REQUIRE(arr);
    for (std::size_t i = 0; i < arr->size(); ++i) {
        const auto o = arr->getObject(static_cast<unsigned>(i));
        paragraph p{o->optValue<std::string>("part", ""), o->optValue<std::string>("heading", ""),
                    o->optValue<std::string>("text", ""), {}};
        if (const auto src = o->getArray("sources"))
            for (std::size_t k = 0; k < src->size(); ++k)
                p.units.push_back(src->getObject(static_cast<unsigned>(k))->optValue<std::string>("unit_id", ""));
        out.push_back(std::move(p));
    }
    return out;
}

}  // namespace

TEST_CASE("the demo's synthesis counts each unit once per finding and states shortcomings as such", "[synthesis]") {
    const auto out = temp_dir("synthesis-demo") / "out";
    const auto run = run_demo(out, {"--now", "2013-10-20T09:00:00+07:00"});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    const auto paras = synthesis_of(out / "result.json");
    REQUIRE(paras.size() >= 20);

    const std::regex share(R"(\((\d+)/(\d+) đơn vị\)\.?$)");
    std::size_t counted = 0;
    for (const auto& p : paras) {
        if (p.part == "opening" || p.text.rfind("Theo số liệu", 0) == 0) continue;  // figures cite a unit per indicator
        INFO(p.part << " | " << p.heading << " | " << p.text);
        std::map<std::string, int> per_unit;
        for (const auto& u : p.units) ++per_unit[u];
        for (const auto& [unit, n] : per_unit) {
            INFO(unit);
            CHECK(n == 1);  // one finding, one sentence per unit
        }
        std::smatch m;
        if (std::regex_search(p.text, m, share)) {
            ++counted;
            CHECK(std::stoul(m[1].str()) == per_unit.size());
        }
    }
    CHECK(counted >= 5);

    // The demo's units write some shortcomings inside their results sections.
    for (const auto& p : paras) {
        if (p.part != "results") continue;
        INFO(p.heading << " | " << p.text);
        CHECK(p.text.find("còn lúng túng") == std::string::npos);
        CHECK(p.text.find("chưa được thường xuyên") == std::string::npos);
        CHECK(p.text.find("hiệu quả thấp") == std::string::npos);
    }
    bool lungtung_in_weaknesses = false;
    std::vector<std::string> causes;
    for (const auto& p : paras) {
        if (p.heading.find("Hạn chế") != std::string::npos && p.text.find("còn lúng túng") != std::string::npos)
            lungtung_in_weaknesses = true;
        if (p.heading.find("Nguyên nhân") != std::string::npos) causes.push_back(p.text);
    }
    CHECK(lungtung_in_weaknesses);
    REQUIRE(!causes.empty());

    // What the strengths are owed to stands under its own heading, not among
    // the causes of the shortcomings; the units' own assessment of their
    // strengths is not printed among the results.
    bool owed_to_strengths = false;
    for (const auto& p : paras) {
        INFO(p.heading << " | " << p.text);
        if (p.heading == "a) Nguyên nhân của ưu điểm") owed_to_strengths = true;
        if (p.heading.find("Nguyên nhân của hạn chế") != std::string::npos) CHECK(p.text.find("ưu điểm") == std::string::npos);
        if (p.part == "results") CHECK(p.text.find("có chuyển biến rõ nét") == std::string::npos);
    }
    CHECK(owed_to_strengths);
}

TEST_CASE("the demo's synthesis leads each finding with general wording and cites concrete examples", "[synthesis]") {
    const auto out = temp_dir("synthesis-demo-wording") / "out";
    const auto run = run_demo(out, {"--now", "2013-10-20T09:00:00+07:00"});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    const auto paras = synthesis_of(out / "result.json");
    std::size_t shared = 0, one_units_figures = 0;
    for (const auto& p : paras) {
        if (p.part == "opening" || p.text.rfind("Theo số liệu", 0) == 0 || p.text.rfind("Tiêu biểu như", 0) == 0) continue;
        std::set<std::string> units(p.units.begin(), p.units.end());
        if (units.size() < 2) continue;
        ++shared;
        // "X …; nội dung tương tự: …" prints one unit's sentence with its figures for all.
        if (p.text.find("nội dung tương tự") != std::string::npos) ++one_units_figures;
    }
    INFO(one_units_figures << " of " << shared << " shared findings are led by one unit's figures");
    CHECK(shared >= 20);
    CHECK(4 * one_units_figures <= shared);

    // Examples name something: not a routine remark that says "sáng tạo" or "điển hình".
    for (const auto& p : paras) {
        if (p.text.rfind("Tiêu biểu như", 0) != 0) continue;
        INFO(p.text);
        CHECK(p.text.find("Công tác kiểm tra, giám sát việc thực hiện Chỉ thị được chú trọng") == std::string::npos);
        CHECK(p.text.find("xuất hiện ngày càng nhiều điển hình tiên tiến") == std::string::npos);
        CHECK(p.text.find("có chuyển biến rõ nét") == std::string::npos);
    }
}
