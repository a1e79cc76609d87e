// SPDX-License-Identifier: Apache-2.0
// emit-docx on a hand-made run: structure, order, styles and determinism of draft.docx.

#include "docx_reader.hpp"
#include "draft_fixture.hpp"
#include "test_paths.hpp"

#include "docx/document_writer.hpp"
#include "docx/package_writer.hpp"

#include <baocao/sdk/record_list.hpp>

#include <catch2/catch.hpp>

#include <Poco/JSON/Array.h>

#include <algorithm>
#include <set>

BAOCAO_DECLARE_PLUGIN(emit_docx);

using namespace draft_test;

namespace {

const std::string w_ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

std::filesystem::path emit_into(const std::string& name, const baocao::run_result& run,
                                Poco::JSON::Object::Ptr settings = nullptr) {
    const auto dir = baocao::testing::temp_dir(name);
    run_emitter(baocao_plugin_info_emit_docx(), run, dir, settings);
    return dir / "draft.docx";
}

/// Paragraphs with a given style id, in document order.
std::vector<std::string> styled(const xml& doc, const std::string& style) {
    return doc.texts("//w:body/w:p[w:pPr/w:pStyle/@w:val='" + style + "']");
}

bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

}  // namespace

TEST_CASE("draft.docx is a complete package: content types, relationships, styles", "[draft][docx]") {
    const auto path = emit_into("docx-package", make_run());
    REQUIRE(std::filesystem::file_size(path) > 0);
    const package pkg(path);
    const auto names = pkg.names();
    REQUIRE(names.front() == "[Content_Types].xml");

    // Every part except the content types and relationships has a content type override.
    const xml types(*pkg.read("[Content_Types].xml"));
    for (const auto& n : names) {
        if (n == "[Content_Types].xml" || n.size() > 5 && n.compare(n.size() - 5, 5, ".rels") == 0) continue;
        INFO(n);
        CHECK(types.nodes("//ct:Override[@PartName='/" + n + "']").size() == 1);
    }
    // Every relationship target exists.
    const xml root_rels(*pkg.read("_rels/.rels"));
    for (const auto& target : root_rels.texts("//pr:Relationship/@Target")) CHECK(pkg.read(target).has_value());
    const xml doc_rels(*pkg.read("word/_rels/document.xml.rels"));
    const auto targets = doc_rels.texts("//pr:Relationship/@Target");
    CHECK(targets.size() >= 4);
    for (const auto& target : targets) {
        INFO(target);
        CHECK(pkg.read("word/" + target).has_value());
    }
    // The header reference points at an existing relationship.
    const xml doc(*pkg.read("word/document.xml"));
    for (const auto& id : doc.texts("//w:headerReference/@r:id"))
        CHECK(doc_rels.nodes("//pr:Relationship[@Id='" + id + "']").size() == 1);

    // Every style the document uses is defined, with the right type.
    const xml styles(*pkg.read("word/styles.xml"));
    std::set<std::string> used;
    for (const auto& s : doc.texts("//w:pStyle/@w:val")) used.insert("paragraph:" + s);
    for (const auto& s : doc.texts("//w:rStyle/@w:val")) used.insert("character:" + s);
    for (const auto& s : doc.texts("//w:tblStyle/@w:val")) used.insert("table:" + s);
    CHECK(used.size() >= 10);
    for (const auto& u : used) {
        const auto colon = u.find(':');
        INFO(u);
        CHECK(styles.nodes("//w:style[@w:type='" + u.substr(0, colon) + "' and @w:styleId='" + u.substr(colon + 1) + "']")
                  .size() == 1);
    }
    // Normal is Times New Roman 14 pt (through the document defaults).
    CHECK(styles.texts("//w:docDefaults//w:rFonts/@w:ascii") == std::vector<std::string>{"Times New Roman"});
    CHECK(styles.texts("//w:docDefaults//w:sz/@w:val") == std::vector<std::string>{"28"});
    // A4 with Party margins, and the run's now as the creation date.
    CHECK(doc.texts("//w:sectPr/w:pgSz/@w:w") == std::vector<std::string>{"11906"});
    CHECK(doc.texts("//w:sectPr/w:pgSz/@w:h") == std::vector<std::string>{"16838"});
    CHECK(doc.texts("//w:sectPr/w:pgMar/@w:left") == std::vector<std::string>{"1701"});
    const xml core(*pkg.read("docProps/core.xml"));
    CHECK(core.texts("//dcterms:created") == std::vector<std::string>{"2013-10-06T02:30:00Z"});
}

