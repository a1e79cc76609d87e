// SPDX-License-Identifier: Apache-2.0
// Matcher rules that the evaluation set exercises only in passing: when a
// nested heading leaves its parent's item, when one paragraph is split off its
// section, appendices, the lexicon's heading coverage, and what confidence
// values order.
#include "eval_support.hpp"

#include <baocao/sdk/text.hpp>

#include <catch2/catch.hpp>

using namespace baocao;
using namespace baocao::testing;

namespace {

const std::string frame_top =
    "[table borderless]\n{b} HUYỆN ỦY CAN LỘC // Số 1-BC/HU | {b} ĐẢNG CỘNG SẢN VIỆT NAM\n[/table]\n"
    "{b,center} BÁO CÁO\n{b,center} sơ kết 5 năm\n";
const std::string frame_end = "[table borderless]\nNơi nhận: // - Lưu. | {b} T/M BAN THƯỜNG VỤ // {b} BÍ THƯ // Nguyễn Văn A\n[/table]\n";

const sections::lexicon& seed_lexicon() {
    static const sections::lexicon lex(load_plan("plan-99-KH-TU.txt"), project_synonyms());
    return lex;
}

struct matched {
    sections::sectioned_report report;
    std::vector<sections::matched_part> parts;
    /// The item id of the part holding the line whose text starts with `prefix` ("" for none, "?" when absent).
    std::string item_of(const std::string& prefix) const {
        for (const auto& p : parts)
            for (std::size_t i : p.lines)
                if (report.lines[i].text.rfind(prefix, 0) == 0)
                    return p.item < 0 ? "" : seed_lexicon().item_id(static_cast<std::size_t>(p.item));
        return "?";
    }
    const sections::matched_part* part_of(const std::string& prefix) const {
        for (const auto& p : parts)
            for (std::size_t i : p.lines)
                if (report.lines[i].text.rfind(prefix, 0) == 0) return &p;
        return nullptr;
    }
};

matched run(const std::string& body, bool organization = false) {
    matched m;
    m.report = sections::sectionize(parse_form(frame_top + body + frame_end).doc);
    m.parts = sections::match_sections(m.report, seed_lexicon(), organization);
    return m;
}

}  // namespace

TEST_CASE("a nested heading leaves its parent only when the heading as a whole names another item") {
    const auto m = run(
        "{b} I. KẾT QUẢ THỰC HIỆN\n"
        "{b} 1. Nhóm giải pháp về cải cách thủ tục hành chính\n"
        "Bộ phận một cửa ở 23 xã được nâng cấp.\n"
        "{b} 2. Kết quả phối hợp với các ngành\n"
        "Phối hợp tổ chức 12 cuộc đối thoại.\n"
        "{b} 3. Vai trò của Mặt trận Tổ quốc và các đoàn thể\n"
        "Mặt trận vận động nhân dân hiến đất.\n"
        "{b} II. ĐÁNH GIÁ CHUNG\n"
        "{b} 1. Kiến nghị\n"
        "Đề nghị Tỉnh ủy hỗ trợ kinh phí.\n");
    CHECK(m.item_of("1. Nhóm giải pháp") == "2");   // one shared word: stays with the results
    CHECK(m.item_of("2. Kết quả phối hợp") == "2");  // names the parent's topic only
    CHECK(m.item_of("3. Vai trò") == "3");           // the whole heading says the Front's role
    CHECK(m.item_of("1. Kiến nghị") == "4");
}

TEST_CASE("under the background, a difficulties sub-point stays background") {
    const auto m = run(
        "{b} I. ĐẶC ĐIỂM TÌNH HÌNH\nHuyện có 22 xã.\n{b} 1. Thuận lợi\nĐược Tỉnh ủy quan tâm.\n"
        "{b} 2. Khó khăn\nĐịa bàn rộng, giao thông đi lại khó khăn.\n"
        "{b} II. KẾT QUẢ\nXây dựng 40 mô hình.\n");
    CHECK(m.item_of("2. Khó khăn") == "");
    CHECK(m.item_of("Địa bàn rộng") == "");
    CHECK(m.item_of("Xây dựng 40 mô hình") == "2");
}

