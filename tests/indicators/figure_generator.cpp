// SPDX-License-Identifier: Apache-2.0
// The phrases here are written as a reporter would vary them, not from the
// rules' cue lists: some state a figure in ways the rules may not read (a
// registration told after the number, an issuing verb far from its noun), so
// the score is a measure, not a mirror.
#include "figure_generator.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <random>
#include <set>

namespace baocao::testing {

namespace {

struct unit_spec {
    std::string id, name, level, kind, place;  ///< kind: "huyện", "thị xã", "thành phố"; "" for a provincial body
};

const std::vector<unit_spec>& specs() {
    static const std::vector<unit_spec> all = {
        {"tp-ha-tinh", "Thành ủy Hà Tĩnh", "district", "thành phố", "Hà Tĩnh"},
        {"hong-linh", "Thị ủy Hồng Lĩnh", "district", "thị xã", "Hồng Lĩnh"},
        {"nghi-xuan", "Huyện ủy Nghi Xuân", "district", "huyện", "Nghi Xuân"},
        {"duc-tho", "Huyện ủy Đức Thọ", "district", "huyện", "Đức Thọ"},
        {"huong-son", "Huyện ủy Hương Sơn", "district", "huyện", "Hương Sơn"},
        {"huong-khe", "Huyện ủy Hương Khê", "district", "huyện", "Hương Khê"},
        {"vu-quang", "Huyện ủy Vũ Quang", "district", "huyện", "Vũ Quang"},
        {"can-loc", "Huyện ủy Can Lộc", "district", "huyện", "Can Lộc"},
        {"loc-ha", "Huyện ủy Lộc Hà", "district", "huyện", "Lộc Hà"},
        {"thach-ha", "Huyện ủy Thạch Hà", "district", "huyện", "Thạch Hà"},
        {"cam-xuyen", "Huyện ủy Cẩm Xuyên", "district", "huyện", "Cẩm Xuyên"},
        {"ky-anh", "Huyện ủy Kỳ Anh", "district", "huyện", "Kỳ Anh"},
        {"hoi-nong-dan", "Hội Nông dân tỉnh Hà Tĩnh", "organization", "", "Hà Tĩnh"},
        {"hoi-lhpn", "Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh", "organization", "", "Hà Tĩnh"},
        {"tinh-doan", "Tỉnh đoàn Hà Tĩnh", "organization", "", "Hà Tĩnh"},
        {"mttq", "Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh", "organization", "", "Hà Tĩnh"},
        {"hoi-ccb", "Hội Cựu chiến binh tỉnh Hà Tĩnh", "organization", "", "Hà Tĩnh"},
        {"ldld", "Liên đoàn Lao động tỉnh Hà Tĩnh", "organization", "", "Hà Tĩnh"},
        {"dang-uy-khoi-cac-co-quan", "Đảng ủy Khối các cơ quan tỉnh Hà Tĩnh", "district", "", "Hà Tĩnh"},
        {"dang-uy-khoi-doanh-nghiep", "Đảng ủy Khối Doanh nghiệp tỉnh Hà Tĩnh", "district", "", "Hà Tĩnh"},
        {"dang-uy-quan-su", "Đảng ủy Quân sự tỉnh Hà Tĩnh", "district", "", "Hà Tĩnh"},
        {"dang-uy-cong-an", "Đảng ủy Công an tỉnh Hà Tĩnh", "district", "", "Hà Tĩnh"},
        {"dang-uy-bien-phong", "Đảng ủy Bộ đội Biên phòng tỉnh Hà Tĩnh", "district", "", "Hà Tĩnh"},
    };
    return all;
}

const std::vector<std::string> communes = {"Thiên Lộc", "Sơn Kim", "Xuân Hội", "Đức Lạc", "Cẩm Bình", "Kỳ Phong",
                                           "Thạch Kim", "Hương Trà", "Ích Hậu", "Phú Gia"};
const std::vector<std::string> model_names = {"Dân vận khéo trong xây dựng nông thôn mới", "Hũ gạo tình thương",
                                              "Khu dân cư tự quản", "Con đường hoa", "Tổ hòa giải giỏi",
                                              "Nuôi bò sinh sản"};

class dice {
public:
    explicit dice(unsigned seed) : engine_(seed) {}
    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(engine_); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(engine_) < p; }
    template <class T>
    const T& pick(const std::vector<T>& v) { return v[static_cast<std::size_t>(between(0, static_cast<int>(v.size()) - 1))]; }
    /// A tenth-precision amount between lo and hi.
    double tenths(int lo, int hi) { return between(lo * 10, hi * 10) / 10.0; }

private:
    std::mt19937 engine_;
};

/// "12.345": thousands with dots, as Vietnamese writes them.
std::string vn(long n) {
    std::string digits = std::to_string(n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += '.';
        out += digits[i];
    }
    return out;
}

/// "72,7", "1.234,5": a decimal comma.
std::string vn(double x) {
    const long whole = static_cast<long>(std::floor(x));
    const int tenth = static_cast<int>(std::lround((x - whole) * 10));
    return tenth == 0 ? vn(whole) : vn(whole) + "," + std::to_string(tenth);
}

/// One report being written: its paragraphs and its labelled figures.
class report_writer {
public:
    report_writer(generated_report& r, dice& d) : r_(r), d_(d) {}

