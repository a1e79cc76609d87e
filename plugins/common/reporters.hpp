// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The units whose reports count in the draft, and the forms of their names:
/// short names for attributions, every written form for masking.

#include <baocao/sdk/draft.hpp>
#include <baocao/sdk/result.hpp>
#include <baocao/sdk/roster.hpp>

#include <string>
#include <vector>

namespace baocao::synthesis {

/// A unit that counts in the draft, with its submissions that are not superseded.
struct reporter {
    std::string unit_id;                    ///< roster id, "" for a report from no known unit
    std::string name;                       ///< display name ("Huyện ủy Can Lộc")
    std::string short_name;                 ///< for attributions ("Can Lộc")
    std::vector<const submission*> submissions;  ///< in input order
    std::vector<std::string> own_names = {};  ///< other written forms of its own name, replaced when its wording is made general
    std::string listed_name = {};  ///< its name in a list of units when not short_name: the body alone, or the file
    std::string remark = {};       ///< what a list says once after such names: "ngoài danh sách", "chưa xác định đơn vị"
};

/// The remarks of reporters outside the roster: a body a report's header names, and a report of no known unit.
inline constexpr const char* outside_roster_remark = "ngoài danh sách";
inline constexpr const char* unknown_unit_remark = "chưa xác định đơn vị";

/// The unit's name in a list of units, before any remark: "Can Lộc", "Huyện ủy Yên Thành", "x.docx".
inline const std::string& name_in_lists(const reporter& r) { return r.listed_name.empty() ? r.short_name : r.listed_name; }

/// The unit as a list names it: "Can Lộc"; "Huyện ủy Yên Thành – ngoài danh sách" for a body outside the roster.
std::string listed(const reporter& r);

/// Units with at least one submission that is not superseded: roster units in
/// roster order (run.units), then units outside the roster, then the bodies
/// that reports of no known unit name as their issuer (extract-unit's
/// extension "issuer"), one reporter per body, named "Huyện ủy Yên Thành (ngoài
/// danh sách)" and listed as "Huyện ủy Yên Thành" under the remark "ngoài danh
/// sách", then the other reports of no known unit, each named after its file
/// ("Đơn vị chưa xác định (x.docx)", listed as "x.docx", "chưa xác định đơn vị").
std::vector<reporter> reporters(const run_result& run);

/// The body a report of no roster unit names as its issuer (extract-unit's
/// extension "issuer"), cleaned; "" when none.
std::string issuer_of(const submission& s);

/// What makes two such reports one body's: the issuer's name in lower case,
/// marks kept ("An Hòa" and "An Hóa" are two places). "" when none.
std::string issuer_key(const std::string& issuer);

/// "Can Lộc" for "Huyện ủy Can Lộc"; other names unchanged.
std::string short_name_of(const std::string& name);

/// The file a report came in ("Báo cáo.docx"), for naming a report of no known unit.
std::string file_of(const submission& s);

/// Every written form of the units' names and places, longest first: full
/// names, roster aliases, place names ("Can Lộc", "Hương Sơn").
std::vector<std::string> name_forms(const run_result& run, const roster& r);

/// The source of a paragraph of a section of a reporter's submission.
draft::source_ref source_of(const reporter& r, const submission& s, const std::string& section, int paragraph);

}  // namespace baocao::synthesis
