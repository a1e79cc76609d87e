// SPDX-License-Identifier: Apache-2.0
// Special files named on the command line: a FIFO with no writer blocked
// open() forever, whichever argument named it. Every command must end, with
// the FIFO refused by name, and `run` must still write its outputs.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <catch2/catch.hpp>

#include "process_runner.hpp"
#include "test_files.hpp"
#include "test_paths.hpp"

#include <fstream>
#include <sstream>
#include <sys/stat.h>

namespace fs = std::filesystem;
using namespace baocao::testing;

namespace {

/// Generous for a run of three small files; a hang is what it catches.
constexpr double command_timeout_seconds = 60;

struct fifo_world {
    fs::path dir = temp_dir("special-files");
    fs::path fifo = dir / "pipe.docx";
    fs::path plan = data_dir() / "hostile" / "plan.txt";
    fs::path roster = data_dir() / "hostile" / "roster.json";

    fifo_world() { REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0); }

    process_result baocao(std::vector<std::string> args) const {
        args.insert(args.begin(), (bin_dir() / "baocao").string());
        return run_process(args, command_timeout_seconds);
    }
};

}  // namespace

TEST_CASE("a FIFO given as an INPUT is rejected, and the run ends with its outputs", "[hostile][special-files]") {
    fifo_world w;
    const auto out = w.dir / "out";
    const auto r = w.baocao({"run", "--quiet", "--plan", w.plan.string(), "--roster", w.roster.string(), "--out",
                             out.string(), w.fifo.string()});
    INFO(r.err);
    REQUIRE_FALSE(r.timed_out);
    CHECK(r.exit_code == 0);
    REQUIRE(fs::exists(out / "result.json"));
    Poco::JSON::Parser parser;
    const auto json = parser.parse(read_file_bytes(out / "result.json")).extract<Poco::JSON::Object::Ptr>();
    const auto rejected = json->getArray("rejected");
    REQUIRE(rejected->size() == 1);
    const auto entry = rejected->getObject(0);
    CHECK(entry->getValue<std::string>("source") == w.fifo.string());
    CHECK(entry->getValue<std::string>("code") == "unreadable");
    CHECK(entry->getValue<std::string>("message").find("FIFO") != std::string::npos);
}

TEST_CASE("a FIFO given as --plan, --roster or --config ends the command with a message", "[hostile][special-files]") {
    fifo_world w;
    const auto out = (w.dir / "out").string();
    const std::vector<std::pair<std::string, std::vector<std::string>>> cases{
        {"--plan", {"run", "--plan", w.fifo.string(), "--roster", w.roster.string(), "--out", out, w.dir.string()}},
        {"--roster", {"run", "--plan", w.plan.string(), "--roster", w.fifo.string(), "--out", out, w.dir.string()}},
        {"--config",
         {"run", "--plan", w.plan.string(), "--roster", w.roster.string(), "--config", w.fifo.string(), "--out", out,
          w.dir.string()}},
    };
    for (const auto& [option, args] : cases) {
        const auto r = w.baocao(args);
        INFO(option << ": " << r.err);
        REQUIRE_FALSE(r.timed_out);
        CHECK(r.exit_code != 0);
        CHECK(r.signal == 0);
        CHECK(r.err.find("FIFO") != std::string::npos);
    }
}

TEST_CASE("a FIFO given to text, dump or plan ends the command with a message", "[hostile][special-files]") {
    fifo_world w;
    for (const std::string command : {"text", "dump", "plan"}) {
        const auto r = w.baocao({command, w.fifo.string()});
        INFO(command << ": " << r.err);
        REQUIRE_FALSE(r.timed_out);
        CHECK(r.exit_code != 0);
        CHECK(r.signal == 0);
        CHECK(r.err.find("FIFO") != std::string::npos);
    }
}
