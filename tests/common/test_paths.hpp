// SPDX-License-Identifier: Apache-2.0
#pragma once
// Where tests find their inputs, and the skip rule for the shared corpus.

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <string>
#include <unistd.h>
#include <vector>

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

/// True when BAOCAO_KEEP_TEST_DIRS asks to keep the temporary folders for a look.
inline bool keep_test_dirs() {
    const char* keep = std::getenv("BAOCAO_KEEP_TEST_DIRS");
    return keep && *keep && std::string(keep) != "0";
}

/// The temporary folders this test process made, removed when it exits
/// normally (a failed check or a thrown exception still ends in main's return),
/// or listed on stderr when BAOCAO_KEEP_TEST_DIRS is set.
class temp_dir_registry {
public:
    /// The one registry of this process.
    static temp_dir_registry& instance() {
        static temp_dir_registry registry;
        return registry;
    }
    /// Records a folder to remove at exit.
    void add(const std::filesystem::path& p) {
        std::lock_guard lock(mutex_);
        dirs_.push_back(p);
    }
    ~temp_dir_registry() {
        const bool keep = keep_test_dirs();
        for (const auto& p : dirs_) {
            std::error_code ec;
            if (!std::filesystem::exists(p, ec)) continue;
            if (keep)
                std::cerr << "kept test folder: " << p.string() << "\n";
            else
                std::filesystem::remove_all(p, ec);
        }
    }

private:
    temp_dir_registry() = default;
    std::mutex mutex_;
    std::vector<std::filesystem::path> dirs_;
};

/// A fresh empty temporary folder for one test, removed when the test process
/// ends (kept with BAOCAO_KEEP_TEST_DIRS=1). Under ctest, TMPDIR is the run's
/// own folder, so the suite can check that nothing is left behind.
inline std::filesystem::path temp_dir(const std::string& name) {
    auto p = std::filesystem::temp_directory_path() / ("baocao-test-" + name + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(p);
    std::filesystem::create_directories(p);
    temp_dir_registry::instance().add(p);
    return p;
}

}  // namespace baocao::testing

#define BAOCAO_REQUIRE_SHARED(dir)                                                      \
    const auto dir = ::baocao::testing::shared_dir();                                   \
    if (dir.empty()) {                                                                  \
        WARN("skipped: the shared corpus folder is absent (set BAOCAO_SHARED_DIR)");    \
        return;                                                                         \
    }
