#!/usr/bin/env python3
"""Build the sixteenth holdout set: ``python samples/holdout16/build.py [NAME ...] [--png DIR] [-v]``
(the steps are in ``../build/holdout_kit.py``; two labelled rows per risk, a risk table in
two newspaper columns, and page furniture drawn with rules in ``src/h16kit.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # write nothing outside the sample folders
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE / "src"), str(HERE.parent / "build")]

from docs_a import mkn2024  # noqa: E402
from docs_b import pbn2024  # noqa: E402
from docs_c import rov2024  # noqa: E402
from h16kit import main  # noqa: E402

DOCS = [mkn2024, pbn2024, rov2024]

if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, __doc__))
