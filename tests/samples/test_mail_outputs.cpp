// SPDX-License-Identifier: Apache-2.0
// The messages parse back with GMime: decoded names, base64 .docx
// attachments, Received: dates matching expected.json, an mboxrd box.

#include "mime_writer.hpp"
#include "sample_support.hpp"

#include <gmime/gmime.h>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <catch2/catch.hpp>

#include <memory>

using namespace baocao::testing::samples;

namespace {

struct gmime_once {
    gmime_once() { g_mime_init(); }
};

struct attachment {
    std::string name;
    std::string bytes;
};

struct parsed_message {
    std::string subject;
    std::string top_received;
    std::vector<attachment> attachments;
};

std::string part_bytes(GMimePart* part) {
    GMimeDataWrapper* content = g_mime_part_get_content(part);
    GMimeStream* out = g_mime_stream_mem_new();
    g_mime_data_wrapper_write_to_stream(content, out);
    GByteArray* arr = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out));
    std::string bytes(reinterpret_cast<const char*>(arr->data), arr->len);
    g_object_unref(out);
    return bytes;
}

parsed_message inspect(GMimeMessage* msg) {
    parsed_message pm;
    if (const char* s = g_mime_message_get_subject(msg)) pm.subject = s;
    GMimeHeaderList* headers = g_mime_object_get_header_list(GMIME_OBJECT(msg));
    for (int i = 0; i < g_mime_header_list_get_count(headers); ++i) {
        GMimeHeader* h = g_mime_header_list_get_header_at(headers, i);
        if (g_ascii_strcasecmp(g_mime_header_get_name(h), "Received") == 0) {
            pm.top_received = g_mime_header_get_value(h);
            break;
        }
    }
    GMimePartIter* iter = g_mime_part_iter_new(GMIME_OBJECT(msg));
    do {
        GMimeObject* current = g_mime_part_iter_get_current(iter);
        if (current && GMIME_IS_PART(current) && g_mime_part_is_attachment(GMIME_PART(current))) {
            const char* name = g_mime_part_get_filename(GMIME_PART(current));
            pm.attachments.push_back({name ? name : "", part_bytes(GMIME_PART(current))});
        }
    } while (g_mime_part_iter_next(iter));
    g_mime_part_iter_free(iter);
    return pm;
}

std::vector<parsed_message> parse_file(const std::filesystem::path& p, bool mbox) {
    static gmime_once init;
    const std::string data = read_file(p);
    GMimeStream* stream = g_mime_stream_mem_new_with_buffer(data.data(), data.size());
    GMimeParser* parser = g_mime_parser_new_with_stream(stream);
    g_mime_parser_set_format(parser, mbox ? GMIME_FORMAT_MBOX : GMIME_FORMAT_MESSAGE);
    std::vector<parsed_message> out;
    while (!g_mime_stream_eos(stream)) {
        GMimeMessage* msg = g_mime_parser_construct_message(parser, nullptr);
        if (!msg) break;
        out.push_back(inspect(msg));
        g_object_unref(msg);
        if (!mbox) break;
    }
    g_object_unref(parser);
    g_object_unref(stream);
    return out;
}

std::int64_t received_unix(const std::string& header) {
    const auto semi = header.rfind(';');
    GDateTime* when = g_mime_utils_header_decode_date(header.substr(semi + 1).c_str());
    REQUIRE(when != nullptr);
    const std::int64_t t = g_date_time_to_unix(when);
    g_date_time_unref(when);
    return t;
}

// "2013-10-01T08:15:42+07:00" → Unix seconds.
std::int64_t iso_unix(const std::string& iso) {
    GDateTime* when = g_date_time_new_from_iso8601(iso.c_str(), nullptr);
    REQUIRE(when != nullptr);
    const std::int64_t t = g_date_time_to_unix(when);
    g_date_time_unref(when);
    return t;
}

}  // namespace

