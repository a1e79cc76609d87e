// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Numbers for the words of the lexicon. Every word of every scored key is
/// looked up here, so a word is read eight bytes at a time: one pass finds
/// where it ends and hashes it, and a stored word is compared in eight-byte
/// steps. Keys are read from a copy with room after their end (padded_key),
/// so that no read goes past what is allocated.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::sections {

/// A copy of a key followed by zero bytes, so that a word can be read eight bytes at a time to its end.
class padded_key {
public:
    static constexpr std::size_t padding = 8;

    void assign(std::string_view key) {
        const std::size_t size = key.size();
        if (size > bytes_.max_size() - padding) throw std::length_error("padded_key: key too long");
        if (bytes_.size() < size + padding) bytes_.resize(size + padding);
        char* const out = bytes_.data();
        if (size != 0) std::memcpy(out, key.data(), size);
        std::memset(out + size, 0, padding);
        size_ = size;
    }
    const char* data() const { return bytes_.data(); }
    std::size_t size() const { return size_; }

private:
    std::vector<char> bytes_;
    std::size_t size_ = 0;
};

class word_index {
public:
    /// The word's number, numbering it next when it is new.
    std::int32_t intern(std::string_view word) {
        padded_key padded;
        padded.assign(word);
        const std::uint64_t h = hash(padded.data(), word.size());
        if (const std::int32_t id = find(padded.data(), word.size(), h); id >= 0) return id;
        if (2 * (offsets_.size() + 1) > slots_.size()) grow();
        const auto id = static_cast<std::int32_t>(offsets_.size());
        offsets_.push_back(chars_.size());
        lengths_.push_back(word.size());
        // Stored padded to whole eight-byte steps, the padding zero, as a key's word is read.
        chars_.append(word);
        chars_.append(steps(word.size()) * 8 - word.size(), '\0');
        place(h, id);
        return id;
    }

    /// The word's number, -1 for a word the index does not hold.
    std::int32_t find(std::string_view word) const {
        padded_key padded;
        padded.assign(word);
        return find(padded.data(), word.size(), hash(padded.data(), word.size()));
    }

    /// The number of the `length` bytes at `padded` (readable to the next
    /// eight-byte step; what follows the word there is not read as part of it) whose hash() is `h`.
    std::int32_t find(const char* padded, std::size_t length, std::uint64_t h) const {
        if (slots_.empty()) return -1;
        const std::size_t mask = slots_.size() - 1;
        const std::uint64_t opening = load(padded) & low_bytes(length < 8 ? length : 8);
        for (std::size_t i = h >> shift_;; i = (i + 1) & mask) {
            const slot& s = slots_[i];
            if (s.id < 0) return -1;
            if (s.hash == h && s.length == length && s.opening == opening && (length < 8 || same_after_opening(s.id, padded, length)))
                return s.id;
        }
    }

    std::size_t size() const { return offsets_.size(); }

    /// The word at the start of `padded` (`left` bytes before the key ends,
    /// readable to the next eight-byte step after that): its length, ended by
    /// a space or the key's end, and its hash().
    static std::size_t read_word(const char* padded, std::size_t left, std::uint64_t& h) {
        if (left >= 8) {
            // The usual word: shorter than a step, with a whole step to read.
            const std::uint64_t x = load(padded);
            if (const std::uint64_t ends = has_byte(x, ' '); ends != 0) {
                const std::size_t length = static_cast<std::size_t>(std::countr_zero(ends)) / 8;
                h = finish(mix(seed, x & low_bytes(length)), length);
                return length;
            }
        }
        std::uint64_t acc = seed;
        std::size_t length = 0;
        while (true) {
            std::uint64_t x = load(padded + length);
            // A byte at or past the key's end ends the word, as a space does.
            std::uint64_t ends = has_byte(x, ' ');
            const std::size_t here = left - length;
            if (here < 8) ends |= high_bits_from(here);
            if (ends == 0) {
                acc = mix(acc, x);
                length += 8;
                continue;
            }
            const std::size_t in_step = static_cast<std::size_t>(std::countr_zero(ends)) / 8;
            x &= low_bytes(in_step);
            acc = mix(acc, x);
            length += in_step;
            break;
        }
        h = finish(acc, length);
        return length;
    }

