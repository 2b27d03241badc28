"""Value columns named by what they print where their headers cannot be read
(``detect/values.py``)."""

from __future__ import annotations

from icp_extract.detect.values import name_value_columns
from icp_extract.geometry import CellBlock, PageTable, RowSegment
from icp_extract.model import Word
from icp_extract.settings import DEFAULT_SETTINGS
from icp_extract.trace import Trace

#: A risk table whose three narrow columns have turned headers OCR read as junk.
HEADERS = ["Process", "Risk", "2? = 213", "|2 [3] 2 S", "3 3 = £ 24", "Kommentar"]
FIELDS: list[str | None] = ["process", "risk", None, None, None, "comment"]


def _table(rows: list[list[str]]) -> PageTable:
    columns = [(50.0 + 60 * k, 110.0 + 60 * k) for k in range(len(HEADERS))]
    segments = []
    for r, texts in enumerate(rows):
        top = 100.0 + 40 * r
        cells: list[CellBlock | None] = []
        for c, text in enumerate(texts):
            x0 = columns[c][0] + 2
            word = Word(text, x0, x0 + 6, top, top + 9, 1)
            cells.append(CellBlock(c, top, top + 30, [word]) if text else None)
        segments.append(RowSegment(1, top, top + 30, cells, [False] * len(texts)))
    return PageTable(1, columns, HEADERS, list(FIELDS), 80, 100, 400, True, rows=segments)


def _row(a: str, b: str, c: str) -> list[str]:
    return ["Ärenden", "Risk att", a, b, c, "Klart"]


def test_three_unnamed_columns_printing_a_b_and_their_product_are_the_values() -> None:
    """This test ensures that three adjacent columns whose headers map to nothing, printing
    a, b and a × b in every filled row, are named probability, consequence and risk value,
    and that the decision is traced."""
    trace = Trace()
    table = _table([_row("3", "3", "9"), _row("2", "4", "8"), _row("3", "2", "6")])
    named = name_value_columns(table, settings=DEFAULT_SETTINGS, trace=trace)
    assert named.fields[2:5] == ["probability", "consequence", "risk_value"]
    assert any(e.rule == "value_columns" for e in trace.events)


def test_numbers_that_are_not_a_product_leave_the_columns_unnamed() -> None:
    """This test ensures that the near cases keep the columns in ``extra``: one row whose
    third number is not the product, a cell that prints a word, and too few rows."""
    off = _table([_row("3", "3", "9"), _row("2", "4", "7"), _row("3", "2", "6")])
    word = _table([_row("3", "3", "9"), _row("2", "4", "Hög"), _row("3", "2", "6")])
    short = _table([_row("3", "3", "9"), _row("2", "4", "8")])
    for table in (off, word, short):
        kept = name_value_columns(table, settings=DEFAULT_SETTINGS, trace=Trace())
        assert kept.fields == FIELDS