TEST_CASE("draft.docx has the Party header block, title and the synthesis skeleton", "[draft][docx]") {
    const package pkg(emit_into("docx-layout", make_run()));
    const xml doc(*pkg.read("word/document.xml"));

    // The header block is the first thing in the body: a borderless two-column table.
    const auto first = doc.nodes("/w:document/w:body/*[1]");
    REQUIRE(first.size() == 1);
    REQUIRE(std::string(reinterpret_cast<const char*>(first[0]->name)) == "tbl");
    CHECK(doc.texts("/w:document/w:body/w:tbl[1]/w:tblPr/w:tblBorders/*/@w:val") ==
          std::vector<std::string>(6, "nil"));
    // The Standing Committee's report by default: the province's committee, -BC/TU.
    const auto left = doc.texts("/w:document/w:body/w:tbl[1]/w:tr/w:tc[1]/w:p");
    REQUIRE(left.size() == 3);
    CHECK(left[0] == "TỈNH UỶ HÀ TĨNH");
    CHECK(left[1] == "*");
    CHECK(left[2] == "Số      -BC/TU");
    CHECK(doc.nodes("/w:document/w:body/w:tbl[1]/w:tr/w:tc[1]/w:p[1]/w:r/w:rPr/w:b").size() == 1);
    const auto right = doc.texts("/w:document/w:body/w:tbl[1]/w:tr/w:tc[2]/w:p[normalize-space(.)!='']");
    REQUIRE(right.size() == 2);
    CHECK(right[0] == "ĐẢNG CỘNG SẢN VIỆT NAM");
    CHECK(doc.nodes("/w:document/w:body/w:tbl[1]/w:tr/w:tc[2]/w:p[1]/w:r/w:rPr/w:u[@w:val='single']").size() == 1);
    CHECK(right[1] == "Hà Tĩnh, ngày      tháng      năm 2013");
    CHECK(doc.nodes("/w:document/w:body/w:tbl[1]/w:tr/w:tc[2]/w:p[last()]/w:r/w:rPr/w:i").size() == 1);

    // Title and summary from the plan title, without "tổ chức".
    CHECK(styled(doc, "Title") == std::vector<std::string>{"BÁO CÁO"});
    const auto summary = styled(doc, "Subtitle");
    REQUIRE(summary.size() == 1);
    CHECK(summary[0].rfind("sơ kết 5 năm thực hiện Chỉ thị 32-CT/TU của Ban Thường vụ Tỉnh uỷ", 0) == 0);
    CHECK_FALSE(contains(summary[0], "\n"));

    // The parts, in order, then the appendix.
    CHECK(styled(doc, "Heading1") ==
          std::vector<std::string>{"Phần thứ nhất", "KẾT QUẢ THỰC HIỆN", "Phần thứ hai",
                                   "PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI", "Phần thứ ba",
                                   "KIẾN NGHỊ, ĐỀ XUẤT", "PHỤ LỤC"});
    CHECK(doc.nodes("//w:p[w:pPr/w:pStyle/@w:val='Heading1' and normalize-space(.)='PHỤ LỤC']/w:pPr/w:pageBreakBefore")
              .size() == 1);
    // Part one: one short section per results item (the plan's solutions item feeds Part two), then the assessment.
    const auto h2 = styled(doc, "Heading2");
    REQUIRE(h2.size() >= 4);
    CHECK(h2[0].rfind("I. ", 0) == 0);
    CHECK(contains(h2[0], "QUÁN TRIỆT"));
    CHECK(h2[1].rfind("II. KẾT QUẢ ĐẠT ĐƯỢC", 0) == 0);
    CHECK(h2[2].rfind("III. VAI TRÒ, TRÁCH NHIỆM", 0) == 0);
    // The heading ends where the item's subject does, not in the middle of a name.
    CHECK(contains(h2[2], "MẶT TRẬN TỔ QUỐC VÀ CÁC ĐOÀN THỂ"));
    CHECK(!contains(h2[2], "TRONG VIỆC"));
    CHECK(contains(h2[0], "CHỈ THỊ 32-CT/TU"));
    CHECK(!contains(h2[0], "NGÀY 18/9/2008"));
    CHECK(h2[3] == "IV. ĐÁNH GIÁ CHUNG");
    for (std::size_t i = 0; i < 3; ++i) {
        INFO(h2[i]);
        CHECK(std::count(h2[i].begin(), h2[i].end(), ' ') < 20);  // short, not the 45-word item
    }
    const auto h3 = styled(doc, "Heading3");
    CHECK(std::vector<std::string>(h3.begin(), h3.begin() + 4) ==
          std::vector<std::string>{"1. Ưu điểm", "2. Hạn chế, khó khăn", "3. Nguyên nhân", "4. Bài học kinh nghiệm"});
    // The closing formula before the signature.
    const auto paras = doc.texts("/w:document/w:body/w:p");
    CHECK(std::count_if(paras.begin(), paras.end(), [](const auto& p) { return p.rfind("Trên đây là báo cáo", 0) == 0; }) == 1);
    // The heading styles carry outline levels, so the navigation pane and a TOC see them.
    const xml styles(*pkg.read("word/styles.xml"));
    CHECK(styles.texts("//w:style[@w:styleId='Heading1']/w:pPr/w:outlineLvl/@w:val") == std::vector<std::string>{"0"});
}

