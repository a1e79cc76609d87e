// SPDX-License-Identifier: Apache-2.0
#pragma once
// GMime set-up and ownership helpers.

#include <gmime/gmime.h>

#include <memory>
#include <string>

namespace baocao::plugins {

/// Initializes GMime once per process; safe to call from any thread.
void ensure_gmime();

/// Releases a GObject reference.
struct gobject_unref {
    void operator()(void* p) const {
        if (p) g_object_unref(p);
    }
};
/// Owns one reference to a GObject-derived T.
template <typename T>
using gobject_ptr = std::unique_ptr<T, gobject_unref>;

/// Frees a g_malloc'ed string.
struct gfree {
    void operator()(void* p) const { g_free(p); }
};
/// Owns a g_malloc'ed C string.
using gchar_ptr = std::unique_ptr<char, gfree>;

/// Frees parser options.
struct parser_options_free {
    void operator()(GMimeParserOptions* p) const {
        if (p) g_mime_parser_options_free(p);
    }
};
/// Parser options for real-world mail: loose RFC 2047 / parameter / address
/// parsing, raw 8-bit header text read as UTF-8 else windows-1258.
using parser_options_ptr = std::unique_ptr<GMimeParserOptions, parser_options_free>;
/// Makes the options every message is parsed with.
parser_options_ptr make_parser_options();

/// The bytes of a memory stream.
std::string stream_bytes(GMimeStream* mem_stream);

/// `s` or "" when null.
inline std::string or_empty(const char* s) { return s ? std::string(s) : std::string(); }

}  // namespace baocao::plugins
