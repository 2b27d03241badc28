#!/usr/bin/env python3
"""Build the scan7 set: born-digital reports (LibreOffice Writer), printed and scanned with an
OCR text layer by the paper scanner of ``scan_report``: grey JPEG pages (rksn2024 at 300 dpi
over two pages, kln2025 at 250 dpi) or black and white (ian2023: the grey page thresholded
to 1-bit Group 4). The period and count wordings of issue 15: "T2" / "tertial 2" with counts
in number words, a "delårsbokslut per 30 april" with its counts in a key-figures table, an
"årsbokslut" with a subtitle "<nämnd>, helår 2023" and last year's counts in a footnote
(``scan_report.FOOTNOTE``, added to the kit for this set).

``python samples/pending/scan7/build.py [NAME ...] [--png DIR]``; the kit is the shared
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
    ("s7a_rksn", "rksn2024", [-0.7, 0.9], 71,
     {"paper": 0.97, "shade": (0.07, "east"), "quality": 75}),
    ("s7b_kln", "kln2025", [0.6], 72,
     {"dpi": 250, "paper": 0.96, "shade": (0.09, "south"), "quality": 72}),
    ("s7c_ian", "ian2023", [-0.4], 73,
     {"mode": "gray-bw", "threshold": 56, "noise": 0.25, "quality": 75}),
]

if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, records=status_records))
