// SPDX-License-Identifier: Apache-2.0
#include "bench_support.hpp"

#include <baocao/engine/plan_reader.hpp>

#include <scale_corpus.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <unistd.h>

BAOCAO_DECLARE_PLUGIN(parse_docx);

namespace baocao::bench {

namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + p.string());
    std::ostringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

std::vector<item> load_items() {
    fs::path dir;
    fs::path scratch;
    if (const char* env = std::getenv("BAOCAO_BENCH_CORPUS"); env && *env) {
        dir = env;
    } else {
        // Eight reports cover the heading styles and shapes the generator varies.
        scratch = fs::temp_directory_path() / ("baocao-bench-" + std::to_string(::getpid()));
        fs::create_directories(scratch);
        samplegen::write_flat_corpus(scratch, 2013, 8);
        dir = scratch;
    }
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.is_regular_file() && e.path().extension() == ".docx") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    if (files.size() > 64) files.resize(64);
    std::vector<item> out;
    for (const auto& f : files) {
        item it;
        it.name = f.filename().string();
        it.source = it.name;
        it.bytes = std::make_shared<const std::string>(read_file(f));
        out.push_back(std::move(it));
    }
    if (!scratch.empty()) fs::remove_all(scratch);
    if (out.empty()) throw std::runtime_error("no .docx reports in " + dir.string());
    return out;
}

plan_spec load_plan() {
    std::istringstream in(read_file(fs::path(BAOCAO_SOURCE_DIR) / "tests" / "data" / "plan" / "plan-99-KH-TU.txt"));
    std::vector<std::string> lines;
    for (std::string l; std::getline(in, l);) {
        if (!l.empty() && l.back() == '\r') l.pop_back();
        lines.push_back(l);
    }
    return engine::read_plan_lines(lines);
}

}  // namespace

const std::vector<item>& report_items() {
    static const std::vector<item> items = load_items();
    return items;
}

std::shared_ptr<engine::run_state> bench_state() {
    static const plan_spec plan = load_plan();
    auto state = std::make_shared<engine::run_state>();
    state->plan = plan;
    state->quiet = true;
    return state;
}

const std::vector<document>& parsed_reports() {
    static const std::vector<document> docs = [] {
        stage_set set;
        baocao_plugin_info_parse_docx()->register_stages(set);
        const engine::run_context ctx(bench_state(), "parse-docx");
        set.parsers.at(0)->prepare(ctx);
        std::vector<document> out;
        for (const item& it : report_items()) out.push_back(set.parsers.at(0)->parse(it, ctx));
        return out;
    }();
    return docs;
}

const std::vector<std::string>& report_paragraphs() {
    static const std::vector<std::string> paras = [] {
        std::vector<std::string> out;
        for (const document& d : parsed_reports())
            for_each_paragraph(d.body, [&](const paragraph& p) { out.push_back(p.text()); });
        return out;
    }();
    return paras;
}

}  // namespace baocao::bench
