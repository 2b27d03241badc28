#!/usr/bin/env python3
"""Rebuild the chromium8 set: HTML -> headless Chromium -> normalised PDF -> expected JSON.

    python samples/pending/chromium8/build.py           # all
    python samples/pending/chromium8/build.py NAME ...  # some (ngs, sdn, ekv, hvo)
    python samples/pending/chromium8/build.py -v        # also list line-end soft-hyphen words

The producer kit is imported in place, unchanged: samples/build/producers/chromium.py
(build_set) and chromium_docs.py, and chromium5's src/common.py (table, streams, record).
The expected records come from the source objects in src/doc_*.py; only source.sha256,
source.pages and each risk's pages are measured on the built PDF.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "src"))
sys.path.insert(1, str(HERE.parents[1] / "build"))
sys.path.append(str(HERE.parent / "chromium5" / "src"))  # kit helpers: common.py
from producers.chromium import build_set  # noqa: E402

DOCS = ["doc_ngs", "doc_sdn", "doc_ekv", "doc_hvo"]

if __name__ == "__main__":
    build_set(HERE, DOCS, sys.argv[1:])
