// SPDX-License-Identifier: Apache-2.0
// What a refused input is called: by its first bytes before its name, so that
// a web page or Word 2003 XML saved under a .doc name is not called a Word file.

#include "engine/format_names.hpp"

#include <catch2/catch.hpp>

#include <string>

using baocao::engine::describe_format;

TEST_CASE("a web page saved under a .doc name is named a web page, not a Word file") {
    const std::string page =
        "\xEF\xBB\xBF\r\n<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
        "xmlns:w=\"urn:schemas-microsoft-com:office:word\"><head><meta charset=\"utf-8\"></head><body>"
        "<p class=MsoNormal>B\xC3\x81O C\xC3\x81O</p></body></html>";
    CHECK(describe_format(page, "doc") == "a web page (HTML) saved under a .doc name");
    CHECK(describe_format("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">\n<HTML><BODY>x</BODY></HTML>", "doc") ==
          "a web page (HTML) saved under a .doc name");
    CHECK(describe_format("<html><body>x</body></html>", "htm") == "a web page (HTML)");
}

TEST_CASE("Word 2003 XML and single-file web pages are named for what they are") {
    const std::string word_xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<?mso-application progid=\"Word.Document\"?>\n"
        "<w:wordDocument xmlns:w=\"http://schemas.microsoft.com/office/word/2003/wordml\"><w:body/></w:wordDocument>";
    CHECK(describe_format(word_xml, "doc") == "a Word 2003 XML document saved under a .doc name");
    CHECK(describe_format(word_xml, "xml") == "a Word 2003 XML document");
    const std::string archive =
        "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_01D\"\r\n\r\n"
        "------=_NextPart_01D\r\nContent-Type: text/html; charset=\"utf-8\"\r\n\r\n<html></html>";
    CHECK(describe_format(archive, "doc") == "a single-file web page (MHTML) saved under a .doc name");
    CHECK(describe_format(archive, "mht") == "a single-file web page (MHTML)");
}

TEST_CASE("a .doc of no known kind is not called a Word file; known signatures win over the name") {
    CHECK(describe_format("just some notes\r\nwritten in a text editor", "doc") ==
          "a file named .doc that is not a Word document");
    CHECK(describe_format("%PDF-1.7\n%\xE2\xE3\xCF\xD3", "doc") == "a PDF document");
    CHECK(describe_format(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8), "xls") == "a legacy Excel .xls workbook");
    CHECK(describe_format("<note>an XML file of another kind</note>", "xml") == "a .xml file");
    CHECK(describe_format("plain words", "txt") == "a plain text file");
}
