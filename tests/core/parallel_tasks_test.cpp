// SPDX-License-Identifier: Apache-2.0
// context::for_each_in_parallel: every task runs exactly once, on no more
// threads than -j; on a thread the run already counts as one of its workers
// the tasks run on that thread alone; a task that throws stops the others
// from starting and its exception reaches the caller.
#include <baocao/engine/run_context.hpp>

#include <catch2/catch.hpp>

#include <atomic>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

using baocao::engine::run_context;
using baocao::engine::run_state;

namespace {

std::shared_ptr<run_state> quiet_state() {
    auto state = std::make_shared<run_state>();
    state->quiet = true;
    return state;
}

/// The threads the tasks ran on, and how often each task ran.
struct trace {
    std::mutex mutex;
    std::set<std::thread::id> threads;
    std::vector<int> runs;
    explicit trace(std::size_t tasks) : runs(tasks, 0) {}
    void record(std::size_t i) {
        std::lock_guard<std::mutex> lock(mutex);
        threads.insert(std::this_thread::get_id());
        ++runs[i];
    }
};

/// A task slow enough that a second thread takes some of the others.
void wait_a_little() { std::this_thread::sleep_for(std::chrono::milliseconds(2)); }

}  // namespace

TEST_CASE("for_each_in_parallel runs every task once, on at most -j threads", "[parallel]") {
    for (unsigned threads : {1u, 2u, 3u}) {
        const run_context ctx(quiet_state(), "test", threads);
        trace t(100);
        ctx.for_each_in_parallel(t.runs.size(), [&](std::size_t i) {
            wait_a_little();
            t.record(i);
        });
        CHECK(t.runs == std::vector<int>(100, 1));
        CHECK(t.threads.size() <= threads);
        if (threads == 1) CHECK(t.threads == std::set<std::thread::id>{std::this_thread::get_id()});
        if (threads > 1) CHECK(t.threads.size() > 1);  // 100 tasks of 2 ms: the others take part
    }
    const run_context ctx(quiet_state(), "test", 4);
    bool called = false;
    ctx.for_each_in_parallel(0, [&](std::size_t) { called = true; });
    CHECK_FALSE(called);
}

TEST_CASE("for_each_in_parallel stays on the calling thread where the run already uses its threads", "[parallel]") {
    const run_context ctx(quiet_state(), "test", 4);
    SECTION("a worker of the run") {
        const run_context::worker_thread busy;
        trace t(20);
        ctx.for_each_in_parallel(t.runs.size(), [&](std::size_t i) {
            wait_a_little();
            t.record(i);
        });
        CHECK(t.runs == std::vector<int>(20, 1));
        CHECK(t.threads == std::set<std::thread::id>{std::this_thread::get_id()});
    }
    SECTION("a task asking for more tasks") {
        std::mutex mutex;
        std::vector<std::set<std::thread::id>> inner(4);
        std::atomic<int> runs{0};
        ctx.for_each_in_parallel(4, [&](std::size_t outer) {
            const auto outer_thread = std::this_thread::get_id();
            ctx.for_each_in_parallel(5, [&](std::size_t) {
                wait_a_little();
                ++runs;
                std::lock_guard<std::mutex> lock(mutex);
                inner[outer].insert(std::this_thread::get_id());
            });
            std::lock_guard<std::mutex> lock(mutex);
            CHECK(inner[outer] == std::set<std::thread::id>{outer_thread});
        });
        CHECK(runs == 20);
    }
    SECTION("after a worker's guard ends, the threads are used again") {
        { const run_context::worker_thread busy; }
        trace t(100);
        ctx.for_each_in_parallel(t.runs.size(), [&](std::size_t i) {
            wait_a_little();
            t.record(i);
        });
        CHECK(t.threads.size() > 1);
    }
}

TEST_CASE("a task that throws stops the tasks not yet started and its error reaches the caller", "[parallel]") {
    for (unsigned threads : {1u, 2u}) {
        const run_context ctx(quiet_state(), "test", threads);
        std::atomic<int> started{0};
        CHECK_THROWS_WITH(ctx.for_each_in_parallel(1000,
                                                   [&](std::size_t i) {
                                                       ++started;
                                                       if (i == 3) throw std::runtime_error("task 3 failed");
                                                       wait_a_little();
                                                   }),
                          "task 3 failed");
        CHECK(started < 1000);
        if (threads == 1) CHECK(started == 4);
    }
}
