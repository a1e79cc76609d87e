#pragma once
/// The optional JSON pipeline file: which plugins, their order, their settings.
///
/// {
///   "plugin_paths": ["extra/plugins"],
///   "extractors": ["extract-unit", "extract-dates", "extract-sections"],
///   "checkers": ["check-deadline"],
///   "emitters": ["emit-json", "emit-csv", "emit-docx", "emit-md"],
///   "composers": ["synthesize-draft"],
///   "disabled": ["extract-indicators"],
///   "now": "2013-10-20T00:00:00+07:00",
///   "limits": {"max_zip_entries": 5000},
///   "settings": {"check-deadline": {"inclusive": true, "grace_days": 1}}
/// }

#include <baocao/sdk/context.hpp>

#include <Poco/JSON/Object.h>

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace baocao::engine {

struct pipeline_config {
    std::vector<std::filesystem::path> plugin_paths;   ///< relative to the config file
    std::vector<std::string> extractors, checkers, emitters, disabled, composers;
    std::optional<std::int64_t> now;
    baocao::limits limits;
    std::map<std::string, Poco::JSON::Object::Ptr> settings;
};

/// Reads a pipeline file; throws std::runtime_error naming the file and what is wrong.
pipeline_config load_config(const std::filesystem::path& file);

}  // namespace baocao::engine
