// SPDX-License-Identifier: Apache-2.0
#include "zip_source.hpp"

#include "archive_entry_names.hpp"
#include "child_item.hpp"
#include "unique_names.hpp"
#include "zip_archive.hpp"
#include "zip_names.hpp"

#include <baocao/sdk/error.hpp>

#include <zip_head.hpp>

#include <zip.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <vector>

namespace baocao::plugins {

namespace {

// Below this size a high ratio is harmless (a page of spaces compresses
// 1000:1); above it the ratio limit applies.
constexpr std::uint64_t ratio_floor_bytes = 1ull << 20;

bool has_zip_magic(std::string_view head) {
    return head.size() >= 4 && head[0] == 'P' && head[1] == 'K' &&
           ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6) || (head[2] == 7 && head[3] == 8));
}

bool is_office_extension(const std::string& ext) {
    static const std::array<const char*, 14> office{"docx", "docm", "dotx", "dotm", "xlsx", "xlsm", "pptx",
                                                    "pptm", "odt",  "ods",  "odp",  "ott",  "epub", "vsdx"};
    return std::any_of(office.begin(), office.end(), [&](const char* e) { return ext == e; });
}

// An OPC package ([Content_Types].xml) or an ODF/EPUB one (mimetype) is a document.
bool is_package(const zip_archive& za) {
    return za.has_entry("[Content_Types].xml") || za.has_entry("mimetype");
}

struct entry_ref {
    std::string name;
    zip_uint64_t index;
    std::optional<error_code> skip;   ///< why the entry is left unread, when it is junk
};

using reject_fn = std::function<void(const std::string&, error_code, const std::string&)>;

/// Reads one entry whole; false (after rejecting it) when it cannot be read.
bool read_entry(zip* za, zip_uint64_t index, std::uint64_t size, std::string& out,
                const std::string& name, const reject_fn& reject) {
    zip_file_t* zf = zip_fopen_index(za, index, 0);
    if (!zf) {
        const int code = zip_error_code_zip(zip_get_error(za));
        const std::string why = zip_error_strerror(zip_get_error(za));
        zip_error_clear(za);
        if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP)
            reject(name, error_code::encrypted, "the entry is encrypted: " + why);
        else if (code == ZIP_ER_COMPNOTSUPP)
            reject(name, error_code::unsupported_format, "unsupported compression method: " + why);
        else
            reject(name, error_code::corrupt_zip, "cannot open the entry: " + why);
        return false;
    }
    out.clear();
    out.reserve(static_cast<std::size_t>(size));
    std::array<char, 1 << 16> buf;
    bool ok = true;
    for (;;) {
        const zip_int64_t n = zip_fread(zf, buf.data(), buf.size());
        if (n < 0) {
            ok = false;
            break;
        }
        if (n == 0) break;
        out.append(buf.data(), static_cast<std::size_t>(n));
        if (out.size() > size) break;  // libzip stops at the declared size; belt and braces
    }
    std::string why;
    if (!ok) why = zip_error_strerror(zip_file_get_error(zf));
    zip_fclose(zf);
    if (!ok) {
        reject(name, error_code::corrupt_zip, "damaged entry data: " + why);
        return false;
    }
    if (out.size() != size) {
        reject(name, error_code::corrupt_zip,
               "entry inflates to " + std::to_string(out.size()) + " bytes, the directory says " +
                   std::to_string(size));
        return false;
    }
    return true;
}

}  // namespace

probe_score zip_source::probe(const item& it, std::string_view head) const {
    if (!has_zip_magic(head)) return probe_scale::none;
    const std::string ext = it.extension();
    if (is_office_extension(ext)) return probe_scale::none;
    const std::string_view first = plugins::first_local_name(head);
    if (first == "[Content_Types].xml" || first == "mimetype") return probe_scale::none;
    try {
        zip_archive za(it);
        if (is_package(za)) return probe_scale::none;
    } catch (const rejection_error&) {
        return ext == "zip" ? probe_scale::damaged : probe_scale::none;
    }
    return ext == "zip" ? probe_scale::content : probe_scale::content_weak;
}

void zip_source::expand(const item& it, const context& ctx, const item_sink& emit, const reject_fn& reject) const {
    const limits& lim = ctx.limits();
    if (!it.in_memory() && it.size() > lim.max_input_bytes)
        throw rejection_error(error_code::too_large, "the archive is larger than max_input_bytes (" +
                                                         std::to_string(lim.max_input_bytes) + ")");
    zip_archive za(it);
    const unsigned long long count = za.size();
    if (count > lim.max_zip_entries)
        throw rejection_error(error_code::zip_bomb, "the archive has " + std::to_string(count) +
                                                        " entries, more than max_zip_entries (" +
                                                        std::to_string(lim.max_zip_entries) + ")");

    std::string legacy = "ibm-437";
    if (auto s = ctx.settings(); s && s->has("legacy_name_charset"))
        legacy = s->getValue<std::string>("legacy_name_charset");

    std::vector<entry_ref> entries;
    for (zip_uint64_t i = 0; i < count; ++i) {
        const char* raw = zip_get_name(za.get(), i, ZIP_FL_ENC_RAW);
        if (!raw) continue;
        if (is_folder_entry(raw)) continue;
        std::string name = clean_entry_name(decode_entry_name(za.get(), i, legacy));
        if (name.empty()) name = "entry-" + std::to_string(i + 1);
        auto skip = junk_entry_reason(name);
        entries.push_back(entry_ref{std::move(name), i, skip});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const entry_ref& a, const entry_ref& b) { return a.name < b.name; });

    unique_names names;
    std::uint64_t total = 0;
    std::string data;
    for (const auto& e : entries) {
        const std::string name = names.take(e.name);
        if (e.skip) {
            reject(name, *e.skip, "left unread on purpose");
            continue;
        }
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(za.get(), e.index, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
            reject(name, error_code::corrupt_zip, "the directory entry is unreadable");
            continue;
        }
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
            reject(name, error_code::encrypted, "the entry is password-protected");
            continue;
        }
        if (st.size > lim.max_input_bytes) {
            reject(name, error_code::too_large, "the entry inflates to " + std::to_string(st.size) +
                                                    " bytes, more than max_input_bytes");
            continue;
        }
        const std::uint64_t comp = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
        if (st.size > ratio_floor_bytes && st.size > comp * lim.max_compression_ratio) {
            reject(name, error_code::zip_bomb,
                   "the entry inflates " + std::to_string(comp ? st.size / comp : st.size) +
                       " times its compressed size, more than max_compression_ratio (" +
                       std::to_string(lim.max_compression_ratio) + ")");
            continue;
        }
        if (total + st.size > lim.max_total_inflated) {
            reject(name, error_code::zip_bomb, "the archive inflates past max_total_inflated (" +
                                                   std::to_string(lim.max_total_inflated) + " bytes)");
            continue;
        }
        if (!read_entry(za.get(), e.index, st.size, data, name, reject)) continue;
        total += data.size();

        emit(in_memory_child(it, name, std::move(data)));
        data = std::string{};
    }
}

}  // namespace baocao::plugins
