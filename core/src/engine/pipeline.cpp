// SPDX-License-Identifier: Apache-2.0
// The engine. Items flow through a work queue shared by the worker threads;
// containers hand their children back to the queue, never to each other.
// Every result carries the path of positions that led to it (input 3, child
// 2, child 1 ...), and results are sorted by that path at the end, so the
// output does not depend on the number of threads or their timing.
#include <baocao/engine/pipeline.hpp>
#include <baocao/sdk/error.hpp>
#include <baocao/sdk/text.hpp>

#include "format_names.hpp"
#include "put_in_order.hpp"
#include "small_input.hpp"
#include "spill_submission.hpp"
#include "unique_sources.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace baocao::engine {

namespace {

using order_key = std::vector<std::uint32_t>;

constexpr std::size_t sniff_bytes = 4096;

struct task {
    item it;
    order_key key;
};

struct keyed_rejection {
    order_key key;
    rejection rej;
};

struct keyed_skip {
    order_key key;
    skipped_file file;
};

/// One pass over the inputs: the queue, the workers and what they collect.
class run_pass {
public:
    /// `threads`: the run's -j, which the contexts hand on to for_each_in_parallel.
    run_pass(const stage_registry& reg, std::shared_ptr<const run_state> state, unsigned threads)
        : reg_(reg), state_(std::move(state)), threads_(threads) {
        // Every context is made before the workers start, so lookups need no lock.
        for (const auto& p : reg_.plugins()) add_context(p.name);
        auto add = [&](const auto& list) {
            for (const auto& r : list) add_context(r.plugin);
        };
        add(reg_.sources());
        add(reg_.parsers());
        add(reg_.extractors());
        add(reg_.checkers());
        add(reg_.emitters());
        add(reg_.composers());
    }

    const run_context& context_for(const std::string& plugin) const { return contexts_.at(plugin); }

    void prepare_all(bool with_emitters) {
        auto prep = [&](const auto& list) {
            for (const auto& r : list) r.stage->prepare(context_for(r.plugin));
        };
        prep(reg_.sources());
        prep(reg_.parsers());
        prep(reg_.extractors());
        prep(reg_.checkers());
        prep(reg_.composers());
        if (with_emitters) prep(reg_.emitters());
    }

    void enqueue(task t) {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            queue_.push_back(std::move(t));
        }
        cv_.notify_one();
    }

    void work(unsigned threads) {
        max_pending_ = 4 * std::max(1u, threads);
        if (threads <= 1) {
            worker();
            return;
        }
        std::vector<std::thread> pool;
        for (unsigned i = 0; i < threads; ++i) pool.emplace_back([this] { worker(); });
        for (auto& t : pool) t.join();
    }

    std::size_t pending() {
        std::lock_guard<std::mutex> lock(mutex_);
        return queue_.size();
    }

    /// Records a rejection; the envelope of the carrying message lets the checkers tie it to a unit.
    void reject(const order_key& key, const std::string& source, error_code code, const std::string& message,
                const envelope& env = {}) {
        rejection r{source, std::string(to_string(code)), message, std::nullopt, env.sender, env.message_key, env.received_at};
        {
            std::lock_guard<std::mutex> lock(results_mutex_);
            rejections_.push_back({key, std::move(r)});
        }
        if (progress_) {
            ++progress_->rejected;
            ++progress_->read;
        }
    }

    /// Records a file a source left unread on purpose.
    void skip(const order_key& key, const std::string& source, error_code reason) {
        std::lock_guard<std::mutex> lock(results_mutex_);
        skips_.push_back({key, {source, std::string(to_string(reason))}});
    }

    void report_progress_to(run_progress* progress) { progress_ = progress; }

