// How a report is cut. Parsers keep evidence (styles, outline levels, labels,
// bold, caps, tables); this file decides. The order of decisions matters:
// first the frame (header and title at the top, signature and Nơi nhận at the
// end), then which body lines are headings, then how headings nest.
#include "sectionizer.hpp"


#include <baocao/sdk/dates.hpp>
#include <baocao/sdk/text.hpp>

#include <algorithm>
#include <array>
#include <cstring>

namespace baocao::sections {

namespace {

/// Prefixes here are a few letters, tested on every line: compared in place, not through memcmp.
bool starts_with(std::string_view s, std::string_view p) {
    if (s.size() < p.size()) return false;
    for (std::size_t i = 0; i < p.size(); ++i)
        if (s[i] != p[i]) return false;
    return true;
}

/// Bytes of a white-space code point (Unicode White_Space) starting at `s`, 0 when none.
std::size_t space_at(std::string_view s) {
    if (s.empty()) return 0;
    const auto b = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    if (b(0) == ' ' || (b(0) >= '\t' && b(0) <= '\r')) return 1;
    if (s.size() >= 2 && b(0) == 0xC2 && (b(1) == 0xA0 || b(1) == 0x85)) return 2;
    if (s.size() < 3) return 0;
    if (b(0) == 0xE2 && b(1) == 0x80 && (b(2) <= 0x8A || b(2) == 0xA8 || b(2) == 0xA9 || b(2) == 0xAF)) return 3;
    if ((b(0) == 0xE2 && b(1) == 0x81 && b(2) == 0x9F) || (b(0) == 0xE3 && b(1) == 0x80 && b(2) == 0x80) ||
        (b(0) == 0xE1 && b(1) == 0x9A && b(2) == 0x80))
        return 3;
    return 0;
}

/// True for an ASCII byte that is not white space: no white-space code point
/// starts or ends with it.
constexpr bool is_ascii_mark(char c) {
    const auto b = static_cast<unsigned char>(c);
    return b < 0x80 && b != ' ' && !(b >= '\t' && b <= '\r');
}

/// True for a byte space_at() can find white space at: ASCII white space and
/// the lead bytes of the longer white-space characters.
bool may_begin_space(unsigned char b) {
    return b == ' ' || (b >= '\t' && b <= '\r') || b == 0xC2 || (b >= 0xE1 && b <= 0xE3);
}

/// True for a byte a white-space character space_at() finds can end with:
/// ASCII white space and the last bytes of the longer ones.
bool may_end_space(unsigned char b) {
    return b == ' ' || (b >= '\t' && b <= '\r') || (b >= 0x80 && b <= 0x8A) || b == 0x9F || b == 0xA0 || b == 0xA8 || b == 0xA9 ||
           b == 0xAF;
}

/// The text without white space at its ends. Looks at the ends only: a
/// report's long paragraphs are not scanned whole for this.
std::string_view trim_edges(std::string_view s) {
    // The usual paragraph begins with a letter.
    if (!s.empty() && is_ascii_mark(s[0]) && is_ascii_mark(s.back())) return s;
    while (!s.empty() && may_begin_space(static_cast<unsigned char>(s[0])))
        if (const std::size_t n = space_at(s)) s.remove_prefix(n);
        else break;
    // The usual paragraph ends in a letter or a full stop.
    if (s.empty() || is_ascii_mark(s.back()) || !may_end_space(static_cast<unsigned char>(s.back()))) return s;
    while (!s.empty()) {
        std::size_t n = 0;
        for (std::size_t k = 1; k <= 3 && k <= s.size() && n == 0; ++k)
            if (space_at(s.substr(s.size() - k)) == k) n = k;
        if (n == 0) break;
        s.remove_suffix(n);
    }
    return s;
}

/// True when the text is empty or all white space.
bool is_blank(std::string_view s) { return s.empty() || (!is_ascii_mark(s[0]) && trim_edges(s).empty()); }

/// True when an ASCII byte of the text is neither white space nor a control
/// that trimming removes, so that the text is not blank whatever else it holds.
bool has_ascii_mark(std::string_view s) {
    for (const char c : s)
        if (is_ascii_mark(c)) return true;
    return false;
}

/// paragraph::all_bold(): every run with visible text is bold, and one is.
/// Answered here when every run either has a visible ASCII character or is
/// all ASCII white space; a run of other characters only asks the paragraph.
bool all_bold(const paragraph& p) {
    bool any = false;
    bool sure = true;
    for (const text_run& r : p.runs) {
        if (has_ascii_mark(r.text)) {
            if (!r.bold) return false;
            any = true;
        } else if (!std::all_of(r.text.begin(), r.text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
            sure = false;
        }
    }
    return sure ? any : p.all_bold();
}

/// What a byte of a run tells all_caps(): a lower-case ASCII letter, an
/// ASCII capital, a byte of a longer character, another visible ASCII
/// character; white space and controls tell nothing.
enum caps_byte : unsigned char { lower_letter = 1, capital = 2, wide = 4, other_mark = 8 };

constexpr std::array<unsigned char, 256> caps_bytes = [] {
    std::array<unsigned char, 256> a{};
    for (int c = 0; c < 256; ++c) {
        if (c >= 'a' && c <= 'z') a[c] = lower_letter;
        else if (c >= 'A' && c <= 'Z') a[c] = capital;
        else if (c >= 0x80) a[c] = wide;
        else if (is_ascii_mark(static_cast<char>(c))) a[c] = other_mark;
    }
    return a;
}();

/// paragraph::all_caps(), answered at once when a run shown as stored has a
/// lower-case ASCII letter, as nearly every body paragraph does, or when those
/// runs are plain ASCII with text and no capital (numbers in tables).
bool all_caps(const paragraph& p) {
    unsigned seen = 0;
    std::size_t uncapped_runs = 0;
    const text_run* only = nullptr;
    for (const text_run& r : p.runs) {
        if (r.caps) continue;
        ++uncapped_runs;
        only = &r;
        for (const char c : r.text) {
            const unsigned k = caps_bytes[static_cast<unsigned char>(c)];
            if (k == lower_letter) return false;
            seen |= k;
        }
    }
    const bool plain = (seen & (capital | wide)) == 0;
    if (plain && (seen & other_mark) != 0) return false;
    // paragraph::all_caps() asks is_all_caps of the runs shown as stored, once
    // they are known not to be blank, as a visible ASCII character shows here.
    if ((seen & (capital | other_mark)) == 0) return p.all_caps();
    if (uncapped_runs == 1) return text::is_all_caps(only->text);
    std::string uncapped;
    for (const text_run& r : p.runs)
        if (!r.caps) uncapped += r.text;
    return text::is_all_caps(uncapped);
}

/// Outline levels that "heading N" style names imply, remembered by name: a
/// report uses a handful of styles, and keying each paragraph's would cost more.
class style_outlines {
public:
    int level(const std::string& style_name) {
        if (style_name.empty()) return -1;
        // Paragraphs in a row mostly share their style.
        if (last_ < known_.size() && known_[last_].first == style_name) return known_[last_].second;
        for (std::size_t i = 0; i < known_.size(); ++i)
            if (known_[i].first == style_name) {
                last_ = i;
                return known_[i].second;
            }
        const std::string sk = text::match_key(style_name);
        int level = -1;
        if (starts_with(sk, "heading ") && sk.size() == 9 && sk[8] >= '1' && sk[8] <= '9') level = sk[8] - '1';
        if (known_.size() < 32) known_.emplace_back(style_name, level);
        return level;
    }

private:
    std::vector<std::pair<std::string, int>> known_;
    std::size_t last_ = 0;   ///< the style found last
};

/// Numbering labels classified, remembered by the label Word shows: a
/// report numbers its paragraphs in a few formats, and shows each label
/// ("-", "•", "1.") many times.
class numbering_labels {
public:
    const label_info& classify(const std::string& shown) {
        for (const auto& [label, info] : known_)
            if (label == shown) return info;
        if (known_.size() < 32) return known_.emplace_back(shown, classify_label(shown)).second;
        unkept_ = classify_label(shown);
        return unkept_;
    }

private:
    std::vector<std::pair<std::string, label_info>> known_;
    label_info unkept_;   ///< a label past those kept
};

/// The last visible character of a text (after trailing spaces and closing quotes).
char last_char(std::string_view s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '*')) s.remove_suffix(1);
    return s.empty() ? '\0' : s.back();
}

/// True when the text's first letter is lower case (a title's summary line, "sơ kết 5 năm ...").
bool starts_lower(std::string_view s) {
    for (std::size_t i = 0; i < s.size() && i < 8; ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 'a' && c <= 'z') return true;
        if (c >= 'A' && c <= 'Z') return false;
        if (c >= 0x80) {
            // A multi-byte letter: compare with its upper-case form.
            std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            const std::string ch(s.substr(i, len));
            return text::to_upper(ch) != ch;
        }
    }
    return false;
}

