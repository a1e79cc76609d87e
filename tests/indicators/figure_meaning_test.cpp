// SPDX-License-Identifier: Apache-2.0
// Figures that mean what they say (issue 16): the thing counted bound to its
// own noun, the role of each figure, its level and place, and totals that add
// only results, once each.
#include "figure_places.hpp"
#include "indicator_finder.hpp"
#include "indicator_totals.hpp"
#include "test_paths.hpp"

#include <baocao/sdk/record_list.hpp>

#include <Poco/JSON/Array.h>

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace baocao;
using namespace baocao::indicators;

namespace {

const indicator_finder& finder() {
    static const indicator_finder f(parse_catalogue(default_definitions_json));
    return f;
}

std::vector<figure> in(const std::string& sentence) { return finder().find_in_sentence(sentence); }

const figure* of(const std::vector<figure>& found, const std::string& indicator, double value) {
    for (const auto& f : found)
        if (f.indicator == indicator && f.value == Approx(value)) return &f;
    return nullptr;
}

bool none_of_indicator(const std::vector<figure>& found, const std::string& indicator) {
    for (const auto& f : found)
        if (f.indicator == indicator) return false;
    return true;
}

}  // namespace

TEST_CASE("road km and canal km are each bound to their own noun") {
    const auto f = in("Nhân dân đã làm mới, nâng cấp 72,7 km đường giao thông nông thôn và 37,1 km kênh mương nội đồng");
    REQUIRE(f.size() == 2);
    CHECK(f[0].indicator == "roads_km");
    CHECK(f[0].value == Approx(72.7));
    CHECK(f[0].written == "72,7 km");
    CHECK(f[1].indicator == "canals_km");
    CHECK(f[1].value == Approx(37.1));
    // Street lighting lines are not roads.
    CHECK(in("Đoàn Thanh niên đã lắp đặt 29,8 km đường điện chiếu sáng nông thôn").empty());
}

TEST_CASE("hộ never matches inside hồ sơ, and households lifted out of poverty did not take part") {
    CHECK(none_of_indicator(in("Bộ phận một cửa đã tiếp nhận và giải quyết 20.316 hồ sơ"), "households"));
    CHECK(none_of_indicator(in("Có 9.229 hộ thoát nghèo bền vững nhờ sự giúp đỡ của cộng đồng"), "households"));
    const auto f = in("Mô hình được xây dựng từ năm 2010, đến nay đã có 880 hộ tham gia");
    REQUIRE(of(f, "households", 880));
    CHECK(of(f, "households", 880)->role == figure_role::result);
}

TEST_CASE("proposals, sub-counts, registrations and targets are told from results") {
    auto f = in("Ban Thường vụ Huyện ủy đã khen thưởng 93 tập thể và 121 cá nhân; đề nghị Ủy ban nhân dân tỉnh tặng "
                "bằng khen cho 3 tập thể, 13 cá nhân");
    REQUIRE(f.size() == 4);
    CHECK(f[0].role == figure_role::result);
    CHECK(f[1].role == figure_role::result);
    CHECK(f[2].role == figure_role::proposal);
    CHECK(f[3].role == figure_role::proposal);
    CHECK(f[3].indicator == "commended_individuals");

    f = in("Tổng số đã khen thưởng 93 tập thể, 72 cá nhân, trong đó có 12 cá nhân là người dân trực tiếp sản xuất");
    REQUIRE(f.size() == 3);
    CHECK(f[1].role == figure_role::result);
    CHECK(f[2].value == 12);
    CHECK(f[2].role == figure_role::part);

    f = in("Mặt trận Tổ quốc và các đoàn thể đã chủ động xây dựng kế hoạch hưởng ứng, đăng ký 142 mô hình");
    REQUIRE(f.size() == 1);
    CHECK(f[0].role == figure_role::registered);

    f = in("Phấn đấu đến năm 2015, 100% xã, thị trấn có ít nhất 2 mô hình “Dân vận khéo” được công nhận");
    REQUIRE(f.size() == 1);
    CHECK(f[0].role == figure_role::target);
    f = in("Năm 2014, Huyện ủy chọn 5 mô hình để chỉ đạo điểm");
    REQUIRE(f.size() == 1);
    CHECK(f[0].role == figure_role::target);
    f = in("Thời gian tới, huyện sẽ xây dựng thêm 20 mô hình");
    REQUIRE(f.size() == 1);
    CHECK(f[0].role == figure_role::target);

    f = in("Trên lĩnh vực quốc phòng - an ninh, có 18 mô hình như “Tổ tự quản an ninh trật tự”");
    REQUIRE(f.size() == 1);
    CHECK(f[0].role == figure_role::part);
}

