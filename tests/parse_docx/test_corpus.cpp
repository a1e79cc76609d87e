// SPDX-License-Identifier: Apache-2.0
// The peer corpus: real .docx files from other projects' test suites, with
// pandoc's plain-text rendering beside each readable one (see the corpus README).
//
// Similarity measure: multiset Jaccard over the words of text::match_key,
//   sum over words of min(count_ours, count_pandoc) / sum of max(...).
// Match keys drop case, diacritics and punctuation, so pandoc's table rules,
// list bullets and emphasis marks (which are layout, not text) do not count,
// while every word that one side has and the other lacks does. Word order is
// ignored on purpose: pandoc moves footnotes to the end and lays tables out
// in its own way. Our side is the body (list labels kept, heading numbers
// dropped, as pandoc renders them) followed by footnotes and endnotes;
// headers, footers and comments are left out because pandoc's plain writer
// leaves them out.

#include "docx_fixture.hpp"
#include "test_paths.hpp"

#include <baocao/sdk/error.hpp>
#include <baocao/sdk/text.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>
#include <unordered_map>

using namespace baocao;
using namespace baocao::testing;

namespace {

std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void append_blocks(const std::vector<block>& blocks, std::string& out) {
    for_each_paragraph(blocks, [&](const paragraph& p) {
        if (!p.numbering_label.empty() && p.outline_level < 0) out += p.numbering_label + " ";
        out += p.text();
        out += '\n';
    });
}

std::unordered_map<std::string, int> word_counts(const std::string& s) {
    std::unordered_map<std::string, int> counts;
    for (auto& w : text::words(text::match_key(s))) ++counts[w];
    return counts;
}

double similarity(const std::string& a, const std::string& b) {
    const auto ca = word_counts(a);
    const auto cb = word_counts(b);
    long inter = 0, uni = 0;
    for (const auto& [w, n] : ca) {
        const auto it = cb.find(w);
        const int m = it == cb.end() ? 0 : it->second;
        inter += std::min(n, m);
        uni += std::max(n, m);
    }
    for (const auto& [w, m] : cb)
        if (!ca.count(w)) uni += m;
    return uni == 0 ? 1.0 : static_cast<double>(inter) / static_cast<double>(uni);
}

// Files that must be rejected, with the code, from the corpus README.
const std::map<std::string, error_code> expected_rejections = {
    {"poi/bug53475-password-is-pass.docx", error_code::encrypted},
    {"poi/bug53475-password-is-solrcell.docx", error_code::encrypted},
    {"poi/poifs/protected_agile.docx", error_code::encrypted},
    {"poi/clusterfuzz-testcase-minimized-POIFuzzer-6709287337197568.docx", error_code::corrupt_zip},
    {"poi/clusterfuzz-testcase-minimized-POIXWPFFuzzer-4791943399604224.docx", error_code::corrupt_zip},
    {"poi/clusterfuzz-testcase-minimized-POIXWPFFuzzer-4959857092198400.docx", error_code::corrupt_zip},
    {"poi/clusterfuzz-testcase-minimized-POIXWPFFuzzer-5166796835258368.docx", error_code::corrupt_zip},
    {"poi/clusterfuzz-testcase-minimized-POIXWPFFuzzer-5313273089884160.docx", error_code::corrupt_zip},
    {"poi/clusterfuzz-testcase-minimized-POIXWPFFuzzer-5564805011079168.docx", error_code::corrupt_zip},
    {"poi/clusterfuzz-testcase-minimized-POIXWPFFuzzer-5569740188549120.docx", error_code::corrupt_zip},
    {"poi/clusterfuzz-testcase-minimized-POIXWPFFuzzer-6061520554164224.docx", error_code::corrupt_zip},
    {"poi/clusterfuzz-testcase-minimized-POIXWPFFuzzer-6120975439364096.docx", error_code::corrupt_zip},
    {"poi/clusterfuzz-testcase-minimized-POIXWPFFuzzer-6442791109263360.docx", error_code::corrupt_zip},
    {"poi/clusterfuzz-testcase-minimized-POIXWPFFuzzer-6733884933668864.docx", error_code::corrupt_zip},
    {"poi/crash-517626e815e0afa9decd0ebb6d1dee63fb9907dd.docx", error_code::corrupt_zip},
    {"poi/truncated62886.docx", error_code::corrupt_zip},
    {"poi/unicode-path.docx", error_code::corrupt_zip},
    {"poi/ExternalEntityInText.docx", error_code::xml_error},
    {"poi/integration/stress025.docx", error_code::not_docx},
};

// Readable files whose pandoc rendering differs for a known reason; kept out
// of the mean and of the per-file floor.
const std::map<std::string, std::string> similarity_exceptions = {
    {"pandoc/text_in_shape_format.docx", "pandoc 2.17 drops DrawingML text boxes; we read them"},
    {"pandoc/image_with_textbox_caption.docx", "pandoc drops the text-box caption and prints the image alt text"},
    {"pandoc/image.docx", "pandoc prints the picture's alt text; pictures are not report text"},
    {"pandoc/inline_images.docx", "pandoc prints the pictures' alt text"},
    {"pandoc/golden/inline_images.docx", "pandoc prints the pictures' alt text"},
    {"pandoc/metadata.docx", "pandoc moves Title/Author/Date-styled paragraphs into metadata, out of the text"},
    {"pandoc/metadata_after_normal.docx", "pandoc moves Title/Author/Date-styled paragraphs into metadata"},
    {"pandoc/golden/document-properties.docx", "pandoc moves Title/Subtitle/Author paragraphs into metadata"},
    {"pandoc/golden/document-properties-short-desc.docx", "pandoc moves Title/Subtitle/Author paragraphs into metadata"},
    {"pandoc/paragraph_insertion_deletion.docx",
     "a deleted paragraph mark joins \"split\" and \"Paragraph.\" with no space, as Word shows it; pandoc adds one"},
    {"poi/61470.docx", "pandoc prints nothing for w:ruby; we give 東京 (とうきょう) as POI expects"},
    {"poi/MultipleBodyBug.docx", "pandoc reads only the first of three w:body; we read all three as POI expects"},
};

}  // namespace

