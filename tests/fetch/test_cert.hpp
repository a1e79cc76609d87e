// SPDX-License-Identifier: Apache-2.0
#pragma once
// A self-signed certificate for the test server, made with OpenSSL's library.

#include <filesystem>
#include <string>

namespace baocao::testing {

/// Writes a fresh key (`key_file`) and a self-signed certificate
/// (`cert_file`) for `dns_name`, valid for a day, both PEM.
void make_self_signed_certificate(const std::filesystem::path& cert_file, const std::filesystem::path& key_file,
                                  const std::string& dns_name);

}  // namespace baocao::testing
