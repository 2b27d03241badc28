"""Rebuild the calc9 set (LibreOffice Calc risk registers exported to PDF) with the shared kit
``producers/calc_report.py``; ``src/r*.py`` are its reports. ``python
samples/pending/calc9/build.py [NAME ...]``; more in samples/README.md, "Building a set"."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "samples" / "build"))
sys.path.insert(0, str(HERE / "src"))

from producers.calc_report import main  # noqa: E402

MODULES = ["r1_skarp", "r2_mtekn", "r3_arbf", "r4_kevn"]

if __name__ == "__main__":
    main(HERE, MODULES)
