#!/usr/bin/env python3
"""Build the word2 set (tagged PDF from LibreOffice Writer, Word-report layouts):
``python samples/pending/word2/build.py [NAME ...]``. Kit: the shared
``samples/build/producers/word_report.py`` (on ``tagged_writer.py``) with its
``SimpleGridWriter`` (this set's first grid, cover, bullets, text box) and the shared kit's
fonts only; ``src/`` holds only this set's documents."""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # write nothing outside the sample folders
HERE = Path(__file__).resolve().parent
BUILD = HERE.parents[1] / "build"
sys.path[:0] = [str(HERE / "src"), str(BUILD / "producers"), str(BUILD)]

from libreoffice import private_fontconfig  # noqa: E402
from word_report import SimpleGridWriter, factories, main  # noqa: E402

#: (module in src/, factory) in build order
DOCS = [("docs_1", "vsn2025"), ("docs_2", "stn2024"), ("docs_3", "nmn2025"),
        ("docs_4", "fin2023"), ("docs_5", "osn2024")]

if __name__ == "__main__":
    sys.exit(main(HERE, factories(DOCS), sys.argv[1:], writer=SimpleGridWriter,
                  fontconfig=private_fontconfig))
