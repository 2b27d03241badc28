#!/usr/bin/env python3
"""Build the nineteenth holdout set: ``python3 -B samples/holdout19/build.py [NAME ...] [--png DIR] [-v]``
(three reports typeset by pdfLaTeX; the steps are in ``src/h19kit.py``, the documents in
``src/docs_a.py`` ... ``src/docs_c.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # write nothing outside the sample folder
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE / "src")]

from docs_a import skn2024  # noqa: E402
from docs_b import san2024  # noqa: E402
from docs_c import van2024  # noqa: E402
from h19kit import main  # noqa: E402

DOCS = [skn2024, san2024, van2024]

if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, __doc__))