TEST_CASE("a stated total, the levels of its parts and the place a figure is about") {
    auto f = in("Qua 5 năm thực hiện, toàn huyện đã xây dựng được 240 mô hình “Dân vận khéo”, trong đó cấp huyện 11 mô "
                "hình, cấp cơ sở 229 mô hình");
    REQUIRE(f.size() == 3);
    CHECK(f[0].total);
    CHECK(f[0].role == figure_role::result);
    CHECK(f[1].level == "district");
    CHECK(f[1].role == figure_role::part);
    CHECK(f[2].level == "grassroots");

    f = in("“Dân vận khéo” trong dồn điền đổi thửa ở huyện Vũ Quang với 3.997 hộ tự nguyện chuyển đổi");
    REQUIRE(f.size() == 1);
    CHECK(f[0].place == "huyện Vũ Quang");
    // An organisation named after a district is not the district's area.
    f = in("Nhiều cách làm sáng tạo: tại Ban CHQS huyện Kỳ Anh, 366 hộ đã hiến đất mà không cần đền bù");
    REQUIRE(f.size() == 1);
    CHECK(f[0].place.empty());
}

TEST_CASE("conferences, participants, training, documents and inspections are extracted") {
    auto f = in("Trong 5 năm đã tổ chức 12 hội nghị với 11.488 lượt cán bộ, đảng viên tham gia");
    REQUIRE(f.size() == 2);
    CHECK(f[0].indicator == "conferences");
    CHECK(f[1].indicator == "participants");
    f = in("Huyện ủy tổ chức 5 lớp tập huấn nghiệp vụ công tác dân vận cho 424 lượt cán bộ làm công tác dân vận");
    REQUIRE(f.size() == 2);
    CHECK(f[0].indicator == "training_classes");
    CHECK(f[1].indicator == "trainees");
    f = in("Trong 5 năm, Ban Thường vụ Huyện ủy ban hành 22 văn bản chuyên đề về công tác dân vận");
    REQUIRE(f.size() == 1);
    CHECK(f[0].indicator == "documents");
    CHECK(in("Các sở đã rà soát 734 văn bản quy phạm pháp luật").empty());
    f = in("Trong 5 năm đã tổ chức 19 cuộc kiểm tra, giám sát tại 18 tổ chức cơ sở đảng");
    REQUIRE(f.size() == 2);
    CHECK(f[0].indicator == "inspections");
    CHECK(f[1].indicator == "inspected_party_orgs");
    CHECK(in("Đảng bộ huyện hiện có 48 tổ chức cơ sở đảng với 5.022 đảng viên").empty());
}

TEST_CASE("funds are in triệu đồng, with tỷ and nghìn tỷ converted, and only when mobilised") {
    auto f = in("Nhân dân đã đóng góp 3,5 tỷ đồng và 1,2 nghìn tỷ đồng");
    REQUIRE(f.size() == 2);
    CHECK(f[0].value == Approx(3500));
    CHECK(f[1].value == Approx(1200000));
    CHECK(f[0].unit == "triệu đồng");
    CHECK(in("Hội giúp 714 hội viên vay vốn với tổng dư nợ 44 tỷ đồng").empty());
}

TEST_CASE("a table of numbers under a caption naming an indicator: totals, parts and levels") {
    auto para = [](const std::string& text) {
        paragraph p;
        p.runs.push_back(plain_run(text));
        return p;
    };
    auto row = [&](std::vector<std::string> texts) {
        table_row r;
        for (const auto& t : texts) {
            table_cell c;
            c.blocks.emplace_back(para(t));
            r.cells.push_back(std::move(c));
        }
        return r;
    };
    table t;
    t.rows = {row({"TT", "Lĩnh vực", "Cấp huyện", "Cấp cơ sở", "Tổng số"}), row({"1", "Kinh tế", "3", "105", "108"}),
              row({"2", "Văn hóa - xã hội", "8", "124", "132"}), row({"", "Cộng", "11", "229", "240"})};
    document doc;
    doc.body.emplace_back(para("Kết quả xây dựng mô hình “Dân vận khéo” theo lĩnh vực được thống kê tại bảng sau:"));
    doc.body.emplace_back(t);
    const auto f = finder().find(doc);
    REQUIRE(f.size() == 9);
    int results = 0;
    for (const auto& x : f) {
        CHECK(x.indicator == "models");
        if (x.role == figure_role::result) {
            ++results;
            CHECK(x.value == 240);
            CHECK(x.total);
        }
    }
    CHECK(results == 1);
    CHECK(f[0].level == "district");
    CHECK(f[1].level == "grassroots");
}

