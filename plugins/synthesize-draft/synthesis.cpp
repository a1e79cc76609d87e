// SPDX-License-Identifier: Apache-2.0
// What a staffer writes by hand: for each part, the findings most units
// share, stated once in general terms with the units named, then a few
// things only one unit did, as examples. Nothing is reworded beyond putting
// "các huyện, thành, thị ủy" where a unit wrote its own name. A finding is
// stated in a member's general wording when one has no figures; else its
// representative's figures are dropped when its first clause stands without
// them; else the sentence is printed as that unit's, with the units that said
// the like named after it.
#include "synthesis.hpp"
#include "appendix.hpp"
#include "blocks.hpp"
#include "draft_text.hpp"
#include "examples.hpp"
#include "run_figures.hpp"
#include "grouping.hpp"
#include "section_headings.hpp"
#include "sentences.hpp"
#include "statements.hpp"
#include "wording.hpp"

#include <baocao/sdk/text.hpp>

#include <algorithm>
#include <atomic>
#include <map>
#include <numeric>
#include <optional>
#include <set>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

namespace baocao::synthesis {

namespace {

class composer_run {
public:
    composer_run(const run_result& run, const roster& r, const task_runner& tasks)
        : roster_(r), plan_(run.plan), reporters_(synthesis::reporters(run)), statements_(statements_of(reporters_, run.plan, tasks)),
          masker_(name_forms(run, r)), vocabulary_(vocabulary_of(statements_.all, masker_, tasks)),
          plan_wording_(run.plan), templates_(std::move(vocabulary_.template_of)) {
        for (const auto& rep : reporters_) {
            if (rep.unit_id.empty()) continue;  // figures count for known units only
            ++known_reporters_;
            if (!rep.submissions.empty()) report_of_unit_.emplace(rep.unit_id, text::sanitize_utf8(rep.submissions.front()->source));
        }
    }

    const std::vector<reporter>& reporters() const { return reporters_; }

    /// The representative wording of a finding.
    const std::string& text_of(const finding& f) const { return statements_.all[f.representative].text; }

    /// The statements of one role (and item, for results), in order.
    std::vector<std::size_t> select(role ro, const std::string& item = {}) const {
        std::int16_t index = -1;
        for (std::size_t k = 0; k < plan_.items.size() && index < 0; ++k)
            if (plan_.items[k].id == item) index = static_cast<std::int16_t>(k);
        std::vector<std::size_t> out;
        const auto& all = statements_.all;
        for (std::size_t i = 0; i < all.size(); ++i)
            if (all[i].role == ro && (ro != role::results || (index >= 0 && all[i].item == index))) out.push_back(i);
        return out;
    }

    /// The findings of a subset, most shared first.
    std::vector<finding> findings(const std::vector<std::size_t>& subset) const {
        auto f = group_findings(statements_.all, subset, vocabulary_);
        std::stable_sort(f.begin(), f.end(), [](const auto& a, const auto& b) { return a.units.size() > b.units.size(); });
        return f;
    }

    /// Frees what only the grouping needs, once every part is grouped: findings() may not be called after.
    void grouping_done() { vocabulary_ = vocabulary{}; }

    /// Frees the text of every sentence that leads no finding, once every part is grouped:
    /// the body reads only the findings' representatives (members give their sources
    /// and key hashes, which stay).
    void keep_representatives_text(const std::vector<std::vector<finding>>& grouped) {
        std::vector<bool> leads(statements_.all.size(), false);
        for (const auto& part : grouped)
            for (const auto& f : part) leads[f.representative] = true;
        for (std::size_t i = 0; i < leads.size(); ++i)
            if (!leads[i]) std::string().swap(statements_.all[i].text);
    }

    /// Frees the units' sentences and what was printed, once the body is composed: only
    /// reporters() may be called after.
    void composing_done() {
        statements_ = statement_list{};
        templates_ = {};
        printed_ = {};
        printed_templates_ = {};
    }

    /// Findings at least this many units share count as common.
    std::size_t min_support() const { return reporters_.size() <= 2 ? 1 : 2; }

    /// True when a sentence of the finding was printed already, in this part or an earlier one:
    /// near-identical text is stated once in the whole body, wherever units wrote it, and so is
    /// a wording printed before with other figures, unit names or kind of committee (its
    /// template). A finding counts as printed when its own wording was, or most of its members
    /// were: one sentence that drifted into a group must not silence what the other units said,
    /// so a template counts once it was a printed wording, not for every member of a finding.
    bool printed(const finding& f) const {
        if (was_printed(f.representative)) return true;
        std::size_t seen = 0;
        for (auto m : f.members) seen += was_printed(m);
        return 2 * seen > f.members.size();
    }

