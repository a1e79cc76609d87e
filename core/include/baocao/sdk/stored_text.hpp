// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The run-scoped text store: long text a run keeps until its emitters are
/// done (section texts, the figures of every report) goes to one append-only
/// store instead of staying with each report, so memory does not grow with the
/// text of the reports. A `stored_text` is the handle a submission keeps:
/// where the text lies in the store.
///
/// The store's first bytes, up to a fixed budget (32 MiB unless told), stay in
/// memory, in blocks allocated as they fill; everything after them goes to a
/// temporary file. A run of a few thousand reports then never pays a system
/// call to keep or read a text, and a national run holds the budget and no
/// more. The engine owns one store per run (`context::text_store()`). The
/// file is created in the store's folder (the run's output folder, else
/// $TMPDIR or /tmp) and unlinked at once, so nothing is left behind whatever
/// way the run ends; the space returns when the store is destroyed.

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

namespace detail {
/// The memory blocks and open file behind a run_text_store, shared by the
/// store and every handle into it: the last of them to go frees them.
struct text_store_file;
}  // namespace detail

/// A text held by itself or, once spilled, in a run_text_store. Assign a
/// std::string to it as to a string; read it with str().
///
/// A handle is 16 bytes, whatever it holds: a run of 100 000 reports keeps a
/// dozen per report (the headings and texts of its sections). A spilled
/// handle keeps the store (its memory blocks and its file) alive, so a text
/// outlives the store's owner.
class stored_text {
public:
    stored_text() = default;
    stored_text(std::string text);                                   // NOLINT: a text is a stored text
    stored_text(const char* text) : stored_text(std::string(text)) {}   // NOLINT
    stored_text(std::string_view text) : stored_text(std::string(text)) {}   // NOLINT
    stored_text(const stored_text& other);
    stored_text(stored_text&& other) noexcept : ref_(other.ref_), place_(other.place_) { other.ref_ = 0, other.place_ = 0; }
    stored_text& operator=(const stored_text& other);
    stored_text& operator=(stored_text&& other) noexcept;
    ~stored_text();

    /// The text: the held string, or the bytes read back from the store.
    /// Throws std::runtime_error when the store cannot be read.
    std::string str() const;
    /// Appends the text to `out`, without a copy in between.
    void append_to(std::string& out) const;
    std::size_t size() const;
    bool empty() const { return size() == 0; }
    /// True when the text lives in a store, not in a string of its own.
    bool spilled() const { return (ref_ & spilled_tag) != 0; }

    friend bool operator==(const stored_text& a, std::string_view b) { return a.size() == b.size() && a.str() == b; }
    friend bool operator==(const stored_text& a, const char* b) { return a == std::string_view(b); }
    friend bool operator==(const stored_text& a, const std::string& b) { return a == std::string_view(b); }
    friend bool operator==(const stored_text& a, const stored_text& b) {
        return a.size() == b.size() && a.str() == b.str();
    }

private:
    friend class run_text_store;
    static constexpr std::uintptr_t spilled_tag = 1;
    /// A spilled text's place: its offset in the high 40 bits, its length in
    /// the low 24; a length of `long_text` or more is written as 8 bytes
    /// before the text itself.
    static constexpr unsigned length_bits = 24;
    static constexpr std::uint64_t long_text = (std::uint64_t{1} << length_bits) - 1;

    stored_text(detail::text_store_file* file, std::uint64_t offset, std::uint64_t length);
    const std::string* held() const { return spilled() ? nullptr : reinterpret_cast<const std::string*>(ref_); }
    detail::text_store_file* file() const {
        return spilled() ? reinterpret_cast<detail::text_store_file*>(ref_ & ~spilled_tag) : nullptr;
    }
    void release() noexcept;

    std::uintptr_t ref_ = 0;    // 0: empty; else the held std::string*, or the store's file | spilled_tag
    std::uint64_t place_ = 0;   // spilled: offset << length_bits | length
};

/// The run's append-only store: its first `memory_budget` bytes in memory,
/// the rest in one temporary file. put() and reading back are thread-safe.
class run_text_store {
public:
    /// What a store keeps in memory unless told otherwise.
    static constexpr std::size_t default_memory_budget = std::size_t{32} << 20;

    /// `folder`: where the file goes; empty for $TMPDIR (else /tmp). Nothing is
    /// created until open() or the first put() that does not fit in memory.
    /// Keeps `default_memory_budget` bytes in memory.
    explicit run_text_store(std::filesystem::path folder = {});
    /// The same, keeping `memory_budget` bytes in memory before texts go to the file (0: all to the file).
    run_text_store(std::filesystem::path folder, std::size_t memory_budget);
    ~run_text_store();
    run_text_store(const run_text_store&) = delete;
    run_text_store& operator=(const run_text_store&) = delete;

    /// Creates the file now (if not yet), so that a folder that cannot hold it
    /// stops the run at its start. Throws std::runtime_error naming the folder
    /// and the reason.
    void open();
    /// Appends `text`; returns its handle.
    stored_text put(std::string_view text);
    /// Appends the texts one after the other, together in memory or together in
    /// one write to the file; returns a handle each.
    std::vector<stored_text> put(const std::vector<std::string_view>& texts);
    /// Appends `text` and points `target` at it, when target holds a text in memory.
    void spill(stored_text& target);

    /// Bytes stored so far, in memory and in the file.
    std::uint64_t size() const;
    /// Bytes of them held in memory.
    std::uint64_t bytes_in_memory() const;
    /// Writes the bytes held in memory to the file and frees them; every handle
    /// stays valid, later texts go to the file. For a run whose texts went
    /// mostly to the file anyway: its first ones are then not worth their
    /// memory. Call it while no other thread puts or reads. When the file
    /// cannot take them (a full disk), the bytes stay in memory.
    void move_memory_to_file();
    /// The folder the file is (or will be) created in.
    const std::filesystem::path& folder() const;

private:
    detail::text_store_file* file_;
};

}  // namespace baocao
