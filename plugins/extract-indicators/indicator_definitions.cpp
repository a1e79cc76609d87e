// Definitions are compared as match keys, computed once when they are loaded.
#include "indicator_definitions.hpp"

#include <baocao/sdk/text.hpp>

#include <Poco/JSON/Parser.h>

#include <stdexcept>

namespace baocao::indicators {

namespace {
std::vector<std::string> key_words(const std::string& s) { return text::words(text::match_key(s)); }
}  // namespace

std::vector<definition> parse_definitions(std::string_view json) {
    std::vector<definition> out;
    try {
        Poco::JSON::Parser parser;
        auto root = parser.parse(std::string(json)).extract<Poco::JSON::Object::Ptr>();
        auto list = root ? root->getArray("indicators") : nullptr;
        if (!list) throw std::runtime_error("no \"indicators\" list");
        for (std::size_t i = 0; i < list->size(); ++i) {
            auto obj = list->getObject(static_cast<unsigned>(i));
            if (!obj) throw std::runtime_error("indicator " + std::to_string(i + 1) + " is not an object");
            definition d;
            d.id = obj->optValue<std::string>("id", "");
            d.label = obj->optValue<std::string>("label", d.id);
            if (d.id.empty()) throw std::runtime_error("indicator " + std::to_string(i + 1) + " has no id");
            auto units = obj->getArray("units");
            if (!units || units->size() == 0) throw std::runtime_error("indicator '" + d.id + "' has no units");
            auto scales = obj->getArray("scale");
            for (std::size_t u = 0; u < units->size(); ++u) {
                unit_form f;
                f.text = text::to_nfc(units->getElement<std::string>(static_cast<unsigned>(u)));
                f.key_words = key_words(f.text);
                if (scales && u < scales->size()) f.scale = scales->getElement<double>(static_cast<unsigned>(u));
                if (!f.key_words.empty()) d.units.push_back(std::move(f));
            }
            if (auto kws = obj->getArray("keywords"))
                for (std::size_t k = 0; k < kws->size(); ++k) {
                    auto words = key_words(kws->getElement<std::string>(static_cast<unsigned>(k)));
                    if (!words.empty()) d.keywords.push_back(std::move(words));
                }
            out.push_back(std::move(d));
        }
    } catch (const Poco::Exception& e) {
        throw std::runtime_error("indicator definitions: " + e.displayText());
    } catch (const std::runtime_error& e) {
        throw std::runtime_error(std::string("indicator definitions: ") + e.what());
    }
    return out;
}

}  // namespace baocao::indicators
