"""What the fifteenth holdout set adds to the shared kit (``../../build/holdout_kit.py``,
``holdout_model.py``, ``holdout_fodt.py``):

- **section rows that name the process** (aon2024): a table with ``section_process=True``
  (the kit's option) has no process column; each section row (the kit's ``{SECTION:
  text}``: one merged, shaded, bold cell over all columns) names the process of the risk
  rows under it, up to the next section row. Expected ``process``: the section row's text,
  collapsed. The section row itself gives no record (as in the kit).
- **risk-value oddities** (bsn2024): a Riskvärde cell printed as a product **without its
  result** ("4 x 3", "3 × 2") gives ``probability`` and ``consequence`` (the first and second
  factor; the prose says the value is sannolikhet × konsekvens) and **``risk_value`` null**
  (README: "no risk value of our own making"); a value with a **footnote asterisk** ("9*")
  gives the number, the asterisk dropped (the footnote under the table belongs to no record).
- everything else is the kit's: its ``Writer`` (``H15Table``: rows kept together), its
  ``cell_grid`` and ``set_field`` for all other cells, its column measuring (``norm`` drops
  "*" and "x" stays a letter, so "4 x 3" is matched as "4x3").

``main`` is the kit's ``main`` with this measuring.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import holdout_kit as kit
from holdout_model import Doc, Table

#: a product printed without its result: "4 x 3", "4 × 3"
BARE_PRODUCT = re.compile(r"(\d+)\s*[x×]\s*(\d+)")
#: a number with a footnote asterisk: "9*"
STARRED = re.compile(r"(\d+)\s*\*")


@dataclass
class H15Table(Table):
    keep_rows: bool = True  # rows never split over a page break


def set_field(rec: dict, c, text: str) -> None:
    if c.field == "risk_value" and BARE_PRODUCT.fullmatch(text):
        s, k = (int(g) for g in BARE_PRODUCT.fullmatch(text).groups())
        rec["probability"], rec["consequence"], rec["risk_value"] = s, k, None
    elif c.field in ("risk_value", "probability", "consequence") and STARRED.fullmatch(text):
        rec[c.field] = int(STARRED.fullmatch(text).group(1))
    else:
        kit.set_field(rec, c, text)


def measure(doc: Doc, pdf_path: Path):
    """The kit's measuring with this set's ``set_field``."""
    return kit.measure(doc, pdf_path, records=partial(kit.expected_risks, put=set_field))


def main(here: Path, doc_factories: list, description: str, argv=None) -> int:
    """The kit's ``main`` with this measuring."""
    return kit.main(here, doc_factories, description, argv, measure_pdf=measure)
