# SPDX-License-Identifier: Apache-2.0
"""report.html from the demo in a real browser: headless Chromium loads it and
the DOM after its script ran must show result.json's headline counts, one SVG
chart per figure plus the status chart and the timeline, the coverage grid's
cells as result.json's items_not_covered, and a unit filter (given in the
address, ?q= and ?status=) that hides the other units. One screenshot is
checked for its pixel size and for content, and kept in WORK_DIR.
With --tidy: `tidy -errors -q` finds neither errors nor warnings.

usage: check_report_html.py [--tidy] BAOCAO DEMO_DIR WORK_DIR   (exit 77: no chromium / tidy)"""
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import urllib.parse
import zlib
from html.parser import HTMLParser

sys.path.insert(0, os.path.dirname(__file__))
from overview_run import absolute, fold, reported_indicators, run_demo, skip  # noqa: E402

LEVEL_LABELS = {"district": "Cấp huyện", "organization": "Sở, ban, ngành, đoàn thể", "grassroots": "Cơ sở"}
SHOT_SIZE = (1100, 1600)


class PageReader(HTMLParser):
    """What the checks need from the dumped DOM."""

    def __init__(self):
        super().__init__()
        self.heads, self.svgs, self.grid, self.unit_rows = [], 0, {}, []
        self.shown = None
        self._stack = []          # open tags with their attributes
        self._text = None         # collecting text for: "head", "shown", "cell"
        self._row = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        self._stack.append((tag, a))
        if tag == "svg":
            self.svgs += 1
        elif tag == "b" and any(t == "div" and "head" in (x.get("class") or "").split() for t, x in self._stack[:-1]):
            self._text, self._buf = "head", ""
        elif tag == "b" and a.get("id") == "shown":
            self._text, self._buf = "shown", ""
        elif tag == "tr" and "data-unit" in a and self._inside("table", "coverage"):
            self._row = a["data-unit"]
            self.grid[self._row] = []
        elif tag == "td" and self._row is not None and "name" not in classes:
            self._text, self._buf = "cell", ""
        elif tag == "tr" and self._inside("table", "units") and "data-status" in a:
            self.unit_rows.append(a)

    def _inside(self, tag, ident):
        return any(t == tag and x.get("id") == ident for t, x in self._stack)

    def handle_endtag(self, tag):
        while self._stack:
            t, _ = self._stack.pop()
            if t == tag:
                break
        if tag == "b" and self._text in ("head", "shown"):
            (self.heads.append if self._text == "head" else self._set_shown)(self._buf.strip())
            self._text = None
        elif tag == "td" and self._text == "cell":
            self.grid[self._row].append(self._buf.strip())
            self._text = None
        elif tag == "tr":
            self._row = None

    def _set_shown(self, value):
        self.shown = value

    def handle_data(self, data):
        if self._text:
            self._buf += data


def chromium_binary():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    return None


def chromium(binary, profile, *args):
    cmd = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + profile,
           "--hide-scrollbars"] + list(args)
    return subprocess.run(cmd, check=True, capture_output=True, timeout=120).stdout.decode("utf-8")


def read_dom(binary, profile, url):
    reader = PageReader()
    reader.feed(chromium(binary, profile, "--dump-dom", url))
    return reader


def png_size_and_pixels(path):
    """(width, height) and the decompressed scanlines of a PNG."""
    with open(path, "rb") as f:
        data = f.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, width, height, idat = 8, 0, 0, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    return (width, height), zlib.decompress(idat)


def check_tidy(html_path):
    tidy = shutil.which("tidy")
    if not tidy:
        skip("tidy is not installed")
    r = subprocess.run([tidy, "-errors", "-q", html_path], capture_output=True, text=True)
    if r.returncode != 0 or r.stderr.strip():
        print(r.stderr[:4000])
        return 1
    print("tidy: report.html has no errors and no warnings")
    return 0


