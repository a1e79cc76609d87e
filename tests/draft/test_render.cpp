// SPDX-License-Identifier: Apache-2.0
// LibreOffice must read draft.docx and convert it to PDF. Skipped (with a
// warning) where soffice is not installed; CI installs libreoffice-writer-nogui.

#include "docx_reader.hpp"
#include "draft_fixture.hpp"
#include "test_paths.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <sstream>

BAOCAO_DECLARE_PLUGIN(emit_docx);

using namespace draft_test;

namespace {

/// True when `program` is an executable file in a folder of PATH.
bool on_path(const std::string& program) {
    const char* path = std::getenv("PATH");
    std::stringstream dirs(path ? path : "");
    for (std::string dir; std::getline(dirs, dir, ':');) {
        if (dir.empty()) continue;
        std::error_code ec;
        const auto candidate = std::filesystem::path(dir) / program;
        if (std::filesystem::is_regular_file(candidate, ec) && ::access(candidate.c_str(), X_OK) == 0) return true;
    }
    return false;
}

std::string quoted(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

}  // namespace

TEST_CASE("LibreOffice converts draft.docx to PDF", "[draft][render]") {
    if (!on_path("soffice")) {
        WARN("skipped: soffice is not on PATH (install libreoffice-writer-nogui)");
        return;
    }
    const auto dir = baocao::testing::temp_dir("draft-render");
    run_emitter(baocao_plugin_info_emit_docx(), make_run(), dir);
    // A private profile keeps the conversion independent of any user's LibreOffice.
    const std::string cmd = "timeout 180 soffice -env:UserInstallation=file://" + (dir / "profile").string() +
                            " --headless --convert-to pdf --outdir " + quoted(dir) + " " + quoted(dir / "draft.docx") +
                            " > " + quoted(dir / "soffice.log") + " 2>&1";
    const int rc = std::system(cmd.c_str());
    INFO("soffice log: " << slurp(dir / "soffice.log"));
    REQUIRE(rc == 0);
    std::filesystem::remove_all(dir / "profile");
    const auto pdf = dir / "draft.pdf";
    REQUIRE(std::filesystem::exists(pdf));
    CHECK(std::filesystem::file_size(pdf) > 5000);
    CHECK(slurp(pdf).rfind("%PDF-", 0) == 0);

    if (!on_path("pdftotext")) {
        WARN("pdftotext is not on PATH (poppler-utils): the PDF's text is not checked");
        return;
    }
    const std::string to_text = "pdftotext -enc UTF-8 " + quoted(pdf) + " " + quoted(dir / "draft.txt");
    REQUIRE(std::system(to_text.c_str()) == 0);
    const auto text = slurp(dir / "draft.txt");
    for (const char* expected : {"ĐẢNG CỘNG SẢN VIỆT NAM", "BÁO CÁO", "ĐÁNH GIÁ CHUNG", "(Can Lộc)",
                                 "PHỤ LỤC", "Chưa nộp", "T/M BAN THƯỜNG VỤ"}) {
        INFO(expected);
        CHECK(text.find(expected) != std::string::npos);
    }
}
