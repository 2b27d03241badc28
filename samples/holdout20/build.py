#!/usr/bin/env python3
"""Build the twentieth holdout set:
``python samples/holdout20/build.py [NAME ...] [--png DIR] [-v]`` (the steps are in
``../build/holdout_kit.py`` and ``../build/holdout_ext.py``; values with level words and
labelled sub-risks inside one row in ``src/h20kit.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # write nothing outside the sample folders
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE / "src"), str(HERE.parent / "build")]

from docs_a import ktn2024  # noqa: E402
from docs_b import oan2025  # noqa: E402
from docs_c import ttn2024  # noqa: E402
from h20kit import main  # noqa: E402

DOCS = [ktn2024, oan2025, ttn2024]

if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, __doc__))
