"""Strategy: the PDF's own structure tags. Cells, spans and header rows as the author made them.

Word's "Save as PDF", Chromium's Skia writer and LibreOffice (when asked) tag a table as
``Table`` / ``TR`` / ``TH`` / ``TD`` elements tied to the glyphs (``read/tags.py`` gives each
tagged cell with its words, ``PageContent.tagged_cells``). Where the geometry is ambiguous
(a borderless zebra table whose narrow value columns touch the text beside them, a merged
cell that no rule shows) the tags say which words share a cell.

A tag tree can be wrong or partial, so the tagged table is checked against the page before
it is offered; each failed check rejects it with its own rule, and the geometric strategies
decide alone:

- ``tags.untagged_text``: words of the table's region (or of rows going on under it in its
  columns) that no tagged cell holds: a tree that tags only some rows or cells;
- ``tags.columns_overlap``: cells of one column reaching into the next column's cells: a
  cell tag around two cells' text, or cells counted into the wrong column;
- ``tags.row_order``: a row's cell standing above the cell of the row before it in the same
  column;
- ``tags.rule_inside_cell``: a rule drawn across a column between the lines of one tagged
  cell: the tag holds the text of two drawn cells;
- ``tags.row_per_line``: rows that follow each other at the line pitch with no rule between:
  a table tagged one row per printed line, each cell cut at its line ends.

A table that passes is scored by the finder with the same checks as every other candidate.
(``tags_grid.py`` finds the tagged table a site's line heads.)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from statistics import median

from icp_extract.detect.common import (
    Context,
    Site,
    Strategy,
    column_of,
    crosses_columns,
    fields_text,
    line_box,
    record_accepted,
    table_box,
)
from icp_extract.detect.headers import is_risk_header, map_headers
from icp_extract.detect.merged import read_merged
from icp_extract.detect.tags_grid import Grid, grid_at
from icp_extract.detect.tags_loose import untagged_into_blocks
from icp_extract.geometry import CellBlock, PageTable, RowSegment, TextLine, group_lines
from icp_extract.model import Rule, TaggedCell, Word
from icp_extract.settings import Settings
from icp_extract.trace import CANDIDATE, HEADER, NOTE, REJECT, Trace


def _reject(trace: Trace, site: Site, rule: str, reason: str, bbox: tuple) -> list[PageTable]:
    trace.record("detect", rule, site.page.number, REJECT, reason, bbox=bbox, shape=CANDIDATE)
    return []


def find_tagged(site: Site, ctx: Context) -> list[PageTable]:
    """The tagged table whose header the site's line is (or stands right above, as a header
    repeated on a later page), when the tags agree with the page."""
    if not site.page.tagged_cells:
        return []
    settings, trace = ctx.settings, ctx.trace
    first = site.lines[site.index]
    grid = grid_at(site, settings=settings)
    if grid is None:
        trace.record(
            "detect",
            "tags.site",
            site.page.number,
            REJECT,
            "no tagged table has its header at this line",
            bbox=line_box(first),
            shape=HEADER,
        )
        return []
    if not grid.header and site.template is not None:
        # A header repeated untagged over a table going on from the page before: its words
        # stand over the columns without the tags' grouping (a group cell's words join a
        # sub-header's), and the geometry already follows the open table's columns.
        trace.record(
            "detect", "tags.header_copy", site.page.number, REJECT,
            "the header is an untagged copy under which the open table goes on: geometry "
            "reads it", bbox=line_box(first), shape=HEADER,
        )  # fmt: skip
        return []
    columns, why = _columns(grid, site.template, settings=settings)
    box = _cells_box(grid.cells)
    if why is not None:
        return _reject(trace, site, "tags.columns_overlap", why, box)
    table = _table(site, grid, columns, ctx)
    if not is_risk_header(table.fields):
        return _reject(
            trace,
            site,
            "tags.header_fields",
            "the tagged header names no risk column with a column it goes with: "
            + fields_text(table.headers, table.fields),
            box,
        )
    for rule, check in CHECKS:
        why = check(site, grid, table, settings)
        if why is not None:
            return _reject(trace, site, rule, why, table_box(table))
    record_accepted(trace, "tags.table", table, "the PDF's own table tags")
    return [table]


def _cells_box(cells: Sequence[TaggedCell]) -> tuple[float, float, float, float]:
    boxes = [c.bbox for c in cells]
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


# --- columns ----------------------------------------------------------------------------------


def _columns(
    grid: Grid, template: PageTable | None, *, settings: Settings
) -> tuple[list[tuple[float, float]], str | None]:
    """The columns the tagged cells stand in, and why the tags disagree with the page if
    they do. Each column reaches over its single cells' words; the edge between two columns
    lies midway in the white between them. Under a table left open on the page before with
    as many columns, whose columns hold these cells, its columns are kept (the same table
    going on)."""
    spans = _single_spans(grid)
    known = [(c, s) for c, s in enumerate(spans) if s is not None]
    why = _overlap(known, settings=settings)
    if why is not None:
        return [], why
    if not known:
        return [], "no tagged cell stands in one column"
    edges = _edges(spans, known, settings=settings)
    columns = list(zip(edges, edges[1:], strict=False))
    kept = _continued_columns(template, spans, len(columns), settings=settings)
    return (columns if kept is None else kept), None


def _single_spans(grid: Grid) -> list[tuple[float, float] | None]:
    """Each column's reach over the words of its cells one column wide (None: no such cell
    on the page). A cell spanning columns is left out: it says nothing of where the
    columns it spans divide."""
    spans: list[tuple[float, float] | None] = []
    for c in range(grid.ncols):
        boxes = [cell.bbox for cell in grid.cells if cell.col == c and cell.colspan == 1]
        spans.append((min(b[0] for b in boxes), max(b[2] for b in boxes)) if boxes else None)
    return spans


def _overlap(known: Sequence[tuple[int, tuple[float, float]]], *, settings: Settings) -> str | None:
    """Why the tags disagree with the page, when a column's cells reach past the start of
    the next known column's cells: a cell tag around two cells' text, or cells counted into
    the wrong column. None when the known columns stand side by side."""
    for (c, (_, right)), (d, (left, _)) in zip(known, known[1:], strict=False):
        if right > left + settings.slack:
            return (
                f"cells tagged in column {c + 1} reach to x={right:.0f}, past the start of "
                f"column {d + 1}'s cells at x={left:.0f}: the tags do not match the page"
            )
    return None


def _continued_columns(
    template: PageTable | None,
    spans: Sequence[tuple[float, float] | None],
    count: int,
    *,
    settings: Settings,
) -> list[tuple[float, float]] | None:
    """The columns of the table left open on the page before, when it has ``count``
    columns and each of them holds this page's cells of its column: the same table going
    on keeps its columns, so its rows on both pages read alike. None otherwise."""
    if template is None or len(template.columns) != count:
        return None
    inside = all(
        a - settings.same_column <= s[0] and s[1] <= b + settings.same_column
        for (a, b), s in zip(template.columns, spans, strict=True)
        if s is not None
    )
    return list(template.columns) if inside else None


def _edges(
    spans: Sequence[tuple[float, float] | None],
    known: Sequence[tuple[int, tuple[float, float]]],
    *,
    settings: Settings,
) -> list[float]:
    """Column edges: the outer ones a little outside the text, inner ones midway between
    neighbours; columns with no single cell on the page share the room between the known
    ones evenly."""
    (c0, (left, _)), (c1, (_, right)) = known[0], known[-1]
    edges = [left - settings.slack] * (c0 + 1) + [0.0] * (len(spans) - c0)
    for k in range(c1 + 1, len(spans) + 1):
        edges[k] = right + settings.slack
    for (c, (_, a)), (d, (b, _)) in zip(known, known[1:], strict=False):
        for k in range(c + 1, d + 1):
            edges[k] = a + (b - a) * (k - c) / (d - c + 1)
    return edges


# --- the table --------------------------------------------------------------------------------


def _table(site: Site, grid: Grid, columns: list[tuple[float, float]], ctx: Context) -> PageTable:
    """The candidate table: headers from the header cells (or the untagged copy of the
    header), rows from the tagged rows, a cell spanning rows in each of them."""
    settings = ctx.settings
    header_words = [w for c in grid.header for w in c.words] + list(grid.loose_header)
    headers = _headers(grid, columns, ctx)
    fields = map_headers(headers, settings=settings)
    first = site.lines[site.index]
    top = min([first.top, *(w.top for w in header_words)])
    head_foot = max([first.bottom, *(w.bottom for w in header_words)])
    body_top = min((c.bbox[1] for c in grid.body), default=head_foot + settings.slack)
    header_bottom = (head_foot + body_top) / 2
    bottom = max((c.bbox[3] for c in grid.body), default=header_bottom) + settings.slack
    table = PageTable(
        site.page.number, columns, headers, fields, top, header_bottom, bottom, False,
        header_words=header_words,
    )  # fmt: skip
    rows, joined = _rows(grid, table, site.page.words, settings=settings)
    if joined:
        ctx.trace.record(
            "detect", "tags.untagged_in_cell", site.page.number, NOTE,
            f"{len(joined)} untagged words inside cells read as their text (first "
            f"{joined[0].text!r})", bbox=table_box(table),
        )  # fmt: skip
    return dataclasses.replace(table, rows=rows)


def _headers(grid: Grid, columns: list[tuple[float, float]], ctx: Context) -> list[str]:
    """Each column's header text: its own header cells' words (a sub-header under a group
    cell), else the header cell spanning it; for an untagged copy, the words over it."""
    settings = ctx.settings
    texts = []
    for c in range(len(columns)):
        own = [cell for cell in grid.header if cell.col == c and cell.colspan == 1]
        over = [cell for cell in grid.header if cell.col <= c < cell.col + cell.colspan]
        words = [w for cell in (own or over) for w in cell.words]
        words += [
            w for w in grid.loose_header if column_of(w.xmid, columns, settings=settings) == c
        ]
        texts.append(ctx.normalize([ln.text for ln in group_lines(words)]))
    return texts


def _rows(
    grid: Grid, table: PageTable, words: Sequence[Word], *, settings: Settings
) -> tuple[list[RowSegment], list[Word]]:
    """One row segment per tagged body row with text on the page; a cell spanning rows is
    the same block in each (marked spanning below its first); a row of one cell across the
    table to its right edge is a merged row, read for a field's label as the other
    strategies read one. Words no cell tags that stand inside a cell are its text too
    (``tags_loose.untagged_into_blocks``)."""
    ncols = len(table.columns)
    order = sorted({c.row for c in grid.body})
    if not order:  # no tagged body row on the page (a header copy alone): no rows
        return [], []
    tops, row_bottom = _row_bounds(grid, order, table.bottom, settings=settings)
    blocks = _blocks(grid, order, tops, row_bottom)
    joined = untagged_into_blocks(grid, table, words, blocks, settings=settings)
    rows: list[RowSegment] = []
    for r in order:
        seg = _segment(grid, r, blocks, ncols, table.page, tops[r], row_bottom[r])
        if _is_merged_row(grid, r, ncols):
            rows.extend(read_merged(seg, settings=settings))
        else:
            rows.append(seg)
    return rows, joined


def _row_bounds(
    grid: Grid, order: Sequence[int], bottom: float, *, settings: Settings
) -> tuple[dict[int, float], dict[int, float]]:
    """Each body row's top (its highest cell's text) and bottom (a nudge above the next
    row's top; the table's bottom for the last row). Rows meet with no gap, so every word
    between two rows' tops belongs to the upper one."""
    tops = {r: min(c.bbox[1] for c in grid.body if c.row == r) for r in order}
    bottoms = [tops[r] - settings.nudge for r in order[1:]] + [bottom]
    return tops, dict(zip(order, bottoms, strict=True))


