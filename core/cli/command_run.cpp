// SPDX-License-Identifier: Apache-2.0
// baocao run: the main job.
#include "commands.hpp"
#include "host.hpp"
#include "plan_input.hpp"
#include "progress_line.hpp"

#include <baocao/engine/pipeline.hpp>
#include <baocao/engine/roster_loader.hpp>
#include <baocao/sdk/dates.hpp>

#include <cstdlib>
#include <map>
#include <string>
#include <sys/stat.h>
#include <vector>
#include <ctime>
#include <iostream>
#include <thread>

namespace baocao::cli {

namespace {

const char* const help_text =
    "usage: baocao run --plan PLAN --roster ROSTER --out OUTDIR [options] INPUT...\n"
    "\n"
    "Reads every INPUT (.docx, .doc, .odt and .rtf files, .eml messages, .mbox mailboxes,\n"
    "Maildir folders, .zip, .rar, .7z and .tar archives, plain folders walked\n"
    "recursively) and writes into OUTDIR:\n"
    "  result.json     every submission and every rejected input (schema baocao.result/1)\n"
    "  compliance.csv  one row per roster unit: deadline, day submitted, status\n"
    "  compliance.xlsx the same for a spreadsheet, with unit × item coverage and figures\n"
    "  draft.docx      the merged draft synthesis report, and draft.md, the same in Markdown\n"
    "  report.html     the run at a glance: counts, charts, coverage grid, every unit's files\n"
    "\n"
    "options:\n"
    "  --plan PLAN       the plan (.docx, .txt) or a plan spec (.json) from `baocao plan`\n"
    "  --roster ROSTER   units expected to report (JSON)\n"
    "  --out OUTDIR      output folder, created when missing\n"
    "  -j N, --jobs N    worker threads (default: the number of cores); results do not depend on N\n"
    "  --now ISO         the run's date-time: the date the outputs are stamped with, and the day\n"
    "                    before which a unit's deadline is not yet due (default: the config's \"now\",\n"
    "                    else SOURCE_DATE_EPOCH, else the clock); set it for reproducible runs\n"
    "  --template DOCX   reference .docx whose styles the draft uses\n"
    "  --quiet           only warnings and the summary on stderr\n"
    "  -v, --verbose     also what each plugin decided (debug messages)\n"
    "  --config FILE     pipeline file: plugins, order, settings, limits\n"
    "  --plugin-path DIR also load the plugins in DIR (repeatable)\n"
    "\n"
    "On a terminal, a line on stderr shows the files read, rejected and the rate as it goes;\n"
    "each rejected file is named on stderr with its reason.\n"
    "\n"
    "Exit status: 0 when the run finished (rejected inputs are listed in result.json),\n"
    "1 when outputs could not be written, 2 for bad usage, an INPUT that does not exist,\n"
    "or a plan, roster, config or template that cannot be used.\n";

/// The run's "now" when neither --now nor the config gives one:
/// SOURCE_DATE_EPOCH for reproducible builds of the outputs, else the clock,
/// since a draft made while reports still come in is dated the day it is made.
std::int64_t default_now() {
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
        char* end = nullptr;
        const long long v = std::strtoll(epoch, &end, 10);
        if (end && *end == '\0') return v;
    }
    return static_cast<std::int64_t>(std::time(nullptr));
}

void print_rejected(const run_result& run) {
    for (const auto& r : run.rejected) std::cerr << "baocao: rejected " << r.source << ": " << r.code << ": " << r.message << '\n';
}

/// What identifies one state of a file: a file written again (atomically,
/// by rename) has another inode, or at least another change time.
struct file_state {
    ino_t inode = 0;
    std::int64_t changed_ns = 0;
    bool operator==(const file_state&) const = default;
};

/// The regular files of the output folder, by name.
std::map<std::string, file_state> output_files(const std::filesystem::path& out) {
    std::map<std::string, file_state> files;
    std::error_code ec;
    for (std::filesystem::directory_iterator it(out, ec), end; !ec && it != end; it.increment(ec)) {
        struct stat st {};
        if (::stat(it->path().c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
        files[it->path().filename().string()] =
            file_state{st.st_ino, static_cast<std::int64_t>(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec};
    }
    return files;
}

/// The files of the output folder this run wrote: new, or changed since `before`.
std::vector<std::string> written_since(const std::map<std::string, file_state>& before, const std::filesystem::path& out) {
    std::vector<std::string> written;
    for (const auto& [name, now] : output_files(out)) {
        const auto was = before.find(name);
        if (was == before.end() || !(was->second == now)) written.push_back(name);
    }
    return written;
}

void print_summary(const run_result& run, const std::filesystem::path& out, const std::vector<std::string>& written_files) {
    const auto& s = run.summary;
    std::size_t rejected = 0;
    std::string by_code;
    for (const auto& [code, n] : s.rejected_by_code) {
        rejected += n;
        by_code += (by_code.empty() ? "" : ", ") + code + " " + std::to_string(n);
    }
    std::cerr << "baocao: " << s.inputs << " input" << (s.inputs == 1 ? "" : "s") << " given, " << s.containers
              << " container" << (s.containers == 1 ? "" : "s") << " opened, " << (s.submissions + rejected)
              << " files read: " << s.submissions << " submission" << (s.submissions == 1 ? "" : "s") << ", "
              << rejected << " rejected" << (by_code.empty() ? "" : " (" + by_code + ")")
              << (run.skipped.empty() ? "" : "; " + std::to_string(run.skipped.size()) + " left unread on purpose (skipped)")
              << '\n';
    std::map<std::string, std::size_t> by_status;
    for (const auto& u : run.units) ++by_status[u.status];
    if (!run.units.empty())
        std::cerr << "baocao: units: " << by_status["on_time"] << " on time, " << by_status["late"] << " late, "
                  << by_status["unreadable"] << " unreadable, " << by_status["missing"] << " missing, "
                  << by_status["not_yet_due"] << " not yet due, " << by_status["undetermined"] << " undetermined; "
                  << rejected << " input" << (rejected == 1 ? "" : "s") << " rejected\n";
    // Only what this run wrote: a file an earlier run left, or one an emitter
    // failed to replace, is not this run's output.
    std::string written;
    for (const auto& name : written_files) written += (written.empty() ? "" : ", ") + name;
    std::cerr << "baocao: outputs in " << out.string() << (written.empty() ? ": none written" : ": " + written) << '\n';
}

}  // namespace

int command_run(const std::vector<std::string>& args) {
    auto a = parse_args(args, {{"--plan", "", true, false},
                               {"--roster", "", true, false},
                               {"--out", "-o", true, false},
                               {"--jobs", "-j", true, false},
                               {"--now", "", true, false},
                               {"--template", "", true, false},
                               {"--quiet", "-q", false, false},
                               {"--verbose", "-v", false, false}});
    if (a.help) {
        std::cout << help_text;
        return 0;
    }
    for (const char* required : {"--plan", "--roster", "--out"})
        if (!a.has(required)) throw usage_error(std::string("missing ") + required);
    if (a.positional.empty()) throw usage_error("no INPUT given: name the reports, messages, mailboxes or folders to read");
    // A mistyped path must stop the run, not turn every unit "missing".
    for (const auto& input : a.positional) {
        std::error_code ec;
        if (!std::filesystem::exists(input, ec)) throw usage_error("no such file or folder: INPUT " + input);
    }
    if (a.has("--template")) {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(a.get("--template"), ec))
            throw usage_error("no such file: --template " + a.get("--template"));
    }
    unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    if (a.has("--jobs")) {
        const std::string j = a.get("--jobs");
        char* end = nullptr;
        const long v = std::strtol(j.c_str(), &end, 10);
        if (!end || *end != '\0' || v < 1 || v > 256) throw usage_error("-j needs a number of threads from 1 to 256, not '" + j + "'");
        threads = static_cast<unsigned>(v);
    }

    host h(a);
    h.report_failures();
    auto state = h.make_state();
    state->quiet = a.has("--quiet");
    state->verbose = a.has("--verbose");
    if (a.has("--template")) {
        auto& s = state->settings["emit-docx"];
        if (!s) s = new Poco::JSON::Object;
        s->set("template", a.get("--template"));
    }
    engine::pipeline pipe(h.registry, state);
    try {
        state->plan = load_plan(a.get("--plan"), pipe);
        state->roster = engine::load_roster(a.get("--roster"));
    } catch (const std::exception& e) {
        std::cerr << "baocao run: " << e.what() << '\n';
        return 2;
    }
    if (a.has("--now")) {
        auto now = dates::parse_iso_datetime(a.get("--now"), state->utc_offset_minutes);
        if (!now) throw usage_error("--now needs an ISO date or date-time, not '" + a.get("--now") + "'");
        state->now = *now;
    } else if (!h.config.now) {
        state->now = default_now();
    }

    const std::filesystem::path out = a.get("--out");
    std::error_code ec;
    std::filesystem::create_directories(out, ec);
    if (ec) {
        std::cerr << "baocao run: cannot create the output folder " << out.string() << ": " << ec.message() << '\n';
        return 1;
    }
    // The text the run keeps until the emitters are done waits in a file in
    // the output folder (a disk the outputs go to anyway), not in memory.
    state->text_store = std::make_shared<run_text_store>(out);
    try {
        state->text_store->open();
    } catch (const std::exception& e) {
        std::cerr << "baocao run: " << e.what() << '\n';
        return 1;
    }
    engine::run_progress progress;
    run_result run;
    {
        const progress_line shown(progress, !state->quiet);
        run = pipe.run({a.positional, threads, &progress});
    }
    print_rejected(run);
    const auto before = output_files(out);
    const auto failures = pipe.emit(run, out, threads);
    for (const auto& f : failures) std::cerr << "baocao run: output not written: " << f << '\n';
    print_summary(run, out, written_since(before, out));
    return failures.empty() ? 0 : 1;
}

}  // namespace baocao::cli
