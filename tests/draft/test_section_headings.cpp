// SPDX-License-Identifier: Apache-2.0
// Short section headings from plan items: they end where a phrase ends and
// keep a conjunct group ("Mặt trận Tổ quốc và các đoàn thể") whole. The items
// are the demo plan's and items written otherwise, as other plans word them.
#include "section_headings.hpp"

#include <baocao/sdk/text.hpp>

#include <catch2/catch.hpp>

#include <algorithm>

using baocao::synthesis::short_item_heading;

namespace {

std::string last_word(const std::string& s) {
    const auto sp = s.rfind(' ');
    return baocao::text::to_lower(sp == std::string::npos ? s : s.substr(sp + 1));
}

}  // namespace

TEST_CASE("a section heading keeps 'A và B' whole and ends at a phrase boundary", "[draft][text]") {
    // The demo plan's items.
    CHECK(short_item_heading("Vai trò, trách nhiệm và kết quả hoạt động của Mặt trận Tổ quốc và các đoàn thể trong việc "
                             "hưởng ứng và tổ chức thực hiện xây dựng mô hình, điển hình.") ==
          "Vai trò, trách nhiệm và kết quả hoạt động của Mặt trận Tổ quốc và các đoàn thể");
    CHECK(short_item_heading("Đánh giá tình hình kết quả việc tổ chức quán triệt, tuyên truyền, triển khai thực hiện Chỉ "
                             "thị 32-CT/TU, ngày 18/9/2008 của Ban Thường vụ Tỉnh ủy tại các địa phương.") ==
          "Kết quả việc tổ chức quán triệt, tuyên truyền, triển khai thực hiện Chỉ thị 32-CT/TU");

    // The same item where nothing opens a circumstance: the cut at fourteen
    // words would fall between "Mặt trận Tổ quốc" and "và các đoàn thể".
    CHECK(short_item_heading("Vai trò, trách nhiệm và kết quả hoạt động của Mặt trận Tổ quốc và các đoàn thể các cấp; "
                             "sự hưởng ứng của nhân dân.") ==
          "Vai trò, trách nhiệm và kết quả hoạt động của Mặt trận Tổ quốc và các đoàn thể các cấp");
    // A name joined to a group by "và" is kept with it or left out with it.
    const auto front = short_item_heading(
        "Kết quả thực hiện nhiệm vụ của Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội các cấp, sự "
        "tham gia của nhân dân vào phong trào.");
    INFO(front);
    CHECK((front.find("Mặt trận") == std::string::npos || front.find("và các tổ chức chính trị - xã hội") != std::string::npos));
}

TEST_CASE("a section heading never ends on a word that needs the next one", "[draft][text]") {
    const char* const items[] = {
        "Đánh giá công tác lãnh đạo, chỉ đạo của cấp ủy, chính quyền các cấp đối với việc thực hiện chính sách dân tộc, "
        "tôn giáo trên địa bàn.",
        "Kết quả công tác cải cách thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông của các sở, ban, ngành "
        "và Ủy ban nhân dân cấp huyện.",
        "Làm rõ sự phối hợp giữa chính quyền với Mặt trận và các đoàn thể chính trị - xã hội trong vận động nhân dân "
        "hiến đất làm đường.",
        "Tình hình triển khai, quán triệt và tổ chức thực hiện Nghị quyết của cấp ủy các cấp về phát triển kinh tế tập "
        "thể, hợp tác xã kiểu mới.",
    };
    for (const char* item : items) {
        const auto h = short_item_heading(item);
        INFO(item << " → " << h);
        const auto last = last_word(h);
        for (const char* w : {"của", "và", "với", "các", "những", "cho", "về", "ở", "trong", "một"}) CHECK(last != w);
        CHECK(h.back() != ',');
        // The word that follows in the item does not join the heading's last phrase to more.
        if (std::string(item).rfind(h, 0) == 0) CHECK(std::string(item).substr(h.size()).rfind(" và ", 0) != 0);
        CHECK(std::count(h.begin(), h.end(), ' ') + 1 <= 20);
        CHECK(std::count(h.begin(), h.end(), ' ') + 1 >= 5);
    }
    // A cut where nothing opens a circumstance nearby keeps whole words of a phrase.
    CHECK(short_item_heading("Kết quả quán triệt, tuyên truyền, triển khai thực hiện Chỉ thị đến cán bộ, đảng viên, đoàn "
                             "viên, hội viên và nhân dân trên địa bàn.") ==
          "Kết quả quán triệt, tuyên truyền, triển khai thực hiện Chỉ thị");
}
