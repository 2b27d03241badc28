#!/usr/bin/env python3
"""Build the second holdout set (holdout2) and its expected JSON.

    python samples/holdout2/build.py            # rebuild every sample
    python samples/holdout2/build.py NAME ...   # rebuild some
    python samples/holdout2/build.py --png DIR  # also render pages at 50 dpi (checks by eye)
    python samples/holdout2/build.py -v         # also list the line-end hyphens

The documents are in ``src/docs_*.py``; how they are typeset and how the expected JSON is
made is in ``../build/holdout_kit.py``, shared with the other holdout set.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # write nothing outside the sample folders (the imports below)
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "src"))
sys.path.insert(1, str(HERE.parent / "build"))

from docs_a_b import gyn2024, mhn2024  # noqa: E402
from docs_c_d import fn2024, von2024  # noqa: E402
from docs_e import tn2024  # noqa: E402
from holdout_kit import main  # noqa: E402

DOCS = [mhn2024, gyn2024, fn2024, von2024, tn2024]

if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, __doc__))
