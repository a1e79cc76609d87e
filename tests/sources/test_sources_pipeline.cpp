// SPDX-License-Identifier: Apache-2.0
// The three sources inside the engine: a folder holding a Maildir-style
// message, an mbox and a zip, down to the documents, with the provenance and
// receipt times result.json shows.
#include "source_test_support.hpp"

#include <baocao/engine/pipeline.hpp>
#include <baocao/sdk/dates.hpp>

#include <catch2/catch.hpp>
#include <zip.h>

using namespace baocao;
using namespace baocao::testing;
namespace fs = std::filesystem;

BAOCAO_DECLARE_PLUGIN(source_fs);
BAOCAO_DECLARE_PLUGIN(source_mail);
BAOCAO_DECLARE_PLUGIN(source_zip);

namespace {

/// Takes any item whose bytes start like a zip and whose name ends in .docx.
class stub_docx_parser : public parser {
public:
    std::string name() const override { return "stub-docx"; }
    probe_score probe(const item& it, std::string_view head) const override {
        return head.starts_with("PK") && it.extension() == "docx" ? 100 : 0;
    }
    document parse(const item&, const context&) const override { return {}; }
};


}  // namespace

TEST_CASE("sources in the engine: folder, message, mbox and zip to documents", "[sources][pipeline]") {
    const fs::path root = temp_dir("sources-pipeline");
    const fs::path inbox = root / "inbox";
    write_file(inbox / "cur" / "1380907800.M1.mx:2,S", slurp(sources_data() / "outlook-1258.eml"));
    write_file(inbox / "three.mbox", slurp(sources_data() / "three.mbox"));
    write_file(inbox / "notes.txt", "not a report");
    {
        int err = 0;
        zip_t* za = zip_open((inbox / "bundle.zip").c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
        REQUIRE(za);
        static const std::string a = "PK a", b = "PK b";
        zip_file_add(za, "Xã/a.docx", zip_source_buffer(za, a.data(), a.size(), 0), ZIP_FL_ENC_UTF_8);
        zip_file_add(za, "b.docx", zip_source_buffer(za, b.data(), b.size(), 0), ZIP_FL_ENC_UTF_8);
        REQUIRE(zip_close(za) == 0);
    }

    engine::stage_registry reg;
    reg.add_plugin(*baocao_plugin_info_source_fs(), "(builtin)");
    reg.add_plugin(*baocao_plugin_info_source_mail(), "(builtin)");
    reg.add_plugin(*baocao_plugin_info_source_zip(), "(builtin)");
    static const baocao_plugin_info stub_info{BAOCAO_API_VERSION, "stub-docx", "1", "test",
                                              [](registry& r) { r.add_parser(std::make_shared<stub_docx_parser>()); },
                                              {}};
    reg.add_plugin(stub_info, "(test)");
    auto state = std::make_shared<engine::run_state>();
    state->quiet = true;
    engine::pipeline pipe(reg, state);
    engine::run_options opts;
    opts.inputs = {inbox.string()};
    const run_result r = pipe.run(opts);

    std::vector<std::string> sources;
    for (const auto& s : r.submissions) sources.push_back(s.source);
    const std::string in = inbox.string();
    CHECK(sources == std::vector<std::string>{in + "/bundle.zip#Xã/a.docx", in + "/bundle.zip#b.docx",
                                              in + "/cur/1380907800.M1.mx:2,S#Báo cáo sơ kết Huyện ủy Can Lộc.docx",
                                              in + "/three.mbox#3#ba.docx"});
    for (const auto& s : r.submissions) {
        if (s.source.find("Can Lộc") != std::string::npos) {
            REQUIRE(s.received_at);
            CHECK(dates::to_iso_datetime(*s.received_at, 420) == "2013-10-05T00:30:00+07:00");
            CHECK(s.sender == "vanphong.hu.canloc@hatinh.gov.vn");
        }
        if (s.source.find("bundle.zip") != std::string::npos) CHECK_FALSE(s.received_at);
    }
    std::vector<std::pair<std::string, std::string>> rejected;
    for (const auto& x : r.rejected) rejected.emplace_back(x.source, x.code);
    CHECK(rejected == std::vector<std::pair<std::string, std::string>>{
                          {in + "/notes.txt", "unsupported_format"},
                          {in + "/three.mbox#1", "no_attachment"},
                          {in + "/three.mbox#2", "no_attachment"}});
    fs::remove_all(root);
}

TEST_CASE("sources in the engine: the same folder given twice is read once, every source unique",
          "[sources][pipeline]") {
    const fs::path root = temp_dir("sources-twice");
    const fs::path inbox = root / "inbox";
    write_file(inbox / "a.docx", "PK a");
    write_file(inbox / "b.docx", "PK b");

    engine::stage_registry reg;
    reg.add_plugin(*baocao_plugin_info_source_fs(), "(builtin)");
    static const baocao_plugin_info stub_info{BAOCAO_API_VERSION, "stub-docx", "1", "test",
                                              [](registry& r) { r.add_parser(std::make_shared<stub_docx_parser>()); },
                                              {}};
    reg.add_plugin(stub_info, "(test)");
    auto state = std::make_shared<engine::run_state>();
    state->quiet = true;
    engine::pipeline pipe(reg, state);
    engine::run_options opts;
    opts.inputs = {inbox.string(), inbox.string() + "/", inbox.string(), (inbox / "a.docx").string()};
    const run_result r = pipe.run(opts);

    std::vector<std::string> sources;
    for (const auto& s : r.submissions) sources.push_back(s.source);
    for (const auto& s : r.rejected) sources.push_back(s.source);
    std::vector<std::string> unique = sources;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    CHECK(unique.size() == sources.size());
    CHECK(r.submissions.size() == 2);
}
