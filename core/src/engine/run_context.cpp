// SPDX-License-Identifier: Apache-2.0
// The context handed to plugin calls.
#include <baocao/engine/run_context.hpp>

#include <algorithm>
#include <atomic>
#include <exception>
#include <iostream>
#include <mutex>
#include <thread>
#include <vector>

namespace baocao::engine {

namespace {
std::mutex log_mutex;

/// True on a thread that is one of several the run already uses (reading
/// inputs, an emitter beside others, a task of for_each_in_parallel): more
/// threads from there would exceed -j.
thread_local bool on_busy_thread = false;

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

run_context::run_context(std::shared_ptr<const run_state> state, std::string plugin_name, unsigned threads)
    : state_(std::move(state)), plugin_(std::move(plugin_name)), threads_(std::max(1u, threads)) {
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

run_context::worker_thread::worker_thread() : was_(on_busy_thread) { on_busy_thread = true; }
run_context::worker_thread::~worker_thread() { on_busy_thread = was_; }

void run_context::for_each_in_parallel(std::size_t count, const std::function<void(std::size_t)>& task) const {
    const std::size_t threads = on_busy_thread ? 1 : std::min<std::size_t>(threads_, count);
    if (threads <= 1) {
        for (std::size_t i = 0; i < count; ++i) task(i);
        return;
    }
    std::atomic<std::size_t> next{0};
    std::atomic<bool> failed{false};
    std::exception_ptr first_error;
    std::mutex error_mutex;
    auto work = [&] {
        const bool was = on_busy_thread;
        on_busy_thread = true;
        for (std::size_t i = next++; i < count && !failed; i = next++) {
            try {
                task(i);
            } catch (...) {
                std::lock_guard<std::mutex> lock(error_mutex);
                if (!first_error) first_error = std::current_exception();
                failed = true;
            }
        }
        on_busy_thread = was;
    };
    std::vector<std::thread> helpers;
    helpers.reserve(threads - 1);
    for (std::size_t t = 1; t < threads; ++t) helpers.emplace_back(work);
    work();
    for (auto& h : helpers) h.join();
    if (first_error) std::rethrow_exception(first_error);
}

void run_context::log(log_level level, std::string_view message) const {
    if (level == log_level::debug && !state_->verbose) return;
    if (state_->quiet && level < log_level::warning) return;
    std::lock_guard<std::mutex> lock(log_mutex);
    std::cerr << "baocao: " << level_name(level) << ": " << plugin_ << ": " << message << '\n';
}

}  // namespace baocao::engine
