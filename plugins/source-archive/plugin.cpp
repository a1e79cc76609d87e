// SPDX-License-Identifier: Apache-2.0
// Registers the archive source (RAR, 7-Zip, tar, compressed files).
#include "archive_source.hpp"

#include <baocao/sdk/plugin.hpp>

namespace {
void register_stages(baocao::registry& reg) {
    reg.add_source(std::make_shared<baocao::plugins::archive_source>());
}
}  // namespace

BAOCAO_PLUGIN(source_archive, "source-archive", "1.0.0",
              "Opens RAR, 7-Zip and tar archives and compressed files (.gz, .bz2, .xz) into their files", register_stages)
