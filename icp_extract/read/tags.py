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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from weakref import WeakKeyDictionary

from pdfminer.data_structures import NumberTree
from pdfminer.pdftypes import PDFObjRef, resolve1
from pdfplumber.utils import decode_text

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


#: A cell as a table's grid needs it: a key, header cell or not, rows and columns spanned.
GridCell = tuple[Any, bool, int, int]


def count_grid(rows: Iterable[Iterable[GridCell]]) -> dict[Any, tuple[int, int, int, int, bool]]:
    """(row, column, rowspan, colspan, header) of every cell by its key.

    Columns are counted as HTML counts them: a cell spanning rows takes its column in the
    rows below it, so the next cell there moves right.
    """
    grid: dict[Any, tuple[int, int, int, int, bool]] = {}
    taken: set[tuple[int, int]] = set()
    for r, row in enumerate(rows):
        col = 0
        for key, header, rowspan, colspan in row:
            while (r, col) in taken:
                col += 1
            taken.update((r + i, col + j) for i in range(rowspan) for j in range(colspan))
            grid[key] = (r, col, rowspan, colspan, header)
            col += colspan
    return grid


class _Tables:
    """The tables of one document's structure tree, read from the pages up and kept.

    A page's parent tree maps each of its MCIDs to the structure element around it; from
    there the reader climbs to the outermost ``Table`` and the cell under it (a table
    inside a cell belongs to that cell), and reads that table's grid once for the whole
    document. A table crossing a page break is one grid, so a cell spanning rows from the
    page before keeps its column on the next page and rows keep their numbers. (pdfplumber's
    page tree, which builds every element of the page, drops a table's rows on its second
    page when the ``Table`` names the first in ``/Pg``, and costs several times more.)
    """

    def __init__(self, root: dict[str, Any]) -> None:
        self.roles = {
            k: _name(resolve1(v)) for k, v in (resolve1(root.get("RoleMap")) or {}).items()
        }
        self.classes = resolve1(root.get("ClassMap")) or {}
        parent_tree = root.get("ParentTree")
        self.parents = dict(NumberTree(parent_tree).values) if parent_tree is not None else {}
        self.above: dict[int, tuple[Any, Any]] = {}  # objid -> (outermost table, its cell)
        self.grids: dict[int, dict[int, tuple[int, int, int, int, bool]]] = {}

    def kind(self, obj: Any) -> str | None:
        name = _name(obj.get("S")) if isinstance(obj, dict) else None
        return self.roles.get(name, name) if name is not None else None

    def page_cells(self, page: Any) -> dict[int, CellTag]:
        key = page.page_obj.attrs.get("StructParents")
        refs = resolve1(self.parents.get(key)) if key is not None else None
        if not isinstance(refs, list):
            return {}
        found: dict[int, CellTag] = {}
        order: dict[int, int] = {}
        for mcid, ref in enumerate(refs):
            table, cell = self._table_cell(ref)
            if table is None or cell is None:
                continue
            grid = self._grid(table)
            place = grid.get(cell.objid)
            if place is None:
                continue
            t = order.setdefault(table.objid, len(order))
            found[mcid] = CellTag(t, *place)
        return found

    def _table_cell(self, ref: Any) -> tuple[Any, Any]:
        """(the outermost table above the element, the cell just under it), as references."""
        chain: list[Any] = []
        while isinstance(ref, PDFObjRef) and ref.objid not in self.above:
            obj = resolve1(ref)
            if not isinstance(obj, dict):
                break
            if _name(obj.get("Type")) == "StructTreeRoot" or len(chain) > MAX_DEPTH:
                break
            chain.append((ref, obj))
            ref = obj.get("P")
        table, cell = (
            self.above.get(ref.objid, (None, None)) if isinstance(ref, PDFObjRef) else (None, None)
        )
        for ref, obj in reversed(chain):
            kind = self.kind(obj)
            if table is None and kind == TABLE:
                table = ref
            elif table is not None and cell is None and kind in (HEADER_CELL, DATA_CELL):
                cell = ref
            self.above[ref.objid] = (table, cell)
        return table, cell

    def _grid(self, table: Any) -> dict[int, tuple[int, int, int, int, bool]]:
        """(row, column, rowspan, colspan, header) of every cell of the table by object id;
        columns counted as HTML counts them (a cell spanning rows takes its column below)."""
        if table.objid in self.grids:
            return self.grids[table.objid]
        grid = count_grid(
            [c for c in map(self._cell, _kids(row)) if c is not None]
            for row in self._rows(resolve1(table))
        )
        self.grids[table.objid] = grid
        return grid

    def _cell(self, ref: Any) -> GridCell | None:
        """(object id, header cell or not, rowspan, colspan) of a row's child, if a cell."""
        cell = resolve1(ref)
        kind = self.kind(cell)
        if kind not in (HEADER_CELL, DATA_CELL) or not isinstance(ref, PDFObjRef):
            return None
        attributes = self._attributes(cell)
        return (
            ref.objid,
            kind == HEADER_CELL,
            _span(attributes, "RowSpan"),
            _span(attributes, "ColSpan"),
        )

    def _rows(self, element: Any) -> Iterator[Any]:
        for ref in _kids(element):
            child = resolve1(ref)
            kind = self.kind(child)
            if kind == ROW:
                yield child
            elif kind in ROW_GROUPS:
                yield from self._rows(child)

    def _attributes(self, cell: dict[str, Any]) -> dict[str, Any]:
        """The cell's attributes, from its classes (``/C``) and its own (``/A``, which win)."""
        found: dict[str, Any] = {}
        for key in ("C", "A"):
            value = resolve1(cell.get(key))
            items = value if isinstance(value, list) else [value]
            for item in map(resolve1, items):
                if _name(item) is not None:
                    item = resolve1(self.classes.get(_name(item)))
                if isinstance(item, dict):
                    found.update(item)
        return found


