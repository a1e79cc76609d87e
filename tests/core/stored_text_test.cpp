// SPDX-License-Identifier: Apache-2.0
// The run's text store: what goes in comes back byte for byte, from any
// number of threads at once, whether it lies in the store's memory or in its
// file; its file leaves nothing behind; a folder that cannot hold it is a
// clear error; record_lists spill and load whole.
#include <baocao/sdk/json.hpp>
#include <baocao/sdk/record_list.hpp>
#include <baocao/sdk/result.hpp>
#include <baocao/sdk/stored_text.hpp>

#include <catch2/catch.hpp>

#include "test_paths.hpp"

#include <sys/resource.h>
#include <unistd.h>

#include <csignal>

#include <fstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using namespace baocao;

namespace {
std::size_t entries_in(const std::filesystem::path& dir) {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) ++n;
    return n;
}

/// The memory budgets a test runs under: every text in the file, the first
/// few in memory and the rest in the file, everything in memory.
std::size_t some_memory_budget() {
    return GENERATE(std::size_t{0}, std::size_t{100}, run_text_store::default_memory_budget);
}
}  // namespace

TEST_CASE("a text put in the store reads back byte for byte") {
    const std::size_t budget = some_memory_budget();
    const auto dir = testing::temp_dir("stored-text-round-trip");
    auto store = std::make_shared<run_text_store>(dir, budget);
    const std::string vietnamese = "Ban Thường vụ Huyện ủy đã lãnh đạo, chỉ đạo\nthực hiện Chỉ thị 03-CT/TW.";
    std::string big(3 << 20, '\0');
    for (std::size_t i = 0; i < big.size(); ++i) big[i] = static_cast<char>(i * 131 % 251);
    const stored_text a = store->put(vietnamese);
    const stored_text empty = store->put("");
    const stored_text b = store->put(big);
    CHECK(a.spilled());
    CHECK(a.str() == vietnamese);
    CHECK(a == std::string_view(vietnamese));
    CHECK(empty.str().empty());
    CHECK(empty.empty());
    CHECK(b.size() == big.size());
    CHECK(b.str() == big);
    CHECK(store->size() == vietnamese.size() + big.size());

    const auto several = store->put(std::vector<std::string_view>{"một", "", "hai ba"});
    REQUIRE(several.size() == 3);
    CHECK(several[0].str() == "một");
    CHECK(several[1].str().empty());
    CHECK(several[2].str() == "hai ba");
    std::string joined = "<";
    several[2].append_to(joined);
    CHECK(joined == "<hai ba");

    stored_text held = std::string("giữ trong bộ nhớ");
    CHECK_FALSE(held.spilled());
    store->spill(held);
    CHECK(held.spilled());
    CHECK(held.str() == "giữ trong bộ nhớ");
    // A handle keeps the store alive: the texts outlive the last owner's pointer.
    store.reset();
    CHECK(a.str() == vietnamese);
}

TEST_CASE("texts held in memory move to the file, and every handle reads the same bytes after") {
    const auto dir = testing::temp_dir("stored-text-move");
    run_text_store store(dir, std::size_t{3} << 20);
    std::vector<std::string> texts;
    std::vector<stored_text> handles;
    // Short texts, a long one (its length written before it) across a block's
    // end, and texts that no longer fit and go to the file.
    for (int i = 0; i < 200; ++i) texts.push_back("đoạn " + std::to_string(i) + std::string(static_cast<std::size_t>(i % 50), 'x'));
    std::string long_text(1500000, '\0');
    for (std::size_t i = 0; i < long_text.size(); ++i) long_text[i] = static_cast<char>(i * 31 % 253);
    texts.push_back(long_text);
    texts.push_back(std::string(2 << 20, 'y'));
    texts.push_back("sau cùng");
    for (const auto& t : texts) handles.push_back(store.put(t));
    const std::uint64_t size = store.size();
    REQUIRE(store.bytes_in_memory() > 0);
    REQUIRE(store.bytes_in_memory() < size);

    store.move_memory_to_file();
    CHECK(store.bytes_in_memory() == 0);
    CHECK(store.size() == size);
    for (std::size_t i = 0; i < texts.size(); ++i) CHECK(handles[i].str() == texts[i]);
    // Later texts go to the file after the moved ones; moving again changes nothing.
    const stored_text later = store.put("văn bản mới");
    store.move_memory_to_file();
    CHECK(later.str() == "văn bản mới");
    CHECK(handles.front().str() == texts.front());
    CHECK(handles[200].size() == long_text.size());
    CHECK(store.size() == size + std::string("văn bản mới").size());
}

