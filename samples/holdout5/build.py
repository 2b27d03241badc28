#!/usr/bin/env python3
"""Build the fifth holdout set: ``python samples/holdout5/build.py [NAME ...] [--png DIR] [-v]``
(the steps are in ``../build/holdout_kit.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # write nothing outside the sample folders
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE / "src"), str(HERE.parent / "build")]

from docs_a import bin2024  # noqa: E402
from docs_b import sbn2024  # noqa: E402
from docs_c import kpn2024  # noqa: E402
from docs_d import min2024  # noqa: E402
from docs_e import idn2024  # noqa: E402
from holdout_kit import main  # noqa: E402

DOCS = [bin2024, sbn2024, kpn2024, min2024, idn2024]

if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, __doc__))
