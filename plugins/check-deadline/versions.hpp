#pragma once
/// Versions of a unit's report: exact duplicates, companions sent together,
/// and later versions that supersede earlier ones.

#include <baocao/sdk/result.hpp>

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace baocao::deadline {

/// The reports one unit sent, oldest sending first.
struct version_chain {
    std::string unit_id;
    /// Sendings in order, each the indexes (into run.submissions) of the files
    /// that travelled together: one message's attachments, or a lone file.
    std::vector<std::vector<std::size_t>> sendings;
    std::size_t counting = 0;              ///< the newest sending's main file: the one that counts
};

/// Marks exact duplicates (same sha256: the earliest copy stays, later ones
/// get superseded_by and the problem "duplicate"), then orders each unit's
/// other submissions into sendings: by received_at when every sending has
/// one, else by document_date when every sending has one, else by input
/// order. Every file of an older sending is superseded_by the newest
/// sending's main file (the one with most sections). Files of one sending
/// are companions and never supersede each other.
/// Returns the chains keyed by unit id.
std::map<std::string, version_chain> resolve_versions(std::vector<submission>& subs);

}  // namespace baocao::deadline