TEST_CASE("draft.docx states the units' findings with their names and sources", "[draft][docx]") {
    const package pkg(emit_into("docx-units", make_run()));
    const xml doc(*pkg.read("word/document.xml"));
    const auto body = doc.texts("/w:document/w:body/w:p");
    auto has_text = [&](const std::string& needle) {
        return std::any_of(body.begin(), body.end(), [&](const auto& p) { return contains(p, needle); });
    };
    // Each finding is stated with the units that said it named after it; Can Lộc by its place.
    CHECK(has_text("- Ban hành 5 văn bản chỉ đạo (Can Lộc)."));
    CHECK(has_text("Thành ủy đã quán triệt đến 100% chi bộ (Thành ủy Hà Tĩnh"));
    CHECK(has_text("Mặt trận đã phối hợp tuyên truyền Chỉ thị 32-CT/TU (Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh)."));
    // A recommendation goes under its addressee.
    const auto h2 = styled(doc, "Heading2");
    CHECK(std::count(h2.begin(), h2.end(), "1. Đối với Tỉnh ủy, Ban Thường vụ Tỉnh ủy") == 1);
    CHECK(has_text("Đề nghị Tỉnh ủy tiếp tục chỉ đạo (Can Lộc)."));
    // The superseded version is absent everywhere.
    for (const auto& p : body) CHECK_FALSE(contains(p, "BẢN CŨ"));

    // Every body paragraph drawn from the units' text carries a comment listing its sources.
    const xml comments(*pkg.read("word/comments.xml"));
    const auto refs = doc.texts("//w:commentReference/@w:id");
    REQUIRE(refs.size() >= 4);
    CHECK(comments.nodes("//w:comment").size() == refs.size());
    for (std::size_t i = 0; i < refs.size(); ++i) CHECK(refs[i] == std::to_string(i));
    const auto first_comment = comments.texts("//w:comment[@w:id='0']/w:p");
    REQUIRE(first_comment.size() >= 2);
    CHECK(first_comment[0].rfind("Nguồn (", 0) == 0);
    CHECK(contains(first_comment[1], " — "));
    // The comment of the Can Lộc finding names the unit, the file and the section.
    bool found = false;
    for (auto* c : comments.nodes("//w:comment"))
        found = found || contains(xml::text_of(c), "Huyện ủy Can Lộc — bao-cao.docx — heading of item 1 (đoạn 1)");
    CHECK(found);
    // The comments part is declared and related.
    const xml types(*pkg.read("[Content_Types].xml"));
    CHECK(types.nodes("//ct:Override[@PartName='/word/comments.xml']").size() == 1);
    const xml doc_rels(*pkg.read("word/_rels/document.xml.rels"));
    CHECK(doc_rels.nodes("//pr:Relationship[@Target='comments.xml' and "
                         "@Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments']")
              .size() == 1);
}

