// SPDX-License-Identifier: Apache-2.0
// Helpers for whole-run tests.
#include "e2e_support.hpp"

#include "test_paths.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

namespace baocao::testing {

std::filesystem::path demo_dir() { return source_dir() / "samples" / "demo"; }

process_result run_baocao(const std::filesystem::path& cwd, const std::vector<std::string>& args) {
    std::vector<std::string> argv{(bin_dir() / "baocao").string(), "run"};
    argv.insert(argv.end(), args.begin(), args.end());
    const auto here = std::filesystem::current_path();
    std::filesystem::current_path(cwd);
    auto r = run_process(argv);
    std::filesystem::current_path(here);
    return r;
}

process_result run_demo(const std::filesystem::path& out, const std::vector<std::string>& extra) {
    std::vector<std::string> args{"--plan", "plan-99-KH-TU.docx", "--roster", "roster.json", "--out", out.string()};
    args.insert(args.end(), extra.begin(), extra.end());
    args.push_back("inbox");
    return run_baocao(demo_dir(), args);
}

std::string read_bytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

Poco::JSON::Object::Ptr read_json(const std::filesystem::path& p) {
    Poco::JSON::Parser parser;
    return parser.parse(read_bytes(p)).extract<Poco::JSON::Object::Ptr>();
}

std::vector<std::string> section_labels(const Poco::JSON::Object::Ptr& submission) {
    std::vector<std::string> out;
    const auto sections = submission->getArray("sections");
    for (std::size_t i = 0; i < sections->size(); ++i) {
        const auto s = sections->getObject(static_cast<unsigned>(i));
        out.push_back(s->getValue<std::string>("item") + " | " + s->getValue<std::string>("heading"));
    }
    return out;
}

Poco::JSON::Object::Ptr run_demo_plan_on(const std::filesystem::path& input, const std::filesystem::path& out) {
    const auto r = run_baocao(demo_dir(), {"--quiet", "--now", "2013-11-01T08:00:00", "--plan", "plan-99-KH-TU.docx", "--roster",
                                           "roster.json", "--out", out.string(), input.string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return read_json(out / "result.json");
}

Poco::JSON::Object::Ptr run_demo_plan_on_files(const std::vector<std::pair<std::filesystem::path, std::string>>& files,
                                               const std::filesystem::path& work) {
    const std::filesystem::path inbox = work / "inbox";
    std::filesystem::create_directories(inbox);
    for (const auto& [from, name] : files)
        std::filesystem::copy_file(from, inbox / name, std::filesystem::copy_options::overwrite_existing);
    return run_demo_plan_on(inbox, work / "out");
}

Poco::JSON::Object::Ptr only_submission(const Poco::JSON::Object::Ptr& result) {
    const auto subs = result->getArray("submissions");
    REQUIRE(subs->size() == 1);
    return subs->getObject(0);
}

std::string text_or_empty(const Poco::Dynamic::Var& v) { return v.isEmpty() ? std::string() : v.toString(); }

Poco::JSON::Object::Ptr unit_row(const Poco::JSON::Object::Ptr& result, const std::string& id) {
    const auto units = result->getArray("units");
    for (std::size_t i = 0; i < units->size(); ++i)
        if (units->getObject(static_cast<unsigned>(i))->getValue<std::string>("id") == id) return units->getObject(static_cast<unsigned>(i));
    FAIL("no unit " << id);
    return {};
}

std::map<std::string, std::string> unit_by_inbox_source(const Poco::JSON::Object::Ptr& result) {
    std::map<std::string, std::string> out;
    const auto subs = result->getArray("submissions");
    for (std::size_t i = 0; i < subs->size(); ++i) {
        const auto s = subs->getObject(static_cast<unsigned>(i));
        const std::string source = s->getValue<std::string>("source");
        const auto unit = s->getObject("unit");
        out[source.substr(source.find("inbox/"))] = unit ? unit->getValue<std::string>("id") : std::string();
    }
    return out;
}

}  // namespace baocao::testing
