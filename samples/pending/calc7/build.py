"""Rebuild the calc7 set (LibreOffice Calc risk registers exported to PDF) with the shared kit
``producers/calc_report.py``; ``src/r*.py`` are its reports. ``python
samples/pending/calc7/build.py [NAME ...]``; more in samples/README.md, "Building a set"."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "samples" / "build"))
sys.path.insert(0, str(HERE / "src"))

from producers.calc_report import main  # noqa: E402

MODULES = ["r1_kfn", "r2_bun", "r3_bromma", "r4_tfn"]

if __name__ == "__main__":
    main(HERE, MODULES)
