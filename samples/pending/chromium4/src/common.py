"""Helpers for the chromium4 documents: the Chromium sets' shared ones (producers/chromium_docs.py)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4] / "samples" / "build"))
from producers.chromium_docs import collapse, esc, paras, plain, record, rgb, shy  # noqa: E402,F401
