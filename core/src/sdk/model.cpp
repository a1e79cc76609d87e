// The few functions of the document model that are not plain data.
#include <baocao/sdk/model.hpp>
#include <baocao/sdk/text.hpp>

namespace baocao {

std::string paragraph::text() const {
    std::string out;
    for (const text_run& r : runs) out += r.text;
    return out;
}

bool paragraph::all_bold() const {
    bool any = false;
    for (const text_run& r : runs) {
        if (text::trim(r.text).empty()) continue;
        if (!r.bold) return false;
        any = true;
    }
    return any;
}

bool paragraph::all_caps() const {
    // A run shown with w:caps counts as capitals whatever its stored case, so
    // only the runs without it need their letters checked.
    std::string uncapped;
    bool any_letters = false;
    for (const text_run& r : runs) {
        if (r.caps) {
            if (!text::trim(r.text).empty()) any_letters = true;
        } else {
            uncapped += r.text;
        }
    }
    if (text::trim(uncapped).empty()) return any_letters;
    return text::is_all_caps(uncapped);
}

std::string labelled_text(const paragraph& p) {
    if (p.numbering_label.empty()) return p.text();
    return p.numbering_label + " " + p.text();
}

namespace {
void append_plain(const std::vector<block>& blocks, std::string& out) {
    for (const block& b : blocks) {
        if (const auto* p = std::get_if<paragraph>(&b)) {
            out += labelled_text(*p);
            out += '\n';
            continue;
        }
        for (const table_row& row : std::get<table>(b).rows) {
            bool first = true;
            for (const table_cell& cell : row.cells) {
                if (cell.vertical_continuation) continue;
                if (!first) out += '\t';
                first = false;
                std::string inner;
                append_plain(cell.blocks, inner);
                while (!inner.empty() && inner.back() == '\n') inner.pop_back();
                // Keep a row on one line: paragraphs inside a cell become spaces.
                for (char& c : inner)
                    if (c == '\n') c = ' ';
                out += inner;
            }
            out += '\n';
        }
    }
}
}  // namespace

std::string plain_text(const std::vector<block>& blocks) {
    std::string out;
    append_plain(blocks, out);
    return out;
}

}  // namespace baocao
