#!/usr/bin/env python3
"""Build the scan10 set: born-digital reports (LibreOffice Writer, the plain ruled Word table
archives hold most), printed and scanned with an OCR text layer by the paper scanner of
``scan_report``: grey JPEG pages at 300 dpi (nmsdn2024) or 200 dpi (tan2025, over two
pages, a two-level header), or black and white (fhin2023: the grey page thresholded to
1-bit Group 4; bulleted controls in one cell). Period and count wordings of issue 15:
"helårsuppföljning" with the critical count named first, "tertial 2" with the critical count
in a heading, "delårsrapport" with last year's count in brackets.

``python samples/pending/scan10/build.py [NAME ...] [--png DIR]``; the kit is the shared
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
#: options: resolution, 1 bit, paper white, the darker edge, noise, JPEG quality)
DOCS = [
    ("s10a_nmsdn", "nmsdn2024", [-0.35], 101,
     {"paper": 0.97, "shade": (0.06, "west"), "noise": 0.3, "quality": 75}),
    ("s10b_tan", "tan2025", [0.6, -0.45], 102,
     {"dpi": 200, "paper": 0.96, "shade": (0.07, "south"), "noise": 0.3, "quality": 72}),
    ("s10c_fhin", "fhin2023", [0.75], 103,
     {"mode": "gray-bw", "threshold": 56, "noise": 0.25, "quality": 75}),
]

if __name__ == "__main__":
    sys.exit(main(HERE, DOCS))
