#!/usr/bin/env python3
"""Build the fourteenth holdout set: ``python samples/holdout14/build.py [NAME ...] [--png DIR] [-v]``
(the steps are in ``../build/holdout_kit.py``; one table per process under its heading, a
header worded differently on the next page with a continuation row, and white rules on a
shaded table in ``src/h14kit.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # write nothing outside the sample folders
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE / "src"), str(HERE.parent / "build")]

from docs_a import kotn2024  # noqa: E402
from docs_b import kvn2024  # noqa: E402
from docs_c import run2025  # noqa: E402
from h14kit import main  # noqa: E402

DOCS = [kotn2024, kvn2024, run2025]

if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, __doc__))
