#!/usr/bin/env python3
"""Build the twenty-first holdout set:
``python samples/holdout21/build.py [NAME ...] [--png DIR] [-v]`` (the steps are in
``../build/holdout_kit.py`` and ``../build/holdout_ext.py``; a header row that is not
repeated and page content turned without /Rotate in ``src/h21kit.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # write nothing outside the sample folders
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE / "src"), str(HERE.parent / "build")]

from docs_a import stn2024  # noqa: E402
from docs_b import aln2025  # noqa: E402
from docs_c import rs2025  # noqa: E402
from h21kit import main  # noqa: E402

DOCS = [stn2024, aln2025, rs2025]

if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, __doc__))
