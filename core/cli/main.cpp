// SPDX-License-Identifier: Apache-2.0
// The baocao command: dispatches to one subcommand.
#include "cli_args.hpp"
#include "commands.hpp"
#include "local_time_zone.hpp"
#include "version_text.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <iostream>
#include <map>

namespace {

const char* const usage_text =
    "usage: baocao <command> [options]\n"
    "\n"
    "Reads the review reports units send in answer to a plan, checks who reported on time,\n"
    "finds what each report says under each content item, and drafts the synthesis.\n"
    "\n"
    "commands:\n"
    "  run      read reports and write result.json, compliance.csv and .xlsx, draft.docx and .md,\n"
    "           report.html\n"
    "  plan     read a plan (.docx, .txt) and print its spec as JSON\n"
    "  text     print the plain text of a report (.docx, .doc, .odt, .rtf), with numbering labels\n"
    "  dump     print the document model of a report (.docx, .doc, .odt, .rtf) as JSON\n"
    "  plugins  list the loaded plugins, or check one library\n"
    "  fetch    download new messages from a POP3 mailbox into a Maildir archive\n"
    "\n"
    "options for every command: --plugin-path DIR (repeatable), --config FILE, --help\n"
    "baocao --version prints the version, the commit, the plugin API and the library versions.\n"
    "baocao <command> --help tells more.\n";

/// Flushes standard output; false, with a message on stderr, when what was
/// printed could not all be written.
bool stdout_written(const std::string& command) {
    errno = 0;
    std::cout.flush();
    const bool ok = std::fflush(stdout) == 0 && !std::ferror(stdout) && std::cout.good();
    if (!ok)
        std::cerr << "baocao " << command << ": cannot write to standard output"
                  << (errno ? std::string(": ") + std::strerror(errno) : std::string()) << '\n';
    return ok;
}

}  // namespace

int main(int argc, char** argv) {
    baocao::cli::pin_local_time_zone();
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        std::cerr << usage_text;
        return 2;
    }
    const std::string command = args.front();
    args.erase(args.begin());
    if (command == "--help" || command == "-h" || command == "help") {
        std::cout << usage_text;
        return 0;
    }
    if (command == "--version" || command == "-V") {
        std::cout << baocao::cli::version_text();
        return stdout_written("--version") ? 0 : 1;
    }
    static const std::map<std::string, int (*)(const std::vector<std::string>&)> commands = {
        {"run", baocao::cli::command_run},         {"plan", baocao::cli::command_plan},
        {"text", baocao::cli::command_text},       {"dump", baocao::cli::command_dump},
        {"plugins", baocao::cli::command_plugins}, {"fetch", baocao::cli::command_fetch},
    };
    auto it = commands.find(command);
    if (it == commands.end()) {
        std::cerr << "baocao: unknown command '" << command << "'\n\n" << usage_text;
        return 2;
    }
    try {
        const int status = it->second(args);
        // A full disk or a closed pipe must not pass for a finished job.
        if (!stdout_written(command)) return 1;
        return status;
    } catch (const baocao::cli::usage_error& e) {
        std::cerr << "baocao " << command << ": " << e.what() << "\n(see baocao " << command << " --help)\n";
        return 2;
    } catch (const baocao::cli::input_error& e) {
        std::cerr << "baocao " << command << ": " << e.what() << '\n';
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "baocao " << command << ": " << e.what() << '\n';
        return 1;
    }
}
