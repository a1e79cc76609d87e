// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Parsed package parts shared between the documents of one run. Reports
/// written from one template or one word processor carry byte-identical
/// content types, relationships, styles, theme and numbering parts; each
/// distinct part is parsed once and reused read-only.

#include "numbering.hpp"
#include "opc.hpp"
#include "zip_package.hpp"
#include "styles.hpp"

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace baocao::docx {

/// Parsed forms of one kind of part, by the part's name and its exact stored
/// bytes (plugins::zip_package::fingerprint). Thread-safe.
template <typename Parsed>
class parsed_part_cache {
public:
    /// Keeps up to `capacity` distinct parts; 0 keeps none.
    explicit parsed_part_cache(std::size_t capacity) : capacity_(capacity) {}

    /// The parsed part: its empty form when the package lacks it (`part` may
    /// be ""), the one parsed before when an identical part was, else parsed
    /// by `parse(pkg, part)` and kept while there is room.
    std::shared_ptr<const Parsed> get(plugins::zip_package& pkg, std::string_view part,
                                      const std::function<Parsed(plugins::zip_package&, std::string_view)>& parse) {
        if (part.empty() || !pkg.has(part)) return std::make_shared<const Parsed>();
        std::string key;
        if (capacity_) {
            // The name counts too: a relationship target resolves against it.
            const std::string stored = pkg.fingerprint(part, max_stored_bytes);
            if (!stored.empty()) key.append(part).append(1, '\0').append(stored);
        }
        if (!key.empty()) {
            std::lock_guard<std::mutex> lock(mutex_);
            // No inflation to count: the package's declared sizes, checked
            // against the limits when it was opened, already include this part.
            if (const auto it = parts_.find(key); it != parts_.end()) return it->second;
        }
        auto parsed = std::make_shared<const Parsed>(parse(pkg, part));
        if (!key.empty()) {
            std::lock_guard<std::mutex> lock(mutex_);
            // Full: later parts are parsed per document; what is kept stays valid.
            if (parts_.size() < capacity_) parts_.emplace(std::move(key), parsed);
        }
        return parsed;
    }

private:
    // Larger parts are rare and unlikely to repeat; keeping them would cost memory.
    static constexpr std::size_t max_stored_bytes = 256 * 1024;

    std::size_t capacity_;
    std::mutex mutex_;
    std::unordered_map<std::string, std::shared_ptr<const Parsed>> parts_;
};

/// The caches a parser keeps for the length of a run.
struct shared_parts {
    /// Up to `capacity` distinct parts of each kind.
    explicit shared_parts(std::size_t capacity)
        : content_types(capacity), relationships(capacity), styles(capacity), themes(capacity), numberings(capacity) {}
    parsed_part_cache<struct content_types> content_types;
    parsed_part_cache<std::vector<relationship>> relationships;
    parsed_part_cache<style_sheet> styles;
    parsed_part_cache<theme_fonts> themes;
    parsed_part_cache<numbering_definitions> numberings;
};

}  // namespace baocao::docx
