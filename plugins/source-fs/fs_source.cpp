// SPDX-License-Identifier: Apache-2.0
#include "fs_source.hpp"

#include "os_junk.hpp"
#include "unique_names.hpp"

#include <baocao/sdk/error.hpp>
#include <baocao/sdk/file_open.hpp>
#include <baocao/sdk/text.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace fs = std::filesystem;

namespace baocao::plugins {

namespace {

/// One thing found in the walk: a file to emit, or a reason it cannot be.
/// A folder of 100 000 reports is listed whole before the first is read (the
/// files go in name order), so an entry keeps strings, not a std::filesystem::path
/// and its parsed components.
struct found {
    std::string rel;          // display name: relative path, valid UTF-8, NFC
    std::string raw_rel;      // the relative path as on disk, when it differs from rel
    std::string problem;      // why it is not read, when it is not
    error_code code = error_code::unreadable;
    bool readable = true;
};

using inode_id = std::pair<dev_t, ino_t>;

std::string display_name(const std::string& raw_rel) {
    // File names on Linux are bytes; macOS copies keep NFD. Provenance is text.
    return text::to_nfc(text::sanitize_utf8(raw_rel));
}

std::string errno_text(int err) { return std::strerror(err); }

/// A folder holding a baocao result.json: the outputs of a run (perhaps
/// this run's own --out inside its input), never reports to read.
bool is_baocao_output(const fs::path& folder) {
    std::string head;
    try {
        const file_handle file = open_regular_file(folder / "result.json");
        head.resize(512);
        const ssize_t n = ::read(file.fd(), head.data(), head.size());
        head.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
    } catch (const rejection_error&) {
        return false;
    }
    const auto key = head.find("\"schema\"");
    if (key == std::string::npos) return false;
    const auto value = head.find('"', head.find(':', key));
    return value != std::string::npos && head.compare(value, 15, "\"baocao.result/") == 0;
}

class walker {
public:
    explicit walker(std::vector<found>& out) : out_(out) {}

    void walk(const fs::path& dir, const std::string& rel_prefix, std::vector<inode_id>& ancestors) {
        std::error_code ec;
        fs::directory_iterator it(dir, fs::directory_options::none, ec);
        if (ec) {
            add_problem(dir, rel_prefix, "cannot list folder: " + ec.message());
            return;
        }
        for (; it != fs::directory_iterator(); it.increment(ec)) {
            const fs::path path = it->path();
            const std::string raw = path.filename().string();
            const std::string rel = rel_prefix.empty() ? raw : rel_prefix + "/" + raw;
            visit(path, raw, rel, ancestors);
        }
        if (ec) add_problem(dir, rel_prefix, "folder listing failed part way: " + ec.message());
    }

private:
    static bool is_maildir(const fs::path& folder) {
        std::error_code ec;
        return fs::is_directory(folder / "cur", ec) && fs::is_directory(folder / "new", ec);
    }

    /// The ledger `baocao fetch` keeps in its archive (and SQLite's journal beside it).
    static bool is_fetch_ledger(const std::string& name) { return name.rfind(".baocao-ledger.sqlite", 0) == 0; }

    void visit(const fs::path& path, const std::string& raw, const std::string& rel,
               std::vector<inode_id>& ancestors) {
        struct stat lst {};
        if (::lstat(path.c_str(), &lst) != 0) {
            add_problem(path, rel, "cannot stat: " + errno_text(errno));
            return;
        }
        struct stat st = lst;
        if (S_ISLNK(lst.st_mode) && ::stat(path.c_str(), &st) != 0) {
            add_problem(path, rel, "broken symbolic link: " + errno_text(errno));
            return;
        }
        if (S_ISDIR(st.st_mode)) {
            // A Maildir's tmp/ holds messages still being delivered: never complete, never read.
            if (raw == "tmp" && is_maildir(path.parent_path())) {
                list_unread(path, rel, error_code::maildir_delivery);
                return;
            }
            const inode_id id{st.st_dev, st.st_ino};
            if (std::find(ancestors.begin(), ancestors.end(), id) != ancestors.end()) {
                add_problem(path, rel, "symbolic link loops back to a folder above it; not followed");
                return;
            }
            if (is_baocao_output(path)) {
                add_problem(path, rel, "a baocao output folder (its result.json is baocao.result): never read as input",
                            error_code::unsupported_format);
                return;
            }
            ancestors.push_back(id);
            walk(path, rel, ancestors);
            ancestors.pop_back();
            return;
        }
        if (!S_ISREG(st.st_mode)) {
            add_problem(path, rel, "not a regular file (fifo, socket or device)");
            return;
        }
        if (const auto reason = os_junk_reason(raw)) {
            add_skipped(rel, *reason);
            return;
        }
        if (is_fetch_ledger(raw)) {
            add_skipped(rel, error_code::fetch_ledger);
            return;
        }
        // Whether the file can be read is learnt by reading it: the core reads
        // every input it is given and rejects one it cannot read as
        // unreadable, with the reason (ACLs, root squash, a file gone since).
        // Opening each file here as well cost a second open per report.
        found f{display_name(rel), {}, {}, error_code::unreadable, true};
        if (f.rel != rel) f.raw_rel = rel;
        out_.push_back(std::move(f));
    }

