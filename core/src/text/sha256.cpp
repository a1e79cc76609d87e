// SHA-256 digests of raw bytes (content identity of input files). OpenSSL's
// implementation uses the CPU's SHA extensions where there are any: hashing
// every input is on the per-report path.

#include "baocao/sdk/text.hpp"

#include <openssl/evp.h>

#include <stdexcept>

namespace baocao::text {

std::string sha256_hex(std::string_view bytes) {
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), md, &len, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("SHA-256 failed");
    static constexpr char hex[] = "0123456789abcdef";
    std::string out(2 * len, '0');
    for (unsigned int i = 0; i < len; ++i) {
        out[2 * i] = hex[md[i] >> 4];
        out[2 * i + 1] = hex[md[i] & 0x0F];
    }
    return out;
}

}  // namespace baocao::text
