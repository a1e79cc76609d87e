// SPDX-License-Identifier: Apache-2.0
// The context handed to plugin calls.
#include <baocao/engine/run_context.hpp>

#include <iostream>
#include <mutex>

namespace baocao::engine {

namespace {
std::mutex log_mutex;

const char* level_name(log_level level) {
    switch (level) {
        case log_level::debug: return "debug";
        case log_level::info: return "info";
        case log_level::warning: return "warning";
        case log_level::error: return "error";
    }
    return "";
}
}  // namespace

run_context::run_context(std::shared_ptr<const run_state> state, std::string plugin_name)
    : state_(std::move(state)), plugin_(std::move(plugin_name)) {
    auto it = state_->settings.find(plugin_);
    settings_ = (it != state_->settings.end() && it->second) ? it->second : Poco::JSON::Object::Ptr(new Poco::JSON::Object);
}

std::int64_t run_context::now() const { return state_->now; }
int run_context::utc_offset_minutes() const { return state_->utc_offset_minutes; }
const baocao::limits& run_context::limits() const { return state_->limits; }
Poco::JSON::Object::Ptr run_context::settings() const { return settings_; }
const plan_spec& run_context::plan() const { return state_->plan; }
const baocao::roster& run_context::roster() const { return state_->roster; }

run_text_store& run_context::text_store() const { return *state_->text_store; }

void run_context::log(log_level level, std::string_view message) const {
    if (level == log_level::debug && !state_->verbose) return;
    if (state_->quiet && level < log_level::warning) return;
    std::lock_guard<std::mutex> lock(log_mutex);
    std::cerr << "baocao: " << level_name(level) << ": " << plugin_ << ": " << message << '\n';
}

}  // namespace baocao::engine
