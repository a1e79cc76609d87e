// SPDX-License-Identifier: Apache-2.0
#pragma once
// Running the real baocao binary with extra environment, capturing its output.

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace baocao::testing {

/// What a finished process left.
struct process_result {
    int exit_code = -1;  ///< the exit status, or 128 + signal
    std::string out;     ///< stdout
    std::string err;     ///< stderr
};

/// Runs `program` with `args`; `env` entries are added to (or replace those of)
/// this process's environment, and an empty value removes the variable.
process_result run_process(const std::filesystem::path& program, const std::vector<std::string>& args,
                           const std::map<std::string, std::string>& env = {});

}  // namespace baocao::testing
