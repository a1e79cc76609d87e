// SPDX-License-Identifier: Apache-2.0
#pragma once
// Runs a program as a child process and reports how it went: exit code,
// wall time and peak memory, for tests that hold the real command to limits.

#include <string>
#include <vector>

namespace baocao::testing {

struct process_result {
    int exit_code = -1;          ///< -1 when killed by a signal
    int signal = 0;
    double seconds = 0;
    long max_rss_kib = 0;
    bool timed_out = false;      ///< killed (SIGKILL) after `timeout_seconds`
    std::string err;             ///< what it wrote to stderr
};

/// Runs `argv[0]` with `argv`, stdout to /dev/null, stderr captured; a child
/// still running after `timeout_seconds` is killed and reaped, so no test
/// leaves one behind.
process_result run_process(const std::vector<std::string>& argv, double timeout_seconds = 600);

}  // namespace baocao::testing