TEST_CASE("corpus: every peer .docx is read or rejected with its expected code, text close to pandoc's") {
    BAOCAO_REQUIRE_SHARED(shared);
    const auto root = shared / "corpus" / "peer";
    std::ifstream manifest(root / "manifest.tsv");
    REQUIRE(manifest.good());

    std::string line;
    std::getline(manifest, line);   // header
    int files = 0, read = 0, compared = 0;
    std::map<std::string, int> rejected_by_code;
    double sum = 0;
    double total_ms = 0;
    std::vector<std::pair<double, std::string>> scores;
    while (std::getline(manifest, line)) {
        const std::string path = line.substr(0, line.find('\t'));
        if (path.size() < 5 || path.compare(path.size() - 5, 5, ".docx") != 0) continue;
        ++files;
        INFO("file: " << path);
        const auto file = root / path;
        document doc;
        bool ok = false;
        const auto started = std::chrono::steady_clock::now();
        try {
            doc = parse_file(file);
            ok = true;
        } catch (const rejection_error& e) {
            const std::string code(to_string(e.code()));
            ++rejected_by_code[code];
            const auto exp = expected_rejections.find(path);
            INFO("rejected: " << code << ": " << e.what());
            CHECK(exp != expected_rejections.end());
            if (exp != expected_rejections.end()) CHECK(code == std::string(to_string(exp->second)));
        } catch (const std::exception& e) {
            FAIL("unexpected exception: " << e.what());
        }
        total_ms += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
        if (!ok) continue;
        ++read;
        CHECK(expected_rejections.count(path) == 0);
        const auto reference = root / (path + ".pandoc.txt");
        if (!std::filesystem::exists(reference)) continue;
        std::string ours;
        append_blocks(doc.body, ours);
        for (const document_part& part : doc.parts)
            if (part.kind == "footnote" || part.kind == "endnote") append_blocks(part.blocks, ours);
        const double s = similarity(ours, read_file(reference));
        if (similarity_exceptions.count(path)) continue;
        scores.emplace_back(s, path);
        ++compared;
        sum += s;
        INFO("similarity " << s);
        CHECK(s >= 0.6);
    }
    const double mean = compared ? sum / compared : 0;
    std::sort(scores.begin(), scores.end());
    std::ostringstream report;
    report << std::fixed << std::setprecision(3) << "peer corpus: " << files << " .docx, " << read << " read, "
           << (files - read) << " rejected (";
    for (const auto& [code, n] : rejected_by_code) report << code << " " << n << ", ";
    report << "), " << compared << " compared with pandoc, mean similarity " << mean << ", mean parse time "
           << (files ? total_ms / files : 0) << " ms; lowest:";
    for (std::size_t i = 0; i < scores.size() && i < 8; ++i) report << " " << scores[i].second << "=" << scores[i].first;
    WARN(report.str());
    CHECK(files >= 250);
    CHECK(mean >= 0.9);
}

TEST_CASE("dump: prints the text of the file named by BAOCAO_DUMP_DOCX", "[.dump]") {
    const char* file = std::getenv("BAOCAO_DUMP_DOCX");
    if (!file) return;
    const document doc = parse_file(file);
    for_each_paragraph(doc.body, [](const paragraph& p) {
        std::cout << "[" << p.style_id << "|" << p.outline_level << "|" << p.numbering_label << "] " << p.text() << "\n";
    });
    for (const document_part& part : doc.parts) {
        std::cout << "--- " << part.kind << " " << part.id << "\n";
        for_each_paragraph(part.blocks, [](const paragraph& p) { std::cout << p.text() << "\n"; });
    }
}

TEST_CASE("corpus: the real reports parse, and how long each takes") {
    BAOCAO_REQUIRE_SHARED(shared);
    const auto dir = shared / "corpus" / "real-reports" / "docx";
    if (!std::filesystem::is_directory(dir)) {
        WARN("skipped: no real-reports/docx folder");
        return;
    }
    std::ostringstream report;
    report << std::fixed << std::setprecision(3) << "real reports (best of 5 parses):";
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() != ".docx") continue;
        INFO("file: " << entry.path());
        ++files;
        double best = 1e9;
        document doc;
        for (int i = 0; i < 5; ++i) {
            const auto started = std::chrono::steady_clock::now();
            doc = parse_file(entry.path());
            best = std::min(best, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count());
        }
        std::size_t paragraphs = 0, bytes = 0;
        for_each_paragraph(doc.body, [&](const paragraph& p) {
            ++paragraphs;
            bytes += p.text().size();
        });
        CHECK(paragraphs > 10);
        CHECK(text::is_valid_utf8(plain_text(doc.body)));
        report << "\n  " << entry.path().filename().string() << ": " << paragraphs << " paragraphs, " << bytes
               << " text bytes, " << best << " ms";
    }
    CHECK(files > 0);
    WARN(report.str());
}
