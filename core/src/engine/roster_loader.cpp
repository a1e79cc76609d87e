// Reading the roster.
#include <baocao/engine/roster_loader.hpp>
#include <baocao/sdk/error.hpp>
#include <baocao/sdk/file_open.hpp>
#include <baocao/sdk/text.hpp>

#include <Poco/JSON/Parser.h>

#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

namespace baocao::engine {

namespace {
std::vector<std::string> strings(const Poco::JSON::Object::Ptr& obj, const char* key) {
    std::vector<std::string> out;
    if (!obj->has(key)) return out;
    auto arr = obj->getArray(key);
    if (!arr) return out;
    for (std::size_t i = 0; i < arr->size(); ++i) {
        auto v = arr->get(static_cast<unsigned>(i));
        if (v.isString()) out.push_back(text::to_nfc(v.convert<std::string>()));
    }
    return out;
}
}  // namespace

roster load_roster(const std::filesystem::path& file) {
    std::string content;
    try {
        content = read_regular_file(file, max_settings_file_bytes);
    } catch (const rejection_error& e) {
        throw std::runtime_error("cannot read the roster " + file.string() + ": " + e.what());
    }
    roster r;
    try {
        Poco::JSON::Parser parser;
        auto root = parser.parse(content).extract<Poco::JSON::Object::Ptr>();
        auto units = root ? root->getArray("units") : nullptr;
        if (!units) throw std::runtime_error("it has no \"units\" list");
        std::set<std::string> ids;
        for (std::size_t i = 0; i < units->size(); ++i) {
            auto u = units->getObject(static_cast<unsigned>(i));
            if (!u) throw std::runtime_error("unit " + std::to_string(i + 1) + " is not an object");
            roster_unit unit;
            unit.id = u->optValue<std::string>("id", "");
            unit.name = text::to_nfc(u->optValue<std::string>("name", ""));
            unit.level = u->optValue<std::string>("level", "");
            unit.symbol = u->optValue<std::string>("symbol", "");
            unit.aliases = strings(u, "aliases");
            unit.place_names = strings(u, "place_names");
            for (auto& e : strings(u, "emails")) unit.emails.push_back(text::to_lower(text::trim(e)));
            const std::string where = "unit " + std::to_string(i + 1) + (unit.id.empty() ? "" : " ('" + unit.id + "')");
            if (unit.id.empty()) throw std::runtime_error(where + " has no id");
            if (unit.name.empty()) throw std::runtime_error(where + " has no name");
            if (unit.level != "grassroots" && unit.level != "district" && unit.level != "organization")
                throw std::runtime_error(where + " has level '" + unit.level +
                                         "'; expected grassroots, district or organization");
            if (!ids.insert(unit.id).second) throw std::runtime_error(where + ": the id is used twice");
            r.units.push_back(std::move(unit));
        }
    } catch (const Poco::Exception& e) {
        throw std::runtime_error("the roster " + file.string() + " is not valid JSON: " + e.displayText());
    } catch (const std::runtime_error& e) {
        throw std::runtime_error("the roster " + file.string() + ": " + e.what());
    }
    return r;
}

}  // namespace baocao::engine
