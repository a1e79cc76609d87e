// SPDX-License-Identifier: Apache-2.0
// SHA-256 digests of raw bytes (content identity of input files). OpenSSL's
// implementation uses the CPU's SHA extensions where there are any: hashing
// every input is on the per-report path.

#include "baocao/sdk/text.hpp"

#include "baocao/sdk/error.hpp"
#include "baocao/sdk/file_open.hpp"

#include <openssl/evp.h>

#include <cstdio>
#include <memory>
#include <stdexcept>

namespace baocao::text {

namespace {

std::string to_hex(const unsigned char* digest, unsigned int len) {
    static constexpr char hex[] = "0123456789abcdef";
    std::string out(2 * len, '0');
    for (unsigned int i = 0; i < len; ++i) {
        out[2 * i] = hex[digest[i] >> 4];
        out[2 * i + 1] = hex[digest[i] & 0x0F];
    }
    return out;
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), md, &len, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("SHA-256 failed");
    return to_hex(md, len);
}

std::string sha256_hex_of_file(const std::filesystem::path& path) {
    file_handle handle = open_regular_file(path);
    std::FILE* f = ::fdopen(handle.fd(), "rb");
    if (!f) throw rejection_error(error_code::unreadable, "cannot open " + path.string());
    handle.release();
    const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(f, &std::fclose);
    const std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> md(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!md || EVP_DigestInit_ex(md.get(), EVP_sha256(), nullptr) != 1) throw std::runtime_error("SHA-256 failed");
    // Left uninitialized: zeroing 64 KiB per input shows in the profile.
    const std::unique_ptr<char[]> buf(new char[1 << 16]);
    for (;;) {
        const std::size_t n = std::fread(buf.get(), 1, 1 << 16, f);
        if (n > 0) EVP_DigestUpdate(md.get(), buf.get(), n);
        if (n < (1u << 16)) break;
    }
    if (std::ferror(f)) throw rejection_error(error_code::unreadable, "cannot read " + path.string());
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_DigestFinal_ex(md.get(), digest, &len) != 1) throw std::runtime_error("SHA-256 failed");
    return to_hex(digest, len);
}

}  // namespace baocao::text
