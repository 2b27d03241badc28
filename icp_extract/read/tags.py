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

from pdfminer.pdftypes import resolve1
from pdfplumber.structure import PDFStructTree, StructTreeMissing
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


#: Structure elements that make a table's grid (rows and their cells), walked in full.
GRID = frozenset({ROW, HEADER_CELL, DATA_CELL, *ROW_GROUPS})


class _PageStructure(PDFStructTree):
    """pdfplumber's structure tree of one page, mended for tables that cross a page break.

    pdfplumber drops every element whose ``/Pg`` (the page of its *own* marked content) is
    another page, and with it everything under it: the rows of a Writer table on its second
    page hang under a ``Table`` whose ``/Pg`` is the first, so that page read as untagged.
    Here an element's ``/Pg`` only says where its own MCIDs are (those of another page are
    left out), and a table's grid (its rows and cells) is read whole, so that a cell spanning
    rows from the page before still takes its column and rows keep their numbers.
    """

    def _other_page(self, obj: Any) -> bool:
        pg = obj.get("Pg") if isinstance(obj, dict) else None
        return pg is not None and self.page is not None and pg.objid != self.page.page_obj.pageid

    def on_parsed_page(self, obj: dict[str, Any]) -> bool:
        if "MCID" in obj or "Obj" in obj:  # marked content, an object: on its own page only
            return super().on_parsed_page(obj)
        return True  # a structure element: its descendants may be on this page

    def _make_element(self, obj: Any) -> tuple[Any, list[Any]]:
        element, children = super()._make_element(obj)
        if self._other_page(obj):  # its own MCIDs are another page's
            children = [
                c for c in children
                if not isinstance(resolve1(c), int)
                and not (isinstance(resolve1(c), dict) and "MCID" in resolve1(c)
                         and "Pg" not in resolve1(c))
            ]  # fmt: skip
        return element, children

    def _resolve_children(self, seen: dict[str, Any]) -> None:
        for element, children in list(seen.values()):
            if element is not None and element.type == TABLE:
                self._add_grid(children, seen)
        super()._resolve_children(seen)

    def _add_grid(self, children: list[Any], seen: dict[str, Any]) -> None:
        """Every row group, row and cell under a table, also those with nothing here."""
        for child in children:
            obj = resolve1(child)
            if not isinstance(obj, dict) or "S" not in obj:
                continue
            found = seen.get(repr(child))
            element, grand = found if found is not None else self._make_element(obj)
            if element is None or element.type not in GRID:
                continue
            seen[repr(child)] = element, grand
            if element.type not in (HEADER_CELL, DATA_CELL):
                self._add_grid(grand, seen)


def page_tree(page: Any) -> list[dict[str, Any]]:
    """The structure tree of a pdfplumber page (``page.structure_tree``, mended for tables
    crossing a page break); empty when untagged."""
    try:
        return [element.to_dict() for element in _PageStructure(page.pdf, page)]
    except StructTreeMissing:
        return []


def page_cells(page: Any) -> dict[int, CellTag]:
    """The tagged table cells of a pdfplumber page by MCID; empty when untagged or unreadable."""
    try:
        tree = page_tree(page)
    except Exception:  # noqa: BLE001 - a broken or missing tree is simply no tags
        return {}
    return cells_by_mcid(tree) if tree else {}


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
