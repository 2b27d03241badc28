"""The tagged table a header site stands at (for the ``tags`` strategy, ``detect/tags.py``).

A site's line is either the tagged header of a table (its words are in the table's header
cells) or, on a later page, an untagged copy of the header standing right above the table
going on (Writer and Chromium write a repeated header as an artifact, outside the tree).
Each case has its own unit here; both hand back a :class:`Grid`, or None when the line
heads no tagged table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from icp_extract.detect.common import Site
from icp_extract.model import TaggedCell, Word
from icp_extract.settings import Settings


@dataclass(frozen=True)
class Grid:
    """One tagged table at a header site: its header rows' cells (none when the header is a
    repeated, untagged copy), its body cells, the untagged header words of such a copy, and
    the number of columns."""

    header: tuple[TaggedCell, ...]
    body: tuple[TaggedCell, ...]
    loose_header: tuple[Word, ...]
    ncols: int

    @property
    def cells(self) -> tuple[TaggedCell, ...]:
        return self.header + self.body


def grid_at(site: Site, *, settings: Settings) -> Grid | None:
    """The tagged table the site's line heads: its header rows are the rows holding the
    line's words and the header rows (``TH``) next to them. A header repeated on a later
    page is not tagged (Writer and Chromium write it as an artifact): then the table whose
    first tagged row starts under the line, within a header band, with the untagged words
    between."""
    cells = site.page.tagged_cells
    ids = {id(w) for w in site.lines[site.index].words}
    hit = [c for c in cells if any(id(w) in ids for w in c.words)]
    if hit:
        return _headed_by(cells, hit)
    return _continued_under(site, cells, settings=settings)


def _headed_by(cells: Sequence[TaggedCell], hit: list[TaggedCell]) -> Grid | None:
    """The table whose cells hold the line's words (the first such cell's table, in the
    tree's order). The line heads it only when its cells are header cells or stand in
    the table's first row (a header an author tagged ``TD``); a line in a later row of
    ``TD`` cells is a body row, and no table starts there."""
    table = hit[0].table
    hit = [c for c in hit if c.table == table]
    own = [c for c in cells if c.table == table]
    start = min(c.row for c in hit)
    if not (all(c.header for c in hit) or start == 0):
        return None  # the line is a body row of the table
    header_rows = _header_rows(own, hit, start)
    last = max(header_rows)
    header = tuple(c for c in own if c.row in header_rows)
    body = tuple(c for c in own if c.row > last)
    return Grid(header, body, (), _ncols(own))


def _header_rows(own: Sequence[TaggedCell], hit: Sequence[TaggedCell], start: int) -> set[int]:
    """The header's rows: those holding the line's words, and the rows after ``start``
    while every cell of them is a ``TH`` (a sub-header row under group cells belongs to the
    header; the first row with a ``TD`` cell opens the body)."""
    rows = sorted({c.row for c in own})
    header_rows = {c.row for c in hit}
    for r in rows[rows.index(start) + 1 :]:
        if not all(c.header for c in own if c.row == r):
            break
        header_rows.add(r)
    return header_rows


def _continued_under(site: Site, cells: Sequence[TaggedCell], *, settings: Settings) -> Grid | None:
    """A table going on under an untagged copy of its header: the tagged cells starting
    nearest under the line, within a header band of it, when that table's rows there are
    body rows (a table whose header is tagged there starts with its own header, and the
    line only stands above it). The copy's words are the header."""
    first = site.lines[site.index]
    below = [c for c in cells if c.bbox[1] > first.top]
    if not below:
        return None
    top = min(c.bbox[1] for c in below)
    if top - first.top > settings.header_band:
        return None
    table = next(c.table for c in below if c.bbox[1] == top)
    body = tuple(c for c in cells if c.table == table and c.bbox[1] >= top - settings.snap)
    if any(c.header or c.row == 0 for c in body):
        return None  # the table starts here with its own header: the line is above it
    loose = _loose_header(site, cells, body, top, settings=settings)
    return Grid((), body, loose, _ncols(body))


def _loose_header(
    site: Site,
    cells: Sequence[TaggedCell],
    body: Sequence[TaggedCell],
    top: float,
    *,
    settings: Settings,
) -> tuple[Word, ...]:
    """The untagged header copy's words: on the lines from the site's line down to the
    body's first row, in no tagged cell, within the body's columns (words beside the table,
    a page number or a margin note, are not its header)."""
    tagged = {id(w) for c in cells for w in c.words}
    x0, x1 = min(c.bbox[0] for c in body), max(c.bbox[2] for c in body)
    return tuple(
        w
        for ln in site.lines[site.index :]
        if ln.top < top - settings.snap
        for w in ln.words
        if id(w) not in tagged and x0 - settings.same_column <= w.xmid <= x1 + settings.same_column
    )


def _ncols(cells: Sequence[TaggedCell]) -> int:
    return max(c.col + c.colspan for c in cells)
