// SPDX-License-Identifier: Apache-2.0
// The province's figures in the draft: the same as result.json's totals, and
// counted over the units the run knows. A report whose unit could not be told
// is listed and its text synthesised, but its figures are not added to the
// province's: nobody can say whose they are, nor that they are not another
// unit's counted twice.
#include "draft_fixture.hpp"

#include <baocao/sdk/record_list.hpp>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace baocao;

namespace {

/// An "indicators" list of one figure of models, as extract-indicators attaches it.
record_list_ptr models(double value) {
    auto list = std::make_shared<record_list>(std::vector<std::string>{"evidence", "from", "indicator", "label", "unit", "value"});
    list->add(std::string("Xây dựng mô hình điển hình."), std::string("text"), std::string("models"),
              std::string("Mô hình Dân vận khéo"), std::string("mô hình"), value);
    return list;
}

submission& submission_from(run_result& run, const std::string& source) {
    for (auto& s : run.submissions)
        if (s.source == source) return s;
    FAIL("no submission " << source);
    throw;
}

/// The draft's sentence of the province's figures, nullptr when it has none.
const draft::block* figures_sentence(const draft::document& d) {
    for (const auto& p : d.parts)
        for (const auto& b : p.blocks)
            if (b.text.rfind("Theo số liệu báo cáo của các đơn vị, toàn tỉnh có:", 0) == 0) return &b;
    return nullptr;
}

/// The rows of the figures appendix (first cell of each), empty when there is none.
std::vector<std::string> figure_rows(const draft::document& d) {
    std::vector<std::string> rows;
    for (const auto& p : d.parts) {
        if (p.title.find("Số liệu tổng hợp") == std::string::npos) continue;
        for (const auto& b : p.blocks)
            if (b.kind == draft::block_kind::table)
                for (const auto& r : b.table.rows) rows.push_back(r.cells.front());
    }
    return rows;
}

}  // namespace

TEST_CASE("figures of a report from no known unit are not added to the province's", "[draft][figures]") {
    auto run = draft_test::make_run();
    submission_from(run, "inbox/can-loc-2.eml#bao-cao.docx").extensions["indicators"] = models(45);
    submission_from(run, "inbox/la.eml#la.docx").extensions["indicators"] = models(1000);

    const auto d = draft_test::composed(run).draft;
    const auto* sentence = figures_sentence(d);
    REQUIRE(sentence != nullptr);
    // Three known units report (Thành ủy Hà Tĩnh, Can Lộc, MTTQ); one of them gave the figure.
    CHECK(sentence->text == "Theo số liệu báo cáo của các đơn vị, toàn tỉnh có: 45 mô hình Dân vận khéo "
                            "(1/3 đơn vị báo cáo số liệu).");
    REQUIRE(sentence->sources.size() == 1);
    CHECK(sentence->sources[0].unit_id == "can-loc");
    CHECK(sentence->sources[0].submission == "inbox/can-loc-2.eml#bao-cao.docx");
    CHECK(figure_rows(d) == std::vector<std::string>{"Huyện ủy Can Lộc", "Toàn tỉnh"});
}

TEST_CASE("the draft's figures are result.json's totals, even when no known unit gave one", "[draft][figures]") {
    auto run = draft_test::make_run();
    submission_from(run, "inbox/la.eml#la.docx").extensions["indicators"] = models(1000);
    // What extract-indicators' checker leaves when only the unknown report has figures.
    Poco::JSON::Object::Ptr totals = new Poco::JSON::Object;
    Poco::JSON::Array::Ptr defs = new Poco::JSON::Array;
    Poco::JSON::Object::Ptr def = new Poco::JSON::Object;
    def->set("id", "models");
    def->set("label", "Mô hình Dân vận khéo");
    def->set("unit", "mô hình");
    defs->add(def);
    totals->set("indicators", defs);
    totals->set("units", Poco::JSON::Array::Ptr(new Poco::JSON::Array));
    totals->set("province", Poco::JSON::Object::Ptr(new Poco::JSON::Object));
    run.extensions["indicator_totals"] = totals;

    const auto d = draft_test::composed(run).draft;
    CHECK(figures_sentence(d) == nullptr);
    CHECK(figure_rows(d).empty());
}
