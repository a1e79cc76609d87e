// SPDX-License-Identifier: Apache-2.0
// baocao text and baocao dump: what the parser reads out of one file.
#include "commands.hpp"
#include "document_json.hpp"
#include "host.hpp"

#include <baocao/engine/pipeline.hpp>
#include <baocao/sdk/error.hpp>

#include <iostream>

namespace baocao::cli {

namespace {

const char* const text_help =
    "usage: baocao text [--notes] FILE\n"
    "\n"
    "Prints the plain text of a report (.docx, .doc, .odt, .rtf) as a reader sees it: numbering\n"
    "labels (\"I.\", \"1.\", \"a)\") as Word shows them, tracked insertions kept and deletions\n"
    "dropped, legacy TCVN3/VNI fonts converted to Unicode. Paragraphs are separated by a\n"
    "blank line, table cells by tabs.\n"
    "--notes also prints footnotes, endnotes, comments, headers and footers after the body.\n"
    "Exit status: 0, or 1 with a message when the file cannot be read.\n";

const char* const dump_help =
    "usage: baocao dump FILE\n"
    "\n"
    "Prints the document model of a report (.docx, .doc, .odt, .rtf) as JSON: paragraphs with\n"
    "style, outline level, numbering label, bold and caps evidence and runs; tables; notes,\n"
    "comments, headers and footers as parts of their own; core properties.\n";

/// Reads FILE with the loaded parsers; prints a clear message and returns false when it cannot.
bool read_document(const parsed_args& a, const char* command, document& doc) {
    if (a.positional.size() != 1) throw usage_error("expects exactly one FILE");
    host h(a);
    h.report_failures();
    auto state = h.make_state();
    engine::pipeline pipe(h.registry, state);
    try {
        doc = pipe.parse_one(a.positional.front());
        return true;
    } catch (const rejection_error& e) {
        std::cerr << "baocao " << command << ": " << a.positional.front() << ": " << to_string(e.code()) << ": "
                  << e.what() << '\n';
        return false;
    }
}

void print_blocks_as_text(const std::vector<block>& blocks) {
    for (const auto& b : blocks) {
        std::string text = plain_text({b});
        while (!text.empty() && text.back() == '\n') text.pop_back();
        std::cout << text << "\n\n";
    }
}

}  // namespace

int command_text(const std::vector<std::string>& args) {
    auto a = parse_args(args, {{"--notes", "", false, false}});
    if (a.help) {
        std::cout << text_help;
        return 0;
    }
    document doc;
    if (!read_document(a, "text", doc)) return 1;
    print_blocks_as_text(doc.body);
    if (a.has("--notes")) {
        for (const auto& part : doc.parts) {
            std::cout << "[" << part.kind << (part.id.empty() ? "" : " " + part.id) << "]\n";
            print_blocks_as_text(part.blocks);
        }
    }
    return 0;
}

int command_dump(const std::vector<std::string>& args) {
    auto a = parse_args(args, {});
    if (a.help) {
        std::cout << dump_help;
        return 0;
    }
    document doc;
    if (!read_document(a, "dump", doc)) return 1;
    std::cout << document_to_json(doc);
    return 0;
}

}  // namespace baocao::cli
