#!/usr/bin/env python3
"""Rebuild the word10 set (tagged PDF from LibreOffice Writer, Word-report layouts) with the
shared kit ``producers/word_report.py``; ``src/word10_*.py`` are its documents.
``python samples/pending/word10/build.py [NAME ...]``; more in samples/README.md."""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # write nothing outside the sample folders
HERE = Path(__file__).resolve().parent
BUILD = HERE.parents[1] / "build"
sys.path[:0] = [str(HERE / "src"), str(BUILD / "producers"), str(BUILD)]

from word_report import factories, main  # noqa: E402

#: (module in src/, factory) in build order
DOCS = [("word10_1", "bifn2024"), ("word10_2", "skasdn2024"), ("word10_3", "ten2025"),
        ("word10_4", "saen2025")]

if __name__ == "__main__":
    sys.exit(main(HERE, factories(DOCS), sys.argv[1:]))
