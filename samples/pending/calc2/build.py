"""Rebuild the calc2 set (LibreOffice Calc workbooks of several sheets) with the shared kit
``producers/calc_workbook.py``; ``src/r*.py`` are its reports. ``python
samples/pending/calc2/build.py [NAME ...]``; more in samples/README.md, "Building a set"."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "samples" / "build"))
sys.path.insert(0, str(HERE / "src"))

from producers.calc_workbook import main  # noqa: E402

MODULES = ["r1_kin", "r2_infra", "r3_vsn", "r4_mrn", "r5_sfn"]

if __name__ == "__main__":
    main(HERE, MODULES)
