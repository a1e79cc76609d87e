// SPDX-License-Identifier: Apache-2.0
// The excerpts appendix: a few units print whole; with hundreds, each unit's
// text under an item is cut to its share, its first paragraph always kept
// (cut at a word when longer), and a remark citing the report says so.
#include "appendix.hpp"
#include "draft_fixture.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace baocao;
using namespace baocao::synthesis;

namespace {

/// `units` units of their own, each with `paragraphs` paragraphs of some 200 bytes under item 2.
run_result units_reporting(std::size_t units, std::size_t paragraphs) {
    run_result run;
    run.plan = draft_test::make_plan();
    for (std::size_t u = 0; u < units; ++u) {
        std::string text;
        for (std::size_t p = 0; p < paragraphs; ++p)
            text += "Đơn vị " + std::to_string(u) + " đoạn " + std::to_string(p) +
                    ": xây dựng mô hình “Dân vận khéo” gắn với chương trình nông thôn mới, vận động nhân dân hiến đất, "
                    "góp công làm đường giao thông nông thôn.\n";
        const std::string id = "don-vi-" + std::to_string(u);
        auto s = draft_test::sub("inbox/" + id + ".docx", unit_ref{id, "Đơn vị " + std::to_string(u), "district"},
                                 {draft_test::sec("2", text)});
        s.status = "on_time";
        run.submissions.push_back(std::move(s));
    }
    return run;
}

struct excerpt_counts {
    std::size_t quotes = 0, remarks = 0, bytes = 0;
};

excerpt_counts count(const draft::part& part) {
    excerpt_counts c;
    for (const auto& b : part.blocks) {
        if (b.kind == draft::block_kind::quote) ++c.quotes, c.bytes += b.text.size();
        if (b.kind == draft::block_kind::remark) {
            ++c.remarks;
            CHECK(b.text == "(Trích một phần; toàn văn xem báo cáo của đơn vị.)");
            REQUIRE(b.sources.size() == 1);
            CHECK(b.sources.front().submission.rfind("inbox/don-vi-", 0) == 0);
        }
    }
    return c;
}

}  // namespace

TEST_CASE("a few units' text is printed whole in the excerpts appendix") {
    const auto run = units_reporting(5, 10);
    const auto c = count(excerpts_part(run, reporters(run)));
    CHECK(c.quotes == 50);
    CHECK(c.remarks == 0);
}

TEST_CASE("with hundreds of units each unit's text is cut to its share and says so") {
    const auto run = units_reporting(600, 10);
    const auto part = excerpts_part(run, reporters(run));
    const auto c = count(part);
    CHECK(c.remarks == 600);
    // At least the first paragraph of every unit, far from all ten.
    CHECK(c.quotes >= 600);
    CHECK(c.quotes <= 600 * 4);
    CHECK(c.bytes < 600 * 10 * 200 / 2);
}

TEST_CASE("a unit whose text is one long paragraph keeps its start, cut at a word") {
    auto run = units_reporting(600, 1);
    std::string long_paragraph;
    while (long_paragraph.size() < 20000) long_paragraph += "vận động nhân dân tham gia phong trào ";
    run.submissions.front().sections.front().text = stored_text(long_paragraph);
    const auto part = excerpts_part(run, reporters(run));
    const draft::block* first_quote = nullptr;
    for (const auto& b : part.blocks)
        if (b.kind == draft::block_kind::quote && b.text.rfind("vận động", 0) == 0) first_quote = &b;
    REQUIRE(first_quote);
    CHECK(first_quote->text.size() < 2000);
    CHECK(first_quote->text.size() > 500);
    CHECK(first_quote->text.substr(first_quote->text.size() - 4) == " …");
    CHECK(first_quote->text.find("phong trào vận động") != std::string::npos);  // whole words kept
}

TEST_CASE("the excerpts appendix built cell by cell in any order is the same part") {
    // Units under two items, some of them under one only, one cut to its share.
    auto run = units_reporting(300, 4);
    for (std::size_t u = 0; u < run.submissions.size(); u += 3)
        run.submissions[u].sections.push_back(draft_test::sec("1", "Quán triệt Chỉ thị đến chi bộ.\nTổ chức hội nghị."));
    const auto reps = reporters(run);
    const auto in_order = excerpts_part(run, reps);
    excerpts_appendix cells(run, reps);
    REQUIRE(cells.cells() == run.plan.items.size() * reps.size());
    for (std::size_t i = cells.cells(); i-- > 0;) cells.build(i);
    const auto backwards = cells.take();
    REQUIRE(backwards.blocks.size() == in_order.blocks.size());
    std::size_t differing = 0, headings = 0;
    for (std::size_t b = 0; b < in_order.blocks.size(); ++b) {
        const auto &x = in_order.blocks[b], &y = backwards.blocks[b];
        differing += x.kind != y.kind || x.text != y.text || x.level != y.level || x.sources.size() != y.sources.size();
        headings += x.kind == draft::block_kind::heading && x.level == 1;
    }
    CHECK(differing == 0);
    CHECK(headings == 2);  // items 1 and 2; the others have no unit's text
    CHECK(in_order.blocks.size() > 300 * 2 + 100 * 2);
}
