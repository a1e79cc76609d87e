// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The six stage kinds a plugin can add. Every method may be called from
/// several worker threads at once: stages keep no mutable state per call.
/// Anything built once per run (tables, indexes) is built in prepare().

#include <baocao/sdk/context.hpp>
#include <baocao/sdk/error.hpp>
#include <baocao/sdk/item.hpp>
#include <baocao/sdk/model.hpp>
#include <baocao/sdk/result.hpp>

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace baocao {

/// Common to all stages.
class stage {
public:
    virtual ~stage() = default;
    /// The stage's name, unique within its kind ("source-mail").
    virtual std::string name() const = 0;
    /// Called once per run before any item, single-threaded.
    virtual void prepare(const context&) {}
    /// Names of the stages of the same kind that must run before this one
    /// when they run at all: an extractor that reads `submission::unit`
    /// returns {"extract-unit"}. The engine orders the stages from these.
    virtual std::vector<std::string> runs_after() const { return {}; }
};

/// How sure a stage is that it handles an item: 0 = no; the highest claim
/// wins, and parsers are asked before sources, so a tie goes to a parser.
using probe_score = int;

/// The scale every probe answers on. A stage answers one of these; where two
/// stages may claim the same item, the one that should read it answers the
/// higher step (parse-doc claims an OLE2 file named .docx at `preferred`,
/// above parse-docx's `content`, because only parse-doc can tell whether it is
/// a .doc or an encrypted package).
namespace probe_scale {
inline constexpr probe_score none = 0;            ///< not this stage's kind of item
inline constexpr probe_score only_to_refuse = 5;  ///< another format this stage can only name, to refuse it with the reason
inline constexpr probe_score unlikely = 10;       ///< the content is of the family, but neither it nor the name points here
inline constexpr probe_score name_only = 20;      ///< the name says this format, the content does not show it: read to refuse it with the reason
inline constexpr probe_score damaged = 40;        ///< the content starts as this format and the name agrees, but it cannot be opened
inline constexpr probe_score content_weak = 50;   ///< the content shows this format under an unrelated name
inline constexpr probe_score content = 60;        ///< the content shows this format; the name agrees or says nothing (.bin, .dat)
inline constexpr probe_score content_loose = 70;  ///< the content shows this format, by a looser test than `content_and_name`
inline constexpr probe_score preferred = 80;      ///< the content shows it, and this stage reads it over others that claim it too
inline constexpr probe_score content_and_name = 90;  ///< the content shows it and the name agrees
inline constexpr probe_score certain = 100;       ///< nothing else can read it
}  // namespace probe_scale

/// Receives the children a container hands back.
using item_sink = std::function<void(item)>;

/// Receives a child a container could not even extract: its name, why, and a message.
using child_rejecter = std::function<void(const std::string& child_name, error_code code, const std::string& message)>;

/// Opens a container (folder, message, mailbox, archive) into child items.
/// The core sniffs each child's type, applies the limits, extends its
/// provenance and dispatches it again: a source never calls another.
class source : public stage {
public:
    /// 0 when this is not a container of this source's kind; higher wins.
    virtual probe_score probe(const item& it, std::string_view head) const = 0;
    /// Emits the children in a stable order. Throws rejection_error when the
    /// container itself cannot be read (children already emitted are kept).
    /// A child that cannot be read is emitted anyway, or reported through
    /// `reject`, so that nothing is lost silently.
    virtual void expand(const item& it, const context& ctx, const item_sink& emit,
                        const child_rejecter& reject) const = 0;
};

/// Reads one document.
class parser : public stage {
public:
    virtual probe_score probe(const item& it, std::string_view head) const = 0;
    /// Throws rejection_error when the item cannot be read as a document.
    virtual document parse(const item& it, const context& ctx) const = 0;
};

/// Fills fields of a submission from its document. Runs in worker threads,
/// in the configured order, so a later extractor sees what earlier ones set.
class extractor : public stage {
public:
    virtual void extract(const document& doc, const item& it, submission& sub, const context& ctx) const = 0;
};

/// Looks at the whole run once every input is read (deadlines, versions, missing units).
class checker : public stage {
public:
    virtual void check(run_result& run, const context& ctx) const = 0;
};

/// Builds the draft synthesis once per run, after the checkers: the built-in
/// synthesis writes the masthead and the body; any composer may add parts
/// (a table, an appendix) placed by zone and rank. Composers run in order,
/// each seeing what the earlier ones wrote.
class composer : public stage {
public:
    virtual void compose(const run_result& run, draft::document& draft, const context& ctx) const = 0;
};

/// Writes outputs into the output folder. Must write atomically (write_file_atomically).
class emitter : public stage {
public:
    virtual void emit(const run_result& run, const context& ctx, const std::filesystem::path& out_dir) const = 0;
};

}  // namespace baocao
