#pragma once
/// Numbers for the words of the lexicon. Every word of every scored paragraph
/// is looked up here, so lookups take a string_view and neither allocate nor
/// hash through std::hash: an open-addressing table with a short FNV-1a hash.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::sections {

class word_index {
public:
    /// The word's number, numbering it next when it is new.
    std::int32_t intern(std::string_view word) {
        if (const std::int32_t id = find(word); id >= 0) return id;
        if (2 * (words_.size() + 1) > slots_.size()) grow();
        const auto id = static_cast<std::int32_t>(words_.size());
        words_.emplace_back(word);
        place(hash(word), id);
        return id;
    }

    /// The word's number, -1 for a word the index does not hold.
    std::int32_t find(std::string_view word) const { return find(word, hash(word)); }

    /// find() for a word whose hash() is known.
    std::int32_t find(std::string_view word, std::uint32_t h) const {
        if (slots_.empty()) return -1;
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = h & mask;; i = (i + 1) & mask) {
            const slot& s = slots_[i];
            if (s.id < 0) return -1;
            if (s.hash == h && same(words_[static_cast<std::size_t>(s.id)], word)) return s.id;
        }
    }

    std::size_t size() const { return words_.size(); }

    /// FNV-1a, fed a byte at a time so that a caller can hash a word while finding where it ends.
    static constexpr std::uint32_t hash_seed = 2166136261u;
    static std::uint32_t hash_step(std::uint32_t h, char c) { return (h ^ static_cast<unsigned char>(c)) * 16777619u; }
    static std::uint32_t hash(std::string_view word) {
        std::uint32_t h = hash_seed;
        for (const char c : word) h = hash_step(h, c);
        return h;
    }

private:
    struct slot {
        std::uint32_t hash = 0;
        std::int32_t id = -1;
    };

    /// Words are a few letters: comparing in place beats a memcmp call.
    static bool same(std::string_view a, std::string_view b) {
        if (a.size() != b.size()) return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (a[i] != b[i]) return false;
        return true;
    }


    void place(std::uint32_t h, std::int32_t id) {
        const std::size_t mask = slots_.size() - 1;
        std::size_t i = h & mask;
        while (slots_[i].id >= 0) i = (i + 1) & mask;
        slots_[i] = slot{h, id};
    }

    void grow() {
        // At most half full, so that a miss ends after a probe or two.
        slots_.assign(slots_.empty() ? 64 : 2 * slots_.size(), slot{});
        for (std::size_t id = 0; id < words_.size(); ++id) place(hash(words_[id]), static_cast<std::int32_t>(id));
    }

    std::vector<std::string> words_;
    std::vector<slot> slots_;
};

}  // namespace baocao::sections
