// SPDX-License-Identifier: Apache-2.0
// The sample generator's .doc writer: a report written as .doc reads through
// parse-doc like the .docx of the same report reads through parse-docx (same
// paragraphs, styles, outline levels, bold and italic runs, tables), the
// command prints the same text and finds the same sections, and LibreOffice
// opens the file.

#include "doc_reader.hpp"
#include "doc_writer.hpp"
#include "docx_reader.hpp"
#include "docx_writer.hpp"
#include "e2e_support.hpp"
#include "report_composer.hpp"
#include "test_paths.hpp"

#include <baocao/sdk/item.hpp>

#include <Poco/JSON/Array.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

using namespace baocao;
using namespace baocao::testing;
namespace fs = std::filesystem;
namespace gen = baocao::samplegen;

namespace {

gen::moment day(int month, int d) {
    gen::moment m;
    m.month = month;
    m.day = d;
    m.hour = 8;
    return m;
}

/// The report layouts the .doc writer must carry: styled and typed headings,
/// parts, a statistics table, TCVN3 fonts, tracked changes.
std::vector<gen::report_options> layouts() {
    std::vector<gen::report_options> out;
    auto add = [&](const std::string& unit, std::uint64_t seed, auto tweak) {
        gen::report_options o;
        o.unit_id = unit;
        o.number = 40 + static_cast<int>(out.size());
        o.date = day(10, 1);
        o.seed = seed;
        tweak(o);
        out.push_back(o);
    };
    add("mttq", 11, [](gen::report_options& o) {
        o.shape = gen::report_shape::parts;
        o.headings = gen::heading_mode::typed_styles;
    });
    add("can-loc", 12, [](gen::report_options& o) {
        o.headings = gen::heading_mode::typed;
        o.stats_table = true;
        o.header_in_table = true;
    });
    add("ldld", 13, [](gen::report_options& o) { o.headings = gen::heading_mode::bold_only; });
    add("dang-uy-cong-an", 14, [](gen::report_options& o) {
        o.tcvn3 = true;
        o.headings = gen::heading_mode::typed;
    });
    add("cam-xuyen", 15, [](gen::report_options& o) {
        o.tracked_changes = true;
        o.long_form = true;
        o.header_in_table = false;
    });
    add("duc-tho", 16, [](gen::report_options& o) {
        o.shape = gen::report_shape::parts;
        o.headings = gen::heading_mode::auto_styles;
        o.stats_table = true;
        o.front_own_section = false;
    });
    add("nghi-xuan", 17, [](gen::report_options& o) {
        o.headings = gen::heading_mode::auto_direct;
        o.stats_table = true;
    });
    return out;
}

document read_docx_bytes(const std::string& bytes) {
    item it;
    it.name = "report.docx";
    it.source = it.name;
    it.bytes = std::make_shared<const std::string>(bytes);
    return docx::read_docx(it, limits{}, docx::tracked_mode::accept);
}

const char* align_name(alignment a) {
    switch (a) {
        case alignment::left: return "left";
        case alignment::center: return "center";
        case alignment::right: return "right";
        case alignment::both: return "both";
        default: return "-";
    }
}

/// One line per paragraph (style, outline level, alignment, bold and italic per run, text) and per table.
void describe(const std::vector<block>& blocks, std::vector<std::string>& out, const std::string& indent = "") {
    for (const block& b : blocks) {
        if (const auto* p = std::get_if<paragraph>(&b)) {
            std::string runs;
            for (const text_run& r : p->runs) {
                if (r.text.empty()) continue;
                runs += std::string(r.bold ? "B" : "") + (r.italic ? "I" : "") + "[" + r.text + "]";
            }
            std::ostringstream line;
            line << indent << "P style=" << p->style_id << " outline=" << p->outline_level << " align=" << align_name(p->align)
                 << " " << runs;
            out.push_back(line.str());
            continue;
        }
        const table& t = std::get<table>(b);
        out.push_back(indent + "T borderless=" + (t.borderless ? "yes" : "no") + " rows=" + std::to_string(t.rows.size()));
        for (const table_row& row : t.rows) {
            out.push_back(indent + " R cells=" + std::to_string(row.cells.size()));
            for (const table_cell& cell : row.cells) describe(cell.blocks, out, indent + "  ");
        }
    }
}

std::vector<std::string> shape_of(const document& d) {
    std::vector<std::string> out;
    describe(d.body, out);
    return out;
}

/// A Word 97 main text ends with a paragraph mark outside any table, and two
/// tables need a paragraph between them (touching, they are one table), so
/// where the .docx body has a table last or two tables in a row the .doc has
/// one more, empty, paragraph. That is the only difference allowed.
document without_paragraphs_after_tables(document d) {
    std::vector<block> kept;
    for (block& b : d.body) {
        const auto* p = std::get_if<paragraph>(&b);
        if (p && p->text().empty() && !kept.empty() && std::holds_alternative<table>(kept.back())) continue;
        kept.push_back(std::move(b));
    }
    d.body = std::move(kept);
    return d;
}

/// The text without blank lines (the .doc's empty paragraphs after tables).
std::string without_blank_lines(const std::string& s) {
    std::string out;
    std::istringstream in(s);
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) out += line + "\n";
    return out;
}

