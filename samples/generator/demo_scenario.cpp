// SPDX-License-Identifier: Apache-2.0
// The demo inbox. Every choice below is a case the pipeline must handle:
// on-time and late reports, the UTC Received: trap around the deadline,
// a resubmission, a legacy-font report, tracked changes, a broken file, an
// unsupported attachment, a message without attachment, a unit that sent only
// a damaged .doc, a report saved as Word 97-2003 .doc, a report on another subject, a thematic report beside the review,
// and units that send nothing. The scenario is fixed; the seed varies wording and figures.

#include "demo_scenario.hpp"

#include "doc_writer.hpp"
#include "docx_writer.hpp"
#include "expected_writer.hpp"
#include "mailbox_writer.hpp"
#include "mime_writer.hpp"
#include "plan_document.hpp"
#include "random.hpp"
#include "report_composer.hpp"
#include "roster_data.hpp"
#include "side_reports.hpp"
#include "zip_bundle_writer.hpp"

#include <cstdio>
#include <functional>

namespace baocao::samplegen {

namespace {

namespace fs = std::filesystem;

constexpr const char* docx_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
constexpr const char* doc_type = "application/msword";

moment at(int y, int mo, int d, int h = 8, int mi = 0, int s = 0, int offset = 420) {
    moment m;
    m.year = y;
    m.month = mo;
    m.day = d;
    m.hour = h;
    m.minute = mi;
    m.second = s;
    m.offset_minutes = offset;
    return m;
}

moment plus_seconds(const moment& m, long long seconds) {
    return moment::from_unix(m.unix_seconds() + seconds, m.offset_minutes);
}

// A one-page PDF with no text: enough for type detection to say "PDF".
std::string minimal_pdf() {
    return "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
}

std::string sender_name(const std::string& unit_id) {
    const unit_profile& p = profile_of(unit_id);
    const bool district = p.area_noun == "huyện" || p.area_noun == "thành phố" || p.area_noun == "thị xã";
    return district ? "Ban Dân vận " + p.self + " " + p.place : "Văn phòng " + p.self;
}

class demo {
public:
    demo(fs::path out, std::uint64_t seed) : out_(std::move(out)), rng_(seed) { expected_.seed = seed; }

    int run();

private:
    using tweak_fn = std::function<void(report_options&)>;

    /// A report of `unit` dated `date`, with the seed's wording and `tweak`'s layout.
    composed_report report(const std::string& unit, int number, const moment& date, const tweak_fn& tweak) {
        report_options o;
        o.unit_id = unit;
        o.number = number;
        o.date = date;
        o.seed = rng_.next();
        o.parent_line = rng_.chance(0.6);
        tweak(o);
        return compose_report(o);
    }

    void save(const std::string& rel, const std::string& bytes) {
        write_file(out_ / rel, bytes);
        ++files_;
    }

    void expect(const std::string& source, const composed_report& r, const std::optional<moment>& received,
                std::vector<std::string> features) {
        expected_submission s;
        s.source = source;
        s.unit = r.unit_id;
        s.document_date = r.document_date;
        if (received) s.received_at = received->in_offset(420).iso();
        s.body = r.body;
        s.features = std::move(features);
        expected_.submissions.push_back(std::move(s));
    }

    mail_message message(const std::string& unit, const moment& received, bool utc_hop, const std::string& subject,
                         const std::string& body) {
        mail_message m;
        const roster_unit* u = find_unit(unit);
        m.from_name = sender_name(unit);
        m.from_address = unit_emails(*u).front();
        m.subject = subject;
        m.body = body;
        const moment top = utc_hop ? received.in_offset(0) : received;
        const std::string host = m.from_address.substr(m.from_address.find('@') + 1);
        m.received.push_back({"smtp." + host + " (smtp." + host + " [203.0.113." + std::to_string(rng_.between(10, 250)) + "])",
                              "mx.hatinh.example.vn (Postfix)", top});
        m.received.push_back({"[192.168.1." + std::to_string(rng_.between(2, 200)) + "] (unknown [10.0.0." +
                                  std::to_string(rng_.between(2, 200)) + "])",
                              "smtp." + host + " (Postfix)", plus_seconds(received.in_offset(420), -rng_.between(4, 50))});
        m.date = plus_seconds(received.in_offset(420), -rng_.between(60, 400));
        char id[64];
        std::snprintf(id, sizeof id, "%016llX", static_cast<unsigned long long>(rng_.next()));
        m.message_id = std::string(id) + "@" + host;
        m.boundary_seed = rng_.next();
        return m;
    }

