// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Builds one paragraph's runs: text of a w:r collects in a scratch buffer,
/// is converted from a legacy font encoding when its font says so, and joins
/// the previous run when the formatting is the same. NFC runs once per paragraph.

#include "styles.hpp"

#include <baocao/sdk/model.hpp>
#include <baocao/sdk/text.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::docx {

/// The formatting a finished run carries into the model.
struct run_format {
    bool bold = false;
    bool italic = false;
    bool underline = false;
    bool caps = false;
    std::string_view font;
};

/// The font Word draws `text` with, given resolved run properties
/// (MS-OI29500 on rFonts: cs for complex scripts, eastAsia for CJK,
/// hAnsi for non-ASCII, ascii otherwise, each falling back to the other).
std::string_view effective_font(const run_props& props, std::string_view text, const theme_fonts& theme);

class paragraph_builder {
public:
    /// Starts a fresh paragraph; `max_bytes` caps its text.
    void reset(std::uint64_t max_bytes);
    /// Appends run text to the open run (kept for the run's end).
    void append(std::string_view text);
    /// The text of the open run so far.
    std::string& scratch() { return scratch_; }
    /// Closes the open run with its formatting; converts legacy-font text.
    void end_run(const run_format& fmt);
    /// Opens a revision marker ("[+", "+]"): the opening text is written before
    /// the next text, the closing one after it; nothing when no text comes between.
    void open_marker(std::string_view open, std::string_view close);
    void close_marker();
    /// Normalizes the runs to NFC and hands the paragraph over.
    paragraph& finish();
    paragraph& para() { return para_; }
    std::uint64_t text_bytes() const { return bytes_; }

private:
    struct marker {
        std::string close;
        std::size_t open_size = 0;
        bool emitted = false;
    };
    paragraph para_;
    std::string scratch_;
    std::string pending_;
    std::vector<marker> markers_;
    std::uint64_t bytes_ = 0;
    std::uint64_t max_bytes_ = 0;
    std::string last_font_;                              ///< the font of the last run ended
    std::optional<text::legacy_encoding> last_encoding_; ///< its legacy encoding, if any
    bool font_known_ = false;
};

}  // namespace baocao::docx
