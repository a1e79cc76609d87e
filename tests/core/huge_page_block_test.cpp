// SPDX-License-Identifier: Apache-2.0
// The text store's memory blocks: 2 MiB on a 2 MiB boundary, every byte
// writable, and advised for transparent huge pages (the "hg" flag the kernel
// shows for the mapping in /proc/self/smaps).

#include "sdk/huge_page_block.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

using baocao::detail::huge_page_block;

namespace {

/// The VmFlags line of the mapping that holds `address`, or "" when none does.
std::string vm_flags_of_mapping_holding(std::uintptr_t address) {
    std::ifstream smaps("/proc/self/smaps");
    std::string line;
    bool in_mapping = false;
    while (std::getline(smaps, line)) {
        const auto dash = line.find('-');
        const auto space = line.find(' ');
        if (dash != std::string::npos && space != std::string::npos && dash < space &&
            line.find_first_not_of("0123456789abcdef") == dash) {
            const std::uintptr_t low = std::stoull(line.substr(0, dash), nullptr, 16);
            const std::uintptr_t high = std::stoull(line.substr(dash + 1, space - dash - 1), nullptr, 16);
            in_mapping = low <= address && address < high;
            continue;
        }
        if (in_mapping && line.rfind("VmFlags:", 0) == 0) return line;
    }
    return {};
}

bool advised_for_huge_pages(const std::string& vm_flags) {
    std::istringstream words(vm_flags);
    std::string word;
    while (words >> word)
        if (word == "hg") return true;
    return false;
}

}  // namespace

TEST_CASE("a huge page block is 2 MiB on a 2 MiB boundary and every byte of it holds what is written") {
    huge_page_block block;
    const auto start = reinterpret_cast<std::uintptr_t>(block.data());
    CHECK(huge_page_block::size == std::size_t{2} << 20);
    CHECK(start % huge_page_block::size == 0);
    for (std::size_t i = 0; i < huge_page_block::size; ++i) block.data()[i] = static_cast<char>(i * 31 % 251);
    bool all_kept = true;
    for (std::size_t i = 0; i < huge_page_block::size; ++i)
        all_kept = all_kept && block.data()[i] == static_cast<char>(i * 31 % 251);
    CHECK(all_kept);
}

TEST_CASE("a huge page block is advised for transparent huge pages, and the advice leaves with it") {
    std::uintptr_t start = 0;
    {
        huge_page_block block;
        start = reinterpret_cast<std::uintptr_t>(block.data());
        block.data()[0] = 1;
        const std::string first = vm_flags_of_mapping_holding(start);
        const std::string last = vm_flags_of_mapping_holding(start + huge_page_block::size - 1);
        REQUIRE_FALSE(first.empty());
        if (!std::filesystem::exists("/sys/kernel/mm/transparent_hugepage")) {
            WARN("this kernel has no transparent huge pages: the advice is refused, the block is ordinary memory");
            return;
        }
        CHECK(advised_for_huge_pages(first));
        CHECK(advised_for_huge_pages(last));
        // The mapped slack around the aligned block is given back.
        CHECK_FALSE(advised_for_huge_pages(vm_flags_of_mapping_holding(start - 1)));
        CHECK_FALSE(advised_for_huge_pages(vm_flags_of_mapping_holding(start + huge_page_block::size)));
    }
    CHECK_FALSE(advised_for_huge_pages(vm_flags_of_mapping_holding(start)));
}
