// SPDX-License-Identifier: Apache-2.0
#pragma once
// The one-line progress of `baocao run` on a terminal.

#include <baocao/engine/pipeline.hpp>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace baocao::cli {

/// Redraws "files read, rejected, rate" on one stderr line a few times a
/// second while it lives, and erases the line when it ends. Shows nothing when
/// stderr is not a terminal or when `enabled` is false.
class progress_line {
public:
    progress_line(const engine::run_progress& progress, bool enabled);
    ~progress_line();
    progress_line(const progress_line&) = delete;
    progress_line& operator=(const progress_line&) = delete;

    /// Whether stderr is a terminal a progress line may be drawn on.
    static bool stderr_is_terminal();

private:
    void draw() const;

    const engine::run_progress& progress_;
    std::chrono::steady_clock::time_point start_;
    std::mutex mutex_;
    std::condition_variable stop_cv_;
    bool stopping_ = false;
    std::thread painter_;
};

}  // namespace baocao::cli
