#!/usr/bin/env python3
"""Build the word2 set (tagged PDF from LibreOffice Writer, Word-report layouts):
``python samples/pending/word2/build.py [NAME ...]``. Producer: the shared
``samples/build/producers/tagged_writer.py`` plus ``src/w2.py``."""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # write nothing outside the sample folders
HERE = Path(__file__).resolve().parent
BUILD = HERE.parents[1] / "build"
sys.path[:0] = [str(HERE / "src"), str(BUILD / "producers"), str(BUILD)]

from docs_1 import vsn2025  # noqa: E402
from docs_2 import stn2024  # noqa: E402
from docs_3 import nmn2025  # noqa: E402
from docs_4 import fin2023  # noqa: E402
from docs_5 import osn2024  # noqa: E402
from w2 import main  # noqa: E402

DOCS = [vsn2025, stn2024, nmn2025, fin2023, osn2024]

if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, sys.argv[1:]))
