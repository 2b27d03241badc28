"""Rows and cells of a table whose columns are known: the second half of every strategy.

Rows come from horizontal rules crossing a column (:func:`ruled_body`), else from the lines
where several columns start a new block of text at the same height (cells are top-aligned,
:func:`unruled_body`), else, for cells centred in tall rows, from the spacing between rows
(:func:`rows_by_spacing`). Each column keeps its own cell breaks, so a process cell spanning
several rows is one cell. Rows of one cell across the table ("Kommentar: ...") are merged
rows that may carry a field's label.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from icp_extract.detect.common import (
    Normalizer,
    cluster,
    column_of,
    covered_share,
    covers,
    header_texts,
    plausible_header,
    with_risk,
)
from icp_extract.detect.headers import is_risk_header, map_headers
from icp_extract.detect.merged import (
    mark_merged,
)
from icp_extract.geometry import (
    CellBlock,
    PageTable,
    RowSegment,
    TextLine,
    group_lines,
)
from icp_extract.model import PageContent, Word
from icp_extract.settings import Settings


def column_lines(
    words: Sequence[Word], ncols: int, columns, *, settings: Settings
) -> list[list[TextLine]]:
    per: list[list[Word]] = [[] for _ in range(ncols)]
    for w in words:
        c = column_of(w.xmid, columns, settings=settings)
        if c is not None:
            per[c].append(w)
    return [group_lines(ws) for ws in per]


def block_starts(col_lines: list[TextLine], pitch: float, *, settings: Settings) -> list[float]:
    starts = []
    prev: TextLine | None = None
    for ln in col_lines:
        if prev is None or ln.top - prev.top > settings.block_gap_ratio * pitch:
            starts.append(ln.top)
        prev = ln
    return starts


def unruled_row_tops(
    per_col: list[list[TextLine]],
    pitch: float,
    spanning_col: int | None = None,
    *,
    settings: Settings,
) -> list[float]:
    """Where rows start: two or more columns start a block at the same height, and no
    other column's text runs on just above it (two cells that each start a new paragraph
    at one height, beside a cell still in mid-paragraph, are inside one row). Only
    ``spanning_col`` (the process column) may run on across a row's start."""
    starts = [
        (y, c)
        for c, lines in enumerate(per_col)
        for y in block_starts(lines, pitch, settings=settings)
    ]
    tops = []
    for y in cluster([y for y, _ in starts], settings.snap):
        cols = {c for yy, c in starts if abs(yy - y) <= settings.snap}
        if len(cols) < settings.row_start_columns:
            continue
        running = any(
            y - pitch - settings.snap < ln.top < y - settings.snap
            for c, lines in enumerate(per_col)
            if c not in cols and c != spanning_col
            for ln in lines
        )
        if not running:
            tops.append(y)
    return tops


def split_blocks(
    column: int,
    words: Sequence[Word],
    breaks: Sequence[float],
    bottom: float,
    *,
    settings: Settings,
) -> list[CellBlock]:
    edges = sorted(breaks)
    blocks = [
        CellBlock(column, top, nxt)
        for top, nxt in zip(edges, list(edges[1:]) + [bottom], strict=False)
    ]
    for w in words:
        for b in blocks:
            if b.top - settings.slack <= w.ymid < b.bottom:
                b.words.append(w)
                break
    return blocks


def cell_rows(
    table: PageTable,
    words: Sequence[Word],
    row_tops: Sequence[float],
    col_breaks: Sequence[Sequence[float]],
    *,
    settings: Settings,
) -> list[RowSegment]:
    ncols = len(table.columns)
    per_col_words: list[list[Word]] = [[] for _ in range(ncols)]
    for w in words:
        if table.header_bottom <= w.ymid <= table.bottom:
            c = column_of(w.xmid, table.columns, settings=settings)
            if c is not None:
                per_col_words[c].append(w)
    blocks = [
        split_blocks(c, per_col_words[c], col_breaks[c], table.bottom, settings=settings)
        for c in range(ncols)
    ]
    rows = []
    tops = sorted(row_tops)
    for top, bottom in zip(tops, tops[1:] + [table.bottom], strict=False):
        cells: list[CellBlock | None] = []
        spanning: list[bool] = []
        for c in range(ncols):
            found = next(
                (b for b in blocks[c] if b.top - settings.snap <= top + settings.nudge < b.bottom),
                None,
            )
            starts_here = found is not None and abs(found.top - top) <= settings.snap
            cells.append(found if found is not None and found.words else None)
            spanning.append(found is not None and not starts_here and bool(found.words))
        rows.append(RowSegment(table.page, top, bottom, cells, spanning))
    return rows