TEST_CASE("texts held in memory stay there when the file cannot take them") {
    const auto dir = testing::temp_dir("stored-text-move-full");
    run_text_store store(dir, 4096);
    const std::string first(3000, 'a');
    const std::string second(20000, 'b');
    const stored_text a = store.put(first);   // in memory
    const stored_text b = store.put(second);  // in the file
    REQUIRE(store.bytes_in_memory() == first.size());
    // The file may grow no further: a write past its end fails as on a full disk.
    struct rlimit old_limit {};
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &old_limit) == 0);
    const auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = old_limit;
    small.rlim_cur = second.size();
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
    store.move_memory_to_file();
    const std::uint64_t in_memory = store.bytes_in_memory();
    ::setrlimit(RLIMIT_FSIZE, &old_limit);
    std::signal(SIGXFSZ, old_handler);
    CHECK(in_memory == first.size());
    CHECK(a.str() == first);
    CHECK(b.str() == second);
    // Once the file has room again, the move happens and nothing is lost.
    store.move_memory_to_file();
    CHECK(store.bytes_in_memory() == 0);
    CHECK(a.str() == first);
    CHECK(store.put("sau").str() == "sau");
    CHECK(b.str() == second);
}

TEST_CASE("threads put texts into one store at once and each reads its own back") {
    const std::size_t budget = GENERATE(std::size_t{0}, std::size_t{20000}, run_text_store::default_memory_budget);
    const auto dir = testing::temp_dir("stored-text-threads");
    auto store = std::make_shared<run_text_store>(dir, budget);
    constexpr int threads = 8;
    constexpr int per_thread = 400;
    std::vector<std::vector<stored_text>> handles(threads);
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back([&, t] {
            for (int i = 0; i < per_thread; ++i) {
                const std::string text = "luồng " + std::to_string(t) + " văn bản " + std::to_string(i) +
                                         std::string(static_cast<std::size_t>(i % 37), 'x');
                if (i % 2) handles[t].push_back(store->put(text));
                else handles[t].push_back(std::move(store->put(std::vector<std::string_view>{text, "·"}).front()));
            }
        });
    for (auto& th : pool) th.join();
    std::uint64_t total = 0;
    for (int t = 0; t < threads; ++t) {
        REQUIRE(handles[t].size() == per_thread);
        for (int i = 0; i < per_thread; ++i) {
            const std::string text = "luồng " + std::to_string(t) + " văn bản " + std::to_string(i) +
                                     std::string(static_cast<std::size_t>(i % 37), 'x');
            CHECK(handles[t][static_cast<std::size_t>(i)].str() == text);
            total += text.size() + (i % 2 ? 0 : std::string("·").size());
        }
    }
    CHECK(store->size() == total);
}

TEST_CASE("the store's file leaves nothing in its folder, during the run or after") {
    const auto dir = testing::temp_dir("stored-text-cleanup");
    {
        auto store = std::make_shared<run_text_store>(dir);
        store->open();
        const auto t = store->put("một đoạn văn");
        CHECK(entries_in(dir) == 0);   // unlinked at once: a killed run leaves no file either
        CHECK(t.str() == "một đoạn văn");
    }
    CHECK(entries_in(dir) == 0);
}

