#!/usr/bin/env python3
"""Build the scan1 set: born-digital reports typeset by LibreOffice Writer (the shared kit in
``../../build``), then printed-and-scanned with an OCR text layer by the plain scanner
``../../build/producers/scan.py``; two reports born-digital only (issue 15's values).

``python samples/pending/scan1/build.py [NAME ...] [--png DIR]``; the kit is the shared
``samples/build/producers/scan_report.py`` (the originals, the expected records, the scan);
more in samples/README.md, "Building a set"."""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
BUILD = HERE.parent.parent / "build"
sys.path[:0] = [str(HERE / "src"), str(BUILD)]

from producers import scan as plain  # noqa: E402
from producers.scan_report import main  # noqa: E402

#: (module in src/, document factory, skew per page in degrees, noise seed, scan options)
DOCS = [
    ("docs_a", "bgn2023", [0.7, -0.4], 11, {}),
    ("docs_b", "son2024", [-1.1, 0.5], 12, {}),
    ("docs_c", "fsn2022", [0.9, 1.2], 13, {}),
    ("docs_d", "gan2025", [-0.3, -0.8], 14, {}),
]
#: born-digital reports (LibreOffice only, no scan): issue 15's values
BORN_DIGITAL = [("docs_e", "mtn2024"), ("docs_f", "kbn2025")]

if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, scanner=plain.scan, born_digital=BORN_DIGITAL))
