"""What the twelfth holdout set adds to the shared kit (``../../build/holdout_kit.py``,
``holdout_model.py``, ``holdout_fodt.py``; the features are in ``holdout_ext.py``):

- ``H12Table``: the extension's table with **per-cell fills** (a row's ``"_fill": {key:
  colour}``: the coloured Riskvärde cells of an otherwise unruled table), a **status map**
  (the words of a Status column -> ``follows_plan``, README "Expected JSON") and an optional
  **split**: ``split_at`` rows go into a first table object, then the blocks of ``between``
  (another page with another table), then the remaining rows in a second table object with
  the same header (the risk table interrupted by another page).
- ``Caption``: a caption line ("Tabell 1. ..."), which may start a new page.
- ``SmallTable`` (the kit's non-risk table) is written by the kit's writer.
- measuring: the kit's column matching, with body words taken only from pages that show
  the risk table's header row (so the interrupting page, which has none, gives no words).

``main`` is the kit's ``main`` with the extension's writer and records and this measuring.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import holdout_ext as ext
import holdout_kit as kit
from holdout_ext import FILL, Caption  # noqa: F401  (this set's vocabulary)
from holdout_model import Doc

H12Table = ext.ExtTable


def measure(doc: Doc, pdf_path: Path):
    """The kit's measuring, body words only from pages with the header row."""
    return kit.measure(doc, pdf_path, records=ext.expected_risks,
                       words=partial(kit.column_words, header_pages_only=True))


def main(here: Path, doc_factories: list, description: str, argv=None) -> int:
    """The kit's ``main`` with the extension's writer and records and this measuring."""
    return ext.main(here, doc_factories, description, argv, about=__doc__, measure_pdf=measure)
