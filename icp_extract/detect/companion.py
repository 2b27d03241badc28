"""Companion grids: small ruled tables after a risk table that carry no risk column.

Layout served: a risk table with a key column ("Nr", "Risk-ID") and no comment column,
followed (on its page or the next) by a separate table "Nr | Kommentar", sometimes with
"Följer plan", whose rows refer to the risks by that key; some risks have no row there. Web
planning systems, spreadsheets and Word reports print it so when a comment column would be
too wide (blind round 25: chromium3/pnn2024, calc3/son2023, word3/fsdn2024). Such a grid
is no risk table, so the finder passes it over; here it is read as it stands, with its
header, and, where it runs to the foot of a page, its rows at the top of the next page,
under a repeated header or without one. Whether a grid belongs to a risk table, and to
which rows, is decided by its keys in :mod:`icp_extract.assemble.companion`.
"""

from __future__ import annotations

from collections.abc import Sequence

from icp_extract.detect.cells import cell_rows
from icp_extract.detect.common import (
    Normalizer,
    covered_share,
    fields_text,
    h_rule_ys,
    header_texts,
    line_box,
)
from icp_extract.detect.headers import map_header, map_headers
from icp_extract.detect.ruled import chain_extent, vertical_boundaries
from icp_extract.geometry import PageTable, TextLine
from icp_extract.model import PageContent
from icp_extract.settings import Settings
from icp_extract.trace import ACCEPT, CANDIDATE, REJECT, Trace

Page = tuple[PageContent, Sequence[TextLine]]


def find_companion_grids(
    pages: Sequence[Page],
    pieces: Sequence[PageTable],
    normalize: Normalizer,
    *,
    settings: Settings,
    trace: Trace,
) -> list[PageTable]:
    """Every ruled grid without a risk column that stands after the first risk-table piece,
    up to ``companion_pages_after`` pages after the last one (and on while a grid runs on),
    outside the risk tables, in reading order. ``pages``: each page with its lines, page
    furniture left out."""
    if not pieces:
        return []
    first = min((p.page, p.top) for p in pieces)
    last_page = max(p.page for p in pieces) + settings.companion_pages_after
    found: list[PageTable] = []
    open_grid: PageTable | None = None
    for page, lines in pages:
        if page.number < first[0] or (page.number > last_page and open_grid is None):
            continue
        free = _free_lines(page.number, lines, pieces, first, settings)
        grids = _grids_on_page(page, free, normalize, open_grid, settings=settings, trace=trace)
        found.extend(grids)
        tail = grids[-1] if grids else None
        open_grid = (
            tail
            if tail is not None and not any(ln.top > tail.bottom + settings.snap for ln in free)
            else None
        )
    return found


def _free_lines(
    page: int,
    lines: Sequence[TextLine],
    pieces: Sequence[PageTable],
    first: tuple[int, float],
    settings: Settings,
) -> list[TextLine]:
    """The page's lines after the first risk table's start and outside every risk table."""
    here = [p for p in pieces if p.page == page]

    def inside(line: TextLine) -> bool:
        mid = (line.top + line.bottom) / 2
        return any(p.top - settings.snap <= mid <= p.bottom + settings.snap for p in here)

    return [ln for ln in lines if (page, ln.top) > first and not inside(ln)]


def _grids_on_page(
    page: PageContent,
    lines: Sequence[TextLine],
    normalize: Normalizer,
    open_grid: PageTable | None,
    *,
    settings: Settings,
    trace: Trace,
) -> list[PageTable]:
    grids: list[PageTable] = []
    i = 0
    while i < len(lines):
        grid = None
        if i == 0 and open_grid is not None:
            grid = _continued(page, lines[0], open_grid, normalize, settings=settings, trace=trace)
        if grid is None:
            grid = _grid_at(page, lines[i], normalize, settings=settings, trace=trace)
        if grid is None:
            i += 1
            continue
        grids.append(grid)
        while i < len(lines) and lines[i].top <= grid.bottom + settings.snap:
            i += 1
    return grids


def _edges(table: PageTable) -> list[float]:
    return [a for a, _ in table.columns] + [table.columns[-1][1]]


def _with_rows(page: PageContent, table: PageTable, *, settings: Settings) -> PageTable:
    """Rows between the horizontal rules across the grid (a companion grid has no cell
    spanning rows: every column breaks with the rows)."""
    x0, x1 = table.columns[0][0], table.columns[-1][1]
    hys = h_rule_ys(page.rules, x0, x1, table.header_bottom, table.bottom, settings=settings)
    row_tops = [table.header_bottom] + [
        y
        for y, iv in sorted(hys.items())
        if table.header_bottom + settings.snap < y < table.bottom - settings.snap
        and covered_share(iv, x0, x1) >= settings.spanning_rule_share
    ]
    rows = cell_rows(
        table, page.words, row_tops, [row_tops] * len(table.columns), settings=settings
    )
    rows = [r for r in rows if any(c is not None for c in r.cells)]
    return PageTable(
        table.page,
        table.columns,
        table.headers,
        table.fields,
        table.top,
        table.header_bottom,
        table.bottom,
        True,
        rows=rows,
        header_words=table.header_words,
    )


