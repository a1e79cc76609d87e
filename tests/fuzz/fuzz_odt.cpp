// SPDX-License-Identifier: Apache-2.0
// Fuzzes the .odt reader: any bytes are read or rejected with a code, never a
// crash, hang or unbounded memory. Input that starts as a zip is the package
// (zip layer, media type, parts); any other input is content.xml, stored in a
// package made here, so that mutations reach the styles, lists, tables and
// notes without first having to survive deflate and CRC checks.
#include "fuzz_support.hpp"

#include <zip.h>

#include <cstdio>
#include <string>
#include <string_view>

namespace {

/// A package of "mimetype" and `content` as content.xml, both stored; "" if libzip fails.
std::string package_of(std::string_view content) {
    static const std::string media_type = "application/vnd.oasis.opendocument.text";
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer) return {};
    zip_source_keep(buffer);
    zip_t* za = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    std::string out;
    if (za) {
        bool ok = true;
        for (const auto& [name, bytes] : {std::pair<const char*, std::string_view>{"mimetype", media_type}, {"content.xml", content}}) {
            zip_source_t* part = zip_source_buffer(za, bytes.data(), bytes.size(), 0);
            const zip_int64_t index = part ? zip_file_add(za, name, part, ZIP_FL_OVERWRITE) : -1;
            if (index < 0) {
                if (part) zip_source_free(part);
                ok = false;
                break;
            }
            zip_set_file_compression(za, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
        }
        if (ok && zip_close(za) == 0 && zip_source_open(buffer) == 0) {
            zip_source_seek(buffer, 0, SEEK_END);
            const zip_int64_t size = zip_source_tell(buffer);
            zip_source_seek(buffer, 0, SEEK_SET);
            if (size > 0) {
                out.resize(static_cast<std::size_t>(size));
                if (zip_source_read(buffer, out.data(), static_cast<zip_uint64_t>(size)) != size) out.clear();
            }
            zip_source_close(buffer);
        } else if (!ok) {
            zip_discard(za);
        }
    }
    zip_source_free(buffer);
    zip_error_fini(&error);
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto& h = baocao::fuzz::shared_harness();
    static const auto& parser = h.stage_of(h.registry.parsers(), "parse-odt");
    static const auto ctx = h.context("parse-odt");
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    std::string package;
    if (!input.starts_with("PK")) {
        package = package_of(input);
        if (package.empty()) return 0;
        data = reinterpret_cast<const std::uint8_t*>(package.data());
        size = package.size();
    }
    const auto it = baocao::fuzz::bytes_item(data, size, "input.odt");
    try {
        if (parser.probe(it, it.head(4096)) > 0) (void)parser.parse(it, ctx);
    } catch (const baocao::rejection_error&) {
    }
    return 0;
}