/// The paragraph's label and text, its runs copied once into the store.
void set_text(line& l, const paragraph& p, text_store& store, numbering_labels& labels, std::string_view& joined) {
    std::size_t size = 0;
    for (const text_run& r : p.runs) size += r.text.size();
    // Room before the runs for a numbering label and its space, so that the
    // labelled text usually needs no second copy.
    const std::size_t label_room = p.numbering_label.empty() ? 0 : p.numbering_label.size() + 1;
    char* const region = store.room(label_room + size);
    char* o = region + label_room;
    for (const text_run& r : p.runs) {
        if (!r.text.empty()) std::memcpy(o, r.text.data(), r.text.size());
        o += r.text.size();
    }
    joined = std::string_view(region + label_room, size);
    const std::string_view raw = trim_edges(joined);
    if (!p.numbering_label.empty()) {
        l.label = labels.classify(p.numbering_label);
        l.parser_label = true;
        const std::string_view label = l.label.text;
        l.content_from = label.size() + 1;
        if (raw.data() == joined.data()) {
            // The label is no longer than the numbering label it is trimmed from: it fits the room left for it.
            char* const start = region + label_room - l.content_from;
            if (!label.empty()) std::memcpy(start, label.data(), label.size());
            start[label.size()] = ' ';
            l.text = std::string_view(start, l.content_from + raw.size());
        } else {
            // White space before the runs' text: the bytes before it stay as they are, for the run-in lead.
            l.text = store.join({label, " ", raw});
        }
    } else {
        l.label = typed_label(raw);
        // The text is trimmed at its end already, so what follows the label is a suffix of it.
        if (l.label.kind != label_kind::ordinal && l.label.length != 0)
            l.content_from = raw.size() - trim_edges(raw.substr(l.label.length)).size();
        l.text = raw;
    }
}

