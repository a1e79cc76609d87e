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

/// How sure a stage is that it handles an item: 0 = no.
using probe_score = int;

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
