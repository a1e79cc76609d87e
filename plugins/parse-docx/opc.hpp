// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Open Packaging Conventions: content types, relationships, part names.

#include "zip_package.hpp"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace baocao::docx {

/// One relationship of a .rels part.
struct relationship {
    std::string id;
    std::string type;
    std::string target;        ///< resolved part name (no leading '/'), or the URI when external
    bool external = false;
    /// The last segment of the type URI ("officeDocument", "styles", "header"),
    /// which is the same in the transitional and strict vocabularies.
    std::string_view kind() const;
};

/// [Content_Types].xml: Default (by extension) and Override (by part) entries.
struct content_types {
    std::unordered_map<std::string, std::string> defaults;    ///< lower-case extension → type
    std::unordered_map<std::string, std::string> overrides;   ///< lower-case part name → type
    /// The content type of a part ("" when neither an Override nor a Default names it).
    std::string type_of(std::string_view part_name) const;
};

/// The .rels part describing `source_part` ("" for the package itself: "_rels/.rels").
std::string rels_part_of(std::string_view source_part);

/// Resolves a relationship target against the part that holds the relationship:
/// relative paths, "..", absolute "/x", percent-escapes; "" when it leaves the package.
std::string resolve_target(std::string_view source_part, std::string_view target);

/// Reads the relationships of `source_part`; empty when it has no .rels part.
std::vector<relationship> read_relationships(plugins::zip_package& pkg, std::string_view source_part, std::uint32_t max_depth);

/// Reads [Content_Types].xml; empty when absent.
content_types read_content_types(plugins::zip_package& pkg, std::uint32_t max_depth);

}  // namespace baocao::docx
