// SPDX-License-Identifier: Apache-2.0
#include "scale_corpus.hpp"

#include "docx_writer.hpp"
#include "mailbox_writer.hpp"
#include "random.hpp"
#include "report_composer.hpp"
#include "roster_data.hpp"

#include <cstdio>
#include <iterator>
#include <string>
#include <vector>

namespace baocao::samplegen {

namespace {

/// The `n`-th name of a district made for the corpus: two syllables of place
/// names, never a place of the roster, 2 000 and more before one comes again.
std::string made_district_name(std::size_t n) {
    static const char* const first[] = {"An",   "Bình",  "Cẩm",   "Diễn", "Đông", "Gia",    "Hòa",   "Hưng",  "Hải",   "Kim",
                                        "Lạc",  "Long",  "Minh",  "Mỹ",   "Nam",  "Ninh",   "Phú",   "Phúc",  "Quang", "Quế",
                                        "Sơn",  "Tân",   "Thái",  "Thạch", "Thanh", "Thiệu", "Thọ",   "Thuận", "Tiên",  "Trung",
                                        "Tuy",  "Vĩnh",  "Văn",   "Việt", "Xuân", "Yên",    "Bắc",   "Cao",   "Đại",   "Định",
                                        "Hiệp", "Hoằng", "Kỳ",    "Lâm",  "Lục",  "Nghĩa",  "Như",   "Quỳnh", "Triệu", "Tam"};
    static const char* const second[] = {"Bình", "Châu", "Điền", "Giang", "Hà",   "Hải",   "Hòa",   "Hóa",   "Hưng",
                                         "Khánh", "Lâm",  "Lập",  "Lộc",   "Long", "Lương", "Mỹ",    "Nguyên", "Phong",
                                         "Phú",  "Phước", "Quan", "Sơn",   "Thành", "Thịnh", "Thủy", "Tiến",  "Trạch",
                                         "Trường", "Xuyên", "Yên", "An",   "Đức",  "Hậu",   "Hội",   "Linh",  "Minh",
                                         "Ninh", "Phương", "Tân", "Thắng", "Thông", "Thuận", "Trung", "Vinh",  "Xá"};
    static const std::vector<std::string> names = [&] {
        std::vector<std::string> out;
        for (std::size_t at = 0; at < std::size(first) * std::size(second); ++at) {
            const std::string a = first[at % std::size(first)], b = second[at / std::size(first)];
            if (a == b) continue;
            const std::string name = a + " " + b;
            bool taken = false;
            for (const auto& u : roster_units())
                for (const auto& place : u.place_names) taken = taken || place == name;
            if (!taken) out.push_back(name);
        }
        return out;
    }();
    return names[n % names.size()];
}

}  // namespace

int write_flat_corpus(const std::filesystem::path& out, std::uint64_t seed, int count, const flat_corpus_options& fo) {
    // District committees of other provinces: units a Hà Tĩnh roster does not know.
    static const char* const foreign[][2] = {{"Quỳnh Lưu", "Nghệ An"}, {"Thanh Chương", "Nghệ An"},
                                             {"Hải Hậu", "Nam Định"},  {"Tĩnh Gia", "Thanh Hóa"},
                                             {"Lệ Thủy", "Quảng Bình"}, {"Gio Linh", "Quảng Trị"},
                                             {"Yên Thành", "Nghệ An"},  {"Bố Trạch", "Quảng Bình"}};
    random_source rng(seed ^ 0xC0FFEEULL);
    const auto& units = roster_units();
    static const heading_mode modes[] = {heading_mode::typed, heading_mode::typed_styles, heading_mode::auto_styles,
                                         heading_mode::auto_direct, heading_mode::bold_only};
    for (int i = 0; i < count; ++i) {
        random_source local = rng.fork(static_cast<std::uint64_t>(i) + 1);
        report_options o;
        o.unit_id = units[local.index(units.size())].id;
        o.number = static_cast<int>(local.between(20, 420));
        o.date.day = static_cast<int>(local.between(20, 30));
        o.date.month = 9;
        if (local.chance(0.4)) {
            o.date.month = 10;
            o.date.day = static_cast<int>(local.between(1, 12));
        }
        o.shape = local.chance(0.4) ? report_shape::parts : report_shape::flat;
        o.headings = modes[local.index(5)];
        o.front_own_section = local.chance(0.5);
        o.skip_front = local.chance(0.08);
        o.results_first = local.chance(0.1);
        o.part_without_headings = o.shape == report_shape::parts && local.chance(0.15);
        o.assessment_block = local.chance(0.8);
        o.stats_table = local.chance(0.6);
        o.tcvn3 = local.chance(0.05);
        o.tracked_changes = local.chance(0.08);
        o.header_in_table = local.chance(0.92);
        o.parent_line = local.chance(0.6);
        o.padded_date = local.chance(0.3);
        o.length = static_cast<int>(local.between(1, 1));
        if (fo.long_reports) {
            // Long reports: several times the paragraphs, figures in most of them, many tables.
            o.length = static_cast<int>(local.between(3, 6));
            o.long_form = true;
            o.stats_table = true;
        }
        o.word_like_markup = true;
        o.revision_count = static_cast<std::size_t>(local.between(200, 700));
        o.seed = local.next();
        if (fo.foreign_share > 0 && local.chance(fo.foreign_share)) {
            const auto& f = foreign[local.index(std::size(foreign))];
            o.foreign_place = fo.distinct_foreign ? made_district_name(static_cast<std::size_t>(i)) : f[0];
            o.foreign_province = f[1];
            o.unit_id = "nghi-xuan";  // writes like a district committee
            o.tcvn3 = false;          // its header is read as Unicode text
        }
        const composed_report r = compose_report(o);
        char name[96];
        std::snprintf(name, sizeof name, "bao-cao-%04d-%s.docx", i + 1, o.foreign_place.empty() ? o.unit_id.c_str() : "ngoai-danh-sach");
        write_file(out / name, write_docx(r.doc));
    }
    return count;
}

}  // namespace baocao::samplegen
