// SPDX-License-Identifier: Apache-2.0
#pragma once
// Running `baocao run` on the demo and reading what it wrote.

#include "process_runner.hpp"

#include <Poco/JSON/Object.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace baocao::testing {

/// The shipped demo folder (samples/demo).
std::filesystem::path demo_dir();

/// Runs `baocao run` from `cwd` with the given arguments after "run".
process_result run_baocao(const std::filesystem::path& cwd, const std::vector<std::string>& args);

/// Runs the demo (plan, roster, inbox) into `out` with extra arguments.
process_result run_demo(const std::filesystem::path& out, const std::vector<std::string>& extra = {});

std::string read_bytes(const std::filesystem::path& p);
Poco::JSON::Object::Ptr read_json(const std::filesystem::path& p);

/// A result.json submission's sections as "item | heading", in order.
std::vector<std::string> section_labels(const Poco::JSON::Object::Ptr& submission);

/// Runs `baocao run` on `input` with the demo's plan and roster, on 01/11/2013, into `out`;
/// requires it to succeed and returns its result.json.
Poco::JSON::Object::Ptr run_demo_plan_on(const std::filesystem::path& input, const std::filesystem::path& out);

/// Copies each file into `work`/inbox under the name paired with it, runs the demo's plan on that
/// folder into `work`/out (as run_demo_plan_on does) and returns result.json.
Poco::JSON::Object::Ptr run_demo_plan_on_files(const std::vector<std::pair<std::filesystem::path, std::string>>& files,
                                               const std::filesystem::path& work);

/// The one submission of a result.json; fails the test when there are none or several.
Poco::JSON::Object::Ptr only_submission(const Poco::JSON::Object::Ptr& result);

/// A JSON value as text, "" for null.
std::string text_or_empty(const Poco::Dynamic::Var& v);

/// result.json's row of roster unit `id` in "units"; fails the test when there is none.
Poco::JSON::Object::Ptr unit_row(const Poco::JSON::Object::Ptr& result, const std::string& id);

/// Each submission's unit id by its source from "inbox/" on ("inbox/a.eml#r.docx" → "can-loc").
std::map<std::string, std::string> unit_by_inbox_source(const Poco::JSON::Object::Ptr& result);

}  // namespace baocao::testing
