// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The engine: dispatches inputs through sources, parsers, extractors,
/// checkers and emitters, wrapping every plugin call.

#include <baocao/engine/registry.hpp>
#include <baocao/engine/run_context.hpp>

#include <atomic>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace baocao::engine {

/// Counters the engine advances while it reads, for a progress display.
struct run_progress {
    std::atomic<std::size_t> read{0};       ///< files read, whether submissions or rejected
    std::atomic<std::size_t> rejected{0};   ///< of which rejected
};

struct run_options {
    std::vector<std::string> inputs;      ///< as given on the command line
    unsigned threads = 1;
    run_progress* progress = nullptr;     ///< advanced as files are read, when given
};

class pipeline {
public:
    pipeline(const stage_registry& reg, std::shared_ptr<const run_state> state);

    /// Reads every input and runs the checkers.
    run_result run(const run_options& opts) const;

    /// Runs every emitter into `out_dir`, up to `threads` at once; returns one
    /// message per emitter that failed.
    std::vector<std::string> emit(const run_result& run, const std::filesystem::path& out_dir,
                                  unsigned threads = 1) const;

    /// Reads one file as a document with the best parser, for `text` and `dump`.
    /// Throws rejection_error when it cannot be read.
    document parse_one(const std::filesystem::path& file) const;

private:
    const stage_registry& reg_;
    std::shared_ptr<const run_state> state_;
};

}  // namespace baocao::engine
