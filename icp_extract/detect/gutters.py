"""Gutters: the white strips between the columns of an unruled table, followed down the page.

For tables set without borders. From a header line, each following line leaves some strips
free; a strip that keeps lines apart for long enough is a column gutter, and a line that
covers old gutters (prose across the columns, a heading) ends the table. The unruled strategy
(:mod:`unruled`) and the continued-table reader (:mod:`continued`) both measure with these.
"""

from __future__ import annotations

from collections.abc import Sequence

from icp_extract.detect.common import (
    column_of,
    free_intervals,
)
from icp_extract.detect.merged import labelled_rows
from icp_extract.geometry import (
    TextLine,
    line_pitch,
)
from icp_extract.model import Word
from icp_extract.settings import Settings


def _follow_gutters(
    gutters: list[tuple[float, float, int]], ln: TextLine, x1: float, *, settings: Settings
) -> tuple[list[tuple[float, float, int]], int]:
    """The gutters left free by one more line, each with the count of lines it has kept
    apart (words on both sides), and how many old inner gutters the line covered."""
    killed_old = 0
    nxt: list[tuple[float, float, int]] = []
    for a, b, seen in gutters:
        pieces = free_intervals(a, b, ln.words)
        if not pieces and seen >= settings.gutter_min_age and 0 < a and b < x1:
            killed_old += 1
        for pa, pb in pieces:
            apart = any(w.x1 <= pa + settings.nudge for w in ln.words) and any(
                w.x0 >= pb - settings.nudge for w in ln.words
            )
            nxt.append((pa, pb, seen + apart))
    return nxt, killed_old


def _prose_across(ln: TextLine, killed: int, x0: float, x1: float, *, settings: Settings) -> bool:
    """Whether a line is prose after the table: it (with the line before) covers old
    gutters, and spans most of the table's width."""
    return killed >= settings.gutters_to_end and ln.x1 - ln.x0 > settings.prose_width_share * (
        x1 - x0
    )


def unruled_band(
    lines: Sequence[TextLine], i: int, *, settings: Settings
) -> tuple[int, list[list[TextLine]]]:
    """Index one past the last line of an unruled table whose header starts at line i, and
    the labelled paragraphs across the table among its lines (see :func:`labelled_rows`)."""
    pitch = line_pitch(lines[i : i + settings.pitch_window])
    x0 = min(ln.x0 for ln in lines[i : i + settings.extent_window])
    x1 = max(ln.x1 for ln in lines[i : i + settings.extent_window])
    # (a, b, lines it has kept apart): a strip counts as a column gutter once that many lines
    # had words on both sides of it; a line with text in one column only (a cell running on
    # alone) says nothing of the gutters beside it.
    gutters: list[tuple[float, float, int]] = [(x0, x1, 0)]
    # A labelled paragraph across the table ("Kommentar: ...") covers the gutters: no end.
    groups = labelled_rows(lines[i:], x0, x1, pitch, settings=settings)
    labelled = {id(ln) for g in groups for ln in g}
    end = i + 1
    # Gutters the line before killed: a heading ("Samlad bedömning") may cover one gutter
    # and the prose under it the next; together they end the table at the heading.
    killed_before = 0
    for k in range(i, len(lines)):
        ln = lines[k]
        if k > i and ln.top - lines[k - 1].bottom > settings.table_gap_ratio * pitch:
            break
        if id(ln) in labelled:
            end, killed_before = k + 1, 0
            continue
        nxt, killed_old = _follow_gutters(gutters, ln, x1, settings=settings)
        if _prose_across(ln, killed_old + killed_before, x0, x1, settings=settings):
            if killed_old < settings.gutters_to_end:
                end = k - 1  # the line before began the text after the table
            break
        killed_before = killed_old
        gutters = [(a, b, seen) for a, b, seen in nxt if b - a > settings.min_strip]
        end = k + 1
    last = lines[end - 1].top
    return end, [g for g in groups if g[-1].top <= last]


