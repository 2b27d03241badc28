#!/usr/bin/env python3
"""Build the ninth holdout set: ``python samples/holdout9/build.py [NAME ...] [--png DIR] [-v]``
(the steps are in ``../build/holdout_kit.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # write nothing outside the sample folders
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE / "src"), str(HERE.parent / "build")]

from docs_a import mtn2024  # noqa: E402
from docs_b import lmn2024  # noqa: E402
from docs_c import nln2024  # noqa: E402
from holdout_kit import main  # noqa: E402

DOCS = [mtn2024, lmn2024, nln2024]

if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, __doc__))