/// A run-in lead: the paragraph opens with bold runs and goes on in regular
/// type. `joined` holds the runs as they are, one after the other.
void set_lead(line& l, const paragraph& p, std::string_view joined, text_store& store) {
    std::size_t r = 0;
    std::size_t lead_bytes = 0;
    while (r < p.runs.size() && (p.runs[r].bold || is_blank(p.runs[r].text))) lead_bytes += p.runs[r++].text.size();
    // Without a regular run the paragraph has no rest, and without a bold
    // run before it no lead: the words a lead needs are never there.
    if (r == 0 || r == p.runs.size()) return;
    std::string_view lead = trim_edges(joined.substr(0, lead_bytes));
    if (lead.empty()) return;
    std::string_view rest = trim_edges(joined.substr(lead_bytes));
    // The colon or period that ends a lead is sometimes typed in regular weight.
    if (!rest.empty() && (rest[0] == ':' || rest[0] == '.')) {
        lead = lead.data() + lead.size() == rest.data() ? std::string_view(lead.data(), lead.size() + 1)
                                                          : store.join({lead, rest.substr(0, 1)});
        rest = trim_edges(rest.substr(1));
    }
    if (rest.empty()) return;
    const label_info ll = p.numbering_label.empty() ? typed_label(lead) : l.label;
    const std::string_view lead_body =
        p.numbering_label.empty() ? trim_edges(lead.substr(ll.kind == label_kind::ordinal ? 0 : ll.length)) : lead;
    std::string lk;
    const std::size_t lw = text::assign_match_key(lk, lead_body);
    const char end = last_char(lead);
    const bool labelled = ll.kind != label_kind::none && ll.kind != label_kind::ordinal && ll.kind != label_kind::bullet;
    // Only a bold number ("**2.1.** Cấp ủy ...") is body text with an emphasised label.
    if (lw >= 2 && lw <= 20 && (end == ':' || end == '.' || (labelled && end != ','))) {
        l.lead = p.numbering_label.empty() ? lead : store.join({l.label.text, " ", lead});
        l.lead_key = std::move(lk);
        l.rest = rest;
    }
}

