"""Strategy: a ruled grid. Columns from the vertical rules crossing the header's first line.

For tables drawn with cell borders (the Kommunstyrelsen and Kultur- och fritidsnämnden
replicas, exports of Word tables): the rules crossing the header give the column edges, the
rules chained up and down from them give the table's extent, and a full-width rule under
the header closes the header row. A grid with rules only in its header (shaded header cells,
"horizontal lines only" styles) runs down its full-width rules.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from icp_extract.detect.cells import ruled_body, unruled_body
from icp_extract.detect.common import (
    Context,
    Normalizer,
    Site,
    Strategy,
    cluster,
    covered_share,
    covers,
    crosses_columns,
    fields_text,
    h_rule_ys,
    header_texts,
    line_box,
    record_accepted,
)
from icp_extract.detect.headers import is_risk_header, map_headers
from icp_extract.geometry import (
    PageTable,
    TextLine,
    group_lines,
    line_pitch,
)
from icp_extract.lang.sv.headers import is_note_label
from icp_extract.model import PageContent, Rule, Word
from icp_extract.settings import Settings
from icp_extract.trace import CANDIDATE, HEADER, NOTE, REJECT, Trace


def vertical_boundaries(
    rules: Sequence[Rule], line: TextLine, *, settings: Settings
) -> list[float]:
    xs = [
        (r.x0 + r.x1) / 2
        for r in rules
        if not r.horizontal
        and r.top <= line.top + settings.rule_reach
        and r.bottom >= line.bottom - settings.rule_reach
    ]
    return cluster(xs, settings.snap)


def chain_extent(
    rules: Sequence[Rule],
    xs: Sequence[float],
    top: float,
    bottom: float,
    *,
    settings: Settings,
    words: Sequence[Word] = (),
):
    """Follow vertical rules at the boundary xs up and down from the header line; with the
    page's ``words``, on over an unfilled band of a banded table (:func:`_band_below`)."""
    verticals = [
        r
        for r in rules
        if not r.horizontal and any(abs((r.x0 + r.x1) / 2 - x) <= settings.snap for x in xs)
    ]
    changed = True
    while changed:
        changed = False
        for r in verticals:
            if r.top <= bottom + settings.snap and r.bottom > bottom + settings.nudge:
                bottom, changed = r.bottom, True
            if r.bottom >= top - settings.snap and r.top < top - settings.nudge:
                top, changed = r.top, True
        if not changed and words:
            below = _band_below(rules, verticals, xs, bottom, words, settings=settings)
            if below is not None:
                bottom, changed = below, True
    return top, bottom


#: Columns a band's words stand in at least to be a row of the table (a caption fills one).
MIN_BAND_COLUMNS = 2


def _band_below(
    rules: Sequence[Rule],
    verticals: Sequence[Rule],
    xs: Sequence[float],
    bottom: float,
    words: Sequence[Word],
    *,
    settings: Settings,
) -> float | None:
    """Where the column rules go on after an unfilled band. A banded table (Word's "List
    Table" styles) draws its column edges only as the edges of the filled rows' shading: an
    unfilled row between two filled ones has no vertical rule, only the full-width edges of
    its neighbours above and below. When a full-width rule closes the chain at ``bottom``
    and another stands where the column rules start again, within ``band_max_gap``, and the
    band holds a row (words in two columns at least, none across a column edge: not a
    caption or a heading between two tables), the table goes on over the band."""
    resumed = [
        r
        for r in verticals
        if bottom + settings.nudge < r.top <= bottom + settings.band_max_gap
        and r.bottom > r.top + settings.snap
    ]
    if not resumed:
        return None
    again = min(r.top for r in resumed)
    if not (
        _full_width(rules, xs, bottom, settings=settings)
        and _full_width(rules, xs, again, settings=settings)
    ):
        return None
    return again if _band_is_row(words, xs, bottom, again, settings=settings) else None


def _band_is_row(
    words: Sequence[Word], xs: Sequence[float], top: float, bottom: float, *, settings: Settings
) -> bool:
    """The band's words stand in two columns at least and none across a column edge: a row
    of the table, not a caption or a heading between two tables."""
    band = [w for w in words if top < w.ymid < bottom and xs[0] <= w.xmid <= xs[-1]]
    if any(w.x0 + settings.snap < x < w.x1 - settings.snap for w in band for x in xs):
        return False
    return len({sum(1 for x in xs if x <= w.xmid) for w in band}) >= MIN_BAND_COLUMNS


def _full_width(
    rules: Sequence[Rule], xs: Sequence[float], y: float, *, settings: Settings
) -> bool:
    spans = [
        (r.x0, r.x1)
        for r in rules
        if r.horizontal and abs((r.top + r.bottom) / 2 - y) <= settings.snap
    ]
    return covered_share(spans, xs[0], xs[-1]) >= settings.spanning_rule_share


