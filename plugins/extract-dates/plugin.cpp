// SPDX-License-Identifier: Apache-2.0
// The extract-dates plugin: registers the date extractor.

#include "date_extractor.hpp"

#include <baocao/sdk/plugin.hpp>

namespace {

void register_extract_dates(baocao::registry& reg) {
    reg.add_extractor(std::make_shared<baocao::date_extract::date_extractor>());
}

}  // namespace

BAOCAO_PLUGIN(extract_dates, "extract-dates", "1.0.0",
              "Reads the report's place-and-date line and the arrival time of its message",
              register_extract_dates)
