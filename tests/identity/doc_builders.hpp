// SPDX-License-Identifier: Apache-2.0
#pragma once
// Documents built in test code from the model types: header tables, plain
// paragraphs, bodies.

#include <baocao/sdk/model.hpp>

#include <initializer_list>
#include <string>
#include <vector>

namespace baocao::testing {

inline paragraph para(const std::string& text, bool bold = false) {
    paragraph p;
    p.runs.push_back(text_run{text, bold, false, false, false, ""});
    return p;
}

/// A cell with one paragraph per line.
inline table_cell cell(std::initializer_list<std::string> lines) {
    table_cell c;
    for (const auto& l : lines) c.blocks.emplace_back(para(l, true));
    return c;
}

/// A borderless header table: one row, left and right cells.
inline table header_table(table_cell left, table_cell right) {
    table t;
    t.borderless = true;
    table_row r;
    r.cells.push_back(std::move(left));
    r.cells.push_back(std::move(right));
    t.rows.push_back(std::move(r));
    return t;
}

/// A document whose body is the given blocks followed by a title and a body paragraph.
inline document report(std::vector<block> header, const std::string& body_text =
                           "Thực hiện Kế hoạch số 99-KH/TU, ngày 16/8/2013 của Ban Thường vụ Tỉnh ủy, "
                           "Ban Thường vụ Huyện ủy Đức Thọ báo cáo kết quả sơ kết 5 năm thực hiện Chỉ thị "
                           "32-CT/TU, ngày 18/9/2008 như sau:") {
    document d;
    d.body = std::move(header);
    d.body.emplace_back(para("BÁO CÁO", true));
    d.body.emplace_back(para("sơ kết 5 năm thực hiện Chỉ thị 32-CT/TU về công tác dân vận", true));
    d.body.emplace_back(para(body_text));
    d.body.emplace_back(para("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", true));
    d.body.emplace_back(para("Ngày 20/10/2008, Ban Thường vụ đã ban hành kế hoạch thực hiện Chỉ thị."));
    return d;
}

/// Plain header paragraphs (no table).
inline std::vector<block> plain_header(std::initializer_list<std::string> lines) {
    std::vector<block> out;
    for (const auto& l : lines) out.emplace_back(para(l));
    return out;
}

}  // namespace baocao::testing