    /// The representative's wording made general for all the finding's units:
    /// its unit's name replaced by the units collectively and, when every unit
    /// gave its own figures, those left out; "" when what is left still names
    /// a figure, a place, a body, a committee ("Huyện ủy Gio Linh", another
    /// unit's or one the run does not know) or a numbered document
    /// ("Kế hoạch số 48-KH/TU") of one unit only.
    std::string general_wording(const statement& rep, const std::vector<const reporter*>& units) const {
        auto text = has_figures(rep.text) ? without_unit_figures(rep.text) : rep.text;
        if (text.empty()) return {};
        text = generalize(text, reporters_[rep.unit], roster_, collective_of(units));
        return has_figures(text) || names_place_or_body(text) || names_committee(text) || cites_numbered_document(text)
                   ? std::string()
                   : text;
    }

    /// One paragraph stating a finding once, with its units named.
    draft::block state(const finding& f) const {
        for (auto m : f.members) printed_.insert(statements_.all[m].key_hash);
        printed_templates_.insert(templates_[f.representative]);
        std::vector<const reporter*> units;
        for (auto u : f.units) units.push_back(&reporters_[u]);
        const auto& rep = statements_.all[f.representative];
        std::string text;
        if (f.units.size() == 1) {
            text = without_final_period(rep.text) + " " + attribution(units, reporters_.size()) + ".";
        } else if (const auto general = general_wording(rep, units); !general.empty()) {
            text = without_final_period(general) + " " + attribution(units, reporters_.size()) + ".";
        } else {
            // The figures, place or document named are the representative unit's own: say so.
            std::vector<const reporter*> others;
            for (auto* u : units)
                if (u != &reporters_[rep.unit]) others.push_back(u);
            auto rest = attribution(others, reporters_.size());
            text = without_final_period(rep.text) + " (" + listed(reporters_[rep.unit]) + "; nội dung tương tự: " +
                   rest.substr(1);
            text += ".";
        }
        auto b = text_block("- " + text);
        for (auto m : f.members) b.sources.push_back(source_of(statements_, reporters_, statements_.all[m]));
        return b;
    }

    /// The common findings of a part (`found`, from findings(); up to `limit`), then up to `examples`
    /// notable single-unit ones. When units share little (few reports, or
    /// reports on different subjects), single-unit findings fill the part up
    /// to a few paragraphs, each named after its unit.
    std::vector<draft::block> merged(const std::vector<finding>& found, std::size_t limit, std::size_t examples) const {
        std::vector<draft::block> out;
        std::vector<bool> used(found.size(), false);
        std::size_t stated = 0;
        for (std::size_t i = 0; i < found.size() && stated < limit; ++i) {
            if (found[i].units.size() < min_support() || printed(found[i])) continue;
            out.push_back(state(found[i]));
            used[i] = true;
            ++stated;
        }
        const std::size_t floor = std::min<std::size_t>(limit, 3);
        std::vector<std::size_t> units_used;
        for (std::size_t pass = 0; pass < 2 && stated < floor; ++pass)
            for (std::size_t i = 0; i < found.size() && stated < floor; ++i) {
                const auto& st = statements_.all[found[i].representative];
                if (used[i] || word_count(st.text) > 60 || printed(found[i])) continue;
                // First pass: notable findings of units not yet named; then any.
                if (pass == 0 && (!notable(st.text, plan_wording_) ||
                                  std::find(units_used.begin(), units_used.end(), st.unit) != units_used.end()))
                    continue;
                out.push_back(state(found[i]));
                used[i] = true;
                units_used.push_back(st.unit);
                ++stated;
            }
        if (examples == 0) return out;
        // Examples: single-unit findings naming a model or a first, one per unit, in report order.
        std::vector<std::size_t> picked;
        for (std::size_t i = 0; i < found.size() && picked.size() < examples; ++i) {
            const auto& st = statements_.all[found[i].representative];
            if (used[i] || found[i].units.size() >= min_support() || !notable(st.text, plan_wording_) || word_count(st.text) > 60 ||
                printed(found[i]))
                continue;
            if (std::find(units_used.begin(), units_used.end(), st.unit) != units_used.end()) continue;
            units_used.push_back(st.unit);
            picked.push_back(i);
        }
        if (picked.empty()) return out;
        std::stable_sort(picked.begin(), picked.end(),
                         [&](auto a, auto b) { return found[a].members.front() < found[b].members.front(); });
        draft::block b = text_block({});
        b.lead = "Tiêu biểu như:";
        for (std::size_t i = 0; i < picked.size(); ++i) {
            const auto& st = statements_.all[found[picked[i]].representative];
            b.text += (i ? "; " : "") + without_final_period(st.text) + " (" + listed(reporters_[st.unit]) + ")";
            for (auto m : found[picked[i]].members) {
                b.sources.push_back(source_of(statements_, reporters_, statements_.all[m]));
                printed_.insert(statements_.all[m].key_hash);
            }
            printed_templates_.insert(templates_[found[picked[i]].representative]);
        }
        b.text += ".";
        out.push_back(std::move(b));
        return out;
    }

