// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The short heading of a results section, derived from its plan item.

#include <string>

namespace baocao::synthesis {

/// A short heading for a results section from its plan item's text: the first
/// clause, without the plan's framing verbs ("Đánh giá tình hình", "Làm rõ
/// những"), of at most about fourteen words. It ends at a phrase boundary
/// (before "trong", "tại", "nhằm", ", ngày"…, or at a comma that closes a
/// list), never inside a conjunct group ("Mặt trận Tổ quốc và các đoàn thể"
/// stays whole) and never on a word that needs what follows ("của", "và").
std::string short_item_heading(const std::string& item_title);

}  // namespace baocao::synthesis