def _ruled_below(
    rules: Sequence[Rule],
    xs: Sequence[float],
    header_bottom: float,
    bottom: float,
    *,
    settings: Settings,
) -> bool:
    """Whether a vertical rule between two columns runs in the body: on from the header, or
    from below a first row whose one cell spans the whole table."""
    return any(
        not r.horizontal
        and r.bottom > header_bottom + 2 * settings.snap
        and r.top < bottom - settings.snap
        and any(abs((r.x0 + r.x1) / 2 - x) <= settings.snap for x in xs[1:-1])
        for r in rules
    )


def _hidden_in_header(
    page: PageContent,
    xs: list[float],
    header_top: float,
    header_bottom: float,
    bottom: float,
    *,
    settings: Settings,
) -> list[float]:
    """Column boundaries whose rule the header hides: on a scan a rule inside the header's
    fill is read only in part or not at all, while under the header it runs down the body.
    A vertical rule between the outer edges that covers ``body_rule_share`` of the body's
    height, at an x where no header word stands across, is a boundary too."""
    body = bottom - header_bottom
    if body <= 0:
        return xs
    pieces = _inner_verticals(page.rules, xs, header_bottom, bottom, settings=settings)
    header = [w for w in page.words if header_top <= w.ymid <= header_bottom]
    found = [
        x
        for x, spans in pieces.items()
        if covered_share(spans, header_bottom, bottom) >= settings.body_rule_share
        and not any(w.x0 + settings.snap < x < w.x1 - settings.snap for w in header)
    ]
    return sorted([*xs, *found]) if found else xs


def _inner_verticals(
    rules: Sequence[Rule], xs: Sequence[float], top: float, bottom: float, *, settings: Settings
) -> dict[float, list[tuple[float, float]]]:
    """The vertical rules between the outer edges at no known boundary, grouped by x, as
    their spans within [top, bottom]."""
    pieces: dict[float, list[tuple[float, float]]] = {}
    for r in rules:
        x = (r.x0 + r.x1) / 2
        if r.horizontal or not xs[0] + settings.snap < x < xs[-1] - settings.snap:
            continue
        if any(abs(x - known) <= settings.snap for known in xs):
            continue
        key = next((k for k in pieces if abs(k - x) <= settings.snap), x)
        pieces.setdefault(key, []).append((max(r.top, top), min(r.bottom, bottom)))
    return pieces


def _sub_columns(
    rules: Sequence[Rule], xs: list[float], header_bottom: float, *, settings: Settings
) -> list[float]:
    """Column boundaries at the foot of a two-level header: a group cell ("Riskbedömning")
    spans the columns of its sub-headers ("Sannolikhet", "Konsekvens", "Riskvärde"), so the
    vertical rules across the header's first line miss the boundaries between them."""
    foot = [
        (r.x0 + r.x1) / 2
        for r in rules
        if not r.horizontal
        and r.top <= header_bottom - 2 * settings.snap
        and r.bottom >= header_bottom - settings.slack
    ]
    lower = cluster(foot, settings.snap)
    inside = [x for x in lower if xs[0] - settings.snap <= x <= xs[-1] + settings.snap]
    if len(inside) > len(xs) and all(any(abs(x - y) <= settings.snap for y in inside) for x in xs):
        return inside
    return xs


def _sub_header_tops(
    hys: dict,
    columns: Sequence[tuple[float, float]],
    header_top: float,
    header_bottom: float,
    *,
    settings: Settings,
) -> list[float]:
    """Per column, where its own header cell begins: below the lowest rule inside the header
    that crosses it (under a group cell), else at the header's top.

    A rule under a group cell runs the width of the columns under it; one that crosses a
    column in part only (``cell_rule_share``), and not the table, is no cell's edge.
    Layout served: a scan whose rules are read from the image, where the foot of a header
    word's letters ("Kontrollmoment" in bold) reads as a short rule under it; taken as a
    group cell's rule, it left the column's header empty."""
    tops = []
    for a, b in columns:
        inner = [
            y
            for y, iv in hys.items()
            if header_top + settings.snap < y < header_bottom - settings.snap
            and covers(iv, a, b, settings=settings)
            and (
                covered_share(iv, a, b) >= settings.cell_rule_share
                or covered_share(iv, columns[0][0], columns[-1][1]) >= settings.spanning_rule_share
            )
        ]
        tops.append(max(inner) if inner else header_top)
    return tops


