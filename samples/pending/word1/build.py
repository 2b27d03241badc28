#!/usr/bin/env python3
"""Build the word1 set (tagged PDF from LibreOffice Writer, styled like Word's "Save as
PDF"): ``python samples/pending/word1/build.py [NAME ...] [--png DIR] [-v]``. The producer is
``samples/build/producers/tagged_writer.py``."""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # write nothing outside the sample folders
HERE = Path(__file__).resolve().parent
BUILD = HERE.parents[1] / "build"
sys.path[:0] = [str(HERE / "src"), str(BUILD / "producers"), str(BUILD)]

from docs_1 import lbn2024  # noqa: E402
from docs_2 import aien2025  # noqa: E402
from docs_3 import kfn2025  # noqa: E402
from docs_4 import bjh2025  # noqa: E402
from docs_5 import ukn2024  # noqa: E402
from tagged_writer import main  # noqa: E402

DOCS = [lbn2024, aien2025, kfn2025, bjh2025, ukn2024]

if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, __doc__))
