// SPDX-License-Identifier: Apache-2.0
// What the RTF reader makes of each construct a report uses: written by hand
// from the RTF 1.9.1 specification, one feature per case.
#include "rtf_fixture.hpp"

#include <baocao/sdk/text.hpp>

#include <catch2/catch.hpp>

using namespace baocao;
using namespace baocao::testing;

namespace {

document read_body(const std::string& body, const std::string& header = "", int codepage = 1252) {
    return parse_rtf_bytes(rtf_document(body, header, codepage));
}

std::vector<std::string> texts(const std::string& body) { return paragraph_texts(read_body(body).body); }

const document_part* part_of_kind(const document& doc, const std::string& kind) {
    for (const auto& p : doc.parts)
        if (p.kind == kind) return &p;
    return nullptr;
}

}  // namespace

TEST_CASE("paragraphs: \\par ends one, the last needs none, control words eat one space") {
    CHECK(texts("\\pard B\\u225?o c\\u225?o\\par \\pard K\\u7871?t qu\\u7843?\\par\n\\pard cu\\u7889?i") ==
          std::vector<std::string>{"Báo cáo", "Kết quả", "cuối"});
    CHECK(texts("\\pard a\\par\\par b\\par") == std::vector<std::string>{"a", "", "b"});
}

TEST_CASE("Vietnamese from \\u escapes, and their fallback characters skipped") {
    const auto doc = read_body("\\pard \\u272\\'d0\\u7842?NG B\\u7896?\\par");
    CHECK(paragraph_texts(doc.body) == std::vector<std::string>{"ĐẢNG BỘ"});
}

TEST_CASE("bytes in code page 1258 with combining tone marks come out NFC") {
    // \fcharset1 is "the default code page": \ansicpg's. (\fcharset0 would be Windows-1252.)
    const auto doc = parse_rtf_bytes("{\\rtf1\\ansi\\ansicpg1258\\deff0{\\fonttbl{\\f0\\froman\\fcharset1 Times New Roman;}}"
                                     "\\pard K\\'ea\\'ect qua\\'d2 Ha\\'cc Ti\\'denh\\par}");
    const std::string line = paragraph_texts(doc.body).at(0);
    CHECK(line == "Kết quả Hà Tĩnh");
    CHECK(line == text::to_nfc(line));
    CHECK(line.find("\xCC\x81") == std::string::npos);   // no combining acute left
}

TEST_CASE("a font's \\fcharset and \\cpg choose the code page of its bytes") {
    const std::string fonts = "{\\fonttbl{\\f0\\fcharset0 Times New Roman;}{\\f1\\fcharset163 Times New Roman;}{\\f2\\cpg1251 Arial;}}";
    const std::string rtf = "{\\rtf1\\ansi\\deff0" + fonts + "\\pard\\f1 Ti\\'ea\\'ecng Vi\\'ea\\'f2t\\f0  \\'e9\\f2  \\'c4\\'e0\\par}";
    CHECK(paragraph_texts(parse_rtf_bytes(rtf).body) == std::vector<std::string>{"Tiếng Việt é Да"});
}

TEST_CASE("double-byte code pages: a run's bytes are decoded together") {
    const auto doc = read_body("\\pard{\\f4 \\'93\\'fa\\'95\\'f1}{\\f5 \\'d6\\'d0\\'ce\\'c4}\\par");
    CHECK(paragraph_texts(doc.body) == std::vector<std::string>{"日報中文"});
}

TEST_CASE("a .VnTime (TCVN3) font's bytes are legacy Vietnamese; a .VnTimeH one's show in capitals") {
    const auto doc = read_body("\\pard{\\f2 B\\'b8o c\\'b8o}\\par\\pard{\\f3 b\\'b8o c\\'b8o}\\par");
    const auto lines = paragraph_texts(doc.body);
    CHECK(lines == std::vector<std::string>{"Báo cáo", "BÁO CÁO"});
    CHECK(paragraph_at(doc.body, 0).runs.at(0).font == ".VnTime");
    // TCVN3 "ư" is byte 0xAD, the soft hyphen, which writers store as \-: a letter in a legacy run, nothing elsewhere.
    CHECK(texts("\\pard{\\f2 Th\\-\\u234?ng} ph\\-an\\par") == std::vector<std::string>{"Thường phan"});
}

