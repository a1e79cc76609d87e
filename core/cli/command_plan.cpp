// SPDX-License-Identifier: Apache-2.0
// baocao plan: the plan spec, to read or to edit.
#include "commands.hpp"
#include "host.hpp"
#include "plan_input.hpp"

#include <baocao/engine/pipeline.hpp>
#include <baocao/engine/plan_reader.hpp>

#include <iostream>

namespace baocao::cli {

namespace {
const char* const help_text =
    "usage: baocao plan PLAN [--out FILE]\n"
    "\n"
    "Reads a plan (.docx, .doc, .odt, .rtf or .txt, or a spec .json) and prints its spec as JSON: number,\n"
    "date, issuing body, title, the content items of its section \"NỘI DUNG\" and the\n"
    "deadlines per unit level. Edit the spec (wording of items, extra phrases that signal an\n"
    "item, deadlines) and give it back to `baocao run --plan`.\n"
    "--out FILE writes the spec to FILE instead of standard output.\n"
    "Exit status: 0, or 2 when the plan cannot be read.\n";
}  // namespace

int command_plan(const std::vector<std::string>& args) {
    auto a = parse_args(args, {{"--out", "-o", true, false}});
    if (a.help) {
        std::cout << help_text;
        return 0;
    }
    if (a.positional.size() != 1) throw usage_error("expects exactly one PLAN");
    host h(a);
    h.report_failures();
    engine::pipeline pipe(h.registry, h.make_state());
    plan_spec plan;
    try {
        plan = load_plan(a.positional.front(), pipe);
    } catch (const std::exception& e) {
        std::cerr << "baocao plan: " << e.what() << '\n';
        return 2;
    }
    const std::string json = engine::plan_to_json(plan);
    if (a.has("--out"))
        write_file_atomically(a.get("--out"), json);
    else
        std::cout << json;
    return 0;
}

}  // namespace baocao::cli