/// Words a line's head is first made with. Every body line is tested on how
/// it begins ("nơi nhận", "trên đây là": three words); a line with a label or
/// emphasis on its length too, up to the limits heading_of() weighs it by. A
/// line with emphasis, an outline level, or a part, Roman or capital-letter
/// label is keyed as far as the longest heading (60 words), which for a
/// heading is its whole key, needed once it is one; a numbered line as far as
/// a numbered heading of its own (14 words).
std::size_t head_words_for(const line& l, bool bold, bool caps) {
    const label_kind k = l.label.kind;
    if (bold || caps || l.outline >= 0 || k == label_kind::part || k == label_kind::roman || k == label_kind::upper_letter) return 61;
    if (k == label_kind::arabic || k == label_kind::decimal || k == label_kind::letter) return 16;
    return 3;
}

/// Fills a line from one paragraph.
void fill_line(line& l, const paragraph& p, style_outlines& styles, numbering_labels& labels, text_store& store) {
    std::string_view joined;
    set_text(l, p, store, labels, joined);
    l.read_opening();
    const bool bold = all_bold(p);
    const bool caps = all_caps(p);
    l.outline = p.outline_level;
    // A "heading N" style without an outline level in the document still says so.
    if (l.outline < 0) l.outline = styles.level(p.style_name);
    l.head_words = head_words_for(l, bold, caps);
    l.bold = bold && l.has_words();
    l.caps = caps && l.has_words();
    // Italic unless a run with visible text is not.
    bool italic = !p.runs.empty();
    for (const text_run& r : p.runs)
        if (!r.italic && !is_blank(r.text)) {
            italic = false;
            break;
        }
    l.italic = italic && l.has_words();
    l.centered = p.align == alignment::center;
    if (!l.bold && !p.runs.empty()) set_lead(l, p, joined, store);
}

/// Counts the lines a document gives.
std::size_t count_lines(const std::vector<block>& blocks) {
    std::size_t n = 0;
    for (const block& b : blocks) {
        if (std::holds_alternative<paragraph>(b)) {
            ++n;
            continue;
        }
        for (const table_row& row : std::get<table>(b).rows)
            for (const table_cell& cell : row.cells)
                if (!cell.vertical_continuation) n += count_lines(cell.blocks);
    }
    return n;
}

void flatten(const std::vector<block>& blocks, std::vector<line>& out, int table_id, bool layout, int& next_table,
             style_outlines& styles, numbering_labels& labels, text_store& store) {
    for (const block& b : blocks) {
        if (const auto* p = std::get_if<paragraph>(&b)) {
            // Room for every line is reserved: the line is filled where it stays.
            line& l = out.emplace_back();
            fill_line(l, *p, styles, labels, store);
            l.table = table_id;
            l.layout_table = layout;
            // A line whose words are only a label ("1.") is not empty; the full key is needed only then.
            if (!l.has_words() && text::match_key(l.text).empty()) l.role = line_role::empty;
        } else {
            const table& t = std::get<table>(b);
            const int id = table_id >= 0 ? table_id : next_table++;
            const bool lay = table_id >= 0 ? layout : t.borderless;
            for (const table_row& row : t.rows)
                for (const table_cell& cell : row.cells)
                    if (!cell.vertical_continuation) flatten(cell.blocks, out, id, lay, next_table, styles, labels, store);
        }
    }
}