    std::string covering_note(const std::string& unit, const std::string& extra = "") {
        static const std::vector<std::string> openings{
            "Kính gửi: Ban Dân vận Tỉnh ủy Hà Tĩnh.", "Kính gửi Ban Dân vận Tỉnh ủy,", "Kính gửi các đồng chí Ban Dân vận Tỉnh ủy."};
        static const std::vector<std::string> lines{
            "xin gửi Báo cáo sơ kết 5 năm thực hiện Chỉ thị 32-CT/TU theo Kế hoạch số 99-KH/TU (file đính kèm).",
            "gửi kèm theo đây báo cáo sơ kết phong trào thi đua \"Dân vận khéo\" giai đoạn 2008 - 2013.",
            "trân trọng gửi báo cáo sơ kết Chỉ thị 32-CT/TU để Ban tổng hợp."};
        return rng_.pick(openings) + "\n\n" + sender_name(unit) + " " + rng_.pick(lines) + "\n" + extra +
               "\nTrân trọng!\n--\n" + sender_name(unit) + "\nĐT: 039.38" + std::to_string(rng_.between(10000, 99999)) + "\n";
    }

    /// One report sent as the only attachment of an .eml file in inbox/.
    void eml_report(const std::string& file, const std::string& unit, int number, const moment& date, const moment& received,
                    bool utc_hop, const std::string& attachment, name_encoding enc, const tweak_fn& tweak,
                    std::vector<std::string> features) {
        const composed_report r = report(unit, number, date, tweak);
        mail_message m = message(unit, received, utc_hop, "Báo cáo sơ kết 5 năm thực hiện Chỉ thị 32-CT/TU - " + find_unit(unit)->name,
                                 covering_note(unit));
        // An office still on Word 2003 saves its report as .doc.
        if (attachment.ends_with(".doc"))
            m.attachments.push_back({attachment, doc_type, write_doc(r.doc), enc});
        else
            m.attachments.push_back({attachment, docx_type, write_docx(r.doc), enc});
        save("inbox/" + file, write_message(m));
        expect("inbox/" + file + "#" + attachment, r, received, std::move(features));
    }

    void plan_and_roster() {
        save("plan-99-KH-TU.docx", write_docx(plan_document()));
        save("roster.json", roster_json());
    }

    /// A report outside the review's structure (thematic or off the subject), with no paragraph truth.
    void expected_side(const std::string& source, const std::string& unit, const std::string& document_date,
                       const moment& received, bool off_topic, std::vector<std::string> features) {
        expected_submission s;
        s.source = source;
        s.unit = unit;
        s.document_date = document_date;
        s.received_at = received.in_offset(420).iso();
        s.off_topic = off_topic;
        s.side_report = !off_topic;
        s.features = std::move(features);
        expected_.submissions.push_back(std::move(s));
    }

    void plain_files();
    void emails();
    void side_sendings();
    void mailboxes();
    void bundle();

