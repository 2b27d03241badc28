"""Strategy: the table of the page before, going on at the top of a page without a header.

For tables whose header is printed once: the open table's columns are kept, and the lines at
the top of the page continue it while they keep to those columns (ruled: the same vertical
rules; unruled: no line crossing a column edge).
"""

from __future__ import annotations

from collections.abc import Sequence

from icp_extract.detect.cells import ruled_body, unruled_body
from icp_extract.detect.common import crosses_columns, h_rule_ys, line_box
from icp_extract.detect.gutters import same_size_extent, unruled_band
from icp_extract.detect.ruled import chain_extent, vertical_boundaries
from icp_extract.geometry import (
    PageTable,
    TextLine,
    line_pitch,
)
from icp_extract.model import PageContent
from icp_extract.settings import Settings
from icp_extract.trace import REJECT, Trace


def _continue_ruled(
    page: PageContent, first: TextLine, prev: PageTable, *, settings: Settings, trace: Trace
) -> PageTable | None:
    """A ruled table goes on where the first line is crossed by the open table's vertical
    rules; its rows are read between the rules chained from there."""
    xs = _edges_at(page, first, prev, settings=settings)
    if xs is None:
        trace.record(
            "detect",
            "continue.ruled_columns",
            page.number,
            REJECT,
            "the first line's vertical rules are not the open table's column edges",
            bbox=line_box(first),
        )
        return None
    top, bottom = chain_extent(
        page.rules, xs, first.top, first.bottom, settings=settings, words=page.words
    )
    table = PageTable(page.number, prev.columns, prev.headers, prev.fields, top, top, bottom, True)
    hys = h_rule_ys(page.rules, xs[0], xs[-1], top, bottom, settings=settings)
    return ruled_body(page, table, hys, settings=settings)


def _edges_at(
    page: PageContent, first: TextLine, prev: PageTable, *, settings: Settings
) -> list[float] | None:
    """The vertical rules crossing ``first`` when they stand at the open table's column
    edges, else None."""
    xs = vertical_boundaries(page.rules, first, settings=settings)
    want = [a for a, _ in prev.columns] + [prev.columns[-1][1]]
    if len(xs) != len(want) or any(
        abs(a - b) > 2 * settings.snap for a, b in zip(xs, want, strict=True)
    ):
        return None
    return xs


def _continue_unruled(
    page: PageContent,
    lines: Sequence[TextLine],
    prev: PageTable,
    *,
    settings: Settings,
    trace: Trace,
) -> PageTable | None:
    """An unruled table goes on while the lines at the top of the page keep its gutters and
    cross none of its column edges; a heading in another size under the table ends it."""
    end, _ = unruled_band(lines, 0, settings=settings)
    band = lines[:end]
    band = band[: same_size_extent(band, settings=settings)]
    words = [w for ln in band for w in ln.words]
    if not words or crosses_columns(words, prev.columns, settings=settings):
        trace.record(
            "detect",
            "continue.crosses_columns",
            page.number,
            REJECT,
            "the lines at the top of the page cross the open table's column edges",
            bbox=line_box(lines[0]),
        )
        return None
    top = band[0].top - settings.slack
    bottom = band[-1].bottom + settings.slack
    table = PageTable(page.number, prev.columns, prev.headers, prev.fields, top, top, bottom, False)
    return unruled_body(table, words, line_pitch(band), settings=settings)


def continue_table(
    page: PageContent,
    lines: Sequence[TextLine],
    prev: PageTable,
    *,
    settings: Settings,
    trace: Trace,
) -> PageTable | None:
    """The same table going on at the top of a page that does not repeat its header: read
    between its rules where its column edges are ruled on this page, else by its gutters."""
    if not lines:
        return None
    # A table read from its tags or its gutters may still be ruled: where the open table's
    # column edges are drawn down this page, its rows are read between the rules.
    if prev.ruled or _edges_at(page, lines[0], prev, settings=settings) is not None:
        return _continue_ruled(page, lines[0], prev, settings=settings, trace=trace)
    return _continue_unruled(page, lines, prev, settings=settings, trace=trace)