TEST_CASE("every expected e-mailed report parses back from its message", "[samples]") {
    const auto& dir = demo_dir();
    Poco::JSON::Parser json;
    const auto subs = json.parse(read_file(dir / "expected.json")).extract<Poco::JSON::Object::Ptr>()->getArray("submissions");
    int checked = 0;
    for (std::size_t i = 0; i < subs->size(); ++i) {
        const auto s = subs->getObject(static_cast<unsigned>(i));
        const std::string source = s->getValue<std::string>("source");
        if (s->isNull("received_at")) continue;
        INFO(source);
        // inbox/x.eml#name, inbox/box.mbox#2#name, inbox/maildir/cur/file#name
        const auto hash = source.find('#');
        const std::string container = source.substr(0, hash);
        const bool mbox = container.ends_with(".mbox");
        std::size_t index = 0;
        std::string name = source.substr(hash + 1);
        if (mbox) {
            index = std::stoul(name.substr(0, name.find('#'))) - 1;
            name = name.substr(name.find('#') + 1);
        }
        const auto messages = parse_file(dir / container, mbox);
        REQUIRE(index < messages.size());
        const parsed_message& m = messages[index];
        CHECK(received_unix(m.top_received) == iso_unix(s->getValue<std::string>("received_at")));
        bool found = false;
        for (const attachment& a : m.attachments) {
            if (a.name != name) continue;
            found = true;
            if (name.ends_with(".doc")) {
                // A Word 97-2003 report typed in TCVN3: a compound file whose font table
                // names .VnTime (in UTF-16); parse-doc's tests read it.
                CHECK(a.bytes.rfind("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 0) == 0);
                CHECK(a.bytes.find(std::string(".\0V\0n\0T\0i\0m\0e\0", 14)) != std::string::npos);
                continue;
            }
            const auto parts = unzip(a.bytes);
            CHECK(parts.count("word/document.xml") == 1);
            CHECK(well_formed(parts.at("word/document.xml")));
        }
        CHECK(found);
        ++checked;
    }
    CHECK(checked >= 15);
}

TEST_CASE("the mbox holds three messages and quotes a body line starting with From", "[samples]") {
    const auto path = demo_dir() / "inbox/hop-thu-bdv.mbox";
    CHECK(parse_file(path, true).size() == 3);
    const std::string box = read_file(path);
    CHECK(box.find("\n>From Văn phòng Thị ủy") != std::string::npos);
    std::size_t separators = 0;
    for (std::size_t pos = 0; (pos = box.find("\nFrom ", pos)) != std::string::npos; ++pos) ++separators;
    CHECK(separators + (box.rfind("From ", 0) == 0 ? 1 : 0) == 3);
}

TEST_CASE("the reports with odd deliveries fail or decode as intended", "[samples]") {
    const auto& dir = demo_dir();
    const auto forgot = parse_file(dir / "inbox/hong-linh-thieu-tep.eml", false);
    REQUIRE(forgot.size() == 1);
    CHECK(forgot[0].attachments.empty());

    const auto two = parse_file(dir / "inbox/thanh-uy-ha-tinh.eml", false);
    REQUIRE(two[0].attachments.size() == 2);
    CHECK(two[0].attachments[1].name == "Danh sách mô hình tiêu biểu.pdf");
    CHECK(two[0].attachments[1].bytes.rfind("%PDF-", 0) == 0);

    const auto outlook = parse_file(dir / "inbox/cam-xuyen.eml", false);
    REQUIRE(outlook[0].attachments.size() == 1);
    CHECK(outlook[0].attachments[0].name == "Báo cáo Cẩm Xuyên (đã sửa).docx");
    const std::string xml = unzip(outlook[0].attachments[0].bytes).at("word/document.xml");
    CHECK(xml.find("<w:ins w:id=") != std::string::npos);
    CHECK(xml.find("<w:del w:id=") != std::string::npos);
    CHECK(xml.find("w:author=\"Ban Dân vận\"") != std::string::npos);
    CHECK(xml.find("<w:delText>") != std::string::npos);
}

TEST_CASE("name encodings round-trip", "[samples]") {
    using namespace baocao::samplegen;
    CHECK(encode_word_q("Báo cáo.docx") == "=?UTF-8?Q?B=C3=A1o_c=C3=A1o.docx?=");
    CHECK(to_cp1258("Báo") == std::string("Ba\xEC" "o"));
    CHECK(to_cp1258("Hội") == std::string("H\xF4\xF2i"));
    CHECK(quoted_printable("a=b\n") == "a=3Db\r\n");
}
