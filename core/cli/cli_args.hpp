// SPDX-License-Identifier: Apache-2.0
#pragma once
// Command-line parsing shared by the subcommands.

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace baocao::cli {

/// Bad usage: the message goes to stderr and the exit code is 2.
class usage_error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// A plan, roster, config or other named file that cannot be used: the message
/// (which names the file, and where it can, the line and column) goes to
/// stderr and the exit code is 2.
class input_error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// An option a subcommand accepts.
struct option_spec {
    std::string name;        ///< "--plan"
    std::string short_name;  ///< "-j" or ""
    bool takes_value;
    bool repeatable;
};

struct parsed_args {
    std::map<std::string, std::vector<std::string>> options;  ///< by long name
    std::vector<std::string> positional;
    bool help = false;

    bool has(const std::string& name) const { return options.count(name) != 0; }
    /// The last value given for an option, or `fallback`.
    std::string get(const std::string& name, const std::string& fallback = "") const;
    const std::vector<std::string>& all(const std::string& name) const;
};

/// Parses `args` against `specs` (plus --help, --plugin-path and --config, which
/// every subcommand takes). Throws usage_error naming the offending argument.
parsed_args parse_args(const std::vector<std::string>& args, std::vector<option_spec> specs);

}  // namespace baocao::cli
