"""Labelled parts inside one cell: "Risk: ..." and "Kontrollmoment: ..." as two paragraphs
of one table cell, each opened by a field's label in bold.

Layout served: a web planning system or a Word report that prints the risk and its control
(or comment) in one column headed "Risk och kontrollmoment", each paragraph opened by a
label. Read as printed, the control stayed in the risk text. A table whose cells in one
column open later paragraphs with the label of another field, in enough rows, has those
parts moved to that field's column (gained at the table's end, as a labelled row gains
one); a label naming the cell's own field is left out of its text.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from icp_extract.assemble.rows import Row, Table
from icp_extract.geometry import CellBlock, TextLine, group_lines
from icp_extract.model import Word
from icp_extract.settings import Settings
from icp_extract.trace import ACCEPT, Trace

#: Reads a line's label: (words the label takes, label as printed, field), or None. Handed in
#: by the pipeline (the label reader is detection's), so assembly imports no other stage.
CellLabel = Callable[[TextLine, Settings], tuple[int, str, str | None] | None]

#: Fields whose cells are text that may hold another text field's labelled part. Value
#: cells are left to the value readers: "Sannolikhet: 2 Konsekvens: 3 = 6" is one value.
TEXT_FIELDS = ("process", "risk", "controls", "handling", "comment")

#: One part of a cell: (label as printed, field, the part's words without the label).
Part = tuple[str, str, list[Word]]


def _lines(row: Row, column: int) -> list[TextLine]:
    words = [w for block in row.cells[column] for w in block.words]
    return group_lines(sorted(words, key=lambda w: (w.page, w.top, w.x0)))


def _split(
    lines: list[TextLine], own: str | None, read_label: CellLabel, settings: Settings
) -> tuple[list[Word], list[Part]]:
    """(the cell's own words, the parts under other fields' labels, in order). A part runs
    from a line opening with a label to the next such line."""
    own_words: list[Word] = []
    parts: list[Part] = []
    for k, ln in enumerate(lines):
        found = read_label(ln, settings)
        field = found[2] if found is not None else None
        if found is not None and field is not None and field in TEXT_FIELDS and field != own and k:
            parts.append((found[1], field, list(ln.words[found[0] :])))
        elif parts:
            parts[-1][2].extend(ln.words)
        elif k == 0 and found is not None and found[2] == own:
            own_words.extend(ln.words[found[0] :])  # "Risk: Risk att ...": the label goes
        else:
            own_words.extend(ln.words)
    return own_words, parts


def _blocks(column: int, words: list[Word]) -> list[CellBlock]:
    """The words as one block per page, as a row's cell holds them."""
    pages = sorted({w.page for w in words})
    out = []
    for page in pages:
        on = [w for w in words if w.page == page]
        out.append(CellBlock(column, min(w.top for w in on), max(w.bottom for w in on), on))
    return out


def _column_with_parts(table: Table, read_label: CellLabel, settings: Settings) -> int | None:
    """The column whose cells hold labelled parts of other fields in enough rows."""
    for c, own in enumerate(table.fields):
        if own not in TEXT_FIELDS:
            continue
        filled = [row for row in table.rows if any(b.words for b in row.cells[c])]
        split = [row for row in filled if _split(_lines(row, c), own, read_label, settings)[1]]
        if len(split) >= settings.incell_min_rows and len(split) >= settings.incell_row_share * len(
            filled
        ):
            return c
    return None


def labelled_parts(
    tables: Sequence[Table], read_label: CellLabel, *, settings: Settings, trace: Trace
) -> list[Table]:
    """Each table with the labelled parts of one column's cells moved to their fields."""
    return [_moved(t, read_label, settings, trace) for t in tables]


def _moved(table: Table, read_label: CellLabel, settings: Settings, trace: Trace) -> Table:
    c = _column_with_parts(table, read_label, settings)
    if c is None:
        return table
    headers, fields = list(table.headers), list(table.fields)
    rows = [Row(r.table, [list(cell) for cell in r.cells], list(r.spanning), list(r.pages))
            for r in table.rows]  # fmt: skip
    for row in rows:
        own, parts = _split(_lines(row, c), fields[c], read_label, settings)
        if not parts:
            continue
        row.cells[c] = _blocks(c, own)
        for label, field, words in parts:
            if field not in fields:
                headers.append(label.replace("\u00ad", ""))  # soft hyphens: break points
                fields.append(field)
                for other in rows:
                    other.cells.append([])
                    other.spanning.append(False)
            target = fields.index(field)
            row.cells[target] = row.cells[target] + _blocks(target, words)
    page = table.pieces[0].page if table.pieces else None
    trace.record(
        "assemble", "labelled_parts", page, ACCEPT,
        f"the cells of column {headers[c]!r} hold parts under other fields' labels: moved",
    )  # fmt: skip
    return dataclasses.replace(table, headers=headers, fields=fields, rows=rows)
