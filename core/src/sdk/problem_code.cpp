// SPDX-License-Identifier: Apache-2.0
// Plugin-defined problem codes: the naming rule and the string they are written as.
#include <baocao/sdk/problem_code.hpp>

#include <stdexcept>

namespace baocao {

namespace {

bool is_lower_or_digit(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

/// [a-z] then [a-z0-9] or `joiner`: "extract-unit" with '-', "empty_body" with '_'.
bool is_spelled_with(std::string_view s, char joiner) {
    if (s.empty() || !(s.front() >= 'a' && s.front() <= 'z')) return false;
    for (const char c : s)
        if (c != joiner && !is_lower_or_digit(c)) return false;
    return true;
}

std::string quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

}  // namespace

problem_code problem_code::plugin_defined(std::string_view plugin, std::string_view finding) {
    if (!is_spelled_with(plugin, '-'))
        throw std::invalid_argument("invalid plugin-defined problem code " + quoted(std::string(plugin) + "." +
                                    std::string(finding)) + ": the plugin part " + quoted(plugin) +
                                    " must be the plugin's name in kebab-case ([a-z][a-z0-9-]*)");
    if (!is_spelled_with(finding, '_'))
        throw std::invalid_argument("invalid plugin-defined problem code " + quoted(std::string(plugin) + "." +
                                    std::string(finding)) + ": the finding " + quoted(finding) +
                                    " must be snake_case ([a-z][a-z0-9_]*)");
    problem_code code;
    code.plugin_defined_ = std::string(plugin) + "." + std::string(finding);
    return code;
}

std::string_view to_string(const problem_code& code) noexcept {
    if (code.is_plugin_defined()) return code.plugin_defined_;
    return to_string(code.contract_);
}

}  // namespace baocao