TEST_CASE("draft.docx appendix has the compliance table and the missing and late lists", "[draft][docx]") {
    auto run = make_run();
    REQUIRE(run.units[3].id == "mttq");
    run.units[3].items_not_covered = {"3"};
    const package pkg(emit_into("docx-appendix", run));
    const xml doc(*pkg.read("word/document.xml"));
    const auto tables = doc.nodes("/w:document/w:body/w:tbl[w:tblPr/w:tblStyle/@w:val='TableGrid']");
    REQUIRE(tables.size() == 2);
    const auto rows = doc.nodes("w:tr", tables[0]);
    REQUIRE(rows.size() == 5);
    auto cells = [&](std::size_t r) { return doc.texts("w:tc", rows[r]); };
    CHECK(cells(0) == std::vector<std::string>{"TT", "Đơn vị", "Cấp", "Hạn nộp", "Ngày nộp", "Tình trạng", "Ghi chú"});
    CHECK(doc.nodes("w:trPr/w:tblHeader", rows[0]).size() == 1);
    CHECK(cells(1) == std::vector<std::string>{"1", "Thành ủy Hà Tĩnh", "Cấp huyện", "05/10/2013", "30/09/2013", "Đúng hạn", ""});
    CHECK(cells(2) == std::vector<std::string>{"2", "Huyện ủy Can Lộc", "Cấp huyện", "05/10/2013", "01/10/2013", "Đúng hạn", ""});
    CHECK(cells(3) == std::vector<std::string>{"3", "Huyện ủy Nghi Xuân", "Cấp huyện", "05/10/2013", "", "Chưa nộp", ""});
    CHECK(cells(4) == std::vector<std::string>{"4", "Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh", "MTTQ, đoàn thể", "05/10/2013",
                                               "07/10/2013", "Chậm 2 ngày", ""});
    // What each counted report covers, against the plan's four items: the missing unit has no row.
    const auto coverage = doc.nodes("w:tr", tables[1]);
    REQUIRE(coverage.size() == 4);
    CHECK(doc.texts("w:tc", coverage[0]) == std::vector<std::string>{"TT", "Đơn vị", "Mục I", "Mục II", "Mục III", "Mục IV"});
    CHECK(doc.texts("w:tc", coverage[2]) == std::vector<std::string>{"2", "Huyện ủy Can Lộc", "x", "x", "x", "x"});
    CHECK(doc.texts("w:tc", coverage[3]) == std::vector<std::string>{"3", "Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh", "x", "x", "—", "x"});
    // The table style draws borders on every edge.
    const xml styles(*pkg.read("word/styles.xml"));
    CHECK(styles.texts("//w:style[@w:styleId='TableGrid']/w:tblPr/w:tblBorders/*/@w:val") ==
          std::vector<std::string>(6, "single"));

    const auto paras = doc.texts("/w:document/w:body/w:p");
    CHECK(std::count(paras.begin(), paras.end(), "- Chưa nộp (1): Huyện ủy Nghi Xuân.") == 1);
    CHECK(std::count(paras.begin(), paras.end(),
                     "- Nộp chậm (1): Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh (nộp ngày 07/10/2013, chậm 2 ngày).") == 1);
    CHECK(std::count(paras.begin(), paras.end(),
                     "- Báo cáo chưa đủ các nội dung theo Kế hoạch (1): Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh (mục III).") == 1);
    // No indicators in this run: no figures part.
    CHECK(std::none_of(paras.begin(), paras.end(), [](const std::string& p) { return contains(p, "Số liệu tổng hợp"); }));

    // Signature block: recipients left, "T/M BAN THƯỜNG VỤ" right.
    const auto sig = doc.nodes("/w:document/w:body/w:tbl[not(w:tblPr/w:tblStyle)][2]");
    REQUIRE(sig.size() == 1);
    const auto left = doc.texts("w:tr/w:tc[1]/w:p", sig[0]);
    REQUIRE(left.size() >= 2);
    CHECK(left.front() == "Nơi nhận:");
    CHECK(left.back() == "- Lưu VPTU.");
    CHECK(doc.texts("w:tr/w:tc[2]/w:p", sig[0]).front() == "T/M BAN THƯỜNG VỤ");
}