    run_result collect() {
        {
            std::vector<keyed_source> sources;
            for (std::size_t i = 0; i < submissions_.size(); ++i)
                sources.push_back({&submission_keys_[i], &submissions_[i].source});
            for (auto& r : rejections_) sources.push_back({&r.key, &r.rej.source});
            for (auto& s : skips_) sources.push_back({&s.key, &s.file.source});
            make_sources_unique(std::move(sources));
        }
        std::sort(rejections_.begin(), rejections_.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
        run_result run;
        run.plan = state_->plan;
        // Put in input order where they lie: at 100 000 reports a second
        // vector of submissions would cost some 65 MB.
        put_in_order(submissions_, submission_keys_);
        submission_keys_ = {};
        for (std::size_t i = 0; i < submissions_.size(); ++i) submissions_[i].order = i;
        run.submissions = std::move(submissions_);
        for (auto& r : rejections_) {
            ++run.summary.rejected_by_code[r.rej.code];
            run.rejected.push_back(std::move(r.rej));
        }
        std::sort(skips_.begin(), skips_.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
        for (auto& s : skips_) run.skipped.push_back(std::move(s.file));
        run.summary.submissions = run.submissions.size();
        run.summary.containers = containers_.load();
        return run;
    }

private:
    void worker() {
        const run_context::worker_thread busy;
        for (;;) {
            task t;
            {
                std::unique_lock<std::mutex> lock(mutex_);
                cv_.wait(lock, [&] { return !queue_.empty() || active_ == 0; });
                if (queue_.empty()) {
                    cv_.notify_all();
                    return;
                }
                t = std::move(queue_.front());
                queue_.pop_front();
                ++active_;
            }
            dispatch(std::move(t));
            {
                std::lock_guard<std::mutex> lock(mutex_);
                --active_;
            }
            cv_.notify_all();
        }
    }

    void dispatch(task t) {
        // Read once here, a small file is sniffed, hashed and parsed from memory.
        load_small_input(t.it);
        const item& it = t.it;
        std::string head;
        try {
            head = it.is_directory() ? std::string{} : it.head(sniff_bytes);
        } catch (const rejection_error& e) {
            reject(t.key, it.source, e.code(), e.what(), it.env);
            return;
        }

        const registered<source>* best_source = nullptr;
        const registered<parser>* best_parser = nullptr;
        int best = 0;
        for (const auto& r : reg_.parsers()) {
            const int score = safe_probe(r, it, head);
            if (score > best) best = score, best_parser = &r, best_source = nullptr;
        }
        for (const auto& r : reg_.sources()) {
            const int score = safe_probe(r, it, head);
            if (score > best) best = score, best_source = &r, best_parser = nullptr;
        }

        if (best_source) return expand(t, *best_source);
        if (best_parser) return parse(t, *best_parser);

        const std::string what = describe_format(head, it.extension());
        if (it.is_directory())
            reject(t.key, it.source, error_code::unsupported_format, "no source plugin reads this folder");
        else if (it.size() == 0)
            reject(t.key, it.source, error_code::unsupported_format, "the file is empty", it.env);
        else
            reject(t.key, it.source, error_code::unsupported_format,
                   what.empty()
                       ? "not a format baocao reads (.docx, .doc, .odt or .rtf reports, .eml, .msg, .emlx, .mbox, Maildir, .zip, .rar, .7z)"
                       : "this is " + what + "; baocao reads .docx reports (ask the unit for a .docx)",
                   it.env);
    }

    template <typename Stage>
    int safe_probe(const registered<Stage>& r, const item& it, const std::string& head) {
        try {
            return r.stage->probe(it, head);
        } catch (const std::exception& e) {
            context_for(r.plugin).log(log_level::warning, "probe failed on " + it.source + ": " + e.what());
            return 0;
        }
    }

    void expand(const task& t, const registered<source>& src) {
        const item& parent = t.it;
        const auto& lim = state_->limits;
        std::uint32_t next = 0;
        std::size_t emitted = 0;
        auto emit = [&](item child) {
            order_key key = t.key;
            key.push_back(next++);
            ++emitted;
            if (child.source.empty()) child.source = parent.source + "#" + child.name;
            child.depth = parent.depth + 1;
            if (static_cast<std::uint32_t>(child.depth) > lim.max_container_depth) {
                reject(key, child.source, error_code::too_deep,
                       "containers nested deeper than " + std::to_string(lim.max_container_depth) + " levels");
                return;
            }
            task next{std::move(child), std::move(key)};
            // Back-pressure: past a few pending items per worker the emitting
            // thread reads the child itself, so a 4 GB mailbox never sits in
            // the queue whole; results are sorted by key, so order is unchanged.
            if (pending() >= max_pending_)
                dispatch(std::move(next));
            else
                enqueue(std::move(next));
        };
        std::size_t skipped = 0;
        auto reject_child = [&](const std::string& child_name, error_code code, const std::string& message) {
            order_key key = t.key;
            key.push_back(next++);
            const std::string sep = parent.is_directory() ? "/" : "#";
            if (is_skip_reason(code)) {
                ++skipped;
                skip(key, parent.source + sep + child_name, code);
                return;
            }
            ++emitted;
            reject(key, parent.source + sep + child_name, code, message, parent.env);
        };
        try {
            src.stage->expand(parent, context_for(src.plugin), emit, reject_child);
            ++containers_;
            if (emitted == 0 && !parent.is_directory())
                reject(t.key, parent.source, error_code::no_attachment, "the container holds no file to read");
            else if (emitted == 0)
                reject(t.key, parent.source, error_code::unsupported_format,
                       skipped == 0 ? "the folder is empty" : "the folder holds only files left unread on purpose (see skipped)");
        } catch (const rejection_error& e) {
            envelope env = parent.env;
            if (!e.sender().empty()) env.sender = e.sender();
            reject(t.key, parent.source, e.code(), e.what(), env);
        } catch (const std::exception& e) {
            reject(t.key, parent.source, error_code::plugin_failed,
                   "plugin '" + src.plugin + "' failed on this input: " + e.what());
        }
    }

    void parse(const task& t, const registered<parser>& par) {
        const item& it = t.it;
        const auto& lim = state_->limits;
        submission sub;
        try {
            if (it.size() > lim.max_input_bytes)
                throw rejection_error(error_code::too_large, "the file is " + std::to_string(it.size()) +
                                                                 " bytes, over the limit of " +
                                                                 std::to_string(lim.max_input_bytes));
            sub.sha256 = sha256_of(it);
            document doc = par.stage->parse(it, context_for(par.plugin));
            sub.source = it.source;
            sub.received_at = it.env.received_at;
            sub.sender = it.env.sender;
            sub.message_key = it.env.message_key;
            sub.attachment_name = it.env.attachment_name;
            for (const auto& [code, message] : it.env.date_problems) sub.problems.push_back({code, message});
            for (const auto& ex : reg_.extractors()) {
                try {
                    ex.stage->extract(doc, it, sub, context_for(ex.plugin));
                } catch (const std::exception& e) {
                    sub.problems.push_back({error_code::plugin_problem,
                                            "extractor '" + ex.stage->name() + "' (plugin '" + ex.plugin +
                                                "') failed on this report: " + e.what()});
                }
            }
            // The structure refers to the document, which goes now too.
            sub.structure.reset();
            // What the report keeps for the later stages leaves memory.
            spill_submission(sub, *state_->text_store);
        } catch (const rejection_error& e) {
            reject(t.key, it.source, e.code(), e.what(), it.env);
            return;
        } catch (const std::exception& e) {
            reject(t.key, it.source, error_code::plugin_failed,
                   "plugin '" + par.plugin + "' failed on this input: " + e.what(), it.env);
            return;
        }
        {
            std::lock_guard<std::mutex> lock(results_mutex_);
            submissions_.push_back(std::move(sub));
            submission_keys_.push_back(t.key);
        }
        if (progress_) ++progress_->read;
    }

    static std::string sha256_of(const item& it) {
        return it.in_memory() ? text::sha256_hex(*it.bytes) : text::sha256_hex_of_file(it.path);
    }

    void add_context(const std::string& plugin) {
        if (!contexts_.count(plugin)) contexts_.emplace(plugin, run_context(state_, plugin, threads_));
    }

    const stage_registry& reg_;
    std::shared_ptr<const run_state> state_;
    unsigned threads_ = 1;
    std::map<std::string, run_context> contexts_;

    std::mutex mutex_;
    std::condition_variable cv_;
    std::deque<task> queue_;
    unsigned active_ = 0;
    std::size_t max_pending_ = 4;

    std::mutex results_mutex_;
    std::vector<submission> submissions_;   // in the order they were read
    std::vector<order_key> submission_keys_;   // submissions_[i]'s place in input order
    std::vector<keyed_rejection> rejections_;
    std::vector<keyed_skip> skips_;
    std::atomic<std::size_t> containers_{0};
    run_progress* progress_ = nullptr;
};

/// Which inputs to read: an input named twice ("in", "in/", "./in"), or one
/// inside a folder also given, is read once, through the first or the
/// folder, so no two results share a `source`.
std::vector<bool> inputs_to_read(const std::vector<std::string>& inputs) {
    namespace fs = std::filesystem;
    std::vector<fs::path> real(inputs.size());
    std::vector<bool> folder(inputs.size(), false);
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        std::error_code ec;
        real[i] = fs::weakly_canonical(inputs[i], ec);
        if (ec) real[i].clear();
        folder[i] = !real[i].empty() && fs::is_directory(real[i], ec);
    }
    auto inside = [](const fs::path& p, const fs::path& dir) {
        auto d = dir.begin(), q = p.begin();
        for (; d != dir.end(); ++d, ++q)
            if (q == p.end() || *d != *q) return false;
        return q != p.end();
    };
    std::vector<bool> read(inputs.size(), true);
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        if (real[i].empty()) continue;
        for (std::size_t j = 0; j < inputs.size() && read[i]; ++j) {
            if (j == i || real[j].empty()) continue;
            if (j < i && read[j] && real[j] == real[i]) read[i] = false;
            if (folder[j] && inside(real[i], real[j])) read[i] = false;
        }
    }
    return read;
}

