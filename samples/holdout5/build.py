#!/usr/bin/env python3
"""Build the fifth holdout set (holdout5) and its expected JSON.

    python samples/holdout5/build.py            # rebuild every sample
    python samples/holdout5/build.py NAME ...   # rebuild some
    python samples/holdout5/build.py --png DIR  # also render pages at 50 dpi (checks by eye)
    python samples/holdout5/build.py -v         # also list the line-end hyphens

The documents are in ``src/docs_*.py``; how they are typeset and how the expected JSON is
made is in ``../build/holdout_kit.py``, shared with the other holdout sets.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # write nothing outside the sample folders (the imports below)
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "src"))
sys.path.insert(1, str(HERE.parent / "build"))

from docs_a import bin2024  # noqa: E402
from docs_b import sbn2024  # noqa: E402
from docs_c import kpn2024  # noqa: E402
from docs_d import min2024  # noqa: E402
from docs_e import idn2024  # noqa: E402
from holdout_kit import main  # noqa: E402

DOCS = [bin2024, sbn2024, kpn2024, min2024, idn2024]

if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, __doc__))
