#!/usr/bin/env python3
"""Build the second holdout set: ``python samples/holdout2/build.py [NAME ...] [--png DIR] [-v]``
(the steps are in ``../build/holdout_kit.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # write nothing outside the sample folders
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE / "src"), str(HERE.parent / "build")]

from docs_a_b import gyn2024, mhn2024  # noqa: E402
from docs_c_d import fn2024, von2024  # noqa: E402
from docs_e import tn2024  # noqa: E402
from holdout_kit import main  # noqa: E402

DOCS = [mhn2024, gyn2024, fn2024, von2024, tn2024]

if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, __doc__))