namespace {

/// A record list as the extractor writes it, from (indicator, value, role, total, place) tuples.
record_list_ptr figures(std::initializer_list<std::tuple<const char*, double, const char*, bool, const char*>> rows) {
    auto list = std::make_shared<record_list>(figure_fields());
    for (const auto& [id, v, role, total, place] : rows) {
        record_list::cell place_cell = std::monostate{};
        if (*place) place_cell = std::string(place);
        list->add(std::monostate{}, std::string("câu"), std::string("text"), std::string(id), std::monostate{},
                  std::string(id), std::monostate{}, place_cell, std::string(role), total, std::string("x"), v,
                  std::string("n"));
    }
    return list;
}

roster two_districts_and_a_body() {
    roster r;
    r.units.push_back({"vu-quang", "Huyện ủy Vũ Quang", "district", {}, {}, "", {"Vũ Quang"}});
    r.units.push_back({"can-loc", "Huyện ủy Can Lộc", "district", {}, {}, "", {"Can Lộc", "Nghèn"}});
    r.units.push_back({"tp-ha-tinh", "Thành ủy Hà Tĩnh", "district", {}, {}, "", {"Hà Tĩnh"}});
    r.units.push_back({"hoi-lhpn", "Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh", "organization", {}, {}, "", {"Hà Tĩnh"}});
    return r;
}

}  // namespace

TEST_CASE("a place is credited to the roster unit whose area it is") {
    const roster r = two_districts_and_a_body();
    CHECK(unit_of_place(r, "huyện Vũ Quang") == "vu-quang");
    CHECK(unit_of_place(r, "thành phố Hà Tĩnh") == "tp-ha-tinh");
    CHECK(unit_of_place(r, "xã Thiên Lộc").empty());
}

TEST_CASE("totals: stated totals first, only results, figures about another unit's area counted once") {
    const roster r = two_districts_and_a_body();
    run_result run;
    submission vq, cl, body;
    vq.unit = unit_ref{"vu-quang", "Huyện ủy Vũ Quang", "district"};
    vq.extensions["indicators"] = figures({{"models", 156, "result", true, ""},
                                           {"models", 45, "result", false, ""},
                                           {"models", 20, "target", false, ""},
                                           {"models", 142, "registered", false, ""},
                                           {"households", 1305, "result", false, ""}});
    cl.unit = unit_ref{"can-loc", "Huyện ủy Can Lộc", "district"};
    cl.extensions["indicators"] = figures({{"models", 30, "result", false, ""},
                                           {"models", 30, "result", false, ""},
                                           {"models", 12, "result", false, ""},
                                           {"commended_groups", 3, "proposal", false, ""}});
    body.unit = unit_ref{"hoi-lhpn", "Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh", "organization"};
    body.extensions["indicators"] = figures({{"households", 3997, "result", false, "huyện Vũ Quang"},
                                             {"households", 1192, "result", false, "huyện Can Lộc"},
                                             {"households", 500, "result", false, ""}});
    run.submissions = {vq, cl, body};
    place_figures(run, r);
    const auto t = totals(run, parse_definitions(default_definitions_json));
    auto value = [&](const std::string& unit, const std::string& id) -> double {
        auto units = t->getArray("units");
        for (std::size_t i = 0; i < units->size(); ++i)
            if (units->getObject(i)->getValue<std::string>("id") == unit) {
                auto v = units->getObject(i)->getObject("values");
                return v->has(id) ? v->getValue<double>(id) : -1;
            }
        return -1;
    };
    CHECK(value("vu-quang", "models") == 156);            // the stated total, not 156 + 45 + 20 + 142
    CHECK(value("can-loc", "models") == 42);              // distinct results: 30 (said twice) + 12
    CHECK(value("can-loc", "commended_groups") == -1);    // a proposal is no result
    CHECK(value("vu-quang", "households") == 1305);       // its own figure; the body's is not added on top
    CHECK(value("can-loc", "households") == 1192);        // no own figure: the body's figure about it counts
    CHECK(value("hoi-lhpn", "households") == 500);        // the body keeps only what is its own
    CHECK(t->getObject("province")->getValue<double>("households") == 1305 + 1192 + 500);
    auto coverage = t->getObject("coverage")->getObject("models");
    CHECK(coverage->getValue<int>("units") == 2);
    CHECK(coverage->getValue<int>("of") == 3);
    auto items = t->getArray("indicators")->getObject(0)->getArray("items");
    CHECK(items->size() >= 1);
}

