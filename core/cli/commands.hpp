// SPDX-License-Identifier: Apache-2.0
#pragma once
// The subcommands of baocao; each returns the process exit code.

#include <string>
#include <vector>

namespace baocao::cli {

int command_run(const std::vector<std::string>& args);
int command_text(const std::vector<std::string>& args);
int command_dump(const std::vector<std::string>& args);
int command_plugins(const std::vector<std::string>& args);
int command_plan(const std::vector<std::string>& args);
int command_fetch(const std::vector<std::string>& args);

}  // namespace baocao::cli
