#!/usr/bin/env python3
"""Build the twelfth holdout set: ``python samples/holdout12/build.py [NAME ...] [--png DIR] [-v]``
(the steps are in ``../build/holdout_kit.py``; coloured cells, status words and a risk table
split around another page in ``src/h12kit.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # write nothing outside the sample folders
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE / "src"), str(HERE.parent / "build")]

from docs_a import kgn2024  # noqa: E402
from docs_b import exn2025  # noqa: E402
from docs_c import pnn2024  # noqa: E402
from h12kit import main  # noqa: E402

DOCS = [kgn2024, exn2025, pnn2024]

if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, __doc__))
