#!/usr/bin/env python3
"""Build the scan8 set: born-digital reports (LibreOffice Calc through ``producers/calc.py``
and ``calc_report.py``; LibreOffice Writer through the shared kit in ``../../build``), printed
and scanned with an OCR text layer by the paper scanner of ``scan_report``: grey JPEG pages at
200 or 250 dpi, skewed, paper grey, one edge darker; sub-risks "a) b)" in one row and combined
values "S3/K4 = 12" read by ``subrisk_records``.

``python samples/pending/scan8/build.py [NAME ...] [--png DIR]``; the kit is the shared
``samples/build/producers/scan_report.py`` (the originals, the expected records, the scan);
more in samples/README.md, "Building a set"."""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
BUILD = HERE.parent.parent / "build"
sys.path[:0] = [str(HERE / "src"), str(BUILD)]

from producers.scan_report import main, subrisk_records  # noqa: E402

#: (module in src/, document factory, skew per page (the last repeats), noise seed, scan
#: options: resolution, paper white, the darker edge, JPEG quality)
DOCS = [
    ("s8a_rksdn", "rksdn2024", [-1.0], 81,
     {"dpi": 250, "paper": 0.96, "shade": (0.10, "west"), "quality": 65}),
    ("s8b_hvn", "hvn2024", [0.9], 82,
     {"dpi": 200, "paper": 0.97, "shade": (0.08, "south"), "quality": 72}),
    ("s8c_kbibn", "kbibn2025", [-0.5, 1.2], 83,
     {"dpi": 200, "paper": 0.96, "shade": (0.09, "east"), "quality": 60}),
]

if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, records=subrisk_records))
