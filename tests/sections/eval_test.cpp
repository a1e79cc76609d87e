// SPDX-License-Identifier: Apache-2.0
// The labelled evaluation set: every paragraph of the hand-written reports
// carries the plan item it belongs to (or none). Prints precision, recall and
// F1 of paragraph-to-item assignment, overall, per batch and per item, and
// fails when F1 drops below the floor.
//
// Batches: reports 01-23 (batch 1) were written together with the rules and
// partly relabelled to fit them; reports marked "@batch 2" were written and
// labelled later, from the reference on report structure, before the matcher
// was ever run on them. Batch 2 scored F1 0.955 (tp 203, fp 10, fn 9) with the
// rules as they stood, the whole set 0.982; the rule changes that followed
// (nested headings leave only on a whole-heading match, paragraph split of
// the Front's paragraphs out of the results, background sub-points) brought
// both to 1.000. Batch 2 is therefore in-sample from then on. Batch 3 (two
// reports, 27 labelled paragraphs) was written and labelled after those
// changes and scored 1.000 on its first run. New reports, written before
// looking at the matcher's output, remain the honest test: add them as a new
// batch and report its first figure.
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

/// The floor: the F1 reached on the whole set when it was last raised (1.000 on
/// 36 reports, 554 labelled paragraphs), minus a margin of 0.01 (about five
/// paragraphs, less than one short report's worth), so that a change which
/// breaks a whole report fails while a wobble on one ambiguous paragraph does not.
constexpr double required_f1 = 0.99;

}  // namespace

TEST_CASE("evaluation set: paragraph-to-item assignment") {
    const auto dir = data_dir() / "sections" / "eval";
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        if (e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() >= 36);

    std::map<std::string, sections::lexicon> lexicons;
    counts all;
    std::map<std::string, counts> per_item;
    std::map<std::string, counts> per_batch;
    std::map<int, std::pair<int, int>> calibration;   // confidence tenth -> (assigned lines, right)
    std::ostringstream detail;
    for (const auto& f : files) {
        const form_report form = load_form(f);
        const std::string plan_name = form.meta.count("plan") ? form.meta.at("plan") : "plan-99-KH-TU.txt";
        if (!lexicons.count(plan_name)) lexicons.emplace(plan_name, sections::lexicon(load_plan(plan_name), project_synonyms()));
        const sections::lexicon& lex = lexicons.at(plan_name);
        const auto report = sections::sectionize(form.doc);
        REQUIRE(report.lines.size() == form.expected.size());
        const bool org = sections::issued_by_organization(report, lex);
        const auto parts = sections::match_sections(report, lex, org);
        const auto got = predicted_items(report, parts, lex);
        std::vector<double> conf(got.size(), 0.0);
        for (const auto& p : parts)
            for (std::size_t i : p.lines)
                if (p.item >= 0 && i < conf.size()) conf[i] = p.confidence;
        counts doc;
        for (std::size_t i = 0; i < got.size(); ++i) {
            if (report.lines[i].role == sections::line_role::empty) continue;
            const std::string& want = form.expected[i];
            const std::string& have = got[i];
            if (!have.empty()) {
                auto& bucket = calibration[std::min(9, static_cast<int>(conf[i] * 10))];
                ++bucket.first;
                bucket.second += have == want;
            }
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
        counts& batch = per_batch[form.meta.count("batch") ? form.meta.at("batch") : "1"];
        batch.tp += doc.tp;
        batch.fp += doc.fp;
        batch.fn += doc.fn;
    }
    std::ostringstream out;
    out << std::fixed << std::setprecision(3);
    out << "sections eval: " << files.size() << " reports, paragraphs tp=" << all.tp << " fp=" << all.fp << " fn=" << all.fn
        << "  precision=" << all.precision() << " recall=" << all.recall() << " F1=" << all.f1() << "\n";
    for (const auto& [name, c] : per_batch)
        out << "  batch " << name << ": tp=" << c.tp << " fp=" << c.fp << " fn=" << c.fn << " F1=" << c.f1() << "\n";
    for (const auto& [tenth, c] : calibration)
        out << "  confidence " << tenth / 10.0 << "-" << (tenth + 1) / 10.0 << ": " << c.first << " lines, "
            << static_cast<double>(c.second) / c.first << " right\n";
    for (const auto& [item, c] : per_item)
        out << "  item " << item << ": precision=" << c.precision() << " recall=" << c.recall() << " F1=" << c.f1() << "\n";
    std::cout << out.str() << detail.str() << std::flush;
    CHECK(all.f1() >= required_f1);
}
