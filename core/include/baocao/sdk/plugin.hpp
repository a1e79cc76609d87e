// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The plugin entry point. A plugin is a shared library exporting one C
/// function, `baocao_plugin_entry`, returning a `baocao_plugin_info`. Write it
/// with BAOCAO_PLUGIN; the same macro gives a static accessor so tests can
/// link a plugin directly.

#include <baocao/sdk/stages.hpp>

#include <cstdint>
#include <memory>

/// Raised whenever the layout of the SDK types or the entry struct changes;
/// the loader refuses a plugin built against another version.
#define BAOCAO_API_VERSION 8u

namespace baocao {

/// Where a plugin adds its stages.
class registry {
public:
    virtual ~registry() = default;
    virtual void add_source(std::shared_ptr<source> s) = 0;
    virtual void add_parser(std::shared_ptr<parser> p) = 0;
    virtual void add_extractor(std::shared_ptr<extractor> e) = 0;
    virtual void add_checker(std::shared_ptr<checker> c) = 0;
    virtual void add_emitter(std::shared_ptr<emitter> e) = 0;
    virtual void add_composer(std::shared_ptr<composer> c) = 0;
};

}  // namespace baocao

extern "C" {
/// What a plugin's entry point returns. Plain C layout; padding reserved for growth.
struct baocao_plugin_info {
    std::uint32_t api_version;
    const char* name;            ///< kebab-case id, unique ("parse-docx")
    const char* version;         ///< the plugin's own version ("1.0.0")
    const char* description;     ///< one line
    void (*register_stages)(baocao::registry&);
    void* reserved[8];
};
typedef const baocao_plugin_info* (*baocao_plugin_entry_fn)();
}

#define BAOCAO_PLUGIN_ENTRY_SYMBOL "baocao_plugin_entry"

#if defined(BAOCAO_PLUGIN_MODULE)
#define BAOCAO_PLUGIN_EXPORT_ENTRY(ident)                                              \
    extern "C" __attribute__((visibility("default"))) const baocao_plugin_info*       \
    baocao_plugin_entry() { return baocao_plugin_info_##ident(); }
#else
#define BAOCAO_PLUGIN_EXPORT_ENTRY(ident)
#endif

/// Declares a plugin: `ident` is a C identifier (parse_docx), `name` its id.
/// Defines `baocao_plugin_info_<ident>()` always, and the C entry point when
/// built as a module (BAOCAO_PLUGIN_MODULE, set by baocao_add_plugin).
#define BAOCAO_PLUGIN(ident, name, version, description, register_fn)                  \
    const baocao_plugin_info* baocao_plugin_info_##ident() {                            \
        static const baocao_plugin_info info{BAOCAO_API_VERSION, name, version,        \
                                             description, register_fn, {}};            \
        return &info;                                                                  \
    }                                                                                  \
    BAOCAO_PLUGIN_EXPORT_ENTRY(ident)

/// Declares the static accessor of a plugin linked into a test or the host.
#define BAOCAO_DECLARE_PLUGIN(ident) const baocao_plugin_info* baocao_plugin_info_##ident()
