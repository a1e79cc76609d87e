// SPDX-License-Identifier: Apache-2.0
// The run's text store: its first bytes in memory blocks, the rest in one
// temporary file; appended under a lock and read back without one (written
// bytes never change, and a block never moves once allocated).
#include <baocao/sdk/stored_text.hpp>

#include "huge_page_block.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <stdexcept>

namespace baocao {

namespace {
std::filesystem::path default_folder() {
    const char* tmp = std::getenv("TMPDIR");
    return (tmp && *tmp) ? std::filesystem::path(tmp) : std::filesystem::path("/tmp");
}
}  // namespace

namespace detail {

/// The store's bytes: offsets below `memory_capacity` lie in memory blocks,
/// the others in the file at (offset - memory_capacity). A batch of texts is
/// placed whole on one side: in memory while it fits, else in the file, and
/// once one batch has gone to the file every later one does too.
struct text_store_file {
    static constexpr std::size_t block_size = huge_page_block::size;

    text_store_file(std::filesystem::path f, std::size_t budget)
        : folder(std::move(f)), memory_capacity(budget), blocks(budget / block_size + (budget % block_size != 0 ? 1 : 0)) {}
    ~text_store_file() {
        if (fd >= 0) ::close(fd);
    }

    void open_locked();
    /// Calls `piece(block, within, done, n)` for each run of [offset, offset +
    /// length) in one memory block, in order: `n` bytes at `within` in block
    /// number `block`, the `done` bytes before them already visited.
    template <typename Piece>
    static void for_each_block_piece(std::uint64_t offset, std::uint64_t length, Piece&& piece) {
        for (std::uint64_t done = 0; done < length;) {
            const std::uint64_t at = offset + done;
            const std::size_t within = static_cast<std::size_t>(at % block_size);
            const std::size_t n = static_cast<std::size_t>(std::min<std::uint64_t>(length - done, block_size - within));
            piece(static_cast<std::size_t>(at / block_size), within, static_cast<std::size_t>(done), n);
            done += n;
        }
    }
    /// Places `bytes` at the end of the store; returns their offset.
    std::uint64_t append(std::string_view bytes);
    void read(std::uint64_t offset, std::uint64_t length, std::string& out) const;
    std::uint64_t read_length(std::uint64_t offset) const;
    /// Copies the memory side to the end of the file and frees its blocks.
    void move_memory_to_file();

