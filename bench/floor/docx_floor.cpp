// SPDX-License-Identifier: Apache-2.0
// The raw parsing floor: what reading a .docx costs at the least. libzip opens
// the package, zip_fread inflates word/document.xml in chunks, and libxml2's
// SAX2 push parser collects the text of w:t elements per paragraph. Nothing
// else: no styles, numbering, model, normalization or output. baocao's own
// per-file time is measured against this.
//
// usage: docx-floor FILE_OR_FOLDER...   (prints files, paragraphs, characters, ms)
#include <libxml/parser.h>
#include <zip.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

namespace {

struct collector {
    bool in_text = false;
    std::string paragraph;
    std::size_t paragraphs = 0;
    std::size_t characters = 0;
};

bool is_w(const xmlChar* uri) {
    return uri && std::strcmp(reinterpret_cast<const char*>(uri),
                              "http://schemas.openxmlformats.org/wordprocessingml/2006/main") == 0;
}

void on_start(void* ctx, const xmlChar* local, const xmlChar*, const xmlChar* uri, int, const xmlChar**, int, int,
              const xmlChar**) {
    auto* c = static_cast<collector*>(ctx);
    if (is_w(uri) && std::strcmp(reinterpret_cast<const char*>(local), "t") == 0) c->in_text = true;
}

void on_end(void* ctx, const xmlChar* local, const xmlChar*, const xmlChar* uri) {
    auto* c = static_cast<collector*>(ctx);
    if (!is_w(uri)) return;
    const char* name = reinterpret_cast<const char*>(local);
    if (std::strcmp(name, "t") == 0) {
        c->in_text = false;
    } else if (std::strcmp(name, "p") == 0) {
        c->characters += c->paragraph.size();
        ++c->paragraphs;
        c->paragraph.clear();
    }
}

void on_characters(void* ctx, const xmlChar* ch, int len) {
    auto* c = static_cast<collector*>(ctx);
    if (c->in_text) c->paragraph.append(reinterpret_cast<const char*>(ch), static_cast<std::size_t>(len));
}

bool read_one(const std::string& path, collector& c) {
    int err = 0;
    zip_t* za = zip_open(path.c_str(), ZIP_RDONLY, &err);
    if (!za) return false;
    zip_file_t* zf = zip_fopen(za, "word/document.xml", 0);
    if (!zf) {
        zip_close(za);
        return false;
    }
    xmlSAXHandler sax;
    std::memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = on_start;
    sax.endElementNs = on_end;
    sax.characters = on_characters;
    xmlParserCtxtPtr ctxt = xmlCreatePushParserCtxt(&sax, &c, nullptr, 0, nullptr);
    xmlCtxtUseOptions(ctxt, XML_PARSE_NONET);
    char buf[65536];
    bool ok = true;
    for (;;) {
        const zip_int64_t n = zip_fread(zf, buf, sizeof buf);
        if (n < 0) {
            ok = false;
            break;
        }
        if (xmlParseChunk(ctxt, buf, static_cast<int>(n), n == 0) != 0) {
            ok = false;
            break;
        }
        if (n == 0) break;
    }
    xmlFreeParserCtxt(ctxt);
    zip_fclose(zf);
    zip_close(za);
    return ok;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        std::filesystem::path p = argv[i];
        if (std::filesystem::is_directory(p)) {
            for (const auto& e : std::filesystem::recursive_directory_iterator(p))
                if (e.is_regular_file() && e.path().extension() == ".docx") files.push_back(e.path().string());
        } else {
            files.push_back(p.string());
        }
    }
    std::sort(files.begin(), files.end());
    xmlInitParser();
    collector c;
    std::size_t failed = 0;
    const auto start = std::chrono::steady_clock::now();
    for (const auto& f : files)
        if (!read_one(f, c)) ++failed;
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    std::printf("files %zu failed %zu paragraphs %zu characters %zu ms %.1f per_file_ms %.4f\n", files.size(), failed,
                c.paragraphs, c.characters, ms, files.empty() ? 0.0 : ms / static_cast<double>(files.size()));
    xmlCleanupParser();
    return failed == files.size() && !files.empty() ? 1 : 0;
}
