#!/usr/bin/env python3
"""Build the word3 set (tagged PDF from LibreOffice Writer, Word-report layouts):
``python samples/pending/word3/build.py [NAME ...]``. Producer: the shared
``samples/build/producers/tagged_writer.py`` (imported unchanged) plus ``src/w3.py``."""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # write nothing outside the sample folders
HERE = Path(__file__).resolve().parent
BUILD = HERE.parents[1] / "build"
sys.path[:0] = [str(HERE / "src"), str(BUILD / "producers"), str(BUILD)]

from docs_1 import smn2025  # noqa: E402
from docs_2 import mstn2024  # noqa: E402
from docs_3 import fsdn2024  # noqa: E402
from docs_4 import pvn2025  # noqa: E402
from docs_5 import lkn2024  # noqa: E402
from w3 import main  # noqa: E402

DOCS = [smn2025, mstn2024, fsdn2024, pvn2025, lkn2024]

if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, sys.argv[1:]))
