# SPDX-License-Identifier: Apache-2.0
"""Runs the demo for the overview reader tests and reads what it wrote."""
import json
import os
import shutil
import subprocess
import sys
import unicodedata

SKIP = 77
NOW = "2013-10-15T12:00:00+07:00"


def run_demo(baocao, demo, out):
    """The demo run into `out` (emptied first), dated by NOW; returns result.json."""
    baocao, out = os.path.abspath(baocao), os.path.abspath(out)
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    subprocess.run([baocao, "run", "--now", NOW, "--plan", "plan-99-KH-TU.docx", "--roster", "roster.json",
                    "--out", out, "inbox"], cwd=demo, check=True, stderr=subprocess.DEVNULL)
    with open(os.path.join(out, "result.json"), encoding="utf-8") as f:
        return json.load(f)


def absolute(*paths):
    return [os.path.abspath(p) for p in paths]


def skip(message):
    print("skipped: " + message)
    sys.exit(SKIP)


def fold(text):
    """Lower case without tone marks, đ as d: what the page's filter compares."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("đ", "d")


def reported_indicators(result):
    """Indicator ids of indicator_totals that some unit has a value for, in the totals' order."""
    totals = result.get("indicator_totals") or {}
    have = set()
    for unit in totals.get("units", []):
        have.update(unit.get("values", {}).keys())
    return [i["id"] for i in totals.get("indicators", []) if i["id"] in have]
