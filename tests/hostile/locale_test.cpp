// SPDX-License-Identifier: Apache-2.0
// Outputs never depend on the environment's locale: the same inputs under
// LANG=C and LANG=C.UTF-8 give byte-identical result.json.
#include <catch2/catch.hpp>

#include "process_runner.hpp"
#include "test_files.hpp"
#include "test_paths.hpp"

#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace baocao::testing;

namespace {

std::string message_with_disposition(const std::string& disposition) {
    return "From: a@b.vn\r\nSubject: x\r\nDate: Sat, 28 Sep 2013 08:59:00 +0700\r\nMIME-Version: 1.0\r\n"
           "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n"
           "--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; " +
           disposition + "\r\nContent-Transfer-Encoding: base64\r\n\r\nUEsDBHp6\r\n--b--\r\n";
}

}  // namespace

TEST_CASE("RFC 2231 names in unknown charsets or with bad bytes give the same sources under every locale",
          "[hostile][locale]") {
    const auto dir = temp_dir("locale");
    fs::create_directories(dir / "in");
    std::ofstream(dir / "in" / "unknown.eml", std::ios::binary)
        << message_with_disposition("filename*=x-unknown''B%C3%A1o%20c%C3%A1o.docx");
    std::ofstream(dir / "in" / "invalid.eml", std::ios::binary)
        << message_with_disposition("filename*=utf-8''B%E1o%20c%ZZo%FF.docx");
    std::ofstream(dir / "in" / "mac.eml", std::ios::binary)
        << message_with_disposition("filename*=x-mac-vietnamese''B%87o.docx");
    std::string results[2];
    int i = 0;
    for (const char* locale : {"C", "C.UTF-8"}) {
        const auto out = dir / ("out-" + std::string(locale));
        const auto r = run_process({"/usr/bin/env", std::string("LANG=") + locale, std::string("LC_ALL=") + locale,
                                    (bin_dir() / "baocao").string(), "run", "--quiet", "--plan",
                                    (data_dir() / "hostile" / "plan.txt").string(), "--roster",
                                    (data_dir() / "hostile" / "roster.json").string(), "--out", out.string(),
                                    "--now", "2013-10-20T09:00:00+07:00", (dir / "in").string()},
                                   120);
        INFO(locale << ": " << r.err);
        REQUIRE(r.exit_code == 0);
        results[i++] = read_file_bytes(out / "result.json");
    }
    CHECK(results[0].find("Báo cáo.docx") != std::string::npos);
    CHECK(results[0] == results[1]);
}
