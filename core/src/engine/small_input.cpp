// SPDX-License-Identifier: Apache-2.0
#include "small_input.hpp"

#include <baocao/sdk/error.hpp>
#include <baocao/sdk/file_open.hpp>

#include <sys/stat.h>

namespace baocao::engine {

bool load_small_input(item& it, std::uint64_t max_bytes) {
    if (it.in_memory() || it.path.empty()) return false;
    struct stat st {};
    // A FIFO or a device is left to the reader that follows, which rejects it;
    // checking by name first keeps a folder out of open_regular_file's message.
    if (::stat(it.path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return false;
    if (static_cast<std::uint64_t>(st.st_size) > max_bytes) return false;
    try {
        it.bytes = std::make_shared<const std::string>(read_regular_file(it.path, max_bytes));
    } catch (const rejection_error&) {
        return false;
    }
    it.path.clear();
    return true;
}

}  // namespace baocao::engine
