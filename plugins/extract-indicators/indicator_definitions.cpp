// SPDX-License-Identifier: Apache-2.0
// Phrases are keyed and folded once, when the catalogue is read.
#include "indicator_definitions.hpp"
#include "token_scan.hpp"

#include <baocao/sdk/text.hpp>

#include <Poco/JSON/Parser.h>

#include <stdexcept>

namespace baocao::indicators {

namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

std::vector<phrase> phrases(const Object::Ptr& obj, const std::string& name) {
    std::vector<phrase> out;
    if (auto list = obj->getArray(name))
        for (std::size_t k = 0; k < list->size(); ++k) {
            auto p = make_phrase(list->getElement<std::string>(static_cast<unsigned>(k)));
            if (!p.empty()) out.push_back(std::move(p));
        }
    return out;
}

definition read_indicator(const Object::Ptr& obj, std::size_t position) {
    const std::string where = "indicator " + std::to_string(position + 1);
    if (!obj) throw std::runtime_error(where + " is not an object");
    definition d;
    d.id = obj->optValue<std::string>("id", "");
    if (d.id.empty()) throw std::runtime_error(where + " has no id");
    d.label = obj->optValue<std::string>("label", d.id);
    d.unit = text::to_nfc(obj->optValue<std::string>("unit", ""));
    if (auto items = obj->getArray("items"))
        for (std::size_t k = 0; k < items->size(); ++k) d.items.push_back(items->get(static_cast<unsigned>(k)).toString());
    if (auto list = obj->getArray("measures"))
        for (std::size_t k = 0; k < list->size(); ++k) {
            auto m = list->getObject(static_cast<unsigned>(k));
            if (!m) throw std::runtime_error("indicator '" + d.id + "': a measure is not an object");
            measure ms;
            ms.words = make_phrase(m->optValue<std::string>("words", ""));
            ms.scale = m->optValue<double>("scale", 1.0);
            if (!ms.words.empty()) d.measures.push_back(std::move(ms));
        }
    d.nouns = phrases(obj, "nouns");
    d.context = phrases(obj, "context");
    d.exclude = phrases(obj, "exclude");
    if (d.measures.empty() && d.nouns.empty())
        throw std::runtime_error("indicator '" + d.id + "' has neither nouns nor measures");
    if (d.unit.empty())
        d.unit = !d.nouns.empty() && d.measures.empty() ? obj->getArray("nouns")->getElement<std::string>(0)
                                                         : obj->getArray("measures")->getObject(0)->getValue<std::string>("words");
    return d;
}

void read_cues(const Object::Ptr& root, catalogue& c) {
    if (auto roles = root->getObject("roles")) {
        static const std::pair<const char*, figure_role> named[] = {
            {"target", figure_role::target},   {"proposal", figure_role::proposal}, {"registered", figure_role::registered},
            {"part", figure_role::part},       {"result", figure_role::result}};
        for (const auto& [name, role] : named)
            for (auto& p : phrases(roles, name)) c.role_cues.push_back({std::move(p), role});
        c.field_cues = phrases(roles, "part_of_field");
        c.change_cues = phrases(roles, "change");
    }
    if (root->has("totals")) {
        Object::Ptr holder = new Object;
        holder->set("totals", root->getArray("totals"));
        c.total_cues = phrases(holder, "totals");
    }
    if (auto levels = root->getObject("levels"))
        for (const auto& name : levels->getNames())
            for (auto& p : phrases(levels, name)) c.level_cues.push_back({std::move(p), name});
}

catalogue parse_catalogue_alone(std::string_view json) {
    catalogue c;
    try {
        Poco::JSON::Parser parser;
        auto root = parser.parse(std::string(json)).extract<Object::Ptr>();
        auto list = root ? root->getArray("indicators") : nullptr;
        if (!list) throw std::runtime_error("no \"indicators\" list");
        for (std::size_t i = 0; i < list->size(); ++i)
            c.indicators.push_back(read_indicator(list->getObject(static_cast<unsigned>(i)), i));
        read_cues(root, c);
    } catch (const Poco::Exception& e) {
        throw std::runtime_error("indicator catalogue: " + e.displayText());
    } catch (const std::runtime_error& e) {
        throw std::runtime_error(std::string("indicator catalogue: ") + e.what());
    }
    return c;
}

}  // namespace

const char* role_name(figure_role r) {
    switch (r) {
        case figure_role::result: return "result";
        case figure_role::target: return "target";
        case figure_role::proposal: return "proposal";
        case figure_role::registered: return "registered";
        case figure_role::part: return "part";
    }
    return "result";
}

phrase make_phrase(std::string_view text_in) {
    // Keyed by the same rules as the text's own tokens, so "m²" keys as "m2" on both sides.
    const std::string nfc = text::to_nfc(text_in);
    phrase out;
    std::size_t pos = 0;
    token_span span;
    while (next_token(nfc, pos, span)) {
        const std::string_view written = std::string_view(nfc).substr(span.begin, span.end - span.begin);
        phrase_word w;
        if (span.number) w.key = std::string(written);
        else append_word_key(nfc, span, w.key);
        if (w.key.empty()) continue;
        w.folded = text::to_lower(written);
        out.push_back(std::move(w));
    }
    return out;
}

catalogue parse_catalogue(std::string_view json) {
    catalogue c = parse_catalogue_alone(json);
    if (c.role_cues.empty() || c.total_cues.empty() || c.level_cues.empty()) {
        static const catalogue defaults = parse_catalogue_alone(default_definitions_json);
        if (c.role_cues.empty()) c.role_cues = defaults.role_cues;
        if (c.field_cues.empty()) c.field_cues = defaults.field_cues;
        if (c.change_cues.empty()) c.change_cues = defaults.change_cues;
        if (c.total_cues.empty()) c.total_cues = defaults.total_cues;
        if (c.level_cues.empty()) c.level_cues = defaults.level_cues;
    }
    return c;
}

std::vector<definition> parse_definitions(std::string_view json) { return parse_catalogue(json).indicators; }

}  // namespace baocao::indicators