def _blocks(
    grid: Grid, order: Sequence[int], tops: dict[int, float], row_bottom: dict[int, float]
) -> dict[int, CellBlock]:
    """Each body cell's block (by the cell's id): from its first row's top to the bottom of
    the last row it spans that has text on the page (a span reaching past the tagged rows
    ends with them)."""
    blocks: dict[int, CellBlock] = {}
    for cell in grid.body:
        last = max((r for r in order if r < cell.row + cell.rowspan), default=cell.row)
        blocks[id(cell)] = CellBlock(cell.col, tops[cell.row], row_bottom[last], list(cell.words))
    return blocks


def _segment(
    grid: Grid,
    r: int,
    blocks: dict[int, CellBlock],
    ncols: int,
    page: int,
    top: float,
    bottom: float,
) -> RowSegment:
    """Row ``r``'s segment: in each column the block of the cell standing in it there,
    whether the cell starts in this row or spans into it from above (then marked spanning,
    so the row's own text leaves it out). Cells past the table's columns are dropped."""
    cells: list[CellBlock | None] = [None] * ncols
    spanning = [False] * ncols
    for cell in grid.body:
        if cell.row <= r < cell.row + cell.rowspan and cell.col < ncols:
            cells[cell.col] = blocks[id(cell)]
            spanning[cell.col] = cell.row != r
    return RowSegment(page, top, bottom, cells, spanning)