def _rows_down(
    page: PageContent,
    lines: Sequence[TextLine],
    columns: Sequence[tuple[float, float]],
    header_bottom: float,
    *,
    settings: Settings,
) -> float:
    """Bottom of a body ruled by full-width horizontal rules only."""
    x0, x1 = columns[0][0], columns[-1][1]
    hys = h_rule_ys(page.rules, x0, x1, header_bottom, page.height, settings=settings)
    ys = sorted(
        y
        for y, iv in hys.items()
        if y > header_bottom + settings.snap
        and covered_share(iv, x0, x1) >= settings.full_width_rule_share
    )
    bottom = header_bottom
    for y in ys:
        between = [w for ln in lines if bottom < ln.top < y for w in ln.words]
        if not between or (
            crosses_columns(between, columns, settings=settings)
            and not _heading_band(between, settings=settings)
        ):
            break
        if any(w.x0 < x0 - settings.snap or w.x1 > x1 + settings.snap for w in between):
            break
        bottom = y
    return bottom


def _heading_band(words: Sequence[Word], *, settings: Settings) -> bool:
    """Whether the words between two rules are one short line: a section heading across the
    table ("Myndighetsutövning och tillstånd"), not prose after it."""
    return len(words) <= settings.section_max_words and all(
        abs(w.top - words[0].top) <= settings.snap for w in words
    )


def _first_line_split(first: TextLine, *, settings: Settings) -> float:
    """The height that parts rules above the header's first line from rules below it:
    ``slack`` under the line's top, or its middle when that is lower.

    Layout served: a bottom-aligned header cell of two lines in a spreadsheet grid (Calc's
    "Följer" over "plan" in Carlito), whose first line's box pokes almost two points over
    the rule on top of the cell. With the top alone, that rule counted as closing the
    header under its first line, and the grid row above it (a prose row of the sheet)
    became the header. A rule over the upper half of a line's box still stands above it.
    """
    return max(first.top + settings.slack, (first.top + first.bottom) / 2)


def _header_band(
    page: PageContent,
    first: TextLine,
    xs: list[float],
    top: float,
    bottom: float,
    *,
    settings: Settings,
) -> tuple[float, float, dict]:
    """(header top, header bottom, horizontal rules by height) of a grid: a rule across
    most of the grid below the header's first line closes the header row; one above it
    closes a caption row inside the table ("Internkontrollplan 2023")."""
    x0, x1 = xs[0], xs[-1]
    hys = h_rule_ys(page.rules, x0, x1, top, bottom, settings=settings)
    spanning_ys = [
        y for y, iv in hys.items() if covered_share(iv, x0, x1) >= settings.spanning_rule_share
    ]
    split = _first_line_split(first, settings=settings)
    below = [y for y in spanning_ys if y > split]
    above = [y for y in spanning_ys if y <= split]
    return (max(above) if above else top), (min(below) if below else bottom), hys


def _closed(
    hys: dict, x0: float, x1: float, header_bottom: float, bottom: float, *, settings: Settings
) -> bool:
    """Whether rules across the grid stand between its rows or under its last row."""
    return any(
        abs(y - bottom) <= 2 * settings.snap
        or header_bottom + settings.snap < y < bottom - settings.snap
        for y, iv in hys.items()
        if covered_share(iv, x0, x1) >= settings.spanning_rule_share
    )


def _grid_rows(
    page: PageContent, table: PageTable, hys: dict, closed: bool, *, settings: Settings
) -> PageTable:
    """Rows between the rules of a closed grid; in a grid of column rules only, with no rule
    between the rows nor under the last, rows start where the cells start, as in an
    unruled table."""
    if closed:
        return ruled_body(page, table, hys, settings=settings)
    x0, x1 = table.columns[0][0], table.columns[-1][1]
    body = [
        w
        for w in page.words
        if table.header_bottom <= w.ymid <= table.bottom and x0 <= w.xmid <= x1
    ]
    body_lines = group_lines(body)
    if body_lines:
        return unruled_body(table, body, line_pitch(body_lines), settings=settings)
    return table


def _end_at_notes(
    page: PageContent, table: PageTable, *, settings: Settings, trace: Trace
) -> PageTable:
    """The table ends above a row that opens with a note's label ("Not:", "Källa:",
    "Anm.:").

    Layout served: a spreadsheet printed with its grid, with note rows under the table
    inside the grid ("Not: 24 risker identifierades ...", "Källa: ..."), whose text runs
    over the empty cells beside it. They are the sheet's prose: the counts may stand
    only there, and none of them is a risk.
    """
    for k, seg in enumerate(table.rows):
        words = sorted(
            (w for c, cell in enumerate(seg.cells) if cell and not seg.spanning[c]
             for w in cell.words),
            key=lambda w: (w.top, w.x0),
        )  # fmt: skip
        if k == 0 or not words or not is_note_label(words[0].text):
            continue
        trace.record(
            "detect",
            "ruled.note_rows",
            page.number,
            REJECT,
            f"a row opens with the note label {words[0].text!r}: the table ends above it, "
            f"{len(table.rows) - k} row(s) left to the prose",
        )
        return dataclasses.replace(table, rows=table.rows[:k], bottom=seg.top)
    return table