    /// A file left unread on purpose: listed, with the reason, among the skipped.
    void add_skipped(const std::string& rel, error_code reason) {
        out_.push_back(found{display_name(rel), {}, "left unread on purpose", reason, false});
    }

    /// The files of a folder that is never read, each listed as skipped.
    void list_unread(const fs::path& dir, const std::string& rel_prefix, error_code reason) {
        std::error_code ec;
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
            add_skipped(rel_prefix + "/" + it->path().filename().string(), reason);
    }

    void add_problem(const fs::path& path, const std::string& rel, std::string message,
                     error_code code = error_code::unreadable) {
        out_.push_back(found{display_name(rel.empty() ? path.filename().string() : rel), {}, std::move(message), code,
                             false});
    }

    std::vector<found>& out_;
};

std::string folder_prefix(const item& it) {
    std::string base = it.source.empty() ? it.path.generic_string() : it.source;
    while (base.size() > 1 && base.back() == '/') base.pop_back();
    return base;
}

}  // namespace

probe_score fs_source::probe(const item& it, std::string_view) const {
    if (it.in_memory() || it.path.empty()) return probe_scale::none;
    std::error_code ec;
    return fs::is_directory(it.path, ec) ? probe_scale::certain : probe_scale::none;
}

void fs_source::expand(const item& it, const context&, const item_sink& emit,
                       const std::function<void(const std::string&, error_code, const std::string&)>& reject) const {
    struct stat st {};
    if (it.in_memory() || ::stat(it.path.c_str(), &st) != 0)
        throw rejection_error(error_code::unreadable, "cannot open folder: " + errno_text(errno));
    if (!S_ISDIR(st.st_mode)) throw rejection_error(error_code::unreadable, "not a folder");
    if (is_baocao_output(it.path))
        throw rejection_error(error_code::unsupported_format,
                              "a baocao output folder (its result.json is baocao.result): never read as input");
    {
        std::error_code ec;
        fs::directory_iterator probe_it(it.path, ec);
        if (ec) throw rejection_error(error_code::unreadable, "cannot list folder: " + ec.message());
    }

    std::vector<found> entries;
    std::vector<inode_id> ancestors{{st.st_dev, st.st_ino}};
    walker(entries).walk(it.path, "", ancestors);
    std::stable_sort(entries.begin(), entries.end(),
                     [](const found& a, const found& b) { return a.rel < b.rel; });

    const std::string prefix = folder_prefix(it);
    // Two names on disk can differ only in bytes that repair or NFC merge
    // ("á" precomposed and decomposed): each still gets its own provenance.
    // In name order, names that clash stand side by side; most folders have
    // none, and then no name need be remembered while the files are read.
    const bool clashes = std::adjacent_find(entries.begin(), entries.end(), [](const found& a, const found& b) {
                             return a.rel == b.rel;
                         }) != entries.end();
    unique_names names;
    for (auto& e : entries) {
        // Each entry's strings go with it: the list is not kept while the files are read.
        found taken = std::move(e);
        if (clashes) taken.rel = names.take(taken.rel);
        if (!taken.readable) {
            reject(taken.rel, taken.code, taken.problem);
            continue;
        }
        item child;
        child.path = it.path / (taken.raw_rel.empty() ? taken.rel : taken.raw_rel);
        child.source = prefix + "/" + taken.rel;
        child.name = std::move(taken.rel);
        child.env = it.env;
        child.depth = it.depth + 1;
        emit(std::move(child));
    }
}

}  // namespace baocao::plugins