    /// The sentence of the province's figures that belong to an item, "" when none.
    draft::block figures_paragraph(const figure_set& f, const std::vector<const indicator*>& inds) const {
        std::vector<std::string> phrases;
        draft::block b = text_block({});
        for (const auto* ind : inds) {
            const auto total = f.province.find(ind->id);
            if (total == f.province.end()) continue;
            std::size_t units = 0;
            for (const auto& u : f.units)
                if (u.values.count(ind->id)) {
                    ++units;
                    draft::source_ref src{u.unit_id, u.name, {}, "số liệu: " + ind->label, -1};
                    if (const auto report = report_of_unit_.find(u.unit_id); report != report_of_unit_.end())
                        src.submission = report->second;
                    b.sources.push_back(std::move(src));
                }
            phrases.push_back(figure_phrase(*ind, total->second, units, known_reporters_));
        }
        if (phrases.empty()) return b;
        b.text = "Theo số liệu báo cáo của các đơn vị, toàn tỉnh có: " + join(phrases, "; ") + ".";
        return b;
    }

private:
    bool was_printed(std::size_t statement) const {
        return printed_.count(statements_.all[statement].key_hash) || printed_templates_.count(templates_[statement]);
    }

    const roster& roster_;
    const plan_spec& plan_;
    std::vector<reporter> reporters_;
    statement_list statements_;
    masker masker_;
    vocabulary vocabulary_;
    plan_wording plan_wording_;
    std::size_t known_reporters_ = 0;                             ///< reporters of a known unit: those figures count for
    std::unordered_map<std::string, std::string> report_of_unit_;  ///< unit id → the source of its first counted report
    std::vector<std::uint64_t> templates_;                          ///< per statement: vocabulary::template_of
    mutable std::unordered_set<std::uint64_t> printed_;            ///< key hashes of every sentence stated so far
    mutable std::unordered_set<std::uint64_t> printed_templates_;  ///< templates of the wordings printed so far
};

/// The addressee a recommendation is written to, by the first body it names.
std::string addressee_of(const std::string& sentence) {
    const auto key = " " + text::match_key(sentence) + " ";
    struct target {
        const char* phrase;
        const char* group;
    };
    static const target targets[] = {
        {" trung uong ", "Đối với Trung ương"},
        {" ban dan van tinh uy ", "Đối với Ban Dân vận Tỉnh ủy"},
        {" ban thuong vu tinh uy ", "Đối với Tỉnh ủy, Ban Thường vụ Tỉnh ủy"},
        {" tinh uy ", "Đối với Tỉnh ủy, Ban Thường vụ Tỉnh ủy"},
        {" uy ban nhan dan tinh ", "Đối với Ủy ban nhân dân tỉnh"},
        {" ubnd tinh ", "Đối với Ủy ban nhân dân tỉnh"},
        {" mat tran ", "Đối với Mặt trận Tổ quốc và các đoàn thể"},
        {" mttq ", "Đối với Mặt trận Tổ quốc và các đoàn thể"},
    };
    std::size_t best = std::string::npos;
    std::string group = "Đối với các cơ quan, đơn vị khác";
    for (const auto& t : targets) {
        const auto pos = key.find(t.phrase);
        if (pos < best) best = pos, group = t.group;
    }
    return group;
}

const char* const addressee_order[] = {"Đối với Trung ương", "Đối với Tỉnh ủy, Ban Thường vụ Tỉnh ủy",
                                       "Đối với Ủy ban nhân dân tỉnh", "Đối với Ban Dân vận Tỉnh ủy",
                                       "Đối với Mặt trận Tổ quốc và các đoàn thể", "Đối với các cơ quan, đơn vị khác"};

/// The body: the opening, the results per plan item with their figures, the
/// overall assessment, the directions and the recommendations by addressee,
/// from the findings of each part (`grouped[p]` for `parts[p]`).
void compose_body(const run_result& run, const options& opts, const budget& b, std::int64_t now, int utc_offset_minutes,
                  const composer_run& c, const figure_set& figs, const std::vector<std::pair<role, std::string>>& parts,
                  const std::vector<std::vector<finding>>& grouped, draft::document& d) {
    auto findings_of = [&](role ro, const std::string& item = {}) -> const std::vector<finding>& {
        for (std::size_t p = 0; p < parts.size(); ++p)
            if (parts[p].first == ro && parts[p].second == item) return grouped[p];
        throw std::logic_error("no part was grouped for this role");
    };

    auto& opening = d.part_named("opening", draft::zone::body, 0);
    for (auto& p : opening_paragraphs(run, opts, now, utc_offset_minutes)) opening.blocks.push_back(text_block(std::move(p)));

    // Part one: results per plan item, then the overall assessment.
    auto& results = d.part_named("results", draft::zone::body, 100);
    results.title = "Phần thứ nhất";
    results.subtitle = "KẾT QUẢ THỰC HIỆN";
    int section = 0;
    std::vector<const indicator*> unplaced;
    std::vector<std::string> result_items;
    for (const auto& item : run.plan.items)
        if (!is_forward_item(item)) result_items.push_back(item.id);
    for (const auto& ind : figs.indicators) {
        const bool placed = std::any_of(ind.items.begin(), ind.items.end(), [&](const auto& id) {
            return std::find(result_items.begin(), result_items.end(), id) != result_items.end();
        });
        if (!placed) unplaced.push_back(&ind);
    }
    for (const auto& item : run.plan.items) {
        if (is_forward_item(item)) continue;
        results.blocks.push_back(heading_block(1, roman(++section) + ". " + text::to_upper(short_item_heading(text::sanitize_utf8(item.title)))));
        // Each indicator is totalled once, under the first results item it belongs to.
        std::vector<const indicator*> mine;
        for (const auto& ind : figs.indicators) {
            const auto first = std::find_first_of(ind.items.begin(), ind.items.end(), result_items.begin(), result_items.end());
            if (first != ind.items.end() && *first == item.id) mine.push_back(&ind);
        }
        if (section == 1) mine.insert(mine.end(), unplaced.begin(), unplaced.end());
        if (auto fp = c.figures_paragraph(figs, mine); !fp.text.empty()) results.blocks.push_back(std::move(fp));
        auto blocks = c.merged(findings_of(role::results, item.id), b.findings_per_results_section, b.examples_per_section);
        if (blocks.empty()) results.blocks.push_back(text_block("Chưa có đơn vị nào báo cáo nội dung này.", draft::block_kind::remark));
        for (auto& blk : blocks) results.blocks.push_back(std::move(blk));
    }

    auto& assessment = d.part_named("assessment", draft::zone::body, 200);
    assessment.blocks.push_back(heading_block(1, roman(++section) + ". ĐÁNH GIÁ CHUNG"));
    const std::pair<role, const char*> assessment_parts[] = {{role::strengths, "1. Ưu điểm"},
                                                            {role::weaknesses, "2. Hạn chế, khó khăn"},
                                                            {role::causes, "3. Nguyên nhân"},
                                                            {role::lessons, "4. Bài học kinh nghiệm"}};
    for (const auto& [ro, title] : assessment_parts) {
        assessment.blocks.push_back(heading_block(2, title));
        auto blocks = c.merged(findings_of(ro), b.findings_per_assessment_part, 0);
        if (ro == role::causes) {
            // What the strengths are owed to, then the causes of the shortcomings,
            // each under its own heading as Party reports set them apart.
            auto owed = c.merged(findings_of(role::strength_causes), 2, 0);
            if (!owed.empty()) {
                assessment.blocks.push_back(heading_block(3, "a) Nguyên nhân của ưu điểm"));
                for (auto& blk : owed) assessment.blocks.push_back(std::move(blk));
                if (!blocks.empty()) assessment.blocks.push_back(heading_block(3, "b) Nguyên nhân của hạn chế, khó khăn"));
                for (auto& blk : blocks) assessment.blocks.push_back(std::move(blk));
                continue;
            }
        }
        if (blocks.empty()) assessment.blocks.push_back(text_block("Các đơn vị chưa nêu nội dung này.", draft::block_kind::remark));
        for (auto& blk : blocks) assessment.blocks.push_back(std::move(blk));
    }

    // Part two: directions, tasks, solutions; then the recommendations by addressee.
    auto& directions = d.part_named("directions", draft::zone::body, 300);
    directions.title = "Phần thứ hai";
    directions.subtitle = "PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI";
    {
        auto blocks = c.merged(findings_of(role::directions), b.findings_in_directions, 0);
        if (blocks.empty()) directions.blocks.push_back(text_block("Các đơn vị chưa nêu nội dung này.", draft::block_kind::remark));
        for (auto& blk : blocks) directions.blocks.push_back(std::move(blk));
    }

    auto& recommendations = d.part_named("recommendations", draft::zone::body, 400);
    recommendations.title = "Phần thứ ba";
    recommendations.subtitle = "KIẾN NGHỊ, ĐỀ XUẤT";
    {
        const auto& found = findings_of(role::recommendations);
        std::map<std::string, std::vector<const finding*>> by_addressee;
        for (const auto& f : found) by_addressee[addressee_of(c.text_of(f))].push_back(&f);
        int n = 0;
        for (const char* group : addressee_order) {
            const auto it = by_addressee.find(group);
            if (it == by_addressee.end()) continue;
            std::vector<draft::block> blocks;
            for (const auto* f : it->second) {
                if (blocks.size() >= b.findings_per_addressee) break;
                if ((f->units.size() < c.min_support() && !blocks.empty()) || c.printed(*f)) continue;
                blocks.push_back(c.state(*f));
            }
            if (blocks.empty()) continue;
            recommendations.blocks.push_back(heading_block(1, std::to_string(++n) + ". " + group));
            for (auto& blk : blocks) recommendations.blocks.push_back(std::move(blk));
        }
        if (recommendations.blocks.empty())
            recommendations.blocks.push_back(text_block("Các đơn vị chưa có kiến nghị, đề xuất.", draft::block_kind::remark));
    }
}

}  // namespace

void synthesize(const run_result& run, const roster& r, const options& opts, const budget& b, std::int64_t now,
                int utc_offset_minutes, draft::document& d, const task_runner& tasks) {
    d.masthead = make_masthead(run, opts, now, utc_offset_minutes);
    composer_run c(run, r, tasks);
    const auto& reps = c.reporters();
    const auto figs = read_figures(run, reps);

    // Each part's statements are grouped apart from the others', so the parts
    // are grouped at once, the largest first; the last part to be grouped
    // releases the vocabulary. The body is composed from the findings, then
    // the units' sentences are released, and the excerpts appendix (which
    // reads the reports again) is built beside that step: on one thread, after
    // it, so that the sentences and the appendix never add up.
    std::vector<std::pair<role, std::string>> parts;
    for (const auto& item : run.plan.items)
        if (!is_forward_item(item)) parts.emplace_back(role::results, item.id);
    for (const role ro : {role::strengths, role::weaknesses, role::causes, role::strength_causes, role::lessons,
                          role::directions, role::recommendations})
        parts.emplace_back(ro, std::string());
    std::vector<std::vector<std::size_t>> subsets;
    for (const auto& [ro, item] : parts) subsets.push_back(c.select(ro, item));
    std::vector<std::size_t> largest_first(parts.size());
    std::iota(largest_first.begin(), largest_first.end(), std::size_t{0});
    std::stable_sort(largest_first.begin(), largest_first.end(),
                     [&](auto x, auto y) { return subsets[x].size() > subsets[y].size(); });
    std::vector<std::vector<finding>> grouped(parts.size());
    std::atomic<std::size_t> parts_left{parts.size()};
    tasks(parts.size(), [&](std::size_t task) {
        const std::size_t p = largest_first[task];
        grouped[p] = c.findings(subsets[p]);
        if (--parts_left == 0) c.grouping_done();
    });
    subsets.clear();
    c.keep_representatives_text(grouped);
    // The body is composed (the first task, taken first) while the other
    // threads build the appendix's excerpts, each unit's cell on its own.
    std::optional<excerpts_appendix> excerpt_cells;
    if (opts.excerpts) excerpt_cells.emplace(run, reps);
    tasks(1 + (excerpt_cells ? excerpt_cells->cells() : 0), [&](std::size_t task) {
        if (task > 0) {
            excerpt_cells->build(task - 1);
            return;
        }
        compose_body(run, opts, b, now, utc_offset_minutes, c, figs, parts, grouped, d);
        grouped.clear();
        c.composing_done();
    });
    std::optional<draft::part> excerpts;
    if (excerpt_cells) excerpts = excerpt_cells->take();

    // Appendices.
    std::vector<draft::part> appendix;
    appendix.push_back(compliance_part(run, utc_offset_minutes));
    if (auto cp = coverage_part(run)) appendix.push_back(std::move(*cp));
    if (auto fp = figures_part(figs)) appendix.push_back(std::move(*fp));
    if (excerpts) appendix.push_back(std::move(*excerpts));
    int number = 0;
    for (auto& part : appendix) {
        part.title = std::to_string(++number) + ". " + part.title;
        d.parts.push_back(std::move(part));
    }
}

}  // namespace baocao::synthesis
