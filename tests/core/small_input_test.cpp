// SPDX-License-Identifier: Apache-2.0
// A small input file is read once into memory; anything else stays on disk.

#include "engine/small_input.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using baocao::engine::load_small_input;

namespace {

fs::path scratch_folder() {
    const fs::path dir = fs::temp_directory_path() / ("baocao-small-input-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    return dir;
}

baocao::item on_disk(const fs::path& p) {
    baocao::item it;
    it.source = p.string();
    it.name = p.filename().string();
    it.path = p;
    return it;
}

}  // namespace

TEST_CASE("a small file is read whole and then lives in memory") {
    const fs::path dir = scratch_folder();
    const fs::path file = dir / "bao-cao.docx";
    std::ofstream(file, std::ios::binary) << std::string("PK\x03\x04", 4) << std::string(1000, 'x');
    baocao::item it = on_disk(file);
    REQUIRE(load_small_input(it));
    CHECK(it.in_memory());
    CHECK(it.path.empty());
    CHECK(it.bytes->size() == 1004);
    CHECK(it.head(4) == std::string("PK\x03\x04", 4));
    CHECK(it.name == "bao-cao.docx");   // provenance is untouched
    CHECK_FALSE(load_small_input(it));  // already in memory
    fs::remove_all(dir);
}

TEST_CASE("large files, folders, FIFOs and missing files stay as they are") {
    const fs::path dir = scratch_folder();
    const fs::path big = dir / "hop-thu.mbox";
    std::ofstream(big, std::ios::binary) << std::string(5000, 'y');
    baocao::item large = on_disk(big);
    CHECK_FALSE(load_small_input(large, 4096));
    CHECK_FALSE(large.in_memory());
    CHECK(large.path == big);

    baocao::item folder = on_disk(dir);
    CHECK_FALSE(load_small_input(folder));
    CHECK(folder.path == dir);

    const fs::path fifo = dir / "pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    baocao::item pipe = on_disk(fifo);
    CHECK_FALSE(load_small_input(pipe));   // would block if it were read
    CHECK(pipe.path == fifo);

    baocao::item missing = on_disk(dir / "khong-co.docx");
    CHECK_FALSE(load_small_input(missing));
    CHECK(missing.path == dir / "khong-co.docx");
    fs::remove_all(dir);
}
