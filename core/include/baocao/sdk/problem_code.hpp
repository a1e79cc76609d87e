// SPDX-License-Identifier: Apache-2.0
#pragma once
/// What a problem is: a contract error_code, or a finding a plugin defines
/// for itself; either way the one string result.json carries.

#include <baocao/sdk/error.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace baocao {

/// The code of a problem found in a report.
///
/// A contract code converts implicitly: `problem{error_code::duplicate, "..."}`.
/// A plugin names a finding of its own with plugin_defined(): it is written
/// "plugin-name.finding" ("example-word-count.empty_body"). Contract codes
/// never contain a dot, so a plugin-defined code can never be taken for one.
class problem_code {
public:
    problem_code(error_code code) noexcept : contract_(code) {}  // NOLINT(google-explicit-constructor)

    /// The finding `finding` of the plugin named `plugin`: `plugin` is the
    /// plugin's name in kebab-case ([a-z][a-z0-9-]*), `finding` is snake_case
    /// ([a-z][a-z0-9_]*). Throws std::invalid_argument naming the rule otherwise.
    static problem_code plugin_defined(std::string_view plugin, std::string_view finding);

    /// The contract code, or nullopt for a plugin-defined one.
    std::optional<error_code> contract() const noexcept {
        if (is_plugin_defined()) return std::nullopt;
        return contract_;
    }
    bool is_plugin_defined() const noexcept { return !plugin_defined_.empty(); }

    friend bool operator==(const problem_code&, const problem_code&) = default;

private:
    problem_code() = default;
    friend std::string_view to_string(const problem_code& code) noexcept;

    error_code contract_ = error_code::plugin_problem;  ///< meaningful only when plugin_defined_ is empty
    std::string plugin_defined_;                       ///< "plugin.finding", "" for a contract code
};

/// The string result.json carries: the contract's string for a contract
/// code ("duplicate"), "plugin.finding" for a plugin-defined one.
std::string_view to_string(const problem_code& code) noexcept;

}  // namespace baocao
