// SPDX-License-Identifier: Apache-2.0
// The same inputs give byte-identical outputs whatever the thread count, and a
// run killed at any moment leaves the previous outputs whole.
#include "e2e_support.hpp"
#include "test_paths.hpp"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <map>
#include <thread>

using namespace baocao::testing;
namespace fs = std::filesystem;

namespace {
const std::vector<std::string> outputs{"result.json", "compliance.csv", "compliance.xlsx", "draft.docx", "draft.md",
                                       "report.html"};
}

TEST_CASE("outputs are byte-identical for -j1 and -j8 and across runs") {
    const auto dir = temp_dir("determinism");
    // Without --now a run is dated by the clock; reproducible runs name their date.
    const std::string now = "2013-10-15T12:00:00+07:00";
    const auto r1 = run_demo(dir / "j1", {"-j1", "--now", now});
    INFO(r1.err);
    REQUIRE(r1.exit_code == 0);
    const auto r8 = run_demo(dir / "j8", {"-j8", "--now", now});
    REQUIRE(r8.exit_code == 0);
    const auto again = run_demo(dir / "again", {"-j2", "--now", now});
    REQUIRE(again.exit_code == 0);
    for (const auto& name : outputs) {
        INFO(name);
        REQUIRE(fs::exists(dir / "j1" / name));
        const auto one = read_bytes(dir / "j1" / name);
        CHECK_FALSE(one.empty());
        CHECK(one == read_bytes(dir / "j8" / name));
        CHECK(one == read_bytes(dir / "again" / name));
    }
    fs::remove_all(dir);
}

TEST_CASE("a run killed at any moment leaves the previous outputs whole") {
    const auto dir = temp_dir("killed-run");
    const auto out = dir / "out";
    REQUIRE(run_demo(out).exit_code == 0);
    std::map<std::string, std::string> before;
    for (const auto& name : outputs) before[name] = read_bytes(out / name);

    // A second run with another clock changes every output; kill it at
    // increasing delays so the kill lands in every phase, writing included.
    const std::string baocao = (bin_dir() / "baocao").string();
    for (int delay_ms : {0, 5, 20, 50, 100, 200, 400, 800}) {
        const pid_t pid = ::fork();
        if (pid == 0) {
            ::chdir(demo_dir().c_str());
            const int devnull = ::open("/dev/null", O_WRONLY);
            ::dup2(devnull, 1);
            ::dup2(devnull, 2);
            ::execl(baocao.c_str(), baocao.c_str(), "run", "--plan", "plan-99-KH-TU.docx", "--roster", "roster.json",
                    "--out", out.c_str(), "--now", "2014-01-01T00:00:00+07:00", "inbox", static_cast<char*>(nullptr));
            ::_exit(127);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
        for (const auto& name : outputs) {
            INFO(name << " after a kill at " << delay_ms << " ms");
            const auto now = read_bytes(out / name);
            // Either the previous output or a complete new one, never a torn file.
            if (now != before[name]) {
                if (name == "result.json") CHECK_NOTHROW(read_json(out / name));
                if (name == "draft.docx") CHECK(now.substr(now.size() - 22, 4) == std::string("PK\x05\x06", 4));
            }
            before[name] = now;
        }
    }
    fs::remove_all(dir);
}
