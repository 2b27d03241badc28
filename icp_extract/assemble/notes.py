"""Cell notes printed after a sheet: each note is the comment of the row it stands on.

Layout served: a register kept in Calc or Excel whose comments are cell notes, printed
after the sheet as "I6: <text>" (the cell's address, then the note), with the sheet's row
headings printed so that a reader finds the row (detect/sheet.py). A note whose row number
stands inside a risk row of a table gives that row's comment (in a column of no printed
header when the table has no comment column; a comment the row already has is kept, the
note after it). A note on any other cell (the title's) belongs to no risk.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from icp_extract.assemble.rows import Row, Table
from icp_extract.geometry import CellBlock, TextLine
from icp_extract.model import Word
from icp_extract.settings import Settings
from icp_extract.trace import ACCEPT, Trace

FIELD = "comment"
#: A note's opening: the address of its cell ("I6:", "AB12:").
_ADDRESS = re.compile(r"^[A-Z]{1,3}(\d{1,5}):$")


def printed_notes(lines: Sequence[TextLine]) -> list[tuple[int, list[Word]]]:
    """(row, the note's words) of each note printed on a page: a line opening with a cell's
    address and the lines under it up to the next address, starting no further left."""
    notes: list[tuple[int, list[Word]]] = []
    indent: float | None = None
    for ln in lines:
        found = _ADDRESS.match(ln.words[0].text)
        if found is not None and len(ln.words) > 1:
            notes.append((int(found.group(1)), list(ln.words[1:])))
            indent = ln.words[1].x0
        elif notes and indent is not None and ln.x0 >= indent - 1.0:
            notes[-1][1].extend(ln.words)
        else:
            indent = None
    return notes


def _row_at(table: Table, page: int, y: float) -> int | None:
    """The index of the table's row that spans ``y`` on ``page``."""
    for k, row in enumerate(table.rows):
        blocks = [b for cell in row.cells for b in cell if b.words and b.words[0].page == page]
        if blocks and min(b.top for b in blocks) <= y <= max(b.bottom for b in blocks):
            return k
    return None


def cell_notes(
    tables: Sequence[Table],
    marks: dict[int, tuple[int, float]],
    notes: Sequence[tuple[int, list[Word]]],
    *,
    settings: Settings,
    trace: Trace,
) -> list[Table]:
    """Each table with the notes printed on its rows' cells given as those rows' comments.
    ``marks``: where each printed row number stands (row -> page, y)."""
    out = list(tables)
    for row_number, words in notes:
        if row_number not in marks or not words:
            continue
        page, y = marks[row_number]
        for t, table in enumerate(out):
            k = _row_at(table, page, y)
            if k is None:
                continue
            out[t] = _with_note(table, k, words)
            trace.record(
                "assemble", "cell_notes", words[0].page, ACCEPT,
                f"the note on row {row_number} stands on risk row {k + 1}: its comment",
            )  # fmt: skip
            break
    return out


def _with_note(table: Table, k: int, words: list[Word]) -> Table:
    if FIELD not in table.fields:
        table = dataclasses.replace(
            table,
            headers=[*table.headers, ""],
            fields=[*table.fields, FIELD],
            rows=[
                dataclasses.replace(r, cells=[*r.cells, []], spanning=[*r.spanning, False])
                for r in table.rows
            ],
        )
    c = table.fields.index(FIELD)
    row = table.rows[k]
    top, bottom = min(w.top for w in words), max(w.bottom for w in words)
    cells = [list(cell) for cell in row.cells]
    cells[c] = [*cells[c], CellBlock(c, top, bottom, words)]
    pages = sorted({*row.pages, *(w.page for w in words)})
    rows: list[Row] = list(table.rows)
    rows[k] = dataclasses.replace(row, cells=cells, pages=pages)
    return dataclasses.replace(table, rows=rows)
