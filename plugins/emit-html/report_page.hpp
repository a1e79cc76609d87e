// SPDX-License-Identifier: Apache-2.0
#pragma once
/// emit-html: report.html, an overview of the run on one self-contained page.

#include <baocao/sdk/stages.hpp>

#include <unicode/coll.h>

#include <cstdint>
#include <functional>
#include <string_view>
#include <memory>
#include <string>

namespace baocao::html {

/// The whole page. Units in compliance.csv's order (`collator` is Vietnamese);
/// dates shown at `offset_minutes` from UTC; `now` (unix seconds, the run's
/// --now) is the only date of the run itself on the page.
std::string render_page(const run_result& run, const icu::Collator& collator, int offset_minutes, std::int64_t now);
/// The same page, written to `sink` piece by piece.
void write_page(const run_result& run, const icu::Collator& collator, int offset_minutes, std::int64_t now,
                const std::function<void(std::string_view)>& sink);

class html_emitter : public emitter {
public:
    std::string name() const override { return "emit-html"; }
    /// Creates the collator once.
    void prepare(const context& ctx) override;
    /// Writes out_dir/report.html atomically.
    void emit(const run_result& run, const context& ctx, const std::filesystem::path& out_dir) const override;

private:
    std::unique_ptr<icu::Collator> collator_;
};

}  // namespace baocao::html