def main():
    args = sys.argv[1:]
    tidy_only = args[:1] == ["--tidy"]
    if tidy_only:
        args = args[1:]
    baocao, demo, work = absolute(*args[:3])
    binary = chromium_binary()
    if not tidy_only and not binary:
        skip("Chromium is not installed; install the chromium package")
    out = os.path.join(work, "out")
    result = run_demo(baocao, demo, out)
    page = os.path.join(out, "report.html")
    if tidy_only:
        return check_tidy(page)
    url = "file://" + urllib.parse.quote(page)
    failures = []

    def check(ok, what):
        if not ok:
            failures.append(what)

    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        dom = read_dom(binary, profile, url)
        units = result["units"]
        count = lambda s: sum(1 for u in units if u["status"] == s)  # noqa: E731
        received = sum(1 for u in units if u["submission"] is not None)
        want = ["%d/%d" % (received, len(units)), str(count("on_time")), str(count("late")), str(count("missing")),
                str(count("unreadable")), str(len(result["rejected"]))]
        check(dom.heads[:6] == want, "headline counts %s, want %s" % (dom.heads[:6], want))

        timeline = 1 if any(u.get("submitted_on") for u in units) else 0
        charts = 1 + timeline + len(reported_indicators(result))
        check(dom.svgs == charts, "%d SVG charts, want %d" % (dom.svgs, charts))

        items = [i["id"] for i in result["plan"]["items"]]
        check(len(dom.grid) == len(units), "coverage grid: %d rows, want %d" % (len(dom.grid), len(units)))
        cells = 0
        for u in units:
            row = dom.grid.get(u["id"], [])
            want_row = ["–" if u["submission"] is None else ("✗" if i in u["items_not_covered"] else "✓") for i in items]
            check(row == want_row, "coverage %s: %s, want %s" % (u["id"], row, want_row))
            cells += len(row)
        check(len(dom.unit_rows) == len(units) and dom.shown == str(len(units)),
              "unit table: %d rows, %s shown" % (len(dom.unit_rows), dom.shown))

        # The filter, folded like the page folds it: no tone marks typed, any case.
        target = next(u for u in units if u["level"] == "district")
        query = " ".join(fold(target["name"]).split()[-2:]).upper()
        expect = [u["id"] for u in units
                  if fold(query) in fold(u["name"] + " " + u["id"] + " " + LEVEL_LABELS.get(u["level"], u["level"]))]
        filtered = read_dom(binary, profile, url + "?q=" + urllib.parse.quote(query))
        shown = [r["data-find"] for r in filtered.unit_rows if "hidden" not in r]
        check(len(shown) == len(expect) and 0 < len(expect) < len(units) and filtered.shown == str(len(expect)),
              "filter %r: %d rows shown (%s), want %d" % (query, len(shown), filtered.shown, len(expect)))
        late = read_dom(binary, profile, url + "?status=late")
        shown_late = [r for r in late.unit_rows if "hidden" not in r]
        check(len(shown_late) == count("late") and all(r["data-status"] == "late" for r in shown_late),
              "status filter: %d rows shown, want %d late" % (len(shown_late), count("late")))

        shot = os.path.join(work, "report.png")
        if os.path.exists(shot):
            os.remove(shot)
        chromium(binary, profile, "--window-size=%d,%d" % SHOT_SIZE, "--screenshot=" + shot, url)
        size, pixels = png_size_and_pixels(shot)
        check(size == SHOT_SIZE, "screenshot is %sx%s, want %sx%s" % (size + SHOT_SIZE))
        # A blank page is nearly all white bytes; the overview has text, bars and a coloured grid.
        not_white = sum(1 for b in pixels if b < 0xF0) / max(len(pixels), 1)
        check(len(set(pixels)) > 64 and not_white > 0.02,
              "screenshot looks blank: %d distinct bytes, %.3f not white" % (len(set(pixels)), not_white))

    if failures:
        print("\n".join(failures[:40]))
        return 1
    print("report.html in Chromium: %s headline, %d charts, %d coverage cells, filter %r shows %d of %d units; "
          "screenshot %s (%dx%d)" % (" ".join(dom.heads[:6]), dom.svgs, cells, query, len(expect), len(units), shot,
                                     size[0], size[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
