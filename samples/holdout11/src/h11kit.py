"""What the eleventh holdout set adds to the shared kit (``../../build/holdout_kit.py``,
``holdout_model.py``, ``holdout_fodt.py``; the features are in ``holdout_ext.py``):

- ``H11Table``: the extension's table with
  - **comment rows** (a row ``{COMMENT: text}`` is one cell spanning all columns, "Kommentar:
    text" with the label bold, optionally shaded ``comment_fill``; it belongs to the risk row
    above it), also in a table without rules (``rules="none"`` with ``head_rule``);
  - **value cells spanning rows** (the kit's ``"_span": {key: n}``) with a vertical alignment
    of their own (a row's ``"_valign": {key: "middle"}``);
  - **blank template rows** (a row ``{BLANK: True}``: ruled, every cell empty, a minimum
    height ``blank_height``), which give no risk;
  - rows that never split over a page break (``keep_rows``) or may split (the default).
- the expected records: comment rows' text goes to the ``comment`` of the risk above, the
  "Kommentar" label to ``columns``; a cell spanning rows gives its value to every risk it
  covers (the kit's ``cell_grid``); blank rows give nothing.

``main`` is the kit's ``main`` with the extension's writer, records and measuring.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import holdout_ext as ext
from holdout_ext import BLANK, COMMENT, VALIGN  # noqa: F401  (this set's vocabulary)


@dataclass
class H11Table(ext.ExtTable):
    blank_height: float | None = 0.6  # every table declares the blank-row style


def main(here: Path, doc_factories: list, description: str, argv=None) -> int:
    """The kit's ``main`` with the extension's writer, records and measuring."""
    return ext.main(here, doc_factories, description, argv, about=__doc__)
