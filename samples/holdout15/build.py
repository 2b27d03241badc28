#!/usr/bin/env python3
"""Build the fifteenth holdout set: ``python samples/holdout15/build.py [NAME ...] [--png DIR] [-v]``
(the steps are in ``../build/holdout_kit.py``; section rows naming the process, risk IDs and
risk-value oddities, and a risk title beside a risk description in ``src/h15kit.py`` and
``src/docs_*.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # write nothing outside the sample folders
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE / "src"), str(HERE.parent / "build")]

from docs_a import aon2024  # noqa: E402
from docs_b import bsn2024  # noqa: E402
from docs_c import asn2024  # noqa: E402
from h15kit import main  # noqa: E402

DOCS = [aon2024, bsn2024, asn2024]

if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, __doc__))