def _header_bottom(
    page: PageContent,
    line: TextLine,
    xs: Sequence[float],
    top: float,
    bottom: float,
    *,
    settings: Settings,
) -> float | None:
    """The first rule across the grid under the header's first line, when rows follow it."""
    hys = h_rule_ys(page.rules, xs[0], xs[-1], top, bottom, settings=settings)
    below = [
        y
        for y, iv in hys.items()
        if y > line.top + settings.slack
        and covered_share(iv, xs[0], xs[-1]) >= settings.spanning_rule_share
    ]
    if not below or min(below) >= bottom - settings.snap:
        return None
    return min(below)


def _grid_at(
    page: PageContent,
    line: TextLine,
    normalize: Normalizer,
    *,
    settings: Settings,
    trace: Trace,
) -> PageTable | None:
    """The grid whose header row starts at ``line``: columns from the vertical rules crossing
    it, the header row down to the first rule across the grid, a header whose every column
    is a known wording and none the risk."""
    xs = vertical_boundaries(page.rules, line, settings=settings)
    if len(xs) < settings.min_ruled_boundaries:
        return None
    top, bottom = chain_extent(page.rules, xs, line.top, line.bottom, settings=settings)
    x0, x1 = xs[0], xs[-1]
    header_bottom = _header_bottom(page, line, xs, top, bottom, settings=settings)
    if header_bottom is None:
        return None  # a header and no body
    columns = list(zip(xs, xs[1:], strict=False))
    headers = header_texts(
        page.words, columns, line.top, header_bottom, normalize, settings=settings
    )
    if not all(headers) or not all(map_header(h, settings=settings)[1] for h in headers):
        return None  # a body row or a table of other things, not a header of known wordings
    fields = map_headers(headers, settings=settings)
    box = (x0, line.top, x1, bottom)
    if "risk" in fields or not any(fields):
        trace.record(
            "detect",
            "companion.header",
            page.number,
            REJECT,
            "a grid after the risk table: "
            + (
                "its header names a risk column"
                if "risk" in fields
                else "its header names no field"
            )
            + ": "
            + fields_text(headers, fields),
            bbox=box,
            shape=CANDIDATE,
        )
        return None
    header_words = [
        w for w in page.words if line.top <= w.ymid <= header_bottom and x0 <= w.xmid <= x1
    ]
    grid = _with_rows(
        page,
        PageTable(
            page.number, columns, headers, fields, line.top, header_bottom, bottom, True,
            header_words=header_words,
        ),
        settings=settings,
    )  # fmt: skip
    trace.record(
        "detect",
        "companion.grid",
        page.number,
        ACCEPT,
        f"a grid without a risk column after the risk table: {len(grid.rows)} rows; "
        + fields_text(headers, fields),
        bbox=box,
        shape=CANDIDATE,
    )
    return grid


def _continued(
    page: PageContent,
    line: TextLine,
    prev: PageTable,
    normalize: Normalizer,
    *,
    settings: Settings,
    trace: Trace,
) -> PageTable | None:
    """The grid of the page before going on at the top of this page without a header: the
    first line is crossed by rules at the same column edges and is not the header again."""
    xs = vertical_boundaries(page.rules, line, settings=settings)
    want = _edges(prev)
    if len(xs) != len(want) or any(
        abs(a - b) > 2 * settings.snap for a, b in zip(xs, want, strict=True)
    ):
        return None
    texts = header_texts(
        page.words, prev.columns, line.top, line.bottom, normalize, settings=settings
    )
    if all(h.casefold().startswith(t.casefold()) for t, h in zip(texts, prev.headers, strict=True)):
        return None  # the header repeated (its first line): read as a grid of its own
    top, bottom = chain_extent(page.rules, xs, line.top, line.bottom, settings=settings)
    grid = _with_rows(
        page,
        PageTable(page.number, prev.columns, prev.headers, prev.fields, top, top, bottom, True),
        settings=settings,
    )
    trace.record(
        "detect",
        "companion.continued",
        page.number,
        ACCEPT,
        f"the grid of page {prev.page} goes on without a header: {len(grid.rows)} rows",
        bbox=line_box(line),
        shape=CANDIDATE,
    )
    return grid
