// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Whether two reports of one unit are versions of one report, or two
/// reports (a main report and a thematic one) that both count.

#include <baocao/sdk/result.hpp>

#include <cstddef>

namespace baocao::deadline {

/// True when the titles are substantially the same (most words of the
/// shorter one in the other), or the texts share most of their three-word
/// runs, or both answer most of the plan's `item_count` items. A report with
/// neither title nor text is taken for a version (nothing tells them apart).
bool same_report(const submission& a, const submission& b, std::size_t item_count);

}  // namespace baocao::deadline
