"""Rebuild the calc1 set (LibreOffice Calc risk registers; rows raised by ``calc.build``'s
ruled-grid measurement) with the shared kit ``producers/calc_report.py``; ``src/r*.py`` are
its reports. ``python samples/pending/calc1/build.py [NAME ...] [-v]``; more in
samples/README.md, "Building a set"."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "samples" / "build"))
sys.path.insert(0, str(HERE / "src"))

from producers.calc_report import main  # noqa: E402

MODULES = ["r1_avn", "r2_bgn", "r3_nff", "r4_btn", "r5_kfab"]

if __name__ == "__main__":
    main(HERE, MODULES, measure_rows=True)
