// SPDX-License-Identifier: Apache-2.0
// The parse-docx parser on report-sized packages held in memory, next to the
// raw floor on the same bytes: libzip inflating word/document.xml and libxml2's
// SAX2 push parser collecting the w:t text, nothing else.
#include "bench_support.hpp"

#include <benchmark/benchmark.h>
#include <libxml/parser.h>
#include <zip.h>

#include <cstring>

BAOCAO_DECLARE_PLUGIN(parse_docx);

namespace {

using namespace baocao;

void bm_parse_docx(benchmark::State& state) {
    bench::stage_set set;
    baocao_plugin_info_parse_docx()->register_stages(set);
    parser& p = *set.parsers.at(0);
    const engine::run_context ctx(bench::bench_state(), "parse-docx");
    p.prepare(ctx);
    const auto& items = bench::report_items();
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
}
BENCHMARK(bm_parse_docx)->Unit(benchmark::kMillisecond);

struct floor_collector {
    bool in_text = false;
    std::string paragraph;
    std::size_t characters = 0;
};

constexpr const char* w_ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

void floor_start(void* ctx, const xmlChar* local, const xmlChar*, const xmlChar* uri, int, const xmlChar**, int, int,
                 const xmlChar**) {
    auto* c = static_cast<floor_collector*>(ctx);
    if (uri && std::strcmp(reinterpret_cast<const char*>(uri), w_ns) == 0 &&
        std::strcmp(reinterpret_cast<const char*>(local), "t") == 0)
        c->in_text = true;
}

void floor_end(void* ctx, const xmlChar* local, const xmlChar*, const xmlChar* uri) {
    auto* c = static_cast<floor_collector*>(ctx);
    if (!uri || std::strcmp(reinterpret_cast<const char*>(uri), w_ns) != 0) return;
    if (std::strcmp(reinterpret_cast<const char*>(local), "t") == 0) c->in_text = false;
    if (std::strcmp(reinterpret_cast<const char*>(local), "p") == 0) {
        c->characters += c->paragraph.size();
        c->paragraph.clear();
    }
}

void floor_characters(void* ctx, const xmlChar* ch, int len) {
    auto* c = static_cast<floor_collector*>(ctx);
    if (c->in_text) c->paragraph.append(reinterpret_cast<const char*>(ch), static_cast<std::size_t>(len));
}

/// The floor of one in-memory package; false when it cannot be read.
bool floor_read(const std::string& bytes, floor_collector& c) {
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
    zip_t* za = src ? zip_open_from_source(src, ZIP_RDONLY, &err) : nullptr;
    zip_error_fini(&err);
    if (!za) {
        if (src) zip_source_free(src);
        return false;
    }
    zip_file_t* zf = zip_fopen(za, "word/document.xml", 0);
    bool ok = zf != nullptr;
    if (zf) {
        xmlSAXHandler sax;
        std::memset(&sax, 0, sizeof sax);
        sax.initialized = XML_SAX2_MAGIC;
        sax.startElementNs = floor_start;
        sax.endElementNs = floor_end;
        sax.characters = floor_characters;
        xmlParserCtxtPtr ctxt = xmlCreatePushParserCtxt(&sax, &c, nullptr, 0, nullptr);
        xmlCtxtUseOptions(ctxt, XML_PARSE_NONET);
        char buf[65536];
        for (;;) {
            const zip_int64_t n = zip_fread(zf, buf, sizeof buf);
            if (n < 0 || xmlParseChunk(ctxt, buf, static_cast<int>(n), n == 0) != 0) {
                ok = false;
                break;
            }
            if (n == 0) break;
        }
        xmlFreeParserCtxt(ctxt);
        zip_fclose(zf);
    }
    zip_close(za);
    return ok;
}

void bm_floor_in_memory(benchmark::State& state) {
    xmlInitParser();
    const auto& items = bench::report_items();
    std::size_t i = 0;
    std::int64_t bytes = 0;
    floor_collector c;
    for (auto _ : state) {
        const item& it = items[i++ % items.size()];
        if (!floor_read(*it.bytes, c)) state.SkipWithError("the floor could not read a report");
        bytes += static_cast<std::int64_t>(it.bytes->size());
    }
    benchmark::DoNotOptimize(c.characters);
    state.SetBytesProcessed(bytes);
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(bm_floor_in_memory)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
