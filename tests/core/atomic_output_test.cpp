// SPDX-License-Identifier: Apache-2.0
// Output files written in pieces replace the previous output only when complete.

#include <baocao/sdk/context.hpp>

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace fs = std::filesystem;

namespace {

fs::path fresh_folder(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("baocao-atomic-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

std::string content_of(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::size_t entries_in(const fs::path& dir) {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

}  // namespace

TEST_CASE("an output written in pieces appears whole on commit") {
    const fs::path dir = fresh_folder("pieces");
    const fs::path target = dir / "result.json";
    baocao::write_file_atomically(target, "old");
    {
        baocao::atomic_output_file out(target);
        out.write("{\"a\": ");
        CHECK(content_of(target) == "old");   // nothing shows before the commit
        out.write(std::string(100000, 'x'));
        out.write("}");
        out.commit();
    }
    CHECK(content_of(target) == "{\"a\": " + std::string(100000, 'x') + "}");
    CHECK(entries_in(dir) == 1);   // no temporary file left behind
    CHECK((fs::status(target).permissions() & fs::perms::others_read) != fs::perms::none);
    fs::remove_all(dir);
}

TEST_CASE("an output abandoned before its commit leaves the previous one and no temporary file") {
    const fs::path dir = fresh_folder("abandoned");
    const fs::path target = dir / "draft.md";
    baocao::write_file_atomically(target, "previous run");
    try {
        baocao::atomic_output_file out(target);
        out.write("half of a new ");
        throw std::runtime_error("an emitter failed midway");
    } catch (const std::runtime_error&) {
    }
    CHECK(content_of(target) == "previous run");
    CHECK(entries_in(dir) == 1);
    fs::remove_all(dir);
}

TEST_CASE("an output in a folder that does not exist is an error, not a crash") {
    CHECK_THROWS_AS(baocao::atomic_output_file(fs::path("/nonexistent-baocao-dir/x.json")), std::runtime_error);
}

TEST_CASE("an output's permissions follow the umask, as the administrator set it") {
    const fs::path dir = fresh_folder("umask");
    const auto mode_after = [&](mode_t mask, const char* name) {
        const mode_t previous = ::umask(mask);
        baocao::write_file_atomically(dir / name, "report");
        ::umask(previous);
        return fs::status(dir / name).permissions();
    };
    CHECK(mode_after(027, "group.json") == (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
    CHECK(mode_after(077, "private.json") == (fs::perms::owner_read | fs::perms::owner_write));
    CHECK(mode_after(002, "shared.json") == (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                                             fs::perms::group_write | fs::perms::others_read));
    fs::remove_all(dir);
}