TEST_CASE("draft.docx is byte-identical from run to run", "[draft][docx]") {
    const auto a = slurp(emit_into("docx-same-a", make_run()));
    const auto b = slurp(emit_into("docx-same-b", make_run()));
    REQUIRE(!a.empty());
    CHECK(a == b);
    // A different run gives a different package: the bytes follow the run's content.
    auto run = make_run();
    run.units[0].submitted_on = "2013-09-29";
    CHECK(slurp(emit_into("docx-same-c", run)) != a);
}

/// The appendix table of "models" that the indicator tests build: Thành ủy Hà
/// Tĩnh's largest figure (1 200), Huyện ủy Can Lộc's 45, the province's sum.
void check_models_table(const std::filesystem::path& draft) {
    const package pkg(draft);
    const xml doc(*pkg.read("word/document.xml"));
    const auto tables = doc.nodes("/w:document/w:body/w:tbl[w:tblPr/w:tblStyle/@w:val='TableGrid']");
    REQUIRE(tables.size() == 3);
    const auto rows = doc.nodes("w:tr", tables[2]);
    REQUIRE(rows.size() == 4);
    CHECK(doc.texts("w:tc", rows[0]) == std::vector<std::string>{"Đơn vị", "Mô hình Dân vận khéo (mô hình)"});
    CHECK(doc.texts("w:tc", rows[1]) == std::vector<std::string>{"Thành ủy Hà Tĩnh", "1.200"});
    CHECK(doc.texts("w:tc", rows[2]) == std::vector<std::string>{"Huyện ủy Can Lộc", "45"});
    CHECK(doc.texts("w:tc", rows[3]) == std::vector<std::string>{"Toàn tỉnh", "1.245"});
}

TEST_CASE("draft.docx adds indicator totals by unit and province when present", "[draft][docx]") {
    auto run = make_run();
    auto indicator = [](const std::string& id, const std::string& label, Poco::Dynamic::Var value) {
        Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
        o->set("indicator", id);
        o->set("label", label);
        o->set("value", value);
        o->set("unit", "mô hình");
        o->set("evidence", "...");
        return o;
    };
    Poco::JSON::Array::Ptr can_loc = new Poco::JSON::Array;
    can_loc->add(indicator("models", "Mô hình Dân vận khéo", 45));
    Poco::JSON::Array::Ptr thanh_pho = new Poco::JSON::Array;
    thanh_pho->add(indicator("models", "Mô hình Dân vận khéo", std::string("1.200")));
    thanh_pho->add(indicator("models", "Mô hình Dân vận khéo", 300));  // a part of the total: the largest counts
    Poco::JSON::Array::Ptr old = new Poco::JSON::Array;
    old->add(indicator("models", "Mô hình Dân vận khéo", 999));
    run.submissions[0].extensions["indicators"] = old;  // superseded: must not count
    run.submissions[2].extensions["indicators"] = can_loc;
    run.submissions[3].extensions["indicators"] = thanh_pho;

    check_models_table(emit_into("docx-indicators", run));
}

