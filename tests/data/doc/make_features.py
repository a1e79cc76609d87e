#!/usr/bin/env python3
"""Writes features.docx, the source of features.doc (parse-doc's feature test file).

    python3 make_features.py && soffice --headless --convert-to "doc:MS Word 97" features.docx

Each paragraph exercises one thing the .doc reader must carry into the model:
legacy fonts, built-in headings with list numbering, emphasis, a table, a
field, a footnote, a header and a footer, and tracked changes.
"""
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def run(text, props=""):
    return '<w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (props, text)


def para(content, ppr=""):
    return "<w:p><w:pPr>%s</w:pPr>%s</w:p>" % (ppr, content)


def font(name):
    return '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="%s"/>' % (name, name, name)


def numbered(text, style, ilvl):
    return para(run(text), '<w:pStyle w:val="%s"/><w:numPr><w:ilvl w:val="%d"/><w:numId w:val="1"/></w:numPr>' % (style, ilvl))


def cell(text):
    return '<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>%s</w:tc>' % para(run(text))


body = "".join([
    para(run("C\u00abng t\u00b8c", font(".VnTime"))),
    para(run("T\u00d8nh \u00f1y H\u00b5 T\u00dcnh", font(".VnTimeH"))),
    # TCVN3 "ư" is byte 0xAD, the Latin-1 soft hyphen: a .doc stores it as an optional hyphen.
    para(run("Ban Th\u00ad\u00eang v\u00f4", font(".VnTime"))),
    numbered("MỤC ĐÍCH", "Heading1", 0),
    numbered("Kết quả", "Heading2", 1),
    numbered("điểm thứ nhất", "Normal", 2),
    numbered("điểm thứ hai", "Normal", 2),
    numbered("NỘI DUNG", "Heading1", 0),
    para(run("Đậm", "<w:b/>") + run(" và ") + run("nghiêng", "<w:i/>") + run(" và ") + run("hoa", "<w:caps/>")),
    '<w:tbl><w:tblPr><w:tblW w:w="4000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>'
    '<w:tr>%s%s</w:tr><w:tr>%s%s</w:tr></w:tbl>' % (cell("Ô A1"), cell("Ô B1"), cell("Ô A2"), cell("Ô B2")),
    para(run("Bảng có kẻ:")),
    '<w:tbl><w:tblPr><w:tblW w:w="4000" w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    '<w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    '<w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders></w:tblPr>'
    '<w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>'
    '<w:tr>%s%s</w:tr></w:tbl>' % (cell("Chỉ tiêu"), cell("Kết quả")),
    para(run("Xem ") + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "http://example.vn/" </w:instrText></w:r>'
         '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("trang tin") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + run(" nhé.")),
    para(run("Có chú thích") + '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'),
    para(run("Bản cũ ") + '<w:del w:id="10" w:author="A" w:date="2013-09-01T00:00:00Z"><w:r><w:delText>bị xóa</w:delText></w:r></w:del>'
         '<w:ins w:id="11" w:author="A" w:date="2013-09-01T00:00:00Z">' + run("được thêm") + '</w:ins>' + run(" xong.")),
    '<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF"/></w:sectPr>',
])

styles = """<w:styles %s>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:i/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
</w:styles>""" % W

numbering = """<w:numbering %s>
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%2."/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%%3)"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>""" % W

footnotes = """<w:footnotes %s>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Chú thích một.</w:t></w:r></w:p></w:footnote>
</w:footnotes>""" % W

header = '<w:hdr %s><w:p><w:r><w:t>Đảng bộ tỉnh Hà Tĩnh</w:t></w:r></w:p></w:hdr>' % W
footer = '<w:ftr %s><w:p><w:r><w:t>Chân trang</w:t></w:r></w:p></w:ftr>' % W

content_types = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
</Types>"""

rels = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
doc_rels = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdS" Type="%sstyles" Target="styles.xml"/>
<Relationship Id="rIdN" Type="%snumbering" Target="numbering.xml"/>
<Relationship Id="rIdFn" Type="%sfootnotes" Target="footnotes.xml"/>
<Relationship Id="rIdH" Type="%sheader" Target="header1.xml"/>
<Relationship Id="rIdF" Type="%sfooter" Target="footer1.xml"/>
</Relationships>""" % (R, R, R, R, R)

with zipfile.ZipFile("features.docx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", content_types)
    z.writestr("_rels/.rels", rels)
    z.writestr("word/_rels/document.xml.rels", doc_rels)
    z.writestr("word/document.xml", '<?xml version="1.0" encoding="UTF-8"?><w:document %s><w:body>%s</w:body></w:document>' % (W, body))
    z.writestr("word/styles.xml", styles)
    z.writestr("word/numbering.xml", numbering)
    z.writestr("word/footnotes.xml", footnotes)
    z.writestr("word/header1.xml", header)
    z.writestr("word/footer1.xml", footer)
