// SPDX-License-Identifier: Apache-2.0
// Building the inboxes and reading what the command wrote.
#include "compliance_inbox.hpp"

#include "test_paths.hpp"

#include "docx_writer.hpp"
#include "mime_writer.hpp"
#include "report_composer.hpp"
#include "roster_data.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

namespace baocao::testing {

namespace fs = std::filesystem;

namespace {

std::string read_text(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

void write_text(const fs::path& p, const std::string& bytes) {
    fs::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary);
    out << bytes;
}

}  // namespace

samplegen::moment vn(int year, int month, int day, int hour, int minute) {
    samplegen::moment m;
    m.year = year;
    m.month = month;
    m.day = day;
    m.hour = hour;
    m.minute = minute;
    return m;
}

compliance_inbox::compliance_inbox(const std::string& name) : dir_(temp_dir("compliance-" + name)) {
    fs::create_directories(dir_ / "inbox");
}

compliance_inbox::~compliance_inbox() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
}

std::string compliance_inbox::report(const std::string& unit, int number, const samplegen::moment& date, bool skip_front) {
    samplegen::report_options o;
    o.unit_id = unit;
    o.number = number;
    o.date = date;
    o.seed = static_cast<std::uint64_t>(number) * 7919u;
    o.skip_front = skip_front;
    o.front_own_section = true;
    return samplegen::write_docx(samplegen::compose_report(o).doc);
}

void compliance_inbox::mail(const std::string& file, const std::string& unit, const samplegen::moment& received,
                            const std::vector<attachment>& attachments) {
    const samplegen::roster_unit* u = samplegen::find_unit(unit);
    REQUIRE(u != nullptr);
    samplegen::mail_message m;
    m.from_name = u->name;
    m.from_address = samplegen::unit_emails(*u).front();
    m.subject = "Báo cáo - " + u->name;
    m.body = "Kính gửi Ban Dân vận Tỉnh ủy.\n\nTrân trọng!\n";
    m.date = received;
    m.received.push_back({"smtp.hatinh.example.vn", "mx.hatinh.example.vn (Postfix)", received});
    m.message_id = file + "@hatinh.example.vn";
    for (const attachment& a : attachments) {
        const bool docx = a.name.size() > 5 && a.name.substr(a.name.size() - 5) == ".docx";
        m.attachments.push_back({a.name,
                                 docx ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                                      : "application/octet-stream",
                                 a.bytes, samplegen::name_encoding::rfc2047_b});
    }
    write_text(dir_ / "inbox" / file, samplegen::write_message(m));
}

void compliance_inbox::loose(const std::string& file, const std::string& bytes) { write_text(dir_ / "inbox" / file, bytes); }

fs::path compliance_inbox::put(const std::string& file, const std::string& text) {
    write_text(dir_ / file, text);
    return dir_ / file;
}

fs::path compliance_inbox::plan(const std::string& from, const std::string& to) {
    std::string text = read_text(data_dir() / "plan" / "plan-99-KH-TU.txt");
    if (!from.empty()) {
        const auto at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
    }
    return put("plan-" + std::to_string(++runs_) + ".txt", text);
}

fs::path compliance_inbox::roster(bool keep_deadlines, const std::map<std::string, std::string>& unit_deadlines) {
    Poco::JSON::Parser parser;
    auto root = parser.parse(samplegen::roster_json()).extract<Poco::JSON::Object::Ptr>();
    if (!keep_deadlines) root->remove("deadlines");
    auto units = root->getArray("units");
    for (std::size_t i = 0; i < units->size(); ++i) {
        auto u = units->getObject(static_cast<unsigned>(i));
        const auto it = unit_deadlines.find(u->getValue<std::string>("id"));
        if (it != unit_deadlines.end()) u->set("deadline", Poco::JSON::Parser().parse(it->second));
    }
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(root, out);
    return put("roster-" + std::to_string(++runs_) + ".json", out.str());
}

Poco::JSON::Object::Ptr compliance_inbox::run(const fs::path& plan, const fs::path& roster, const std::vector<std::string>& extra) {
    const fs::path out = dir_ / ("out-" + std::to_string(++runs_));
    std::vector<std::string> argv{(bin_dir() / "baocao").string(), "run", "--quiet", "--plan", plan.string(),
                                  "--roster", roster.string(), "--out", out.string()};
    argv.insert(argv.end(), extra.begin(), extra.end());
    // Sources are named as given: run from the folder, on "inbox".
    argv.push_back("inbox");
    const auto here = fs::current_path();
    fs::current_path(dir_);
    last_ = run_process(argv);
    fs::current_path(here);
    INFO(last_.err);
    REQUIRE(last_.exit_code == 0);
    Poco::JSON::Parser parser;
    last_out_ = out;
    return parser.parse(read_text(out / "result.json")).extract<Poco::JSON::Object::Ptr>();
}

std::string compliance_inbox::csv() const {
    std::string text = read_text(last_out_ / "compliance.csv");
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
    return text;
}

Poco::JSON::Object::Ptr unit_row(const Poco::JSON::Object::Ptr& result, const std::string& id) {
    auto units = result->getArray("units");
    for (std::size_t i = 0; i < units->size(); ++i) {
        auto u = units->getObject(static_cast<unsigned>(i));
        if (u->getValue<std::string>("id") == id) return u;
    }
    FAIL("no unit row " << id);
    return nullptr;
}

Poco::JSON::Object::Ptr submission_of(const Poco::JSON::Object::Ptr& result, const std::string& source) {
    auto subs = result->getArray("submissions");
    for (std::size_t i = 0; i < subs->size(); ++i) {
        auto s = subs->getObject(static_cast<unsigned>(i));
        if (s->getValue<std::string>("source") == source) return s;
    }
    FAIL("no submission " << source);
    return nullptr;
}

std::vector<std::string> strings_of(const Poco::JSON::Object::Ptr& o, const std::string& key) {
    std::vector<std::string> out;
    if (!o->has(key) || o->isNull(key)) return out;
    auto a = o->getArray(key);
    if (!a) return out;
    for (std::size_t i = 0; i < a->size(); ++i) out.push_back(a->getElement<std::string>(static_cast<unsigned>(i)));
    return out;
}

std::string text_of(const Poco::JSON::Object::Ptr& o, const std::string& key) {
    if (!o->has(key) || o->isNull(key)) return "null";
    return o->get(key).convert<std::string>();
}

std::vector<std::string> problem_codes(const Poco::JSON::Object::Ptr& submission) {
    std::vector<std::string> out;
    auto problems = submission->getArray("problems");
    for (std::size_t i = 0; i < problems->size(); ++i)
        out.push_back(problems->getObject(static_cast<unsigned>(i))->getValue<std::string>("code"));
    return out;
}

}  // namespace baocao::testing
