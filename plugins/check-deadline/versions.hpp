// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Versions of a unit's report: exact duplicates, companions sent together,
/// and later versions that supersede earlier ones.

#include <baocao/sdk/result.hpp>

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace baocao::deadline {

/// One report of a unit and its versions, oldest sending first.
struct report_versions {
    /// Sendings in order, each the indexes (into run.submissions) of the files
    /// that travelled together: one message's attachments, or a lone file.
    std::vector<std::vector<std::size_t>> sendings;
    std::vector<std::size_t> mains;        ///< each sending's main file
    std::size_t counting = 0;              ///< the newest sending's main file: the one that counts
};

/// The reports one unit sent: usually one, with its versions; two when the
/// unit sent two different reports (a main and a thematic one).
struct version_chain {
    std::string unit_id;
    std::vector<report_versions> reports;  ///< in the order of their first sending
    std::size_t main = 0;                  ///< the report that answers most plan items (then the first)
};

/// Marks exact duplicates (same sha256: the earliest copy stays, later ones
/// get superseded_by and the problem "duplicate"), then orders each unit's
/// other submissions into sendings: by received_at when every sending has
/// one, else by document_date when every sending has one, else by input
/// order. A sending is a version of an earlier report when its main file
/// (the one with most sections) is the same report (same_report); else it
/// starts a report of its own. Every file of an older version is
/// superseded_by the newest version's main file. Files of one sending are
/// companions and never supersede each other. Off-topic submissions take no
/// part. Returns the chains keyed by unit id.
std::map<std::string, version_chain> resolve_versions(std::vector<submission>& subs, std::size_t item_count);

}  // namespace baocao::deadline
