// The optional pipeline file.
#include <baocao/engine/config.hpp>
#include <baocao/sdk/dates.hpp>
#include <baocao/sdk/error.hpp>
#include <baocao/sdk/file_open.hpp>

#include <Poco/JSON/Parser.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace baocao::engine {

namespace {
std::vector<std::string> string_list(const Poco::JSON::Object::Ptr& obj, const std::string& key,
                                     const std::string& file) {
    std::vector<std::string> out;
    if (!obj->has(key)) return out;
    auto arr = obj->getArray(key);
    if (!arr) throw std::runtime_error(file + ": \"" + key + "\" must be a list of names");
    for (std::size_t i = 0; i < arr->size(); ++i) out.push_back(arr->getElement<std::string>(static_cast<unsigned>(i)));
    return out;
}

template <typename T>
void read_limit(const Poco::JSON::Object::Ptr& obj, const char* key, T& field) {
    if (obj->has(key)) field = static_cast<T>(obj->getValue<std::uint64_t>(key));
}
}  // namespace

pipeline_config load_config(const std::filesystem::path& file) {
    std::string content;
    try {
        content = read_regular_file(file, max_settings_file_bytes);
    } catch (const rejection_error& e) {
        throw std::runtime_error("cannot read the config file " + file.string() + ": " + e.what());
    }
    const std::string name = file.string();
    pipeline_config cfg;
    try {
        Poco::JSON::Parser parser;
        auto root = parser.parse(content).extract<Poco::JSON::Object::Ptr>();
        if (!root) throw std::runtime_error("the top level must be an object");
        for (const auto& p : string_list(root, "plugin_paths", name)) {
            std::filesystem::path path = p;
            cfg.plugin_paths.push_back(path.is_absolute() ? path : file.parent_path() / path);
        }
        cfg.extractors = string_list(root, "extractors", name);
        cfg.checkers = string_list(root, "checkers", name);
        cfg.emitters = string_list(root, "emitters", name);
        cfg.disabled = string_list(root, "disabled", name);
        if (root->has("now")) {
            const auto text = root->getValue<std::string>("now");
            cfg.now = dates::parse_iso_datetime(text, 420);
            if (!cfg.now) throw std::runtime_error("\"now\" is not an ISO date-time: " + text);
        }
        if (auto lim = root->getObject("limits")) {
            read_limit(lim, "max_input_bytes", cfg.limits.max_input_bytes);
            read_limit(lim, "max_part_bytes", cfg.limits.max_part_bytes);
            read_limit(lim, "max_total_inflated", cfg.limits.max_total_inflated);
            read_limit(lim, "max_compression_ratio", cfg.limits.max_compression_ratio);
            read_limit(lim, "max_zip_entries", cfg.limits.max_zip_entries);
            read_limit(lim, "max_container_depth", cfg.limits.max_container_depth);
            read_limit(lim, "max_xml_depth", cfg.limits.max_xml_depth);
            read_limit(lim, "max_mime_depth", cfg.limits.max_mime_depth);
            read_limit(lim, "max_mime_parts", cfg.limits.max_mime_parts);
            read_limit(lim, "max_paragraph_bytes", cfg.limits.max_paragraph_bytes);
            read_limit(lim, "max_document_text", cfg.limits.max_document_text);
        }
        if (auto settings = root->getObject("settings")) {
            std::vector<std::string> names;
            settings->getNames(names);
            for (const auto& plugin : names) {
                auto obj = settings->getObject(plugin);
                if (!obj) throw std::runtime_error("settings of '" + plugin + "' must be an object");
                cfg.settings[plugin] = obj;
            }
        }
    } catch (const Poco::Exception& e) {
        throw std::runtime_error(name + ": " + e.displayText());
    } catch (const std::runtime_error& e) {
        throw std::runtime_error(name + ": " + e.what());
    }
    return cfg;
}

}  // namespace baocao::engine