    void heading(const std::string& text) {
        paragraph p;
        p.runs.push_back(plain_run(text));
        p.outline_level = 0;
        r_.doc.body.emplace_back(std::move(p));
    }
    void say(const std::string& sentence) {
        paragraph p;
        p.runs.push_back(plain_run(sentence));
        r_.doc.body.emplace_back(std::move(p));
    }
    void label(const std::string& unit, const std::string& indicator, const std::string& role, double value) {
        r_.figures.push_back({r_.file_name, unit, indicator, role, value, ""});
    }

private:
    generated_report& r_;
    dice& d_;
};

/// A unit's own values, and what bodies say about districts, to total as a staffer would.
struct truth_book {
    std::map<std::string, std::map<std::string, double>> own;                    // unit → indicator → value
    std::map<std::string, std::map<std::string, std::set<double>>> credited;    // unit → indicator → values
};

/// Distinct positive values summing to `total`, `parts` of them (fewer when the total is small).
std::vector<long> split(dice& d, long total, int parts) {
    std::vector<long> out;
    long left = total;
    for (int i = 0; i < parts - 1 && left > parts * 2; ++i) {
        long v = std::max(1L, left / (parts - i) + d.between(-static_cast<int>(left / 10), static_cast<int>(left / 10)));
        while (std::find(out.begin(), out.end(), v) != out.end() || v >= left) --v;
        if (v <= 0) break;
        out.push_back(v);
        left -= v;
    }
    if (std::find(out.begin(), out.end(), left) != out.end()) {
        out.back() += left;  // keep the parts distinct
    } else {
        out.push_back(left);
    }
    return out;
}

void write_unit(const unit_spec& u, generated_report& r, dice& d, truth_book& truth) {
    report_writer w(r, d);
    const bool district = !u.kind.empty();
    const std::string area = district ? u.kind : "tỉnh";
    const std::string self = district ? u.name : u.name.substr(0, u.name.find(" tỉnh"));
    auto own = [&](const std::string& indicator, double value) { truth.own[u.id][indicator] = value; };
    auto commune = [&] { return d.pick(communes); };

    w.say("Thực hiện Kế hoạch số 99-KH/TU của Ban Thường vụ Tỉnh ủy, " + self + " báo cáo kết quả như sau:");
    w.heading("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO");
    if (d.chance(0.8)) {
        const long docs = d.between(4, 40);
        if (d.chance(0.6)) w.say("Ban Thường vụ đã ban hành " + vn(docs) + " văn bản chỉ đạo, hướng dẫn thực hiện Chỉ thị.");
        else w.say("Trong 5 năm, các cấp ủy ban hành " + vn(docs) + " văn bản lãnh đạo về công tác dân vận.");
        w.label(u.id, "documents", "result", docs);
        own("documents", docs);
    }
    if (d.chance(0.8)) {
        const long conf = d.between(2, 30), people = d.between(300, 20000);
        if (d.chance(0.5)) w.say("Tổ chức " + vn(conf) + " hội nghị quán triệt cho " + vn(people) + " lượt cán bộ, đảng viên.");
        else w.say("Đã tổ chức " + vn(conf) + " hội nghị học tập Chỉ thị, thu hút " + vn(people) + " lượt người tham dự.");
        w.label(u.id, "conferences", "result", conf);
        w.label(u.id, "participants", "result", people);
        own("conferences", conf);
        own("participants", people);
    }
    if (d.chance(0.7)) {
        const long classes = d.between(1, 20), trainees = d.between(50, 2000);
        if (d.chance(0.5)) w.say("Mở " + vn(classes) + " lớp bồi dưỡng nghiệp vụ dân vận cho " + vn(trainees) + " học viên.");
        else w.say("Phối hợp tổ chức " + vn(classes) + " lớp tập huấn với " + vn(trainees) + " lượt cán bộ cơ sở tham gia.");
        w.label(u.id, "training_classes", "result", classes);
        w.label(u.id, "trainees", "result", trainees);
        own("training_classes", classes);
        own("trainees", trainees);
    }
    if (d.chance(0.7)) {
        const long checks = d.between(3, 40), orgs = d.between(3, 60);
        w.say("Đã tiến hành " + vn(checks) + " cuộc kiểm tra, giám sát đối với " + vn(orgs) + " tổ chức đảng.");
        w.label(u.id, "inspections", "result", checks);
        w.label(u.id, "inspected_party_orgs", "result", orgs);
        own("inspections", checks);
        own("inspected_party_orgs", orgs);
    }
    w.say("Tỷ lệ cán bộ, đảng viên được học tập Chỉ thị đạt " + std::to_string(d.between(85, 99)) + "%.");

    w.heading("II. KẾT QUẢ THỰC HIỆN");
    // Models: a stated total with its parts by level, or results of separate years.
    if (d.chance(0.5)) {
        const long upper = d.between(5, 30), base = d.between(40, 300), total = upper + base;
        const std::string lvl = district ? "huyện" : "tỉnh";
        if (d.chance(0.5))
            w.say("Sau 5 năm, toàn " + area + " đã xây dựng được " + vn(total) + " mô hình “Dân vận khéo”, trong đó cấp " +
                  lvl + " " + vn(upper) + " mô hình, cấp cơ sở " + vn(base) + " mô hình.");
        else
            w.say("Tổng số mô hình “Dân vận khéo” là " + vn(total) + " mô hình, trong đó cấp " + lvl + " có " +
                  vn(upper) + " mô hình, cấp cơ sở có " + vn(base) + " mô hình.");
        w.label(u.id, "models", "result", total);
        w.label(u.id, "models", "part", upper);
        w.label(u.id, "models", "part", base);
        own("models", total);
    } else {
        const auto parts = split(d, d.between(30, 200), 2);
        w.say("Năm 2011, các chi bộ triển khai " + vn(parts[0]) + " mô hình gắn với phát triển kinh tế.");
        w.label(u.id, "models", "result", parts[0]);
        if (parts.size() > 1) {
            w.say("Năm 2013 có thêm " + vn(parts[1]) + " mô hình của các đoàn thể được công nhận.");
            w.label(u.id, "models", "result", parts[1]);
        }
        double sum = 0;
        for (long p : parts) sum += p;
        own("models", sum);
    }
    if (d.chance(0.5)) {
        const long field = d.between(3, 25);
        w.say("Trên lĩnh vực quốc phòng - an ninh, có " + vn(field) + " mô hình như “Tổ tự quản”, “Khu dân cư an toàn”.");
        w.label(u.id, "models", "part", field);
    }
    if (d.chance(0.6)) {
        const long ex = d.between(10, 120);
        w.say("Qua phong trào đã phát hiện, biểu dương " + vn(ex) + " gương điển hình tiên tiến.");
        w.label(u.id, "exemplars", "result", ex);
        own("exemplars", ex);
    }
    if (district) {
        // Households: separate results, distinct values; some districts give none of their own.
        if (d.chance(0.75)) {
        const auto parts = split(d, d.between(800, 9000), d.between(1, 2));
        w.say("Mô hình “" + d.pick(model_names) + "” ở xã " + commune() + " thu hút " + vn(parts[0]) + " hộ tham gia.");
        w.label(u.id, "households", "result", parts[0]);
        if (parts.size() > 1) {
            w.say("Đã vận động " + vn(parts[1]) + " hộ gia đình tự nguyện chỉnh trang nhà cửa, vườn tược.");
            w.label(u.id, "households", "result", parts[1]);
        }
        double sum = 0;
        for (long p : parts) sum += p;
        own("households", sum);
        }
        const double road = d.tenths(5, 120), canal = d.tenths(2, 60);
        if (d.chance(0.5))
            w.say("Nhân dân đã bê tông hóa " + vn(road) + " km đường giao thông nông thôn, kiên cố hóa " + vn(canal) +
                  " km kênh mương nội đồng.");
        else
            w.say("Làm mới " + vn(canal) + " km kênh mương và " + vn(road) + " km đường liên thôn.");
        w.label(u.id, "roads_km", "result", road);
        w.label(u.id, "canals_km", "result", canal);
        own("roads_km", road);
        own("canals_km", canal);
        const long land = d.between(5000, 400000);
        w.say("Các hộ đã hiến " + vn(land) + " m2 đất để mở rộng đường.");
        w.label(u.id, "land_donated", "result", land);
        own("land_donated", land);
        const double bn = d.tenths(5, 200);
        w.say("Tổng kinh phí nhân dân đóng góp là " + vn(bn) + " tỷ đồng.");
        w.label(u.id, "funds", "result", bn * 1000);
        own("funds", bn * 1000);
    } else {
        // A body's figures about districts' areas count for those districts.
        const auto& districts = specs();
        for (int k = 0, n = d.between(1, 2); k < n; ++k) {
            const auto& x = districts[static_cast<std::size_t>(d.between(0, 11))];
            const long hh = d.between(100, 3000);
            if (d.chance(0.5))
                w.say("Tại " + x.kind + " " + x.place + ", hội viên đã vận động " + vn(hh) + " hộ tham gia mô hình “" +
                      d.pick(model_names) + "”.");
            else
                w.say("Mô hình “" + d.pick(model_names) + "” ở " + x.kind + " " + x.place + " có " + vn(hh) +
                      " hộ tham gia.");
            w.label(x.id, "households", "result", hh);
            truth.credited[x.id]["households"].insert(hh);
        }
        const long mil = d.between(150, 5000);
        w.say("Các cơ sở hội đã huy động " + vn(mil) + " triệu đồng giúp hội viên khó khăn.");
        w.label(u.id, "funds", "result", mil);
        own("funds", mil);
    }
    // Commendations, given and proposed, with a sub-count.
    const long groups = d.between(5, 90), people = d.between(20, 200), of_them = d.between(2, 19);
    if (d.chance(0.5))
        w.say("Cấp ủy đã khen thưởng " + vn(groups) + " tập thể và " + vn(people) +
              " cá nhân có thành tích xuất sắc, trong đó có " + vn(of_them) + " cá nhân là nông dân.");
    else
        w.say("Tổng số đã tặng giấy khen cho " + vn(groups) + " tập thể, " + vn(people) + " cá nhân; trong số đó " +
              vn(of_them) + " cá nhân là đoàn viên thanh niên.");
    w.label(u.id, "commended_groups", "result", groups);
    w.label(u.id, "commended_individuals", "result", people);
    w.label(u.id, "commended_individuals", "part", of_them);
    own("commended_groups", groups);
    own("commended_individuals", people);

    // Figures of other things, or of nothing an indicator counts.
    w.say("Bộ phận một cửa đã tiếp nhận và trả kết quả " + vn(static_cast<long>(d.between(2000, 40000))) + " hồ sơ đúng hạn.");
    w.say("Có " + vn(static_cast<long>(d.between(100, 3000))) + " hộ thoát nghèo, " +
          vn(static_cast<long>(d.between(50, 900))) + " hộ cận nghèo được hỗ trợ.");
    if (d.chance(0.5))
        w.say("Đoàn viên thanh niên lắp đặt " + vn(d.tenths(3, 60)) + " km đường điện chiếu sáng.");
    if (d.chance(0.5))
        w.say("Hội viên được vay vốn với tổng dư nợ " + vn(d.tenths(5, 90)) + " tỷ đồng.");

    w.heading("III. PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ KIẾN NGHỊ");
    const long goal = d.between(10, 80);
    switch (d.between(0, 2)) {
        case 0: w.say("Phấn đấu đến năm 2015 có thêm " + vn(goal) + " mô hình được công nhận."); break;
        case 1: w.say("Năm 2014, " + self + " chọn " + vn(goal) + " mô hình để chỉ đạo điểm."); break;
        default: w.say("Thời gian tới sẽ nhân rộng thêm " + vn(goal) + " mô hình ở các chi bộ."); break;
    }
    w.label(u.id, "models", "target", goal);
    if (d.chance(0.6)) {
        const long classes = d.between(2, 15);
        w.say("Chỉ tiêu năm 2014 là mở " + vn(classes) + " lớp bồi dưỡng cho cán bộ cơ sở.");
        w.label(u.id, "training_classes", "target", classes);
    }
    if (d.chance(0.7)) {
        const long pg = d.between(1, 9), pp = d.between(2, 20);
        w.say("Đề nghị Ban Thường vụ Tỉnh ủy tặng bằng khen cho " + vn(pg) + " tập thể và " + vn(pp) + " cá nhân.");
        w.label(u.id, "commended_groups", "proposal", pg);
        w.label(u.id, "commended_individuals", "proposal", pp);
    }
    if (d.chance(0.5)) {
        const long reg = d.between(10, 150);
        w.say("Các chi hội đã đăng ký xây dựng " + vn(reg) + " mô hình mới trong năm 2014.");
        w.label(u.id, "models", "registered", reg);
    }
    if (d.chance(0.3)) {
        const long reg = d.between(50, 900);
        // The registration is told after the number: a hard case, kept.
        w.say("Đến nay có " + vn(reg) + " hộ đăng ký tham gia mô hình “" + d.pick(model_names) + "”.");
        w.label(u.id, "households", "registered", reg);
    }
}

/// Other wordings of the same facts, written after the rules and never used to
/// change them: a measure of how far the rules reach beyond the phrases above.
void write_unit_varied(const unit_spec& u, generated_report& r, dice& d, truth_book& truth) {
    report_writer w(r, d);
    const bool district = !u.kind.empty();
    const std::string self = district ? u.name : u.name.substr(0, u.name.find(" tỉnh"));
    auto own = [&](const std::string& indicator, double value) { truth.own[u.id][indicator] = value; };
    auto result = [&](const std::string& indicator, double value) {
        w.label(u.id, indicator, "result", value);
        own(indicator, value);
    };

    w.say(self + " báo cáo sơ kết 5 năm thực hiện Chỉ thị 32-CT/TU như sau:");
    w.heading("1. Lãnh đạo, chỉ đạo");
    const long docs = d.between(4, 40), conf = d.between(2, 30), people = d.between(300, 9000);
    if (d.chance(0.5)) w.say("Cấp ủy các cấp đã cụ thể hóa Chỉ thị bằng " + vn(docs) + " văn bản.");
    else w.say("Có " + vn(docs) + " văn bản chỉ đạo đã được ban hành kịp thời.");
    result("documents", docs);
    w.say("Các cấp đã mở " + vn(conf) + " hội nghị, có " + vn(people) + " lượt đảng viên dự.");
    result("conferences", conf);
    result("participants", people);
    const long classes = d.between(1, 20), trainees = d.between(50, 2000);
    w.say("Đã tập huấn cho " + vn(trainees) + " lượt cán bộ qua " + vn(classes) + " lớp.");
    result("trainees", trainees);
    result("training_classes", classes);
    const long checks = d.between(3, 40), orgs = d.between(3, 60);
    w.say("Ban Thường vụ kiểm tra " + vn(orgs) + " tổ chức đảng qua " + vn(checks) + " cuộc kiểm tra chuyên đề.");
    result("inspected_party_orgs", orgs);
    result("inspections", checks);

    w.heading("2. Kết quả");
    const long models = d.between(30, 400);
    w.say("Tính chung, " + self + " hiện có " + vn(models) + " mô hình “Dân vận khéo” đang hoạt động hiệu quả.");
    result("models", models);
    if (district) {
        const long hh = d.between(500, 9000);
        w.say("Số hộ tham gia các mô hình là " + vn(hh) + " hộ.");
        result("households", hh);
        const double road = d.tenths(5, 120), canal = d.tenths(2, 60);
        w.say(vn(road) + " km đường bê tông và " + vn(canal) + " km mương nội đồng đã được xây dựng bằng sức dân.");
        result("roads_km", road);
        result("canals_km", canal);
        const long land = d.between(5000, 400000);
        w.say(vn(land) + " m2 đất được các hộ hiến để làm đường.");
        result("land_donated", land);
    } else {
        const auto& districts = specs();
        const auto& x = districts[static_cast<std::size_t>(d.between(0, 11))];
        const long hh = d.between(100, 3000);
        w.say("Riêng " + x.kind + " " + x.place + " có " + vn(hh) + " hộ tham gia mô hình “" + d.pick(model_names) + "”.");
        w.label(x.id, "households", "result", hh);
        truth.credited[x.id]["households"].insert(hh);
    }
    const double bn = d.tenths(5, 200);
    w.say("Giá trị huy động từ nhân dân đạt " + vn(bn) + " tỷ đồng.");
    result("funds", bn * 1000);
    const long groups = d.between(5, 90), people2 = d.between(20, 200);
    w.say("Biểu dương, khen thưởng " + vn(groups) + " tập thể, " + vn(people2) + " cá nhân tiêu biểu.");
    result("commended_groups", groups);
    result("commended_individuals", people2);
    w.say("Giải quyết " + vn(static_cast<long>(d.between(2000, 40000))) + " hồ sơ thủ tục hành chính đúng hạn.");
    w.say("Còn " + vn(static_cast<long>(d.between(100, 3000))) + " hộ nghèo cần được hỗ trợ.");

    w.heading("3. Nhiệm vụ và kiến nghị");
    const long goal = d.between(1, 5), reg = d.between(10, 150), pg = d.between(1, 9);
    w.say("Mục tiêu đến năm 2015: mỗi xã có ít nhất " + vn(goal) + " mô hình được công nhận.");
    w.label(u.id, "models", "target", goal);
    w.say("Đăng ký mới " + vn(reg) + " mô hình trong năm 2014.");
    w.label(u.id, "models", "registered", reg);
    w.say("Kính đề nghị Tỉnh ủy xem xét khen thưởng " + vn(pg) + " tập thể có thành tích xuất sắc.");
    w.label(u.id, "commended_groups", "proposal", pg);
}

}  // namespace

