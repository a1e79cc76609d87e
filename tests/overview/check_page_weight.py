# SPDX-License-Identifier: Apache-2.0
"""report.html stays under 5 MB at 2 000 reports: the benchmark corpus
(baocao-samplegen --seed 2013 --count 2000 --flat) run against the demo's plan
and its roster grown to 500 units, the size the page must stay usable at.
Prints the page weight.

usage: check_page_weight.py BAOCAO SAMPLEGEN DEMO_DIR WORK_DIR"""
import json
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from overview_run import NOW, absolute  # noqa: E402

REPORTS, UNITS, LIMIT = 2000, 500, 5 * 1024 * 1024


def main():
    baocao, samplegen, demo, work = absolute(*sys.argv[1:5])
    corpus, out = os.path.join(work, "corpus"), os.path.join(work, "out")
    for d in (corpus, out):
        shutil.rmtree(d, ignore_errors=True)
    subprocess.run([samplegen, "--seed", "2013", "--count", str(REPORTS), "--out", corpus, "--flat"], check=True,
                   stdout=subprocess.DEVNULL)
    with open(os.path.join(demo, "roster.json"), encoding="utf-8") as f:
        roster = json.load(f)
    for n in range(len(roster["units"]) + 1, UNITS + 1):
        roster["units"].append({"id": "xa-%03d" % n, "name": "Đảng ủy xã số %d" % n, "level": "grassroots",
                                "aliases": [], "emails": []})
    roster_path = os.path.join(work, "roster-500.json")
    with open(roster_path, "w", encoding="utf-8") as f:
        json.dump(roster, f, ensure_ascii=False)
    subprocess.run([baocao, "run", "-j2", "--quiet", "--now", NOW, "--plan", os.path.join(demo, "plan-99-KH-TU.docx"),
                    "--roster", roster_path, "--out", out, corpus], check=True, stderr=subprocess.DEVNULL)
    page = os.path.join(out, "report.html")
    size = os.path.getsize(page)
    with open(page, encoding="utf-8") as f:
        rows = len(re.findall(r'<tr id="u\d+"', f.read()))
    with open(os.path.join(out, "result.json"), encoding="utf-8") as f:
        submissions = len(json.load(f)["submissions"])
    shutil.rmtree(corpus, ignore_errors=True)
    print("report.html: %d bytes (%.2f MB) for %d reports and %d units" % (size, size / 1048576, submissions, rows))
    if size >= LIMIT or rows != UNITS or submissions != REPORTS:
        print("want under %d bytes, %d unit rows, %d reports" % (LIMIT, UNITS, REPORTS))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
