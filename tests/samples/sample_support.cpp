// SPDX-License-Identifier: Apache-2.0
#include "sample_support.hpp"

#include "demo_scenario.hpp"
#include "test_paths.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include <algorithm>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>

namespace baocao::testing::samples {

namespace fs = std::filesystem;

const fs::path& demo_dir(unsigned long long seed) {
    static std::map<unsigned long long, fs::path> made;
    auto it = made.find(seed);
    if (it == made.end()) {
        const fs::path dir = temp_dir("samples-demo-" + std::to_string(seed));
        samplegen::write_demo(dir, seed);
        it = made.emplace(seed, dir).first;
    }
    return it->second;
}

std::string read_file(const fs::path& p) {
    std::ifstream f(p, std::ios::binary);
    if (!f) throw std::runtime_error("cannot read " + p.string());
    std::ostringstream s;
    s << f.rdbuf();
    return s.str();
}

std::vector<std::string> list_files(const fs::path& dir) {
    std::vector<std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file()) out.push_back(fs::relative(e.path(), dir).generic_string());
    std::sort(out.begin(), out.end());
    return out;
}

std::map<std::string, std::string> unzip(const std::string& bytes) {
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
    if (!src) throw std::runtime_error("zip source");
    zip_t* za = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err);
    if (!za) {
        zip_source_free(src);
        throw std::runtime_error(std::string("not a readable zip: ") + zip_error_strerror(&err));
    }
    std::map<std::string, std::string> out;
    const zip_int64_t n = zip_get_num_entries(za, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        const char* name = zip_get_name(za, static_cast<zip_uint64_t>(i), 0);
        zip_stat_t st;
        zip_stat_index(za, static_cast<zip_uint64_t>(i), 0, &st);
        std::string data(static_cast<std::size_t>(st.size), '\0');
        if (st.size > 0) {
            zip_file_t* f = zip_fopen_index(za, static_cast<zip_uint64_t>(i), 0);
            if (!f || zip_fread(f, data.data(), st.size) != static_cast<zip_int64_t>(st.size)) {
                if (f) zip_fclose(f);
                zip_close(za);
                throw std::runtime_error(std::string("cannot inflate ") + name);
            }
            zip_fclose(f);
        }
        out[name] = std::move(data);
    }
    zip_close(za);
    return out;
}

bool well_formed(const std::string& xml) {
    xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "part.xml", nullptr,
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!doc) return false;
    xmlFreeDoc(doc);
    return true;
}

std::string document_text(const std::string& document_xml) {
    std::string out;
    static const std::regex token("<w:t(?: [^>]*)?>([^<]*)</w:t>|</w:p>");
    for (std::sregex_iterator it(document_xml.begin(), document_xml.end(), token), end; it != end; ++it) {
        if ((*it)[1].matched) out += (*it)[1].str();
        else out += '\n';
    }
    return out;
}

}  // namespace baocao::testing::samples
