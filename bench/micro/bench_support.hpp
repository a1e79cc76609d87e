// SPDX-License-Identifier: Apache-2.0
#pragma once
/// What the micro-benchmarks share: generated report packages held in memory,
/// the plan, a run state, and the stages of the built-in plugins.

#include <baocao/engine/run_context.hpp>
#include <baocao/sdk/item.hpp>
#include <baocao/sdk/model.hpp>
#include <baocao/sdk/plugin.hpp>

#include <memory>
#include <vector>

namespace baocao::bench {

/// Report-sized .docx packages as in-memory items. From the folder named by
/// BAOCAO_BENCH_CORPUS when set, else a few reports written by the samples generator.
const std::vector<item>& report_items();

/// A run state holding the plan of the project's test data, quiet.
std::shared_ptr<engine::run_state> bench_state();

/// The stages one plugin registers.
struct stage_set : registry {
    std::vector<std::shared_ptr<source>> sources;
    std::vector<std::shared_ptr<parser>> parsers;
    std::vector<std::shared_ptr<extractor>> extractors;
    std::vector<std::shared_ptr<checker>> checkers;
    std::vector<std::shared_ptr<emitter>> emitters;
    std::vector<std::shared_ptr<composer>> composers;
    void add_source(std::shared_ptr<source> s) override { sources.push_back(std::move(s)); }
    void add_parser(std::shared_ptr<parser> p) override { parsers.push_back(std::move(p)); }
    void add_extractor(std::shared_ptr<extractor> e) override { extractors.push_back(std::move(e)); }
    void add_checker(std::shared_ptr<checker> c) override { checkers.push_back(std::move(c)); }
    void add_emitter(std::shared_ptr<emitter> e) override { emitters.push_back(std::move(e)); }
    void add_composer(std::shared_ptr<composer> c) override { composers.push_back(std::move(c)); }
};

/// The reports parsed once by the parse-docx plugin.
const std::vector<document>& parsed_reports();

/// Every paragraph's text of the parsed reports, in order.
const std::vector<std::string>& report_paragraphs();

}  // namespace baocao::bench
