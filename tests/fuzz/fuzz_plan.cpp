// SPDX-License-Identifier: Apache-2.0
// Fuzzes the plan reader: any text gives a spec or a clear error, and a spec
// survives its own JSON round trip.
#include <baocao/engine/plan_reader.hpp>
#include <baocao/sdk/text.hpp>

#include <cstdint>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text = baocao::text::sanitize_utf8(std::string(reinterpret_cast<const char*>(data), size));
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    try {
        const auto spec = baocao::engine::read_plan_lines(lines);
        const auto back = baocao::engine::plan_from_json(baocao::engine::plan_to_json(spec));
        if (back.items.size() != spec.items.size()) __builtin_trap();
    } catch (const std::runtime_error&) {
    }
    try {
        (void)baocao::engine::plan_from_json(text);
    } catch (const std::runtime_error&) {
    }
    return 0;
}
