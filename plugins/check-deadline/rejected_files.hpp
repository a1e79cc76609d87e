// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Files that could not be read, tied to the units that sent them, and what
/// such a unit is asked for, in the words of the appendix.

#include <baocao/sdk/result.hpp>
#include <baocao/sdk/roster.hpp>

#include <string>
#include <vector>

namespace baocao::deadline {

/// Sets each rejection's unit: the roster unit whose address sent the
/// carrying message, else the one whose name or alias (two words or more)
/// the file's name contains, when exactly one unit's longest alias does,
/// else the one unit the readable files of the same message were found to
/// come from (a report read beside a damaged appendix).
void attribute_rejections(std::vector<rejection>& rejected, const roster& r, const std::vector<submission>& submissions);

/// The clause for a unit whose counted report came with a damaged or
/// password-protected document in the same message ("tệp gửi kèm bị lỗi, đề
/// nghị gửi lại"); "" when none of `files` did. A file of another kind (the
/// signed scan as a PDF beside the .docx) asks for nothing.
std::string unread_companions_note(const std::vector<const rejection*>& files, const std::vector<const submission*>& counted);

/// The reason and request for a unit whose sendings could all not be read,
/// in Vietnamese ("tệp bị lỗi, đề nghị gửi lại"), one clause per kind of fault.
std::string unreadable_note(const std::vector<const rejection*>& files);

}  // namespace baocao::deadline