TEST_CASE("a unit stating two different totals gets a problem, not a silent choice") {
    run_result run;
    submission a;
    a.unit = unit_ref{"can-loc", "Huyện ủy Can Lộc", "district"};
    a.extensions["indicators"] = figures({{"models", 240, "result", true, ""}, {"models", 236, "result", true, ""}});
    run.submissions = {a};
    totals(run, parse_definitions(default_definitions_json));
    REQUIRE(run.submissions[0].problems.size() == 1);
    CHECK(run.submissions[0].problems[0].code == error_code::conflicting_figures);
}

TEST_CASE("another subject's catalogue: administrative reform") {
    const auto path = baocao::testing::source_dir() / "plugins" / "extract-indicators" / "catalogues" / "cai-cach-hanh-chinh.json";
    std::ifstream file(path, std::ios::binary);
    REQUIRE(file);
    std::stringstream text;
    text << file.rdbuf();
    const indicator_finder cchc(parse_catalogue(text.str()));
    auto f = cchc.find_in_sentence("Mô hình “Hồ sơ không hẹn” đã thực hiện 20.316 hồ sơ");
    REQUIRE(f.size() == 1);
    CHECK(f[0].indicator == "dossiers");
    f = cchc.find_in_sentence("Đến nay, toàn tỉnh đã cung cấp 2.227 dịch vụ công trực tuyến");
    REQUIRE(f.size() == 1);
    CHECK(f[0].indicator == "online_services");
    CHECK(f[0].total);
}

TEST_CASE("the placed figure lists of every report share one vector of field names") {
    // Per report, a vector of 13 field names costs about 400 bytes: 40 MB at 100 000 reports.
    const roster r = two_districts_and_a_body();
    run_result run;
    submission vq, cl;
    vq.unit = unit_ref{"vu-quang", "Huyện ủy Vũ Quang", "district"};
    vq.extensions["indicators"] = figures({{"models", 156, "result", true, ""}});
    cl.unit = unit_ref{"can-loc", "Huyện ủy Can Lộc", "district"};
    cl.extensions["indicators"] = figures({{"models", 30, "result", false, ""}});
    run.submissions = {vq, cl};
    place_figures(run, r);
    const auto& a = run.submissions[0].extensions.at("indicators").extract<record_list_ptr>();
    const auto& b = run.submissions[1].extensions.at("indicators").extract<record_list_ptr>();
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->fields() == figure_fields());
    CHECK(&a->fields() == &b->fields());
    CHECK(&a->fields() == &empty_figure_list().fields());
}

TEST_CASE("a figure's item is that of the first section holding its evidence, in its text or its heading") {
    submission sub;
    for (const char* item : {"1", "2", "2", "4"}) {
        section_match m;
        m.item = item;
        sub.sections.push_back(m);
    }
    const std::vector<std::string> headings{"I. CÔNG TÁC LÃNH ĐẠO", "II. KẾT QUẢ", "2. Mô hình dân vận khéo",
                                            "III. PHƯƠNG HƯỚNG 2014"};
    std::string filler;
    for (int i = 0; i < 400; ++i) filler += "Các chi bộ tiếp tục quán triệt Chỉ thị 32-CT/TU. ";
    const std::vector<std::string> texts{
        filler + "Tổ chức 12 hội nghị quán triệt với 1.500 lượt người tham gia.",
        filler + "Xây dựng 156 mô hình dân vận khéo.\nVận động 1.305 hộ hiến đất.",
        "Xây dựng 156 mô hình dân vận khéo.",
        filler + "Phấn đấu xây dựng thêm 20 mô hình."};
    CHECK(item_of(sub, headings, texts, "Tổ chức 12 hội nghị quán triệt với 1.500 lượt người tham gia.") == "1");
    // Said in two sections: the first one's item.
    CHECK(item_of(sub, headings, texts, "Xây dựng 156 mô hình dân vận khéo.") == "2");
    CHECK(item_of(sub, headings, texts, "Phấn đấu xây dựng thêm 20 mô hình.") == "4");
    // A table figure's evidence is "row | header: cell": its row label is looked for.
    CHECK(item_of(sub, headings, texts, "Vận động 1.305 hộ hiến đất. | Số hộ: 1.305") == "2");
    CHECK(item_of(sub, headings, texts, "PHƯƠNG HƯỚNG 2014") == "4");   // in a heading
    CHECK(item_of(sub, headings, texts, "Xây dựng 157 mô hình dân vận khéo.").empty());
    CHECK(item_of(sub, headings, texts, "").empty());
}
