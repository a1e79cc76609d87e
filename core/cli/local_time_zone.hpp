// SPDX-License-Identifier: Apache-2.0
// Makes the C library's local-time conversions cheap for the whole run.
#pragma once

namespace baocao::cli {

// When TZ is unset, glibc checks /etc/localtime again on every mktime or
// localtime call; libzip converts each zip entry's DOS time that way, so a
// run over thousands of reports made tens of thousands of stat calls. Naming
// the same file in TZ keeps the local time zone exactly as it was and lets
// the C library read it once. A TZ the user set is left alone. Call before
// any thread starts.
void pin_local_time_zone();

}  // namespace baocao::cli
