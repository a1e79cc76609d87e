// SHA-256 digests of raw bytes (content identity of input files).

#include "baocao/sdk/text.hpp"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>

namespace baocao::text {

std::string sha256_hex(std::string_view bytes) {
    Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
    engine.update(bytes.data(), static_cast<unsigned>(bytes.size()));
    return Poco::DigestEngine::digestToHex(engine.digest());
}

}  // namespace baocao::text
