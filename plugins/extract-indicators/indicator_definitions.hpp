#pragma once
// What counts as a figure for each indicator: its units and keywords, read
// from JSON (the compiled-in defaults or the file the settings name).

#include <string>
#include <string_view>
#include <vector>

namespace baocao::indicators {

/// One unit an indicator is counted in, and its factor to the indicator's first unit.
struct unit_form {
    std::string text;                    ///< as written in the definitions ("tỷ đồng")
    std::vector<std::string> key_words;  ///< its match key split in words
    double scale = 1.0;
};

struct definition {
    std::string id;
    std::string label;
    std::vector<unit_form> units;        ///< the first one names the indicator's unit
    std::vector<std::vector<std::string>> keywords;  ///< match-key words of each keyword
};

/// The compiled-in definitions' JSON text.
extern const char* const default_definitions_json;

/// Parses definitions; throws std::runtime_error with what is wrong.
std::vector<definition> parse_definitions(std::string_view json);

}  // namespace baocao::indicators
