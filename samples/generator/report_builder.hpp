// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Appends paragraphs, headings and tables to a report while recording the
/// ground truth of each body block; hides legacy-font encoding and the
/// numbering mechanics from the code that decides what a report says.

#include "phrase_bank.hpp"
#include "random.hpp"
#include "report_model.hpp"
#include "unit_profiles.hpp"

#include <optional>
#include <string>
#include <vector>

namespace baocao::samplegen {

class report_builder {
public:
    /// Starts an empty report for `opt`, drawing from `rng`.
    report_builder(const report_options& opt, random_source& rng);

    /// Runs for `text` in the report's encoding (TCVN3 fonts or Unicode).
    std::vector<run_spec> runs(const std::string& text, bool bold = false, bool italic = false) const;
    /// One capitals line (".VnTimeH" in a TCVN3 report).
    run_spec caps_run(const std::string& text, bool bold = false) const;

    /// A paragraph outside the body (header, title, signature): not recorded.
    para_spec frame_para(const std::string& text, bool bold, const std::string& align, bool italic = false,
                         bool caps = false) const;
    /// Appends a block outside the body.
    void add_frame(block_spec b);

    /// A justified body paragraph with a first-line indent, recorded with `item`.
    void body_para(const std::string& text, std::optional<int> item);
    /// A body paragraph whose runs the caller made (tracked changes); `visible` is the accepted text.
    void body_para_runs(std::vector<run_spec> runs, const std::string& visible, std::optional<int> item);
    /// A part heading ("Phần thứ nhất" + title on two lines).
    void part_heading(const std::string& ordinal, const std::string& title, std::optional<int> item);
    /// A section (level 1) or subsection (level 2) heading, numbered per the options.
    void heading(int level, const std::string& title, std::optional<int> item);
    /// Starts the second part: Roman numbering restarts at I.
    void restart_numbering();
    /// A gridded table recorded as one body block.
    void body_table(const std::vector<std::vector<std::string>>& cells, const std::vector<int>& widths,
                    std::optional<int> item);

    /// The report's variables for the phrase bank.
    report_vars& vars() { return vars_; }
    const unit_profile& profile() const { return profile_; }
    const report_options& options() const { return opt_; }
    random_source& rng() { return rng_; }
    /// Expands `t` into `count` paragraphs recorded with `item`.
    void topic_paras(topic t, std::size_t count, std::optional<int> item);
    /// Finishes: the document and the recorded body.
    composed_report finish();

private:
    /// A sentence of figures (meetings, contributions, households) appended to a long-form paragraph.
    std::string figure_sentence();
    /// A table of figures per locality with a total row, introduced by one sentence.
    void locality_table(std::optional<int> item);

    const report_options& opt_;
    random_source& rng_;
    const unit_profile profile_;
    report_vars vars_;
    composed_report out_;
    int section_count_ = 0;
    int subsection_count_ = 0;
    int num_id_ = 1;
};

/// Roman numeral of 1..39.
std::string roman(int n);

}  // namespace baocao::samplegen