/// Word-level Dice coefficient of two texts.
double dice(const std::string& a, const std::string& b) {
    auto words = [](const std::string& s) {
        std::multiset<std::string> w;
        std::istringstream in(s);
        for (std::string t; in >> t;) w.insert(t);
        return w;
    };
    const auto wa = words(a), wb = words(b);
    if (wa.empty() && wb.empty()) return 1.0;
    std::size_t common = 0;
    auto ib = wb.begin();
    for (auto ia = wa.begin(); ia != wa.end() && ib != wb.end();) {
        if (*ia < *ib) ++ia;
        else if (*ib < *ia) ++ib;
        else { ++common; ++ia; ++ib; }
    }
    return 2.0 * double(common) / double(wa.size() + wb.size());
}

void write_file(const fs::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary);
    out << bytes;
}

/// What `baocao text FILE` prints, "" (and a failed check) when it fails.
std::string baocao_text(const fs::path& file) {
    const fs::path printed = file.string() + ".txt";
    const auto r = run_process({"/bin/sh", "-c", "exec \"$0\" text \"$1\" > \"$2\"", (bin_dir() / "baocao").string(),
                                file.string(), printed.string()});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    return r.exit_code == 0 ? read_bytes(printed) : std::string();
}

std::vector<std::string> sections_of(const fs::path& report, const fs::path& work) {
    const fs::path inbox = work / "inbox";
    fs::create_directories(inbox);
    fs::copy_file(report, inbox / report.filename(), fs::copy_options::overwrite_existing);
    const auto r = run_baocao(demo_dir(), {"--plan", "plan-99-KH-TU.docx", "--roster", "roster.json", "--out",
                                           (work / "out").string(), inbox.string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const auto subs = read_json(work / "out" / "result.json")->getArray("submissions");
    REQUIRE(subs->size() == 1);
    return section_labels(subs->getObject(0));
}

}  // namespace

TEST_CASE("parse-doc: a generated .doc report reads like the .docx of the same report", "[parse_doc][generated]") {
    for (const gen::report_options& o : layouts()) {
        INFO(o.unit_id);
        const gen::composed_report r = gen::compose_report(o);
        const document from_doc = without_paragraphs_after_tables(doc::read_doc(gen::write_doc(r.doc), limits{}, doc::tracked_mode::accept));
        const document from_docx = read_docx_bytes(gen::write_docx(r.doc));
        const auto doc_shape = shape_of(from_doc), docx_shape = shape_of(from_docx);
        // The first line that differs, if any, tells what the .doc lost.
        std::size_t same = 0;
        while (same < doc_shape.size() && same < docx_shape.size() && doc_shape[same] == docx_shape[same]) ++same;
        if (same < doc_shape.size() || same < docx_shape.size()) {
            CHECK((same < doc_shape.size() ? doc_shape[same] : "(end)") == (same < docx_shape.size() ? docx_shape[same] : "(end)"));
        }
        CHECK(plain_text(from_doc.body) == plain_text(from_docx.body));
    }
}

TEST_CASE("parse-doc: the generated .doc keeps heading styles, outline levels and a bordered table", "[parse_doc][generated]") {
    const auto all = layouts();
    const document styled = doc::read_doc(gen::write_doc(gen::compose_report(all[0]).doc), limits{}, doc::tracked_mode::accept);
    std::set<std::string> styles;
    std::set<int> levels;
    for (const block& b : styled.body)
        if (const auto* p = std::get_if<paragraph>(&b)) {
            styles.insert(p->style_id);
            levels.insert(p->outline_level);
        }
    CHECK(styles == std::set<std::string>{"", "Heading1", "Heading2"});
    CHECK(levels == std::set<int>{-1, 0, 1});

    const document tabled = doc::read_doc(gen::write_doc(gen::compose_report(all[1]).doc), limits{}, doc::tracked_mode::accept);
    int bordered = 0;
    for (const block& b : tabled.body)
        if (const auto* t = std::get_if<table>(&b); t && !t->borderless && t->rows.size() > 2) ++bordered;
    CHECK(bordered == 1);
}

TEST_CASE("parse-doc: the generated .doc numbers headings with Word's lists, restarting in part two", "[parse_doc][generated]") {
    for (const std::size_t k : {std::size_t(5), std::size_t(6)}) {
        const gen::report_options o = layouts()[k];
        INFO(o.unit_id);
        const document d = doc::read_doc(gen::write_doc(gen::compose_report(o).doc), limits{}, doc::tracked_mode::accept);
        std::vector<std::string> top;
        for (const block& b : d.body)
            if (const auto* p = std::get_if<paragraph>(&b); p && p->numbering_level == 0) top.push_back(p->numbering_label);
        REQUIRE(top.size() >= 3);
        CHECK(top[0] == "I.");
        CHECK(top[1] == "II.");
        // Shape A starts part two at I. again.
        if (o.shape == gen::report_shape::parts) CHECK(std::count(top.begin(), top.end(), std::string("I.")) == 2);
    }
}

TEST_CASE("parse-doc: a style the .doc writer does not define is refused, not written as Normal", "[parse_doc][generated]") {
    gen::doc_spec spec;
    gen::para_spec p = gen::make_para("Trích dẫn");
    p.style = "Quote";
    spec.body.push_back(p);
    CHECK_THROWS_AS(gen::write_doc(spec), std::invalid_argument);
}

TEST_CASE("parse-doc: baocao text and the sections of a generated .doc equal those of its .docx", "[parse_doc][generated][e2e]") {
    const fs::path work = temp_dir("generated-doc");
    const auto all = layouts();
    for (const std::size_t k : {std::size_t(0), std::size_t(1), std::size_t(3), std::size_t(5)}) {
        INFO(all[k].unit_id);
        const gen::composed_report r = gen::compose_report(all[k]);
        const fs::path dir = work / all[k].unit_id;
        fs::create_directories(dir);
        write_file(dir / "report.doc", gen::write_doc(r.doc));
        write_file(dir / "report.docx", gen::write_docx(r.doc));
        const std::string doc_text = baocao_text(dir / "report.doc");
        CHECK(doc_text.size() > 3000);
        CHECK(without_blank_lines(doc_text) == without_blank_lines(baocao_text(dir / "report.docx")));
        const auto doc_sections = sections_of(dir / "report.doc", dir / "run-doc");
        CHECK(doc_sections.size() >= 3);
        CHECK(doc_sections == sections_of(dir / "report.docx", dir / "run-docx"));
    }
    fs::remove_all(work);
}

TEST_CASE("parse-doc: LibreOffice opens a generated .doc and reads the same words", "[parse_doc][generated][libreoffice]") {
    const fs::path soffice = "/usr/bin/soffice";
    if (!fs::exists(soffice)) {
        WARN("soffice is not installed: LibreOffice's reading of the generated .doc is not checked");
        return;
    }
    const fs::path work = temp_dir("generated-doc-lo");
    const auto all = layouts();
    for (const std::size_t k : {std::size_t(0), std::size_t(1), std::size_t(5)}) {
        INFO(all[k].unit_id);
        const fs::path dir = work / all[k].unit_id;
        fs::create_directories(dir / "txt");
        write_file(dir / "report.doc", gen::write_doc(gen::compose_report(all[k]).doc));
        const auto lo = run_process({soffice.string(), "-env:UserInstallation=file://" + (work / "profile").string(), "--headless",
                                     "--convert-to", "txt:Text (encoded):UTF8", "--outdir", (dir / "txt").string(),
                                     (dir / "report.doc").string()},
                                    240);
        INFO(lo.err);
        REQUIRE(lo.exit_code == 0);
        REQUIRE(fs::exists(dir / "txt" / "report.txt"));
        const double score = dice(read_bytes(dir / "txt" / "report.txt"), baocao_text(dir / "report.doc"));
        INFO("Dice " << score);
        CHECK(score >= 0.95);
    }
    fs::remove_all(work);
}
