// SPDX-License-Identifier: Apache-2.0
// Phrase bank, first half: opening, context, leadership (plan item 1) and
// results (plan item 2). Templates are original prose in the register of
// 2013 district reports; placeholders are explained in phrase_bank.hpp.

#include "phrase_bank.hpp"

namespace baocao::samplegen {

const std::vector<std::string>& results_phrases(topic t);

const std::vector<std::string>& results_phrases(topic t) {
    static const std::vector<std::string> empty;
    static const std::vector<std::string> opening{
        "Thực hiện Kế hoạch số 99-KH/TU, ngày 16/8/2013 của Ban Thường vụ Tỉnh ủy về tổ chức sơ kết 5 năm thực hiện "
        "Chỉ thị 32-CT/TU, ngày 18/9/2008 của Ban Thường vụ Tỉnh ủy “về tăng cường lãnh đạo, chỉ đạo công tác xây dựng "
        "mô hình “Dân vận khéo” trong thời gian tới”, {collective} báo cáo kết quả như sau:",
        "Thực hiện Kế hoạch số 99-KH/TU ngày 16/8/2013 của Ban Thường vụ Tỉnh ủy, {collective} đã chỉ đạo các "
        "{grassroots} tổ chức sơ kết ở cơ sở, trên cơ sở đó tổng hợp, báo cáo kết quả 5 năm thực hiện Chỉ thị "
        "32-CT/TU như sau:",
        "Căn cứ Kế hoạch số 99-KH/TU, ngày 16/8/2013 của Ban Thường vụ Tỉnh ủy và hướng dẫn của Ban Dân vận Tỉnh ủy, "
        "{collective} tiến hành sơ kết 5 năm thực hiện Chỉ thị 32-CT/TU (2008 - 2013), kết quả cụ thể như sau:",
        "Thực hiện Kế hoạch số 99-KH/TU của Ban Thường vụ Tỉnh ủy về sơ kết 5 năm thực hiện Chỉ thị 32-CT/TU về "
        "tăng cường lãnh đạo, chỉ đạo công tác xây dựng mô hình “Dân vận khéo”, {collective} báo cáo Ban Thường vụ "
        "Tỉnh ủy (qua Ban Dân vận Tỉnh ủy) kết quả thực hiện trong 5 năm qua như sau:",
    };
    static const std::vector<std::string> context{
        "@d {area_title} có {gr_count} {grassroots} với {k:42000-186000} nhân khẩu; đời sống của {people} chủ yếu dựa vào "
        "sản xuất nông nghiệp, một bộ phận làm dịch vụ và đi làm ăn xa. Những năm qua, tình hình kinh tế - xã hội có "
        "bước phát triển, quốc phòng - an ninh được giữ vững, khối đại đoàn kết toàn dân được củng cố.",
        "@d Bên cạnh những thuận lợi cơ bản, {area} còn gặp không ít khó khăn: thiên tai, dịch bệnh thường xuyên xảy ra, "
        "giá cả vật tư đầu vào tăng cao, thu nhập của một bộ phận {people} còn thấp, tỷ lệ hộ nghèo còn {d:95-245}%; "
        "một số vụ việc khiếu kiện về đất đai, giải phóng mặt bằng có lúc diễn biến phức tạp.",
        "@d Đảng bộ {place} hiện có {n:38-72} tổ chức cơ sở đảng với {k:3200-9800} đảng viên; hệ thống chính trị từ "
        "{area_noun} đến cơ sở thường xuyên được củng cố, kiện toàn, năng lực lãnh đạo và sức chiến đấu của các tổ "
        "chức đảng từng bước được nâng lên.",
        "Chỉ thị 32-CT/TU ra đời đúng vào thời điểm {area} đang tập trung chỉ đạo thực hiện nhiều nhiệm vụ lớn như "
        "dồn điền đổi thửa, giải phóng mặt bằng các dự án và chuẩn bị triển khai xây dựng nông thôn mới, vì vậy được "
        "cán bộ, đảng viên và {people} đồng tình hưởng ứng.",
        "{area_title} hiện có {gr_count} {grassroots} với {k:2500-56000} {members_word}; những năm qua, tổ chức bộ máy "
        "từng bước được kiện toàn, đội ngũ cán bộ cơ bản đáp ứng yêu cầu nhiệm vụ, tạo điều kiện thuận lợi để triển "
        "khai phong trào thi đua “Dân vận khéo”.",
        "Bên cạnh thuận lợi, {self} cũng gặp không ít khó khăn: địa bàn hoạt động rộng, điều kiện kinh tế của một bộ "
        "phận {people} còn thấp, kinh phí hoạt động hạn hẹp, cán bộ chuyên trách ở cơ sở thường xuyên biến động.",
    };
    static const std::vector<std::string> dissemination{
        "Ngay sau khi Chỉ thị 32-CT/TU được ban hành, {collective} đã tổ chức hội nghị quán triệt đến cán bộ chủ chốt "
        "{area_noun} và bí thư các tổ chức cơ sở đảng; chỉ đạo {n:100-100}% chi bộ tổ chức học tập, quán triệt cho "
        "đảng viên trong sinh hoạt định kỳ. Trong 5 năm đã tổ chức {n:12-64} hội nghị với {k:4500-21000} lượt cán bộ, "
        "đảng viên tham gia.",
        "Công tác tuyên truyền được tiến hành bằng nhiều hình thức phong phú: qua hệ thống đài truyền thanh từ "
        "{area_noun} đến thôn, xóm; qua bản tin sinh hoạt chi bộ, các buổi sinh hoạt của Mặt trận và các đoàn thể; "
        "kẻ vẽ {n:35-180} pa-nô, khẩu hiệu tại các trục đường chính. Nhờ đó, nhận thức của cán bộ, đảng viên và "
        "{people} về vai trò của công tác dân vận được nâng lên rõ rệt.",
        "{collective} chỉ đạo Ban Tuyên giáo, Ban Dân vận phối hợp biên soạn tài liệu hỏi - đáp về Chỉ thị 32-CT/TU "
        "và phong trào thi đua “Dân vận khéo”, in và cấp phát {k:1200-6500} cuốn cho các chi bộ; tổ chức {n:2-6} lớp "
        "tập huấn nghiệp vụ công tác dân vận cho {n:180-640} lượt cán bộ làm công tác dân vận ở cơ sở.",
        "Việc quán triệt Chỉ thị được gắn với học tập và làm theo tấm gương đạo đức Hồ Chí Minh, với thực hiện Nghị "
        "quyết Trung ương 4 (khóa XI) về xây dựng Đảng; {p:92-99}% cán bộ, đảng viên đã viết bản thu hoạch, đăng ký "
        "việc làm cụ thể để thực hiện phong trào “Dân vận khéo” tại cơ quan, đơn vị, địa bàn dân cư.",
        "Đài Truyền thanh {area_noun} mở chuyên mục “Dân vận khéo” phát sóng định kỳ {n:2-4} lần mỗi tháng, giới thiệu "
        "{n:60-210} tin, bài về các mô hình, cách làm hay; nhiều {gr_unit} đã lồng ghép nội dung Chỉ thị vào các buổi "
        "họp thôn, xóm để tuyên truyền trực tiếp đến từng hộ gia đình.",
        "Các cấp ủy đảng đã chú trọng tuyên truyền sâu rộng nội dung Chỉ thị đến cán bộ, đảng viên và {people}, nhất "
        "là ở những địa bàn khó khăn, vùng giáo, vùng có dự án; qua đó tạo sự thống nhất về nhận thức và hành động "
        "trong cả hệ thống chính trị.",
        "Công tác quán triệt, tuyên truyền có lúc, có nơi chưa được thường xuyên; một số chi bộ chỉ phổ biến một lần "
        "khi Chỉ thị mới ban hành, chưa đưa nội dung “Dân vận khéo” thành chủ đề sinh hoạt định kỳ.",
    };
    static const std::vector<std::string> documents{
        "Để cụ thể hóa Chỉ thị, {collective} đã ban hành Kế hoạch số {n:20-140}-KH/{symbol} về triển khai thực hiện "
        "Chỉ thị 32-CT/TU; hằng năm đưa nội dung xây dựng mô hình “Dân vận khéo” vào chương trình công tác trọng tâm. "
        "Trong 5 năm, các cấp ủy, chính quyền đã ban hành {docs} văn bản lãnh đạo, chỉ đạo, hướng dẫn liên quan.",
        "Ủy ban nhân dân {area_noun} ban hành kế hoạch thực hiện công tác dân vận chính quyền giai đoạn 2008 - 2013, "
        "chỉ đạo các phòng, ban, ngành cụ thể hóa thành chương trình hành động; {n:70-100}% {grassroots} xây dựng "
        "kế hoạch, đăng ký mô hình “Dân vận khéo” ngay từ đầu năm.",
        "{collective} đã ban hành Nghị quyết chuyên đề về tăng cường công tác dân vận trong tình hình mới, Quy chế "
        "công tác dân vận của hệ thống chính trị và Hướng dẫn tiêu chí công nhận mô hình “Dân vận khéo” các cấp, làm "
        "căn cứ để cơ sở triển khai thống nhất.",
        "Việc ban hành văn bản chỉ đạo, hướng dẫn cơ bản kịp thời, sát với thực tế; tuy nhiên một số {gr_unit} còn sao "
        "chép kế hoạch của cấp trên, chưa xác định rõ nội dung, địa chỉ và người chịu trách nhiệm xây dựng mô hình.",
        "Hằng năm, Ban Dân vận {self} tham mưu ban hành hướng dẫn đăng ký, xây dựng và đánh giá mô hình, điển hình "
        "“Dân vận khéo”; phối hợp với Khối dân vận các cấp xây dựng quy chế phối hợp, tạo sự thống nhất trong chỉ đạo.",
        "Trong 5 năm, {collective} ban hành {n:8-26} văn bản chuyên đề (nghị quyết, kế hoạch, hướng dẫn, thông báo kết "
        "luận) về công tác dân vận và phong trào “Dân vận khéo”; {n:100-100}% tổ chức cơ sở đảng ban hành nghị quyết "
        "hoặc kế hoạch thực hiện.",
    };
    static const std::vector<std::string> steering{
        "{collective} đã kiện toàn Ban Chỉ đạo phong trào thi đua “Dân vận khéo” do đồng chí Phó Bí thư Thường trực "
        "làm Trưởng ban; phân công các đồng chí Ủy viên Ban Thường vụ phụ trách địa bàn trực tiếp chỉ đạo xây dựng "
        "mô hình tại cơ sở.",
        "Công tác kiểm tra, giám sát việc thực hiện Chỉ thị được chú trọng; trong 5 năm đã tổ chức {n:6-22} cuộc kiểm "
        "tra, giám sát tại {n:10-30} tổ chức cơ sở đảng, kịp thời chấn chỉnh những nơi làm chưa tốt, biểu dương những "
        "nơi có cách làm sáng tạo.",
        "Hằng năm, các cấp ủy tổ chức sơ kết, đánh giá phong trào gắn với tổng kết công tác dân vận; năm 2011 {self} tổ "
        "chức sơ kết 3 năm thực hiện Chỉ thị, qua đó rút kinh nghiệm và bổ sung giải pháp cho giai đoạn tiếp theo.",
        "Khối dân vận {area_noun} và {n:80-100}% {grassroots} duy trì giao ban định kỳ hằng quý; nội dung giao ban luôn "
        "dành thời lượng đánh giá tiến độ xây dựng mô hình và những vấn đề bức xúc nảy sinh trong {people}.",
        "Ban Chỉ đạo {area_noun} chỉ đạo điểm xây dựng mô hình tại {loc} và {loc2}, sau đó tổ chức hội nghị rút kinh "
        "nghiệm và nhân rộng ra toàn {area_noun}.",
    };
    static const std::vector<std::string> models{
        "Qua 5 năm thực hiện, {area} đã xây dựng được {models_total} mô hình “Dân vận khéo”, trong đó cấp {area_noun} "
        "{models_district} mô hình, cấp cơ sở {models_grassroots} mô hình; nhiều mô hình đã được nhân rộng và phát "
        "huy hiệu quả thiết thực.",
        "Trên lĩnh vực kinh tế, nổi bật là mô hình {model} ở {loc}: từ vận động {people} mà {k:120-1500} hộ đã tham gia, "
        "thu nhập bình quân tăng {p:15-40}% so với trước khi thực hiện.",
        "Mô hình {model} tại {loc} được xây dựng từ năm {n:2009-2011}, đến nay đã có {k:150-2400} hộ tham gia; cách làm của "
        "{loc} là cán bộ đi trước, bàn bạc công khai với dân, việc gì dân làm được thì để dân làm.",
        "Nhiều mô hình có tính lan tỏa như: {model}; {model2}; “Dân vận khéo” trong dồn điền đổi thửa ở {loc} với "
        "{k:1200-5600} hộ tự nguyện chuyển đổi, giảm bình quân từ {n:7-12} thửa xuống còn {n:2-3} thửa mỗi hộ.",
        "Phong trào đã xuất hiện {n:25-120} điển hình tiên tiến là tập thể và cá nhân; trong đó có {n:8-35} cán bộ cơ sở "
        "được {people} tín nhiệm về cách làm gần dân, sát dân, giải quyết dứt điểm các vụ việc phức tạp ngay từ cơ sở.",
        "Trên lĩnh vực văn hóa - xã hội, các mô hình “Dòng họ khuyến học”, “Xóm không có người say rượu gây rối”, "
        "“Việc cưới, việc tang văn minh” được duy trì ở {n:30-160} thôn, xóm; tỷ lệ gia đình đạt danh hiệu văn hóa đạt "
        "{p:78-92}%.",
        "Trên lĩnh vực quốc phòng - an ninh, có {n:12-60} mô hình như {model}, “Tổ tự quản an ninh trật tự”, “Khu dân "
        "cư không có tội phạm”; nhiều vụ việc mâu thuẫn được hòa giải thành ngay tại thôn, xóm.",
        "Trên lĩnh vực xây dựng hệ thống chính trị, mô hình {model} được triển khai tại bộ phận một cửa của {n:10-28} "
        "{gr_unit}; thời gian giải quyết thủ tục hành chính rút ngắn, {people} hài lòng hơn khi đến làm việc.",
        "Cách làm có hiệu quả được rút ra từ các mô hình là: chọn đúng việc {people} quan tâm, phân công rõ người, rõ "
        "việc, công khai, minh bạch các khoản đóng góp và thường xuyên đối thoại để tháo gỡ vướng mắc.",
        "Năm 2012, {self} chọn {loc} làm điểm chỉ đạo mô hình {model}; sau hai năm, {loc} đã hoàn thành {n:5-11} tiêu chí, "
        "trở thành địa chỉ để các {gr_unit} khác đến học tập kinh nghiệm.",
    };
    static const std::vector<std::string> fields{
        "Công tác dân vận của chính quyền có chuyển biến tích cực: việc tiếp dân, đối thoại với dân được duy trì; "
        "trong 5 năm đã tiếp {k:1800-7400} lượt công dân, giải quyết {p:90-98}% đơn thư thuộc thẩm quyền.",
        "Lực lượng vũ trang {area_noun} tích cực tham gia công tác dân vận: giúp {people} {k:4500-24000} ngày công "
        "khắc phục hậu quả bão lụt, làm đường giao thông, xây dựng nhà ở cho gia đình chính sách.",
        "Việc thực hiện Quy chế dân chủ ở cơ sở gắn với phong trào “Dân vận khéo” được đẩy mạnh; các nội dung dân "
        "biết, dân bàn, dân làm, dân kiểm tra được công khai tại {n:95-100}% thôn, xóm, tổ dân phố.",
        "@d Trong lĩnh vực giải phóng mặt bằng, nhờ làm tốt công tác vận động nên {area} đã bàn giao {d:1200-9800} ha mặt "
        "bằng cho các dự án đúng tiến độ, không phát sinh điểm nóng.",
        "Công tác dân vận trong vùng đồng bào có đạo được quan tâm; các chức sắc, chức việc tôn giáo đồng tình, vận "
        "động giáo dân tham gia các phong trào ở địa phương, sống “tốt đời, đẹp đạo”.",
    };
    static const std::vector<std::string> commendation{
        "Qua 5 năm thực hiện, {collective} đã khen thưởng {praise_col} tập thể và {praise_ind} cá nhân có thành tích "
        "xuất sắc trong phong trào thi đua “Dân vận khéo”; đề nghị Ủy ban nhân dân tỉnh tặng bằng khen cho {n:3-12} "
        "tập thể, {n:4-15} cá nhân.",
        "Tại hội nghị sơ kết, {self} đã biểu dương {praise_col} tập thể, {praise_ind} cá nhân tiêu biểu; nhiều điển hình "
        "được giới thiệu trên Báo Hà Tĩnh, Đài Phát thanh - Truyền hình tỉnh.",
        "Công tác thi đua, khen thưởng được thực hiện kịp thời, đúng người, đúng việc; tổng số đã khen thưởng "
        "{praise_col} tập thể, {praise_ind} cá nhân, trong đó có {n:5-20} cá nhân là người dân trực tiếp sản xuất.",
    };
    switch (t) {
        case topic::opening: return opening;
        case topic::context: return context;
        case topic::dissemination: return dissemination;
        case topic::documents: return documents;
        case topic::steering: return steering;
        case topic::models: return models;
        case topic::fields: return fields;
        case topic::commendation: return commendation;
        default: return empty;
    }
}

}  // namespace baocao::samplegen
