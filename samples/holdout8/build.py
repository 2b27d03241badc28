#!/usr/bin/env python3
"""Build the eighth holdout set: ``python samples/holdout8/build.py [NAME ...] [--png DIR] [-v]``
(the steps are in ``../build/holdout_kit.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # write nothing outside the sample folders
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE / "src"), str(HERE.parent / "build")]

from docs_a import omn2024  # noqa: E402
from docs_b import ifn2024  # noqa: E402
from docs_c import gpn2024  # noqa: E402
from holdout_kit import main  # noqa: E402

DOCS = [omn2024, ifn2024, gpn2024]

if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, __doc__))
