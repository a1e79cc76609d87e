// SPDX-License-Identifier: Apache-2.0
// Writes the hostile corpus: broken, huge and crafted inputs of every kind
// baocao reads, beside good reports, and a manifest of what must become of
// each. Generated at test time so no large binary is ever committed.
//
// usage: baocao-hostile-corpus OUTDIR [--good N] [--big]
//   --good N  also write N good reports (default 4)
//   --big     include the 200 MB single-paragraph report
#include "mail_encodings.hpp"
#include "raw_zip.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

using namespace baocao::hostile;
using namespace baocao::testing;
namespace fs = std::filesystem;

namespace {

struct expectation {
    std::string path;      ///< relative to OUTDIR
    std::string outcomes;  ///< comma-separated: "submission" and/or rejection codes
    std::string what;
};

class corpus {
public:
    explicit corpus(fs::path root) : root_(std::move(root)) { fs::create_directories(root_); }

    void file(const std::string& rel, const std::string& bytes, const std::string& outcomes, const std::string& what) {
        const fs::path p = root_ / rel;
        fs::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << bytes;
        expect(rel, outcomes, what);
    }
    void expect(const std::string& rel, const std::string& outcomes, const std::string& what) {
        manifest_.push_back({rel, outcomes, what});
    }
    const fs::path& root() const { return root_; }

