// SPDX-License-Identifier: Apache-2.0
// Phrase bank, second half: the Front and mass organizations (plan item 3),
// the assessment (item 2), the way forward and recommendations (item 4),
// the closing formula, and the heading variants of every topic.

#include "phrase_bank.hpp"

namespace baocao::samplegen {

const std::vector<std::string>& results_phrases(topic t);

namespace {

const std::vector<std::string>& outlook_phrases(topic t) {
    static const std::vector<std::string> empty;
    static const std::vector<std::string> front{
        "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội đã chủ động xây dựng kế hoạch hưởng ứng, đăng ký "
        "{n:40-150} mô hình “Dân vận khéo” gắn với cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu "
        "dân cư”; vai trò giám sát và phản biện xã hội từng bước được phát huy.",
        "Hội Nông dân vận động hội viên hiến {k:8000-62000} m² đất, đóng góp {k:2500-16000} ngày công làm đường giao "
        "thông nội đồng; xây dựng {n:12-48} tổ hợp tác, câu lạc bộ nông dân sản xuất giỏi.",
        "Hội Liên hiệp Phụ nữ duy trì mô hình “Tiết kiệm tạo vốn”, “Phụ nữ giúp nhau phát triển kinh tế gia đình”, "
        "giúp {k:320-1850} hội viên vay vốn với tổng dư nợ {d:120-650} tỷ đồng; mô hình “5 không, 3 sạch” được triển "
        "khai ở {n:60-100}% chi hội.",
        "Hội Cựu chiến binh phát huy phẩm chất “Bộ đội Cụ Hồ”, tham gia hòa giải {n:40-230} vụ việc ở khu dân cư; "
        "nhiều hội viên là chủ trang trại, gia trại, tạo việc làm cho hàng trăm lao động.",
        "Đoàn Thanh niên triển khai các mô hình “Thắp sáng đường quê”, “Ngày thứ bảy tình nguyện”, “Con đường thanh "
        "niên tự quản”; trong 5 năm đã lắp đặt {d:120-860} km đường điện chiếu sáng nông thôn, trồng {k:6000-45000} "
        "cây xanh.",
        "Ủy ban MTTQ các cấp vận động Quỹ “Vì người nghèo” được {d:35-240} tỷ đồng, hỗ trợ xây mới và sửa chữa "
        "{k:180-1650} nhà đại đoàn kết; {k:1234-9800} hộ thoát nghèo bền vững nhờ sự giúp đỡ của cộng đồng.",
        "Sự hưởng ứng của các tầng lớp {people} ngày càng rõ nét: nhiều hộ tự nguyện hiến đất, tháo dỡ công trình, "
        "góp tiền, góp công xây dựng kết cấu hạ tầng; không ít người cao tuổi, người có uy tín trở thành hạt nhân "
        "vận động ở khu dân cư.",
        "Liên đoàn Lao động và các công đoàn cơ sở vận động đoàn viên thực hiện văn hóa công sở, đổi mới phong cách, "
        "lề lối làm việc “trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân”.",
        "Một số đoàn thể ở cơ sở còn lúng túng trong lựa chọn nội dung, hoạt động chủ yếu theo phong trào; vai trò "
        "của Ban công tác Mặt trận ở một số khu dân cư còn mờ nhạt.",
    };
    static const std::vector<std::string> countryside{
        "Gắn phong trào “Dân vận khéo” với xây dựng nông thôn mới, {people} đã đóng góp {d:250-1850} tỷ đồng, hiến "
        "{k:35000-420000} m² đất và {k:12000-96000} ngày công; làm mới, nâng cấp {d:150-980} km đường giao thông nông "
        "thôn và {d:60-420} km kênh mương nội đồng.",
        "Đến nay {area} có {n:1-4} {gr_unit} đạt chuẩn nông thôn mới, các {gr_unit} còn lại đạt bình quân {d:85-140} tiêu "
        "chí; mô hình {model} ở {loc} được tỉnh chọn làm điển hình trong xây dựng nông thôn mới.",
        "Nhiều cách làm sáng tạo đã xuất hiện: thôn họp bàn công khai phương án, {people} tự nguyện góp đất mở rộng "
        "đường, tự tháo dỡ tường rào, cổng ngõ; tại {loc}, {k:240-980} hộ đã hiến đất mà không cần đền bù.",
        "Cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư” gắn với xây dựng nông thôn mới được "
        "đông đảo {people} hưởng ứng; {p:82-95}% khu dân cư đạt danh hiệu khu dân cư văn hóa.",
        "Các mô hình kinh tế như “Vườn mẫu”, “Cánh đồng mẫu lớn”, “Tổ hợp tác nuôi trồng thủy sản” được các đoàn thể "
        "vận động nhân rộng, góp phần hoàn thành tiêu chí thu nhập và hộ nghèo trong xây dựng nông thôn mới.",
    };
    static const std::vector<std::string> strengths{
        "Nhận thức của cấp ủy, chính quyền, Mặt trận và các đoàn thể về vị trí, vai trò của công tác dân vận có chuyển "
        "biến rõ nét; phong trào thi đua “Dân vận khéo” đã trở thành phong trào rộng khắp, đi vào chiều sâu.",
        "Các mô hình “Dân vận khéo” đã góp phần quan trọng vào thực hiện thắng lợi các nhiệm vụ phát triển kinh tế - "
        "xã hội, giữ vững quốc phòng - an ninh; niềm tin của {people} đối với Đảng và chính quyền được củng cố.",
        "Phong cách, lề lối làm việc của đội ngũ cán bộ, công chức có chuyển biến tích cực, gần dân, sát dân hơn; nhiều "
        "vụ việc phức tạp được giải quyết ngay từ cơ sở.",
        "Phong trào đã khơi dậy tinh thần tự lực, tự cường, phát huy sức dân trong xây dựng kết cấu hạ tầng và nông thôn "
        "mới; xuất hiện ngày càng nhiều điển hình tiên tiến ở cơ sở.",
    };
    static const std::vector<std::string> weaknesses{
        "Một số cấp ủy, chính quyền cơ sở chưa thật sự quan tâm lãnh đạo, chỉ đạo; việc đăng ký mô hình còn hình thức, "
        "chạy theo số lượng, chưa chú trọng chất lượng và tính bền vững.",
        "Việc sơ kết, đánh giá, nhân rộng mô hình có nơi chưa kịp thời; một số mô hình sau khi được công nhận không được "
        "duy trì, hiệu quả thấp.",
        "Công tác dân vận chính quyền ở một số lĩnh vực còn hạn chế; tình trạng khiếu kiện vượt cấp về đất đai, bồi "
        "thường giải phóng mặt bằng vẫn còn xảy ra ở {loc}.",
        "Nội dung, phương thức hoạt động của Mặt trận và các đoàn thể ở một số cơ sở chậm đổi mới, chưa thu hút được "
        "đông đảo đoàn viên, hội viên tham gia.",
        "Kinh phí cho hoạt động xây dựng mô hình còn hạn hẹp, chủ yếu dựa vào sự đóng góp của {people}; chế độ động viên, "
        "khen thưởng đối với cán bộ làm công tác dân vận ở cơ sở chưa tương xứng.",
        "Việc theo dõi, thống kê mô hình ở một số {gr_unit} chưa chặt chẽ, số liệu báo cáo có lúc chưa sát thực tế.",
    };
    static const std::vector<std::string> causes{
        "Nguyên nhân của ưu điểm: có sự lãnh đạo, chỉ đạo sát sao của Ban Thường vụ Tỉnh ủy, sự hướng dẫn thường xuyên "
        "của Ban Dân vận Tỉnh ủy; sự vào cuộc đồng bộ của cả hệ thống chính trị và sự đồng thuận của {people}.",
        "Nguyên nhân của hạn chế, trước hết là do nhận thức của một bộ phận cán bộ, đảng viên về công tác dân vận chưa "
        "đầy đủ; năng lực, kinh nghiệm vận động quần chúng của một số cán bộ cơ sở còn hạn chế.",
        "Về khách quan, điều kiện kinh tế của {area} còn nhiều khó khăn, thiên tai xảy ra thường xuyên; cơ chế, chính "
        "sách hỗ trợ cho hoạt động xây dựng mô hình chưa cụ thể.",
        "Về chủ quan, công tác kiểm tra, đôn đốc có lúc chưa thường xuyên; sự phối hợp giữa chính quyền với Mặt trận và "
        "các đoàn thể ở một số nơi chưa chặt chẽ.",
    };
    static const std::vector<std::string> lessons{
        "Một là, phải thường xuyên quán triệt sâu sắc quan điểm “dân là gốc”, nâng cao nhận thức và trách nhiệm của cả "
        "hệ thống chính trị đối với công tác dân vận.",
        "Hai là, cấp ủy phải trực tiếp lãnh đạo, người đứng đầu phải gương mẫu, đi trước; chọn đúng nội dung {people} "
        "quan tâm để xây dựng mô hình.",
        "Ba là, phải thực hiện tốt Quy chế dân chủ ở cơ sở, công khai, minh bạch; mọi việc đều bàn bạc với dân, phát huy "
        "quyền làm chủ của {people}.",
        "Bốn là, coi trọng sơ kết, tổng kết, kịp thời biểu dương, khen thưởng và nhân rộng các điển hình; kiên quyết "
        "khắc phục bệnh hình thức, chạy theo thành tích.",
        "Kinh nghiệm rút ra là ở đâu cán bộ gần dân, nói đi đôi với làm thì ở đó phong trào phát triển vững chắc; ở đâu "
        "cán bộ xa dân, thiếu công khai thì ở đó phát sinh bức xúc, khiếu kiện.",
    };
    static const std::vector<std::string> direction{
        "Trong thời gian tới, {collective} tiếp tục quán triệt, thực hiện có hiệu quả Chỉ thị 32-CT/TU gắn với Nghị quyết "
        "25-NQ/TW của Ban Chấp hành Trung ương (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác "
        "dân vận trong tình hình mới.",
        "Phấn đấu đến năm 2015, {n:100-100}% {grassroots} có ít nhất {n:2-3} mô hình “Dân vận khéo” được công nhận; mỗi "
        "cơ quan, đơn vị có ít nhất một mô hình gắn với nhiệm vụ chuyên môn.",
        "Tập trung xây dựng mô hình “Dân vận khéo” trên các lĩnh vực trọng tâm: xây dựng nông thôn mới, giải phóng mặt "
        "bằng các dự án, cải cách hành chính, giữ gìn an ninh trật tự ở cơ sở.",
    };
    static const std::vector<std::string> solutions{
        "Tiếp tục đẩy mạnh công tác tuyên truyền, nâng cao nhận thức của cán bộ, đảng viên và {people} về công tác dân "
        "vận; đưa nội dung phong trào “Dân vận khéo” vào sinh hoạt định kỳ của chi bộ.",
        "Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy; phát huy vai trò của Khối dân vận các cấp; đổi mới nội dung, "
        "phương thức hoạt động của Mặt trận và các đoàn thể, hướng mạnh về cơ sở.",
        "Nâng cao chất lượng xây dựng mô hình, điển hình; chú trọng mô hình gắn với phát triển kinh tế, giảm nghèo bền "
        "vững; kịp thời sơ kết, nhân rộng các cách làm hay, kiên quyết loại bỏ các mô hình hình thức.",
        "Đẩy mạnh công tác dân vận của chính quyền, thực hiện tốt Quy chế dân chủ ở cơ sở; nâng cao chất lượng tiếp dân, "
        "đối thoại với dân, giải quyết kịp thời những kiến nghị chính đáng của {people}.",
        "Quan tâm đào tạo, bồi dưỡng đội ngũ cán bộ làm công tác dân vận, nhất là ở cơ sở; bố trí kinh phí hợp lý cho "
        "hoạt động xây dựng mô hình và công tác thi đua, khen thưởng.",
        "Gắn phong trào “Dân vận khéo” với việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh và các phong trào thi "
        "đua yêu nước, tạo sức lan tỏa rộng khắp trong {area}.",
    };
    static const std::vector<std::string> recommendations{
        "Đề nghị Ban Thường vụ Tỉnh ủy chỉ đạo ban hành tiêu chí thống nhất để đánh giá, công nhận mô hình “Dân vận "
        "khéo” các cấp, tránh tình trạng mỗi nơi hiểu một cách.",
        "Đề nghị Ủy ban nhân dân tỉnh quan tâm bố trí kinh phí hỗ trợ cho việc xây dựng, nhân rộng mô hình và khen "
        "thưởng các điển hình tiêu biểu trong phong trào.",
        "Kiến nghị Ban Dân vận Tỉnh ủy thường xuyên mở lớp tập huấn nghiệp vụ, tổ chức tham quan học tập kinh nghiệm "
        "các mô hình hay trong và ngoài tỉnh cho cán bộ làm công tác dân vận.",
        "Đề nghị Tỉnh ủy có cơ chế khuyến khích, động viên kịp thời những cá nhân là người dân có nhiều đóng góp trong "
        "phong trào, nhất là trong hiến đất xây dựng nông thôn mới.",
        "Đề nghị Trung ương sớm có hướng dẫn về chế độ phụ cấp đối với cán bộ làm công tác dân vận ở cơ sở.",
    };
    static const std::vector<std::string> closing{
        "Trên đây là báo cáo sơ kết 5 năm thực hiện Chỉ thị 32-CT/TU của {collective}, kính báo cáo Ban Thường vụ Tỉnh ủy "
        "(qua Ban Dân vận Tỉnh ủy) để tổng hợp./.",
        "Trên đây là kết quả 5 năm thực hiện Chỉ thị 32-CT/TU, ngày 18/9/2008 của Ban Thường vụ Tỉnh ủy; {collective} "
        "báo cáo để Ban Thường vụ Tỉnh ủy biết, chỉ đạo./.",
        "Trên đây là báo cáo sơ kết phong trào thi đua “Dân vận khéo” giai đoạn 2008 - 2013 của {self}./.",
    };
    switch (t) {
        case topic::front_organizations: return front;
        case topic::new_countryside: return countryside;
        case topic::strengths: return strengths;
        case topic::weaknesses: return weaknesses;
        case topic::causes: return causes;
        case topic::lessons: return lessons;
        case topic::direction: return direction;
        case topic::solutions: return solutions;
        case topic::recommendations: return recommendations;
        case topic::closing: return closing;
        default: return empty;
    }
}

}  // namespace

const std::vector<std::string>& phrases(topic t) {
    const auto& a = results_phrases(t);
    return a.empty() ? outlook_phrases(t) : a;
}

const std::vector<std::string>& heading_variants(heading_kind k) {
    static const std::vector<std::string> empty;
    static const std::vector<std::string> context{"Đặc điểm tình hình", "Khái quát tình hình", "Đặc điểm, tình hình chung"};
    static const std::vector<std::string> leadership{
        "Công tác lãnh đạo, chỉ đạo, quán triệt, triển khai thực hiện Chỉ thị",
        "Công tác lãnh đạo, chỉ đạo", "Tình hình triển khai thực hiện Chỉ thị 32-CT/TU",
        "Công tác quán triệt, tuyên truyền và cụ thể hóa Chỉ thị", "Công tác tổ chức thực hiện"};
    static const std::vector<std::string> dissemination{"Công tác quán triệt, tuyên truyền", "Công tác tuyên truyền, quán triệt, học tập Chỉ thị"};
    static const std::vector<std::string> documents{"Việc cụ thể hóa, ban hành văn bản chỉ đạo, hướng dẫn", "Ban hành văn bản lãnh đạo, chỉ đạo"};
    static const std::vector<std::string> steering{"Kiện toàn Ban Chỉ đạo; công tác kiểm tra, giám sát", "Công tác kiểm tra, giám sát, sơ kết"};
    static const std::vector<std::string> results{
        "Kết quả thực hiện", "Kết quả đạt được", "Kết quả thực hiện phong trào thi đua “Dân vận khéo”",
        "Kết quả xây dựng mô hình, điển hình “Dân vận khéo”", "Những kết quả đạt được"};
    static const std::vector<std::string> models{"Kết quả xây dựng mô hình, điển hình", "Những mô hình, điển hình tiêu biểu", "Các mô hình, cách làm hay"};
    static const std::vector<std::string> commendation{"Công tác khen thưởng", "Biểu dương, khen thưởng"};
    static const std::vector<std::string> front{
        "Vai trò của Mặt trận Tổ quốc và các đoàn thể", "Kết quả thực hiện của MTTQ và các đoàn thể chính trị - xã hội",
        "Sự hưởng ứng của các tầng lớp nhân dân", "“Dân vận khéo” gắn với xây dựng nông thôn mới"};
    static const std::vector<std::string> assessment{"Đánh giá chung", "Đánh giá chung 5 năm thực hiện Chỉ thị"};
    static const std::vector<std::string> strengths{"Ưu điểm", "Những kết quả đạt được", "Kết quả nổi bật"};
    static const std::vector<std::string> weaknesses{"Hạn chế, tồn tại", "Tồn tại, hạn chế", "Hạn chế, yếu kém", "Những mặt còn hạn chế"};
    static const std::vector<std::string> causes{"Nguyên nhân", "Nguyên nhân của ưu điểm, hạn chế"};
    static const std::vector<std::string> lessons{"Bài học kinh nghiệm", "Một số bài học kinh nghiệm", "Kinh nghiệm rút ra"};
    static const std::vector<std::string> direction{
        "Phương hướng, nhiệm vụ, giải pháp thời gian tới", "Phương hướng, nhiệm vụ trong thời gian tới",
        "Phương hướng, nhiệm vụ, giải pháp đẩy mạnh phong trào thi đua “Dân vận khéo” trong những năm tiếp theo"};
    static const std::vector<std::string> solutions{"Nhiệm vụ, giải pháp", "Giải pháp chủ yếu", "Một số giải pháp"};
    static const std::vector<std::string> recommendations{"Kiến nghị, đề xuất", "Đề xuất, kiến nghị", "Kiến nghị"};
    switch (k) {
        case heading_kind::context: return context;
        case heading_kind::leadership: return leadership;
        case heading_kind::dissemination: return dissemination;
        case heading_kind::documents: return documents;
        case heading_kind::steering: return steering;
        case heading_kind::results: return results;
        case heading_kind::models: return models;
        case heading_kind::commendation: return commendation;
        case heading_kind::front: return front;
        case heading_kind::assessment: return assessment;
        case heading_kind::strengths: return strengths;
        case heading_kind::weaknesses: return weaknesses;
        case heading_kind::causes: return causes;
        case heading_kind::lessons: return lessons;
        case heading_kind::direction: return direction;
        case heading_kind::solutions: return solutions;
        case heading_kind::recommendations: return recommendations;
    }
    return empty;
}

const std::vector<std::string>& common_models() {
    static const std::vector<std::string> models{
        "“Dân vận khéo” trong dồn điền đổi thửa", "“Đường giao thông nông thôn do dân tự làm”",
        "“Khu dân cư tự quản về vệ sinh môi trường”", "“Tổ hợp tác nuôi trồng thủy sản”",
        "“Vườn mẫu, hàng rào xanh”", "“Dân vận khéo” trong giải phóng mặt bằng", "“Tiếng kẻng an ninh”",
        "“Hũ gạo tình thương”", "“Mỗi hội viên một mét đường”", "“Chính quyền thân thiện, vì nhân dân phục vụ”",
        "“Một cửa liên thông, tận tình, chu đáo”", "“Cánh đồng mẫu lớn”", "“Dòng họ khuyến học, khuyến tài”",
        "“Xây dựng nhà đại đoàn kết cho hộ nghèo”", "“Nuôi lợn thịt an toàn sinh học”"};
    return models;
}

}  // namespace baocao::samplegen