TEST_CASE("a paragraph on the Front inside the results, with no heading of its own, is split off") {
    const std::string body =
        "{b} II. KẾT QUẢ THỰC HIỆN\n"
        "Toàn huyện xây dựng 97 mô hình, tiêu biểu là mô hình trồng cam ở xã Hương Trà.\n"
        "Mặt trận Tổ quốc và các đoàn thể vận động nhân dân hiến 28.000 m² đất, đóng góp 21.000 ngày công xây dựng nông thôn mới.\n"
        "Huyện ủy khen thưởng 22 tập thể, 35 cá nhân.\n"
        "{b} III. PHƯƠNG HƯỚNG\nTiếp tục phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể.\n";
    const auto m = run(body);
    CHECK(m.item_of("Toàn huyện xây dựng") == "2");
    CHECK(m.item_of("Mặt trận Tổ quốc và các đoàn thể vận động") == "3");
    CHECK(m.item_of("Huyện ủy khen thưởng") == "2");       // the section goes on after the split
    CHECK(m.item_of("Tiếp tục phát huy vai trò") == "4");  // only results lose paragraphs, the way forward does not
    const auto* split = m.part_of("Mặt trận Tổ quốc và các đoàn thể vận động");
    REQUIRE(split != nullptr);
    CHECK(split->lines.size() == 1);
    CHECK(split->heading.empty());
    CHECK(split->confidence < m.part_of("Toàn huyện")->confidence);  // body evidence ranks below a heading's

    // A paragraph that only mentions the mass organizations stays with the results.
    const auto mention = run("{b} II. KẾT QUẢ\nCác mô hình được nhân rộng, có sự tham gia của đoàn viên, hội viên ở 12 xã.\n");
    CHECK(mention.item_of("Các mô hình được nhân rộng") == "2");

    // In a report of a mass organization its results are its role already: nothing to split.
    const auto org = run(body, true);
    CHECK(org.item_of("Toàn huyện xây dựng") == org.item_of("Mặt trận Tổ quốc và các đoàn thể vận động"));
}

TEST_CASE("appendices after the signature are parts without an item, one per appendix") {
    const std::string form = frame_top + "{b} I. KẾT QUẢ\nXây dựng 40 mô hình.\n" + frame_end +
                             "{b,center} PHỤ LỤC 1\n{b,center} DANH SÁCH MÔ HÌNH TIÊU BIỂU\n[table]\nTT | Tên mô hình\n1 | Trồng cam\n[/table]\n"
                             "{b,center} PHỤ LỤC 2\nSố liệu khen thưởng: 22 tập thể.\n";
    const auto report = sections::sectionize(parse_form(form).doc);
    const auto parts = sections::match_sections(report, seed_lexicon());
    std::vector<const sections::matched_part*> annex;
    for (const auto& p : parts)
        if (p.item < 0) annex.push_back(&p);
    REQUIRE(annex.size() == 2);
    CHECK(annex[0]->heading == "PHỤ LỤC 1");
    CHECK(annex[0]->text.rfind("DANH SÁCH MÔ HÌNH TIÊU BIỂU\n", 0) == 0);
    CHECK(annex[0]->text.find("Trồng cam") != std::string::npos);
    CHECK(annex[1]->heading == "PHỤ LỤC 2");
    CHECK(annex[1]->text == "Số liệu khen thưởng: 22 tập thể.");
    CHECK(annex[0]->confidence == 0.0);
}

TEST_CASE("heading coverage counts the words the phrases say, filler and numbers aside") {
    const auto& lex = seed_lexicon();
    const auto whole = lex.match_heading(text::match_key("Kiến nghị, đề xuất"));
    CHECK(whole.coverage[3] == Approx(1.0));
    const auto part = lex.match_heading(text::match_key("Nhóm giải pháp về cải cách thủ tục hành chính năm 2013"));
    CHECK(part.scores[3] >= 3.0);
    CHECK(part.coverage[3] < 0.5);
    CHECK(part.coverage[0] == Approx(0.0));
}