def _is_merged_row(grid: Grid, r: int, ncols: int) -> bool:
    """Row ``r`` is one cell spanning columns to the table's right edge: a group or label
    row across the table (a merged row), not a record."""
    own = [c for c in grid.body if c.row == r]
    return len(own) == 1 and own[0].colspan > 1 and own[0].col + own[0].colspan >= ncols


# --- checks against the page ------------------------------------------------------------------


def _untagged_text(site: Site, grid: Grid, table: PageTable, settings: Settings) -> str | None:
    """Words in the table's body region, or in rows going on under it in its columns, that
    no cell of the tagged table holds (a tree that tags only some rows or cells); untagged
    words standing inside a cell are held by it (``tags_loose.untagged_into_blocks``)."""
    x0, x1 = table.columns[0][0], table.columns[-1][1]
    tagged = {id(w) for c in grid.cells for w in c.words}
    tagged |= {id(w) for seg in table.rows for b in seg.cells if b is not None for w in b.words}
    region = [
        w
        for w in site.page.words
        if x0 <= w.xmid <= x1 and table.header_bottom < w.ymid <= table.bottom
    ]
    region += _rows_below(site, table, settings=settings)
    loose = [w for w in region if id(w) not in tagged]
    if not region or len(loose) <= settings.tags_max_untagged_share * len(region):
        return None
    return (
        f"{len(loose)} of {len(region)} words of the table's region are in no tagged cell "
        f"(first {loose[0].text!r} at y={loose[0].top:.0f}): the tags are partial"
    )


