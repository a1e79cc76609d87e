// SPDX-License-Identifier: Apache-2.0
// Progress goes to the terminal only: in a log file or a pipe, one redrawn
// line would be a stream of carriage returns nobody reads.
#include "progress_line.hpp"

#include <unistd.h>

#include <cstdio>
#include <string>

namespace baocao::cli {

namespace {
constexpr auto redraw_every = std::chrono::milliseconds(250);
}

bool progress_line::stderr_is_terminal() { return ::isatty(STDERR_FILENO) == 1; }

progress_line::progress_line(const engine::run_progress& progress, bool enabled)
    : progress_(progress), start_(std::chrono::steady_clock::now()) {
    if (!enabled || !stderr_is_terminal()) return;
    painter_ = std::thread([this] {
        std::unique_lock<std::mutex> lock(mutex_);
        do draw();
        while (!stop_cv_.wait_for(lock, redraw_every, [this] { return stopping_; }));
    });
}

progress_line::~progress_line() {
    if (!painter_.joinable()) return;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
    }
    stop_cv_.notify_all();
    painter_.join();
    std::fputs("\r\033[K", stderr);
    std::fflush(stderr);
}

void progress_line::draw() const {
    const std::size_t read = progress_.read.load();
    const std::size_t rejected = progress_.rejected.load();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    const double rate = seconds > 0 ? static_cast<double>(read) / seconds : 0.0;
    char line[160];
    std::snprintf(line, sizeof line, "\rbaocao: %zu file%s read, %zu rejected, %.1f files/s\033[K", read,
                  read == 1 ? "" : "s", rejected, rate);
    std::fputs(line, stderr);
    std::fflush(stderr);
}

}  // namespace baocao::cli