bool is_report_kind(const line& l) {
    if (l.key_is("bao cao") || l.key_is("to trinh") || l.key_is("tham luan") || l.key_is("bao cao tham luan")) return true;
    return l.begins_with("bao cao ") && l.caps && l.words_at_most(30) && l.label.kind == label_kind::none;
}

bool is_header_like(const line& l) {
    if (l.key_is("dang cong san viet nam") || l.begins_with("cong hoa xa hoi chu nghia") || l.begins_with("doc lap tu do hanh phuc"))
        return true;
    if ((l.begins_with("so ") || l.key_is("so")) && l.words_at_most(8)) return true;
    if (dates::parse_place_date_line(l.text)) return true;
    return l.caps && l.words_at_most(10) && l.label.kind == label_kind::none;
}

bool is_rule(std::string_view t) {
    t = std::string_view(t);
    if (t.empty()) return false;
    for (char c : t)
        if (c != '-' && c != '*' && c != '_' && c != '=' && c != ' ' && c != '.') return false;
    return true;
}

bool opens_body(const line& l) {
    static constexpr std::array<std::string_view, 8> openers{
        "thuc hien", "can cu", "kinh gui", "theo ", "duoc su", "nham ", "trien khai", "thuc hien ke hoach"};
    for (std::string_view o : openers)
        if (l.begins_with(o)) return true;
    return false;
}

/// Signature authority lines: "T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN", "K/T TRƯỞNG BAN", "TL.", "TUQ.".
bool is_signature_line(const line& l) {
    if (l.begins_with("noi nhan")) return true;
    if (!l.caps && !l.bold) return false;
    static constexpr std::array<std::string_view, 7> marks{"t m ", "tm ", "k t ", "kt ", "t l ", "tl ", "tuq "};
    for (std::string_view m : marks)
        if (l.begins_with(m) && l.words_at_most(10)) return true;
    return false;
}

bool starts_annex(const line& l) {
    if (!(l.caps || l.bold || l.outline >= 0) || !l.words_at_most(25)) return false;
    return l.begins_with("phu luc") || l.begins_with("bieu") || l.begins_with("danh sach") || is_report_kind(l);
}

/// Whether a body line is a heading, and how sure the formatting makes it.
enum class heading_evidence { none, plain, formatted };

heading_evidence heading_of(const line& l) {
    if (l.table >= 0 || l.role != line_role::body) return heading_evidence::none;
    if (!l.lead.empty()) return heading_evidence::formatted;
    const label_kind k = l.label.kind;
    if (k == label_kind::ordinal) return heading_evidence::none;
    if (k == label_kind::part && l.words_at_most(30)) return heading_evidence::formatted;
    const char end = last_char(l.content());
    const bool ends_open = end == ';' || end == ',';
    if (!l.has_words() || ends_open) return heading_evidence::none;
    if (k == label_kind::bullet) {
        // A dash item is a heading only as a short bold or capital line ("- Về kinh tế:").
        return (l.bold || l.caps) && l.words_at_most(12) && (end == ':' || (end != '.' && l.words_at_most(8))) ? heading_evidence::formatted
                                                                                                  : heading_evidence::none;
    }
    if (l.outline >= 0 && l.words_at_most(60)) return heading_evidence::formatted;
    if (l.bold && l.words_at_most(60) && (k != label_kind::none || l.words_at_most(30))) return heading_evidence::formatted;
    if (l.caps && l.words_at_most(40)) return heading_evidence::formatted;
    if ((k == label_kind::roman || k == label_kind::upper_letter) && l.words_at_most(30) && (end != '.' || l.words_at_most(15)))
        return heading_evidence::plain;
    if ((k == label_kind::arabic || k == label_kind::decimal || k == label_kind::letter) && l.words_at_most(14) && end != '.')
        return heading_evidence::plain;
    return heading_evidence::none;
}