#: Deepest climb from a marked-content element to the root (a guard against cycles).
MAX_DEPTH = 64


def _kids(element: Any) -> list[Any]:
    kids = element.get("K") if isinstance(element, dict) else None
    value = resolve1(kids)
    if isinstance(value, list):
        return value
    return [] if kids is None else [kids]


_DOCUMENTS: WeakKeyDictionary[Any, _Tables] = WeakKeyDictionary()


def page_cells(page: Any) -> dict[int, CellTag]:
    """The tagged table cells of a pdfplumber page by MCID; empty when untagged or unreadable.
    The document's tables are read once and kept with it."""
    try:
        doc = page.pdf.doc
        tables = _DOCUMENTS.get(doc)
        if tables is None:
            root = resolve1(doc.catalog.get("StructTreeRoot"))
            if not isinstance(root, dict):
                return {}
            tables = _DOCUMENTS.setdefault(doc, _Tables(root))
        return tables.page_cells(page)
    except Exception:  # noqa: BLE001 - a broken tree is simply no tags
        return {}


def has_tables(catalog: Any, limit: int = 20_000) -> bool:
    """Whether the document's structure tree holds a ``Table`` (role-mapped names too).

    Read once per document, so the per-page structure tree is read only where it can give
    table cells: a tagged PDF without tables (most Word letters) costs one walk of its tree
    (``limit`` elements at most), an untagged one nothing."""
    root = resolve1(catalog.get("StructTreeRoot"))
    if not isinstance(root, dict):
        return False
    role_map = resolve1(root.get("RoleMap")) or {}
    tables = {TABLE} | {name for name, role in role_map.items() if _name(resolve1(role)) == TABLE}
    queue: list[Any] = [root.get("K")]
    seen = 0
    while queue and seen < limit:
        obj = resolve1(queue.pop())
        seen += 1
        if isinstance(obj, list):
            queue.extend(obj)
        elif isinstance(obj, dict):
            if _name(obj.get("S")) in tables:
                return True
            if "K" in obj and "MCID" not in obj:
                queue.append(obj["K"])
    return False


def cell_of(chars: list[dict[str, Any]], cells: dict[int, CellTag]) -> CellTag | None:
    """The cell most of a word's glyphs are tagged with (None when most lie in none)."""
    votes = Counter(cells.get(c["mcid"]) for c in chars if c["text"].strip() and "mcid" in c)
    if not votes:
        return None
    tag, _ = votes.most_common(1)[0]
    return tag


def _name(obj: Any) -> str | None:
    """A PDF name's text (pdfminer gives a literal whose name may be bytes)."""
    name = getattr(obj, "name", None)
    return decode_text(name) if name is not None else None
