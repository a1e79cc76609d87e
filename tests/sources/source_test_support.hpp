// SPDX-License-Identifier: Apache-2.0
#pragma once
// A minimal run context and a recorder of what a source hands back.

#include "test_paths.hpp"

#include <baocao/engine/run_context.hpp>
#include <baocao/sdk/plugin.hpp>
#include <baocao/sdk/stages.hpp>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace baocao::testing {

/// One rejection a source reported for a child.
struct rejected_child {
    std::string name;
    error_code code;
    std::string message;
};

/// Everything one expand call produced.
struct expansion {
    std::vector<item> items;
    std::vector<rejected_child> rejected;

    std::vector<std::string> names() const {
        std::vector<std::string> out;
        for (const auto& it : items) out.push_back(it.name);
        return out;
    }
    const item& named(const std::string& name) const {
        for (const auto& it : items)
            if (it.name == name) return it;
        throw std::runtime_error("no child named " + name);
    }
};

/// A run state with default limits, Vietnam's offset and a fixed clock.
struct source_fixture {
    std::shared_ptr<engine::run_state> state = std::make_shared<engine::run_state>();

    source_fixture() {
        state->now = 1381017600;  // 2013-10-06
        state->quiet = true;
    }
    /// A context for plugin `name`; built after the state is set up.
    engine::run_context context(const std::string& name) const { return engine::run_context(state, name); }

    /// Expands `it` with `src`, recording children and rejections.
    expansion expand(const source& src, const item& it) const {
        expansion out;
        const auto ctx = context(src.name());
        src.expand(
            it, ctx, [&](item child) { out.items.push_back(std::move(child)); },
            [&](const std::string& n, error_code c, const std::string& m) { out.rejected.push_back({n, c, m}); });
        return out;
    }
};

/// The whole content of a file.
inline std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// An input file as the command line gives it.
inline item file_item(const std::filesystem::path& p, const std::string& source = {}) {
    item it;
    it.path = p;
    it.name = p.filename().string();
    it.source = source.empty() ? p.generic_string() : source;
    return it;
}

/// An in-memory child as a container hands it back.
inline item memory_item(const std::string& name, std::string bytes, envelope env = {}) {
    item it;
    it.name = name;
    it.source = "test#" + name;
    it.bytes = std::make_shared<const std::string>(std::move(bytes));
    it.env = std::move(env);
    it.depth = 1;
    return it;
}

/// The head the core passes to probe.
inline std::string head_of(const item& it) { return it.head(4096); }

/// Data folder of this area.
inline std::filesystem::path sources_data() { return data_dir() / "sources"; }

/// Writes bytes to a file, creating folders.
inline void write_file(const std::filesystem::path& p, std::string_view bytes) {
    std::filesystem::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

/// Collects the stages a plugin registers.
struct recording_registry : registry {
    std::vector<std::shared_ptr<source>> sources;
    void add_source(std::shared_ptr<source> s) override { sources.push_back(std::move(s)); }
    void add_parser(std::shared_ptr<parser>) override {}
    void add_extractor(std::shared_ptr<extractor>) override {}
    void add_checker(std::shared_ptr<checker>) override {}
    void add_emitter(std::shared_ptr<emitter>) override {}
    void add_composer(std::shared_ptr<composer>) override {}
};

}  // namespace baocao::testing
