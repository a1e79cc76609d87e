// SPDX-License-Identifier: Apache-2.0
#pragma once
// A compact text form of a report for tests, turned into a baocao::document.
//
//   # comment                      ignored
//   @key value                     metadata ("@plan plan-45-KH-BDVTU.txt", "@about ...")
//   {b,c,i,center,h2,o1,n=I.,s=Name} text  => 2
//                                  one paragraph; markers: b all bold, c shown in capitals
//                                  (w:caps), i italic, center, hN style "heading N" with outline
//                                  level N-1, oN outline level N only, n=LABEL Word's numbering
//                                  label, s=NAME style name; **...** marks bold runs inside the text
//   => TAG                         expected plan item of the paragraph ("1".."9") or "-" for none;
//                                  a line without a tag takes the last tag given
//   {}                             an empty paragraph
//   [table] / [table borderless]   a table; each following line is a row, cells split by " | ",
//   [/table]                       paragraphs in a cell by " // "; a row's tag covers its cells

#include <baocao/sdk/model.hpp>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace baocao::testing {

struct form_report {
    document doc;
    std::vector<std::string> expected;        ///< per paragraph in reading order (table cells included): tag or ""
    std::map<std::string, std::string> meta;  ///< @key value lines
};

/// Parses the compact form; throws std::runtime_error with the line number on a malformed line.
form_report parse_form(const std::string& text);
/// Reads and parses a file in the compact form.
form_report load_form(const std::filesystem::path& file);

}  // namespace baocao::testing
