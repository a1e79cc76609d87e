// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The subject of a report: is it an answer to this plan at all? A report on
/// administrative reform sent to a "Dân vận khéo" plan is kept, flagged and
/// left out of the synthesis.

#include <baocao/sdk/result.hpp>

#include <string>
#include <vector>

namespace baocao::deadline {

/// A name of the plan's subject: its match key and its text as written.
struct subject_marker {
    std::string key;
    std::string text;
};

/// What names the plan's subject: the short quoted names of
/// its title ("Dân vận khéo"), the document numbers in its title ("32-CT/TU")
/// and the plan's own number ("99-KH/TU"). Empty when the plan has none.
std::vector<subject_marker> subject_markers(const plan_spec& plan);

/// Flags the submission when its title, headings and text name none of the
/// markers: off_topic, and a problem "off_topic" giving the evidence. Does
/// nothing when `markers` is empty. Returns whether it flagged it now.
bool mark_off_topic(submission& s, const plan_spec& plan, const std::vector<subject_marker>& markers);

}  // namespace baocao::deadline