TEST_CASE("a synonym file that splits from an unknown concept is refused") {
    CHECK_THROWS_WITH(sections::parse_synonyms(R"({"concepts": [{"name": "a", "split_from": ["b"]}]})"),
                      Catch::Contains("splits from unknown concept \"b\""));
}

TEST_CASE("a part heading is an umbrella: its sections with their own item evidence take their own item") {
    // Shape A as many districts write it: the first part is titled "KẾT QUẢ ..."
    // but holds the background, the leadership and the results alike.
    const auto m = run(
        "{b} Phần thứ nhất\n"
        "{b} KẾT QUẢ 5 NĂM THỰC HIỆN CHỈ THỊ 32-CT/TU\n"
        "{b} I. KHÁI QUÁT TÌNH HÌNH\n"
        "Huyện có 23 xã, thị trấn, địa bàn rộng, đời sống nhân dân còn nhiều khó khăn.\n"
        "{b} II. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN CHỈ THỊ 32-CT/TU\n"
        "Việc quán triệt Chỉ thị được gắn với học tập và làm theo tấm gương đạo đức Hồ Chí Minh.\n"
        "Trong 5 năm, Ban Thường vụ Huyện ủy ban hành 19 văn bản chuyên đề.\n"
        "{b} III. KẾT QUẢ ĐẠT ĐƯỢC\n"
        "{b} 1. Các mô hình, cách làm hay\n"
        "Toàn huyện xây dựng được 187 mô hình “Dân vận khéo”.\n"
        "{b} 2. Ưu điểm\n"
        "Nhận thức của cán bộ, đảng viên có chuyển biến rõ nét.\n"
        "{b} Phần thứ hai\n"
        "{b} PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI\n"
        "Tiếp tục đẩy mạnh phong trào thi đua “Dân vận khéo” trên các lĩnh vực.\n");
    CHECK(m.item_of("Việc quán triệt") == "1");  // "tình hình triển khai thực hiện" says item 1
    CHECK(m.item_of("Trong 5 năm") == "1");
    CHECK(m.item_of("Toàn huyện xây dựng") == "2");
    CHECK(m.item_of("Nhận thức của cán bộ") == "2");
    CHECK(m.item_of("Tiếp tục đẩy mạnh") == "4");
    // The section's heading names item 1 strongly but covers less than half of
    // its words ("chỉ thị 32-CT/TU"): under a non-part parent it would stay.
    const auto h = seed_lexicon().match_heading(text::match_key("TÌNH HÌNH TRIỂN KHAI THỰC HIỆN CHỈ THỊ 32-CT/TU"));
    CHECK(h.scores[0] >= 3.0);
    CHECK(h.coverage[0] < 0.5);
}

TEST_CASE("in a mass organization's report its strengths are its role, its shortcomings stay with the results item") {
    const auto m = run(
        "{b} CÔNG TÁC QUÁN TRIỆT, TUYÊN TRUYỀN\n"
        "Ban Thường vụ tổ chức hội nghị quán triệt Chỉ thị cho cán bộ chủ chốt các cấp.\n"
        "{b} KẾT QUẢ THỰC HIỆN PHONG TRÀO\n"
        "Các cấp công đoàn xây dựng được 214 mô hình “Dân vận khéo”.\n"
        "{b} Ưu điểm\n"
        "Phong trào đã khơi dậy tinh thần tự lực, tự cường của đoàn viên.\n"
        "{b} Hạn chế, tồn tại\n"
        "Việc sơ kết, nhân rộng mô hình có nơi chưa kịp thời.\n"
        "{b} Bài học kinh nghiệm\n"
        "Một là, phải thường xuyên quán triệt quan điểm “dân là gốc”.\n",
        true);
    CHECK(m.item_of("Các cấp công đoàn") == "3");
    CHECK(m.item_of("Phong trào đã khơi dậy") == "3");
    CHECK(m.item_of("Việc sơ kết") == "2");
    CHECK(m.item_of("Một là") == "2");
}
