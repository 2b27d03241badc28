#!/usr/bin/env python3
"""Build the scan9 set: born-digital reports (LibreOffice Writer through the shared kit in
``../../build``; LibreOffice Calc through ``producers/calc.py`` and ``calc_report.py``),
printed and scanned with an OCR text layer by the paper scanner of ``scan_report``: grey JPEG
pages at 300 dpi over two pages (skpsdn2025), black and white at 300 dpi (mbln2024: the grey
page thresholded to 1-bit Group 4), grey JPEG at 200 dpi (sofn2023, the Calc register).

``python samples/pending/scan9/build.py [NAME ...] [--png DIR]``; the kit is the shared
``samples/build/producers/scan_report.py`` (the originals, the expected records, the scan);
more in samples/README.md, "Building a set"."""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
BUILD = HERE.parent.parent / "build"
sys.path[:0] = [str(HERE / "src"), str(BUILD)]

from producers.scan_report import main  # noqa: E402

#: (module in src/, document factory, skew per page (the last repeats), noise seed, scan
#: options: resolution, 1 bit, paper white, the darker edge, JPEG quality)
DOCS = [
    ("s9a_skpsdn", "skpsdn2025", [-0.8, 0.4], 91,
     {"paper": 0.97, "shade": (0.08, "west"), "quality": 78}),
    ("s9b_mbln", "mbln2024", [1.1], 92,
     {"mode": "gray-bw", "threshold": 57, "noise": 0.25, "shade": (0.06, "north")}),
    ("s9c_sofn", "sofn2023", [-0.6], 93,
     {"dpi": 200, "paper": 0.95, "shade": (0.11, "east"), "quality": 64}),
]

if __name__ == "__main__":
    sys.exit(main(HERE, DOCS))