std::string file_name_of(const std::string& input) {
    std::filesystem::path p = input;
    while (!p.empty() && p.filename().empty()) p = p.parent_path();
    return p.filename().string();
}

}  // namespace

pipeline::pipeline(const stage_registry& reg, std::shared_ptr<const run_state> state)
    : reg_(reg), state_(std::move(state)) {}

run_result pipeline::run(const run_options& opts) const {
    // A folder that cannot hold the text store stops the run here, with its reason.
    state_->text_store->open();
    run_pass pass(reg_, state_, opts.threads);
    pass.report_progress_to(opts.progress);
    pass.prepare_all(/*with_emitters=*/false);
    std::uint32_t index = 0;
    const std::vector<bool> to_read = inputs_to_read(opts.inputs);
    for (const auto& input : opts.inputs) {
        order_key key{index++};
        if (!to_read[key.front()]) continue;
        std::error_code ec;
        const std::filesystem::path path = input;
        if (!std::filesystem::exists(path, ec)) {
            pass.reject(key, input, error_code::unreadable, "no such file or folder");
            continue;
        }
        item it;
        it.source = input;
        // A folder given as "inbox/" names its files "inbox/a.docx", not "inbox//a.docx".
        while (it.source.size() > 1 && it.source.back() == '/') it.source.pop_back();
        it.name = file_name_of(input);
        it.path = path;
        pass.enqueue({std::move(it), std::move(key)});
    }
    // The main thread serves the queue too; -j N means N workers in all.
    pass.work(std::max(1u, opts.threads));
    run_result run = pass.collect();
    run.summary.inputs = opts.inputs.size();
    // A run whose texts went mostly to the store's file reads most of them
    // from there anyway: its first ones give their memory back for the
    // checkers, the draft and the emitters (32 MB at 100 000 reports).
    {
        auto& store = *state_->text_store;
        if (const auto in_memory = store.bytes_in_memory(); in_memory > 0 && store.size() >= 4 * in_memory)
            store.move_memory_to_file();
    }

    for (const auto& c : reg_.checkers()) {
        try {
            c.stage->check(run, pass.context_for(c.plugin));
        } catch (const std::exception& e) {
            pass.context_for(c.plugin).log(log_level::error, std::string("checker failed: ") + e.what());
        }
    }

    // The draft is built once, from the finished result (its independent
    // pieces through context::for_each_in_parallel); a
    // composer that fails leaves what the others wrote.
    draft::document draft;
    for (const auto& c : reg_.composers()) {
        try {
            c.stage->compose(run, draft, pass.context_for(c.plugin));
        } catch (const std::exception& e) {
            pass.context_for(c.plugin).log(log_level::error, std::string("composer failed: ") + e.what());
        }
    }
    run.draft = std::move(draft);

    return run;
}