generated_set generate_figure_set(unsigned seed, bool varied) {
    generated_set set;
    dice d(seed);
    truth_book truth;
    for (const auto& u : specs()) {
        roster_unit ru;
        ru.id = u.id;
        ru.name = u.name;
        ru.level = u.level;
        ru.place_names = {u.place};
        set.units.units.push_back(ru);
    }
    for (const auto& u : specs()) {
        generated_report r;
        r.unit_id = u.id;
        r.unit_name = u.name;
        r.level = u.level;
        r.file_name = "bao-cao-" + u.id + ".docx";
        if (varied) write_unit_varied(u, r, d, truth);
        else write_unit(u, r, d, truth);
        set.reports.push_back(std::move(r));
    }
    // A unit's value: its own, else what bodies said about its area, once each.
    for (const auto& u : specs()) {
        std::set<std::string> indicators;
        for (const auto& [id, v] : truth.own[u.id]) indicators.insert(id);
        for (const auto& [id, v] : truth.credited[u.id]) indicators.insert(id);
        for (const auto& id : indicators) {
            auto own = truth.own[u.id].find(id);
            if (own != truth.own[u.id].end()) {
                set.province[id] += own->second;
            } else {
                for (double v : truth.credited[u.id][id]) set.province[id] += v;
            }
        }
    }
    return set;
}

}  // namespace baocao::testing