TEST_CASE("\\ucN: N fallback characters are skipped, in the group that set it only") {
    CHECK(texts("\\pard{\\uc2 a\\u7871 xyb}c\\u7871?d\\par") == std::vector<std::string>{"aếbcếd"});
    CHECK(texts("\\pard{\\uc2 K\\u7871\\'ea\\'ecT}\\par") == std::vector<std::string>{"KếT"});
    CHECK(texts("\\pard\\uc0 \\u7871\\u7879 .\\par") == std::vector<std::string>{"ếệ."});
}

TEST_CASE("a surrogate pair written as two \\u, and a lone half") {
    CHECK(texts("\\pard \\u-10179?\\u-8704?\\par") == std::vector<std::string>{"\U0001F600"});
    CHECK(texts("\\pard a\\u-10179?b\\par") == std::vector<std::string>{"a\uFFFDb"});
}

TEST_CASE("\\binN data is skipped whatever bytes it holds") {
    CHECK(texts("\\pard a{\\*\\blob\\bin6 {}\\\\}{}b\\par") == std::vector<std::string>{"ab"});
    CHECK(texts("\\pard a\\bin4 }}}}b\\par") == std::vector<std::string>{"ab"});
}

TEST_CASE("control symbols and character words") {
    CHECK(texts("\\pard a\\line b\\tab c\\~d\\-e\\_f\\{g\\}\\\\h\\emdash i\\ldblquote j\\rdblquote\\par") ==
          std::vector<std::string>{"a\nb\tc\u00A0de-f{g}\\h—i“j”"});
}

TEST_CASE("hidden text and tracked deletions are not read; insertions are") {
    CHECK(texts("\\pard a{\\v \\u7849?n}b{\\deleted x\\u243?a}c{\\revised th\\u234?m}\\par") ==
          std::vector<std::string>{"abcthêm"});
    // A deleted paragraph mark joins the paragraph to the next one.
    CHECK(texts("\\pard m\\u7897?t{\\deleted\\par}hai\\par") == std::vector<std::string>{"mộthai"});
}

TEST_CASE("a field shows its result, not its instruction") {
    CHECK(texts("\\pard Xem {\\field{\\*\\fldinst HYPERLINK \"http://hatinh.gov.vn\"}{\\fldrslt {trang tin}}} t\\u7881?nh\\par") ==
          std::vector<std::string>{"Xem trang tin tỉnh"});
    CHECK(texts("\\pard{\\field{\\fldinst PAGE}{\\fldrslt 3}}\\par") == std::vector<std::string>{"3"});
}

TEST_CASE("an unknown ignorable destination is skipped whole; an unknown word is not a destination") {
    CHECK(texts("\\pard a{\\*\\foo {b}c\\par}d{\\bar e}\\par") == std::vector<std::string>{"ade"});
}

TEST_CASE("\\* opens an ignorable destination only as a group's first word; elsewhere it means nothing") {
    // As OpenOffice wrote a character style inside a run's group: Word and LibreOffice show the text.
    CHECK(texts("\\pard{\\loch\\f0\\fs24\\i0\\b0\\*\\cs7\\cf0 The quick brown fox}\\par") ==
          std::vector<std::string>{"The quick brown fox"});
    CHECK(texts("\\pard a{ \\*\\foo b}c\\par") == std::vector<std::string>{"a c"});   // spaces before \* keep it first
    CHECK(texts("\\pard a{x\\*\\foo b}c\\par") == std::vector<std::string>{"axbc"});
}

