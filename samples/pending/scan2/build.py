#!/usr/bin/env python3
"""Build the scan2 set: born-digital reports typeset by LibreOffice Writer (the shared kit in
``../../build``), then printed-and-scanned with an OCR text layer by the plain scanner
``../../build/producers/scan.py`` (resolution, JPEG quality, upside-down pages and ocrmypdf
options as parameters).

``python samples/pending/scan2/build.py [NAME ...] [--png DIR]``; the kit is the shared
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

#: (module in src/, document factory, skew per page in degrees (180 + x: fed upside down),
#: noise seed, scan options)
DOCS = [
    ("docs_a", "gsn2024", [0.6, -0.5], 21, {"dpi": 200, "quality": 38}),
    ("docs_b", "ndm2023", [1.7, -1.9], 22, {}),
    ("docs_c", "mbn2025", [-0.5, 0.4], 23, {}),
    ("docs_d", "kin2022", [0.4, 180.5], 24, {"ocr_args": ("--rotate-pages",)}),
]

if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, scanner=plain.scan))
