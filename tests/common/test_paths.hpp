#pragma once
// Where tests find their inputs, and the skip rule for the shared corpus.

#include <filesystem>
#include <cstdlib>
#include <string>
#include <unistd.h>

namespace baocao::testing {

inline std::filesystem::path source_dir() { return BAOCAO_SOURCE_DIR; }
inline std::filesystem::path bin_dir() { return BAOCAO_BIN_DIR; }
inline std::filesystem::path plugin_dir() { return BAOCAO_PLUGIN_DIR; }
inline std::filesystem::path data_dir() { return source_dir() / "tests" / "data"; }

/// The shared corpus folder, or an empty path when this checkout has none
/// (a user's clone): tests that need it WARN and return.
inline std::filesystem::path shared_dir() {
    std::filesystem::path p = BAOCAO_SHARED_DIR;
    std::error_code ec;
    if (const char* env = std::getenv("BAOCAO_SHARED_DIR")) p = env;
    return std::filesystem::is_directory(p, ec) ? p : std::filesystem::path{};
}

/// A fresh empty temporary folder for one test.
inline std::filesystem::path temp_dir(const std::string& name) {
    auto p = std::filesystem::temp_directory_path() / ("baocao-test-" + name + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(p);
    std::filesystem::create_directories(p);
    return p;
}

}  // namespace baocao::testing

#define BAOCAO_REQUIRE_SHARED(dir)                                                      \
    const auto dir = ::baocao::testing::shared_dir();                                   \
    if (dir.empty()) {                                                                  \
        WARN("skipped: the shared corpus folder is absent (set BAOCAO_SHARED_DIR)");    \
        return;                                                                         \
    }
