#!/usr/bin/env python3
"""Build the word4 set (tagged PDF from LibreOffice Writer, Word-report layouts):
``python samples/pending/word4/build.py [NAME ...]``. Producer: the shared
``samples/build/producers/tagged_writer.py`` (imported unchanged) plus ``src/w4.py``."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # write nothing outside the sample folders
HERE = Path(__file__).resolve().parent
BUILD = HERE.parents[1] / "build"
sys.path[:0] = [str(HERE / "src"), str(BUILD / "producers"), str(BUILD)]

from w4 import main  # noqa: E402

#: (module in src/, factory) in build order
DOCS = [("docs_1", "hmn2025"), ("docs_2", "srn2024"), ("docs_3", "kun2025"),
        ("docs_4", "rhn2024")]


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
