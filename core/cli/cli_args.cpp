// SPDX-License-Identifier: Apache-2.0
// Command-line parsing: --name value, --name=value, short flags, and "--" ending options.
#include "cli_args.hpp"

namespace baocao::cli {

std::string parsed_args::get(const std::string& name, const std::string& fallback) const {
    auto it = options.find(name);
    return it == options.end() || it->second.empty() ? fallback : it->second.back();
}

const std::vector<std::string>& parsed_args::all(const std::string& name) const {
    static const std::vector<std::string> none;
    auto it = options.find(name);
    return it == options.end() ? none : it->second;
}

parsed_args parse_args(const std::vector<std::string>& args, std::vector<option_spec> specs) {
    specs.push_back({"--plugin-path", "", true, true});
    specs.push_back({"--config", "", true, false});
    parsed_args out;
    bool options_done = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (options_done || arg.empty() || arg[0] != '-' || arg == "-") {
            out.positional.push_back(arg);
            continue;
        }
        if (arg == "--") {
            options_done = true;
            continue;
        }
        if (arg == "--help" || arg == "-h") {
            out.help = true;
            continue;
        }
        std::string name = arg, value;
        bool has_inline_value = false;
        if (const auto eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string::npos) {
            name = arg.substr(0, eq);
            value = arg.substr(eq + 1);
            has_inline_value = true;
        }
        const option_spec* spec = nullptr;
        for (const auto& s : specs)
            if (s.name == name || (!s.short_name.empty() && s.short_name == name)) spec = &s;
        // "-j4" is "-j 4".
        if (!spec && arg.size() > 2 && arg[1] != '-') {
            for (const auto& s : specs)
                if (!s.short_name.empty() && arg.rfind(s.short_name, 0) == 0 && s.takes_value) {
                    spec = &s;
                    value = arg.substr(s.short_name.size());
                    has_inline_value = true;
                }
        }
        if (!spec) throw usage_error("unknown option '" + arg + "'");
        if (spec->takes_value && !has_inline_value) {
            if (i + 1 >= args.size()) throw usage_error("option " + spec->name + " needs a value");
            value = args[++i];
        } else if (!spec->takes_value && has_inline_value) {
            throw usage_error("option " + spec->name + " takes no value");
        }
        auto& values = out.options[spec->name];
        if (!spec->repeatable && !values.empty()) throw usage_error("option " + spec->name + " given twice");
        values.push_back(value);
    }
    return out;
}

}  // namespace baocao::cli
