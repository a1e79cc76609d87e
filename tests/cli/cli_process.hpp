// SPDX-License-Identifier: Apache-2.0
#pragma once
// Runs the real baocao command as a person would: stdout to a file (or to
// /dev/full), stderr read back, optionally from a terminal.

#include <filesystem>
#include <string>
#include <vector>

namespace baocao::testing {

struct cli_result {
    int exit_code = -1;   ///< -1 when killed by a signal
    std::string out;      ///< what it wrote to stdout (empty when sent elsewhere)
    std::string err;      ///< what it wrote to stderr
};

struct cli_options {
    std::filesystem::path stdout_to;   ///< a file stdout goes to instead of being captured ("/dev/full")
    bool stderr_on_terminal = false;   ///< stderr is a pseudo-terminal, as in an interactive shell
    std::filesystem::path cwd;         ///< working folder; the test's own when empty
};

/// Options with stderr on a pseudo-terminal.
inline cli_options with_terminal() {
    cli_options o;
    o.stderr_on_terminal = true;
    return o;
}

/// Options with stdout sent to `file` ("/dev/full").
inline cli_options with_stdout_to(const std::filesystem::path& file) {
    cli_options o;
    o.stdout_to = file;
    return o;
}

/// Runs the baocao binary of the build with `args`.
cli_result run_cli(const std::vector<std::string>& args, const cli_options& options = {});

}  // namespace baocao::testing
