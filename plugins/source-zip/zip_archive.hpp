// SPDX-License-Identifier: Apache-2.0
#pragma once
// A read-only libzip archive over a file on disk or an item's bytes.

#include <baocao/sdk/item.hpp>

#include <memory>
#include <string>

struct zip;

namespace baocao::plugins {

/// Owns an open archive; the in-memory bytes it reads stay alive with it.
class zip_archive {
public:
    /// Opens the item's archive. Throws rejection_error: `unreadable` when the
    /// file cannot be read, `corrupt_zip` when it is not a readable zip
    /// (no end of central directory, inconsistent directory, multi-disk).
    explicit zip_archive(const item& it);
    ~zip_archive();
    zip_archive(const zip_archive&) = delete;
    zip_archive& operator=(const zip_archive&) = delete;

    /// The libzip handle, valid while this object lives.
    zip* get() const { return archive_; }
    /// Number of entries in the central directory.
    unsigned long long size() const;
    /// True when an entry of exactly this (raw) name exists.
    bool has_entry(const char* name) const;

private:
    zip* archive_ = nullptr;
    std::shared_ptr<const std::string> bytes_;
};

}  // namespace baocao::plugins
