// SPDX-License-Identifier: Apache-2.0
// The parse-doc parser on report-sized .doc files held in memory, beside
// parse-docx on the .docx each was saved from. The pairs come from the folder
// named by BAOCAO_BENCH_DOC_CORPUS (NAME.doc beside NAME.docx; bench/doc/
// make_doc_corpus.sh writes one with the samples generator and LibreOffice),
// else from tests/data/doc.
#include "bench_support.hpp"

#include <baocao/engine/run_context.hpp>

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

BAOCAO_DECLARE_PLUGIN(parse_doc);
BAOCAO_DECLARE_PLUGIN(parse_docx);

namespace {

using namespace baocao;
namespace fs = std::filesystem;

item load(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    item it;
    it.name = p.filename().string();
    it.source = it.name;
    it.bytes = std::make_shared<const std::string>((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return it;
}

/// The .doc files and their .docx twins (where one sits beside).
struct pairs {
    std::vector<item> doc, docx;
    pairs() {
        const char* env = std::getenv("BAOCAO_BENCH_DOC_CORPUS");
        const fs::path dir = env ? fs::path(env) : fs::path(BAOCAO_SOURCE_DIR) / "tests" / "data" / "doc";
        std::vector<fs::path> files;
        for (const auto& e : fs::directory_iterator(dir))
            if (e.path().extension() == ".doc") files.push_back(e.path());
        std::sort(files.begin(), files.end());
        for (const fs::path& f : files) {
            doc.push_back(load(f));
            fs::path twin = f;
            twin.replace_extension(".docx");
            if (fs::exists(twin)) docx.push_back(load(twin));
        }
    }
};

const pairs& corpus() {
    static const pairs p;
    return p;
}

void run_parser(benchmark::State& state, const baocao_plugin_info* info, const char* name, const std::vector<item>& items) {
    bench::stage_set set;
    info->register_stages(set);
    parser& p = *set.parsers.at(0);
    const engine::run_context ctx(bench::bench_state(), name);
    p.prepare(ctx);
    if (items.empty()) {
        state.SkipWithError("no files");
        return;
    }
    std::size_t i = 0;
    std::int64_t bytes = 0;
    for (auto _ : state) {
        const item& it = items[i++ % items.size()];
        document doc = p.parse(it, ctx);
        benchmark::DoNotOptimize(doc.body.data());
        bytes += static_cast<std::int64_t>(it.bytes->size());
    }
    state.SetBytesProcessed(bytes);
    state.SetItemsProcessed(state.iterations());
    state.counters["files"] = static_cast<double>(items.size());
}

void bm_parse_doc(benchmark::State& state) { run_parser(state, baocao_plugin_info_parse_doc(), "parse-doc", corpus().doc); }
BENCHMARK(bm_parse_doc)->Unit(benchmark::kMillisecond);

void bm_parse_docx_twins(benchmark::State& state) {
    run_parser(state, baocao_plugin_info_parse_docx(), "parse-docx", corpus().docx);
}
BENCHMARK(bm_parse_docx_twins)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
