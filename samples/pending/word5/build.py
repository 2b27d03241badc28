#!/usr/bin/env python3
"""Build the word5 set (tagged PDF from LibreOffice Writer, Word-report layouts):
``python samples/pending/word5/build.py [NAME ...]``. Producer: the shared
``samples/build/producers/tagged_writer.py`` (imported unchanged) plus ``src/w5.py``."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # write nothing outside the sample folders
HERE = Path(__file__).resolve().parent
BUILD = HERE.parents[1] / "build"
sys.path[:0] = [str(HERE / "src"), str(BUILD / "producers"), str(BUILD)]

from w5 import main  # noqa: E402

#: (module in src/, factory) in build order
DOCS = [("docs_1", "anv2025"), ("docs_2", "mbn2024"), ("docs_3", "fgn2025"),
        ("docs_4", "nkm2024")]


def factories() -> list:
    out = []
    for mod, name in DOCS:
        try:
            out.append(getattr(importlib.import_module(mod), name))
        except ModuleNotFoundError:
            pass  # a document not written yet
    return out


if __name__ == "__main__":
    sys.exit(main(HERE, factories(), sys.argv[1:]))
