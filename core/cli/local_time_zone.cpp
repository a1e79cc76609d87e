// SPDX-License-Identifier: Apache-2.0
#include "local_time_zone.hpp"

#include <cstdlib>

namespace baocao::cli {

void pin_local_time_zone() {
    if (std::getenv("TZ") != nullptr) return;
    // The leading colon asks for a tz file by path: the one glibc falls back
    // to when TZ is unset.
    ::setenv("TZ", ":/etc/localtime", 0);
}

}  // namespace baocao::cli
