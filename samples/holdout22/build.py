#!/usr/bin/env python3
"""Build the twenty-second holdout set:
``python samples/holdout22/build.py [NAME ...] [--png DIR] [-v]`` (the steps are in
``../build/holdout_kit.py``; numbered sub-rows under a lead-in row in ``src/h22kit.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # write nothing outside the sample folders
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE / "src"), str(HERE.parent / "build")]

from docs_a import msbn2024  # noqa: E402
from docs_b import krn2024  # noqa: E402
from docs_c import kun2025  # noqa: E402
from h22kit import main  # noqa: E402

DOCS = [msbn2024, krn2024, kun2025]

if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, __doc__))