def ruled_body(
    page: PageContent,
    table: PageTable,
    hys: dict,
    words: Sequence[Word] | None = None,
    *,
    settings: Settings,
) -> PageTable:
    """Rows from horizontal rules: row breaks where a rule crosses the risk column, and each
    column's own cell breaks where a rule crosses that column. ``words``: the page's words
    that may fill the cells (default: all).

    A rule that crosses a column in part only (``cell_rule_share``) and does not run on
    across the table (``spanning_rule_share``) is no edge of its cell: an underlined word,
    or on a scan the foot of a line's letters read as a short rule, would otherwise cut the
    cell in two. (A scan's real rule may have gaps where the image was faint.)"""
    top, bottom = table.header_bottom, table.bottom
    x0, x1 = table.columns[0][0], table.columns[-1][1]

    def edge(y: float, iv: Sequence[tuple[float, float]], a: float, b: float) -> bool:
        return (
            top + settings.snap < y < bottom - settings.snap
            and covers(iv, a, b, settings=settings)
            and (
                covered_share(iv, a, b) >= settings.cell_rule_share
                or covered_share(iv, x0, x1) >= settings.spanning_rule_share
            )
        )

    rx0, rx1 = table.columns[table.fields.index("risk")]
    row_tops = [top] + [y for y, iv in hys.items() if edge(y, iv, rx0, rx1)]
    col_breaks = []
    for a, b in table.columns:
        own = [y for y, iv in hys.items() if edge(y, iv, a, b)]
        # A column with no rule of its own between rows that have rules: its borders were
        # taken away, not one cell spanning the whole table. It breaks with the rows.
        col_breaks.append([top] + (own or row_tops[1:]))
    rows = cell_rows(
        table, page.words if words is None else words, row_tops, col_breaks, settings=settings
    )
    return mark_merged(page.rules, dataclasses.replace(table, rows=rows), settings=settings)


def unruled_body(
    table: PageTable, words: Sequence[Word], pitch: float, *, settings: Settings
) -> PageTable:
    """Rows from top-aligned block starts. Only the process column may span rows: elsewhere a
    cell ends where the next row starts."""
    per_col = column_lines(words, len(table.columns), table.columns, settings=settings)
    top = table.header_bottom
    process_col = table.fields.index("process") if "process" in table.fields else 0
    tops = unruled_row_tops(per_col, pitch, process_col, settings=settings)
    # The first body row begins under the header even when only one column has text there:
    # that is a row continued from the previous page.
    body_tops = [top] + [y for y in tops if y > top + settings.snap]
    col_breaks: list[list[float]] = []
    for c, col_lines in enumerate(per_col):
        if c == process_col:
            starts = block_starts(
                [ln for ln in col_lines if ln.top >= top], pitch, settings=settings
            )
            col_breaks.append(
                [top] + [y for y in body_tops if any(abs(y - s) <= settings.snap for s in starts)]
            )
        else:
            col_breaks.append(list(body_tops))
    rows = cell_rows(table, words, body_tops, col_breaks, settings=settings)
    return dataclasses.replace(table, rows=rows)


def is_centred(table: PageTable, *, settings: Settings) -> bool:
    """Whether the table's cells are centred vertically: its short value cells ("9", "Ja")
    stand in the middle of rows at least twice as tall as their text."""
    columns = [c for c, f in enumerate(table.fields) if f in ("risk_value", "follows_plan")]
    votes = []
    for seg in table.rows:
        height = seg.bottom - seg.top
        for c in columns:
            cell = seg.cells[c]
            if cell is None or seg.spanning[c] or not cell.words:
                continue
            top = min(w.top for w in cell.words)
            bottom = max(w.bottom for w in cell.words)
            if height < settings.centred_row_ratio * (bottom - top):
                continue
            offset = abs((top + bottom) / 2 - (seg.top + seg.bottom) / 2)
            votes.append(offset < settings.centred_offset_share * height)
    return len(votes) >= settings.centred_min_votes and sum(
        votes
    ) >= settings.centred_vote_share * len(votes)


def _spreads_centred(table: PageTable, *, settings: Settings) -> bool:
    """Whether process cells may be spread over the rows they stand centred in: the table
    has a process column, enough rows, and its cells are centred."""
    return (
        "process" in table.fields
        and len(table.rows) >= settings.centred_min_rows
        and is_centred(table, settings=settings)
    )


