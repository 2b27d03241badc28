#!/usr/bin/env python3
"""Build the seventeenth holdout set:
``python samples/holdout17/build.py [NAME ...] [--png DIR] [-v]`` (the steps are in
``../build/holdout_kit.py``; per-column cell borders, a protocol's master pages with
signature boxes in ``src/h17kit.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # write nothing outside the sample folders
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE / "src"), str(HERE.parent / "build")]

from docs_a import son2024  # noqa: E402
from docs_b import kln2024  # noqa: E402
from docs_c import fn2024  # noqa: E402
from h17kit import main  # noqa: E402

DOCS = [son2024, kln2024, fn2024]

if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, __doc__))
