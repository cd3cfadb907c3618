#!/usr/bin/env python3
"""Scores a labelled corpus folder with a needlewatch binary, blind.

Usage: tests/score_corpus.py BINARY FOLDER [--details]

Runs `BINARY classify FILE --kind K [--selector S] --json` on every document
in FOLDER/manifest.toml and prints the status confusion table per kind and
the not-covered reasons. Without --details it prints no file names and no
text, so a held-out set can be measured without the person tuning the
classifier reading it. Any binary works, so the same set is measured with
an old build and a new one.
"""

import json
import subprocess
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path


def classify(binary, folder, doc):
    command = [binary, "classify", str(folder / doc["file"]), "--kind", doc["kind"], "--json"]
    if doc.get("selector"):
        command += ["--selector", doc["selector"]]
    run = subprocess.run(command, capture_output=True, text=True, timeout=60)
    if run.returncode != 0:
        return ("error", None)
    finding = json.loads(run.stdout)
    return (finding.get("status"), finding.get("reason"))


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    binary, folder = sys.argv[1], Path(sys.argv[2])
    details = "--details" in sys.argv[3:]
    manifest = tomllib.loads((folder / "manifest.toml").read_text())
    by_kind = defaultdict(lambda: [0, 0])
    confusion = defaultdict(Counter)
    reasons = [0, 0]
    for doc in manifest["doc"]:
        status, reason = classify(binary, folder, doc)
        expected = doc["status"]
        right = status == expected
        by_kind[doc["kind"]][0] += right
        by_kind[doc["kind"]][1] += 1
        confusion[expected][status] += 1
        if expected == "not_covered" and status == "not_covered":
            reasons[0] += reason == doc.get("reason")
            reasons[1] += 1
        if details and (not right or (expected == "not_covered" and reason != doc.get("reason"))):
            print(f"MISS {doc['file']}: expected {expected}/{doc.get('reason')}, got {status}/{reason}")
    total_right = sum(v[0] for v in by_kind.values())
    total = sum(v[1] for v in by_kind.values())
    print(f"status: {total_right}/{total} = {100.0 * total_right / max(total, 1):.1f}%")
    for kind, (right, count) in sorted(by_kind.items()):
        print(f"  {kind}: {right}/{count}")
    print(f"reasons (of not_covered read as not_covered): {reasons[0]}/{reasons[1]}")
    columns = sorted({got for row in confusion.values() for got in row} | set(confusion))
    print("confusion (rows expected, columns got):")
    print("  " + " " * 14 + "".join(f"{c[:12]:>13}" for c in columns))
    for expected in sorted(confusion):
        row = confusion[expected]
        print(f"  {expected[:14]:<14}" + "".join(f"{row.get(c, 0):>13}" for c in columns))


if __name__ == "__main__":
    import signal
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    main()
