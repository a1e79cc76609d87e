// SPDX-License-Identifier: Apache-2.0
#include "template/template_document.hpp"

#include "docx/docx_template.hpp"
#include "docx/package_writer.hpp"

#include <baocao/sdk/draft.hpp>

namespace baocao::docx {

namespace {

/// 2013-08-16T01:00:00Z, the plan's date: a fixed stamp keeps the file stable.
constexpr std::int64_t template_stamp = 1376614800;

draft::block block(draft::block_kind kind, std::string text, int level = 0) {
    draft::block b;
    b.kind = kind;
    b.level = level;
    b.text = std::move(text);
    return b;
}

draft::document sample() {
    draft::document d;
    auto& m = d.masthead;
    m.issuer_lines = {"TỈNH ỦY HÀ TĨNH"};
    m.number_line = "Số      -BC/TU";
    m.party_heading = "ĐẢNG CỘNG SẢN VIỆT NAM";
    m.place_date = "Hà Tĩnh, ngày      tháng      năm 2013";
    m.kind = "BÁO CÁO";
    m.summary = "trích yếu nội dung báo cáo (kiểu Subtitle)";
    m.closing = "Trên đây là báo cáo ... (kiểu Body Text)./.";

    using K = draft::block_kind;
    auto& opening = d.part_named("opening", draft::zone::body, 0);
    opening.blocks = {
        block(K::paragraph, "Tệp này là mẫu định dạng của bản dự thảo báo cáo tổng hợp. Nội dung của nó không được "
                            "dùng; chỉ các kiểu (style), khổ giấy và lề trang được lấy sang bản dự thảo."),
        block(K::paragraph, "Đoạn thân báo cáo dùng kiểu Body Text: Times New Roman 14, căn đều hai bên, thụt đầu "
                            "dòng 1 cm, cách đoạn 6 pt. Các kiểu khác: Title (chữ BÁO CÁO), Subtitle (trích yếu), "
                            "Heading 1 đến Heading 5, Remark (ghi chú nghiêng), Strong (chữ đậm đầu đoạn), Table Text "
                            "và Table Grid (bảng), Header Block (khối tiêu đề), Recipients (Nơi nhận), Signature "
                            "(chữ ký), Header (số trang)."),
        block(K::paragraph, "Sửa các kiểu này trong Word hoặc LibreOffice, lưu lại dưới dạng .docx rồi chỉ đường dẫn "
                            "tệp qua thiết lập \"template\" của emit-docx (hoặc tùy chọn --template).")};
    auto& results = d.part_named("results", draft::zone::body, 100);
    results.title = "Phần thứ nhất (kiểu Heading 1)";
    results.subtitle = "KẾT QUẢ THỰC HIỆN";
    results.blocks = {block(K::heading, "I. TIÊU ĐỀ MỤC (KIỂU HEADING 2)", 1),
                      block(K::paragraph, "- Nhận định chung của các đơn vị, nêu một lần (Đơn vị A, Đơn vị B)."),
                      block(K::heading, "1. Tiêu đề tiểu mục (kiểu Heading 3)", 2),
                      block(K::remark, "Ghi chú (kiểu Remark).")};
    results.blocks[1].lead = "Chữ đậm đầu đoạn (kiểu Strong): ";

    m.recipients_heading = "Nơi nhận:";
    m.recipients = {"- Ban Dân vận Trung ương (để b/c);", "- Thường trực Tỉnh ủy;", "- Lưu VPTU."};
    m.signature = {"T/M BAN THƯỜNG VỤ", "(chức vụ)", "", "", "", "(họ và tên)"};

    m.appendix_title = "PHỤ LỤC";
    m.appendix_note = "(Kèm theo Báo cáo số      -BC/TU, ngày      tháng      năm 2013)";
    auto& appendix = d.part_named("appendix-compliance", draft::zone::appendix, 100);
    appendix.title = "1. Tiêu đề phụ lục (kiểu Heading 2)";
    draft::block t;
    t.kind = K::table;
    t.table.header = {"STT", "Đơn vị", "Cấp", "Hạn nộp", "Ngày nộp", "Tình trạng"};
    t.table.widths = {8, 27, 16, 16, 16, 17};
    t.table.centered = {true, false, false, true, true, false};
    t.table.rows = {{{"1", "Huyện ủy A", "Cấp huyện", "05/10/2013", "30/09/2013", "Đúng hạn"}, {}, false},
                    {{"2", "Huyện ủy C", "Cấp huyện", "05/10/2013", "", "Chưa nộp"}, {}, false}};
    appendix.blocks = {t, block(K::paragraph, "- Chưa nộp (1): Huyện ủy C."),
                       block(K::heading, "I. Nội dung (kiểu Heading 3)", 1), block(K::heading, "Đơn vị A (kiểu Heading 4)", 2),
                       block(K::heading, "Tiêu đề của đơn vị (kiểu Heading 5)", 3),
                       block(K::quote, "Lời văn của đơn vị, giữ nguyên (kiểu Body Text).")};

    m.doc_title = "Mẫu định dạng báo cáo tổng hợp";
    m.author = "baocao";
    m.created = template_stamp;
    m.utc_offset_minutes = 420;
    return d;
}

}  // namespace

std::string make_template_docx() { return build_docx(sample(), default_template()); }

}  // namespace baocao::docx
