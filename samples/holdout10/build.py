#!/usr/bin/env python3
"""Build the tenth holdout set: ``python samples/holdout10/build.py [NAME ...] [--png DIR] [-v]``
(the steps are in ``../build/holdout_kit.py``; comment rows, the risk matrix, captions and
status words in ``src/h10kit.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # write nothing outside the sample folders
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE / "src"), str(HERE.parent / "build")]

from docs_a import vux2024  # noqa: E402
from docs_b import upn2024  # noqa: E402
from docs_c import inn2024  # noqa: E402
from h10kit import main  # noqa: E402

DOCS = [vux2024, upn2024, inn2024]

if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, __doc__))
