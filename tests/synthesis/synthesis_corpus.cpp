// SPDX-License-Identifier: Apache-2.0
// The findings are written as eight wordings each, by hand, so that what
// groups them is their meaning in shared content words, not a template with
// different numbers or names. Sentences one unit alone writes come from a
// separate pool, used once each.
#include "synthesis_corpus.hpp"

#include "docx_model.hpp"
#include "docx_writer.hpp"

#include <fstream>
#include <stdexcept>

namespace baocao::synthesis_test {

namespace {

using samplegen::make_para;
using samplegen::para_spec;
using samplegen::table_spec;

struct unit_row {
    const char* id;
    const char* name;
    const char* short_name;
    const char* place;
};

const unit_row unit_rows[] = {
    {"tp-ha-tinh", "Thành ủy Hà Tĩnh", "Thành ủy Hà Tĩnh", "Hà Tĩnh"},
    {"hong-linh", "Thị ủy Hồng Lĩnh", "Thị ủy Hồng Lĩnh", "Hồng Lĩnh"},
    {"nghi-xuan", "Huyện ủy Nghi Xuân", "Nghi Xuân", "Nghi Xuân"},
    {"duc-tho", "Huyện ủy Đức Thọ", "Đức Thọ", "Đức Thọ"},
    {"huong-son", "Huyện ủy Hương Sơn", "Hương Sơn", "Hương Sơn"},
    {"huong-khe", "Huyện ủy Hương Khê", "Hương Khê", "Hương Khê"},
    {"vu-quang", "Huyện ủy Vũ Quang", "Vũ Quang", "Vũ Quang"},
    {"can-loc", "Huyện ủy Can Lộc", "Can Lộc", "Can Lộc"},
    {"loc-ha", "Huyện ủy Lộc Hà", "Lộc Hà", "Lộc Hà"},
    {"thach-ha", "Huyện ủy Thạch Hà", "Thạch Hà", "Thạch Hà"},
    {"cam-xuyen", "Huyện ủy Cẩm Xuyên", "Cẩm Xuyên", "Cẩm Xuyên"},
    {"ky-anh", "Huyện ủy Kỳ Anh", "Kỳ Anh", "Kỳ Anh"},
    {"dang-uy-khoi-cac-co-quan", "Đảng ủy Khối các cơ quan tỉnh", "Đảng ủy Khối các cơ quan tỉnh", "Hà Tĩnh"},
    {"dang-uy-khoi-doanh-nghiep", "Đảng ủy Khối Doanh nghiệp tỉnh", "Đảng ủy Khối Doanh nghiệp tỉnh", "Hà Tĩnh"},
};

struct finding_text {
    const char* id;
    const char* part;
    std::vector<const char*> wordings;  ///< "{U}" stands for the unit's name
};

const std::vector<finding_text>& findings() {
    static const std::vector<finding_text> list{
        {"F1", "item1",
         {"Ban Thường vụ {U} đã tổ chức quán triệt Chỉ thị 32-CT/TU đến toàn thể cán bộ, đảng viên ngay sau khi Chỉ thị được ban hành.",
          "Ngay khi có Chỉ thị 32-CT/TU, {U} đã kịp thời tổ chức hội nghị quán triệt sâu rộng cho đội ngũ cán bộ, đảng viên.",
          "Việc quán triệt Chỉ thị 32-CT/TU tới cán bộ, đảng viên được {U} triển khai kịp thời, nghiêm túc ngay sau khi Chỉ thị ra đời.",
          "Chỉ thị 32-CT/TU đã được quán triệt kịp thời, sâu rộng đến toàn thể cán bộ, đảng viên trong Đảng bộ.",
          "Cấp ủy đã khẩn trương tổ chức quán triệt nội dung Chỉ thị 32-CT/TU cho toàn thể cán bộ, đảng viên ngay sau khi nhận được Chỉ thị.",
          "Toàn thể cán bộ, đảng viên đã được quán triệt kịp thời nội dung Chỉ thị 32-CT/TU thông qua các hội nghị do cấp ủy tổ chức.",
          "{U} đã sớm tổ chức hội nghị quán triệt, giúp cán bộ, đảng viên nắm vững tinh thần Chỉ thị 32-CT/TU.",
          "Ngay sau khi Chỉ thị 32-CT/TU được ban hành, cấp ủy đã tổ chức quán triệt nghiêm túc tới toàn thể đảng viên."}},
        {"F2", "item2",
         {"Nhiều mô hình “Dân vận khéo” gắn với phát triển kinh tế đã giúp nhân dân nâng cao thu nhập, giảm nghèo bền vững.",
          "Các mô hình dân vận khéo trong lĩnh vực kinh tế góp phần tăng thu nhập và giảm tỷ lệ hộ nghèo ở địa phương.",
          "Phong trào đã xuất hiện nhiều mô hình phát triển sản xuất, giúp người dân cải thiện đời sống, thoát nghèo.",
          "Thông qua các mô hình “Dân vận khéo” về kinh tế, đời sống của người dân từng bước được cải thiện, số hộ nghèo giảm rõ rệt.",
          "Mô hình “Dân vận khéo” trên lĩnh vực phát triển kinh tế mang lại hiệu quả thiết thực, nâng cao thu nhập cho nhân dân.",
          "Nhờ các mô hình dân vận khéo gắn với sản xuất, nhiều hộ gia đình đã có thu nhập ổn định và vươn lên thoát nghèo.",
          "Các mô hình kinh tế được xây dựng theo phong trào “Dân vận khéo” đã góp phần quan trọng vào công tác giảm nghèo.",
          "Phong trào “Dân vận khéo” trên lĩnh vực kinh tế tạo chuyển biến rõ về thu nhập, đời sống của nhân dân."}},
        {"F3", "item3",
         {"Mặt trận Tổ quốc và các đoàn thể đã phát huy tốt vai trò nòng cốt trong vận động nhân dân xây dựng nông thôn mới.",
          "Trong xây dựng nông thôn mới, Mặt trận và các tổ chức chính trị - xã hội giữ vai trò chủ lực vận động quần chúng tham gia.",
          "Các đoàn thể chính trị - xã hội cùng Mặt trận Tổ quốc tích cực vận động hội viên, nhân dân chung sức xây dựng nông thôn mới.",
          "MTTQ và các đoàn thể là lực lượng nòng cốt, vận động người dân hưởng ứng phong trào xây dựng nông thôn mới.",
          "Vai trò của Mặt trận và các đoàn thể trong việc vận động nhân dân tham gia xây dựng nông thôn mới ngày càng được khẳng định.",
          "Mặt trận Tổ quốc, các hội, đoàn thể đã tích cực tuyên truyền, vận động đoàn viên, hội viên đóng góp xây dựng nông thôn mới.",
          "Công tác vận động nhân dân xây dựng nông thôn mới của Mặt trận và các đoàn thể đạt nhiều kết quả tích cực.",
          "Các tổ chức đoàn thể và Mặt trận Tổ quốc thực sự là cầu nối vận động nhân dân tham gia xây dựng nông thôn mới."}},
        {"F4", "weaknesses",
         {"Phong trào phát triển chưa đồng đều giữa các cơ sở, một số nơi còn hình thức.",
          "Việc xây dựng mô hình ở một số cơ sở còn mang tính hình thức, chất lượng chưa đồng đều.",
          "Chất lượng phong trào giữa các chi bộ, cơ sở còn chênh lệch, có nơi triển khai còn hình thức, chiếu lệ.",
          "Một số cơ sở đảng triển khai phong trào còn hình thức, kết quả không đồng đều.",
          "Phong trào ở một vài nơi còn mang tính hình thức, thiếu chiều sâu, chưa đồng đều giữa các địa bàn.",
          "Kết quả thực hiện phong trào giữa các cơ sở chưa đều, còn biểu hiện hình thức ở một số đơn vị.",
          "Ở một số cơ sở, việc đăng ký và xây dựng mô hình còn hình thức, chưa đồng đều về chất lượng.",
          "Sự chuyển biến giữa các cơ sở chưa đồng đều; một số nơi thực hiện còn hình thức."}},
        {"F5", "lessons",
         {"Cấp ủy phải trực tiếp lãnh đạo, người đứng đầu phải gương mẫu, sâu sát thì phong trào mới đạt hiệu quả.",
          "Sự lãnh đạo trực tiếp của cấp ủy và vai trò gương mẫu của người đứng đầu là yếu tố quyết định thành công của phong trào.",
          "Người đứng đầu cấp ủy phải gương mẫu, trực tiếp chỉ đạo thì phong trào mới thực sự đi vào chiều sâu.",
          "Phong trào chỉ thành công khi cấp ủy trực tiếp lãnh đạo và người đứng đầu nêu gương, sâu sát cơ sở.",
          "Cần phát huy vai trò gương mẫu của người đứng đầu và sự lãnh đạo trực tiếp của cấp ủy các cấp.",
          "Vai trò lãnh đạo trực tiếp của cấp ủy, sự nêu gương của người đứng đầu là bài học quan trọng hàng đầu.",
          "Ở đâu cấp ủy trực tiếp lãnh đạo, người đứng đầu gương mẫu thì ở đó phong trào phát triển mạnh.",
          "Kinh nghiệm cho thấy cấp ủy phải lãnh đạo trực tiếp, người đứng đầu phải làm gương thì phong trào mới hiệu quả."}},
        {"F6", "directions",
         {"Chú trọng đào tạo, bồi dưỡng nâng cao năng lực cho đội ngũ cán bộ làm công tác dân vận, nhất là ở cơ sở.",
          "Tăng cường tập huấn, bồi dưỡng kỹ năng vận động quần chúng cho cán bộ dân vận các cấp.",
          "Quan tâm bồi dưỡng nghiệp vụ, nâng cao trình độ cho cán bộ làm công tác dân vận ở cơ sở.",
          "Thường xuyên bồi dưỡng, tập huấn nâng cao kỹ năng công tác dân vận cho đội ngũ cán bộ cơ sở.",
          "Đẩy mạnh công tác đào tạo, bồi dưỡng cán bộ dân vận, nâng cao năng lực vận động nhân dân.",
          "Nâng cao chất lượng đội ngũ cán bộ làm công tác dân vận thông qua đào tạo, bồi dưỡng thường xuyên.",
          "Tổ chức các lớp tập huấn, bồi dưỡng nghiệp vụ dân vận cho cán bộ chủ chốt ở cơ sở.",
          "Coi trọng việc bồi dưỡng kỹ năng, phương pháp vận động quần chúng cho cán bộ làm công tác dân vận."}},
        {"F7", "recommendations",
         {"Đề nghị Ủy ban nhân dân tỉnh bố trí kinh phí hỗ trợ việc xây dựng và nhân rộng các mô hình “Dân vận khéo”.",
          "Kiến nghị Ủy ban nhân dân tỉnh dành nguồn kinh phí thỏa đáng cho việc xây dựng, nhân rộng mô hình dân vận khéo.",
          "Đề nghị Ủy ban nhân dân tỉnh có cơ chế hỗ trợ kinh phí để nhân rộng các mô hình, điển hình tiêu biểu.",
          "Đề nghị Ủy ban nhân dân tỉnh quan tâm cấp kinh phí cho phong trào thi đua “Dân vận khéo”, nhất là nhân rộng mô hình.",
          "Kiến nghị Ủy ban nhân dân tỉnh hỗ trợ nguồn lực tài chính để các địa phương xây dựng mô hình “Dân vận khéo”.",
          "Đề nghị Ủy ban nhân dân tỉnh bố trí ngân sách hằng năm cho việc xây dựng, nhân rộng mô hình dân vận khéo.",
          "Đề nghị Ủy ban nhân dân tỉnh tăng kinh phí hỗ trợ các mô hình “Dân vận khéo” ở cơ sở.",
          "Kiến nghị Ủy ban nhân dân tỉnh xem xét hỗ trợ kinh phí xây dựng và nhân rộng mô hình điển hình."}},
    };
    return list;
}

/// Sentences one unit alone writes, one per unit and part.
const char* const own_item1[] = {
    "Thành ủy chỉ đạo in 3.000 tờ gấp giới thiệu phong trào, phát đến từng tổ dân phố.",
    "Thị ủy giao Đài Truyền thanh mở chuyên mục “Dân vận khéo” phát sóng vào sáng thứ Hai hằng tuần.",
    "Huyện ủy tổ chức hội thi tìm hiểu Chỉ thị bằng hình thức sân khấu hóa tại 12 cụm xã vùng bãi ngang.",
    "Đức Thọ là địa phương đầu tiên đưa nội dung Chỉ thị vào chương trình bồi dưỡng đảng viên mới.",
    "Hương Sơn biên soạn sổ tay công tác dân vận bằng tranh dành cho đồng bào vùng biên giới.",
    "Hương Khê giao mỗi đảng viên phụ trách vận động năm hộ gia đình ở khu dân cư nơi cư trú.",
    "Vũ Quang lồng ghép tuyên truyền Chỉ thị vào các buổi sinh hoạt của câu lạc bộ người cao tuổi.",
    "Can Lộc phát hành bản tin nội bộ hằng tháng đăng tải gương người tốt, việc tốt trong phong trào.",
    "Lộc Hà tổ chức diễn đàn đối thoại giữa bí thư cấp ủy với ngư dân về bảo vệ nguồn lợi thủy sản.",
    "Thạch Hà xây dựng trang thông tin điện tử riêng giới thiệu các cách làm hay của cơ sở.",
    "Cẩm Xuyên đưa việc thực hiện Chỉ thị vào tiêu chí bình xét tổ chức cơ sở đảng trong sạch, vững mạnh.",
    "Kỳ Anh tổ chức tuyên truyền lưu động bằng xe loa tại các xã có dự án tái định cư.",
    "Đảng ủy Khối gắn quán triệt Chỉ thị với việc xây dựng văn hóa công sở tại các cơ quan cấp tỉnh.",
    "Đảng ủy Khối phối hợp với công đoàn các doanh nghiệp tổ chức tọa đàm về quan hệ lao động hài hòa.",
};

const char* const own_item2[] = {
    "Mô hình “Phường văn minh, đô thị xanh” ở phường Nam Hà được Trung ương Hội Cựu chiến binh tặng bằng khen.",
    "Thị ủy có mô hình “Chợ không túi ni lông” lần đầu tiên được thực hiện tại chợ Hồng Lĩnh.",
    "Mô hình “Thuyền trưởng giỏi vận động ngư dân” ở xã Xuân Hội được nhân rộng ra toàn huyện.",
    "Xã Tùng Ảnh có mô hình “Dòng họ hiếu học” được công nhận là điển hình tiên tiến cấp tỉnh.",
    "Mô hình “Trồng chè theo chuỗi giá trị” ở xã Sơn Kim giúp đồng bào nâng giá bán sản phẩm.",
    "Hương Khê có mô hình “Vườn bưởi Phúc Trạch kiểu mẫu” thu hút khách tham quan học tập.",
    "Vũ Quang có mô hình “Nuôi hươu lấy nhung” do phụ nữ xã Hương Minh làm chủ.",
    "Mô hình “Làng hoa Kim Lộc” là điểm sáng đầu tiên về chuyển đổi cây trồng của huyện.",
    "Lộc Hà có mô hình “Tổ cộng đồng giữ biển sạch” được các xã ven biển học tập.",
    "Mô hình “Cánh đồng mẫu lớn Thạch Ngọc” giúp nông dân liên kết tiêu thụ lúa chất lượng cao.",
    "Cẩm Xuyên có mô hình “Hồ Kẻ Gỗ xanh” huy động đoàn viên trồng rừng phòng hộ.",
    "Mô hình “Dân vận trong giải phóng mặt bằng Khu kinh tế Vũng Áng” được Bộ Chính trị biểu dương.",
    "Cơ quan Sở Tư pháp có mô hình “Một cửa thân thiện” rút ngắn thời gian giải quyết hồ sơ.",
    "Công ty Cao su Hà Tĩnh có mô hình “Nhà ở công nhân” giúp người lao động yên tâm gắn bó.",
};

const char* const own_weakness[] = {
    "Việc giải phóng mặt bằng mở rộng đường Hà Huy Tập còn kéo dài do một số hộ chưa đồng thuận.",
    "Chợ đầu mối phía Bắc chậm đưa vào sử dụng khiến tiểu thương thắc mắc.",
    "Tình trạng khai thác cát trái phép trên sông Lam chưa được ngăn chặn dứt điểm.",
    "Ô nhiễm môi trường ở cụm công nghiệp Đức Thọ gây bức xúc kéo dài trong nhân dân.",
    "Đường giao thông lên các bản vùng cao thường xuyên bị sạt lở vào mùa mưa.",
    "Việc chi trả tiền bồi thường thủy lợi Ngàn Trươi còn chậm.",
    "Dịch bệnh trên đàn hươu năm 2012 làm nhiều hộ thua lỗ.",
    "Một số hợp tác xã kiểu mới hoạt động cầm chừng, thiếu vốn.",
    "Tàu cá công suất nhỏ chiếm tỷ lệ lớn nên ngư dân khó vươn khơi.",
    "Tranh chấp đất đai ở xã Thạch Hải chưa được giải quyết triệt để.",
    "Nước mặn xâm nhập làm giảm diện tích lúa ở các xã ven biển.",
    "Công tác tái định cư cho các hộ dân nhường đất cho Khu kinh tế còn nhiều bất cập.",
    "Một số cơ quan chưa bố trí cán bộ chuyên trách theo dõi phong trào.",
    "Ở một vài doanh nghiệp, tổ chức đảng chưa được thành lập nên khó triển khai phong trào.",
};

std::string replace_unit(std::string s, const std::string& unit) {
    for (auto pos = s.find("{U}"); pos != std::string::npos; pos = s.find("{U}")) s.replace(pos, 3, unit);
    return s;
}

/// The text after the unit's name (the whole wording when it has none), without its final period.
std::string marker_of(const std::string& wording) {
    std::string s = wording;
    if (const auto pos = s.find("{U}"); pos != std::string::npos) s = s.substr(pos + 4);
    while (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

para_spec heading(const std::string& text) { return make_para(text, true, "both"); }

para_spec body(const std::string& text) {
    auto p = make_para(text, false, "both");
    p.first_line = 567;
    return p;
}

}  // namespace

corpus_truth write_corpus(const std::filesystem::path& dir) {
    std::filesystem::create_directories(dir);
    corpus_truth truth;
    const std::size_t n = std::size(unit_rows);
    for (std::size_t i = 0; i < n; ++i) {
        unit_truth u{unit_rows[i].id, unit_rows[i].name, unit_rows[i].short_name, {}};
        u.figures["models"] = static_cast<double>(40 + 7 * i);
        u.figures["exemplars"] = static_cast<double>(5 + 2 * i);
        truth.units.push_back(std::move(u));
    }
    for (const auto& [id, value] : truth.units.front().figures) truth.province[id] = 0;
    for (const auto& u : truth.units)
        for (const auto& [id, value] : u.figures) truth.province[id] += value;

    // Finding f goes to 4..8 units, chosen by stepping through the units, each in its own wording.
    std::map<std::string, std::map<std::string, std::string>> said;  // unit → part → sentences
    for (std::size_t f = 0; f < findings().size(); ++f) {
        const auto& ft = findings()[f];
        finding_truth t{ft.id, ft.part, {}, {}};
        const std::size_t count = 4 + f % 5;
        for (std::size_t k = 0; k < count; ++k) {
            const std::size_t u = (f * 5 + k * 3) % n;
            t.units.push_back(truth.units[u].id);
            said[truth.units[u].id][ft.part] += replace_unit(ft.wordings[k], truth.units[u].name) + "\n";
        }
        for (const auto* w : ft.wordings) t.markers.push_back(marker_of(w));
        truth.findings.push_back(std::move(t));
    }

    for (std::size_t i = 0; i < n; ++i) {
        const auto& u = truth.units[i];
        auto part = [&](const char* key) {
            std::vector<para_spec> out;
            const auto it = said[u.id].find(key);
            if (it == said[u.id].end()) return out;
            for (std::size_t start = 0; start < it->second.size();) {
                const auto end = it->second.find('\n', start);
                out.push_back(body(it->second.substr(start, end - start)));
                start = end + 1;
            }
            return out;
        };
        samplegen::doc_spec doc;
        doc.title = "Báo cáo sơ kết Chỉ thị 32-CT/TU";
        table_spec header;
        header.widths = {3969, 5245};
        std::string upper_name = u.name;
        header.rows.push_back({{make_para("ĐẢNG BỘ TỈNH HÀ TĨNH", false, "center"), make_para(u.name, true, "center"),
                                make_para("*", false, "center"), make_para("Số 58-BC/HU", false, "center")},
                               {make_para("ĐẢNG CỘNG SẢN VIỆT NAM", true, "center"), make_para("", false, "center"),
                                make_para(std::string(unit_rows[i].place) + ", ngày 30 tháng 9 năm 2013", false, "right", true)}});
        doc.body.push_back(header);
        doc.body.push_back(make_para("BÁO CÁO", true, "center"));
        doc.body.push_back(make_para("sơ kết 5 năm thực hiện Chỉ thị 32-CT/TU của Ban Thường vụ Tỉnh ủy", true, "center"));
        doc.body.push_back(body("Thực hiện Kế hoạch số 99-KH/TU, ngày 16/8/2013 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ " +
                                u.name + " báo cáo kết quả như sau:"));
        auto add = [&](const std::string& h, std::vector<para_spec> paras) {
            doc.body.push_back(heading(h));
            for (auto& p : paras) doc.body.push_back(std::move(p));
        };
        auto item1 = part("item1");
        item1.push_back(body(own_item1[i]));
        add("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, QUÁN TRIỆT, TRIỂN KHAI THỰC HIỆN CHỈ THỊ", item1);
        auto item2 = part("item2");
        char figures[200];
        std::snprintf(figures, sizeof figures, "Sau 5 năm, toàn Đảng bộ đã xây dựng được %d mô hình “Dân vận khéo”, trong đó có %d điển hình tiêu biểu.",
                      static_cast<int>(u.figures.at("models")), static_cast<int>(u.figures.at("exemplars")));
        item2.insert(item2.begin(), body(figures));
        item2.push_back(body(own_item2[i]));
        add("II. KẾT QUẢ XÂY DỰNG MÔ HÌNH, ĐIỂN HÌNH “DÂN VẬN KHÉO”", item2);
        add("III. VAI TRÒ CỦA MẶT TRẬN TỔ QUỐC VÀ CÁC ĐOÀN THỂ", part("item3"));
        doc.body.push_back(heading("IV. ĐÁNH GIÁ CHUNG"));
        auto weak = part("weaknesses");
        weak.push_back(body(own_weakness[i]));
        add("1. Hạn chế, tồn tại", weak);
        add("2. Bài học kinh nghiệm", part("lessons"));
        add("V. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI", part("directions"));
        add("VI. KIẾN NGHỊ, ĐỀ XUẤT", part("recommendations"));
        doc.body.push_back(body("Trên đây là báo cáo sơ kết 5 năm thực hiện Chỉ thị 32-CT/TU của Ban Thường vụ " + u.name + "./."));
        // Empty parts are left out by the unit too: drop a heading with nothing under it.
        std::vector<samplegen::block_spec> kept;
        for (std::size_t b = 0; b < doc.body.size(); ++b) {
            const auto* p = std::get_if<para_spec>(&doc.body[b]);
            const bool is_heading = p && !p->runs.empty() && p->runs.front().bold && p->align == "both";
            const auto* next = b + 1 < doc.body.size() ? std::get_if<para_spec>(&doc.body[b + 1]) : nullptr;
            const bool next_heading = !next || (!next->runs.empty() && next->runs.front().bold && next->align == "both");
            if (is_heading && next_heading && p->runs.front().text.rfind("IV.", 0) != 0) continue;
            kept.push_back(doc.body[b]);
        }
        doc.body = std::move(kept);
        std::ofstream out(dir / (u.id + ".docx"), std::ios::binary);
        const auto bytes = samplegen::write_docx(doc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!out) throw std::runtime_error("cannot write " + (dir / (u.id + ".docx")).string());
    }
    return truth;
}

}  // namespace baocao::synthesis_test