TEST_CASE("headings: a paragraph's style gives its name, id and outline level") {
    const auto doc = read_body("\\pard\\s1\\b K\\u7871?t qu\\u7843?\\par\\pard\\s3 M\\u7909?c\\par\\pard\\s2\\outlinelevel3 C\\par"
                               "\\pard\\plain Th\\u432?\\u7901?ng\\par\\pard\\outlinelevel2 D\\par");
    const paragraph& h = paragraph_at(doc.body, 0);
    CHECK(h.style_name == "heading 1");
    CHECK(h.style_id == "Heading1");
    CHECK(h.outline_level == 0);
    CHECK(h.all_bold());
    const paragraph& based = paragraph_at(doc.body, 1);
    CHECK(based.style_name == "Muc lon");
    CHECK(based.outline_level == 0);   // from heading 1, its base
    CHECK(paragraph_at(doc.body, 2).outline_level == 3);
    const paragraph& normal = paragraph_at(doc.body, 3);
    CHECK(normal.style_id.empty());
    CHECK(normal.style_name == "Normal");
    CHECK(normal.outline_level == -1);
    CHECK(paragraph_at(doc.body, 4).outline_level == 2);
}

TEST_CASE("character formatting is scoped by groups and reset by \\plain; alignment by \\pard") {
    const auto doc = read_body("\\pard\\qc{\\b \\u272?\\u7842?NG}{\\i\\caps nghi\\u234?ng}\\ul g\\ulnone ach\\b x\\plain y\\par"
                               "\\pard th\\u432?\\u7901?ng\\par");
    const paragraph& p = paragraph_at(doc.body, 0);
    CHECK(p.align == alignment::center);
    REQUIRE(p.runs.size() == 6);
    CHECK(p.runs[0].text == "ĐẢNG");
    CHECK(p.runs[0].bold);
    CHECK_FALSE(p.runs[0].italic);
    CHECK(p.runs[1].italic);
    CHECK(p.runs[1].caps);
    CHECK_FALSE(p.runs[1].bold);
    CHECK(p.runs[2].underline);
    CHECK_FALSE(p.runs[3].underline);
    CHECK(p.runs[4].bold);
    CHECK_FALSE(p.runs[5].bold);
    CHECK(p.runs[5].font == "Times New Roman");
    CHECK(paragraph_at(doc.body, 1).align == alignment::unspecified);
}

TEST_CASE("lists: the label Word wrote in \\listtext is the paragraph's label, not its text") {
    const auto list = read_body("{\\listtext\\pard\\plain I.\\tab}\\pard\\ls1\\ilvl0 M\\u7908?C \\u272?\\u205?CH\\par"
                                "{\\listtext\\pard\\plain\\f1 \\'b7\\tab}\\pard\\ls2\\ilvl1 g\\u7841?ch\\par"
                                "{\\pntext\\pard\\plain a)\\tab}\\pard c\\u361?\\par\\pard kh\\u244?ng\\par",
                                "{\\*\\listtable{\\list\\listtemplateid1{\\listlevel\\levelnfc1{\\leveltext\\'02\\'00.;}}}}"
                                "{\\*\\listoverridetable{\\listoverride\\listid1\\ls1}}");
    REQUIRE(list.body.size() == 4);
    const paragraph& first = paragraph_at(list.body, 0);
    CHECK(first.numbering_label == "I.");
    CHECK(first.text() == "MỤC ĐÍCH");
    CHECK(first.numbering_id == "1");
    CHECK(first.numbering_level == 0);
    const paragraph& bullet = paragraph_at(list.body, 1);
    CHECK(bullet.numbering_label == "•");
    CHECK(bullet.numbering_level == 1);
    CHECK(paragraph_at(list.body, 2).numbering_label == "a)");
    CHECK(paragraph_at(list.body, 2).text() == "cũ");
    CHECK(paragraph_at(list.body, 3).numbering_label.empty());
    CHECK(paragraph_at(list.body, 3).numbering_level == -1);
    CHECK(plain_text(list.body).find("I. MỤC ĐÍCH") != std::string::npos);
}

