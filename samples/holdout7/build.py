#!/usr/bin/env python3
"""Build the seventh holdout set: ``python samples/holdout7/build.py [NAME ...] [--png DIR] [-v]``
(the steps are in ``../build/holdout_kit.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # write nothing outside the sample folders
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE / "src"), str(HERE.parent / "build")]

from docs_a import van2024  # noqa: E402
from docs_b import bmn2024  # noqa: E402
from docs_c import pn2024  # noqa: E402
from holdout_kit import main  # noqa: E402

DOCS = [van2024, bmn2024, pn2024]

if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, __doc__))
