// SPDX-License-Identifier: Apache-2.0
#include "rtf_keywords.hpp"

#include <array>
#include <unordered_map>
#include <utility>

namespace baocao::rtf {

namespace {

using word_kind = std::pair<std::string_view, destination_word>;

/// Destinations by name. Groups of unknown destinations marked \* are skipped
/// by the reader anyway; those listed as skipped here are skipped even
/// without the \* (older writers leave it out) or hold text that is not the
/// report's (field instructions, bookmarks' names, drawing properties).
constexpr std::array destinations{
    word_kind{"fonttbl", destination_word::font_table},
    word_kind{"stylesheet", destination_word::style_sheet},
    word_kind{"info", destination_word::info},
    word_kind{"title", destination_word::info_text},
    word_kind{"subject", destination_word::info_text},
    word_kind{"author", destination_word::info_text},
    word_kind{"operator", destination_word::info_text},
    word_kind{"creatim", destination_word::info_time},
    word_kind{"revtim", destination_word::info_time},
    word_kind{"listtext", destination_word::label},
    word_kind{"pntext", destination_word::label},
    word_kind{"upr", destination_word::unicode_pair},
    word_kind{"ud", destination_word::unicode_copy},
    word_kind{"header", destination_word::page_zone},
    word_kind{"headerl", destination_word::page_zone},
    word_kind{"headerr", destination_word::page_zone},
    word_kind{"headerf", destination_word::page_zone},
    word_kind{"footer", destination_word::page_zone},
    word_kind{"footerl", destination_word::page_zone},
    word_kind{"footerr", destination_word::page_zone},
    word_kind{"footerf", destination_word::page_zone},
    word_kind{"footnote", destination_word::footnote},
    word_kind{"annotation", destination_word::annotation},
    word_kind{"shp", destination_word::drawing},
    word_kind{"shpinst", destination_word::drawing},
    word_kind{"object", destination_word::drawing},
    word_kind{"shptxt", destination_word::text_box},
    word_kind{"result", destination_word::result},
    word_kind{"fldrslt", destination_word::result},
    word_kind{"nesttableprops", destination_word::nested_table},
    // Not read: tables of the file, pictures, data, drawings' fallbacks, field instructions, bookmarks, comment marks.
    word_kind{"colortbl", destination_word::skipped},
    word_kind{"listtable", destination_word::skipped},
    word_kind{"listoverridetable", destination_word::skipped},
    word_kind{"revtbl", destination_word::skipped},
    word_kind{"rsidtbl", destination_word::skipped},
    word_kind{"filetbl", destination_word::skipped},
    word_kind{"pgdsctbl", destination_word::skipped},
    word_kind{"latentstyles", destination_word::skipped},
    word_kind{"themedata", destination_word::skipped},
    word_kind{"colorschememapping", destination_word::skipped},
    word_kind{"datastore", destination_word::skipped},
    word_kind{"xmlnstbl", destination_word::skipped},
    word_kind{"mmathPr", destination_word::skipped},
    word_kind{"generator", destination_word::skipped},
    word_kind{"userprops", destination_word::skipped},
    word_kind{"docvar", destination_word::skipped},
    word_kind{"template", destination_word::skipped},
    word_kind{"private", destination_word::skipped},
    word_kind{"wgrffmtfilter", destination_word::skipped},
    word_kind{"defchp", destination_word::skipped},
    word_kind{"defpap", destination_word::skipped},
    word_kind{"pict", destination_word::skipped},
    word_kind{"shppict", destination_word::skipped},
    word_kind{"nonshppict", destination_word::skipped},
    word_kind{"shprslt", destination_word::skipped},
    word_kind{"sp", destination_word::skipped},
    word_kind{"sn", destination_word::skipped},
    word_kind{"sv", destination_word::skipped},
    word_kind{"picprop", destination_word::skipped},
    word_kind{"do", destination_word::skipped},
    word_kind{"objdata", destination_word::skipped},
    word_kind{"objclass", destination_word::skipped},
    word_kind{"objname", destination_word::skipped},
    word_kind{"objalias", destination_word::skipped},
    word_kind{"objsect", destination_word::skipped},
    word_kind{"objitem", destination_word::skipped},
    word_kind{"objtopic", destination_word::skipped},
    word_kind{"fldinst", destination_word::skipped},
    word_kind{"formfield", destination_word::skipped},
    word_kind{"datafield", destination_word::skipped},
    word_kind{"bkmkstart", destination_word::skipped},
    word_kind{"bkmkend", destination_word::skipped},
    word_kind{"pn", destination_word::skipped},
    word_kind{"pnseclvl", destination_word::skipped},
    word_kind{"pntxta", destination_word::skipped},
    word_kind{"pntxtb", destination_word::skipped},
    word_kind{"listpicture", destination_word::skipped},
    word_kind{"atnid", destination_word::skipped},
    word_kind{"atnauthor", destination_word::skipped},
    word_kind{"atndate", destination_word::skipped},
    word_kind{"atntime", destination_word::skipped},
    word_kind{"atnref", destination_word::skipped},
    word_kind{"atnparent", destination_word::skipped},
    word_kind{"atnicn", destination_word::skipped},
    word_kind{"atrfstart", destination_word::skipped},
    word_kind{"atrfend", destination_word::skipped},
    word_kind{"ftnsep", destination_word::skipped},
    word_kind{"ftnsepc", destination_word::skipped},
    word_kind{"ftncn", destination_word::skipped},
    word_kind{"aftnsep", destination_word::skipped},
    word_kind{"aftnsepc", destination_word::skipped},
    word_kind{"aftncn", destination_word::skipped},
    word_kind{"nonesttables", destination_word::skipped},
    word_kind{"xe", destination_word::skipped},
    word_kind{"tc", destination_word::skipped},
    word_kind{"tcn", destination_word::skipped},
    word_kind{"txe", destination_word::skipped},
    word_kind{"rxe", destination_word::skipped},
    word_kind{"bxe", destination_word::skipped},
    word_kind{"htmltag", destination_word::skipped},
    word_kind{"mhtmltag", destination_word::skipped},
    word_kind{"panose", destination_word::skipped},
    word_kind{"falt", destination_word::skipped},
    word_kind{"keywords", destination_word::skipped},
    word_kind{"doccomm", destination_word::skipped},
    word_kind{"comment", destination_word::skipped},
    word_kind{"company", destination_word::skipped},
    word_kind{"category", destination_word::skipped},
    word_kind{"manager", destination_word::skipped},
    word_kind{"hlinkbase", destination_word::skipped},
    word_kind{"printim", destination_word::skipped},
    word_kind{"buptim", destination_word::skipped},
    word_kind{"nextfile", destination_word::skipped},
    word_kind{"moMath", destination_word::skipped},
    word_kind{"passwordhash", destination_word::skipped},
    word_kind{"protusertbl", destination_word::skipped},
};

struct word_text {
    std::string_view word;
    std::string_view text;
};

constexpr std::array characters{
    word_text{"tab", "\t"},
    word_text{"line", "\n"},
    word_text{"emdash", "\u2014"},
    word_text{"endash", "\u2013"},
    word_text{"emspace", "\u2003"},
    word_text{"enspace", "\u2002"},
    word_text{"qmspace", "\u2005"},
    word_text{"bullet", "\u2022"},
    word_text{"lquote", "\u2018"},
    word_text{"rquote", "\u2019"},
    word_text{"ldblquote", "\u201C"},
    word_text{"rdblquote", "\u201D"},
    word_text{"zwj", "\u200D"},
    word_text{"zwnj", "\u200C"},
    word_text{"zwbo", ""},
    word_text{"zwnbo", ""},
    word_text{"ltrmark", ""},
    word_text{"rtlmark", ""},
};

constexpr std::array drawn_borders{"brdrs",    "brdrth",   "brdrsh",     "brdrdb",     "brdrdot",     "brdrdash",  "brdrhair",
                                   "brdrinset", "brdroutset", "brdrtriple", "brdrdashsm", "brdrdashd", "brdrdashdd", "brdrwavy",
                                   "brdrwavydb", "brdremboss", "brdrengrave", "brdrframe", "brdrdashdotstr"};

}  // namespace

destination_word destination_of(std::string_view word) {
    // Every control word of a document is looked up here: a hash table, built once.
    static const std::unordered_map<std::string_view, destination_word> by_name(destinations.begin(), destinations.end());
    const auto it = by_name.find(word);
    return it == by_name.end() ? destination_word::none : it->second;
}

std::string_view character_of(std::string_view word, bool& found) {
    for (const auto& c : characters)
        if (c.word == word) {
            found = true;
            return c.text;
        }
    found = false;
    return {};
}

std::string_view character_of_symbol(char symbol) {
    switch (symbol) {
    case '~': return "\u00A0";
    case '_': return "-";   // a non-breaking hyphen reads as a hyphen, as the Word readers give it
    case '{': return "{";
    case '}': return "}";
    case '\\': return "\\";
    // An optional hyphen shows nothing, but a TCVN3 "ư" is byte 0xAD, the soft hyphen,
    // and writers store it as \-: it is kept as U+00AD and dropped or decoded with its run.
    case '-': return "\u00AD";
    default: return {};     // \| and \: (index entries), \* (handled by the reader)
    }
}

bool is_drawn_border(std::string_view word) {
    if (word.substr(0, 6) == "brdrtn" || word.substr(0, 6) == "brdrth") return true;   // thin/thick combinations
    for (std::string_view b : drawn_borders)
        if (b == word) return true;
    return false;
}

}  // namespace baocao::rtf