def _rows_below(site: Site, table: PageTable, *, settings: Settings) -> list[Word]:
    """The words of lines right under the table that go on in its columns: each word inside
    one column, words in several columns, a step from the line before no wider than the
    widest step between the table's rows."""
    rows = table.rows
    steps = [b.top - a.top for a, b in zip(rows, rows[1:], strict=False)]
    reach = max(steps, default=0.0) + settings.snap
    x0, x1 = table.columns[0][0], table.columns[-1][1]
    found: list[Word] = []
    last = rows[-1].top if rows else table.header_bottom
    for ln in site.lines:
        if ln.top <= table.bottom:
            continue
        if ln.top - last > reach or ln.x0 < x0 - settings.slack or ln.x1 > x1 + settings.slack:
            break
        if crosses_columns(ln.words, table.columns, settings=settings):
            break
        used = {column_of(w.xmid, table.columns, settings=settings) for w in ln.words}
        if len(used) < settings.row_start_columns:
            break
        found.extend(ln.words)
        last = ln.top
    return found


def _row_order(site: Site, grid: Grid, table: PageTable, settings: Settings) -> str | None:
    """A cell standing above the cell of the row before it in its column: rows the tags put
    in another order than the page shows."""
    for c in range(len(table.columns)):
        cells = sorted((cell for cell in grid.body if cell.col == c), key=lambda cell: cell.row)
        for a, b in zip(cells, cells[1:], strict=False):
            if b.bbox[1] < a.bbox[3] - settings.snap:
                return (
                    f"in column {c + 1}, the cell of tagged row {b.row + 1} stands above the "
                    f"end of row {a.row + 1}'s: the tags do not match the page"
                )
    return None