TEST_CASE("tables: rows and cells, a horizontal merge, a vertical merge and borders") {
    const auto doc = read_body("\\trowd\\clmgf\\cellx2000\\clmrg\\cellx4000\\pard\\intbl G\\u7897?p\\cell\\cell\\row"
                               "\\trowd\\clvmgf\\cellx2000\\cellx4000\\pard\\intbl a\\cell b\\cell\\row"
                               "\\trowd\\clvmrg\\cellx2000\\cellx4000\\pard\\intbl\\cell c\\par d\\cell\\row"
                               "\\pard sau\\par"
                               "\\trowd\\clbrdrt\\brdrs\\brdrw10\\cellx2000\\pard\\intbl k\\cell\\row\\pard\\par");
    REQUIRE(doc.body.size() == 4);
    const auto& t = std::get<table>(doc.body[0]);
    REQUIRE(t.rows.size() == 3);
    REQUIRE(t.rows[0].cells.size() == 1);
    CHECK(t.rows[0].cells[0].grid_span == 2);
    CHECK(paragraph_texts(t.rows[0].cells[0].blocks) == std::vector<std::string>{"Gộp"});
    REQUIRE(t.rows[1].cells.size() == 2);
    CHECK_FALSE(t.rows[1].cells[0].vertical_continuation);
    REQUIRE(t.rows[2].cells.size() == 2);
    CHECK(t.rows[2].cells[0].vertical_continuation);
    CHECK(paragraph_texts(t.rows[2].cells[1].blocks) == std::vector<std::string>{"c", "d"});
    CHECK(t.borderless);
    CHECK(paragraph_at(doc.body, 1).text() == "sau");
    CHECK_FALSE(std::get<table>(doc.body[2]).borderless);
}

TEST_CASE("tables: a cell as wide as several columns of other rows spans them, as LibreOffice merges") {
    // A heading row of one wide cell and one cell over two figure columns, then a row of three columns.
    const auto doc = read_body("\\trowd\\trleft-108\\cellx3000\\cellx9000\\pard\\intbl Ch\\u7881? ti\\u234?u\\cell N\\u259?m\\cell\\row"
                               "\\trowd\\trleft-108\\cellx3000\\cellx6000\\cellx9000\\pard\\intbl a\\cell 2009\\cell 2013\\cell\\row"
                               "\\trowd\\cellx3000\\pard\\intbl x\\cell y\\cell\\row\\pard\\par");
    const auto& t = std::get<table>(doc.body.at(0));
    REQUIRE(t.rows.size() == 3);
    REQUIRE(t.rows[0].cells.size() == 2);
    CHECK(t.rows[0].cells[0].grid_span == 1);
    CHECK(t.rows[0].cells[1].grid_span == 2);
    REQUIRE(t.rows[1].cells.size() == 3);
    for (const auto& cell : t.rows[1].cells) CHECK(cell.grid_span == 1);
    // A row with fewer edges than cells keeps its cells as written.
    REQUIRE(t.rows[2].cells.size() == 2);
    CHECK(t.rows[2].cells[0].grid_span == 1);
    CHECK(t.rows[2].cells[1].grid_span == 1);
}

TEST_CASE("a nested table's text is read in order, inside the outer cell") {
    const auto doc = read_body("\\trowd\\cellx3000\\cellx6000\\pard\\intbl ngo\\u224?i\\cell"
                               "\\pard\\intbl\\itap2 trong1\\nestcell trong2\\nestcell{\\*\\nesttableprops\\trowd\\cellx1000\\cellx2000\\nestrow}"
                               "{\\nonesttables\\par}\\pard\\intbl sau\\cell\\row\\pard h\\u7871?t\\par");
    CHECK(paragraph_texts(doc.body) == std::vector<std::string>{"ngoài", "trong1", "trong2", "sau", "hết"});
    const auto& outer = std::get<table>(doc.body.at(0));
    REQUIRE(outer.rows.size() == 1);
    REQUIRE(outer.rows[0].cells.size() == 2);
    const auto& second = outer.rows[0].cells[1].blocks;
    REQUIRE(second.size() == 2);
    const auto& inner = std::get<table>(second[0]);
    REQUIRE(inner.rows.size() == 1);
    CHECK(inner.rows[0].cells.size() == 2);
}