    fs::path out_;
    random_source rng_;
    expected_run expected_;
    int files_ = 0;
};

void demo::plain_files() {
    auto r = report("duc-tho", 47, at(2013, 9, 27), [](report_options& o) {
        o.shape = report_shape::parts;
        o.headings = heading_mode::auto_styles;
        o.stats_table = true;
        o.front_own_section = false;
    });
    save("inbox/duc-tho-bao-cao-so-ket-ct32.docx", write_docx(r.doc));
    expect("inbox/duc-tho-bao-cao-so-ket-ct32.docx", r, std::nullopt,
           {"shape A", "auto-numbered headings via Heading 1/2 styles", "numbering restarts in part two", "statistics table",
            "MTTQ inside results"});

    r = report("vu-quang", 31, at(2013, 10, 7), [](report_options& o) {
        o.headings = heading_mode::bold_only;
        o.skip_front = true;
        o.assessment_block = false;
    });
    save("inbox/Báo cáo Vũ Quang.docx", write_docx(r.doc));
    expect("inbox/Báo cáo Vũ Quang.docx", r, std::nullopt,
           {"shape B", "bold-only headings without numbers", "skips plan item 3", "late by document date"});

    r = report("dang-uy-cong-an", 112, at(2013, 9, 30), [](report_options& o) {
        o.tcvn3 = true;
        o.headings = heading_mode::typed;
        o.front_own_section = true;
    });
    save("inbox/CA tinh - BC so ket CT32.docx", write_docx(r.doc));
    expect("inbox/CA tinh - BC so ket CT32.docx", r, std::nullopt,
           {"legacy TCVN3 fonts (.VnTime body, .VnTimeH capitals)", "typed numbers"});

    r = report("ky-anh", 64, at(2013, 10, 4), [](report_options& o) {
        o.shape = report_shape::parts;
        o.part_without_headings = true;
        o.header_in_table = false;
        o.padded_date = true;
    });
    save("inbox/KyAnh_BC_CT32.docx", write_docx(r.doc));
    expect("inbox/KyAnh_BC_CT32.docx", r, std::nullopt,
           {"shape A", "part two without headings", "header typed with tabs, no table", "zero-padded date"});

    // A download cut short: the zip's central directory is missing.
    const composed_report broken = report("huong-khe", 52, at(2013, 10, 2), [](report_options&) {});
    const std::string bytes = write_docx(broken.doc);
    save("inbox/Bao cao Huong Khe.docx", bytes.substr(0, bytes.size() * 3 / 5));
    // The file names the unit, so Hương Khê has sent something: it owes a readable copy.
    expected_.rejected.push_back(
        {"inbox/Bao cao Huong Khe.docx", "corrupt_zip", "truncated .docx (no central directory)", "huong-khe"});
}

void demo::emails() {
    eml_report("can-loc.eml", "can-loc", 58, at(2013, 9, 28), at(2013, 10, 1, 8, 15, 42), false,
               "Báo cáo sơ kết Chỉ thị 32 - Can Lộc.docx", name_encoding::rfc2047_b,
               [](report_options& o) {
                   o.shape = report_shape::parts;
                   o.headings = heading_mode::typed;
                   o.front_own_section = true;
               },
               {"shape A", "typed numbers", "attachment name RFC 2047 B"});
    eml_report("nghi-xuan.eml", "nghi-xuan", 73, at(2013, 10, 2), at(2013, 10, 4, 16, 40, 5), false,
               "BC sơ kết Dân vận khéo Nghi Xuân.docx", name_encoding::rfc2047_q,
               [](report_options& o) {
                   o.headings = heading_mode::auto_direct;
                   o.stats_table = true;
               },
               {"shape B", "auto-numbered headings via direct numPr", "statistics table", "attachment name RFC 2047 Q"});
    // Sent late in the evening of 4 October, stamped in UTC: 01:20 on 5 October
    // in Vietnam, which is the due date itself, so late.
    eml_report("thach-ha.eml", "thach-ha", 88, at(2013, 10, 4), at(2013, 10, 5, 1, 20, 0), true,
               "Báo cáo sơ kết 5 năm thực hiện Chỉ thị 32-CT-TU của Ban Thường vụ Huyện ủy Thạch Hà.docx",
               name_encoding::rfc2231,
               [](report_options& o) {
                   o.headings = heading_mode::auto_direct;
                   o.front_own_section = false;
               },
               {"shape B", "Received: in UTC crossing midnight of the due date", "RFC 2231 name with continuations"});
    eml_report("cam-xuyen.eml", "cam-xuyen", 95, at(2013, 10, 1), at(2013, 10, 3, 9, 5, 12), false,
               "Báo cáo Cẩm Xuyên (đã sửa).docx", name_encoding::outlook_cp1258,
               [](report_options& o) {
                   o.tracked_changes = true;
                   o.headings = heading_mode::typed;
               },
               {"tracked changes (w:ins, w:del)", "Outlook windows-1258 attachment name"});
    eml_report("dang-uy-khoi-cac-co-quan.eml", "dang-uy-khoi-cac-co-quan", 205, at(2013, 9, 30),
               at(2013, 10, 2, 9, 10, 33), true, "Báo cáo sơ kết CT 32 - Đảng ủy Khối các cơ quan.docx",
               name_encoding::rfc2047_b,
               [](report_options& o) {
                   o.headings = heading_mode::typed_styles;
                   o.results_first = false;
               },
               {"Heading 1/2 styles with typed numbers", "Received: in UTC"});
    eml_report("mttq.eml", "mttq", 215, at(2013, 10, 7), at(2013, 10, 8, 14, 2, 0), false,
               "Báo cáo của Ban Thường trực UBMTTQ tỉnh.doc", name_encoding::rfc2047_b,
               [](report_options& o) {
                   o.shape = report_shape::parts;
                   o.headings = heading_mode::typed_styles;
                   o.tcvn3 = true;
               },
               {"state-style header (Front)", "late", "Word 97-2003 .doc with Heading 1/2 styles",
                "legacy TCVN3 fonts in a .doc (.VnTime body, .VnTimeH capitals)"});
    eml_report("ldld.eml", "ldld", 287, at(2013, 10, 1), at(2013, 10, 2, 10, 47, 0), false,
               "Báo cáo sơ kết 5 năm thực hiện phong trào thi đua Dân vận khéo của Liên đoàn Lao động tỉnh.docx",
               name_encoding::rfc2231,
               [](report_options& o) {
                   o.headings = heading_mode::bold_only;
                   o.front_own_section = true;
               },
               {"bold-only headings", "long RFC 2231 name"});

    // The first version, then a corrected one after the deadline: the second
    // supersedes the first, and the first day counts for the status.
    eml_report("loc-ha.eml", "loc-ha", 41, at(2013, 9, 30), at(2013, 10, 2, 15, 30, 0), false, "Bao cao so ket CT32 Loc Ha.docx",
               name_encoding::plain, [](report_options& o) { o.headings = heading_mode::typed; },
               {"first version, superseded"});
    eml_report("loc-ha-bo-sung.eml", "loc-ha", 44, at(2013, 10, 6), at(2013, 10, 7, 7, 58, 0), false,
               "Báo cáo sơ kết CT32 Lộc Hà (thay thế).docx", name_encoding::rfc2047_b,
               [](report_options& o) {
                   o.headings = heading_mode::typed;
                   o.replaces = "41-BC/HU, ngày 30/9/2013";
               },
               {"resubmission replacing 41-BC/HU"});
    expected_.submissions[expected_.submissions.size() - 2].superseded_by = expected_.submissions.back().source;

    // The report and an unsupported companion in one message.
    const composed_report r = report("tp-ha-tinh", 120, at(2013, 9, 29), [](report_options& o) {
        o.headings = heading_mode::auto_direct;
        o.front_own_section = true;
    });
    const moment received = at(2013, 10, 1, 16, 22, 9);
    mail_message m = message("tp-ha-tinh", received, false, "V/v gửi báo cáo sơ kết Chỉ thị 32-CT/TU", covering_note("tp-ha-tinh",
                             "Kèm theo danh sách các mô hình tiêu biểu (bản PDF).\n"));
    m.attachments.push_back({"Báo cáo Thành ủy Hà Tĩnh.docx", docx_type, write_docx(r.doc), name_encoding::rfc2047_b});
    m.attachments.push_back({"Danh sách mô hình tiêu biểu.pdf", "application/pdf", minimal_pdf(), name_encoding::rfc2231});
    save("inbox/thanh-uy-ha-tinh.eml", write_message(m));
    expect("inbox/thanh-uy-ha-tinh.eml#Báo cáo Thành ủy Hà Tĩnh.docx", r, received, {"two attachments, one unsupported"});
    expected_.rejected.push_back(
        {"inbox/thanh-uy-ha-tinh.eml#Danh sách mô hình tiêu biểu.pdf", "unsupported_format", "PDF attachment", "tp-ha-tinh"});

    // Forgot the attachment; the report follows in the mailbox.
    mail_message forgot = message("hong-linh", at(2013, 10, 2, 10, 5, 0), false, "Báo cáo sơ kết CT 32",
                                  "Kính gửi Ban Dân vận Tỉnh ủy,\n\nThị ủy Hồng Lĩnh gửi báo cáo sơ kết.\n\nTrân trọng!\n");
    save("inbox/hong-linh-thieu-tep.eml", write_message(forgot));
    expected_.rejected.push_back({"inbox/hong-linh-thieu-tep.eml", "no_attachment", "message without attachment", "hong-linh"});
}

void demo::side_sendings() {
    // A damaged Word 97-2003 file (a compound-file header and nothing in it)
    // is all the Veterans' Association sent: it has reported, and owes a
    // readable copy.
    mail_message doc_only = message("hoi-ccb", at(2013, 10, 4, 9, 30, 0), false, "Báo cáo sơ kết CT32 - Hội CCB tỉnh",
                                    covering_note("hoi-ccb"));
    std::string legacy("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    legacy.resize(2048, '\0');
    doc_only.attachments.push_back({"Báo cáo Hội CCB tỉnh.doc", "application/msword", legacy, name_encoding::rfc2047_b});
    save("inbox/hoi-ccb.eml", write_message(doc_only));
    expected_.rejected.push_back(
        {"inbox/hoi-ccb.eml#Báo cáo Hội CCB tỉnh.doc", "corrupt_doc", "damaged Word 97-2003 .doc attachment", "hoi-ccb"});

    // The Border Guard's committee sent its administrative reform report by
    // mistake: off the plan's subject, so it still owes the review.
    const moment cchc_received = at(2013, 10, 2, 14, 10, 0);
    mail_message cchc = message("dang-uy-bien-phong", cchc_received, false, "Gửi báo cáo", covering_note("dang-uy-bien-phong"));
    cchc.attachments.push_back({"Báo cáo CCHC 9 tháng.docx", docx_type,
                                write_docx(off_topic_report("dang-uy-bien-phong", 233, at(2013, 10, 1))), name_encoding::rfc2047_b});
    save("inbox/bien-phong-cchc.eml", write_message(cchc));
    expected_side("inbox/bien-phong-cchc.eml#Báo cáo CCHC 9 tháng.docx", "dang-uy-bien-phong", "2013-10-01", cchc_received, true,
                  {"report on another subject (administrative reform): off_topic"});

    // Can Lộc follows its review with a thematic report on one model: another
    // report, not a version of the review; both count.
    const moment thematic_received = at(2013, 10, 3, 10, 0, 0);
    mail_message thematic = message("can-loc", thematic_received, false, "Báo cáo chuyên đề mô hình Dân vận khéo",
                                    covering_note("can-loc"));
    thematic.attachments.push_back({"Chuyên đề mô hình Dân vận khéo - Can Lộc.docx", docx_type,
                                    write_docx(thematic_report("can-loc", 60, at(2013, 10, 2))), name_encoding::rfc2047_b});
    save("inbox/can-loc-chuyen-de.eml", write_message(thematic));
    expected_side("inbox/can-loc-chuyen-de.eml#Chuyên đề mô hình Dân vận khéo - Can Lộc.docx", "can-loc", "2013-10-02",
                  thematic_received, false, {"thematic report beside the review: not a version"});
}

void demo::mailboxes() {
    struct boxed {
        std::string unit;
        int number;
        moment date;
        moment received;
        std::string attachment;
        tweak_fn tweak;
        std::vector<std::string> features;
    };
    const std::vector<boxed> in_mbox{
        {"hong-linh", 36, at(2013, 10, 2), at(2013, 10, 3, 7, 45, 0), "Báo cáo Thị ủy Hồng Lĩnh.docx",
         [](report_options& o) { o.headings = heading_mode::typed; }, {"in mbox", "body line starting From quoted"}},
        {"huong-son", 77, at(2013, 10, 4), at(2013, 10, 5, 7, 30, 0), "BC so ket CT32 - Huong Son.docx",
         [](report_options& o) {
             o.results_first = true;
             o.headings = heading_mode::typed;
         },
         {"in mbox", "sections in another order (results before leadership)", "received on the due date: late"}},
        {"tinh-doan", 312, at(2013, 9, 26), at(2013, 9, 30, 17, 2, 0), "Báo cáo Tỉnh đoàn.docx",
         [](report_options& o) { o.headings = heading_mode::auto_direct; }, {"in mbox", "Youth Union header"}},
    };
    std::vector<mailbox_entry> entries;
    int position = 0;
    for (const boxed& b : in_mbox) {
        ++position;
        const composed_report r = report(b.unit, b.number, b.date, b.tweak);
        const std::string quoted_from = position == 1 ? "From Văn phòng Thị ủy: bản này thay cho thư trước bị thiếu tệp.\n" : "";
        mail_message m = message(b.unit, b.received, false, "Báo cáo sơ kết Chỉ thị 32-CT/TU", covering_note(b.unit, quoted_from));
        m.body_8bit = true;
        m.attachments.push_back({b.attachment, docx_type, write_docx(r.doc), position == 2 ? name_encoding::plain : name_encoding::rfc2047_b});
        entries.push_back({m.from_address, b.received, write_message(m)});
        expect("inbox/hop-thu-bdv.mbox#" + std::to_string(position) + "#" + b.attachment, r, b.received, b.features);
    }
    save("inbox/hop-thu-bdv.mbox", write_mbox(entries));

    const std::vector<boxed> in_maildir{
        {"dang-uy-khoi-doanh-nghiep", 158, at(2013, 9, 30), at(2013, 10, 1, 14, 12, 0), "Báo cáo ĐUK Doanh nghiệp.docx",
         [](report_options& o) {
             o.shape = report_shape::parts;
             o.headings = heading_mode::auto_styles;
         },
         {"in Maildir cur/", "shape A with auto numbering"}},
        {"hoi-nong-dan", 178, at(2013, 10, 8), at(2013, 10, 9, 8, 20, 0), "Báo cáo Hội Nông dân tỉnh.docx",
         [](report_options& o) { o.headings = heading_mode::typed; }, {"in Maildir new/", "late"}},
    };
    std::vector<std::string> names, messages;
    for (std::size_t i = 0; i < in_maildir.size(); ++i) {
        const boxed& b = in_maildir[i];
        const composed_report r = report(b.unit, b.number, b.date, b.tweak);
        mail_message m = message(b.unit, b.received, i == 0, "Gui bao cao so ket Dan van kheo", covering_note(b.unit));
        m.attachments.push_back({b.attachment, docx_type, write_docx(r.doc), name_encoding::rfc2047_q});
        names.push_back(maildir_name(b.received.unix_seconds(), static_cast<unsigned>(rng_.between(1000, 999999)), 2210,
                                     static_cast<unsigned>(i + 3), "mx.hatinh.example.vn"));
        messages.push_back(write_message(m));
        const std::string rel = i == 0 ? "cur/" + names.back() + ":2,S" : "new/" + names.back();
        expect("inbox/maildir/" + rel + "#" + b.attachment, r, b.received, b.features);
    }
    const auto written = write_maildir(out_ / "inbox" / "maildir", {names[0]}, {messages[0]}, {names[1]}, {messages[1]});
    files_ += static_cast<int>(written.size());
}

void demo::bundle() {
    const std::string folder = "Báo cáo sơ kết CT32";
    const composed_report qs = report("dang-uy-quan-su", 405, at(2013, 10, 3), [](report_options& o) {
        o.headings = heading_mode::typed;
        o.assessment_block = true;
    });
    const composed_report pn = report("hoi-lhpn", 96, at(2013, 10, 5), [](report_options& o) {
        o.headings = heading_mode::auto_direct;
        o.padded_date = true;
    });
    const std::string a = "Đảng ủy Quân sự tỉnh - Báo cáo.docx";
    const std::string b = "Hội LHPN tỉnh - Báo cáo sơ kết.docx";
    save("inbox/Báo cáo các đơn vị.zip", write_bundle(folder, {{a, write_docx(qs.doc)}, {b, write_docx(pn.doc)}}));
    expect("inbox/Báo cáo các đơn vị.zip#" + folder + "/" + a, qs, std::nullopt, {"in zip bundle", "UTF-8 names"});
    expect("inbox/Báo cáo các đơn vị.zip#" + folder + "/" + b, pn, std::nullopt,
           {"in zip bundle", "dated on the due date: late"});
}

int demo::run() {
    plan_and_roster();
    plain_files();
    emails();
    mailboxes();
    bundle();
    // Last, so the random draws of the inputs above stay as they were.
    side_sendings();
    finalize(expected_);
    save("expected.json", expected_json(expected_));
    return files_;
}

}  // namespace

int write_demo(const fs::path& out, std::uint64_t seed) { return demo(out, seed).run(); }

}  // namespace baocao::samplegen
