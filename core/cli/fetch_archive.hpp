// SPDX-License-Identifier: Apache-2.0
#pragma once
// The Maildir archive `baocao fetch` writes: each message lands in tmp/, is
// flushed to disk, then renamed into new/ under a name made from its content.

#include <Poco/SHA2Engine.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace baocao::cli {

/// A message safely in the archive.
struct stored_message {
    std::string sha256;             ///< hex digest of the stored bytes
    std::uint64_t size = 0;         ///< bytes
    std::string message_id;         ///< the Message-ID header, or ""
    std::string path;               ///< relative to the archive: "new/NAME"
    bool already_present = false;   ///< an earlier run had stored these very bytes
};

/// An exclusive, durable writer of one Maildir folder.
class maildir_archive {
public:
    /// A message being received into tmp/.
    class incoming {
    public:
        /// Appends bytes to the temporary file. Throws fetch_error on a write failure.
        void append(std::string_view bytes);
        /// Bytes so far.
        std::uint64_t size() const { return size_; }
        ~incoming();
        incoming(incoming&&) noexcept;
        incoming& operator=(incoming&&) = delete;
        incoming(const incoming&) = delete;

    private:
        friend class maildir_archive;
        incoming(std::filesystem::path temp, int fd);
        std::filesystem::path temp_;
        int fd_ = -1;
        std::uint64_t size_ = 0;
        std::string head_;  // the first bytes, for the Date and Message-ID headers
        std::unique_ptr<Poco::SHA2Engine> sha_;
    };

    /// Opens the Maildir at `dir`, creating it and tmp/, new/, cur/ as needed;
    /// locks it against a second concurrent fetch and removes the temporary
    /// files a killed fetch left in tmp/. Throws fetch_error.
    explicit maildir_archive(const std::filesystem::path& dir);
    ~maildir_archive();
    maildir_archive(const maildir_archive&) = delete;
    maildir_archive& operator=(const maildir_archive&) = delete;

    /// The archive folder.
    const std::filesystem::path& dir() const { return dir_; }

    /// Starts a message in tmp/.
    incoming begin();

    /// Makes the message durable: fsync of the file, rename into new/ as
    /// "<date>.<sha256 prefix>.baocao", fsync of new/. When the archive already
    /// holds the same bytes (an earlier run died before recording them) the copy
    /// is dropped and the existing file named instead.
    stored_message commit(incoming&& message);

    /// Where a stored message is now, relative to the archive: its recorded
    /// path, or the file with its content name in new/ or cur/ (a mail program
    /// may have moved it and added flags); nullopt when it is gone.
    std::optional<std::string> locate(const std::string& sha256, const std::string& recorded_path) const;

private:
    void index_existing();

    std::filesystem::path dir_;
    int lock_fd_ = -1;
    unsigned counter_ = 0;
    std::map<std::string, std::string> by_digest_;  // digest prefix in the name -> relative path
};

/// The SHA-256 of a file as hex, or "" when it cannot be read.
std::string file_sha256(const std::filesystem::path& file);

}  // namespace baocao::cli
