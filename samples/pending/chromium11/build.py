#!/usr/bin/env python3
"""Rebuild the chromium11 set: HTML -> headless Chromium -> normalised PDF -> expected JSON,
with the shared kit (``producers/chromium.py``, ``chromium_docs.py``); ``src/doc_*.py`` are
its documents, on this set's own page template ``src/c11.py``.
``python samples/pending/chromium11/build.py [NAME ...] [-v]``; more in samples/README.md,
"Building a set"."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[1] / "build"), str(HERE / "src")]
from producers.chromium import build_set  # noqa: E402

DOCS = ["doc_pfn", "doc_ahn", "doc_fun", "doc_vmn"]

if __name__ == "__main__":
    build_set(HERE, DOCS, sys.argv[1:])