def same_size_extent(body: Sequence[TextLine], *, settings: Settings) -> int:
    """Number of body lines before one in another font size: a heading or prose after the
    table ("Bedömning" in 12 pt under a table in 9 pt)."""
    if not body:
        return 0
    sizes = sorted(ln.size for ln in body)
    usual = sizes[len(sizes) // 2]
    for k, ln in enumerate(body):
        if abs(ln.size - usual) > settings.body_size_tolerance:
            return k
    return len(body)


def _body_gutters(
    gutters: list[tuple[float, float, int]], ln: TextLine, x0: float, *, settings: Settings
) -> tuple[list[tuple[float, float, int]], bool, bool]:
    """(the strips one more body line leaves free, each with the count of line starts at its
    right edge; whether the line covers an old gutter; whether it keeps another free within
    its reach)."""
    nxt: list[tuple[float, float, int]] = []
    covered = kept_free = False
    for a, b, starts in gutters:
        pieces = free_intervals(a, b, ln.words)
        old = starts >= settings.body_gutter_age and b - a >= settings.min_gutter and a > x0
        if not pieces and old:
            covered = True
        elif pieces and old and ln.x0 < a and b < ln.x1:
            kept_free = True
        for pa, pb in pieces:
            kept = starts if abs(pb - b) <= settings.align_tolerance else 0
            if any(abs(w.x0 - pb) <= settings.align_tolerance for w in ln.words):
                kept += 1
            nxt.append((pa, pb, kept))
    return nxt, covered, kept_free


def body_extent(body: Sequence[TextLine], *, settings: Settings) -> int:
    """Number of body lines that belong to the table.

    A column gutter is an empty strip whose right edge is where the next column's lines start:
    once ``body_gutter_age`` lines have started there, a line whose words cover the strip (a
    heading, prose, a footnote) ends the table. Counted on body lines only, since a header row
    leaves strips that its body fills; counting aligned line starts, not lines, keeps a wide
    word space in a column that is empty above it from passing for a gutter.
    """
    if not body:
        return 0
    x0 = min(ln.x0 for ln in body)
    x1 = max(ln.x1 for ln in body)
    gutters: list[tuple[float, float, int]] = [(x0, x1, 0)]  # (a, b, lines starting at b)
    for k, ln in enumerate(body):
        nxt, covered, kept_free = _body_gutters(gutters, ln, x0, settings=settings)
        if covered and not kept_free:
            # A line across the columns. One that still keeps another column gutter free
            # within its reach is a row of the table: the covered strip was a few words of
            # justified text that happened to line up ("och" under "och").
            return k
        gutters = [(a, b, n) for a, b, n in nxt if b - a > settings.min_strip]
    return len(body)


def anchor_columns(
    columns: list[tuple[float, float]], header_words: Sequence[Word], *, settings: Settings
) -> list[tuple[float, float]]:
    """Every column stands under header text: a strip with body text only joins its left
    neighbour (or the right one, at the left edge)."""
    has_header = [
        any(column_of(w.xmid, [c], settings=settings) == 0 for w in header_words) for c in columns
    ]
    out: list[tuple[float, float]] = []
    pending: float | None = None
    for (a, b), head in zip(columns, has_header, strict=True):
        if head:
            out.append((pending if pending is not None else a, b))
            pending = None
        elif out:
            out[-1] = (out[-1][0], b)
        elif pending is None:
            pending = a
    return out


def gutter_columns(lines: Sequence[TextLine], *, settings: Settings) -> list[tuple[float, float]]:
    words = [w for ln in lines for w in ln.words]
    x0 = min(w.x0 for w in words)
    x1 = max(w.x1 for w in words)
    free = [(a, b) for a, b in free_intervals(x0, x1, words) if b - a >= settings.min_gutter]
    bounds = [x0 - settings.slack, *[(a + b) / 2 for a, b in free if a > x0 and b < x1]]
    bounds.append(x1 + settings.slack)
    return list(zip(bounds, bounds[1:], strict=False))