TEST_CASE("a folder that cannot hold the store is a clear error at open") {
    const auto dir = testing::temp_dir("stored-text-unwritable");
    SECTION("no such folder") {
        run_text_store store(dir / "missing");
        try {
            store.open();
            FAIL("open() should have thrown");
        } catch (const std::runtime_error& e) {
            const std::string what = e.what();
            CHECK(what.find("cannot create the run's text store in " + (dir / "missing").string()) == 0);
            CHECK(what.find("No such file or directory") != std::string::npos);
        }
        // What fits in memory needs no file; what does not, fails as open() did.
        CHECK(store.put("x").str() == "x");
        run_text_store file_only(dir / "missing", 0);
        CHECK_THROWS_WITH(file_only.put("x"), Catch::Contains("cannot create the run's text store in " + (dir / "missing").string()));
    }
    SECTION("a file, not a folder") {
        std::ofstream(dir / "plain") << "x";
        run_text_store store(dir / "plain");
        CHECK_THROWS_WITH(store.open(), Catch::Contains("text store") && Catch::Contains("Not a directory"));
    }
    SECTION("a folder without write permission") {
        if (::geteuid() == 0) return;   // root writes anywhere
        std::filesystem::create_directory(dir / "read-only");
        std::filesystem::permissions(dir / "read-only", std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
        run_text_store store(dir / "read-only");
        CHECK_THROWS_WITH(store.open(), Catch::Contains("text store") && Catch::Contains("Permission denied"));
        std::filesystem::permissions(dir / "read-only", std::filesystem::perms::owner_all);
    }
}

TEST_CASE("a record_list spilled to the store loads back with every cell as it was") {
    const auto dir = testing::temp_dir("stored-text-records");
    auto store = std::make_shared<run_text_store>(dir);
    auto list = std::make_shared<record_list>(std::vector<std::string>{"label", "value", "count", "exact", "note"});
    list->add(std::string("Số đảng viên mới"), 12.5, std::int64_t{-7}, true, std::monostate{});
    list->add(std::string(""), -0.0, std::int64_t{1} << 40, false, std::string("ghi chú\n\"trích\""));
    const record_list_ptr spilled = list->spill_to(*store);
    CHECK(spilled->spilled());
    CHECK(spilled->size() == 2);
    CHECK(spilled->fields() == list->fields());
    CHECK_THROWS_AS(spilled->at(0, 0), std::out_of_range);
    const record_list_ptr loaded = record_list::load(spilled);
    REQUIRE(loaded->size() == 2);
    for (std::size_t r = 0; r < 2; ++r)
        for (std::size_t f = 0; f < 5; ++f) CHECK(loaded->at(r, f) == list->at(r, f));
    CHECK(record_list::load(list) == list);   // in memory: the list itself, no copy
    CHECK(record_list::load(nullptr) == nullptr);

    // result.json reads the same whether the rows are in memory or in the store.
    json_writer in_memory, from_store;
    in_memory.value(Poco::Dynamic::Var(record_list_ptr(list)));
    from_store.value(Poco::Dynamic::Var(spilled));
    CHECK(from_store.str() == in_memory.str());
}

TEST_CASE("a handle costs 16 bytes, so a section a run keeps costs no more than 72") {
    // A run of 100 000 reports keeps some six sections a report to its end:
    // every byte here is 600 KB there.
    STATIC_REQUIRE(sizeof(stored_text) == 16);
    STATIC_REQUIRE(sizeof(unmatched_section) == 32);
    STATIC_REQUIRE(sizeof(section_match) <= 72);
}

TEST_CASE("a text of 16 MiB or more keeps its length in the store and reads back whole") {
    const std::size_t budget = some_memory_budget();
    const auto dir = testing::temp_dir("stored-text-long");
    run_text_store store(dir, budget);
    std::string long_text((16u << 20) + 5, 'a');
    long_text.back() = 'z';
    const auto handles = store.put(std::vector<std::string_view>{"trước", long_text, "sau"});
    REQUIRE(handles.size() == 3);
    CHECK(handles[1].size() == long_text.size());
    CHECK(handles[1].str() == long_text);
    CHECK(handles[0].str() == "trước");
    CHECK(handles[2].str() == "sau");
    CHECK(store.size() == long_text.size() + 8 + std::string("trướcsau").size());
}

TEST_CASE("the store keeps its first bytes in memory, then puts every later batch in its file") {
    const auto dir = testing::temp_dir("stored-text-tiers");
    run_text_store store(dir, 3u << 20);
    // A batch larger than a memory block, starting inside one: it spans three.
    std::string wide((2u << 20) + 7, '\0');
    for (std::size_t i = 0; i < wide.size(); ++i) wide[i] = static_cast<char>(i * 7 % 253);
    const auto first = store.put(std::vector<std::string_view>{"đầu", wide});
    CHECK(store.bytes_in_memory() == std::string("đầu").size() + wide.size());
    CHECK(entries_in(dir) == 0);
    // Too big for what is left of the budget: the file, and so is everything after it.
    const std::string too_big(1u << 20, 'x');
    const auto in_file = store.put(too_big);
    const auto after = store.put("nhỏ");
    CHECK(store.bytes_in_memory() == std::string("đầu").size() + wide.size());
    CHECK(store.size() == store.bytes_in_memory() + too_big.size() + std::string("nhỏ").size());
    CHECK(first[0].str() == "đầu");
    CHECK(first[1].str() == wide);
    CHECK(in_file.str() == too_big);
    CHECK(after.str() == "nhỏ");
    CHECK(entries_in(dir) == 0);   // the file, made when first needed, is unlinked too
}

TEST_CASE("copies and moves of a handle keep their text, held or spilled") {
    const auto dir = testing::temp_dir("stored-text-copies");
    run_text_store store(dir);
    stored_text held = std::string("văn bản giữ trong bộ nhớ");
    stored_text spilled = store.put("văn bản trong tệp");
    stored_text held_copy = held, spilled_copy = spilled;
    CHECK(held_copy.str() == held.str());
    CHECK_FALSE(held_copy.spilled());
    CHECK(spilled_copy.spilled());
    CHECK(spilled_copy.str() == "văn bản trong tệp");
    stored_text moved = std::move(spilled);
    CHECK(moved.str() == "văn bản trong tệp");
    CHECK(spilled.empty());   // NOLINT: a moved-from handle is empty
    held_copy = moved;
    CHECK(held_copy.spilled());
    CHECK(held_copy.str() == "văn bản trong tệp");
    moved = held;
    CHECK_FALSE(moved.spilled());
    CHECK(moved.str() == "văn bản giữ trong bộ nhớ");
    held = stored_text{};
    CHECK(held.empty());
    CHECK(stored_text(std::string()).empty());
}