def try_ruled(
    page: PageContent, lines, i: int, normalize: Normalizer, *, settings: Settings, trace: Trace
) -> PageTable | None:
    """The ruled grid whose header's first line is line ``i``: column edges from the vertical
    rules crossing it (sub-columns under a group cell from the rules at the header's foot),
    a header that maps to a risk table, and rows between the rules."""
    first = lines[i]
    xs = vertical_boundaries(page.rules, first, settings=settings)
    if len(xs) < settings.min_ruled_boundaries:
        trace.record(
            "detect",
            "ruled.boundaries",
            page.number,
            REJECT,
            f"{len(xs)} vertical rules cross the header line; a grid needs "
            f"{settings.min_ruled_boundaries}",
            bbox=line_box(first),
            shape=HEADER,
        )
        return None
    top, bottom = chain_extent(
        page.rules, xs, first.top, first.bottom, settings=settings, words=page.words
    )
    x0, x1 = xs[0], xs[-1]
    header_top, header_bottom, hys = _header_band(page, first, xs, top, bottom, settings=settings)
    if first.top + settings.slack < header_top:
        trace.record(
            "detect",
            "ruled.header_top",
            page.number,
            NOTE,
            f"the header's first line reaches {header_top - first.top:.1f} pt over the rule "
            "on top of its cell: the header starts at that rule",
            bbox=line_box(first),
            shape=HEADER,
        )
    hidden = _hidden_in_header(page, xs, header_top, header_bottom, bottom, settings=settings)
    if len(hidden) > len(xs):
        trace.record(
            "detect", "ruled.hidden_in_header", page.number, NOTE,
            f"{len(hidden) - len(xs)} column rules run down the body under the header, which "
            "hides them", bbox=(x0, header_top, x1, bottom), shape=HEADER,
        )  # fmt: skip
        xs = hidden
    xs = _sub_columns(page.rules, xs, header_bottom, settings=settings)
    columns = list(zip(xs, xs[1:], strict=False))
    tops = _sub_header_tops(hys, columns, header_top, header_bottom, settings=settings)
    headers = header_texts(
        page.words, columns, header_top, header_bottom, normalize, tops, settings=settings
    )
    fields = map_headers(headers, settings=settings)
    if not is_risk_header(fields):
        trace.record(
            "detect",
            "ruled.header_fields",
            page.number,
            REJECT,
            "the grid's header names no risk column with a column it goes with: "
            + fields_text(headers, fields),
            bbox=(x0, header_top, x1, header_bottom),
            shape=CANDIDATE,
        )
        return None
    if bottom - header_bottom < 2 * settings.snap or not _ruled_below(
        page.rules, xs, header_bottom, bottom, settings=settings
    ):
        # Vertical rules only in the header (shaded header cells, "horizontal lines only"
        # styles; a shaded full-width row below draws only the outer edges): the body runs
        # down its full-width rules while its text keeps to the columns.
        bottom = _rows_down(page, lines, columns, header_bottom, settings=settings)
        hys = h_rule_ys(page.rules, x0, x1, top, bottom, settings=settings)
    # The table begins at its header: rows of the grid above it are a spreadsheet's title
    # and prose rows (Calc prints its grid around them too), not the table's.
    table = PageTable(
        page.number, columns, headers, fields, header_top, header_bottom, bottom, True
    )
    closed = _closed(hys, x0, x1, header_bottom, bottom, settings=settings)
    table = _grid_rows(page, table, hys, closed, settings=settings)
    table = _end_at_notes(page, table, settings=settings, trace=trace)
    header_words = [
        w for w in page.words if header_top <= w.ymid <= header_bottom and x0 <= w.xmid <= x1
    ]
    table = dataclasses.replace(table, header_words=header_words)
    record_accepted(trace, "ruled.grid", table, "closed grid" if closed else "column rules")
    return table


def find_ruled(site: Site, ctx: Context) -> list[PageTable]:
    """The ruled grid whose header starts at the site, if its rules make one."""
    table = try_ruled(
        site.page, site.lines, site.index, ctx.normalize, settings=ctx.settings, trace=ctx.trace
    )
    return [table] if table is not None else []


RULED = Strategy("ruled", find_ruled)
