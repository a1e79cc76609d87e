// SPDX-License-Identifier: Apache-2.0
#include "archive_source.hpp"

#include "archive_budget.hpp"
#include "archive_entry_names.hpp"
#include "archive_kinds.hpp"
#include "archive_reader.hpp"
#include "child_item.hpp"
#include "rar_blocks.hpp"
#include "unique_names.hpp"

#include <baocao/sdk/error.hpp>
#include <baocao/sdk/file_open.hpp>
#include <baocao/sdk/text.hpp>

#include <algorithm>
#include <optional>
#include <set>

#include <unistd.h>

namespace baocao::plugins {

namespace {

std::string name_of_item(const item& it) {
    const std::string& n = it.name;
    const auto slash = n.find_last_of('/');
    return slash == std::string::npos ? n : n.substr(slash + 1);
}

/// Reads the item's bytes at any offset: from memory, or from the file with pread.
archive_bytes_at bytes_of(const item& it) {
    if (it.in_memory())
        return [bytes = it.bytes](std::uint64_t offset, std::size_t n) {
            return offset < bytes->size() ? bytes->substr(static_cast<std::size_t>(offset), n) : std::string();
        };
    auto file = std::make_shared<file_handle>(open_regular_file(it.path));
    return [file](std::uint64_t offset, std::size_t n) {
        std::string out(n, '\0');
        const ssize_t got = ::pread(file->fd(), out.data(), out.size(), static_cast<off_t>(offset));
        out.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
        return out;
    };
}

std::string decoded_name(const archive_entry_header& h, const std::string& legacy_charset) {
    if (h.name_is_utf8 || text::is_valid_utf8(h.raw_name) || legacy_charset.empty()) return h.raw_name;
    return decode_legacy_name(h.raw_name, legacy_charset);
}

/// Reads the archive and emits its files; throws when the archive must stop.
void read_archive(archive_reader& reader, const item& it, const std::string& legacy_charset,
                  const std::set<std::string>& encrypted, archive_budget& budget, const item_sink& emit,
                  const child_rejecter& reject, bool& read_a_header) {
    unique_names names;
    std::string data;
    archive_entry_header h;
    std::string last_read;   // the last entry handled, for messages that stop the archive
    auto stop = [&](error_code code, const std::string& why) {
        throw rejection_error(code, why + (last_read.empty() ? std::string("; no file of it was read")
                                                             : "; the files after \"" + last_read + "\" are left unread"));
    };
    bool passed_a_password = false;
    // A solid archive is one stream: past a protected file its reader fails,
    // and the files after it are behind the same password.
    const auto next_header = [&] {
        try {
            return reader.next(h);
        } catch (const rejection_error& e) {
            if (!passed_a_password || (e.code() != error_code::corrupt_zip && e.code() != error_code::unsupported_format)) throw;
            stop(error_code::encrypted, std::string("the archive cannot be read past its password-protected files (") +
                                            e.what() + ")");
        }
        return false;
    };
    // One entry, emitted or rejected; throws when the archive must stop there.
    const auto handle = [&](const std::string& name) {
        if (!h.is_file) return reject(name, error_code::unsupported_format, "a link or special file in the archive, not a file");
        if (const auto junk = junk_entry_reason(name)) return reject(name, *junk, "left unread on purpose");
        if (h.encrypted || encrypted.count(h.raw_name) != 0) {
            passed_a_password = true;
            return reject(name, error_code::encrypted, "the file is password-protected");
        }
        const std::uint64_t room = budget.room();
        if (h.declared_size >= 0 && static_cast<std::uint64_t>(h.declared_size) > room) {
            const auto [code, why] = budget.why_full("\"" + name + "\" (" + std::to_string(h.declared_size) + " bytes)");
            stop(code, why);
        }
        bool fits = false;
        try {
            fits = reader.read_data(data, room);
        } catch (const rejection_error& e) {
            return reject(name, e.code(), e.what());
        }
        if (!fits) {
            const auto [code, why] = budget.why_full("\"" + name + "\"");
            stop(code, why);
        }
        budget.add(data.size());
        emit(in_memory_child(it, name, std::move(data)));
        data = std::string{};
    };
    for (std::size_t index = 1; next_header(); ++index) {
        read_a_header = true;
        if (auto too_many = budget.count_entry()) stop(error_code::zip_bomb, *too_many);
        if (h.is_folder || is_folder_entry(h.raw_name)) continue;
        std::string clean = clean_entry_name(decoded_name(h, legacy_charset));
        if (clean.empty()) clean = "entry-" + std::to_string(index);
        const std::string name = names.take(clean);
        handle(name);
        last_read = name;
    }
}

}  // namespace

probe_score archive_source::probe(const item& it, std::string_view head) const {
    const archive_kind kind = archive_kind_of(head);
    if (kind == archive_kind::none) return probe_scale::none;
    return extension_names(kind, it.extension()) ? probe_scale::content_and_name : probe_scale::content;
}

void archive_source::expand(const item& it, const context& ctx, const item_sink& emit, const child_rejecter& reject) const {
    const limits& lim = ctx.limits();
    const std::uint64_t size = it.size();
    if (size > lim.max_input_bytes)
        throw rejection_error(error_code::too_large, "the archive is larger than max_input_bytes (" +
                                                         std::to_string(lim.max_input_bytes) + ")");
    std::string legacy = "windows-1258";
    if (auto s = ctx.settings(); s && s->has("legacy_name_charset")) legacy = s->getValue<std::string>("legacy_name_charset");

    const std::string head = it.head(512);
    const archive_kind kind = archive_kind_of(head);
    if (kind == archive_kind::rar && rar_head_is_volume(head))
        throw rejection_error(error_code::unsupported_format,
                              "one volume of a multi-volume RAR set (.part1.rar, .part2.rar …): its files are split "
                              "across the volumes; ask the unit to send them in one archive");
    archive_budget budget(lim, size);
    bool read_a_header = false;
    try {
        archive_reader reader(it, false);
        // What libarchive does not say of a RAR is read from its own blocks, through one reader.
        const archive_bytes_at rar_bytes = kind == archive_kind::rar ? bytes_of(it) : archive_bytes_at{};
        const std::set<std::string> encrypted = rar_bytes ? rar5_encrypted_files(rar_bytes, size) : std::set<std::string>{};
        read_archive(reader, it, legacy, encrypted, budget, emit, reject, read_a_header);
        if (rar_bytes && !rar_tail_has_end_block(rar_bytes(size > 32 ? size - 32 : 0, 32)))
            throw rejection_error(error_code::corrupt_zip,
                                  "the RAR archive is cut short (it lacks its end-of-archive block): files after the "
                                  "last one read may be missing");
        // A compressed stream that holds no archive is one compressed file
        // (zeros read as an empty tar: then it is the file of zeros).
        if (kind != archive_kind::compressed || read_a_header) return;
    } catch (const rejection_error& e) {
        if (kind != archive_kind::compressed || read_a_header || e.code() != error_code::corrupt_zip) throw;
    }
    archive_reader reader(it, true);
    archive_entry_header h;
    if (!reader.next(h)) throw rejection_error(error_code::corrupt_zip, "the compressed file is empty or damaged");
    std::string data;
    if (!reader.read_data(data, budget.room())) {
        const auto [code, why] = budget.why_full("the compressed file");
        throw rejection_error(code, why);
    }
    emit(in_memory_child(it, uncompressed_name(name_of_item(it)), std::move(data)));
}

}  // namespace baocao::plugins
