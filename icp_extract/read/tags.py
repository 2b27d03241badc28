"""A tagged PDF's own table structure: which glyphs the author put in which cell.

Word's "Save as PDF", Chromium's Skia writer and LibreOffice (when asked) write a structure
tree: ``Table`` elements with ``TR`` rows of ``TH`` / ``TD`` cells, tied to the glyphs by
marked-content identifiers (MCIDs). Where it is present, it tells cells apart exactly as the
author made them, also in tables without a single rule. It can be wrong or partial (a tree
that tags only some rows, a cell tag around two cells' text), so the reader only reports
it; the detector checks it against the geometry before trusting it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

TABLE = "Table"
ROW = "TR"
HEADER_CELL = "TH"
DATA_CELL = "TD"
#: Structure elements between a table and its rows.
ROW_GROUPS = frozenset({"THead", "TBody", "TFoot"})


@dataclass(frozen=True)
class CellTag:
    """Where one tagged cell stands in its table, as the tags say (0-based)."""

    table: int  # the table's order among the page's tagged tables
    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1
    header: bool = False


def _span(attributes: Any, key: str) -> int:
    try:
        value = int((attributes or {}).get(key, 1))
    except (TypeError, ValueError):
        return 1
    return max(1, value)


def _mcids(element: dict[str, Any]) -> Iterator[int]:
    yield from element.get("mcids") or ()
    for child in element.get("children") or ():
        yield from _mcids(child)


def _rows(table: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for child in table.get("children") or ():
        if child.get("type") == ROW:
            yield child
        elif child.get("type") in ROW_GROUPS:
            yield from _rows(child)


def _tables(elements: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for element in elements:
        if element.get("type") == TABLE:
            yield element  # a table inside a cell belongs to that cell
        else:
            yield from _tables(element.get("children") or [])


def cells_by_mcid(tree: list[dict[str, Any]]) -> dict[int, CellTag]:
    """Every MCID that lies in a tagged table cell on this page, with its cell.

    Columns are counted as HTML counts them: a cell spanning rows takes its column in the
    rows below it, so the next cell there moves right.
    """
    found: dict[int, CellTag] = {}
    for t, table in enumerate(_tables(tree)):
        taken: set[tuple[int, int]] = set()
        for r, row in enumerate(_rows(table)):
            col = 0
            for cell in row.get("children") or ():
                kind = cell.get("type")
                if kind not in (HEADER_CELL, DATA_CELL):
                    continue
                while (r, col) in taken:
                    col += 1
                attributes = cell.get("attributes")
                rowspan, colspan = _span(attributes, "RowSpan"), _span(attributes, "ColSpan")
                taken.update((r + i, col + j) for i in range(rowspan) for j in range(colspan))
                tag = CellTag(t, r, col, rowspan, colspan, kind == HEADER_CELL)
                for mcid in _mcids(cell):
                    found[mcid] = tag
                col += colspan
    return found


def page_cells(page: Any) -> dict[int, CellTag]:
    """The tagged table cells of a pdfplumber page by MCID; empty when untagged or unreadable."""
    try:
        tree = page.structure_tree
    except Exception:  # noqa: BLE001 - a broken or missing tree is simply no tags
        return {}
    return cells_by_mcid(tree) if tree else {}


def cell_of(chars: list[dict[str, Any]], cells: dict[int, CellTag]) -> CellTag | None:
    """The cell most of a word's glyphs are tagged with (None when most lie in none)."""
    votes = Counter(cells.get(c["mcid"]) for c in chars if c["text"].strip() and "mcid" in c)
    if not votes:
        return None
    tag, _ = votes.most_common(1)[0]
    return tag