TEST_CASE("page headers and footers are parts of their own") {
    const auto doc = read_body("{\\header \\pard\\plain HUY\\u7878?N \\u7910?Y K\\u7922? ANH\\par}"
                               "{\\footerf \\pard\\plain Trang {\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}\\par}"
                               "\\pard B\\u193?O C\\u193?O\\par");
    CHECK(paragraph_texts(doc.body) == std::vector<std::string>{"BÁO CÁO"});
    const document_part* header = part_of_kind(doc, "header");
    REQUIRE(header != nullptr);
    CHECK(header->id == "header");
    CHECK(paragraph_texts(header->blocks) == std::vector<std::string>{"HUYỆN ỦY KỲ ANH"});
    const document_part* footer = part_of_kind(doc, "footer");
    REQUIRE(footer != nullptr);
    CHECK(footer->id == "footer-first");
    CHECK(paragraph_texts(footer->blocks) == std::vector<std::string>{"Trang 1"});
}

TEST_CASE("footnotes, endnotes and comments are parts; the paragraph around them goes on") {
    const auto doc = read_body("\\pard a{\\super\\chftn}{\\footnote\\pard\\plain{\\super\\chftn} ch\\u250? th\\u237?ch\\par}b"
                               "{\\footnote\\ftnalt\\pard cu\\u7889?i\\par}"
                               "{\\*\\atnid NV}{\\*\\atnauthor Nguy\\u7877?n}\\chatn{\\*\\annotation\\pard \\u253? ki\\u7871?n\\par}c\\par");
    CHECK(paragraph_texts(doc.body) == std::vector<std::string>{"abc"});
    const document_part* note = part_of_kind(doc, "footnote");
    REQUIRE(note != nullptr);
    CHECK(paragraph_texts(note->blocks) == std::vector<std::string>{" chú thích"});
    const document_part* end = part_of_kind(doc, "endnote");
    REQUIRE(end != nullptr);
    CHECK(paragraph_texts(end->blocks) == std::vector<std::string>{"cuối"});
    const document_part* comment = part_of_kind(doc, "comment");
    REQUIRE(comment != nullptr);
    CHECK(paragraph_texts(comment->blocks) == std::vector<std::string>{"ý kiến"});
}

TEST_CASE("\\info gives the title, subject, authors and dates; \\upr's Unicode copy is the one read") {
    const auto doc = read_body("\\pard x\\par",
                               "{\\info{\\upr{\\title B\\'e1o c\\'e1o s? k?t}{\\*\\ud{\\title B\\u225?o c\\u225?o s\\u417? k\\u7871?t}}}"
                               "{\\subject Ch\\u7881? th\\u7883? 32}{\\author Nguy\\u7877?n V\\u259?n A}{\\operator Tr\\u7847?n B}"
                               "{\\creatim\\yr2013\\mo9\\dy30\\hr8\\min5}{\\revtim\\yr2013\\mo10\\dy4\\hr15\\min38}{\\printim\\yr0\\mo0\\dy0}"
                               "{\\*\\company Huy\\u7879?n \\u7911?y}}");
    CHECK(doc.metadata.title == "Báo cáo sơ kết");
    CHECK(doc.metadata.subject == "Chỉ thị 32");
    CHECK(doc.metadata.creator == "Nguyễn Văn A");
    CHECK(doc.metadata.last_modified_by == "Trần B");
    CHECK(doc.metadata.created == "2013-09-30T08:05:00");
    CHECK(doc.metadata.modified == "2013-10-04T15:38:00");
    CHECK(paragraph_texts(doc.body) == std::vector<std::string>{"x"});
}

TEST_CASE("pictures, objects and shapes: only the text they hold is read, a text box after its paragraph") {
    const auto doc = read_body("\\pard a{\\*\\shppict{\\pict\\pngblip 89504e470d0a1a0a}}{\\nonshppict{\\pict\\wmetafile8 0100}}b"
                               "{\\object\\objemb{\\*\\objclass Excel.Sheet.8}{\\*\\objdata 01050000}{\\result {k\\u7871?t qu\\u7843?}}}"
                               "{\\shp{\\*\\shpinst{\\sp{\\sn shapeType}{\\sv 202}}{\\shptxt \\pard\\plain h\\u7897?p\\par}}{\\shprslt h\\u7897?p}}c\\par"
                               "\\pard d\\par");
    CHECK(paragraph_texts(doc.body) == std::vector<std::string>{"abkết quảc", "hộp", "d"});
}

