#!/usr/bin/env python3
"""Build the thirteenth holdout set: ``python samples/holdout13/build.py [NAME ...] [--png DIR]
[-v]`` (the steps are in ``../build/holdout_kit.py``; checkbox answers and level words in
``src/h13kit.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # write nothing outside the sample folders
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE / "src"), str(HERE.parent / "build")]

from docs_a import vfn2024  # noqa: E402
from docs_b import bfn2024  # noqa: E402
from docs_c import uan2024  # noqa: E402
from h13kit import main  # noqa: E402

DOCS = [vfn2024, bfn2024, uan2024]

if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, __doc__))