std::vector<std::string> pipeline::emit(const run_result& run, const std::filesystem::path& out_dir,
                                        unsigned threads) const {
    const auto& emitters = reg_.emitters();
    std::vector<std::string> failures(emitters.size());
    auto emit_one = [&](std::size_t i) {
        const auto& e = emitters[i];
        try {
            const run_context ctx(state_, e.plugin, threads);
            e.stage->prepare(ctx);
            e.stage->emit(run, ctx, out_dir);
        } catch (const std::exception& ex) {
            failures[i] = "emitter '" + e.stage->name() + "' (plugin '" + e.plugin + "'): " + ex.what();
        }
    };
    // Emitters write different files from the same finished result, so they
    // run side by side: the draft need not wait for result.json.
    // Side by side, each emitter has one thread; alone, it may use them all.
    const std::size_t side_by_side = std::min<std::size_t>(std::max(1u, threads), emitters.size());
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        std::optional<run_context::worker_thread> busy;
        if (side_by_side > 1) busy.emplace();
        for (std::size_t i = next++; i < emitters.size(); i = next++) emit_one(i);
    };
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < side_by_side; ++t) pool.emplace_back(worker);
    worker();
    for (auto& t : pool) t.join();
    std::erase_if(failures, [](const std::string& f) { return f.empty(); });
    return failures;
}

document pipeline::parse_one(const std::filesystem::path& file) const {
    item it;
    it.source = file.string();
    it.name = file.filename().string();
    it.path = file;
    load_small_input(it);
    const std::string head = it.head(sniff_bytes);
    const registered<parser>* best = nullptr;
    int best_score = 0;
    for (const auto& r : reg_.parsers()) {
        const int score = r.stage->probe(it, head);
        if (score > best_score) best_score = score, best = &r;
    }
    if (!best) {
        const std::string what = describe_format(head, it.extension());
        throw rejection_error(error_code::unsupported_format,
                              what.empty() ? "no parser reads this file" : "this is " + what + ", not a .docx report");
    }
    run_context ctx(state_, best->plugin);
    best->stage->prepare(ctx);
    return best->stage->parse(it, ctx);
}

}  // namespace baocao::engine
