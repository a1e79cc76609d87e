#include "template/template_document.hpp"

#include "docx/docx_template.hpp"
#include "docx/package_writer.hpp"
#include "model/draft_model.hpp"

namespace baocao::docx {

namespace {

/// 2013-08-16T01:00:00Z, the plan's date: a fixed stamp keeps the file stable.
constexpr std::int64_t template_stamp = 1376614800;

draft::document sample() {
    draft::document d;
    d.issuer_lines = {"TỈNH ỦY HÀ TĨNH", "BAN DÂN VẬN"};
    d.number_line = "Số      -BC/BDVTU";
    d.party_heading = "ĐẢNG CỘNG SẢN VIỆT NAM";
    d.place_date = "Hà Tĩnh, ngày      tháng      năm 2013";
    d.kind = "BÁO CÁO";
    d.summary = "trích yếu nội dung báo cáo (kiểu Subtitle)";
    d.opening = {
        "Tệp này là mẫu định dạng của bản dự thảo báo cáo tổng hợp. Nội dung của nó không được dùng; "
        "chỉ các kiểu (style), khổ giấy và lề trang được lấy sang bản dự thảo.",
        "Đoạn thân báo cáo dùng kiểu Body Text: Times New Roman 14, căn đều hai bên, thụt đầu dòng 1 cm, "
        "cách đoạn 6 pt. Các kiểu khác: Title (chữ BÁO CÁO), Subtitle (trích yếu), Heading 1, Heading 2, "
        "Heading 3, Remark (ghi chú nghiêng), Strong (tên đơn vị), Table Text và Table Grid (bảng), "
        "Header Block (khối tiêu đề), Recipients (Nơi nhận), Signature (chữ ký), Header (số trang).",
        "Sửa các kiểu này trong Word hoặc LibreOffice, lưu lại dưới dạng .docx rồi chỉ đường dẫn tệp qua "
        "thiết lập \"template\" của emit-docx (hoặc tùy chọn --template)."};
    d.silent_label = "Các đơn vị chưa đề cập nội dung này:";
    d.nobody_label = "Chưa có đơn vị nào báo cáo nội dung này.";

    draft::item_section first;
    first.label = "I.";
    first.heading = "Tiêu đề nội dung thứ nhất của kế hoạch (kiểu Heading 1)";
    first.units = {{"Huyện ủy A", {"Nội dung đơn vị báo cáo; tên đơn vị dùng kiểu ký tự Strong.",
                                    "Đoạn tiếp theo của cùng đơn vị."}},
                   {"Huyện ủy B", {"Nội dung đơn vị thứ hai báo cáo."}}};
    first.silent_units = {"Huyện ủy C", "Đảng ủy Khối D"};
    d.items.push_back(first);

    draft::item_section second;
    second.label = "II.";
    second.heading = "Tiêu đề nội dung thứ hai (kiểu Heading 1)";
    d.items.push_back(second);

    d.recipients_heading = "Nơi nhận:";
    d.recipients = {"- Ban Dân vận Trung ương (để b/c);", "- Thường trực Tỉnh ủy (để b/c);", "- Lưu."};
    d.signature = {"T/M BAN THƯỜNG VỤ", "(chức vụ)", "", "", "", "(họ và tên)"};

    d.appendix_title = "PHỤ LỤC";
    d.appendix_note = "(Kèm theo Báo cáo số      -BC/BDVTU, ngày      tháng      năm 2013)";
    draft::appendix_part part;
    part.heading = "1. Tiêu đề phần phụ lục (kiểu Heading 2)";
    draft::table t;
    t.header = {"STT", "Đơn vị", "Cấp", "Hạn nộp", "Ngày nộp", "Tình trạng"};
    t.widths = {8, 27, 16, 16, 16, 17};
    t.centered = {true, false, false, true, true, false};
    t.rows = {{"1", "Huyện ủy A", "Cấp huyện", "05/10/2013", "30/09/2013", "Đúng hạn"},
              {"2", "Huyện ủy C", "Cấp huyện", "05/10/2013", "", "Chưa nộp"}};
    part.tables.push_back(t);
    part.bullets = {"Chưa nộp (1): Huyện ủy C."};
    d.appendix.push_back(part);

    d.doc_title = "Mẫu định dạng báo cáo tổng hợp";
    d.author = "baocao";
    d.created = template_stamp;
    d.utc_offset_minutes = 420;
    return d;
}

}  // namespace

std::string make_template_docx() { return build_docx(sample(), default_template()); }

}  // namespace baocao::docx
