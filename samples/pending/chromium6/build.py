#!/usr/bin/env python3
"""Rebuild the chromium6 set: HTML -> headless Chromium -> normalised PDF -> expected JSON.

    python samples/pending/chromium6/build.py           # all
    python samples/pending/chromium6/build.py NAME ...  # some (module names in src/, e.g. hamn)
    python samples/pending/chromium6/build.py -v        # also list line-end soft-hyphen words

The producer code is the kit's, imported in place and unchanged: samples/build/producers/
chromium.py (build_set, printing, normalising, measuring pages) and chromium_docs.py, and
the chromium5 set's table helpers (samples/pending/chromium5/src/common.py). This set's own
code is src/c6.py (a page template with a running system header and footer) and one
src/doc_*.py per report (the document as data, its HTML and its expected records). The
expected records come from those source objects; only source.sha256, source.pages and each
risk's pages are measured on the built PDF.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parents[1]
sys.path.insert(0, str(SAMPLES / "pending" / "chromium5" / "src"))  # common.py (table, streams)
sys.path.insert(0, str(SAMPLES / "build"))                           # producers/
sys.path.insert(0, str(HERE / "src"))                                # c6.py, doc_*.py
from producers.chromium import build_set  # noqa: E402

DOCS = ["doc_hamn", "doc_naov", "doc_ungd", "doc_hael"]

if __name__ == "__main__":
    build_set(HERE, DOCS, sys.argv[1:])
