// SPDX-License-Identifier: Apache-2.0
// What units wrote in the same words is stated once in the body of the draft,
// even when each gave its own figures or named its own kind of committee, and
// wherever in their reports they wrote it. Corpora written from templates
// repeat such sentences in every part of every report.
#include "draft_fixture.hpp"
#include "grouping.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace baocao;
using namespace baocao::synthesis;

namespace {

statement said(std::uint32_t unit, std::string text) {
    statement st;
    st.text = std::move(text);
    st.unit = unit;
    return st;
}

}  // namespace

TEST_CASE("sentences alike but for their figures or their kind of committee share a template", "[draft][grouping]") {
    const std::vector<statement> all = {
        said(0, "Đã vận động nhân dân đóng góp 13241 ngày công, hiến 148 m² đất làm đường giao thông."),
        said(1, "Đã vận động nhân dân đóng góp 74.923 ngày công, hiến 76 m² đất làm đường giao thông."),
        said(2, "Hằng năm, Ban Dân vận Huyện ủy tham mưu ban hành hướng dẫn đánh giá mô hình."),
        said(3, "Hằng năm, Ban Dân vận Thị ủy tham mưu ban hành hướng dẫn đánh giá mô hình."),
        said(4, "Hằng năm, Ban Dân vận Huyện ủy tham mưu ban hành hướng dẫn đánh giá điển hình."),
        said(5, "Đã vận động nhân dân đóng góp 500 ngày công, hiến 20 m² đất làm kênh mương."),
    };
    const masker mask({"Huyện ủy Can Lộc", "Can Lộc"});
    const auto vocab = vocabulary_of(all, mask);
    REQUIRE(vocab.template_of.size() == all.size());
    CHECK(vocab.template_of[0] == vocab.template_of[1]);   // figures apart
    CHECK(vocab.template_of[2] == vocab.template_of[3]);   // "Huyện ủy" or "Thị ủy"
    CHECK(vocab.template_of[2] != vocab.template_of[4]);   // "mô hình" or "điển hình": another sentence
    CHECK(vocab.template_of[0] != vocab.template_of[5]);   // roads or canals
}

TEST_CASE("a sentence written with other figures in another part is stated once in the body", "[draft][synthesis]") {
    run_result run;
    run.plan = draft_test::make_plan();
    for (int u = 0; u < 6; ++u) {
        const std::string id = "don-vi-" + std::to_string(u);
        const std::string results = "Đã vận động nhân dân đóng góp " + std::to_string(1000 + 137 * u) +
                                    " ngày công, hiến " + std::to_string(40 + 3 * u) + " m² đất làm đường giao thông.\n";
        const std::string strengths = "Ưu điểm\nĐã vận động nhân dân đóng góp " + std::to_string(2000 + 91 * u) +
                                      " ngày công, hiến " + std::to_string(70 + 5 * u) + " m² đất làm đường giao thông.\n";
        auto s = draft_test::sub("inbox/" + id + ".docx", unit_ref{id, "Đảng ủy xã số " + std::to_string(u), "grassroots"},
                                 {draft_test::sec("1", results), draft_test::sec("2", strengths)});
        s.status = "on_time";
        run.submissions.push_back(std::move(s));
    }
    const auto d = draft_test::composed(run).draft;
    std::size_t stated = 0;
    for (const auto& p : d.parts)
        if (p.zone == draft::zone::body)
            for (const auto& b : p.blocks) stated += b.text.find("ngày công, hiến") != std::string::npos;
    CHECK(stated == 1);
}