def _rule_inside_cell(site: Site, grid: Grid, table: PageTable, settings: Settings) -> str | None:
    """A horizontal rule across a cell's column, between two of the cell's lines: the tag
    holds the text of two drawn cells. Cells spanning rows or columns are left out: rules
    cross them by design."""
    rules = [r for r in site.page.rules if r.horizontal]
    for cell in grid.body:
        if cell.rowspan > 1 or cell.colspan > 1 or not rules:
            continue
        lines = group_lines(cell.words)
        mid = (cell.bbox[0] + cell.bbox[2]) / 2
        for a, b in zip(lines, lines[1:], strict=False):
            if any(r.x0 <= mid <= r.x1 and _middle(a) < _middle(r) < _middle(b) for r in rules):
                return (
                    f"a rule runs between the lines {a.text!r} and {b.text!r} of one tagged "
                    f"cell (row {cell.row + 1}, column {cell.col + 1}): the tag holds two cells"
                )
    return None


def _row_per_line(site: Site, grid: Grid, table: PageTable, settings: Settings) -> str | None:
    """Rows that follow each other at the line pitch of the cells' text, with no rule
    between them: a table tagged one row per printed line."""
    rows = [seg for seg in table.rows if not seg.merged]
    if len(rows) < settings.tags_min_line_rows:
        return None
    pitch = _cell_pitch(grid, settings=settings)
    rules = [r for r in site.page.rules if r.horizontal]
    tight = 0
    for a, b in zip(rows, rows[1:], strict=False):
        last = max((w.top for w in _own_words(a)), default=0.0)
        below = min((w.ymid for w in _own_words(b)), default=b.top)
        ruled = any(last < _middle(r) < below for r in rules)
        if not ruled and b.top - last <= settings.block_gap_ratio * pitch:
            tight += 1
    if tight < settings.tags_line_rows_share * (len(rows) - 1):
        return None
    return (
        f"{tight} of {len(rows) - 1} tagged rows follow the row above at the line pitch "
        f"({pitch:.1f}) with no rule between: a row is tagged per printed line"
    )


def _middle(box: TextLine | Rule) -> float:
    return (box.top + box.bottom) / 2


def _own_words(seg: RowSegment) -> list[Word]:
    """The row's words without those of cells spanning into it from above."""
    return [
        w for c, cell in enumerate(seg.cells) if cell and not seg.spanning[c] for w in cell.words
    ]


def _cell_pitch(grid: Grid, *, settings: Settings) -> float:
    """The line pitch inside the table's cells: between the lines of cells of several
    lines, else (every cell one line) a little more than the text's height."""
    steps = []
    for cell in grid.body:
        lines = group_lines(cell.words)
        steps += [b.top - a.top for a, b in zip(lines, lines[1:], strict=False)]
    if steps:
        return median(steps)
    return settings.tags_solid_pitch * median(w.bottom - w.top for c in grid.body for w in c.words)


CHECKS = (
    ("tags.untagged_text", _untagged_text),
    ("tags.row_order", _row_order),
    ("tags.rule_inside_cell", _rule_inside_cell),
    ("tags.row_per_line", _row_per_line),
)

TAGS = Strategy("tags", find_tagged)
