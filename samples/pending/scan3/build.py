#!/usr/bin/env python3
"""Build the scan3 set: born-digital reports typeset by LibreOffice Writer (the shared kit in
``../../build``, with the risk matrix block of ``scan_report``), then printed and scanned
with an OCR text layer by the paper scanner of ``scan_report`` (colour and black-and-white
scans, grey paper, uneven brightness, stamps, handwriting and a landscape page fed in
portrait).

``python samples/pending/scan3/build.py [NAME ...] [--png DIR]``; the kit is the shared
``samples/build/producers/scan_report.py`` (the originals, the expected records, the scan);
more in samples/README.md, "Building a set"."""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
BUILD = HERE.parent.parent / "build"
sys.path[:0] = [str(HERE / "src"), str(BUILD)]

from producers.scan_report import Ink, Sheet, Stamp, main  # noqa: E402

#: (module in src/, document factory, one Sheet per page (the last repeats), noise seed,
#: scan options)
DOCS = [
    ("docs_a", "mexn2024",
     [Sheet(0.8, overlays=[Stamp(["MARK- OCH EXPLOATERINGSNÄMNDEN", "INKOM 2025-02-11",
                                  "Dnr MEX 2025/0031"], x=10.6, y=0.3, angle=-4.0)]),
      Sheet(-0.6)],
     31, {"mode": "rgb", "paper": 0.97, "shade": (0.10, "south"), "quality": 80}),
    ("docs_b", "fhn2023",
     [Sheet(-0.4, overlays=[Ink("FHN § 87\n2023-09-26", x=15.2, y=0.7, color="#4a4a4a",
                                size=52, angle=-3.0)]),
      Sheet(0.6, turn=-90), Sheet(-0.5, turn=-90)],
     32, {"shade": (0.12, "east"), "ocr_args": ("--rotate-pages",)}),
    ("docs_c", "ptn2025",
     [Sheet(1.3, overlays=[Ink("✓", x=19.3, y=y, size=46) for y in (11.2, 12.9, 18.8, 20.5)]
      + [Ink("Gr. 2026-02-12 /EL", x=12.2, y=25.2, size=60, angle=-2.0)])],
     33, {"mode": "bw", "noise": 0.25}),
    ("docs_d", "fritun2022",
     [Sheet(-0.9), Sheet(0.7)],
     34, {"paper": 0.84, "shade": (0.30, "west"), "quality": 70}),
]

if __name__ == "__main__":
    sys.exit(main(HERE, DOCS))
