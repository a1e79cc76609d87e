#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Writes the mixed benchmark corpus: the real review reports and the Vietnamese
.docx of the peer corpus, replicated to COUNT files, each copy with another
issuing unit on its header (most from the roster, a share from outside it) and
another date.

    mixed_corpus.py SHARED_CORPUS ROSTER_JSON COUNT OUT_DIR

SHARED_CORPUS is ../shared/corpus (real-reports/docx and peer/vietnamese are
read from it). Output is the same for the same inputs: a fixed seed and fixed
zip timestamps.
"""
import json
import pathlib
import random
import re
import sys
import zipfile

# The issuer line each source file carries, replaced by the copy's unit.
ISSUERS = [
    "TRƯỜNG THCS HOÀNG LƯƠNG", "SỞ NỘI VỤ", "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
    "HỘI ĐỒNG THẨM PHÁN", "TÒA ÁN NHÂN DÂN TỐI CAO", "CHÍNH PHỦ", "QUỐC HỘI",
]
# Units that write reports but are not in the roster: other provinces' districts.
OUTSIDE = ["HUYỆN ỦY QUỲNH LƯU", "HUYỆN ỦY HẢI HẬU", "THỊ ỦY BỈM SƠN", "HUYỆN ỦY LỆ THỦY",
           "BAN DÂN VẬN HUYỆN ỦY GIO LINH", "HỘI NÔNG DÂN TỈNH NGHỆ AN"]
DATE = re.compile(r"ngày(\s|&#160;| )+(\d{1,2})(\s|&#160;| )+tháng(\s|&#160;| )+(\d{1,2})(\s|&#160;| )+năm(\s|&#160;| )+(\d{4})")
MONTH_YEAR = re.compile(r"tháng(\s| )+(\d{1,2})(\s| )+năm(\s| )+(20\d\d)")


def vary(xml, unit, day, month, year):
    for issuer in ISSUERS:
        if issuer in xml:
            xml = xml.replace(issuer, unit, 1)
            break
    xml = DATE.sub(f"ngày {day} tháng {month} năm {year}", xml)
    return MONTH_YEAR.sub(f"tháng {month} năm {year}", xml)


def copy_docx(src, dst, unit, day, month, year):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/document.xml":
                data = vary(data.decode("utf-8"), unit, day, month, year).encode("utf-8")
            out = zipfile.ZipInfo(info.filename, date_time=(2013, 10, 1, 0, 0, 0))
            out.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(out, data)


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    shared, roster, count, out = pathlib.Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), pathlib.Path(sys.argv[4])
    sources = sorted((shared / "real-reports" / "docx").glob("*.docx")) + sorted((shared / "peer" / "vietnamese").glob("*.docx"))
    if not sources:
        sys.exit(f"no .docx under {shared}/real-reports/docx or {shared}/peer/vietnamese")
    units = [u["name"].upper() for u in json.load(open(roster, encoding="utf-8"))["units"]]
    rng = random.Random(2013)
    out.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        src = sources[i % len(sources)]
        outside = rng.random() < 0.25
        unit = rng.choice(OUTSIDE if outside else units)
        month = rng.choice([9, 10])
        day = rng.randint(20, 30) if month == 9 else rng.randint(1, 12)
        name = f"mixed-{i + 1:04d}-{'ngoai-' if outside else ''}{src.stem}.docx"
        copy_docx(src, out / name, unit, day, month, 2013)
    print(f"wrote {count} reports into {out}")


if __name__ == "__main__":
    main()
