// SPDX-License-Identifier: Apache-2.0
#include "gmime_support.hpp"

#include <mutex>

namespace baocao::plugins {

void ensure_gmime() {
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

parser_options_ptr make_parser_options() {
    ensure_gmime();
    parser_options_ptr opts(g_mime_parser_options_new());
    g_mime_parser_options_set_rfc2047_compliance_mode(opts.get(), GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_parameter_compliance_mode(opts.get(), GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_address_compliance_mode(opts.get(), GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_allow_addresses_without_domain(opts.get(), TRUE);
    // Vietnamese Outlook and old webmail put unencoded windows-1258 bytes in
    // headers; UTF-8 is tried first because it is never valid by accident.
    static const char* fallback[] = {"UTF-8", "windows-1258", nullptr};
    g_mime_parser_options_set_fallback_charsets(opts.get(), fallback);
    return opts;
}

std::string stream_bytes(GMimeStream* mem_stream) {
    GByteArray* arr = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem_stream));
    if (!arr || !arr->data) return {};
    return std::string(reinterpret_cast<const char*>(arr->data), arr->len);
}

}  // namespace baocao::plugins