TEST_CASE("tables of the file and other skipped destinations show nothing") {
    const auto doc = read_body("\\pard a\\par",
                               "{\\*\\generator Microsoft Word 16;}{\\*\\rsidtbl \\rsid1}{\\*\\themedata 504b03}"
                               "{\\*\\colorschememapping 3c3f}{\\*\\latentstyles\\lsdstimax376{\\lsdlockedexcept heading 1;}}"
                               "{\\*\\datastore 0105}{\\*\\xmlnstbl {\\xmlns1 http://x}}{\\*\\mmathPr\\mbrkBin0}"
                               "{\\*\\pgdsctbl{\\pgdsc0 Default Page Style;}}{\\*\\pnseclvl1\\pnucrm{\\pntxta .}}");
    CHECK(paragraph_texts(doc.body) == std::vector<std::string>{"a"});
    CHECK(doc.parts.empty());
}

TEST_CASE("an RTF file is claimed by its content whatever its name") {
    const auto doc = parse_rtf_bytes(rtf_document("\\pard B\\u225?o c\\u225?o\\par"), "bao-cao.doc");
    CHECK(paragraph_texts(doc.body) == std::vector<std::string>{"Báo cáo"});
}

TEST_CASE("a document as Word writes it: revision ids, associated fonts, bookmarks, a table style, \\itap0") {
    const std::string rtf =
        "{\\rtf1\\adeflang1025\\ansi\\ansicpg1252\\uc1\\adeff31507\\deff0\\stshfdbch31505\\deflang1066\\deflangfe1033"
        "{\\fonttbl{\\f0\\fbidi \\froman\\fcharset0\\fprq2{\\*\\panose 02020603050405020304}Times New Roman;}"
        "{\\f31505\\fbidi \\froman\\fcharset0\\fprq2{\\*\\panose 02020603050405020304}Times New Roman;}}"
        "{\\colortbl;\\red0\\green0\\blue0;}{\\*\\defchp \\fs24}{\\*\\defpap \\ql \\li0\\ri0\\widctlpar}"
        "{\\stylesheet{\\ql \\li0\\ri0\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0 "
        "\\rtlch\\fcs1 \\af0\\afs24\\alang1025 \\ltrch\\fcs0 \\fs24\\lang1066\\langfe1033\\cgrid\\langnp1066\\langfenp1033 \\snext0 \\sqformat \\spriority0 Normal;}"
        "{\\s1\\qj \\li0\\ri0\\sb120\\sa120\\keepn\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\outlinelevel0\\adjustright\\rin0\\lin0\\itap0 "
        "\\rtlch\\fcs1 \\ab\\af0\\afs28\\alang1025 \\ltrch\\fcs0 \\b\\fs28\\lang1066\\langfe1033\\kerning32\\loch\\f0\\hich\\af0\\dbch\\af31505\\cgrid "
        "\\sbasedon0 \\snext0 \\slink15 \\sqformat \\spriority9 \\styrsid1473562 heading 1,H1;}"
        "{\\*\\cs10 \\additive \\ssemihidden \\sunhideused \\spriority1 Default Paragraph Font;}"
        "{\\*\\ts11\\tsrowd\\trftsWidthB3\\trpaddl108\\trpaddr108\\trpaddfl3\\trpaddft3\\trpaddfb3\\trpaddfr3\\tblind0\\tblindtype3\\tsvertalt\\tsbrdrt\\tsbrdrl\\tsbrdrb\\tsbrdrr\\tsbrdrdgl\\tsbrdrdgr\\tsbrdrh\\tsbrdrv "
        "\\ql \\li0\\ri0\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\af0\\afs20 \\ltrch\\fcs0 \\fs20\\lang1024\\langfe1024\\cgrid\\langnp1024\\langfenp1024 "
        "\\snext11 \\ssemihidden \\sunhideused Normal Table;}}"
        "{\\*\\rsidtbl \\rsid1473562\\rsid2190389}{\\mmathPr\\mmathFont34\\mbrkBin0}"
        "{\\info{\\title B\\'e1o c\\'e1o}{\\author Nguy\\u7877\\'3fn V\\u259\\'3fn A}{\\operator Tr\\u7847\\'3fn B}"
        "{\\creatim\\yr2013\\mo10\\dy2\\hr9\\min15}{\\revtim\\yr2013\\mo10\\dy3\\hr10\\min0}{\\version2}{\\edmins1}{\\nofpages1}}"
        "{\\*\\xmlnstbl {\\xmlns1 http://schemas.microsoft.com/office/word/2003/wordml}}"
        "\\paperw11906\\paperh16838\\margl1701\\margr1134\\margt1134\\margb1134\\gutter0\\ltrsect"
        "{\\*\\ftnsep \\ltrpar \\pard\\plain \\ltrpar\\ql \\li0\\ri0\\widctlpar\\wrapdefault\\itap0 {\\insrsid1 \\chftnsep \\par }}"
        "\\ltrpar \\sectd \\ltrsect\\linex0\\headery709\\footery709\\colsx708\\endnhere\\sectlinegrid360\\sectdefaultcl\\sftnbj "
        "{\\headerr \\ltrpar \\pard\\plain \\ltrpar\\s18\\qc \\li0\\ri0\\widctlpar\\itap0 \\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 {\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\insrsid1 "
        "\\hich\\af0\\dbch\\af31505\\loch\\f0 HUY\\loch\\f0 \\u7878\\'3f\\hich\\af0\\dbch\\af31505\\loch\\f0 N \\u7910\\'3fY}{\\insrsid1 \\par }}"
        "{\\*\\pnseclvl1\\pnucrm\\pnstart1\\pnindent720\\pnhang {\\pntxta .}}"
        "\\pard\\plain \\ltrpar\\qc \\li0\\ri0\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0\\pararsid1473562 "
        "\\rtlch\\fcs1 \\af0\\afs24\\alang1025 \\ltrch\\fcs0 \\fs24\\lang1066\\langfe1033\\cgrid\\langnp1066\\langfenp1033 {\\rtlch\\fcs1 \\ab\\af0 \\ltrch\\fcs0 \\b\\insrsid1473562 "
        "\\hich\\af0\\dbch\\af31505\\loch\\f0 B\\loch\\f0 \\u193\\'c1\\hich\\af0\\dbch\\af31505\\loch\\f0 O C\\loch\\f0 \\u193\\'c1\\hich\\af0\\dbch\\af31505\\loch\\f0 O}"
        "{\\*\\bkmkstart _GoBack}{\\*\\bkmkend _GoBack}{\\rtlch\\fcs1 \\ab\\af0 \\ltrch\\fcs0 \\b\\insrsid2190389 \\par }"
        "{\\listtext\\pard\\plain\\ltrpar \\s1 \\rtlch\\fcs1 \\ab\\af0\\afs28 \\ltrch\\fcs0 \\b\\fs28\\lang1066\\langfe1033\\kerning32\\langnp1066\\insrsid1 \\hich\\af0\\dbch\\af31505\\loch\\f0 I.\\tab}"
        "\\pard\\plain \\ltrpar\\s1\\qj \\fi-360\\li720\\ri0\\sb120\\sa120\\keepn\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\ls1\\outlinelevel0\\adjustright\\rin0\\lin720\\itap0\\pararsid1 "
        "\\rtlch\\fcs1 \\ab\\af0\\afs28\\alang1025 \\ltrch\\fcs0 \\b\\fs28\\lang1066\\langfe1033\\kerning32\\loch\\af0\\hich\\af0\\dbch\\af31505\\cgrid\\langnp1066\\langfenp1033 "
        "{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\insrsid1 \\hich\\af0\\dbch\\af31505\\loch\\f0 M\\hich\\f0 \\u7908\\'3f\\loch\\f0 C \\loch\\f0 \\u272\\'3f\\hich\\f0 \\u205\\'cd\\loch\\f0 CH}"
        "{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\insrsid1 \\par }"
        "\\trowd \\irow0\\irowband0\\lastrow \\ltrrow\\ts11\\trgaph108\\trleft-108\\trftsWidth1\\trftsWidthB3\\trftsWidthA3\\tblrsid1\\tbllkhdrrows\\tbllklastrow\\tbllkhdrcols\\tbllklastcol\\tblind0\\tblindtype3 "
        "\\clvertalt\\clbrdrt\\brdrnone \\clbrdrl\\brdrnone \\clbrdrb\\brdrnone \\clbrdrr\\brdrnone \\cltxlrtb\\clftsWidth3\\clwWidth4428\\clshdrawnil \\cellx4320"
        "\\clvertalt\\clbrdrt\\brdrnone \\clbrdrl\\brdrnone \\clbrdrb\\brdrnone \\clbrdrr\\brdrnone \\cltxlrtb\\clftsWidth3\\clwWidth4428\\clshdrawnil \\cellx8748"
        "\\pard\\plain \\ltrpar\\qc \\li0\\ri0\\widctlpar\\intbl\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0\\pararsid1\\yts11 "
        "{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\insrsid1 \\hich\\af0\\dbch\\af31505\\loch\\f0 T/M}{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\insrsid1 \\cell }"
        "{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\insrsid1 \\hich\\af0\\dbch\\af31505\\loch\\f0 K\\u221\\'dd}{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\insrsid1 \\cell }"
        "\\pard\\plain \\ltrpar\\ql \\li0\\ri0\\widctlpar\\intbl\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0 "
        "{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\insrsid1 \\trowd \\irow0\\irowband0\\lastrow \\ltrrow\\ts11\\trgaph108\\trleft-108 "
        "\\clvertalt\\clbrdrt\\brdrnone \\clbrdrl\\brdrnone \\clbrdrb\\brdrnone \\clbrdrr\\brdrnone \\cellx4320\\clvertalt\\clbrdrt\\brdrnone \\cellx8748\\row }"
        "\\pard \\ltrpar\\ql \\li0\\ri0\\widctlpar\\wrapdefault\\itap0 {\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\insrsid1 \\par }"
        "{\\*\\themedata 504b030414000600080000002100e9de0fbfff0000001c020000130000005b436f6e74656e745f54797065735d2e786d6cac91cb4ec3301045f748fc83e52d4a}"
        "{\\*\\colorschememapping 3c3f786d6c2076657273696f6e3d22312e30}"
        "{\\*\\latentstyles\\lsdstimax376\\lsdlockeddef0\\lsdsemihiddendef0{\\lsdlockedexcept \\lsdqformat1 \\lsdpriority0 \\lsdlocked0 Normal;}}"
        "{\\*\\datastore 01050000020000001800000057006f00720064002e0044006f00630075006d0065006e0074002e0038000000}}";
    const auto doc = parse_rtf_bytes(rtf);
    REQUIRE(doc.body.size() == 4);
    const paragraph& title = paragraph_at(doc.body, 0);
    CHECK(title.text() == "BÁO CÁO");
    CHECK(title.all_bold());
    CHECK(title.align == alignment::center);
    const paragraph& heading = paragraph_at(doc.body, 1);
    CHECK(heading.numbering_label == "I.");
    CHECK(heading.text() == "MỤC ĐÍCH");
    CHECK(heading.style_name == "heading 1");
    CHECK(heading.style_id == "Heading1");
    CHECK(heading.outline_level == 0);
    const auto& signature = std::get<table>(doc.body[2]);
    REQUIRE(signature.rows.size() == 1);
    REQUIRE(signature.rows[0].cells.size() == 2);
    CHECK(paragraph_texts(signature.rows[0].cells[1].blocks) == std::vector<std::string>{"KÝ"});
    CHECK(signature.borderless);
    CHECK(paragraph_at(doc.body, 3).text().empty());
    REQUIRE(doc.parts.size() == 1);
    CHECK(doc.parts[0].kind == "header");
    CHECK(doc.parts[0].id == "header-right");
    CHECK(paragraph_texts(doc.parts[0].blocks) == std::vector<std::string>{"HUYỆN ỦY"});
    CHECK(doc.metadata.title == "Báo cáo");
    CHECK(doc.metadata.creator == "Nguyễn Văn A");
    CHECK(doc.metadata.last_modified_by == "Trần B");
    CHECK(doc.metadata.created == "2013-10-02T09:15:00");
}