def centred_spans(table: PageTable, *, settings: Settings) -> PageTable:
    """In a table of vertically centred cells, a process cell spanning rows stands in the
    middle of them, beside empty process cells above and below: it spans the run of rows
    whose middle is nearest its text's middle. (In a top-aligned table an empty cell is the
    one above going on, as the assembly reads it.)"""
    if not _spreads_centred(table, settings=settings):
        return table
    p = table.fields.index("process")
    rows = list(table.rows)
    for k in range(len(rows)):
        seg = rows[k]
        cell = seg.cells[p]
        if cell is None or seg.spanning[p] or not cell.words:
            continue
        middle = (min(w.top for w in cell.words) + max(w.bottom for w in cell.words)) / 2
        first, last = _centred_span(rows, k, p, middle, settings=settings)
        for j in range(first, last + 1):
            rows[j] = _with_cell(rows[j], p, cell, spanning=j != first)
    return dataclasses.replace(table, rows=rows)


def _with_cell(seg: RowSegment, c: int, cell: CellBlock, *, spanning: bool) -> RowSegment:
    """The row with ``cell`` in column ``c``, spanning from a row above or not."""
    cells = list(seg.cells)
    cells[c] = cell
    flags = list(seg.spanning)
    flags[c] = spanning
    return dataclasses.replace(seg, cells=cells, spanning=flags)


def _centred_span(
    rows: Sequence[RowSegment], k: int, p: int, middle: float, *, settings: Settings
) -> tuple[int, int]:
    """The run of rows around row ``k`` (among the empty cells of column ``p`` above and
    below it) whose middle is nearest ``middle``. Rows of equal height put a cell centred
    over three at the middle one's middle: of the runs as near, the widest, since an empty
    cell beside it has no other reading."""
    a = k
    while a > 0 and rows[a - 1].cells[p] is None:
        a -= 1
    b = k
    while b + 1 < len(rows) and rows[b + 1].cells[p] is None:
        b += 1
    spans = {
        (first, last): abs(middle - (rows[first].top + rows[last].bottom) / 2)
        for first in range(a, k + 1)
        for last in range(k, b + 1)
    }
    nearest = min(spans.values())
    return max(
        (
            span
            for span, distance in spans.items()
            if distance <= nearest + settings.centred_span_slack
        ),
        key=lambda span: span[1] - span[0],
    )


def better_rows(spaced: PageTable, started: PageTable, *, settings: Settings) -> bool:
    """Whether rows told apart by spacing beat rows found from cell starts: fewer rows in
    pieces, or as few and more rows with a risk text (cell starts merge the rows of centred
    cells, or cut them in pieces)."""
    if fragmented(spaced, settings=settings) != fragmented(started, settings=settings):
        return fragmented(spaced, settings=settings) < fragmented(started, settings=settings)
    return with_risk(spaced) > with_risk(started) and fragmented(spaced, settings=settings) == 0.0


def fragmented(table: PageTable, *, settings: Settings) -> float:
    """Share of a table's rows without text in the risk column: rows cut in pieces."""
    if len(table.rows) < settings.fragmented_min_rows:
        return 0.0
    return 1.0 - with_risk(table) / len(table.rows)


def rows_by_spacing(
    page: PageContent,
    band: Sequence[TextLine],
    columns: list[tuple[float, float]],
    words: list[Word],
    top: float,
    normalize: Normalizer,
    *,
    settings: Settings,
) -> PageTable | None:
    """An unruled table whose cells are centred vertically: a short cell ("9", "Ja",
    "Risk") starts halfway down its row, so rows cannot start where cells start. Rows (and
    the header) are told apart by the space between them instead: cell padding leaves a
    wider gap between two rows than between two lines of one cell."""
    height = sorted(ln.bottom - ln.top for ln in band)[len(band) // 2]
    starts = [
        b.top
        for a, b in zip(band, band[1:], strict=False)
        if b.top - a.bottom >= settings.row_spacing_ratio * height
    ]
    if len(starts) < settings.min_spaced_starts:
        return None
    header_bottom = starts[0] - settings.nudge
    headers = header_texts(words, columns, top, header_bottom, normalize, settings=settings)
    fields = map_headers(headers, settings=settings)
    if not is_risk_header(fields) or not plausible_header(headers, settings=settings):
        return None
    bottom = band[-1].bottom + settings.slack
    table = PageTable(
        page.number, columns, headers, fields, top - settings.slack, header_bottom, bottom, False
    )
    row_tops = [header_bottom] + [y - settings.nudge for y in starts[1:]]
    rows = cell_rows(table, words, row_tops, [row_tops] * len(columns), settings=settings)
    header_words = [w for w in words if w.ymid <= header_bottom]
    return dataclasses.replace(table, rows=rows, header_words=header_words)
