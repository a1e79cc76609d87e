// SPDX-License-Identifier: Apache-2.0
// The hostile corpus through the real `baocao run`: every input is accounted
// for with an allowed outcome, nothing leaks from the machine into the output,
// nothing is written outside the output folder, and time and memory stay bounded.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <catch2/catch.hpp>

#include "process_runner.hpp"
#include "test_paths.hpp"

#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace fs = std::filesystem;
using namespace baocao::testing;

namespace {

struct manifest_entry {
    std::string path;
    std::set<std::string> outcomes;
    std::string what;
};

std::vector<manifest_entry> read_manifest(const fs::path& file) {
    std::vector<manifest_entry> out;
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        manifest_entry e;
        std::string outcomes;
        std::getline(fields, e.path, '\t');
        std::getline(fields, outcomes, '\t');
        std::getline(fields, e.what);
        std::istringstream list(outcomes);
        std::string o;
        while (std::getline(list, o, ',')) e.outcomes.insert(o);
        out.push_back(e);
    }
    return out;
}

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

struct outcome_index {
    // source → outcome ("submission" or a rejection code)
    std::vector<std::pair<std::string, std::string>> entries;

    /// Outcomes of an input and everything inside it (source == path or path + '#...').
    std::vector<std::string> of(const std::string& source) const {
        std::vector<std::string> out;
        for (const auto& [s, o] : entries)
            if (s == source || s.rfind(source + "#", 0) == 0) out.push_back(o);
        return out;
    }
};

outcome_index index_result(const Poco::JSON::Object::Ptr& result) {
    outcome_index idx;
    auto subs = result->getArray("submissions");
    for (std::size_t i = 0; i < subs->size(); ++i)
        idx.entries.emplace_back(subs->getObject(static_cast<unsigned>(i))->getValue<std::string>("source"), "submission");
    auto rej = result->getArray("rejected");
    for (std::size_t i = 0; i < rej->size(); ++i) {
        auto r = rej->getObject(static_cast<unsigned>(i));
        idx.entries.emplace_back(r->getValue<std::string>("source"), r->getValue<std::string>("code"));
        CHECK_FALSE(r->getValue<std::string>("message").empty());
    }
    // A file left unread on purpose is accounted for by its reason.
    auto skipped = result->getArray("skipped");
    REQUIRE(skipped);
    for (std::size_t i = 0; i < skipped->size(); ++i) {
        auto s = skipped->getObject(static_cast<unsigned>(i));
        idx.entries.emplace_back(s->getValue<std::string>("source"), s->getValue<std::string>("reason"));
    }
    return idx;
}

struct hostile_run {
    fs::path dir;
    fs::path corpus;
    fs::path out;
    std::vector<manifest_entry> manifest;
    process_result result;
    Poco::JSON::Object::Ptr json;
};

hostile_run run_corpus(const std::string& name, int good, bool big) {
    hostile_run h;
    h.dir = temp_dir(name);
    h.corpus = h.dir / "corpus";
    h.out = h.dir / "out";
    std::vector<std::string> gen{(bin_dir() / "baocao-hostile-corpus").string(), h.corpus.string(), "--good",
                                 std::to_string(good)};
    if (big) gen.push_back("--big");
    const auto g = run_process(gen);
    REQUIRE(g.exit_code == 0);
    h.manifest = read_manifest(h.dir / "corpus.manifest.tsv");

    // Inputs are named as a user would: the folder, relative to where baocao runs.
    const auto cwd = fs::current_path();
    fs::current_path(h.dir);
    h.result = run_process({(bin_dir() / "baocao").string(), "run", "--quiet", "-j2", "--plan",
                            (data_dir() / "hostile" / "plan.txt").string(), "--roster",
                            (data_dir() / "hostile" / "roster.json").string(), "--out", "out", "corpus"});
    fs::current_path(cwd);
    INFO(h.result.err);
    REQUIRE(h.result.signal == 0);
    REQUIRE(h.result.exit_code == 0);
    Poco::JSON::Parser parser;
    h.json = parser.parse(read_file(h.out / "result.json")).extract<Poco::JSON::Object::Ptr>();
    return h;
}

}  // namespace

TEST_CASE("every hostile input ends with an allowed outcome, bounded, and nothing leaks") {
    const bool big = std::getenv("BAOCAO_HOSTILE_SMALL") == nullptr;
    auto h = run_corpus("hostile", 4, big);
    const auto idx = index_result(h.json);

    for (const auto& e : h.manifest) {
        INFO(e.path << ": " << e.what);
        const auto outcomes = idx.of("corpus/" + e.path);
        REQUIRE_FALSE(outcomes.empty());
        for (const auto& o : outcomes) {
            INFO("outcome " << o);
            CHECK(e.outcomes.count(o) == 1);
        }
    }

    // Nothing from the machine reaches any output.
    for (const auto& entry : fs::directory_iterator(h.out)) {
        const std::string content = read_file(entry.path());
        INFO(entry.path());
        CHECK(content.find("root:x:0:0") == std::string::npos);
        CHECK(content.find("/bin/bash") == std::string::npos);
    }
    // Nothing written outside the output folder: the corpus folder holds only what the generator wrote.
    CHECK_FALSE(fs::exists("/tmp/baocao-pwn.docx"));
    CHECK_FALSE(fs::exists(h.dir / "etc"));
    CHECK_FALSE(fs::exists(h.dir.parent_path() / "etc" / "evil.docx"));
    for (const auto& entry : fs::directory_iterator(h.dir))
        CHECK((entry.path().filename() == "corpus" || entry.path().filename() == "out" ||
               entry.path().filename() == "corpus.manifest.tsv"));

    // Bounds: generous enough for a sanitizer build on a busy machine, tight enough to catch a bomb.
    WARN("hostile corpus: " << h.manifest.size() << " inputs in " << h.result.seconds << " s, peak RSS "
                            << h.result.max_rss_kib / 1024 << " MB");
    CHECK(h.result.seconds < 300);
    CHECK(h.result.max_rss_kib < 1536 * 1024);
    fs::remove_all(h.dir);
}

TEST_CASE("nothing lost: 200 inputs, about one in five hostile, all accounted for and the counts add up") {
    auto h = run_corpus("nothing-lost", 147, false);
    REQUIRE(h.manifest.size() == 200);
    const auto idx = index_result(h.json);
    std::size_t good_read = 0;
    for (const auto& e : h.manifest) {
        INFO(e.path);
        const auto outcomes = idx.of("corpus/" + e.path);
        CHECK_FALSE(outcomes.empty());
        if (e.path.rfind("good/", 0) == 0 && outcomes == std::vector<std::string>{"submission"}) ++good_read;
    }
    CHECK(good_read == 147);

    auto subs = h.json->getArray("submissions");
    auto rejected = h.json->getArray("rejected");
    auto summary = h.json->getObject("summary");
    CHECK(summary->getValue<std::size_t>("submissions") == subs->size());
    CHECK(summary->getValue<std::size_t>("rejected") == rejected->size());
    std::size_t by_code = 0;
    auto codes = summary->getObject("rejected_by_code");
    std::vector<std::string> names;
    codes->getNames(names);
    for (const auto& n : names) by_code += codes->getValue<std::size_t>(n);
    CHECK(by_code == rejected->size());
    CHECK(summary->getValue<std::size_t>("skipped") == h.json->getArray("skipped")->size());
    // The summary on stderr says the same.
    CHECK_THAT(h.result.err, Catch::Contains(std::to_string(subs->size()) + " submissions"));
    fs::remove_all(h.dir);
}