    void write_manifest() const {
        std::ofstream out(root_.parent_path() / (root_.filename().string() + ".manifest.tsv"), std::ios::binary);
        for (const auto& e : manifest_) out << e.path << '\t' << e.outcomes << '\t' << e.what << '\n';
    }

private:
    fs::path root_;
    std::vector<expectation> manifest_;
};

const char* const w_ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

std::string report_body(int n) {
    std::string body;
    body += paragraph_xml("HUYỆN ỦY CAN LỘC");
    body += paragraph_xml("Số " + std::to_string(10 + n) + "-BC/HU");
    body += paragraph_xml("Can Lộc, ngày 28 tháng 9 năm 2013");
    body += paragraph_xml("BÁO CÁO");
    body += paragraph_xml("Sơ kết 5 năm thực hiện Chỉ thị 32-CT/TU về mô hình \"Dân vận khéo\"");
    body += paragraph_xml("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, QUÁN TRIỆT, TRIỂN KHAI");
    body += paragraph_xml("Ban Thường vụ Huyện ủy đã tổ chức quán triệt Chỉ thị đến 100% chi bộ, báo cáo số " +
                          std::to_string(n) + ".");
    body += paragraph_xml("II. KẾT QUẢ THỰC HIỆN");
    body += paragraph_xml("Toàn huyện xây dựng được " + std::to_string(100 + n) + " mô hình \"Dân vận khéo\".");
    return body;
}

std::string docx_with_document(const std::string& document_xml, const entry_options& opt = {}) {
    raw_zip z;
    z.add("[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
          "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
          "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
          "ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
          "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
    z.add("_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
          "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
          "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
          "Target=\"word/document.xml\"/></Relationships>");
    z.add("word/document.xml", document_xml, opt);
    return z.finish();
}

std::string wrap_document(const std::string& prolog, const std::string& body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + prolog + "<w:document xmlns:w=\"" + w_ns + "\"><w:body>" +
           body + "</w:body></w:document>";
}


std::string message(const std::string& subject, const std::string& attachment_name, const std::string& payload) {
    return "Received: from mx.example.vn by mail.hatinh.example.vn; Sat, 28 Sep 2013 09:00:00 +0700\r\n"
           "From: Van phong <vp@canloc.example.vn>\r\n"
           "To: bdv@hatinh.example.vn\r\n"
           "Subject: " + subject + "\r\n"
           "Date: Sat, 28 Sep 2013 08:59:00 +0700\r\n"
           "Message-ID: <" + subject + "@canloc.example.vn>\r\n"
           "MIME-Version: 1.0\r\n"
           "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
           "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nKính gửi Ban Dân vận.\r\n"
           "--b1\r\nContent-Type: application/octet-stream\r\n"
           "Content-Disposition: attachment; filename=\"" + attachment_name + "\"\r\n"
           "Content-Transfer-Encoding: base64\r\n\r\n" + base64(payload) + "\r\n--b1--\r\n";
}

/// Mailboxes written the ways real tools write them, each holding one report
/// that must be read whole, and the places a run's inputs may hold its outputs.
void write_mailbox_variants(corpus& c, const std::string& report) {
    const std::string from_line = "From vp@canloc.example.vn Sat Sep 28 08:59:00 2013\r\n";
    const std::string msg = message("variant", "bao-cao.docx", report);
    c.file("mbox/blank-first-line.mbox", "\r\n" + from_line + msg, "submission", "an mbox whose first line is blank");
    c.file("mbox/space-first-line.mbox", " \n" + from_line + msg, "submission", "an mbox whose first line is a space");
    // mboxo: body lines starting "From " after a blank line, unquoted.
    std::string mboxo = msg;
    const std::string greeting = "Kính gửi Ban Dân vận.\r\n";
    mboxo.replace(mboxo.find(greeting), greeting.size(),
                  greeting + "\r\nFrom the district office, at 10:30 in 2013:\r\n\r\n"
                             "From vp@canloc.example.vn, the report follows.\r\n");
    c.file("mbox/mboxo-from-in-body.mbox", from_line + mboxo, "submission",
           "mboxo body lines starting \"From \" after a blank line");
    {
        // mboxcl2: a From_ line inside a body that Content-Length covers.
        const std::string inner = "quoted:\r\n\r\n" + from_line + "Subject: not a message\r\n\r\n";
        std::string counted = msg;
        counted.replace(counted.find(greeting), greeting.size(), greeting + inner);
        const auto header_end = counted.find("\r\n\r\n") + 2;
        const std::size_t body_size = counted.size() - header_end - 2;
        counted.insert(header_end, "Content-Length: " + std::to_string(body_size) + "\r\n");
        c.file("mbox/mboxcl2-content-length.mbox", from_line + counted, "submission",
               "mboxcl2: a From_ line inside a body Content-Length covers");
    }
    {
        // A forwarded message (message/rfc822, base64) that keeps its own From_ line.
        const std::string outer =
            "From: Van phong <vp@canloc.example.vn>\r\nTo: bdv@hatinh.example.vn\r\nSubject: Fwd\r\n"
            "Date: Sat, 28 Sep 2013 08:59:00 +0700\r\nMessage-ID: <fwd-from@canloc.example.vn>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: multipart/mixed; boundary=\"o1\"\r\n\r\n--o1\r\nContent-Type: text/plain\r\n\r\nxem\r\n"
            "--o1\r\nContent-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n"
            "Content-Disposition: attachment; filename=\"fwd\"\r\n\r\n" +
            base64(from_line + mboxo) + "\r\n--o1--\r\n";
        c.file("mime/rfc822-with-from-line.eml", outer, "submission",
               "a forwarded message/rfc822 part keeping its From_ line");
    }
    // A FIFO among the inputs: refused, never waited on.
    fs::create_directories(c.root() / "special");
    if (::mkfifo((c.root() / "special" / "pipe.docx").c_str(), 0600) == 0)
        c.expect("special/pipe.docx", "unreadable", "a FIFO (named pipe) in a folder");
    // A previous run's outputs inside the inputs (--out in/out, run twice):
    // the folder is refused whole, its draft never read as a report.
    fs::create_directories(c.root() / "previous-run");
    std::ofstream(c.root() / "previous-run" / "result.json", std::ios::binary)
        << "{\n  \"schema\": \"baocao.result/1\",\n  \"plan\": {}\n}\n";
    std::ofstream(c.root() / "previous-run" / "draft.docx", std::ios::binary) << minimal_docx(report_body(9));
    c.expect("previous-run", "unsupported_format", "a baocao output folder among the inputs");
}



/// Reports Word shows whole but wrapped, files with odd names beside a
/// report, and mail holding a report in another wrapping.
void write_wrapped_and_odd(corpus& c, const std::string& body_xml) {
    const std::string report = minimal_docx(body_xml);
    c.file("wrapped/one-cell-table.docx",
           minimal_docx("<w:tbl><w:tblGrid><w:gridCol w:w=\"9000\"/></w:tblGrid><w:tr><w:tc>" + body_xml +
                        "</w:tc></w:tr></w:tbl><w:p/>"),
           "submission", "the whole report inside a 1x1 table");
    c.file("wrapped/altchunk-docx.docx",
           alt_chunk_docx("chunk.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", report),
           "submission", "the body is a w:altChunk holding an embedded .docx");
    {
        // Three levels of embedding: the innermost is past max_alt_chunk_levels, read as empty.
        std::string nested = report;
        for (int i = 0; i < 3; ++i)
            nested = alt_chunk_docx("chunk.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                    nested);
        c.file("wrapped/altchunk-3-deep.docx", nested, "submission", "w:altChunk nested three levels deep");
    }
    c.file("wrapped/altchunk-html.docx",
           alt_chunk_docx("chunk.htm", "text/html",
                          "<html><body><p>HUYỆN ỦY CAN LỘC</p><p>Can Lộc, ngày 28 tháng 9 năm 2013</p><h1>BÁO CÁO</h1>"
                          "<h2>I. KẾT QUẢ</h2><p>Toàn huyện có 120 mô hình.</p><script>x()</script></body></html>"),
           "submission", "the body is a w:altChunk holding an HTML page");
    // What Word, macOS and Windows leave beside a report.
    c.file("odd-names/Báo cáo.docx", report, "submission", "a report among junk files");
    c.file("odd-names/~$o cáo.docx", std::string("\x0Bnguyen van a", 13) + std::string(149, ' '), "office_lock_file",
           "the lock file Word keeps while the report is open");
    c.file("odd-names/._Báo cáo.docx", std::string("\x00\x05\x16\x07\x00\x02\x00\x00", 8) + std::string(200, '\0'),
           "appledouble", "an AppleDouble resource fork named after the report");
    c.file("odd-names/.DS_Store", std::string("\x00\x00\x00\x01" "Bud1", 8), "os_metadata", "macOS folder metadata");
    c.file("odd-names/Thumbs.db", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8), "os_metadata", "Windows thumbnails");
    {
        raw_zip bundle;
        bundle.add("r.docx", report);
        c.file("odd-names/bundle.zip", bundle.finish(), "submission", "a bundle holding r.docx");
        c.file("odd-names/bundle.zip#r.docx", report, "submission", "a file named like the bundle's entry");
    }
    // Mail wrappings.
    c.file("mime/uuencoded.eml",
           "From: Van phong <vp@canloc.example.vn>\r\nTo: bdv@hatinh.example.vn\r\nSubject: uu\r\n"
           "Date: Sat, 28 Sep 2013 08:59:00 +0700\r\n\r\nKinh gui.\r\n\r\n" + uuencode("bao-cao.docx", report, "\r\n"),
           "submission", "a .docx uuencoded into the message body");
    c.file("mime/winmail-dat.eml",
           "From: Van phong <vp@canloc.example.vn>\r\nTo: bdv@hatinh.example.vn\r\nSubject: tnef\r\n"
           "Date: Sat, 28 Sep 2013 08:59:00 +0700\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"t\"\r\n\r\n"
           "--t\r\nContent-Type: text/plain\r\n\r\nKinh gui.\r\n--t\r\nContent-Type: application/ms-tnef\r\n"
           "Content-Disposition: attachment; filename=\"winmail.dat\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
               base64(tnef_with("BAOCAO~1.DOC", u"bao-cao-so-ket.docx", report)) + "\r\n--t--\r\n",
           "submission", "the report inside Outlook's winmail.dat (TNEF)");
    c.file("mime/partial-1-of-2.eml",
           "From: vp@canloc.example.vn\r\nSubject: part\r\nDate: Sat, 28 Sep 2013 08:59:00 +0700\r\nMIME-Version: 1.0\r\n"
           "Content-Type: message/partial; id=\"x@canloc\"; number=1; total=2\r\n\r\nFrom: vp@canloc.example.vn\r\n"
           "Subject: whole\r\n\r\nhalf of it\r\n",
           "partial_message", "a message/partial fragment");
    // Dates a client or gateway wrote wrong: the report is read, the date's trouble is a problem.
    const auto mail_with_report = [&](const std::string& date_headers, const std::string& extra_parts) {
        return "From: Van phong <vp@canloc.example.vn>\r\nTo: bdv@hatinh.example.vn\r\nSubject: bao cao\r\n" + date_headers +
               "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"d\"\r\n\r\n--d\r\nContent-Type: text/plain\r\n\r\n"
               "Kinh gui.\r\n" + extra_parts + "--d\r\nContent-Type: application/octet-stream; name=\"bao-cao.docx\"\r\n"
               "Content-Disposition: attachment; filename=\"bao-cao.docx\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
               base64(report) + "\r\n--d--\r\n";
    };
    c.file("mime/date-without-zone.eml", mail_with_report("Date: Sat, 28 Sep 2013 08:59:00\r\n", ""), "submission",
           "a Date: without a time zone and no Received: (read as Vietnam time, with a problem)");
    c.file("mime/date-unreadable.eml",
           mail_with_report("Received: from x by mx; hom qua\r\nDate: 28/09/2013 8 gio sang\r\n", ""), "submission",
           "Received: and Date: whose dates cannot be read (a problem, no receipt time)");
    c.file("mime/appledouble.eml",
           mail_with_report("Date: Sat, 28 Sep 2013 08:59:00 +0700\r\n",
                            "--d\r\nContent-Type: application/applefile; name=\"bao-cao.docx\"\r\n"
                            "Content-Transfer-Encoding: base64\r\n\r\n" +
                                base64(std::string("\x00\x05\x16\x07\x00\x02\x00\x00", 8) + std::string(24, '\0')) + "\r\n"),
           "submission,appledouble", "a Mac's AppleDouble attachment: the resource fork is skipped, the report read");
    c.file("maildir/tmp/1380333603.M4P4.host", "From: vp@canloc.example.vn\r\nSubject: half delivered\r\n",
           "maildir_delivery", "a message still being delivered, in a Maildir's tmp/");
}

void write_hostile(corpus& c, bool big) {
    const std::string good = minimal_docx(report_body(0));

    // Zip bombs.
    {
        std::size_t left = 64u << 20;
        raw_zip bomb;
        const std::string head = "<?xml version=\"1.0\"?><w:document xmlns:w=\"" + std::string(w_ns) +
                                 "\"><w:body><w:p><w:r><w:t>";
        bool started = false, ended = false;
        bomb.add("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                        "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                                        "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
        bomb.add("_rels/.rels",
                 "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
                 "Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                 "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
        entry_options smallest;
        smallest.level = 9;
        bomb.add_streamed("word/document.xml", [&](std::string& chunk) {
            if (!started) {
                chunk = head;
                started = true;
                return true;
            }
            if (left > 0) {
                const std::size_t n = std::min<std::size_t>(left, 1 << 20);
                chunk.assign(n, 'a');
                left -= n;
                return true;
            }
            if (!ended) {
                chunk = "</w:t></w:r></w:p></w:body></w:document>";
                ended = true;
                return true;
            }
            return false;
        }, smallest);
        c.file("bombs/high-ratio.docx", bomb.finish(), "zip_bomb", "64 MB of one letter deflated to about 64 KB");
    }
    {
        const std::string doc = wrap_document("", report_body(1));
        // Overlapping entries: many central records share the main part's data.
        raw_zip overlap;
        overlap.add("[Content_Types].xml",
                    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override "
                    "PartName=\"/word/document.xml\" ContentType=\"application/"
                    "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
        overlap.add("_rels/.rels",
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
                    "Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                    "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
        overlap.add("word/document.xml", doc);
        for (int i = 0; i < 2000; ++i) overlap.alias(2, "word/copy" + std::to_string(i) + ".xml");
        c.file("bombs/overlapping-entries.docx", overlap.finish(), "zip_bomb,submission",
               "2000 central records pointing at the same data");
    }
    {
        raw_zip z;
        z.add("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        entry_options stored;
        stored.deflate = false;
        for (int i = 0; i < 100000; ++i) z.add("x/" + std::to_string(i), "", stored);
        c.file("bombs/100000-entries.docx", z.finish(), "zip_bomb", "100 000 entries");
    }
    {
        entry_options lie;
        lie.declared_size = 120;
        std::string big_doc = wrap_document("", paragraph_xml(std::string(10u << 20, 'b')));
        c.file("bombs/lying-declared-size.docx", docx_with_document(big_doc, lie), "zip_bomb,corrupt_zip",
               "declares 120 bytes, inflates to 10 MB");
    }

    // XML attacks.
    c.file("xml/billion-laughs.docx",
           docx_with_document(wrap_document(
               "<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
               "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
               "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">"
               "<!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\"><!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">"
               "<!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">]>",
               "<w:p><w:r><w:t>&i;</w:t></w:r></w:p>")),
           "xml_error,submission", "nine levels of entities, a billion letters if expanded");
    c.file("xml/external-entity.docx",
           docx_with_document(wrap_document("<!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>",
                                            "<w:p><w:r><w:t>leak: &x;</w:t></w:r></w:p>")),
           "xml_error,submission", "an external entity naming /etc/passwd");
    {
        std::string deep;
        for (int i = 0; i < 100000; ++i) deep += "<w:sdt><w:sdtContent>";
        for (int i = 0; i < 100000; ++i) deep += "</w:sdtContent></w:sdt>";
        c.file("xml/100000-deep.docx", docx_with_document(wrap_document("", deep)), "xml_error",
               "100 000 nested elements");
    }
    if (big) {
        // Letters from a small generator so deflate cannot shrink them past the ratio limit.
        std::uint32_t state = 2013;
        std::size_t left = 200u << 20;
        bool started = false, ended = false;
        raw_zip z;
        z.add("[Content_Types].xml",
              "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override "
              "PartName=\"/word/document.xml\" ContentType=\"application/"
              "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
        z.add("_rels/.rels",
              "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
              "Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
              "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
        z.add_streamed("word/document.xml", [&](std::string& chunk) {
            if (!started) {
                chunk = "<?xml version=\"1.0\"?><w:document xmlns:w=\"" + std::string(w_ns) +
                        "\"><w:body><w:p><w:r><w:t>";
                started = true;
                return true;
            }
            if (left > 0) {
                const std::size_t n = std::min<std::size_t>(left, 1 << 20);
                chunk.resize(n);
                for (auto& ch : chunk) {
                    state = state * 1103515245u + 12345u;
                    ch = static_cast<char>('a' + (state >> 16) % 26);
                }
                left -= n;
                return true;
            }
            if (!ended) {
                chunk = "</w:t></w:r></w:p></w:body></w:document>";
                ended = true;
                return true;
            }
            return false;
        });
        c.file("huge/200MB-paragraph.docx", z.finish(), "submission,too_large,zip_bomb,xml_error",
               "one paragraph of 200 MB");
    }

    // Broken packages.
    c.file("broken/truncated.docx", good.substr(0, good.size() / 2), "corrupt_zip,not_docx", "cut in half");
    {
        entry_options bad_crc;
        bad_crc.declared_crc = 0xDEADBEEF;
        c.file("broken/bad-crc.docx", docx_with_document(wrap_document("", report_body(2)), bad_crc), "corrupt_zip",
               "the main part's CRC is wrong");
    }
    c.file("broken/not-a-zip.docx", std::string(3000, '\x5a'), "corrupt_zip,not_docx,unsupported_format",
           "random bytes named .docx");
    c.file("broken/legacy.doc", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(4000, '\0'),
           "corrupt_doc", "an OLE2 header over nothing: a damaged .doc");
    c.file("broken/scan.pdf", "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj <<>> endobj\n", "unsupported_format", "a PDF");
    c.file("broken/empty.docx", "", "unsupported_format,corrupt_zip,not_docx", "an empty file");

    // RTF (parse-rtf): read as far as it goes, or refused past the nesting limit.
    {
        const std::string rtf = "{\\rtf1\\ansi{\\fonttbl{\\f0 Times New Roman;}}\\pard B\\u193?O C\\u193?O\\par"
                                "\\pard K\\u7871?t qu\\u7843? th\\u7921?c hi\\u7879?n\\par}";
        c.file("rtf/100000-deep.rtf", "{\\rtf1 " + std::string(100000, '{') + "x" + std::string(100000, '}') + "}", "too_deep",
               "100 000 nested groups");
        c.file("rtf/bin-past-end.rtf", "{\\rtf1 \\pard a\\bin999999999 {}", "submission", "a \\bin longer than the file");
        c.file("rtf/truncated.rtf", rtf.substr(0, rtf.size() / 2), "submission", "an RTF report cut in half");
        c.file("rtf/named.doc", rtf, "submission", "an RTF report named .doc, as e-office systems send it");
    }

    // Names.
    {
        raw_zip z;
        z.add("../../etc/evil.docx", minimal_docx(report_body(3)));
        z.add("/abs/report.docx", minimal_docx(report_body(4)));
        c.file("names/traversal.zip", z.finish(), "submission", "entry names with ../ and an absolute path");
    }
    {
        raw_zip z;
        z.add(std::string("bad-\xFF\xFE-name.docx"), minimal_docx(report_body(5)));
        c.file("names/invalid-utf8-name.zip", z.finish(), "submission,corrupt_zip",
               "an entry name flagged UTF-8 that is not");
    }
    {
        raw_zip z;
        z.add(std::string("nul\0inside.docx", 15), minimal_docx(report_body(6)));
        c.file("names/nul-in-name.zip", z.finish(), "submission,corrupt_zip", "a NUL byte inside an entry name");
    }
    c.file("names/attachment-traversal.eml",
           message("traversal", "../../../tmp/baocao-pwn.docx", minimal_docx(report_body(7))), "submission",
           "an attachment named ../../../tmp/baocao-pwn.docx");

    // MIME.
    c.file("mime/missing-boundary.eml",
           "From: a@example.vn\r\nSubject: x\r\nDate: Sat, 28 Sep 2013 08:59:00 +0700\r\nMIME-Version: 1.0\r\n"
           "Content-Type: multipart/mixed\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\nhello\r\n--b1--\r\n",
           "corrupt_mime,no_attachment", "multipart without a boundary parameter");
    {
        std::string msg = message("unterminated", "bao-cao.docx", minimal_docx(report_body(8)));
        msg = msg.substr(0, msg.size() * 2 / 3);  // the base64 stops mid-way, no closing boundary
        c.file("mime/unterminated-base64.eml", msg, "corrupt_zip,corrupt_mime,not_docx,no_attachment",
               "base64 cut off, no closing boundary");
    }
    {
        std::string msg = "From: a@example.vn\r\nSubject: nested\r\nDate: Sat, 28 Sep 2013 08:59:00 +0700\r\n"
                          "MIME-Version: 1.0\r\n";
        for (int i = 0; i < 10000; ++i)
            msg += "Content-Type: multipart/mixed; boundary=\"n" + std::to_string(i) + "\"\r\n\r\n--n" +
                   std::to_string(i) + "\r\n";
        msg += "Content-Type: text/plain\r\n\r\ndeep\r\n";
        c.file("mime/10000-nested.eml", msg, "too_deep,corrupt_mime,no_attachment", "10 000 nested multiparts");
    }
    c.file("mime/no-from-lines.mbox", "Subject: not really a mailbox\r\n\r\nno From_ line anywhere\r\n",
           "unsupported_format,no_attachment,corrupt_mime", "an .mbox with no From line");

    // A Maildir with a good message, one nobody may read and a dangling link.
    {
        for (const char* sub : {"cur", "new", "tmp"}) fs::create_directories(c.root() / "maildir" / sub);
        c.file("maildir/cur/1380333600.M1P1.host:2,S", message("good-in-maildir", "bao-cao.docx", good), "submission",
               "a good message");
        const fs::path locked = c.root() / "maildir/cur/1380333601.M2P2.host:2,S";
        std::ofstream(locked, std::ios::binary) << message("locked", "bao-cao-2.docx", good);
        ::chmod(locked.c_str(), 0);
        c.expect("maildir/cur/1380333601.M2P2.host:2,S", "unreadable,submission",
                 "mode 000 (still readable by root)");
        std::error_code ec;
        fs::create_symlink("/nonexistent/baocao/target", c.root() / "maildir/new/1380333602.M3P3.host", ec);
        if (!ec) c.expect("maildir/new/1380333602.M3P3.host", "unreadable", "a dangling symbolic link");
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: baocao-hostile-corpus OUTDIR [--good N] [--big]\n";
        return 2;
    }
    const fs::path out = argv[1];
    int good = 4;
    bool big = false;
    for (int i = 2; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--big") big = true;
        else if (a == "--good" && i + 1 < argc) good = std::atoi(argv[++i]);
        else {
            std::cerr << "unknown argument " << a << '\n';
            return 2;
        }
    }
    corpus c(out);
    for (int i = 0; i < good; ++i) {
        char name[64];
        std::snprintf(name, sizeof name, "good/report-%04d.docx", i);
        c.file(name, minimal_docx(report_body(i)), "submission", "a good report");
    }
    write_hostile(c, big);
    write_mailbox_variants(c, minimal_docx(report_body(10)));
    write_wrapped_and_odd(c, report_body(11));
    c.write_manifest();
    return 0;
}
