// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The run-scoped text store: long text a run keeps until its emitters are
/// done (section texts, the figures of every report) goes to one temporary
/// append-only file instead of staying in memory, so memory does not grow
/// with the text of the reports. A `stored_text` is the handle a submission
/// keeps: where the text lies in the file.
///
/// The engine owns one store per run (`context::text_store()`). The file is
/// created in the store's folder (the run's output folder, else $TMPDIR or
/// /tmp) and unlinked at once, so nothing is left behind whatever way the
/// run ends; the space returns when the store is destroyed.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace baocao {

class run_text_store;

/// A text held in memory or, once spilled, in a run_text_store. Assign a
/// std::string to it as to a string; read it with str().
class stored_text {
public:
    stored_text() = default;
    stored_text(std::string text) : held_(std::move(text)) {}   // NOLINT: a text is a stored text
    stored_text(const char* text) : held_(text) {}               // NOLINT
    stored_text(std::string_view text) : held_(text) {}          // NOLINT

    /// The text: the held string, or the bytes read back from the store.
    /// Throws std::runtime_error when the store cannot be read.
    std::string str() const;
    /// Appends the text to `out`, without a copy in between.
    void append_to(std::string& out) const;
    std::size_t size() const { return store_ ? static_cast<std::size_t>(length_) : held_.size(); }
    bool empty() const { return size() == 0; }
    /// True when the text lives in a store, not in memory.
    bool spilled() const { return store_ != nullptr; }

    friend bool operator==(const stored_text& a, std::string_view b) { return a.size() == b.size() && a.str() == b; }
    friend bool operator==(const stored_text& a, const stored_text& b) {
        return a.size() == b.size() && a.str() == b.str();
    }

private:
    friend class run_text_store;
    stored_text(std::shared_ptr<const run_text_store> store, std::uint64_t offset, std::uint64_t length)
        : store_(std::move(store)), offset_(offset), length_(length) {}

    std::string held_;
    std::shared_ptr<const run_text_store> store_;
    std::uint64_t offset_ = 0;
    std::uint64_t length_ = 0;
};

/// One temporary append-only file for the run. put() and reading back are
/// thread-safe. Make it with std::make_shared: the handles share ownership.
class run_text_store : public std::enable_shared_from_this<run_text_store> {
public:
    /// `folder`: where the file goes; empty for $TMPDIR (else /tmp). Nothing is
    /// created until open() or the first put().
    explicit run_text_store(std::filesystem::path folder = {});
    ~run_text_store();
    run_text_store(const run_text_store&) = delete;
    run_text_store& operator=(const run_text_store&) = delete;

    /// Creates the file now (if not yet), so that a folder that cannot hold it
    /// stops the run at its start. Throws std::runtime_error naming the folder
    /// and the reason.
    void open();
    /// Appends `text`; returns its handle.
    stored_text put(std::string_view text);
    /// Appends the texts one after the other in one write; returns a handle each.
    std::vector<stored_text> put(const std::vector<std::string_view>& texts);
    /// Appends `text` and points `target` at it, when target holds a text in memory.
    void spill(stored_text& target);

    /// Reads `length` bytes at `offset` onto the end of `out`. Throws std::runtime_error.
    void read(std::uint64_t offset, std::uint64_t length, std::string& out) const;
    /// Bytes written so far.
    std::uint64_t size() const;
    /// The folder the file is (or will be) created in.
    const std::filesystem::path& folder() const { return folder_; }

private:
    void open_locked();

    std::filesystem::path folder_;
    mutable std::mutex mutex_;
    int fd_ = -1;
    std::uint64_t end_ = 0;
};

}  // namespace baocao