TEST_CASE("draft.docx reads the record lists extract-indicators attaches", "[draft][docx]") {
    auto run = make_run();
    auto figures = [](std::initializer_list<double> values) {
        auto list = std::make_shared<baocao::record_list>(
            std::vector<std::string>{"evidence", "from", "indicator", "label", "unit", "value"});
        for (double v : values)
            list->add(std::string("..."), std::string("text"), std::string("models"),
                      std::string("Mô hình Dân vận khéo"), std::string("mô hình"), v);
        return baocao::record_list_ptr(list);
    };
    run.submissions[2].extensions["indicators"] = figures({45});
    run.submissions[3].extensions["indicators"] = figures({1200, 300});

    check_models_table(emit_into("docx-indicator-records", run));
}

TEST_CASE("draft.docx takes indicator totals from the run when the checker left them", "[draft][docx]") {
    auto run = make_run();
    Poco::JSON::Object::Ptr totals = new Poco::JSON::Object;
    Poco::JSON::Array::Ptr defs = new Poco::JSON::Array;
    for (const auto& [id, label] : std::vector<std::pair<std::string, std::string>>{
             {"models", "Mô hình"}, {"unused", "Không ai báo cáo"}, {"households", "Hộ dân"}}) {
        Poco::JSON::Object::Ptr d = new Poco::JSON::Object;
        d->set("id", id);
        d->set("label", id == "households" ? label + " (hộ)" : label);
        d->set("unit", id == "households" ? "hộ" : "mô hình");
        defs->add(d);
    }
    totals->set("indicators", defs);
    Poco::JSON::Array::Ptr units = new Poco::JSON::Array;
    Poco::JSON::Object::Ptr row = new Poco::JSON::Object;
    row->set("id", "can-loc");
    row->set("name", "Huyện ủy Can Lộc");
    Poco::JSON::Object::Ptr values = new Poco::JSON::Object;
    values->set("models", 45.0);
    values->set("households", 1250.5);
    row->set("values", values);
    units->add(row);
    totals->set("units", units);
    Poco::JSON::Object::Ptr province = new Poco::JSON::Object;
    province->set("models", 45.0);
    province->set("households", 1250.5);
    totals->set("province", province);
    run.extensions["indicator_totals"] = totals;

    const package pkg(emit_into("docx-indicator-totals", run));
    const xml doc(*pkg.read("word/document.xml"));
    const auto tables = doc.nodes("/w:document/w:body/w:tbl[w:tblPr/w:tblStyle/@w:val='TableGrid']");
    REQUIRE(tables.size() == 3);
    const auto rows = doc.nodes("w:tr", tables[2]);
    REQUIRE(rows.size() == 3);
    CHECK(doc.texts("w:tc", rows[0]) == std::vector<std::string>{"Đơn vị", "Mô hình (mô hình)", "Hộ dân (hộ)"});
    CHECK(doc.texts("w:tc", rows[1]) == std::vector<std::string>{"Huyện ủy Can Lộc", "45", "1.250,5"});
    CHECK(doc.texts("w:tc", rows[2]) == std::vector<std::string>{"Toàn tỉnh", "45", "1.250,5"});
}

TEST_CASE("draft.docx of a thousand units passes its large parts through scratch files: the same bytes", "[draft][docx]") {
    const auto run = many_units_run(1200);
    const auto d = composed(run).draft;
    const auto tpl = baocao::docx::default_template();
    REQUIRE(baocao::docx::document_xml(d, tpl).size() > (2u << 20));   // written in several pieces
    const auto in_memory = baocao::docx::build_docx(d, tpl);
    const auto dir = baocao::testing::temp_dir("docx-scratch");
    CHECK(baocao::docx::build_docx(d, tpl, dir) == in_memory);
    CHECK(std::filesystem::is_empty(dir));   // the scratch files are gone
    CHECK(slurp(emit_into("docx-scratch-plugin", run)) == in_memory);
    // A scratch folder that cannot be written to is an error that says so.
    CHECK_THROWS_WITH(baocao::docx::build_docx(d, tpl, dir / "missing"), Catch::Contains("scratch file"));
}
