// SPDX-License-Identifier: Apache-2.0
// extract-sections on parsed reports: sectionize the document and match its
// headings against the plan lexicon built once in prepare().
#include "bench_support.hpp"

#include <baocao/sdk/result.hpp>

#include <benchmark/benchmark.h>

BAOCAO_DECLARE_PLUGIN(extract_sections);

namespace {

using namespace baocao;

void bm_extract_sections(benchmark::State& state) {
    bench::stage_set set;
    baocao_plugin_info_extract_sections()->register_stages(set);
    extractor& ex = *set.extractors.at(0);
    const engine::run_context ctx(bench::bench_state(), "extract-sections");
    ex.prepare(ctx);
    const auto& docs = bench::parsed_reports();
    std::size_t i = 0;
    std::size_t sections = 0;
    for (auto _ : state) {
        submission sub;
        ex.extract(docs[i++ % docs.size()], item{}, sub, ctx);
        sections += sub.sections.size();
    }
    if (sections == 0) state.SkipWithError("no section matched: the benchmark measures nothing real");
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(bm_extract_sections)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
