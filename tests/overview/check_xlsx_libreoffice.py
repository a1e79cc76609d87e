# SPDX-License-Identifier: Apache-2.0
"""A second spreadsheet reader: LibreOffice opens the demo's compliance.xlsx,
recalculating every formula, and saves each sheet as CSV. The compliance
sheet must hold compliance.csv's cells (dates typed, shown dd/mm/yyyy), the
coverage sheet result.json's items_not_covered, and the figures sheet's SUM
formulas must evaluate to result.json's province totals.

usage: check_xlsx_libreoffice.py BAOCAO DEMO_DIR WORK_DIR   (exit 77: no soffice)"""
import csv
import glob
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from overview_run import absolute, reported_indicators, run_demo, skip  # noqa: E402

# Recalculate formulas when an OOXML file is loaded (0: always), so the totals
# checked are LibreOffice's own sums and not the values stored beside them.
PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def convert(soffice, profile, xlsx, outdir, formulas):
    # Tokens: comma, double quote, UTF-8, line 1, -, -, -, -, cells as shown, formulas, -, every sheet.
    flt = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,%s,false,-1" % ("true" if formulas else "false")
    os.makedirs(outdir, exist_ok=True)
    subprocess.run([soffice, "-env:UserInstallation=file://" + profile, "--headless", "--norestore",
                    "--convert-to", flt, "--outdir", outdir, xlsx],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    sheets = {}
    for path in glob.glob(os.path.join(outdir, "compliance-*.csv")):
        name = os.path.basename(path)[len("compliance-"):-len(".csv")]
        with open(path, encoding="utf-8-sig", newline="") as f:
            sheets[name] = list(csv.reader(f))
    return sheets


def shown_date(iso):
    return "%s/%s/%s" % (iso[8:10], iso[5:7], iso[0:4]) if len(iso) == 10 else iso


def main():
    baocao, demo, work = absolute(*sys.argv[1:4])
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        skip("LibreOffice (soffice) is not installed; install libreoffice-calc-nogui")
    out = os.path.join(work, "out")
    result = run_demo(baocao, demo, out)
    profile = os.path.join(work, "profile")
    shutil.rmtree(profile, ignore_errors=True)
    os.makedirs(os.path.join(profile, "user"))
    with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w", encoding="utf-8") as f:
        f.write(PROFILE)
    xlsx = os.path.join(out, "compliance.xlsx")
    values = convert(soffice, profile, xlsx, os.path.join(work, "values"), formulas=False)
    formulas = convert(soffice, profile, xlsx, os.path.join(work, "formulas"), formulas=True)
    failures = []

    def check(ok, what):
        if not ok:
            failures.append(what)

    check(sorted(values) == sorted(["Tình hình nộp", "Nội dung", "Số liệu"]), "sheets: %s" % sorted(values))

    # 1. The compliance sheet holds compliance.csv's rows, cell for cell.
    with open(os.path.join(out, "compliance.csv"), encoding="utf-8-sig", newline="") as f:
        expected = list(csv.reader(f))
    sheet = values.get("Tình hình nộp", [])
    check(len(sheet) == len(expected), "compliance rows: %d in xlsx, %d in csv" % (len(sheet), len(expected)))
    check(sheet[:1] and len(sheet[0]) == len(expected[0]), "compliance columns")
    dates = {expected[0].index("deadline"), expected[0].index("submitted_on")}
    compared = 0
    for row_csv, row_xlsx in zip(expected[1:], sheet[1:]):
        for col, (want, got) in enumerate(zip(row_csv, row_xlsx)):
            if col in dates:
                want = shown_date(want)
            if want.startswith("'") and got == want[1:]:
                want = got  # the CSV's guard against formulas; a typed string needs none
            check(want == got, "compliance %s column %d: csv %r, xlsx %r" % (row_csv[0], col, want, got))
            compared += 1
    check(compared >= 13 * len(result["units"]), "compared %d cells" % compared)

    # 2. The coverage sheet: x where covered, "thiếu" where not, blank without a report.
    cover = values.get("Nội dung", [])
    items = [i["id"] for i in result["plan"]["items"]]
    units = {u["id"]: u for u in result["units"]}
    rows = [r for r in cover[1:] if r and r[0] in units]
    check(len(rows) == len(units), "coverage rows: %d of %d units" % (len(rows), len(units)))
    for row in rows:
        u = units[row[0]]
        for k, item in enumerate(items):
            want = "" if u["submission"] is None else ("thiếu" if item in u["items_not_covered"] else "x")
            check(row[3 + k] == want, "coverage %s item %s: %r, want %r" % (u["id"], item, row[3 + k], want))

    # 3. The figures sheet: the province row is SUM formulas evaluating to result.json's totals.
    figures = values.get("Số liệu", [])
    figure_formulas = formulas.get("Số liệu", [])
    province = (result.get("indicator_totals") or {}).get("province", {})
    ids = reported_indicators(result)
    total_row = next((i for i, r in enumerate(figures) if len(r) > 1 and r[1] == "Toàn tỉnh"), None)
    check(total_row is not None, "figures: no 'Toàn tỉnh' row")
    check(len(ids) > 0, "the demo has figures")
    if total_row is not None:
        for k, ind in enumerate(ids):
            formula = figure_formulas[total_row][2 + k]
            check(formula.startswith("=SUM("), "figures %s: %r is not a SUM formula" % (ind, formula))
            got = float(figures[total_row][2 + k].replace(",", ""))
            check(abs(got - float(province[ind])) < 1e-6, "figures %s: %s, result.json %s" % (ind, got, province[ind]))

    if failures:
        print("\n".join(failures[:40]))
        return 1
    print("compliance.xlsx read back by LibreOffice: %d compliance cells, %d coverage rows, %d totals match"
          % (compared, len(rows), len(ids)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
