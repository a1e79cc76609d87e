// SPDX-License-Identifier: Apache-2.0
// The check-deadline plugin: registers the deadline checker.

#include "deadline_checker.hpp"

#include <baocao/sdk/plugin.hpp>

namespace {

void register_check_deadline(baocao::registry& reg) {
    reg.add_checker(std::make_shared<baocao::deadline::deadline_checker>());
}

}  // namespace

BAOCAO_PLUGIN(check_deadline, "check-deadline", "1.0.0",
              "Judges deadlines, resolves versions of a unit's report, lists missing units",
              register_check_deadline)
