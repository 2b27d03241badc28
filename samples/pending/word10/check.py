#!/usr/bin/env python3
"""Check each expected JSON of this set cell by cell against its built PDF, without any
extractor, with the shared kit's checker ``producers/word_report.py`` (``check``: the text of
every TD of the risk table in the PDF's structure tree against the field its column maps to,
title and organ in the PDF text; the header row read also when its cells are TD (a header
row not set to repeat), rows whose cells are all empty passed over, a bulleted list in a
cell read with its items in order, the bullets no letters).
``python samples/pending/word10/check.py [JSON ...]``."""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
BUILD = HERE.parents[1] / "build"
sys.path[:0] = [str(BUILD / "producers"), str(BUILD)]

from word_report import check_main  # noqa: E402

if __name__ == "__main__":
    sys.exit(check_main(HERE, sys.argv[1:]))