/// Nesting kind and rank of a heading line.
std::pair<std::string, int> kind_of(const line& l) {
    if (l.label.kind != label_kind::none && l.label.kind != label_kind::ordinal)
        return {kind_name(l.label.kind, l.label.depth), rank_of(l.label.kind, l.label.depth)};
    if (!l.lead.empty()) return {"runin", 9};
    if (l.outline >= 0) return {"outline" + std::to_string(l.outline), -1};
    return {l.caps ? "caps" : "bold", -1};
}

/// kind_of(l).first as a pair of numbers, equal exactly when the names are:
/// the label kind (with the depth that names a decimal label), or run-in,
/// outline (with its level), capital or bold.
using kind_code = std::pair<int, int>;

kind_code code_of_kind(const line& l) {
    const label_kind k = l.label.kind;
    if (k != label_kind::none && k != label_kind::ordinal) return {static_cast<int>(k), k == label_kind::decimal ? l.label.depth : 0};
    if (!l.lead.empty()) return {-1, 0};
    if (l.outline >= 0) return {-2, l.outline};
    return {l.caps ? -3 : -4, 0};
}

struct flat_node {
    std::size_t heading;
    std::size_t title_line = no_line;
    std::string kind;
    int rank;
    std::size_t parent = no_line;
    std::vector<std::size_t> body;
    std::vector<std::size_t> children;
};

/// The section of node `i` and its descendants; takes the nodes' contents, each node being built once, and the heading lines' keys.
section build(std::vector<flat_node>& nodes, std::size_t i, std::vector<line>& lines) {
    flat_node& n = nodes[i];
    section s;
    s.heading = n.heading;
    s.title_line = n.title_line;
    s.kind = std::move(n.kind);
    s.body = std::move(n.body);
    line& h = lines[n.heading];
    s.heading_text = h.lead.empty() ? h.text : h.lead;
    // The heading's key is the section's now: nothing else reads it.
    s.heading_key = h.lead.empty() ? h.take_key() : h.lead_key;
    if (n.title_line != no_line) {
        s.heading_text += '\n';
        s.heading_text += lines[n.title_line].text;
        s.heading_key += (s.heading_key.empty() ? "" : " ") + lines[n.title_line].key();
    }
    s.children.reserve(n.children.size());
    for (std::size_t c : n.children) s.children.push_back(build(nodes, c, lines));
    return s;
}

}  // namespace

std::size_t count_sections(const std::vector<section>& sections) {
    std::size_t n = sections.size();
    for (const section& s : sections) n += count_sections(s.children);
    return n;
}

