// SPDX-License-Identifier: Apache-2.0
// Normalization on the paragraphs of real-shaped reports: to_nfc on text that
// is already NFC (the common case) and on decomposed text, match_key, and the
// UTF-8 validation both start with.
#include "bench_support.hpp"

#include <baocao/sdk/text.hpp>

#include <benchmark/benchmark.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace {

using namespace baocao;

/// The report paragraphs decomposed (NFD), as some editors and Mac mail clients send them.
const std::vector<std::string>& decomposed_paragraphs() {
    static const std::vector<std::string> out = [] {
        UErrorCode ec = U_ZERO_ERROR;
        const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(ec);
        std::vector<std::string> v;
        for (const std::string& p : bench::report_paragraphs()) {
            std::string s;
            nfd->normalize(icu::UnicodeString::fromUTF8(p), ec).toUTF8String(s);
            v.push_back(std::move(s));
        }
        return v;
    }();
    return out;
}

template <typename Fn>
void over_paragraphs(benchmark::State& state, const std::vector<std::string>& paras, Fn&& fn) {
    std::int64_t bytes = 0;
    for (auto _ : state) {
        for (const std::string& p : paras) {
            auto r = fn(p);
            benchmark::DoNotOptimize(r);
            bytes += static_cast<std::int64_t>(p.size());
        }
    }
    state.SetBytesProcessed(bytes);
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(paras.size()));
}

void bm_to_nfc(benchmark::State& state) {
    over_paragraphs(state, bench::report_paragraphs(), [](const std::string& p) { return text::to_nfc(p); });
}
BENCHMARK(bm_to_nfc)->Unit(benchmark::kMicrosecond);

void bm_to_nfc_decomposed(benchmark::State& state) {
    over_paragraphs(state, decomposed_paragraphs(), [](const std::string& p) { return text::to_nfc(p); });
}
BENCHMARK(bm_to_nfc_decomposed)->Unit(benchmark::kMicrosecond);

void bm_match_key(benchmark::State& state) {
    over_paragraphs(state, bench::report_paragraphs(), [](const std::string& p) { return text::match_key(p); });
}
BENCHMARK(bm_match_key)->Unit(benchmark::kMicrosecond);

void bm_is_valid_utf8(benchmark::State& state) {
    over_paragraphs(state, bench::report_paragraphs(), [](const std::string& p) { return text::is_valid_utf8(p); });
}
BENCHMARK(bm_is_valid_utf8)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
