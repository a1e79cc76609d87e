// SPDX-License-Identifier: Apache-2.0
// `baocao run`, `dump`, `plan` and `text` as a person uses them: a typo in a
// path, a terminal or a log file, a full disk, a roster written wrong.
#include "cli_process.hpp"

#include "test_paths.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace baocao::testing;

namespace {

std::filesystem::path demo() { return source_dir() / "samples" / "demo"; }

void write_file(const std::filesystem::path& p, const std::string& content) {
    std::ofstream(p, std::ios::binary) << content;
}

/// The arguments of a demo run into `out`, with `inputs` instead of the inbox.
std::vector<std::string> demo_run(const std::filesystem::path& out, const std::vector<std::string>& inputs,
                                  const std::vector<std::string>& extra = {}) {
    std::vector<std::string> args{"run", "--plan", (demo() / "plan-99-KH-TU.docx").string(), "--roster",
                                  (demo() / "roster.json").string(), "--out", out.string()};
    args.insert(args.end(), extra.begin(), extra.end());
    args.insert(args.end(), inputs.begin(), inputs.end());
    return args;
}

}  // namespace

TEST_CASE("an INPUT that does not exist is a usage error, not one more rejected file") {
    const auto dir = temp_dir("cli-missing-input");
    const auto r = run_cli(demo_run(dir / "out", {(demo() / "inbox").string(), (dir / "inbx").string()}));
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("no such file") && Catch::Contains((dir / "inbx").string()));
    CHECK_FALSE(std::filesystem::exists(dir / "out" / "result.json"));
    std::filesystem::remove_all(dir);
}

TEST_CASE("each rejected file is named on stderr with its reason") {
    const auto dir = temp_dir("cli-rejected");
    std::filesystem::create_directories(dir / "in");
    write_file(dir / "in" / "notes.docx", "these are notes, not a Word document");
    std::filesystem::copy_file(demo() / "inbox" / "KyAnh_BC_CT32.docx", dir / "in" / "KyAnh_BC_CT32.docx");
    const auto r = run_cli(demo_run(dir / "out", {(dir / "in").string()}));
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.err, Catch::Contains("rejected " + (dir / "in" / "notes.docx").string() + ": corrupt_zip: "));
    CHECK_THAT(r.err, !Catch::Contains("KyAnh_BC_CT32.docx: "));
    std::filesystem::remove_all(dir);
}

TEST_CASE("progress shows on a terminal, and not in a log or with -q") {
    const auto dir = temp_dir("cli-progress");
    const std::vector<std::string> inbox{(demo() / "inbox").string()};
    const auto on_terminal = run_cli(demo_run(dir / "a", inbox), with_terminal());
    CHECK(on_terminal.exit_code == 0);
    CHECK_THAT(on_terminal.err, Catch::Contains("files read, ") && Catch::Contains(" rejected, ") &&
                                    Catch::Contains("files/s"));
    const auto in_log = run_cli(demo_run(dir / "b", inbox));
    CHECK(in_log.exit_code == 0);
    CHECK_THAT(in_log.err, !Catch::Contains("files/s"));
    const auto quiet = run_cli(demo_run(dir / "c", inbox, {"-q"}), with_terminal());
    CHECK(quiet.exit_code == 0);
    CHECK_THAT(quiet.err, !Catch::Contains("files/s"));
    std::filesystem::remove_all(dir);
}

TEST_CASE("a --template that does not exist is an error") {
    const auto dir = temp_dir("cli-template");
    const auto r = run_cli(demo_run(dir / "out", {(demo() / "inbox").string()}, {"--template", (dir / "nope.docx").string()}));
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("no such file") && Catch::Contains("nope.docx"));
    std::filesystem::remove_all(dir);
}

TEST_CASE("a roster that is a list, not an object, gets a plain message") {
    const auto dir = temp_dir("cli-roster-list");
    write_file(dir / "roster.json", "[1]");
    auto args = demo_run(dir / "out", {(demo() / "inbox").string()});
    args[4] = (dir / "roster.json").string();
    const auto r = run_cli(args);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("roster.json:1:1: ") && Catch::Contains("must be an object"));
    CHECK_THAT(r.err, !Catch::Contains("Poco") && !Catch::Contains("N4") && !Catch::Contains("SharedPtr"));
    std::filesystem::remove_all(dir);
}

TEST_CASE("a roster error gives the file, line and column") {
    const auto dir = temp_dir("cli-roster-where");
    write_file(dir / "roster.json",
               "{\"units\": [\n"
               "  {\"id\": \"a\", \"name\": \"Huyện ủy A\", \"level\": \"district\"},\n"
               "  {\"id\": \"b\", \"name\": \"Đảng ủy B\", \"level\": \"province\"}\n"
               "]}\n");
    write_file(dir / "broken.json", "{\"units\": [\n  {\"id\": \"a\" \"name\": \"A\"}\n]}\n");
    auto args = demo_run(dir / "out", {(demo() / "inbox").string()});
    args[4] = (dir / "roster.json").string();
    const auto bad_level = run_cli(args);
    CHECK(bad_level.exit_code == 2);
    // Line 3, the value of "level": columns count characters, "Đảng ủy" included.
    CHECK_THAT(bad_level.err, Catch::Contains("roster.json:3:45: unit 2 ('b') has level 'province'"));
    args[4] = (dir / "broken.json").string();
    const auto broken = run_cli(args);
    CHECK(broken.exit_code == 2);
    CHECK_THAT(broken.err, Catch::Contains("broken.json:2:14: not valid JSON"));
    std::filesystem::remove_all(dir);
}

TEST_CASE("dump, plan and text fail when standard output cannot be written") {
    const std::string docx = (demo() / "inbox" / "KyAnh_BC_CT32.docx").string();
    const std::string plan = (demo() / "plan-99-KH-TU.docx").string();
    for (const auto& args : std::vector<std::vector<std::string>>{{"dump", docx}, {"text", docx}, {"plan", plan}}) {
        INFO(args.front());
        const auto ok = run_cli(args);
        CHECK(ok.exit_code == 0);
        CHECK_FALSE(ok.out.empty());
        const auto full = run_cli(args, with_stdout_to("/dev/full"));
        CHECK(full.exit_code == 1);
        CHECK_THAT(full.err, Catch::Contains("cannot write to standard output"));
    }
}

TEST_CASE("the summary lists only the outputs this run wrote, not those an earlier run left") {
    const auto dir = temp_dir("cli-written");
    std::filesystem::create_directories(dir / "in");
    std::filesystem::copy_file(demo() / "inbox" / "KyAnh_BC_CT32.docx", dir / "in" / "KyAnh_BC_CT32.docx");
    const auto first = run_cli(demo_run(dir / "out", {(dir / "in").string()}));
    REQUIRE(first.exit_code == 0);
    CHECK_THAT(first.err, Catch::Contains("draft.md"));
    REQUIRE(std::filesystem::exists(dir / "out" / "draft.md"));

    // The second run writes no draft.md: the one in the folder is the first run's.
    write_file(dir / "config.json", "{\"disabled\": [\"emit-md\"]}");
    const auto second = run_cli(demo_run(dir / "out", {(dir / "in").string()}, {"--config", (dir / "config.json").string()}));
    INFO(second.err);
    REQUIRE(second.exit_code == 0);
    CHECK_THAT(second.err, Catch::Contains("outputs in ") && Catch::Contains("result.json"));
    CHECK_THAT(second.err, !Catch::Contains("draft.md"));
    std::filesystem::remove_all(dir);
}
