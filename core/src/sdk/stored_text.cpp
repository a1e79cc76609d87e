// SPDX-License-Identifier: Apache-2.0
// The run's text store: one temporary file, appended under a lock and read
// back with pread, which needs none (written bytes never change).
#include <baocao/sdk/stored_text.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

namespace baocao {

namespace {
std::filesystem::path default_folder() {
    const char* tmp = std::getenv("TMPDIR");
    return (tmp && *tmp) ? std::filesystem::path(tmp) : std::filesystem::path("/tmp");
}
}  // namespace

std::string stored_text::str() const {
    if (!store_) return held_;
    std::string out;
    store_->read(offset_, length_, out);
    return out;
}

void stored_text::append_to(std::string& out) const {
    if (!store_) out += held_;
    else store_->read(offset_, length_, out);
}

run_text_store::run_text_store(std::filesystem::path folder)
    : folder_(folder.empty() ? default_folder() : std::move(folder)) {}

run_text_store::~run_text_store() {
    if (fd_ >= 0) ::close(fd_);
}

void run_text_store::open() {
    std::lock_guard<std::mutex> lock(mutex_);
    open_locked();
}

void run_text_store::open_locked() {
    if (fd_ >= 0) return;
    std::string name = (folder_ / ".baocao-text-XXXXXX").string();
    const int fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd < 0)
        throw std::runtime_error("cannot create the run's text store in " + folder_.string() + ": " +
                                 std::strerror(errno));
    // Unlinked at once: the file has no name to leave behind, whether the
    // run ends, fails or is killed; its space returns when it is closed.
    ::unlink(name.c_str());
    fd_ = fd;
}

std::vector<stored_text> run_text_store::put(const std::vector<std::string_view>& texts) {
    std::string joined;
    std::size_t total = 0;
    for (auto t : texts) total += t.size();
    joined.reserve(total);
    for (auto t : texts) joined.append(t);

    std::uint64_t start = 0;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        open_locked();
        start = end_;
        std::size_t done = 0;
        while (done < joined.size()) {
            const ssize_t n = ::pwrite(fd_, joined.data() + done, joined.size() - done,
                                       static_cast<off_t>(start + done));
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0)
                throw std::runtime_error("cannot write the run's text store in " + folder_.string() + ": " +
                                         std::strerror(n < 0 ? errno : ENOSPC));
            done += static_cast<std::size_t>(n);
        }
        end_ = start + joined.size();
    }
    std::vector<stored_text> handles;
    handles.reserve(texts.size());
    auto self = shared_from_this();
    std::uint64_t at = start;
    for (auto t : texts) {
        handles.push_back(stored_text(self, at, t.size()));
        at += t.size();
    }
    return handles;
}

stored_text run_text_store::put(std::string_view text) { return std::move(put(std::vector<std::string_view>{text}).front()); }

void run_text_store::spill(stored_text& target) {
    if (target.spilled()) return;
    // Moved out first, so that the held text's buffer goes with it: assigned
    // over, a string keeps its capacity.
    const stored_text held = std::move(target);
    target = put(std::string_view(held.held_));
}

void run_text_store::read(std::uint64_t offset, std::uint64_t length, std::string& out) const {
    const std::size_t base = out.size();
    out.resize(base + static_cast<std::size_t>(length));
    std::size_t done = 0;
    while (done < length) {
        const ssize_t n = ::pread(fd_, out.data() + base + done, static_cast<std::size_t>(length) - done,
                                  static_cast<off_t>(offset + done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            out.resize(base);
            throw std::runtime_error("cannot read the run's text store in " + folder_.string() + ": " +
                                     (n < 0 ? std::strerror(errno) : "the file is shorter than written"));
        }
        done += static_cast<std::size_t>(n);
    }
}

std::uint64_t run_text_store::size() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return end_;
}

}  // namespace baocao
