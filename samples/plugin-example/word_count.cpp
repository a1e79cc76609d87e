// SPDX-License-Identifier: Apache-2.0
// An example extractor: counts the words and paragraphs of each report's body
// and adds them to the submission in result.json as "word_count".
//
// Everything a plugin needs comes from <baocao/sdk/...>: the stage interface
// (stages.hpp), the document model (model.hpp), the submission (result.hpp),
// and the entry-point macro (plugin.hpp).
#include <baocao/sdk/plugin.hpp>
#include <baocao/sdk/text.hpp>

#include <Poco/JSON/Object.h>

namespace {

class word_count_extractor : public baocao::extractor {
public:
    std::string name() const override { return "example-word-count"; }

    // Settings come from the pipeline file: {"settings": {"example-word-count": {"min_word_length": 2}}}.
    // prepare() runs once per run, before any report, on one thread.
    void prepare(const baocao::context& ctx) override {
        min_length_ = ctx.settings()->optValue<int>("min_word_length", 1);
    }

    // extract() runs on worker threads, many reports at once: it only reads
    // members set in prepare() and writes to the submission it is given.
    void extract(const baocao::document& doc, const baocao::item&, baocao::submission& sub,
                 const baocao::context&) const override {
        std::int64_t words = 0, paragraphs = 0;
        baocao::for_each_paragraph(doc.body, [&](const baocao::paragraph& p) {
            const auto key = baocao::text::match_key(p.text());
            if (key.empty()) return;
            ++paragraphs;
            for (const auto& w : baocao::text::words(key))
                if (static_cast<int>(w.size()) >= min_length_) ++words;
        });
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
        out->set("words", words);
        out->set("paragraphs", paragraphs);
        sub.extensions["word_count"] = out;
    }

private:
    int min_length_ = 1;
};

void register_stages(baocao::registry& reg) { reg.add_extractor(std::make_shared<word_count_extractor>()); }

}  // namespace

BAOCAO_PLUGIN(example_word_count, "example-word-count", "1.0.0",
              "counts the words and paragraphs of each report", register_stages)
