// SPDX-License-Identifier: Apache-2.0
// The real labelled reports of the shared corpus, read with the parse-docx
// plugin, cut and matched against the seed plan. Scored the way
// corpus/real-reports/score.py scores a result.json (markers found under the
// right item, errors for markers under another item and for noise); a
// result.json of the sections is written so the scorer itself can be run on it.
// Not a tuning target: the test asserts only that every report is read and
// cut into sections, and prints the figures.
#include "eval_support.hpp"

#include <baocao/engine/run_context.hpp>
#include <baocao/sdk/json.hpp>
#include <baocao/sdk/plugin.hpp>
#include <baocao/sdk/text.hpp>

#include <Poco/JSON/Parser.h>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <iostream>

BAOCAO_DECLARE_PLUGIN(parse_docx);

using namespace baocao;
using namespace baocao::testing;

namespace {

struct parser_sink : registry {
    std::shared_ptr<parser> found;
    void add_source(std::shared_ptr<source>) override {}
    void add_parser(std::shared_ptr<parser> p) override { found = std::move(p); }
    void add_extractor(std::shared_ptr<extractor>) override {}
    void add_checker(std::shared_ptr<checker>) override {}
    void add_emitter(std::shared_ptr<emitter>) override {}
    void add_composer(std::shared_ptr<composer>) override {}
};

std::string norm(const std::string& s) { return text::collapse_spaces(text::to_lower(text::to_nfc(s))); }

}  // namespace

TEST_CASE("real reports: sections against the labelled markers") {
    BAOCAO_REQUIRE_SHARED(shared);
    const auto base = shared / "corpus" / "real-reports";
    Poco::JSON::Parser jp;
    const auto truth = jp.parse(read_file_text(base / "truth.json")).extract<Poco::JSON::Object::Ptr>();

    parser_sink sink;
    baocao_plugin_info_parse_docx()->register_stages(sink);
    REQUIRE(sink.found);
    auto state = std::make_shared<engine::run_state>();
    state->plan = load_plan("plan-99-KH-TU.txt");
    engine::run_context ctx(state, "parse-docx");
    const sections::lexicon lex(state->plan, project_synonyms());

    int tp = 0, fp = 0, total = 0;
    json_writer w;
    w.begin_object().key("submissions").begin_array();
    for (const std::string& key : truth->getNames()) {
        const auto t = truth->getObject(key);
        if (t.isNull() || !t->has("sections")) continue;
        item it;
        it.path = base / "docx" / std::filesystem::path(key).filename();
        it.source = it.path.string();
        it.name = it.path.filename().string();
        const document doc = sink.found->parse(it, ctx);
        const auto report = sections::sectionize(doc);
        CHECK(sections::count_sections(report.sections) > 0);
        const auto parts = sections::match_sections(report, lex, sections::issued_by_organization(report, lex));
        w.begin_object().key("source").value(it.source).key("sections").begin_array();
        std::vector<std::pair<std::string, std::string>> secs;
        for (const auto& p : parts) {
            if (p.item < 0) continue;
            const std::string id = lex.item_id(static_cast<std::size_t>(p.item));
            w.begin_object().key("item").value(id).key("heading").value(p.heading).key("text").value(p.text);
            w.key("confidence").value(p.confidence).end_object();
            secs.emplace_back(id, norm(p.heading + "\n" + p.text));
        }
        w.end_array().end_object();

        int hit = 0, err = 0, n = 0;
        std::ostringstream why;
        const auto marks = t->getObject("sections");
        for (const std::string& item_id : marks->getNames()) {
            const auto list = marks->getArray(item_id);
            for (std::size_t i = 0; i < list->size(); ++i) {
                const std::string m = norm(list->getElement<std::string>(static_cast<unsigned>(i)));
                ++n;
                bool right = false, wrong = false;
                for (const auto& [sid, txt] : secs)
                    if (txt.find(m) != std::string::npos) (sid == item_id ? right : wrong) = true;
                hit += right;
                err += wrong;
                if (!right) why << "    missed " << item_id << ": " << m.substr(0, 50) << "\n";
                if (wrong) why << "    wrong item for " << item_id << ": " << m.substr(0, 50) << "\n";
            }
        }
        if (const auto noise = t->getArray("noise"))
            for (std::size_t i = 0; i < noise->size(); ++i) {
                const std::string m = norm(noise->getElement<std::string>(static_cast<unsigned>(i)));
                for (const auto& sec : secs)
                    if (sec.second.find(m) != std::string::npos) {
                        ++err;
                        why << "    noise in a section: " << m.substr(0, 50) << "\n";
                        break;
                    }
            }
        tp += hit;
        fp += err;
        total += n;
        std::cout << "real " << it.name << ": markers " << hit << "/" << n << ", errors " << err << "\n" << why.str();
    }
    w.end_array().end_object();
    const double r = total ? static_cast<double>(tp) / total : 0.0;
    const double p = tp + fp ? static_cast<double>(tp) / (tp + fp) : 0.0;
    const double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    std::cout << "real: sections_f1=" << f1 << " recall=" << r << " precision=" << p << "\n";
    // Every labelled marker found under its item and no noise inside a section
    // gives 1.0; a regression on reports written by real people must show.
    REQUIRE(total > 0);
    CHECK(f1 >= 0.9);
    CHECK(r >= 0.9);
    CHECK(p >= 0.9);
    const auto out = temp_dir("real-reports") / "result.json";
    write_file_atomically(out, w.str());
    std::cout << "sections written to " << out.string() << " (python3 " << (base / "score.py").string() << " "
              << (base / "truth.json").string() << " " << out.string() << ")\n";
}
