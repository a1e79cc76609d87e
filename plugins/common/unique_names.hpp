// SPDX-License-Identifier: Apache-2.0
#pragma once
// Keeps the child names of one container distinct, so every child gets its own
// provenance ("a.eml#Báo cáo.docx", "a.eml#Báo cáo (2).docx"). source-fs,
// source-mail and source-zip name children with it.

#include <map>
#include <string>
#include <string_view>

namespace baocao::plugins {

/// Hands out names unique within one container.
class unique_names {
public:
    /// `name` itself the first time; "stem (2).ext", "stem (3).ext" ... after.
    std::string take(const std::string& name) {
        if (used_.emplace(name, 1).second) return name;
        const auto slash = name.rfind('/');
        const auto dot = name.rfind('.');
        const bool has_ext = dot != std::string::npos && dot > 0 &&
                             (slash == std::string::npos || dot > slash + 1);
        const std::string stem = has_ext ? name.substr(0, dot) : name;
        const std::string ext = has_ext ? name.substr(dot) : std::string{};
        for (int n = used_[name] + 1;; ++n) {
            std::string candidate = stem + " (" + std::to_string(n) + ")" + ext;
            if (used_.emplace(candidate, 1).second) {
                used_[name] = n;
                return candidate;
            }
        }
    }

private:
    std::map<std::string, int, std::less<>> used_;
};

}  // namespace baocao::plugins
