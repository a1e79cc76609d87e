// SPDX-License-Identifier: Apache-2.0
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

class stage_registry;

struct pipeline_config {
    std::vector<std::filesystem::path> plugin_paths;   ///< relative to the config file
    std::vector<std::string> extractors, checkers, emitters, disabled, composers;
    std::optional<std::int64_t> now;
    baocao::limits limits;
    std::map<std::string, Poco::JSON::Object::Ptr> settings;
    std::filesystem::path file;   ///< where it was read from; empty for the defaults
    std::string text;             ///< its text, to place later errors at a line and column
};

/// Reads a pipeline file; throws std::runtime_error "FILE:LINE:COLUMN: what is
/// wrong" on bad JSON, an unknown key, a value of the wrong type or a limit out of range.
pipeline_config load_config(const std::filesystem::path& file);

/// Checks that every plugin or stage the config names (in extractors, checkers,
/// emitters, disabled and settings) is loaded; throws std::runtime_error
/// "FILE:LINE:COLUMN: ..." for the first that is not.
void check_config_names(const pipeline_config& config, const stage_registry& registry);

}  // namespace baocao::engine
