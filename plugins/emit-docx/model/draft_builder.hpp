#pragma once
/// Builds the draft synthesis (draft_model.hpp) from a run's result and the
/// emitter's settings. Pure: the same inputs always give the same draft.

#include "model/draft_model.hpp"

#include <baocao/sdk/result.hpp>

#include <Poco/JSON/Object.h>

#include <cstdint>
#include <string>
#include <vector>

namespace baocao::draft {

/// What the settings of emit-docx / emit-md may change; empty means "derive it".
struct options {
    std::vector<std::string> issuing_body;  ///< "issuing_body": string ("\n" between lines) or array
    std::string symbol;                     ///< "symbol": "BC/BDVTU"
    std::string place;                      ///< "place": "Hà Tĩnh"
    std::string title;                      ///< "title": the summary line under "BÁO CÁO"
    std::vector<std::string> opening;       ///< "opening": introductory paragraphs
    std::string signature_authority;        ///< "signature_authority": "T/M BAN THƯỜNG VỤ"
    std::string signature_position;         ///< "signature_position"
    std::string signer;                     ///< "signer"
    std::vector<std::string> recipients;    ///< "recipients": lines of "Nơi nhận"
    std::string author;                     ///< "author": the package's dc:creator
    bool fill_date = false;                 ///< "fill_date": write the day and month of now instead of blanks
};

/// A unit that counts in the draft, with its submissions that are not superseded.
struct reporter {
    std::string unit_id;                    ///< roster id, "" for a report from no known unit
    std::string name;                       ///< display name
    std::vector<const submission*> submissions;  ///< in input order
};

/// Units with at least one submission that is not superseded: roster units in
/// roster order (run.units), then units outside the roster, then reports of
/// unknown units, each named after its file.
std::vector<reporter> reporters(const run_result& run);

/// Reads the options from a plugin's settings object (null or empty gives all defaults).
/// Throws std::invalid_argument naming the key when a value has the wrong type.
options options_from_settings(const Poco::JSON::Object::Ptr& settings);

/// The draft of `run`. `now` (unix seconds) and `utc_offset_minutes` give the
/// year of the date line and the package dates; nothing reads the clock.
document build(const run_result& run, const options& opts, std::int64_t now, int utc_offset_minutes);

/// Tables of indicator figures by unit with a province row, from the run's
/// "indicator_totals" when present, else from the counted submissions'
/// "indicators" (a unit's largest figure, summed for the province); empty
/// when there are none. At most five indicators per table.
std::vector<table> indicator_tables(const run_result& run);

}  // namespace baocao::draft
