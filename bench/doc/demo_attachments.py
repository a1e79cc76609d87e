#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Writes every .docx report of an inbox to one flat folder, for a round trip.

  demo_attachments.py INBOX OUT_DIR

Reads plain .docx files, .zip bundles, .eml messages, .mbox mailboxes and
Maildir messages (files under a cur/ or new/ folder), the kinds the demo inbox
holds, and writes each .docx found as OUT_DIR/NN-NAME.docx (NN keeps names
apart). Then:

  doc_fidelity.py roundtrip BAOCAO CACHE OUT_DIR/*.docx
  doc_fidelity.py sections BAOCAO PLAN ROSTER CACHE
"""
import email
import email.policy
import io
import mailbox
import os
import re
import sys
import zipfile


class Writer:
    def __init__(self, out):
        self.out = out
        self.count = 0
        os.makedirs(out, exist_ok=True)

    def save(self, name, data):
        self.count += 1
        safe = re.sub(r"[^\w.-]", "_", os.path.basename(name))
        with open(os.path.join(self.out, "%02d-%s" % (self.count, safe)), "wb") as fh:
            fh.write(data)

    def from_zip(self, data):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as bundle:
                for entry in bundle.infolist():
                    if entry.filename.lower().endswith(".docx"):
                        self.save(entry.filename, bundle.read(entry))
        except zipfile.BadZipFile:
            print("not a zip archive, left out", file=sys.stderr)

    def from_message(self, message):
        for part in message.walk():
            name = part.get_filename()
            data = part.get_payload(decode=True) if name else None
            if data is None:
                continue
            if name.lower().endswith(".docx"):
                self.save(name, data)
            elif name.lower().endswith(".zip"):
                self.from_zip(data)


def read_message(fh):
    return email.message_from_binary_file(fh, policy=email.policy.default)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    inbox, writer = sys.argv[1], Writer(sys.argv[2])
    for root, dirs, files in os.walk(inbox):
        dirs.sort()
        in_maildir = os.path.basename(root) in ("cur", "new")
        for name in sorted(files):
            path = os.path.join(root, name)
            lower = name.lower()
            if lower.endswith(".docx"):
                with open(path, "rb") as fh:
                    writer.save(name, fh.read())
            elif lower.endswith(".zip"):
                with open(path, "rb") as fh:
                    writer.from_zip(fh.read())
            elif lower.endswith(".mbox"):
                for message in mailbox.mbox(path, factory=read_message):
                    writer.from_message(message)
            elif lower.endswith(".eml") or in_maildir:
                with open(path, "rb") as fh:
                    writer.from_message(read_message(fh))
    print("%d .docx in %s" % (writer.count, writer.out))


if __name__ == "__main__":
    main()
