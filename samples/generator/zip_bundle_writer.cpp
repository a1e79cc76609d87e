// SPDX-License-Identifier: Apache-2.0
#include "zip_bundle_writer.hpp"

#include "zip_writer.hpp"

namespace baocao::samplegen {

std::string write_bundle(const std::string& folder, const std::vector<std::pair<std::string, std::string>>& files) {
    std::vector<zip_entry> entries;
    entries.push_back({folder + "/", {}});
    for (const auto& [name, data] : files) {
        entries.push_back({folder + "/" + name, data, false});
    }
    return write_zip(entries, dos_date(2013, 10, 3), dos_time(16, 42, 10));
}

}  // namespace baocao::samplegen
