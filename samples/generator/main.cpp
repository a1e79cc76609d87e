// SPDX-License-Identifier: Apache-2.0
// baocao-samplegen: writes the sample demo (plan, roster, inbox, expected.json)
// or, with --flat, a benchmark corpus of report .docx files.

#include "demo_scenario.hpp"
#include "scale_corpus.hpp"

#include <cstdint>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <iostream>
#include <string>

namespace {

int usage(const char* why) {
    if (why) std::cerr << "baocao-samplegen: " << why << "\n";
    std::cerr << "usage: baocao-samplegen [--seed S] --out DIR            write the demo inbox\n"
                 "       baocao-samplegen [--seed S] --count N --out DIR --flat   write N report .docx files\n"
                 "       baocao-samplegen [--seed S] --count N --out DIR --flat --long   N long reports (5 000-15 000 words)\n"
                 "       ... --flat --foreign-share P   a share P of the reports from units not in the roster\n"
                 "       ... --flat --foreign-share P --distinct-foreign   each of them from a district of its own\n";
    return 2;
}

bool parse_number(const std::string& s, std::uint64_t& out) {
    if (s.empty()) return false;
    char* end = nullptr;
    out = std::strtoull(s.c_str(), &end, 10);
    return end && *end == '\0';
}

}  // namespace

int main(int argc, char** argv) {
    std::uint64_t seed = 2013;
    std::uint64_t count = 100;
    std::filesystem::path out;
    bool flat = false;
    baocao::samplegen::flat_corpus_options corpus;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : std::string(); };
        if (a == "--seed") {
            if (!parse_number(next(), seed)) return usage("--seed needs a non-negative integer");
        } else if (a == "--count") {
            if (!parse_number(next(), count) || count == 0 || count > 1000000) return usage("--count needs 1..1000000");
        } else if (a == "--out") {
            out = next();
            if (out.empty()) return usage("--out needs a folder");
        } else if (a == "--flat") {
            flat = true;
        } else if (a == "--long") {
            corpus.long_reports = true;
        } else if (a == "--foreign-share") {
            const std::string v = next();
            char* end = nullptr;
            corpus.foreign_share = std::strtod(v.c_str(), &end);
            if (v.empty() || *end != '\0' || corpus.foreign_share < 0 || corpus.foreign_share > 1)
                return usage("--foreign-share needs a share in 0..1");
        } else if (a == "--distinct-foreign") {
            corpus.distinct_foreign = true;
        } else if (a == "--help" || a == "-h") {
            usage(nullptr);
            return 0;
        } else {
            return usage(("unknown argument " + a).c_str());
        }
    }
    if (out.empty()) return usage("--out is required");
    if ((corpus.long_reports || corpus.foreign_share > 0) && !flat) return usage("--long and --foreign-share go with --flat");
    try {
        std::filesystem::create_directories(out);
        if (flat) {
            const int n = baocao::samplegen::write_flat_corpus(out, seed, static_cast<int>(count), corpus);
            std::cout << "wrote " << n << " reports into " << out.string() << "\n";
        } else {
            const int n = baocao::samplegen::write_demo(out, seed);
            std::cout << "wrote " << n << " files into " << out.string() << "\n";
        }
    } catch (const std::exception& e) {
        std::cerr << "baocao-samplegen: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
