"""What the two born-digital reports of scan1 (issue 15's values) add to the shared kit
(``../../../build/holdout_*.py``, unchanged):

- :class:`Filled`: a cell value (text, possibly empty) whose cell is filled with a colour.
  :class:`FillWriter` (the kit's writer) gives that one cell the table's body cell style with
  the fill. A "Följer plan" cell may be **empty and only filled** (green / yellow / red); a
  risk value cell keeps its number and is filled by its level.
- :func:`put`: the kit's ``set_field`` plus the combined values of issue 15:
  "S3/K4 = 12", "12 (S 3 × K 4)" (probability, consequence, risk value; "3 x 3 = 9" the kit
  already reads).
- :func:`records`: the kit's records with ``put``; an empty "Följer plan" cell filled with a
  colour of the legend (``FILL_MEANING``) gives the legend's value.
"""

from __future__ import annotations

import re

import holdout_kit as kit
from holdout_fodt import Writer

GREEN, YELLOW, RED = "#00b050", "#ffc000", "#ff0000"
#: the legend printed under the table: "Grön = följer planen, Gul = följer delvis,
#: Röd = följer inte"
FILL_MEANING = {GREEN: "Ja", YELLOW: "Delvis", RED: "Nej"}
#: light fills of risk value cells by level (the number stays printed)
LOW, MID, HIGH = "#c6efce", "#ffeb9c", "#ffc7ce"


class Filled(str):
    """Cell text with a cell fill."""

    def __new__(cls, text: str, fill: str):
        obj = str.__new__(cls, text)
        obj.fill = fill
        return obj


def level_fill(value: int) -> str:
    return LOW if value <= 4 else MID if value <= 8 else HIGH


class FillWriter(Writer):
    def cell(self, cstyle, pstyle, value, extra="", list_style=None) -> str:
        if isinstance(value, Filled):
            key = next(k for k, v in self.cstyles.items() if v == cstyle)
            cstyle = self.cellstyle(key[0], value.fill, *key[2:])
        return super().cell(cstyle, pstyle, value, extra, list_style)


def build_fodt(doc) -> str:
    return FillWriter(doc).render()


#: "S3/K4 = 12" (also "S3/K4=12", "S 3/K 4 = 12")
SK_VALUE = re.compile(r"S ?(\d+) ?/ ?K ?(\d+) ?= ?(\d+)")
#: "12 (S 3 × K 4)"
VALUE_SK = re.compile(r"(\d+) \(S ?(\d+) ?[×x] ?K ?(\d+)\)")


def put(rec: dict, c, text: str) -> None:
    if c.field == "risk_value" and SK_VALUE.fullmatch(text):
        s, k, v = (int(g) for g in SK_VALUE.fullmatch(text).groups())
    elif c.field == "risk_value" and VALUE_SK.fullmatch(text):
        v, s, k = (int(g) for g in VALUE_SK.fullmatch(text).groups())
    else:
        kit.set_field(rec, c, text)
        return
    assert s * k == v, (text, "not a product")
    rec["probability"], rec["consequence"], rec["risk_value"] = s, k, v


def records(t) -> list[dict]:
    out = kit.expected_risks(t, put)
    for rec, r in zip(out, kit.risk_rows(t), strict=True):
        row = t.rows[r]
        for c in t.cols:
            v = row.get(c.key)
            if c.field == "follows_plan" and isinstance(v, Filled) and not v.strip():
                rec["follows_plan"] = FILL_MEANING[v.fill]
    return out


def measure(doc, pdf_path):
    return kit.measure(doc, pdf_path, records=records)