sectioned_report sectionize(const document& doc) {
    sectioned_report out;
    int next_table = 0;
    style_outlines styles;
    out.lines.reserve(count_lines(doc.body));
    numbering_labels labels;
    flatten(doc.body, out.lines, -1, false, next_table, styles, labels, out.store);
    std::vector<line>& lines = out.lines;
    const std::size_t n = lines.size();

    // --- The top: header, kind line and title, addressee. ---
    std::size_t kind_at = no_line;
    for (std::size_t i = 0; i < n && i < 60; ++i)
        if (lines[i].role == line_role::body && lines[i].table < 0 && is_report_kind(lines[i])) {
            kind_at = i;
            break;
        }
    std::size_t body_from = 0;
    if (kind_at != no_line) {
        for (std::size_t i = 0; i < kind_at; ++i)
            if (lines[i].role != line_role::empty) lines[i].role = line_role::header;
        lines[kind_at].role = line_role::title;
        out.title = lines[kind_at].text;
        std::size_t i = kind_at + 1;
        std::size_t taken = 0;
        for (; i < n && taken < 5; ++i) {
            line& l = lines[i];
            if (l.role == line_role::empty) {
                if (taken > 0) break;
                continue;
            }
            if (is_rule(l.text)) {
                l.role = line_role::title;
                ++i;
                break;
            }
            if (l.table >= 0 || l.label.kind != label_kind::none || opens_body(l) || !l.lead.empty()) break;
            if (!(l.bold || l.centered || l.italic || starts_lower(l.content())) || !l.words_at_most(80)) break;
            l.role = line_role::title;
            out.title += '\n';
            out.title += l.text;
            ++taken;
        }
        body_from = i;
    } else {
        // No kind line: the header is the leading tables and header-like lines.
        std::size_t i = 0;
        while (i < n) {
            line& l = lines[i];
            if (l.role == line_role::empty) {
                ++i;
                continue;
            }
            if (l.table >= 0 && l.table == lines[0].table) {
                l.role = line_role::header;
            } else if (l.table < 0 && (is_header_like(l) || is_rule(l.text))) {
                l.role = line_role::header;
            } else {
                break;
            }
            ++i;
        }
        body_from = i;
    }
    // "Kính gửi:" and the addressees listed under it.
    for (std::size_t i = body_from; i < n; ++i) {
        line& l = lines[i];
        if (l.role == line_role::empty) continue;
        if (l.begins_with("kinh gui")) {
            l.role = line_role::addressee;
            std::size_t j = i + 1;
            while (j < n && (lines[j].role == line_role::empty ||
                             (lines[j].label.kind == label_kind::bullet && lines[j].words_at_most(15) && lines[j].table < 0))) {
                if (lines[j].role != line_role::empty) lines[j].role = line_role::addressee;
                ++j;
            }
            body_from = j;
        }
        break;
    }

    // --- The end: closing formula, signature and Nơi nhận, then any annex. ---
    std::size_t end_at = n;
    // A borderless table whose lines from one on were all looked at holds no
    // signature line from a later one on either.
    int table_without_signature = -1;
    for (std::size_t i = body_from; i < n; ++i) {
        const line& l = lines[i];
        if (l.role == line_role::empty) continue;
        if (l.table >= 0 && l.table == table_without_signature) continue;
        bool sig = is_signature_line(l);
        if (!sig && l.table >= 0 && l.layout_table) {
            // A borderless table holding Nơi nhận or T/M is the signature block.
            for (std::size_t j = i; j < n && lines[j].table == l.table && !sig; ++j) sig = is_signature_line(lines[j]);
            if (!sig) table_without_signature = l.table;
        }
        if (sig) {
            end_at = i;
            break;
        }
    }
    for (std::size_t i = body_from; i < end_at; ++i)
        if (lines[i].role == line_role::body && lines[i].begins_with("tren day la")) {
            lines[i].role = line_role::closing;
            // Short lines after the closing formula (a name, "Đã ký") belong to the signature.
            bool only_short = true;
            for (std::size_t j = i + 1; j < end_at; ++j)
                only_short = only_short && (lines[j].role == line_role::empty || lines[j].words_at_most(8));
            if (only_short) {
                for (std::size_t j = i + 1; j < end_at; ++j)
                    if (lines[j].role != line_role::empty) lines[j].role = line_role::signature;
                end_at = i + 1;
            }
            break;
        }
    bool in_annex = false;
    for (std::size_t i = end_at; i < n; ++i) {
        line& l = lines[i];
        if (!in_annex && l.role != line_role::empty && l.table < 0 && starts_annex(l)) in_annex = true;
        if (l.role == line_role::empty) continue;
        l.role = in_annex ? line_role::annex : line_role::signature;
        if (in_annex) out.annex.push_back(i);
    }

    // --- Headings. ---
    std::vector<heading_evidence> ev(n, heading_evidence::none);
    std::vector<kind_code> formatted_kinds;
    bool any_plain = false;
    for (std::size_t i = body_from; i < end_at; ++i) {
        ev[i] = heading_of(lines[i]);
        any_plain = any_plain || ev[i] == heading_evidence::plain;
        if (ev[i] == heading_evidence::formatted && lines[i].lead.empty()) {
            const kind_code k = code_of_kind(lines[i]);
            if (std::find(formatted_kinds.begin(), formatted_kinds.end(), k) == formatted_kinds.end()) formatted_kinds.push_back(k);
        }
    }
    // A producer that makes its headings bold makes all of them bold: a plain
    // line with the same kind of label is then a numbered body paragraph.
    if (any_plain)
        for (std::size_t i = body_from; i < end_at; ++i)
            if (ev[i] == heading_evidence::plain &&
                std::find(formatted_kinds.begin(), formatted_kinds.end(), code_of_kind(lines[i])) != formatted_kinds.end())
                ev[i] = heading_evidence::none;

    // The preamble: opening paragraphs before the first heading that name the trigger.
    std::size_t first_heading = end_at;
    for (std::size_t i = body_from; i < end_at; ++i)
        if (ev[i] != heading_evidence::none) {
            first_heading = i;
            break;
        }
    for (std::size_t i = body_from; i < first_heading; ++i) {
        line& l = lines[i];
        if (l.role != line_role::body) continue;
        const char end = last_char(l.content());
        if (opens_body(l) || end == ':' || l.key().find("bao cao nhu sau") != std::string::npos) {
            l.role = line_role::preamble;
            continue;
        }
        break;
    }

    // --- Nesting. ---
    std::vector<flat_node> nodes;
    nodes.reserve(static_cast<std::size_t>(std::count_if(ev.begin(), ev.end(), [](heading_evidence e) { return e != heading_evidence::none; })));
    std::vector<std::size_t> roots;
    std::vector<std::size_t> stack;
    // Body lines by node, in order, handed to their nodes once counted.
    std::vector<std::pair<std::size_t, std::size_t>> placed;
    placed.reserve(end_at - body_from);
    std::size_t current = no_line;
    for (std::size_t i = body_from; i < end_at; ++i) {
        line& l = lines[i];
        if (l.role != line_role::body) continue;
        if (ev[i] == heading_evidence::none) {
            if (current == no_line) out.intro.push_back(i);
            else placed.emplace_back(current, i);
            continue;
        }
        l.role = line_role::heading;
        auto [kind, rank] = kind_of(l);
        flat_node node{i, no_line, kind, rank, no_line, {}, {}};
        // A bare "Phần thứ nhất" takes the title on the next line.
        if (l.label.kind == label_kind::part && l.words_at_most(2) && l.lead.empty()) {
            std::size_t j = i + 1;
            while (j < end_at && lines[j].role == line_role::empty) ++j;
            if (j < end_at && ev[j] != heading_evidence::none && lines[j].label.kind == label_kind::none && lines[j].lead.empty()) {
                node.title_line = j;
                lines[j].role = line_role::heading;
                ev[j] = heading_evidence::none;
            }
        }
        auto found = stack.end();
        for (auto it = stack.begin(); it != stack.end(); ++it)
            if (nodes[*it].kind == kind) {
                found = it;
                break;
            }
        if (found != stack.end()) {
            stack.erase(found, stack.end());
        } else if (rank >= 0) {
            while (!stack.empty() && nodes[stack.back()].rank >= rank) stack.pop_back();
        } else if (kind == "caps") {
            // An unnumbered capital heading sits above numbered subsections.
            while (!stack.empty() && nodes[stack.back()].rank >= rank_of(label_kind::arabic, 1)) stack.pop_back();
        } else if (starts_with(kind, "outline")) {
            while (!stack.empty() && starts_with(nodes[stack.back()].kind, "outline") && nodes[stack.back()].kind >= kind)
                stack.pop_back();
        }
        const std::size_t id = nodes.size();
        node.parent = stack.empty() ? no_line : stack.back();
        nodes.push_back(std::move(node));
        if (nodes[id].parent == no_line) roots.push_back(id);
        else nodes[nodes[id].parent].children.push_back(id);
        stack.push_back(id);
        current = id;
        if (!l.lead.empty()) placed.emplace_back(id, i);
        if (nodes[id].title_line != no_line) i = nodes[id].title_line;
    }
    {
        std::vector<std::size_t> count(nodes.size(), 0);
        for (const auto& [node, i] : placed) ++count[node];
        for (std::size_t k = 0; k < nodes.size(); ++k) nodes[k].body.reserve(count[k]);
        for (const auto& [node, i] : placed) nodes[node].body.push_back(i);
    }
    out.sections.reserve(roots.size());
    for (std::size_t r : roots) out.sections.push_back(build(nodes, r, lines));
    return out;
}

}  // namespace baocao::sections
