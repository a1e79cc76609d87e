// SPDX-License-Identifier: Apache-2.0
#pragma once
/// How the synthesis runs independent pieces of work: through the run's
/// threads (context::for_each_in_parallel) in the plugin, one by one in
/// tests. Every piece writes only its own result, and results are read in
/// their own order, so the draft is the same whichever runner is used.

#include <cstddef>
#include <functional>

namespace baocao::synthesis {

/// Calls task(0) … task(count - 1), perhaps at once on several threads.
using task_runner = std::function<void(std::size_t count, const std::function<void(std::size_t)>& task)>;

/// The runner that calls them in order on the calling thread.
inline void one_by_one(std::size_t count, const std::function<void(std::size_t)>& task) {
    for (std::size_t i = 0; i < count; ++i) task(i);
}

}  // namespace baocao::synthesis
