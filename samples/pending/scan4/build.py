#!/usr/bin/env python3
"""Build the scan4 set: born-digital reports (LibreOffice Writer through the shared kit in
``../../build``; LibreOffice Calc through ``producers/calc.py`` and ``calc_report.py``),
then printed and scanned with an OCR text layer by the paper scanner of ``scan_report`` (grey,
paper grey, uneven brightness); status words in the follows-plan column.

``python samples/pending/scan4/build.py [NAME ...] [--png DIR]``; the kit is the shared
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
#: options; this set's JPEGs at quality 75)
DOCS = [
    ("docs_a", "uan2024", [0.7], 41, {"shade": (0.08, "east"), "quality": 75}),
    ("docs_b", "nsb2025", [-0.6, 1.1], 42,
     {"paper": 0.96, "shade": (0.10, "south"), "quality": 75}),
    ("docs_c", "gfn2023", [0.4, -0.8], 43,
     {"paper": 0.97, "shade": (0.12, "west"), "quality": 75}),
]

if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, records=status_records))
