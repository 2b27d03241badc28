#!/usr/bin/env python3
"""Build the word7 set (tagged PDF from LibreOffice Writer, Word-report layouts):
``python samples/pending/word7/build.py [NAME ...]``. Producer code is imported in place,
unchanged: the shared ``samples/build/producers/tagged_writer.py`` and the word5 set's
``samples/pending/word5/src/w5.py`` (Grid, structure-tree page measuring, row checks)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # write nothing outside the sample folders
HERE = Path(__file__).resolve().parent
BUILD = HERE.parents[1] / "build"
KIT = HERE.parent / "word5" / "src"  # the word5 kit, imported in place (round 29 rule)
sys.path[:0] = [str(HERE / "src"), str(KIT), str(BUILD / "producers"), str(BUILD)]

from w5 import main  # noqa: E402

#: (module in src/, factory) in build order; the modules are named word7_N, not docs_N,
#: so that the word5 kit folder on sys.path never lends its own docs_N modules
DOCS = [("word7_1", "hon2024"), ("word7_2", "rbn2025"), ("word7_3", "knn2025"),
        ("word7_4", "ggn2024")]


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
