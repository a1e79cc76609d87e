// SPDX-License-Identifier: Apache-2.0
// Versions are asked of the libraries at run time: a report about a bug
// must name the libxml2 or GMime actually loaded, which a distribution
// update may have changed since the build.
#include "version_text.hpp"

#include <baocao/sdk/plugin.hpp>

#include <Poco/Environment.h>
#include <gmime/gmime.h>
#include <libxml/xmlversion.h>
#include <libxml/parser.h>
#include <unicode/uversion.h>
#include <zip.h>

#include <cstdlib>

extern const char* const baocao_build_commit;

namespace baocao::cli {

namespace {

std::string libxml2_version() {
    // xmlParserVersion is "20914" for 2.9.14.
    const long v = std::strtol(xmlParserVersion, nullptr, 10);
    return std::to_string(v / 10000) + "." + std::to_string(v / 100 % 100) + "." + std::to_string(v % 100);
}

std::string poco_version() {
    // 0xAABBCCDD: major, minor, revision, pre-release.
    const Poco::UInt32 v = Poco::Environment::libraryVersion();
    return std::to_string(v >> 24) + "." + std::to_string((v >> 16) & 0xFF) + "." + std::to_string((v >> 8) & 0xFF);
}

std::string icu_version() {
    UVersionInfo info;
    u_getVersion(info);
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(info, text);
    return text;
}

std::string gmime_version() {
    return std::to_string(gmime_major_version) + "." + std::to_string(gmime_minor_version) + "." +
           std::to_string(gmime_micro_version);
}

}  // namespace

std::string version_text() {
    return std::string("baocao ") + BAOCAO_VERSION + "\n" +
           "commit " + baocao_build_commit + "\n" +
           "plugin API " + std::to_string(BAOCAO_API_VERSION) + "\n" +
           "libxml2 " + libxml2_version() + "\n" +
           "libzip " + zip_libzip_version() + "\n" +
           "Poco " + poco_version() + "\n" +
           "ICU " + icu_version() + "\n" +
           "GMime " + gmime_version() + "\n";
}

}  // namespace baocao::cli
