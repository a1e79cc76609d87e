// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The context the engine hands to plugin calls: shared run state plus the
/// settings of the plugin being called.

#include <baocao/sdk/context.hpp>

#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace baocao::engine {

/// State shared by every plugin of a run.
struct run_state {
    std::int64_t now = 0;
    int utc_offset_minutes = 420;
    baocao::limits limits;
    plan_spec plan;
    baocao::roster roster;
    std::map<std::string, Poco::JSON::Object::Ptr> settings;   ///< by plugin name
    bool quiet = false;                    ///< only warnings and errors
    bool verbose = false;                  ///< debug messages too
    /// Where the run keeps long text out of memory (context::text_store());
    /// its file is made by pipeline::run, in $TMPDIR unless given a folder.
    std::shared_ptr<run_text_store> text_store = std::make_shared<run_text_store>();
};

/// A context bound to one plugin name.
class run_context : public context {
public:
    run_context(std::shared_ptr<const run_state> state, std::string plugin_name);
    std::int64_t now() const override;
    int utc_offset_minutes() const override;
    const baocao::limits& limits() const override;
    Poco::JSON::Object::Ptr settings() const override;
    const plan_spec& plan() const override;
    const baocao::roster& roster() const override;
    void log(log_level level, std::string_view message) const override;
    run_text_store& text_store() const override;
    const std::string& plugin_name() const { return plugin_; }

private:
    std::shared_ptr<const run_state> state_;
    std::string plugin_;
    Poco::JSON::Object::Ptr settings_;
};

}  // namespace baocao::engine
