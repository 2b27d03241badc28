#!/usr/bin/env python3
"""Rebuild the chromium5 set: HTML -> headless Chromium -> normalised PDF -> expected JSON.

    python samples/pending/chromium5/build.py           # all
    python samples/pending/chromium5/build.py NAME ...  # some (module names in src/)
    python samples/pending/chromium5/build.py -v        # also list line-end soft-hyphen words

The expected records come from the source objects in src/doc_*.py; only source.sha256,
source.pages and each risk's pages are measured on the built PDF.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "src"))
sys.path.insert(0, str(HERE.parents[1] / "build"))
from producers.chromium import build_set  # noqa: E402

DOCS = ["doc_bon", "doc_kon", "doc_rtn", "doc_ntf"]

if __name__ == "__main__":
    build_set(HERE, DOCS, sys.argv[1:])
