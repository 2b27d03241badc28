#!/usr/bin/env python3
"""Build the scan6 set: born-digital reports (LibreOffice Writer), printed and scanned
with an OCR text layer by the paper scanner of ``scan_report``: grey JPEG pages (aon2023 at
250 dpi, with a grey-shaded row, ``SHADE``) or black and white (snno2025: the grey page
thresholded to 1-bit Group 4); status words, "Utgår" among them, in the follows-plan column.

``python samples/pending/scan6/build.py [NAME ...] [--png DIR]``; the kit is the shared
``samples/build/producers/scan_report.py`` (the originals, the expected records, the scan);
more in samples/README.md, "Building a set"."""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
BUILD = HERE.parent.parent / "build"
sys.path[:0] = [str(HERE / "src"), str(BUILD)]

from producers.scan_report import main, status_records  # noqa: E402

#: (module in src/, document factory, skew per page (the last repeats), noise seed, scan
#: options; this set's JPEGs at quality 75 unless named)
DOCS = [
    ("s6a_nio", "nio2024", [-0.5], 61,
     {"paper": 0.97, "shade": (0.06, "east"), "quality": 75}),
    ("s6b_snno", "snno2025", [0.4, -0.3], 62,
     {"mode": "gray-bw", "threshold": 55, "noise": 0.25, "quality": 75}),
    ("s6c_aon", "aon2023", [0.8], 63,
     {"dpi": 250, "paper": 0.96, "shade": (0.08, "south"), "quality": 72}),
]

if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, records=status_records))
