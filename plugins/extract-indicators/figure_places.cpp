// SPDX-License-Identifier: Apache-2.0
// A place is credited only to a unit of the roster whose place names it
// carries; a provincial body's "ở huyện Vũ Quang" thus counts for Vũ Quang,
// never for the body as well.
#include "figure_places.hpp"

#include <baocao/sdk/text.hpp>

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <utility>

namespace baocao::indicators {

namespace {

/// The party committee a kind of area is led by, as a match key ("huyện" → "huyen uy").
std::string committee_of(const std::string& kind_key) {
    if (kind_key == "huyen") return "huyen uy";
    if (kind_key == "thi xa") return "thi uy";
    if (kind_key == "thanh pho") return "thanh uy";
    if (kind_key == "quan") return "quan uy";
    if (kind_key == "xa" || kind_key == "phuong" || kind_key == "thi tran") return "dang uy";
    return "";
}

constexpr std::size_t field_count = 13;

template <std::size_t... I>
void add_cells(record_list& list, std::vector<record_list::cell>& row, std::index_sequence<I...>) {
    list.add(std::move(row[I])...);
}

const std::string* text_field(const record_list& list, std::size_t row, std::optional<std::size_t> field) {
    return field ? std::get_if<std::string>(&list.at(row, *field)) : nullptr;
}

}  // namespace

const std::vector<std::string>& figure_fields() {
    static const std::vector<std::string> fields{"about", "evidence", "from",  "indicator", "item",  "label", "level",
                                                 "place", "role",     "total", "unit",      "value", "written"};
    return fields;
}

const record_list& empty_figure_list() {
    static const record_list empty(figure_fields());
    return empty;
}

std::string unit_of_place(const roster& units, std::string_view place) {
    const std::string key = text::match_key(place);
    static const char* const kinds[] = {"thanh pho", "thi tran", "thi xa", "huyen", "quan", "phuong", "xa"};
    std::string kind, name;
    for (const char* k : kinds) {
        const std::string prefix = std::string(k) + " ";
        if (key.rfind(prefix, 0) == 0) {
            kind = k;
            name = key.substr(prefix.size());
            break;
        }
    }
    if (name.empty()) return "";
    std::vector<const roster_unit*> found;
    for (const auto& u : units.units)
        for (const auto& p : u.place_names)
            if (text::match_key(p) == name) {
                found.push_back(&u);
                break;
            }
    if (found.size() == 1) return found.front()->id;
    // Several units of one place (a town and the provincial bodies seated there): its own committee.
    const std::string committee = committee_of(kind);
    std::vector<const roster_unit*> own;
    for (const auto* u : found)
        if (!committee.empty() && text::match_key(u->name).rfind(committee, 0) == 0) own.push_back(u);
    return own.size() == 1 ? own.front()->id : "";
}

namespace {

std::string item_in(const submission& sub, const section_search& sections, std::string_view evidence) {
    // Table figures' evidence is "row | header: cell": their row label stands for them.
    const auto bar = evidence.find(" | ");
    const std::string_view needle = bar == std::string_view::npos ? evidence : evidence.substr(0, bar);
    const std::size_t k = sections.first_holding(needle);
    return k < sub.sections.size() ? sub.sections[k].item : std::string();
}

}  // namespace

std::string item_of(const submission& sub, const std::vector<std::string>& headings,
                    const std::vector<std::string>& texts, std::string_view evidence) {
    return item_in(sub, section_search(headings, texts), evidence);
}

figure_placer::figure_placer(const submission& sub, const roster& units)
    : sub_(sub), units_(units), own_(sub.unit ? sub.unit->id : "") {}

std::string figure_placer::about(std::string_view place) const {
    if (place.empty()) return "";
    std::string unit = unit_of_place(units_, place);
    return unit == own_ ? std::string() : unit;
}

const std::string& figure_placer::item(const std::string& evidence) {
    auto [at, fresh] = item_of_evidence_.try_emplace(evidence);
    if (fresh) {
        if (!sections_) {
            for (const auto& s : sub_.sections) headings_.push_back(s.heading.str()), texts_.push_back(s.text.str());
            sections_.emplace(headings_, texts_);
        }
        at->second = item_in(sub_, *sections_, evidence);
    }
    return at->second;
}

void place_figures(submission& sub, const roster& units) {
    auto ext = sub.extensions.find("indicators");
    if (ext == sub.extensions.end() || ext->second.type() != typeid(record_list_ptr)) return;
    const auto list = record_list::load(ext->second.extract<record_list_ptr>());
    if (!list || list->fields() != figure_fields() || figure_fields().size() != field_count) return;
    const auto place_field = list->field_index("place");
    const auto evidence_field = list->field_index("evidence");
    const auto about_field = list->field_index("about");
    const auto item_field = list->field_index("item");
    auto placed = std::make_shared<record_list>(empty_figure_list());
    placed->reserve(list->size());
    figure_placer placer(sub, units);
    for (std::size_t r = 0; r < list->size(); ++r) {
        std::vector<record_list::cell> row;
        for (std::size_t f = 0; f < list->fields().size(); ++f) row.push_back(list->at(r, f));
        if (const auto* place = text_field(*list, r, place_field))
            if (std::string unit = placer.about(*place); !unit.empty()) row[*about_field] = std::move(unit);
        if (const auto* evidence = text_field(*list, r, evidence_field))
            if (const std::string& item = placer.item(*evidence); !item.empty()) row[*item_field] = item;
        add_cells(*placed, row, std::make_index_sequence<field_count>{});
    }
    ext->second = record_list_ptr(std::move(placed));
}

void place_figures(run_result& run, const roster& units) {
    for (auto& sub : run.submissions) place_figures(sub, units);
}

}  // namespace baocao::indicators
