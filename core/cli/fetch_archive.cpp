// SPDX-License-Identifier: Apache-2.0
// Durable Maildir writing: tmp/ -> fsync -> rename into new/ -> fsync of the folder.
#include "fetch_archive.hpp"

#include "fetch_error.hpp"

#include <Poco/DateTime.h>
#include <Poco/DateTimeParser.h>
#include <Poco/DigestEngine.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace baocao::cli {

namespace {

constexpr std::size_t head_limit = 64 * 1024;
constexpr std::size_t digest_chars = 32;  // 128 bits of the SHA-256 in the file name
constexpr const char* temp_suffix = ".baocao.part";

std::string errno_text() { return std::strerror(errno); }

[[noreturn]] void archive_failure(const std::string& what) {
    throw fetch_error(fetch_failure::other, what + ": " + errno_text());
}

void fsync_folder(const fs::path& dir) {
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) archive_failure("cannot open " + dir.string() + " to flush it");
    const int rc = ::fsync(fd);
    const int saved = errno;
    ::close(fd);
    errno = saved;
    if (rc != 0) archive_failure("cannot flush the folder " + dir.string());
}

void make_folder(const fs::path& dir) {
    if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) archive_failure("cannot create the folder " + dir.string());
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) throw fetch_error(fetch_failure::other, dir.string() + " exists and is not a folder");
}

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

/// The unfolded value of the first header `name` (lowercase) in the head of a message.
std::string header_value(const std::string& head, const std::string& name) {
    std::string value;
    bool in_it = false;
    std::size_t pos = 0;
    while (pos < head.size()) {
        const auto nl = head.find('\n', pos);
        if (nl == std::string::npos) break;  // cut by head_limit: incomplete line
        std::string line = head.substr(pos, nl - pos);
        pos = nl + 1;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) break;  // end of the header block
        if (line[0] == ' ' || line[0] == '\t') {
            if (in_it) value += " " + line.substr(line.find_first_not_of(" \t"));
            continue;
        }
        if (in_it) break;
        const auto colon = line.find(':');
        if (colon != std::string::npos && lower(line.substr(0, colon)) == name) {
            in_it = true;
            value = line.substr(colon + 1);
        }
    }
    const auto first = value.find_first_not_of(" \t");
    if (first == std::string::npos) return {};
    value = value.substr(first, value.find_last_not_of(" \t") - first + 1);
    return value;
}

/// Seconds since the epoch of the message's Date header, for a name that sorts
/// by date and is the same each time the message is fetched; 0 when unknown.
long long message_time(const std::string& head) {
    std::string date = header_value(head, "date");
    // Drop a trailing comment such as "(ICT)", which the parser does not take.
    if (const auto paren = date.find('('); paren != std::string::npos) date = date.substr(0, paren);
    while (!date.empty() && (date.back() == ' ' || date.back() == '\t')) date.pop_back();
    Poco::DateTime dt;
    int tzd = 0;
    if (date.empty() || !Poco::DateTimeParser::tryParse(date, dt, tzd)) return 0;
    const long long t = static_cast<long long>(dt.timestamp().epochTime()) - tzd;
    return t > 0 ? t : 0;
}

std::string digest_of_name(const std::string& file_name) {
    // "<time>.<digest>.baocao" with ":2,FLAGS" appended once a mail program saw it.
    const std::string base = file_name.substr(0, file_name.find(':'));
    const auto first = base.find('.');
    const auto second = first == std::string::npos ? std::string::npos : base.find('.', first + 1);
    if (second == std::string::npos || base.substr(second) != ".baocao") return {};
    const std::string digest = base.substr(first + 1, second - first - 1);
    if (digest.size() != digest_chars) return {};
    return digest;
}

}  // namespace

std::string file_sha256(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return {};
    Poco::SHA2Engine sha(Poco::SHA2Engine::SHA_256);
    std::string buffer(64 * 1024, '\0');
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        if (in.gcount() > 0) sha.update(buffer.data(), static_cast<unsigned>(in.gcount()));
    }
    if (in.bad()) return {};
    return Poco::DigestEngine::digestToHex(sha.digest());
}

maildir_archive::incoming::incoming(fs::path temp, int fd)
    : temp_(std::move(temp)), fd_(fd), sha_(std::make_unique<Poco::SHA2Engine>(Poco::SHA2Engine::SHA_256)) {}

maildir_archive::incoming::incoming(incoming&& other) noexcept
    : temp_(std::move(other.temp_)), fd_(other.fd_), size_(other.size_), head_(std::move(other.head_)),
      sha_(std::move(other.sha_)) {
    other.fd_ = -1;
    other.temp_.clear();
}