    /// The hash of the `length` bytes at `padded`, readable to the next eight-byte step.
    static std::uint64_t hash(const char* padded, std::size_t length) {
        std::uint64_t acc = seed;
        const std::size_t whole = length / 8;
        for (std::size_t k = 0; k < whole; ++k) acc = mix(acc, load(padded + 8 * k));
        acc = mix(acc, load(padded + 8 * whole) & low_bytes(length % 8));
        return finish(acc, length);
    }

private:
    struct slot {
        std::uint64_t hash = 0;
        std::uint64_t opening = 0;   ///< the word's first eight bytes, zero after its end
        std::int32_t id = -1;
        std::uint32_t length = 0;
    };

    static constexpr std::uint64_t seed = 0x243F6A8885A308D3ull;
    static constexpr std::uint64_t ones = 0x0101010101010101ull;
    static constexpr std::uint64_t highs = 0x8080808080808080ull;

    /// Eight-byte steps a word of `length` bytes is read in: its whole steps and the one it ends in.
    static std::size_t steps(std::size_t length) { return length / 8 + 1; }
    static std::uint64_t load(const char* p) {
        std::uint64_t x;
        std::memcpy(&x, p, 8);
        return x;
    }
    static std::uint64_t mix(std::uint64_t acc, std::uint64_t x) { return (acc ^ x) * 0x9E3779B97F4A7C15ull; }
    static std::uint64_t finish(std::uint64_t acc, std::size_t length) {
        // A product's high bits depend on all of its factor's bits: the slot is taken from them.
        acc = (acc ^ length ^ (acc >> 32)) * 0xD6E8FEB86659FD93ull;
        return acc;
    }
    /// The high bit of every byte of `x` equal to `b`, at least of the first one (later ones may be missed or false).
    static std::uint64_t has_byte(std::uint64_t x, char b) {
        const std::uint64_t y = x ^ (ones * static_cast<unsigned char>(b));
        return (y - ones) & ~y & highs;
    }
    /// The high bits of the bytes from the `n`-th on (n < 8; bytes in memory order).
    static std::uint64_t high_bits_from(std::size_t n) { return highs & ~low_bytes(n); }
    /// The low `n` bytes' bits (n ≤ 8).
    static std::uint64_t low_bytes(std::size_t n) {
        static constexpr std::uint64_t masks[9] = {0,
                                                   0xFFull,
                                                   0xFFFFull,
                                                   0xFFFFFFull,
                                                   0xFFFFFFFFull,
                                                   0xFFFFFFFFFFull,
                                                   0xFFFFFFFFFFFFull,
                                                   0xFFFFFFFFFFFFFFull,
                                                   ~std::uint64_t{0}};
        return masks[n];
    }

    /// True when word `id`, of `length` bytes (8 or more) and the same first eight, is the word at `padded`.
    bool same_after_opening(std::int32_t id, const char* padded, std::size_t length) const {
        const char* stored = chars_.data() + offsets_[static_cast<std::size_t>(id)];
        const std::size_t whole = length / 8;
        for (std::size_t k = 1; k < whole; ++k)
            if (load(stored + 8 * k) != load(padded + 8 * k)) return false;
        return (load(padded + 8 * whole) & low_bytes(length % 8)) == load(stored + 8 * whole);
    }

    void place(std::uint64_t h, std::int32_t id) {
        const std::size_t mask = slots_.size() - 1;
        std::size_t i = h >> shift_;
        while (slots_[i].id >= 0) i = (i + 1) & mask;
        const std::size_t length = lengths_[static_cast<std::size_t>(id)];
        const std::uint64_t opening = load(chars_.data() + offsets_[static_cast<std::size_t>(id)]) & low_bytes(length < 8 ? length : 8);
        slots_[i] = slot{h, opening, id, static_cast<std::uint32_t>(length)};
    }

    void grow() {
        // At most half full, so that a miss ends after a probe or two.
        slots_.assign(slots_.empty() ? 64 : 2 * slots_.size(), slot{});
        shift_ = 64 - static_cast<unsigned>(std::countr_zero(slots_.size()));
        for (std::size_t id = 0; id < offsets_.size(); ++id)
            place(hash(chars_.data() + offsets_[id], lengths_[id]), static_cast<std::int32_t>(id));
    }

    std::string chars_;                  ///< the words, each padded with zeros to whole eight-byte steps
    std::vector<std::size_t> offsets_;   ///< by id: where the word begins in chars_
    std::vector<std::size_t> lengths_;   ///< by id: its bytes
    std::vector<slot> slots_;
    unsigned shift_ = 64;   ///< a hash's slot is its top bits, as many as the slots take
};

}  // namespace baocao::sections
