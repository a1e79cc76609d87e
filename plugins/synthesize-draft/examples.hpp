// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Which single-unit findings are worth citing as examples ("Tiêu biểu
/// như…"): those that name something concrete, never a general remark that
/// happens to say "mô hình" or "sáng tạo", nor the plan's own request said back.

#include <baocao/sdk/plan.hpp>

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::synthesis {

/// The plan's own wording: its title and items, as word pairs and quoted names.
class plan_wording {
public:
    explicit plan_wording(const plan_spec& plan);
    /// True when most of the sentence's word pairs are the plan's own.
    bool restates(std::string_view sentence) const;
    /// True when a quoted name is one the plan quotes itself (“Dân vận khéo”).
    bool quotes(std::string_view name) const;

private:
    std::set<std::string> word_pairs_;
    std::set<std::string> quoted_;
};

/// The names a sentence puts in quotes (“…” or "…"), innermost first.
std::vector<std::string> quoted_names(std::string_view sentence);

/// True when the sentence names a place or a body: a kind of place or body
/// followed by its proper name ("xã Đồng Lộc", "Trung đoàn 841", "Công ty Cổ phần Bia").
bool names_place_or_body(std::string_view sentence);

/// True when the sentence names a committee by its place ("Huyện ủy Gio
/// Linh", "Đảng ủy Khối Doanh nghiệp", "Thành đoàn Hà Tĩnh"): one unit's, so
/// not a wording for all. The province's "Tỉnh ủy" is not counted.
bool names_committee(std::string_view sentence);

/// True when the sentence cites a document by its number ("Kế hoạch số
/// 48-KH/TU", "Quyết định số 12"): a unit's own paper, not the plan's subject.
bool cites_numbered_document(std::string_view sentence);

/// True when a sentence can stand as an example of what one unit did: it
/// carries at least two concrete marks — a quoted name the plan does not
/// itself quote, or a named place or body, counting two; a figure, or a word
/// that announces a model or a first ("mô hình", "điển hình", "đầu tiên"),
/// counting one — and is not the plan's own wording said back.
bool notable(std::string_view sentence, const plan_wording& plan);

}  // namespace baocao::synthesis
