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
    /// `threads`: how many threads for_each_in_parallel may use (the run's -j).
    run_context(std::shared_ptr<const run_state> state, std::string plugin_name, unsigned threads = 1);
    std::int64_t now() const override;
    int utc_offset_minutes() const override;
    const baocao::limits& limits() const override;
    Poco::JSON::Object::Ptr settings() const override;
    const plan_spec& plan() const override;
    const baocao::roster& roster() const override;
    void log(log_level level, std::string_view message) const override;
    run_text_store& text_store() const override;
    void for_each_in_parallel(std::size_t count, const std::function<void(std::size_t)>& task) const override;
    const std::string& plugin_name() const { return plugin_; }

    /// Marks the calling thread as one of the run's workers (reading inputs,
    /// or one emitter beside others) for as long as the guard lives:
    /// for_each_in_parallel then runs on it alone, so the run stays within -j.
    class worker_thread {
    public:
        worker_thread();
        ~worker_thread();
        worker_thread(const worker_thread&) = delete;
        worker_thread& operator=(const worker_thread&) = delete;

    private:
        bool was_;
    };

private:
    std::shared_ptr<const run_state> state_;
    std::string plugin_;
    Poco::JSON::Object::Ptr settings_;
    unsigned threads_ = 1;
};

}  // namespace baocao::engine
