"""The shared toolkit of the table strategies: columns, rule positions, header texts.

Every strategy (:mod:`ruled`, :mod:`unruled`, :mod:`continued`) measures the page with these
functions, so two strategies read the same words into the same columns the same way, and
the finder's checks compare their candidates on equal terms.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from icp_extract.detect.headers import keyword_hits, map_header
from icp_extract.geometry import (
    PageTable,
    TextLine,
    group_lines,
)
from icp_extract.model import PageContent, Rule, Word
from icp_extract.settings import Settings
from icp_extract.trace import ACCEPT, CANDIDATE, GUTTER, HEADER, NOTE, RULE, BBox, Trace

Normalizer = Callable[[Sequence[str]], str]

#: A caption above a table names the table, not what its rows are about.
CAPTION = re.compile(r"^\s*(tabell|tab\.|figur|bild|diagram|bilaga)\s*\d", re.IGNORECASE)
#: Fields a labelled row across the table may give the risk row above it: text about the
#: risk, not the risk itself, its values or the process that groups risks.
LABELLED_ROW_FIELDS = ("controls", "handling", "comment", "follows_plan")


def line_box(line: TextLine) -> BBox:
    return (line.x0, line.top, line.x1, line.bottom)


def table_box(table: PageTable) -> BBox:
    return (table.columns[0][0], table.top, table.columns[-1][1], table.bottom)


def fields_text(headers: Sequence[str], fields: Sequence[str | None]) -> str:
    return ", ".join(f"{h!r}->{f or '-'}" for h, f in zip(headers, fields, strict=True))


def record_accepted(trace: Trace, rule: str, table: PageTable, how: str) -> None:
    """A table a strategy found: its box, its header band, and its column edges."""
    x0, x1 = table.columns[0][0], table.columns[-1][1]
    trace.record(
        "detect",
        rule,
        table.page,
        ACCEPT,
        f"{how}: {len(table.columns)} columns, {len(table.rows)} rows; "
        + fields_text(table.headers, table.fields),
        bbox=table_box(table),
        shape=CANDIDATE,
    )
    trace.record(
        "detect",
        "header_band",
        table.page,
        NOTE,
        "header row",
        bbox=(x0, table.top, x1, table.header_bottom),
        shape=HEADER,
    )
    shape = RULE if table.ruled else GUTTER
    for _, a in table.columns[:-1]:
        trace.record(
            "detect",
            "column_edge",
            table.page,
            NOTE,
            "vertical rule" if table.ruled else "gutter",
            bbox=(a, table.top, a, table.bottom),
            shape=shape,
        )


def cluster(values: Sequence[float], tol: float) -> list[float]:
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tol:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(c) / len(c) for c in out]


def column_of(
    x: float, columns: Sequence[tuple[float, float]], *, settings: Settings
) -> int | None:
    for i, (x0, x1) in enumerate(columns):
        if x0 - settings.slack <= x <= x1 + settings.slack:
            return i
    return None


def is_header_start(lines: Sequence[TextLine], i: int, *, settings: Settings) -> bool:
    first = lines[i]
    if not any(keyword_hits(w.text, settings=settings) for w in first.words):
        return False
    xs = [
        w.x0
        for ln in lines[i:]
        if ln.top <= first.top + settings.header_band
        for w in ln.words
        if keyword_hits(w.text, settings=settings)
    ]
    return (
        len(xs) >= settings.header_min_hits
        and len(cluster(xs, settings.header_x_spread)) >= settings.header_min_hits
    )


def covers(
    intervals: Sequence[tuple[float, float]], a: float, b: float, *, settings: Settings
) -> bool:
    """True when the intervals cover the middle of [a, b]."""
    mid = (a + b) / 2
    return any(x0 - settings.slack <= mid <= x1 + settings.slack for x0, x1 in intervals)


def covered_share(intervals: Sequence[tuple[float, float]], x0: float, x1: float) -> float:
    """The share of [x0, x1] the intervals cover, overlaps counted once (a cell's border is
    often drawn twice: as a line and as the edge of its shading)."""
    covered = 0.0
    reach = x0
    for a, b in sorted(intervals):
        a, b = max(a, reach), min(b, x1)
        if b > a:
            covered += b - a
            reach = b
    return covered / max(x1 - x0, 1.0)


def free_intervals(x0: float, x1: float, words: Sequence[Word]) -> list[tuple[float, float]]:
    free = [(x0, x1)]
    for w in words:
        nxt = []
        for a, b in free:
            if w.x1 <= a or w.x0 >= b:
                nxt.append((a, b))
                continue
            if w.x0 > a:
                nxt.append((a, w.x0))
            if w.x1 < b:
                nxt.append((w.x1, b))
        free = nxt
    return free


def h_rule_ys(
    rules: Sequence[Rule], x0: float, x1: float, top: float, bottom: float, *, settings: Settings
) -> dict:
    """Horizontal rules within the table, as y -> list of covered x intervals."""
    out: dict[float, list[tuple[float, float]]] = {}
    hs = [
        r for r in rules if r.horizontal and top - settings.snap <= r.top <= bottom + settings.snap
    ]
    ys = cluster([(r.top + r.bottom) / 2 for r in hs], settings.snap)
    for y in ys:
        out[y] = [
            (max(r.x0, x0), min(r.x1, x1))
            for r in hs
            if abs((r.top + r.bottom) / 2 - y) <= settings.snap and r.x1 > x0 and r.x0 < x1
        ]
    return out


def header_texts(
    words,
    columns,
    top,
    bottom,
    normalize: Normalizer,
    tops: Sequence[float] | None = None,
    *,
    settings: Settings,
) -> list[str]:
    """Each column's header text: its words between ``top`` (or the column's own top in
    ``tops``) and ``bottom``."""
    texts = []
    for c in range(len(columns)):
        c_top = top if tops is None else tops[c]
        ws = [
            w
            for w in words
            if c_top - settings.slack <= w.ymid <= bottom
            and column_of(w.xmid, columns, settings=settings) == c
        ]
        texts.append(normalize([ln.text for ln in group_lines(ws)]))
    return texts


def plausible_header(headers: Sequence[str], *, settings: Settings) -> bool:
    """Most columns of a real header row carry a known wording; prose cut into bogus columns
    does not."""
    known = sum(1 for h in headers if map_header(h, settings=settings)[1])
    return (
        len(headers) <= settings.max_columns
        and known >= settings.header_min_hits
        and known >= settings.plausible_header_share * len(headers)
    )


def inside_one_column(
    word: Word, columns: Sequence[tuple[float, float]], share: float, *, settings: Settings
) -> bool:
    """Whether most of the word (``share`` of its width) lies in one column: a header word
    may reach into the gutter beside it, a heading over several columns does not fit one."""
    c = column_of(word.xmid, columns, settings=settings)
    if c is None:
        return False
    a, b = columns[c]
    inside = min(b, word.x1) - max(a, word.x0)
    return inside >= share * (word.x1 - word.x0)


def crosses_columns(
    words: Sequence[Word], columns: Sequence[tuple[float, float]], *, settings: Settings
) -> bool:
    inner = [x1 for _, x1 in columns[:-1]]
    return any(w.x0 < x - settings.snap and w.x1 > x + settings.snap for w in words for x in inner)


def with_risk(table: PageTable) -> int:
    risk = table.fields.index("risk")
    return sum(1 for r in table.rows if r.cells[risk] is not None)


# --- the strategies' one signature ----------------------------------------------------------


@dataclass(frozen=True)
class Site:
    """Where a table may start: line ``index`` of ``lines`` on ``page`` opens a header band.
    ``template``: the table left open at the foot of the page before, whose columns a
    repeated header keeps."""

    page: PageContent
    lines: Sequence[TextLine]
    index: int
    template: PageTable | None


@dataclass(frozen=True)
class Context:
    """What every strategy is handed besides the site: the cell normaliser (so header cells
    join hyphen-split words as body cells do), the settings and the trace."""

    normalize: Normalizer
    settings: Settings
    trace: Trace


@dataclass(frozen=True)
class Strategy:
    """One way of finding a table at a site, a peer of the others: ``find`` returns its
    candidates (none when the site is not its kind of table), each recorded in the trace."""

    name: str
    find: Callable[[Site, Context], list[PageTable]]
