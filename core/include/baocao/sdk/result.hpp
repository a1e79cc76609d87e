// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The result types; they map field for field onto result.json
/// (schema "baocao.result/1"), so the JSON emitter is a plain serializer.

#include <baocao/sdk/draft.hpp>
#include <baocao/sdk/plan.hpp>
#include <baocao/sdk/problem_code.hpp>
#include <baocao/sdk/report_structure.hpp>
#include <baocao/sdk/stored_text.hpp>

#include <Poco/Dynamic/Var.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace baocao {

struct problem {
    problem_code code;                    ///< a contract code (error_code::unknown_unit) or a plugin-defined one
    std::string message;
};

/// A part of a report that belongs to a plan item.
struct section_match {
    std::string item;                     ///< plan item id
    /// The heading as written, with its label. Like the text, it goes to the
    /// run's text store once the report's extractors are done: a run keeps
    /// six or so per report. Read it with `heading.str()`.
    stored_text heading;
    /// Body text, paragraphs joined by "\n". Set it as a string; once the
    /// report's extractors are done the engine moves it to the run's text
    /// store, so later stages read it with `text.str()`.
    stored_text text;
    double confidence = 0.0;              ///< 0..1
};

/// A part of a report that matched no plan item.
struct unmatched_section {
    stored_text heading;                  ///< like section_match::heading, in the store once extracted
    stored_text text;                     ///< like section_match::text, in the store once extracted
};

struct unit_ref {
    std::string id;
    std::string name;
    std::string level;
};

/// One report read from the inputs.
struct submission {
    std::string source;
    std::string sha256;
    std::optional<unit_ref> unit;
    std::optional<std::string> document_date;   ///< ISO date
    std::optional<std::int64_t> received_at;    ///< unix seconds; written in +07:00
    std::optional<std::string> deadline;        ///< ISO date
    std::string deadline_rule;                  ///< "before" or "by" for that date, "" when none
    std::string status = "undetermined";        ///< on_time, late, undetermined
    std::optional<std::string> superseded_by;   ///< source of the newer version
    bool off_topic = false;                     ///< on another subject than the plan's; kept out of the synthesis
    std::vector<section_match> sections;
    std::vector<unmatched_section> unmatched;
    std::vector<problem> problems;

    /// Fields added by plugins beyond the contract ("indicators"); written into
    /// the submission's JSON object under their key, in key order.
    std::map<std::string, Poco::Dynamic::Var> extensions;

    // Not serialized: what checkers need to know about how it arrived.
    std::string sender;                   ///< sender address of the carrying message
    std::string message_key;              ///< companions share it
    std::string attachment_name;
    /// The report's title lines, joined by "\n", for checkers and emitters. Like
    /// the sections' text, it goes to the run's text store once the report's
    /// extractors are done: set it as a string, read it with `title.str()`.
    stored_text title;
    /// The report's parts and section tree, set by extract-sections for the
    /// extractors that run after it (`runs_after()` names it). Like the
    /// document, it lives only while the report's extractors run: the engine
    /// drops it before the submission joins the run.
    std::shared_ptr<const report_structure> structure;
    std::uint64_t order = 0;              ///< position in input order, for stable sorting
};

struct rejection {
    std::string source;
    std::string code;
    std::string message;
    std::optional<unit_ref> unit;         ///< the roster unit that sent it, when the sender or name tells

    // Not serialized: how it arrived, for tying it to a unit.
    std::string sender;                   ///< sender address of the carrying message
    std::string message_key;
    std::optional<std::int64_t> received_at;  ///< when the carrying message arrived
};

/// One sending of a unit's report, oldest first, when there is more than one.
struct version_note {
    std::string source;                   ///< the sending's main file
    std::optional<std::string> submitted_on;  ///< ISO date
    bool after_deadline = false;          ///< submitted after the last day on time
};

/// One row per roster unit.
struct unit_status {
    std::string id;
    std::string name;
    std::string level;
    std::string status;                   ///< on_time, late, missing, not_yet_due, unreadable, undetermined
    std::optional<std::string> submission;  ///< source of the submission that counts
    std::optional<std::string> deadline;
    std::optional<std::string> submitted_on;  ///< ISO date of the earliest version
    std::optional<int> days_late;
    std::string deadline_rule;            ///< "before" or "by", "" when no deadline
    std::string deadline_origin;          ///< roster_unit, roster_level, plan, plan_group, settings; "" when none
    std::string deadline_text;            ///< Vietnamese, for the appendix: "trước 05/10/2013", "chậm nhất ngày 30/04/2024"
    std::string note;                     ///< Vietnamese, what the unit owes or what is off ("tệp bị lỗi, đề nghị gửi lại")
    std::vector<std::string> other_reports;    ///< sources of the unit's other reports that count (not versions)
    std::vector<std::string> rejected;    ///< sources of its files that could not be read
    std::vector<std::string> off_topic;   ///< sources of its reports on another subject
    std::vector<version_note> versions;   ///< its sendings of one report, oldest first; empty when only one
    std::vector<std::string> items_not_covered;  ///< plan item ids none of its counting reports answers
};

/// What happened to the inputs; submissions + rejected = every item that was
/// not a container opened without error.
struct run_summary {
    std::size_t inputs = 0;               ///< paths given on the command line
    std::size_t containers = 0;           ///< folders, messages, mailboxes and archives opened
    std::size_t submissions = 0;
    std::map<std::string, std::size_t> rejected_by_code;
};

/// A file a source left unread on purpose (an Office lock file, OS metadata ...).
struct skipped_file {
    std::string source;
    std::string reason;                   ///< to_string of a code is_skip_reason() accepts
};

struct run_result {
    plan_spec plan;
    std::vector<submission> submissions;  ///< in input order
    std::vector<rejection> rejected;      ///< in input order
    std::vector<unit_status> units;       ///< in roster order
    run_summary summary;
    std::map<std::string, Poco::Dynamic::Var> extensions;  ///< run-level plugin output
    draft::document draft;                ///< the draft synthesis, built by the composers after the checkers
    /// Files left unread on purpose, in input order. Kept last so that the
    /// fields before it stay where plugins built before it expect them.
    std::vector<skipped_file> skipped;
};

}  // namespace baocao
