// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The frame of the draft: header block, title, opening, closing, recipients
/// and signature, from the plan and one setting that names who issues the
/// report ("issuer": "standing-committee", the default, or "dan-van"), each
/// line overridable.

#include <baocao/sdk/draft.hpp>
#include <baocao/sdk/result.hpp>

#include <Poco/JSON/Object.h>

#include <cstdint>
#include <string>
#include <vector>

namespace baocao::synthesis {

/// Who signs the report: the Standing Committee (T/M BAN THƯỜNG VỤ, -BC/TU) or the Ban Dân vận (TRƯỞNG BAN, -BC/BDVTU).
enum class issuer { standing_committee, dan_van };

/// What the settings of synthesize-draft may change; empty means "derive it".
struct options {
    synthesis::issuer issuer = issuer::standing_committee;  ///< "issuer": "standing-committee" | "dan-van"
    std::vector<std::string> issuing_body;  ///< "issuing_body": string ("\n" between lines) or array
    std::string symbol;                     ///< "symbol": "BC/TU"
    std::string place;                      ///< "place": "Hà Tĩnh"
    std::string title;                      ///< "title": the summary line under "BÁO CÁO"
    std::vector<std::string> opening;       ///< "opening": introductory paragraphs
    std::string signature_authority;        ///< "signature_authority": "T/M BAN THƯỜNG VỤ"
    std::string signature_position;         ///< "signature_position"
    std::string signer;                     ///< "signer"
    std::vector<std::string> recipients;    ///< "recipients": lines of "Nơi nhận"
    std::string author;                     ///< "author": the package's dc:creator
    bool fill_date = false;                 ///< "fill_date": write the day and month of now instead of blanks
    bool excerpts = true;                   ///< "excerpts": "appendix" (default) or "none"
};

/// Reads the options from the plugin's settings (null or empty gives all defaults).
/// Throws std::invalid_argument naming the key when a value has the wrong type or value.
options options_from_settings(const Poco::JSON::Object::Ptr& settings);

/// The masthead of the draft of `run`; `now` gives the year and the package dates.
draft::masthead make_masthead(const run_result& run, const options& opts, std::int64_t now, int utc_offset_minutes);

/// The opening paragraphs: the căn cứ sentence and what was received from how many units.
std::vector<std::string> opening_paragraphs(const run_result& run, const options& opts, std::int64_t now, int offset);

}  // namespace baocao::synthesis
