// SPDX-License-Identifier: Apache-2.0
// Loading plugin libraries. Poco's SharedLibrary opens the file; every check
// after that is ours, each with its own message, because a user facing a
// refused plugin needs to know which of them failed.
#include <baocao/engine/plugin_loader.hpp>

#include <Poco/Exception.h>
#include <Poco/SharedLibrary.h>

#include <algorithm>
#include <cstdlib>
#include <stdexcept>
#include <unistd.h>

namespace baocao::engine {

struct plugin_loader::impl {
    // Libraries stay loaded for the loader's life: stages point into them.
    std::vector<std::unique_ptr<Poco::SharedLibrary>> libraries;
};

plugin_loader::plugin_loader() : impl_(std::make_unique<impl>()) {}
plugin_loader::~plugin_loader() = default;

void plugin_loader::load(const std::filesystem::path& library, stage_registry& reg) {
    const std::string path = library.string();
    std::error_code ec;
    if (!std::filesystem::is_regular_file(library, ec))
        throw std::runtime_error(path + ": no such plugin file");
    auto lib = std::make_unique<Poco::SharedLibrary>();
    try {
        lib->load(path);
    } catch (const Poco::Exception& e) {
        // The dynamic loader's own text names the missing dependency or symbol.
        throw std::runtime_error(path + ": the library does not load: " + e.message());
    }
    if (!lib->hasSymbol(BAOCAO_PLUGIN_ENTRY_SYMBOL))
        throw std::runtime_error(path + ": not a baocao plugin: it has no entry point '" BAOCAO_PLUGIN_ENTRY_SYMBOL "'");
    auto entry = reinterpret_cast<baocao_plugin_entry_fn>(lib->getSymbol(BAOCAO_PLUGIN_ENTRY_SYMBOL));
    const baocao_plugin_info* info = nullptr;
    try {
        info = entry();
    } catch (const std::exception& e) {
        throw std::runtime_error(path + ": the plugin's entry point failed: " + e.what());
    }
    if (!info) throw std::runtime_error(path + ": the plugin's entry point returned nothing");
    // add_plugin's refusals name the library already.
    reg.add_plugin(*info, path);
    impl_->libraries.push_back(std::move(lib));
}

std::vector<load_failure> plugin_loader::load_all(const std::vector<std::filesystem::path>& folders,
                                                  stage_registry& reg) {
    std::vector<load_failure> failures;
    std::vector<std::filesystem::path> seen_folders;
    for (const auto& folder : folders) {
        std::error_code ec;
        auto canonical = std::filesystem::weakly_canonical(folder, ec);
        if (ec) canonical = folder;
        if (std::find(seen_folders.begin(), seen_folders.end(), canonical) != seen_folders.end()) continue;
        seen_folders.push_back(canonical);
        if (!std::filesystem::is_directory(folder, ec)) continue;
        std::vector<std::filesystem::path> files;
        for (const auto& entry : std::filesystem::directory_iterator(folder, ec))
            if (entry.path().extension() == ".so") files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        for (const auto& file : files) {
            try {
                load(file, reg);
            } catch (const std::exception& e) {
                failures.push_back({file.string(), e.what()});
            }
        }
    }
    return failures;
}

std::vector<std::filesystem::path> plugin_loader::default_search_path() {
    std::vector<std::filesystem::path> out;
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        // Not the binary's own folder: installed, that is /usr/bin, where
        // ld.so and other libraries that are no plugins live.
        const auto dir = exe.parent_path();
        out.push_back(dir / "plugins");
        out.push_back(dir.parent_path() / BAOCAO_INSTALL_LIBDIR / "baocao" / "plugins");
        out.push_back(dir.parent_path() / "lib" / "baocao" / "plugins");
        out.push_back(dir.parent_path() / "lib64" / "baocao" / "plugins");
    }
    if (const char* env = std::getenv("BAOCAO_PLUGIN_PATH")) {
        std::string s = env;
        std::size_t start = 0;
        while (start <= s.size()) {
            const auto colon = s.find(':', start);
            const auto part = s.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
            if (!part.empty()) out.emplace_back(part);
            if (colon == std::string::npos) break;
            start = colon + 1;
        }
    }
    return out;
}

}  // namespace baocao::engine
