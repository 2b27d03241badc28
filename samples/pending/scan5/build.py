#!/usr/bin/env python3
"""Build the scan5 set: born-digital reports (LibreOffice Writer; LibreOffice Calc for
tsbn2023), printed and scanned with an OCR text layer by the paper scanner of
``scan_report``: grey JPEG pages (stsdn2024 at 200 dpi) or black and white (tsbn2023: the
grey page thresholded to 1-bit Group 4).

``python samples/pending/scan5/build.py [NAME ...] [--png DIR]``; the kit is the shared
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
    ("s5a_mnn", "mnn2025", [-0.45], 51,
     {"paper": 0.97, "shade": (0.07, "west"), "quality": 75}),
    ("s5b_stsdn", "stsdn2024", [0.55, -0.35], 52,
     {"dpi": 200, "paper": 0.96, "shade": (0.06, "south"), "quality": 70}),
    ("s5c_tsbn", "tsbn2023", [0.3], 53,
     {"mode": "gray-bw", "threshold": 57, "noise": 0.25, "quality": 75}),
]

if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, records=status_records))
