// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Moving what a report keeps for the later stages out of memory.

#include <baocao/sdk/result.hpp>
#include <baocao/sdk/stored_text.hpp>

namespace baocao::engine {

/// Moves the submission's section and unmatched texts and the record_lists
/// among its extensions into `store`, in one write; what is already there
/// stays as it is.
void spill_submission(submission& sub, run_text_store& store);

}  // namespace baocao::engine
