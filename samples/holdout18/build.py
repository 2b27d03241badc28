#!/usr/bin/env python3
"""Build the eighteenth holdout set: ``python samples/holdout18/build.py [NAME ...] [--png DIR] [-v]``
(the steps are in ``../build/holdout_kit.py`` and ``../build/holdout_ext.py``; unlabelled
shaded comment rows, bar charts drawn as vector graphics beside the risk table, and an A3
landscape report with a table of contents in ``src/h18kit.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # write nothing outside the sample folders
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE / "src"), str(HERE.parent / "build")]

from docs_a import fkn2024  # noqa: E402
from docs_b import tfn2024  # noqa: E402
from docs_c import men2024  # noqa: E402
from h18kit import main  # noqa: E402

DOCS = [fkn2024, tfn2024, men2024]

if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, __doc__))