maildir_archive::incoming::~incoming() {
    if (fd_ >= 0) ::close(fd_);
    if (!temp_.empty()) {
        std::error_code ec;
        fs::remove(temp_, ec);  // an abandoned message leaves nothing behind
    }
}

void maildir_archive::incoming::append(std::string_view bytes) {
    sha_->update(bytes.data(), static_cast<unsigned>(bytes.size()));
    if (head_.size() < head_limit) head_.append(bytes.substr(0, head_limit - head_.size()));
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd_, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            archive_failure("cannot write " + temp_.string());
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
        size_ += static_cast<std::uint64_t>(n);
    }
}

maildir_archive::maildir_archive(const fs::path& dir) : dir_(dir) {
    make_folder(dir_);
    lock_fd_ = ::open(dir_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (lock_fd_ < 0) archive_failure("cannot open the archive " + dir_.string());
    if (::flock(lock_fd_, LOCK_EX | LOCK_NB) != 0) {
        const int saved = errno;
        ::close(lock_fd_);
        lock_fd_ = -1;
        if (saved == EWOULDBLOCK)
            throw fetch_error(fetch_failure::other, "another baocao fetch is writing into " + dir_.string());
        errno = saved;
        archive_failure("cannot lock the archive " + dir_.string());
    }
    for (const char* sub : {"tmp", "new", "cur"}) make_folder(dir_ / sub);
    // Only this program's leftovers: another program's tmp/ files are its business.
    std::error_code ec;
    for (fs::directory_iterator it(dir_ / "tmp", ec), end; !ec && it != end; it.increment(ec))
        if (it->path().filename().string().ends_with(temp_suffix)) fs::remove(it->path(), ec);
    index_existing();
}

maildir_archive::~maildir_archive() {
    if (lock_fd_ >= 0) ::close(lock_fd_);
}

void maildir_archive::index_existing() {
    for (const char* sub : {"new", "cur"}) {
        std::error_code ec;
        for (fs::directory_iterator it(dir_ / sub, ec), end; !ec && it != end; it.increment(ec)) {
            const std::string name = it->path().filename().string();
            const std::string digest = digest_of_name(name);
            if (!digest.empty()) by_digest_.emplace(digest, std::string(sub) + "/" + name);
        }
    }
}

maildir_archive::incoming maildir_archive::begin() {
    const fs::path temp =
        dir_ / "tmp" / (std::to_string(::getpid()) + "." + std::to_string(++counter_) + temp_suffix);
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) archive_failure("cannot create " + temp.string());
    return incoming(temp, fd);
}

stored_message maildir_archive::commit(incoming&& message) {
    incoming m(std::move(message));
    stored_message out;
    out.sha256 = Poco::DigestEngine::digestToHex(m.sha_->digest());
    out.size = m.size_;
    out.message_id = header_value(m.head_, "message-id");
    const std::string digest = out.sha256.substr(0, digest_chars);

    if (auto it = by_digest_.find(digest); it != by_digest_.end()) {
        const fs::path existing = dir_ / it->second;
        if (file_sha256(existing) == out.sha256) {
            out.path = it->second;
            out.already_present = true;
            return out;  // m's destructor drops the copy
        }
    }
    if (::fsync(m.fd_) != 0) archive_failure("cannot flush " + m.temp_.string());
    if (::close(m.fd_) != 0) {
        m.fd_ = -1;
        archive_failure("cannot close " + m.temp_.string());
    }
    m.fd_ = -1;
    // Same bytes, same name: a rerun after a crash finds the file, never a twin.
    const std::string name = std::to_string(message_time(m.head_)) + "." + digest + ".baocao";
    std::string relative = "new/" + name;
    // A damaged file under this name (its bytes no longer match) is replaced in place.
    if (auto it = by_digest_.find(digest); it != by_digest_.end()) relative = it->second;
    const fs::path target = dir_ / relative;
    if (::rename(m.temp_.c_str(), target.c_str()) != 0) archive_failure("cannot move the message into " + target.string());
    m.temp_.clear();
    fsync_folder(target.parent_path());
    by_digest_[digest] = relative;
    out.path = relative;
    return out;
}

std::optional<std::string> maildir_archive::locate(const std::string& sha256, const std::string& recorded_path) const {
    std::error_code ec;
    if (!recorded_path.empty() && fs::is_regular_file(dir_ / recorded_path, ec)) return recorded_path;
    if (auto it = by_digest_.find(sha256.substr(0, digest_chars)); it != by_digest_.end())
        if (fs::is_regular_file(dir_ / it->second, ec)) return it->second;
    return std::nullopt;
}

}  // namespace baocao::cli
