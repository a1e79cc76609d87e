// The labelled evaluation set: every paragraph of 23 hand-written reports
// carries the plan item it belongs to (or none). Prints precision, recall and
// F1 of paragraph-to-item assignment, overall and per item, and fails when F1
// drops below what the sectionizer and matcher reach today.
#include "eval_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <iomanip>
#include <iostream>
#include <map>

using namespace baocao;
using namespace baocao::testing;

namespace {

struct counts {
    int tp = 0, fp = 0, fn = 0;
    double precision() const { return tp + fp == 0 ? 1.0 : static_cast<double>(tp) / (tp + fp); }
    double recall() const { return tp + fn == 0 ? 1.0 : static_cast<double>(tp) / (tp + fn); }
    double f1() const {
        const double p = precision(), r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
};

constexpr double required_f1 = 0.98;

}  // namespace

TEST_CASE("evaluation set: paragraph-to-item assignment") {
    const auto dir = data_dir() / "sections" / "eval";
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        if (e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() >= 20);

    std::map<std::string, sections::lexicon> lexicons;
    counts all;
    std::map<std::string, counts> per_item;
    std::ostringstream detail;
    for (const auto& f : files) {
        const form_report form = load_form(f);
        const std::string plan_name = form.meta.count("plan") ? form.meta.at("plan") : "plan-99-KH-TU.txt";
        if (!lexicons.count(plan_name)) lexicons.emplace(plan_name, sections::lexicon(load_plan(plan_name), project_synonyms()));
        const sections::lexicon& lex = lexicons.at(plan_name);
        const auto report = sections::sectionize(form.doc);
        REQUIRE(report.lines.size() == form.expected.size());
        const bool org = sections::issued_by_organization(report, lex);
        const auto got = predicted_items(report, sections::match_sections(report, lex, org), lex);
        counts doc;
        for (std::size_t i = 0; i < got.size(); ++i) {
            if (report.lines[i].role == sections::line_role::empty) continue;
            const std::string& want = form.expected[i];
            const std::string& have = got[i];
            if (have == want && want.empty()) continue;
            if (have == want) {
                ++doc.tp;
                ++per_item[want].tp;
                continue;
            }
            if (!have.empty()) {
                ++doc.fp;
                ++per_item[have].fp;
            }
            if (!want.empty()) {
                ++doc.fn;
                ++per_item[want].fn;
            }
            detail << "  " << f.filename().string() << ": want " << (want.empty() ? "-" : want) << " got "
                   << (have.empty() ? "-" : have) << ": " << report.lines[i].text.substr(0, 90) << "\n";
        }
        all.tp += doc.tp;
        all.fp += doc.fp;
        all.fn += doc.fn;
    }
    std::ostringstream out;
    out << std::fixed << std::setprecision(3);
    out << "sections eval: " << files.size() << " reports, paragraphs tp=" << all.tp << " fp=" << all.fp << " fn=" << all.fn
        << "  precision=" << all.precision() << " recall=" << all.recall() << " F1=" << all.f1() << "\n";
    for (const auto& [item, c] : per_item)
        out << "  item " << item << ": precision=" << c.precision() << " recall=" << c.recall() << " F1=" << c.f1() << "\n";
    std::cout << out.str() << detail.str() << std::flush;
    CHECK(all.f1() >= required_f1);
}
