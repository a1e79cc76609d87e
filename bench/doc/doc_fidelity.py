#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Fidelity of parse-doc, by word-level Dice.

  doc_fidelity.py peer BAOCAO CORPUS_DIR CACHE_DIR
      Every .doc of CORPUS_DIR (../shared/corpus/peer-doc): `baocao text FILE`
      against LibreOffice's text export of the same file, and antiword's text
      against LibreOffice's as the anchor. Files LibreOffice cannot read are
      counted as "reject or read" only.
  doc_fidelity.py roundtrip BAOCAO CACHE_DIR DOCX...
      Each .docx is saved as .doc by LibreOffice; `baocao text` of the .doc
      against `baocao text` of the .docx.
  doc_fidelity.py sections BAOCAO PLAN ROSTER CACHE_DIR [STEM_PREFIX]
      After a round trip: `baocao run` on the .docx files and on their .doc
      versions (those whose cached stem starts with STEM_PREFIX); each
      report's unit and sections (plan item and heading) must be the same.

LibreOffice's outputs and the converted files are cached in CACHE_DIR (outside
the repository), so a second run only runs baocao (DOC_FIDELITY_NO_CONVERT=1:
measure the round trip on the files converted so far). Dice = 2|A∩B| / (|A|+|B|)
over the multisets of lower-cased NFC words (\\w+).
"""
import collections
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

WORD = re.compile(r"\w+")


def words(text):
    # A soft hyphen is invisible: LibreOffice writes it inside words, Word shows none.
    text = unicodedata.normalize("NFC", text).replace("\u00ad", "").lower()
    return collections.Counter(WORD.findall(text))


def dice(a, b):
    wa, wb = words(a), words(b)
    total = sum(wa.values()) + sum(wb.values())
    if total == 0:
        return 1.0
    return 2.0 * sum((wa & wb).values()) / total


def soffice(target, outdir, files, profile):
    """Converts files in batches, one soffice per batch, each batch killed after 10 minutes."""
    os.makedirs(outdir, exist_ok=True)
    for i in range(0, len(files), 16):
        batch = files[i:i + 16]
        try:
            subprocess.run(["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--convert-to", target,
                            "--outdir", outdir] + batch, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           timeout=600)
        except subprocess.TimeoutExpired:
            pass


def baocao_text(baocao, path, config=None):
    """(text, rejection code or None)."""
    try:
        r = subprocess.run([baocao, "text"] + (["--config", config] if config else []) + [path], capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        return "", "timeout"
    if r.returncode != 0:
        err = r.stderr.decode("utf-8", "replace")
        m = re.search(r": ([a-z_]+): ", err)
        return "", m.group(1) if m else "exit %d" % r.returncode
    return r.stdout.decode("utf-8", "replace"), None


def read(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


def distribution(name, scores):
    if not scores:
        print("%s: no files" % name)
        return
    s = sorted(scores)
    n = len(s)
    q = lambda p: s[min(n - 1, int(p * n))]
    print("%-34s n=%3d  min %.3f  p10 %.3f  p25 %.3f  median %.3f  mean %.3f  >=0.95: %3d (%.1f%%)  >=0.97: %3d (%.1f%%)"
          % (name, n, s[0], q(0.10), q(0.25), q(0.5), sum(s) / n, sum(x >= 0.95 for x in s), 100.0 * sum(x >= 0.95 for x in s) / n,
             sum(x >= 0.97 for x in s), 100.0 * sum(x >= 0.97 for x in s) / n))


def peer(baocao, corpus, cache):
    files = sorted(os.path.join(corpus, f) for f in os.listdir(corpus) if f.lower().endswith(".doc"))
    lo_dir = os.path.join(cache, "libreoffice")
    aw_dir = os.path.join(cache, "antiword")
    os.makedirs(aw_dir, exist_ok=True)
    tried = os.path.join(cache, "libreoffice.tried")
    if not os.path.exists(tried):
        soffice("txt:Text (encoded):UTF8", lo_dir, files, os.path.join(cache, "profile"))
        open(tried, "w").close()
    # LibreOffice's text keeps tracked deletions beside insertions; baocao drops
    # deletions by default, so it is also measured keeping both.
    keep_all = os.path.join(cache, "tracked-all.json")
    with open(keep_all, "w") as out:
        out.write('{"settings": {"parse-doc": {"tracked_changes": "all"}}}')
    ours, ours_all, anchor, codes, failures = [], [], [], collections.Counter(), []
    by_design = []
    rows = []
    for f in files:
        stem = os.path.splitext(os.path.basename(f))[0]
        text, code = baocao_text(baocao, f)
        if code:
            codes[code] += 1
        lo_path = os.path.join(lo_dir, stem + ".txt")
        if not os.path.exists(lo_path):
            rows.append((stem, code or "read", "-", "-", "-"))
            continue
        lo = read(lo_path)
        aw_path = os.path.join(aw_dir, stem + ".txt")
        if not os.path.exists(aw_path) and shutil.which("antiword"):
            r = subprocess.run(["antiword", "-w", "0", f], capture_output=True, timeout=60)
            with open(aw_path, "wb") as out:
                out.write(r.stdout if r.returncode == 0 else b"")
        aw = read(aw_path) if os.path.exists(aw_path) else ""
        d = dice(text, lo) if not code else 0.0
        d_all = dice(baocao_text(baocao, f, keep_all)[0], lo) if not code else 0.0
        a = dice(aw, lo)
        ours.append(d)
        ours_all.append(d_all)
        anchor.append(a)
        if code != "unsupported_format":
            by_design.append(d_all)
        rows.append((stem, code or "read", "%.3f" % d, "%.3f" % d_all, "%.3f" % a))
        if d < 0.95:
            failures.append((d, stem, code))
    for r in rows:
        print("%-70s %-20s ours %-6s ours(tracked all) %-6s antiword %s" % r)
    print()
    print("files: %d; LibreOffice read %d" % (len(files), len(ours)))
    print("rejections by code: " + ", ".join("%s %d" % kv for kv in sorted(codes.items())))
    distribution("baocao vs LibreOffice", ours)
    distribution("baocao (tracked all) vs LibreOffice", ours_all)
    distribution("  the same, Word 2/6/95 left out", by_design)
    distribution("antiword vs LibreOffice", anchor)


def roundtrip(baocao, cache, docx):
    doc_dir = os.path.join(cache, "roundtrip")
    os.makedirs(doc_dir, exist_ok=True)
    # Names may repeat across folders: each .docx is copied under a unique stem first.
    src_dir = os.path.join(cache, "roundtrip-src")
    os.makedirs(src_dir, exist_ok=True)
    todo, pairs = [], []
    for i, path in enumerate(docx):
        stem = "%04d-%s" % (i, re.sub(r"[^A-Za-z0-9._-]", "_", os.path.splitext(os.path.basename(path))[0]))
        src = os.path.join(src_dir, stem + ".docx")
        if not os.path.exists(src):
            shutil.copyfile(path, src)
        out = os.path.join(doc_dir, stem + ".doc")
        if not os.path.exists(out):
            todo.append(src)
        pairs.append((path, src, out))
    # DOC_FIDELITY_NO_CONVERT=1 measures only the files converted so far.
    if todo and not os.environ.get("DOC_FIDELITY_NO_CONVERT"):
        soffice("doc:MS Word 97", doc_dir, todo, os.path.join(cache, "profile"))
    scores, skipped = [], 0
    for path, src, out in pairs:
        a, code_a = baocao_text(baocao, src)
        if code_a or not os.path.exists(out):
            skipped += 1
            continue
        b, code_b = baocao_text(baocao, out)
        d = dice(a, b) if not code_b else 0.0
        scores.append(d)
        print("%-80s %s %.3f" % (os.path.relpath(path), code_b or "read", d))
    print()
    print("pairs: %d (skipped %d: .docx unreadable or not converted)" % (len(scores), skipped))
    distribution("baocao .doc vs baocao .docx", scores)


def sections(baocao, plan, roster, cache, stems_prefix):
    """Runs `baocao run` on the .docx files of a round trip and on their .doc
    versions, and compares the unit and the sections found in each report (item and heading)."""
    import json
    src_dir = os.path.join(cache, "roundtrip-src")
    doc_dir = os.path.join(cache, "roundtrip")
    pairs = []
    for f in sorted(os.listdir(doc_dir)):
        stem = os.path.splitext(f)[0]
        if f.endswith(".doc") and stem.startswith(stems_prefix) and os.path.exists(os.path.join(src_dir, stem + ".docx")):
            pairs.append(stem)
    found = {}
    for kind, folder, ext in (("docx", src_dir, ".docx"), ("doc", doc_dir, ".doc")):
        inbox = tempfile.mkdtemp(prefix="doc-sections-")
        for stem in pairs:
            shutil.copyfile(os.path.join(folder, stem + ext), os.path.join(inbox, stem + ext))
        out = tempfile.mkdtemp(prefix="doc-sections-out-")
        subprocess.run([baocao, "run", "--plan", plan, "--roster", roster, "--out", out, inbox],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
        with open(os.path.join(out, "result.json"), encoding="utf-8") as fh:
            result = json.load(fh)
        for sub in result["submissions"]:
            stem = os.path.splitext(os.path.basename(sub["source"]))[0]
            unit = (sub.get("unit") or {}).get("id")
            found.setdefault(stem, {})[kind] = (unit, [(s["item"], s["heading"]) for s in sub["sections"]])
        shutil.rmtree(inbox)
        shutil.rmtree(out)
    same = 0
    for stem in pairs:
        a = found.get(stem, {}).get("docx")
        b = found.get(stem, {}).get("doc")
        ok = a is not None and a == b
        same += ok
        print("%-70s %s (%s sections)" % (stem, "same" if ok else "DIFFERENT", len(a[1]) if a else 0))
    print("\nreports with the same unit and sections as .doc and .docx: %d of %d" % (same, len(pairs)))


def main():
    if len(sys.argv) >= 5 and sys.argv[1] == "peer":
        peer(sys.argv[2], sys.argv[3], sys.argv[4])
    elif len(sys.argv) >= 6 and sys.argv[1] == "sections":
        sections(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6] if len(sys.argv) > 6 else "")
    elif len(sys.argv) >= 4 and sys.argv[1] == "roundtrip":
        roundtrip(sys.argv[2], sys.argv[3], sys.argv[4:])
    else:
        print(__doc__)
        sys.exit(2)


if __name__ == "__main__":
    main()
