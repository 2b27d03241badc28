#!/usr/bin/env python3
"""Build the eleventh holdout set: ``python samples/holdout11/build.py [NAME ...] [--png DIR]
[-v]`` (the steps are in ``../build/holdout_kit.py``; comment rows, blank template rows and
per-cell vertical alignment in ``src/h11kit.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # write nothing outside the sample folders
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE / "src"), str(HERE.parent / "build")]

from docs_a import hsn2024  # noqa: E402
from docs_b import ftn2024  # noqa: E402
from docs_c import sdn2024  # noqa: E402
from h11kit import main  # noqa: E402

DOCS = [hsn2024, ftn2024, sdn2024]

if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, __doc__))
