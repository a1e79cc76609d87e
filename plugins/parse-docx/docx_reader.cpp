// SPDX-License-Identifier: Apache-2.0
#include "docx_reader.hpp"

#include "alt_chunk.hpp"
#include "core_properties.hpp"
#include "ole2.hpp"
#include "opc.hpp"
#include "zip_package.hpp"

#include <baocao/sdk/error.hpp>

#include <algorithm>
#include <unordered_set>

namespace baocao::docx {

std::optional<tracked_mode> tracked_mode_from(std::string_view setting) {
    if (setting == "accept") return tracked_mode::accept;
    if (setting == "reject") return tracked_mode::reject;
    if (setting == "all") return tracked_mode::all;
    return std::nullopt;
}

namespace {

bool is_word_main_type(std::string_view type) {
    return type.find("wordprocessingml.document.main+xml") != std::string_view::npos ||
           type.find("wordprocessingml.template.main+xml") != std::string_view::npos ||
           type.find("ms-word.document.macroEnabled.main+xml") != std::string_view::npos ||
           type.find("ms-word.template.macroEnabledTemplate.main+xml") != std::string_view::npos;
}

bool is_other_office_type(std::string_view type) {
    return type.find("spreadsheetml") != std::string_view::npos ||
           type.find("presentationml") != std::string_view::npos ||
           type.find("ms-excel") != std::string_view::npos || type.find("ms-powerpoint") != std::string_view::npos;
}

/// The main document part: the package's officeDocument relationship, else
/// the part [Content_Types].xml declares as a WordprocessingML main part.
std::string locate_main_part(plugins::zip_package& pkg, const content_types& types, const std::vector<relationship>& rels) {
    for (const relationship& r : rels)
        if (!r.external && r.kind() == "officeDocument" && !r.target.empty() && pkg.has(r.target)) return r.target;
    for (const auto& [part, type] : types.overrides)
        if (is_word_main_type(type) && pkg.has(part)) return part;
    return {};
}

/// Reads an optional metadata part; its XML being broken does not make the document unreadable.
template <typename Fn>
void read_optional(Fn&& fn) {
    try {
        fn();
    } catch (const rejection_error& e) {
        if (e.code() != error_code::xml_error && e.code() != error_code::not_docx) throw;
    }
}

}  // namespace

document read_docx(const item& it, const baocao::limits& lim, tracked_mode mode, shared_parts* shared, int chunk_level) {
    const std::string head = it.head(8);
    if (is_ole2(head)) {
        switch (classify_ole2(it)) {
        case ole2_kind::encrypted_ooxml:
            throw rejection_error(error_code::encrypted, "the document is password-protected (encrypted OOXML package)");
        case ole2_kind::word_binary:
            throw rejection_error(error_code::unsupported_format, "legacy Word 97-2003 .doc file, not a .docx");
        case ole2_kind::other:
            throw rejection_error(error_code::unsupported_format, "an OLE2 compound file that is not a Word document");
        }
    }
    if (head.rfind("{\\rtf", 0) == 0)
        throw rejection_error(error_code::unsupported_format, "an RTF file, not a .docx");
    if (head.size() < 4 || head[0] != 'P' || head[1] != 'K')
        throw rejection_error(error_code::corrupt_zip, "not a zip archive");

    plugins::zip_package pkg(it, lim);
    const std::uint32_t depth = lim.max_xml_depth;
    shared_parts unshared(0);
    shared_parts& parts = shared ? *shared : unshared;
    const auto types_read = parts.content_types.get(
        pkg, "[Content_Types].xml", [&](plugins::zip_package& from, std::string_view) { return read_content_types(from, depth); });
    const content_types& types = *types_read;
    auto relationships_of = [&](std::string_view source) {
        return parts.relationships.get(pkg, source.empty() ? std::string("_rels/.rels") : rels_part_of(source),
                                       [&](plugins::zip_package& from, std::string_view) {
                                           return read_relationships(from, source, depth);
                                       });
    };
    const auto package_rels_read = relationships_of("");
    const std::vector<relationship>& package_rels = *package_rels_read;
    const std::string main = locate_main_part(pkg, types, package_rels);
    if (main.empty()) throw rejection_error(error_code::not_docx, "the package has no Word main document part");
    if (is_other_office_type(types.type_of(main)))
        throw rejection_error(error_code::not_docx, "the package is a " + types.type_of(main) + ", not a Word document");

    const auto doc_rels_read = relationships_of(main);
    const std::vector<relationship>& doc_rels = *doc_rels_read;
    auto first_of = [&](std::string_view kind) -> std::string {
        for (const relationship& r : doc_rels)
            if (!r.external && r.kind() == kind && pkg.has(r.target)) return r.target;
        return {};
    };

    const auto styles = parts.styles.get(pkg, first_of("styles"), [&](plugins::zip_package& from, std::string_view part) {
        style_sheet sheet;
        sheet.read(from, part, depth);
        return sheet;
    });
    const auto theme = parts.themes.get(pkg, first_of("theme"), [&](plugins::zip_package& from, std::string_view part) {
        return read_theme(from, part, depth);
    });
    const auto numbering = parts.numberings.get(pkg, first_of("numbering"), [&](plugins::zip_package& from, std::string_view part) {
        numbering_definitions defs;
        defs.read(from, part, depth);
        return defs;
    });

    document doc;
    story_context sc{*styles, *theme, *numbering, mode, lim, 0};
    if (chunk_level < max_alt_chunk_levels)
        sc.alt_chunk = [&](std::string_view id) -> std::vector<block> {
            for (const relationship& r : doc_rels)
                if (r.id == id && r.kind() == "aFChunk")
                    return read_alt_chunk(pkg, r, types, lim, [&](std::string bytes, const std::string& name) -> std::vector<block> {
                        item embedded;
                        embedded.source = it.source + "#" + name;
                        embedded.name = name;
                        embedded.bytes = std::make_shared<const std::string>(std::move(bytes));
                        embedded.depth = it.depth;
                        try {
                            return read_docx(embedded, lim, mode, nullptr, chunk_level + 1).body;
                        } catch (const rejection_error& e) {
                            // Past a limit the whole document is refused; an embedded part that is
                            // no document leaves the chunk empty, as Word shows it.
                            if (e.code() == error_code::zip_bomb || e.code() == error_code::too_large) throw;
                            return {};
                        }
                    });
            return {};
        };
    std::vector<std::string> references;
    {
        body_reader reader(sc, doc, main);
        parse_part(pkg, main, reader, depth);
        if (!reader.saw_root())
            throw rejection_error(error_code::not_docx, main + " is not a WordprocessingML document");
        references = reader.story_references();
    }

    // Headers and footers in the order the sections reference them, then any others.
    std::vector<const relationship*> stories;
    std::unordered_set<std::string> seen;
    for (const std::string& id : references)
        for (const relationship& r : doc_rels)
            if (r.id == id && (r.kind() == "header" || r.kind() == "footer") && !r.external && seen.insert(r.target).second)
                stories.push_back(&r);
    for (const relationship& r : doc_rels)
        if ((r.kind() == "header" || r.kind() == "footer") && !r.external && seen.insert(r.target).second)
            stories.push_back(&r);
    for (const char* kind : {"footnotes", "endnotes", "comments"})
        for (const relationship& r : doc_rels)
            if (r.kind() == kind && !r.external && seen.insert(r.target).second) stories.push_back(&r);

    for (const relationship* r : stories) {
        if (!pkg.has(r->target)) continue;
        body_reader reader(sc, doc, r->target);
        parse_part(pkg, r->target, reader, depth);
    }

    std::string core;
    for (const relationship& r : package_rels)
        if (!r.external && r.kind() == "core-properties" && pkg.has(r.target)) {
            core = r.target;
            break;
        }
    if (core.empty() && pkg.has("docProps/core.xml")) core = "docProps/core.xml";
    if (!core.empty()) read_optional([&] { read_core_properties(pkg, core, depth, doc.metadata); });
    return doc;
}

}  // namespace baocao::docx