    std::atomic<std::size_t> refs{1};   // the store, and each spilled handle
    const std::filesystem::path folder;
    const std::uint64_t memory_capacity;
    /// Allocated as the memory side fills; the vector itself never grows, so a
    /// reader may look a block up while a writer allocates another.
    std::vector<std::unique_ptr<huge_page_block>> blocks;
    mutable std::mutex mutex;
    int fd = -1;
    std::uint64_t memory_end = 0;   // bytes placed in memory
    std::uint64_t file_end = 0;     // bytes written to the file
    /// Once the memory side is moved to the file, its offset o lies at file position memory_at + o.
    bool memory_moved = false;
    std::uint64_t memory_at = 0;

private:
    void write_at(std::uint64_t position, std::string_view bytes);
    void read_at(std::uint64_t position, std::size_t length, char* to) const;
};

void text_store_file::write_at(std::uint64_t position, std::string_view bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::pwrite(fd, bytes.data() + done, bytes.size() - done, static_cast<off_t>(position + done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0)
            throw std::runtime_error("cannot write the run's text store in " + folder.string() + ": " +
                                     std::strerror(n < 0 ? errno : ENOSPC));
        done += static_cast<std::size_t>(n);
    }
}

void text_store_file::read_at(std::uint64_t position, std::size_t length, char* to) const {
    std::size_t done = 0;
    while (done < length) {
        const ssize_t n = ::pread(fd, to + done, length - done, static_cast<off_t>(position + done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0)
            throw std::runtime_error("cannot read the run's text store in " + folder.string() + ": " +
                                     (n < 0 ? std::strerror(errno) : "the file is shorter than written"));
        done += static_cast<std::size_t>(n);
    }
}

std::uint64_t text_store_file::append(std::string_view bytes) {
    std::lock_guard<std::mutex> lock(mutex);
    if (file_end == 0 && bytes.size() <= memory_capacity - memory_end) {
        const std::uint64_t start = memory_end;
        for_each_block_piece(start, bytes.size(), [&](std::size_t b, std::size_t within, std::size_t done, std::size_t n) {
            auto& block = blocks[b];
            if (!block) block = std::make_unique<huge_page_block>();
            std::memcpy(block->data() + within, bytes.data() + done, n);
        });
        memory_end = start + bytes.size();
        return start;
    }
    open_locked();
    const std::uint64_t start = file_end;
    write_at(start, bytes);
    file_end = start + bytes.size();
    return memory_capacity + start;
}

void text_store_file::move_memory_to_file() {
    std::lock_guard<std::mutex> lock(mutex);
    if (memory_moved || memory_end == 0) return;
    const std::uint64_t at = file_end;
    try {
        open_locked();
        for_each_block_piece(0, memory_end, [&](std::size_t b, std::size_t within, std::size_t done, std::size_t n) {
            write_at(at + done, std::string_view(blocks[b]->data() + within, n));
        });
    } catch (const std::runtime_error&) {
        // A full disk keeps the texts where they are: the move saves memory,
        // it is not worth a run. What was written lies past the file's end
        // and is written over by the next text.
        return;
    }
    file_end = at + memory_end;
    memory_at = at;
    memory_moved = true;
    for (auto& block : blocks) block.reset();
}

void text_store_file::open_locked() {
    if (fd >= 0) return;
    std::string name = (folder / ".baocao-text-XXXXXX").string();
    const int opened = ::mkostemp(name.data(), O_CLOEXEC);
    if (opened < 0)
        throw std::runtime_error("cannot create the run's text store in " + folder.string() + ": " +
                                 std::strerror(errno));
    // Unlinked at once: the file has no name to leave behind, whether the
    // run ends, fails or is killed; its space returns when it is closed.
    ::unlink(name.c_str());
    fd = opened;
}

void text_store_file::read(std::uint64_t offset, std::uint64_t length, std::string& out) const {
    const std::size_t base = out.size();
    out.resize(base + static_cast<std::size_t>(length));
    if (offset < memory_capacity && !memory_moved) {
        for_each_block_piece(offset, length, [&](std::size_t b, std::size_t within, std::size_t done, std::size_t n) {
            std::memcpy(out.data() + base + done, blocks[b]->data() + within, n);
        });
        return;
    }
    const std::uint64_t position = offset < memory_capacity ? memory_at + offset : offset - memory_capacity;
    try {
        read_at(position, static_cast<std::size_t>(length), out.data() + base);
    } catch (...) {
        out.resize(base);
        throw;
    }
}

std::uint64_t text_store_file::read_length(std::uint64_t offset) const {
    std::string bytes;
    read(offset, 8, bytes);
    std::uint64_t length = 0;
    for (int i = 7; i >= 0; --i) length = length << 8 | static_cast<unsigned char>(bytes[static_cast<std::size_t>(i)]);
    return length;
}

}  // namespace detail

namespace {

void retain(detail::text_store_file* file) { file->refs.fetch_add(1, std::memory_order_relaxed); }

void release_file(detail::text_store_file* file) {
    if (file->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) delete file;
}

/// The 8 bytes a long text's length is written as, before the text.
std::string length_prefix(std::uint64_t length) {
    std::string out(8, '\0');
    for (std::size_t i = 0; i < 8; ++i) out[i] = static_cast<char>(length >> (8 * i) & 0xff);
    return out;
}

}  // namespace

stored_text::stored_text(std::string text) {
    if (!text.empty()) ref_ = reinterpret_cast<std::uintptr_t>(new std::string(std::move(text)));
}

stored_text::stored_text(detail::text_store_file* file, std::uint64_t offset, std::uint64_t length) {
    constexpr std::uint64_t largest_offset = (std::uint64_t{1} << (64 - length_bits)) - 1;
    if (offset > largest_offset)
        throw std::runtime_error("the run's text store in " + file->folder.string() + " is over " +
                                 std::to_string(largest_offset >> 30) + " GiB");
    retain(file);
    ref_ = reinterpret_cast<std::uintptr_t>(file) | spilled_tag;
    place_ = offset << length_bits | std::min(length, long_text);
}

stored_text::stored_text(const stored_text& other) : place_(other.place_) {
    if (auto* f = other.file()) {
        retain(f);
        ref_ = other.ref_;
    } else if (const auto* h = other.held()) {
        ref_ = reinterpret_cast<std::uintptr_t>(new std::string(*h));
    }
}

stored_text& stored_text::operator=(const stored_text& other) {
    if (this != &other) *this = stored_text(other);
    return *this;
}

stored_text& stored_text::operator=(stored_text&& other) noexcept {
    if (this != &other) {
        release();
        ref_ = other.ref_, place_ = other.place_;
        other.ref_ = 0, other.place_ = 0;
    }
    return *this;
}

stored_text::~stored_text() { release(); }

void stored_text::release() noexcept {
    if (auto* f = file()) release_file(f);
    else delete held();
    ref_ = 0, place_ = 0;
}

std::size_t stored_text::size() const {
    if (const auto* h = held()) return h->size();
    if (!spilled()) return 0;
    const std::uint64_t length = place_ & long_text;
    return static_cast<std::size_t>(length < long_text ? length : file()->read_length(place_ >> length_bits));
}

std::string stored_text::str() const {
    std::string out;
    append_to(out);
    return out;
}

void stored_text::append_to(std::string& out) const {
    if (const auto* h = held()) {
        out += *h;
        return;
    }
    if (!spilled()) return;
    const std::uint64_t offset = place_ >> length_bits;
    const std::uint64_t length = place_ & long_text;
    if (length < long_text) file()->read(offset, length, out);
    else file()->read(offset + 8, file()->read_length(offset), out);
}

run_text_store::run_text_store(std::filesystem::path folder) : run_text_store(std::move(folder), default_memory_budget) {}

run_text_store::run_text_store(std::filesystem::path folder, std::size_t memory_budget)
    : file_(new detail::text_store_file(folder.empty() ? default_folder() : std::move(folder), memory_budget)) {}

run_text_store::~run_text_store() { release_file(file_); }

void run_text_store::open() {
    std::lock_guard<std::mutex> lock(file_->mutex);
    file_->open_locked();
}

std::vector<stored_text> run_text_store::put(const std::vector<std::string_view>& texts) {
    // A long text's length goes before it, as 8 bytes.
    auto is_long = [](std::string_view t) { return t.size() >= stored_text::long_text; };
    auto stored_bytes = [&](std::string_view t) { return t.size() + (is_long(t) ? 8 : 0); };
    std::string joined;
    std::size_t total = 0;
    for (auto t : texts) total += stored_bytes(t);
    joined.reserve(total);
    for (auto t : texts) {
        if (is_long(t)) joined += length_prefix(t.size());
        joined.append(t);
    }

    const std::uint64_t start = file_->append(joined);
    std::vector<stored_text> handles;
    handles.reserve(texts.size());
    std::uint64_t at = start;
    for (auto t : texts) {
        handles.push_back(stored_text(file_, at, t.size()));
        at += stored_bytes(t);
    }
    return handles;
}

stored_text run_text_store::put(std::string_view text) { return std::move(put(std::vector<std::string_view>{text}).front()); }

void run_text_store::spill(stored_text& target) {
    if (target.spilled()) return;
    // Moved out first, so that the held text's buffer goes with it.
    const stored_text held = std::move(target);
    const std::string* text = held.held();
    target = put(text ? std::string_view(*text) : std::string_view());
}

std::uint64_t run_text_store::size() const {
    std::lock_guard<std::mutex> lock(file_->mutex);
    // Once moved, the memory side's bytes are in the file.
    return file_->memory_moved ? file_->file_end : file_->memory_end + file_->file_end;
}

std::uint64_t run_text_store::bytes_in_memory() const {
    std::lock_guard<std::mutex> lock(file_->mutex);
    return file_->memory_moved ? 0 : file_->memory_end;
}

void run_text_store::move_memory_to_file() { file_->move_memory_to_file(); }

const std::filesystem::path& run_text_store::folder() const { return file_->folder; }

}  // namespace baocao
