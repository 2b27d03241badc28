"""Find risk tables on a page: their columns, header row and row grid.

Ruled and unruled tables go through one procedure. A header candidate is a band of lines with
header keywords at several x positions. Columns come from vertical ruling lines crossing the
header when there are any, else from *gutters*: x intervals that no word of the table covers.
Rows come from horizontal rules crossing a column, else from the lines where several columns
start a new block of text at the same height (cells are top-aligned). Each column keeps its own
cell breaks, so a process cell spanning several rows is one cell.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from icp_extract.detect.blocks import label_of
from icp_extract.detect.headers import is_risk_header, keyword_hits, map_header, map_headers
from icp_extract.geometry import (
    CellBlock,
    PageTable,
    RowSegment,
    TextLine,
    column_gutter,
    group_lines,
    line_pitch,
    split_columns,
)
from icp_extract.model import PageContent, Rule, Word
from icp_extract.settings import Settings
from icp_extract.trace import ACCEPT, CANDIDATE, GUTTER, HEADER, NOTE, REJECT, RULE, BBox, Trace

Normalizer = Callable[[Sequence[str]], str]

#: A caption above a table names the table, not what its rows are about.
CAPTION = re.compile(r"^\s*(tabell|tab\.|figur|bild|diagram|bilaga)\s*\d", re.IGNORECASE)
#: Fields a labelled row across the table may give the risk row above it: text about the
#: risk, not the risk itself, its values or the process that groups risks.
LABELLED_ROW_FIELDS = ("controls", "handling", "comment")


def _line_box(line: TextLine) -> BBox:
    return (line.x0, line.top, line.x1, line.bottom)


def _table_box(table: PageTable) -> BBox:
    return (table.columns[0][0], table.top, table.columns[-1][1], table.bottom)


def _fields_text(headers: Sequence[str], fields: Sequence[str | None]) -> str:
    return ", ".join(f"{h!r}->{f or '-'}" for h, f in zip(headers, fields, strict=True))


def _record_accepted(trace: Trace, rule: str, table: PageTable, how: str) -> None:
    """A table a strategy found: its box, its header band, and its column edges."""
    x0, x1 = table.columns[0][0], table.columns[-1][1]
    trace.record(
        "detect",
        rule,
        table.page,
        ACCEPT,
        f"{how}: {len(table.columns)} columns, {len(table.rows)} rows; "
        + _fields_text(table.headers, table.fields),
        bbox=_table_box(table),
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


def _cluster(values: Sequence[float], tol: float) -> list[float]:
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tol:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(c) / len(c) for c in out]


def _column_of(
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
        and len(_cluster(xs, settings.header_x_spread)) >= settings.header_min_hits
    )


# --- ruled tables -----------------------------------------------------------------------------


def _vertical_boundaries(
    rules: Sequence[Rule], line: TextLine, *, settings: Settings
) -> list[float]:
    xs = [
        (r.x0 + r.x1) / 2
        for r in rules
        if not r.horizontal
        and r.top <= line.top + settings.rule_reach
        and r.bottom >= line.bottom - settings.rule_reach
    ]
    return _cluster(xs, settings.snap)


def _chain_extent(
    rules: Sequence[Rule], xs: Sequence[float], top: float, bottom: float, *, settings: Settings
):
    """Follow vertical rules at the boundary xs up and down from the header line."""
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
    return top, bottom


def _h_rule_ys(
    rules: Sequence[Rule], x0: float, x1: float, top: float, bottom: float, *, settings: Settings
) -> dict:
    """Horizontal rules within the table, as y -> list of covered x intervals."""
    out: dict[float, list[tuple[float, float]]] = {}
    hs = [
        r for r in rules if r.horizontal and top - settings.snap <= r.top <= bottom + settings.snap
    ]
    ys = _cluster([(r.top + r.bottom) / 2 for r in hs], settings.snap)
    for y in ys:
        out[y] = [
            (max(r.x0, x0), min(r.x1, x1))
            for r in hs
            if abs((r.top + r.bottom) / 2 - y) <= settings.snap and r.x1 > x0 and r.x0 < x1
        ]
    return out


def _covers(
    intervals: Sequence[tuple[float, float]], a: float, b: float, *, settings: Settings
) -> bool:
    """True when the intervals cover the middle of [a, b]."""
    mid = (a + b) / 2
    return any(x0 - settings.slack <= mid <= x1 + settings.slack for x0, x1 in intervals)


def _share(intervals: Sequence[tuple[float, float]], x0: float, x1: float) -> float:
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


# --- unruled tables ---------------------------------------------------------------------------


def _free_intervals(x0: float, x1: float, words: Sequence[Word]) -> list[tuple[float, float]]:
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


def _unruled_band(
    lines: Sequence[TextLine], i: int, *, settings: Settings
) -> tuple[int, list[list[TextLine]]]:
    """Index one past the last line of an unruled table whose header starts at line i, and
    the labelled paragraphs across the table among its lines (see :func:`_labelled_rows`)."""
    pitch = line_pitch(lines[i : i + settings.pitch_window])
    x0 = min(ln.x0 for ln in lines[i : i + settings.extent_window])
    x1 = max(ln.x1 for ln in lines[i : i + settings.extent_window])
    # (a, b, lines it has kept apart): a strip counts as a column gutter once that many lines
    # had words on both sides of it; a line with text in one column only (a cell running on
    # alone) says nothing of the gutters beside it.
    gutters: list[tuple[float, float, int]] = [(x0, x1, 0)]
    # A labelled paragraph across the table ("Kommentar: ...") covers the gutters: no end.
    groups = _labelled_rows(lines[i:], x0, x1, pitch, settings=settings)
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
        killed_old = 0
        nxt: list[tuple[float, float, int]] = []
        for a, b, seen in gutters:
            pieces = _free_intervals(a, b, ln.words)
            if not pieces and seen >= settings.gutter_min_age and 0 < a and b < x1:
                killed_old += 1
            for pa, pb in pieces:
                apart = any(w.x1 <= pa + settings.nudge for w in ln.words) and any(
                    w.x0 >= pb - settings.nudge for w in ln.words
                )
                nxt.append((pa, pb, seen + apart))
        if (
            killed_old + killed_before >= settings.gutters_to_end
            and ln.x1 - ln.x0 > settings.prose_width_share * (x1 - x0)
        ):
            if killed_old < settings.gutters_to_end:
                end = k - 1  # the line before began the text after the table
            break
        killed_before = killed_old
        gutters = [(a, b, seen) for a, b, seen in nxt if b - a > settings.min_strip]
        end = k + 1
    last = lines[end - 1].top
    return end, [g for g in groups if g[-1].top <= last]


def _same_size_extent(body: Sequence[TextLine], *, settings: Settings) -> int:
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


def _body_extent(body: Sequence[TextLine], *, settings: Settings) -> int:
    """Number of body lines that belong to the table.

    A column gutter is an empty strip whose right edge is where the next column's lines start:
    once settings.body_gutter_age lines have started there, a line whose words cover the strip (a
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
        nxt: list[tuple[float, float, int]] = []
        covered = kept_free = False
        for a, b, starts in gutters:
            pieces = _free_intervals(a, b, ln.words)
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
        if covered and not kept_free:
            # A line across the columns. One that still keeps another column gutter free
            # within its reach is a row of the table: the covered strip was a few words of
            # justified text that happened to line up ("och" under "och").
            return k
        gutters = [(a, b, n) for a, b, n in nxt if b - a > settings.min_strip]
    return len(body)


def _anchor_columns(
    columns: list[tuple[float, float]], header_words: Sequence[Word], *, settings: Settings
) -> list[tuple[float, float]]:
    """Every column stands under header text: a strip with body text only joins its left
    neighbour (or the right one, at the left edge)."""
    has_header = [
        any(_column_of(w.xmid, [c], settings=settings) == 0 for w in header_words) for c in columns
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


def _gutter_columns(lines: Sequence[TextLine], *, settings: Settings) -> list[tuple[float, float]]:
    words = [w for ln in lines for w in ln.words]
    x0 = min(w.x0 for w in words)
    x1 = max(w.x1 for w in words)
    free = [(a, b) for a, b in _free_intervals(x0, x1, words) if b - a >= settings.min_gutter]
    bounds = [x0 - settings.slack, *[(a + b) / 2 for a, b in free if a > x0 and b < x1]]
    bounds.append(x1 + settings.slack)
    return list(zip(bounds, bounds[1:], strict=False))


# --- rows -------------------------------------------------------------------------------------


def _column_lines(
    words: Sequence[Word], ncols: int, columns, *, settings: Settings
) -> list[list[TextLine]]:
    per: list[list[Word]] = [[] for _ in range(ncols)]
    for w in words:
        c = _column_of(w.xmid, columns, settings=settings)
        if c is not None:
            per[c].append(w)
    return [group_lines(ws) for ws in per]


def _block_starts(col_lines: list[TextLine], pitch: float, *, settings: Settings) -> list[float]:
    starts = []
    prev: TextLine | None = None
    for ln in col_lines:
        if prev is None or ln.top - prev.top > settings.block_gap_ratio * pitch:
            starts.append(ln.top)
        prev = ln
    return starts


def _unruled_row_tops(
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
        for y in _block_starts(lines, pitch, settings=settings)
    ]
    tops = []
    for y in _cluster([y for y, _ in starts], settings.snap):
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


def _split_blocks(
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


def _rows(
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
            c = _column_of(w.xmid, table.columns, settings=settings)
            if c is not None:
                per_col_words[c].append(w)
    blocks = [
        _split_blocks(c, per_col_words[c], col_breaks[c], table.bottom, settings=settings)
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


# --- the finder -------------------------------------------------------------------------------


def _header_texts(
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
            and _column_of(w.xmid, columns, settings=settings) == c
        ]
        texts.append(normalize([ln.text for ln in group_lines(ws)]))
    return texts


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
    lower = _cluster(foot, settings.snap)
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
    that crosses it (under a group cell), else at the header's top."""
    tops = []
    for a, b in columns:
        inner = [
            y
            for y, iv in hys.items()
            if header_top + settings.snap < y < header_bottom - settings.snap
            and _covers(iv, a, b, settings=settings)
        ]
        tops.append(max(inner) if inner else header_top)
    return tops


def _plausible_header(headers: Sequence[str], *, settings: Settings) -> bool:
    """Most columns of a real header row carry a known wording; prose cut into bogus columns
    does not."""
    known = sum(1 for h in headers if map_header(h, settings=settings)[1])
    return (
        len(headers) <= settings.max_columns
        and known >= settings.header_min_hits
        and known >= settings.plausible_header_share * len(headers)
    )


def _ruled_body(
    page: PageContent,
    table: PageTable,
    hys: dict,
    words: Sequence[Word] | None = None,
    *,
    settings: Settings,
) -> None:
    """Rows from horizontal rules: row breaks where a rule crosses the risk column, and each
    column's own cell breaks where a rule crosses that column. ``words``: the page's words
    that may fill the cells (default: all)."""
    top, bottom = table.header_bottom, table.bottom

    def inside(y: float) -> bool:
        return top + settings.snap < y < bottom - settings.snap

    rx0, rx1 = table.columns[table.fields.index("risk")]
    row_tops = [top] + [
        y for y, iv in hys.items() if inside(y) and _covers(iv, rx0, rx1, settings=settings)
    ]
    col_breaks = []
    for a, b in table.columns:
        own = [y for y, iv in hys.items() if inside(y) and _covers(iv, a, b, settings=settings)]
        # A column with no rule of its own between rows that have rules: its borders were
        # taken away, not one cell spanning the whole table. It breaks with the rows.
        col_breaks.append([top] + (own or row_tops[1:]))
    table.rows = _rows(
        table, page.words if words is None else words, row_tops, col_breaks, settings=settings
    )
    _mark_merged(page.rules, table, settings=settings)


def _mark_merged(rules: Sequence[Rule], table: PageTable, *, settings: Settings) -> None:
    """Mark the rows that no column rule crosses, in a body that has column rules, and whose
    text runs across a column edge: one cell across the whole table (a "Kommentar: ..." row
    under each risk row, a section heading)."""
    inner = [x1 for _, x1 in table.columns[:-1]]
    verticals = [
        r
        for r in rules
        if not r.horizontal and any(abs((r.x0 + r.x1) / 2 - x) <= settings.snap for x in inner)
    ]
    bands = [
        (seg, seg.top + settings.snap, seg.bottom - settings.snap)
        for seg in table.rows
        if seg.bottom - seg.top > 2 * settings.snap and any(seg.cells)
    ]
    crossed = {id(seg) for seg, a, b in bands if any(r.top < b and r.bottom > a for r in verticals)}
    if not crossed:
        return  # no column rule in the body (rules in the header only): nothing is merged
    for seg, _, _ in bands:
        words = [w for cell in seg.cells if cell is not None for w in cell.words]
        # Its text runs across a column edge: a shaded row of a zebra table whose rules do
        # not show keeps its words inside the columns.
        across = any(
            w.x0 < x - settings.slack < x + settings.slack < w.x1 for w in words for x in inner
        )
        if id(seg) not in crossed and across:
            seg.merged = True
            _read_label(seg, settings=settings)


def _read_label(seg: RowSegment, *, settings: Settings) -> None:
    """A merged row that opens with the label of a field about its risk ("Kommentar:",
    "Åtgärd:") keeps the label apart and its text as one cell. One without a label that is
    more than a section heading (several lines, or more words than a heading has) is the
    comment on the risk above, under no printed header."""
    words = [w for cell in seg.cells if cell is not None for w in cell.words]
    lines = group_lines(sorted(words, key=lambda w: (w.page, w.top, w.x0)))
    if not lines:
        return
    found = label_of(lines[0], colon_only=True, settings=settings)
    if found is None:
        if len(lines) > 1 or len(words) > settings.section_max_words:
            found = (0, "", "comment")
        else:
            return
    used, header, fld = found
    if fld not in LABELLED_ROW_FIELDS:
        return
    rest = list(lines[0].words[used:]) + [w for ln in lines[1:] for w in ln.words]
    seg.label = (header, fld)
    seg.cells = [CellBlock(0, seg.top, seg.bottom, rest)] + [None] * (len(seg.cells) - 1)
    seg.spanning = [False] * len(seg.cells)


def _labelled_rows(
    lines: Sequence[TextLine], x0: float, x1: float, pitch: float, *, settings: Settings
) -> list[list[TextLine]]:
    """Paragraphs across an unruled table that open with the label of a field about the risk
    above ("Kommentar: ..."): a line from the table's left edge, wider than a column, and the
    lines that go on from it (at the line pitch, aligned with it, after a line that wrapped
    near the right edge)."""
    width = x1 - x0
    groups: list[list[TextLine]] = []
    k = 0
    while k < len(lines):
        ln = lines[k]
        found = None
        if (
            ln.x0 <= x0 + settings.labelled_row_indent * width
            and ln.x1 - ln.x0 >= settings.labelled_row_width * width
        ):
            found = label_of(ln, colon_only=True, settings=settings)
        if found is None or found[2] not in LABELLED_ROW_FIELDS:
            k += 1
            continue
        group = [ln]
        k += 1
        while (
            k < len(lines)
            and lines[k].top - group[-1].top <= settings.block_gap_ratio * pitch
            and abs(lines[k].x0 - ln.x0) <= settings.align_tolerance
            and group[-1].x1 >= x1 - settings.labelled_row_wrap * width
        ):
            group.append(lines[k])
            k += 1
        groups.append(group)
    return groups


def _add_labelled_rows(
    table: PageTable, groups: Sequence[Sequence[TextLine]], *, settings: Settings
) -> None:
    """Put the labelled paragraphs of an unruled table among its rows, as merged rows."""
    for group in groups:
        words = [w for ln in group for w in ln.words]
        seg = RowSegment(
            table.page,
            group[0].top,
            group[-1].bottom,
            [CellBlock(0, group[0].top, group[-1].bottom, words)]
            + [None] * (len(table.columns) - 1),
            [False] * len(table.columns),
            merged=True,
        )
        _read_label(seg, settings=settings)
        table.rows.append(seg)
    table.rows.sort(key=lambda seg: seg.top)
    if groups:
        table.bottom = max(table.bottom, groups[-1][-1].bottom + 1)


def _unruled_body(
    table: PageTable, words: Sequence[Word], pitch: float, *, settings: Settings
) -> None:
    """Rows from top-aligned block starts. Only the process column may span rows: elsewhere a
    cell ends where the next row starts."""
    per_col = _column_lines(words, len(table.columns), table.columns, settings=settings)
    top = table.header_bottom
    process_col = table.fields.index("process") if "process" in table.fields else 0
    tops = _unruled_row_tops(per_col, pitch, process_col, settings=settings)
    # The first body row begins under the header even when only one column has text there:
    # that is a row continued from the previous page.
    body_tops = [top] + [y for y in tops if y > top + settings.snap]
    col_breaks: list[list[float]] = []
    for c, col_lines in enumerate(per_col):
        if c == process_col:
            starts = _block_starts(
                [ln for ln in col_lines if ln.top >= top], pitch, settings=settings
            )
            col_breaks.append(
                [top] + [y for y in body_tops if any(abs(y - s) <= settings.snap for s in starts)]
            )
        else:
            col_breaks.append(list(body_tops))
    table.rows = _rows(table, words, body_tops, col_breaks, settings=settings)


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
    hys = _h_rule_ys(page.rules, x0, x1, header_bottom, page.height, settings=settings)
    ys = sorted(
        y
        for y, iv in hys.items()
        if y > header_bottom + settings.snap
        and _share(iv, x0, x1) >= settings.full_width_rule_share
    )
    bottom = header_bottom
    for y in ys:
        between = [w for ln in lines if bottom < ln.top < y for w in ln.words]
        if not between or (
            _crosses_columns(between, columns, settings=settings)
            and not _heading_band(between, settings=settings)
        ):
            break
        if any(w.x0 < x0 - settings.snap or w.x1 > x1 + settings.snap for w in between):
            break
        bottom = y
    return bottom


def _try_ruled(
    page: PageContent, lines, i: int, normalize: Normalizer, *, settings: Settings, trace: Trace
) -> PageTable | None:
    first = lines[i]
    xs = _vertical_boundaries(page.rules, first, settings=settings)
    if len(xs) < settings.min_ruled_boundaries:
        trace.record(
            "detect",
            "ruled.boundaries",
            page.number,
            REJECT,
            f"{len(xs)} vertical rules cross the header line; a grid needs "
            f"{settings.min_ruled_boundaries}",
            bbox=_line_box(first),
            shape=HEADER,
        )
        return None
    top, bottom = _chain_extent(page.rules, xs, first.top, first.bottom, settings=settings)
    x0, x1 = xs[0], xs[-1]
    hys = _h_rule_ys(page.rules, x0, x1, top, bottom, settings=settings)
    spanning_ys = [y for y, iv in hys.items() if _share(iv, x0, x1) >= settings.spanning_rule_share]
    below = [y for y in spanning_ys if y > first.top + settings.slack]
    header_bottom = min(below) if below else bottom
    # A caption row inside the table ("Internkontrollplan 2023") may stand above the header.
    above = [y for y in spanning_ys if y <= first.top + settings.slack]
    header_top = max(above) if above else top
    xs = _sub_columns(page.rules, xs, header_bottom, settings=settings)
    columns = list(zip(xs, xs[1:], strict=False))
    tops = _sub_header_tops(hys, columns, header_top, header_bottom, settings=settings)
    headers = _header_texts(
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
            + _fields_text(headers, fields),
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
        hys = _h_rule_ys(page.rules, x0, x1, top, bottom, settings=settings)
    table = PageTable(page.number, columns, headers, fields, top, header_bottom, bottom, True)
    closed = any(
        abs(y - bottom) <= 2 * settings.snap
        or header_bottom + settings.snap < y < bottom - settings.snap
        for y, iv in hys.items()
        if _share(iv, x0, x1) >= settings.spanning_rule_share
    )
    if closed:
        _ruled_body(page, table, hys, settings=settings)
    else:
        # Column rules only, no rule between the rows nor under the last: rows start where
        # the cells start, as in an unruled table.
        body = [w for w in page.words if header_bottom <= w.ymid <= bottom and x0 <= w.xmid <= x1]
        body_lines = group_lines(body)
        if body_lines:
            _unruled_body(table, body, line_pitch(body_lines), settings=settings)
    table.header_words = [
        w for w in page.words if top <= w.ymid <= header_bottom and x0 <= w.xmid <= x1
    ]
    _record_accepted(trace, "ruled.grid", table, "closed grid" if closed else "column rules")
    return table


def _snap_to_template(
    columns: list[tuple[float, float]], template: PageTable | None, *, settings: Settings
) -> list[tuple[float, float]]:
    """Under a header repeated from the previous page, keep that page's columns: a page
    holding only a few body lines leaves strips empty that were not column gutters (between
    the words of a one-line header cell)."""
    if template is None or template.ruled or len(columns) < len(template.columns):
        return columns
    found = [a for a, _ in columns[1:]]
    wanted = [a for a, _ in template.columns[1:]]
    if all(any(abs(w - f) <= 2 * settings.snap for f in found) for w in wanted):
        x0, x1 = columns[0][0], columns[-1][1]
        inner = [
            (a + b) / 2
            for (_, a), (b, _) in zip(template.columns, template.columns[1:], strict=False)
        ]
        bounds = [x0, *inner, x1]
        return list(zip(bounds, bounds[1:], strict=False))
    return columns


def _try_unruled(
    page: PageContent,
    lines,
    i: int,
    normalize: Normalizer,
    template: PageTable | None = None,
    *,
    settings: Settings,
    trace: Trace,
) -> PageTable | None:
    end, groups = _unruled_band(lines, i, settings=settings)
    band = lines[i:end]
    labelled = {id(ln) for g in groups for ln in g}
    band = [ln for ln in band if id(ln) not in labelled]
    if len(band) < settings.min_band_lines:
        trace.record(
            "detect",
            "unruled.band",
            page.number,
            REJECT,
            f"{len(band)} lines keep the gutters open below the header line; a table needs "
            f"{settings.min_band_lines}",
            bbox=_line_box(lines[i]),
            shape=HEADER,
        )
        return None
    columns = _gutter_columns(band, settings=settings)
    if len(columns) < settings.min_unruled_columns:
        trace.record(
            "detect",
            "unruled.columns",
            page.number,
            REJECT,
            f"gutters give {len(columns)} columns; a table needs {settings.min_unruled_columns}",
            bbox=(band[0].x0, band[0].top, max(ln.x1 for ln in band), band[-1].bottom),
            shape=CANDIDATE,
        )
        return None
    pitch = line_pitch(band)
    words = [w for ln in band for w in ln.words]
    per_col = _column_lines(words, len(columns), columns, settings=settings)
    # The header row ends where any column starts a new block below the header's first line.
    later = [
        y
        for lines in per_col
        for y in _block_starts(lines, pitch, settings=settings)
        if y > band[0].top + settings.snap
    ]
    header_bottom = min(later) - settings.nudge if later else band[-1].bottom + settings.slack
    body_start = next((k for k, ln in enumerate(band) if ln.top >= header_bottom), len(band))
    body_end = body_start + _body_extent(band[body_start:], settings=settings)
    body_end = body_start + _same_size_extent(band[body_start:body_end], settings=settings)
    if body_end < len(band):
        groups = [g for g in groups if g[0].top < band[body_end].top]
        band = band[:body_end]
        columns = _gutter_columns(band, settings=settings)
        words = [w for ln in band for w in ln.words]
    columns = _anchor_columns(
        columns, [w for w in words if w.ymid <= header_bottom], settings=settings
    )
    columns = _snap_to_template(columns, template, settings=settings)
    region = (band[0].x0, band[0].top, max(ln.x1 for ln in band), band[-1].bottom)
    if len(columns) < settings.min_unruled_columns:
        trace.record(
            "detect",
            "unruled.anchored_columns",
            page.number,
            REJECT,
            f"{len(columns)} columns stand under header text; a table needs "
            f"{settings.min_unruled_columns}",
            bbox=region,
            shape=CANDIDATE,
        )
        return None
    headers = _header_texts(
        words, columns, band[0].top, header_bottom, normalize, settings=settings
    )
    fields = map_headers(headers, settings=settings)
    if not is_risk_header(fields):
        trace.record(
            "detect",
            "unruled.header_fields",
            page.number,
            REJECT,
            "the header names no risk column with a column it goes with: "
            + _fields_text(headers, fields),
            bbox=region,
            shape=CANDIDATE,
        )
        return None
    if not _plausible_header(headers, settings=settings):
        trace.record(
            "detect",
            "unruled.plausible_header",
            page.number,
            REJECT,
            f"too few of {len(headers)} columns carry a known header wording: "
            + _fields_text(headers, fields),
            bbox=region,
            shape=CANDIDATE,
        )
        return None
    top = band[0].top
    above = _header_lines_above(
        lines, i, columns, headers, header_bottom, pitch, normalize, settings=settings
    )
    if above:
        words = [w for ln in above for w in ln.words] + words
        top = above[0].top
        headers = _header_texts(words, columns, top, header_bottom, normalize, settings=settings)
        fields = map_headers(headers, settings=settings)
    bottom = band[-1].bottom + settings.slack
    table = PageTable(
        page.number, columns, headers, fields, top - settings.slack, header_bottom, bottom, False
    )
    hys = _h_rule_ys(
        page.rules, columns[0][0], columns[-1][1], header_bottom, bottom, settings=settings
    )
    rx0, rx1 = columns[fields.index("risk")]
    if any(
        header_bottom + settings.snap < y < bottom - settings.snap
        and _covers(iv, rx0, rx1, settings=settings)
        for y, iv in hys.items()
    ):
        # Horizontal rules between the rows and no vertical ones: the rules bound the rows,
        # whatever the cells' alignment (text centred in a cell starts below the row's top).
        labelled_words = {id(w) for g in groups for ln in g for w in ln.words}
        _ruled_body(
            page,
            table,
            hys,
            [w for w in page.words if id(w) not in labelled_words],
            settings=settings,
        )
    else:
        _unruled_body(table, words, pitch, settings=settings)
        if (
            _fragmented(table, settings=settings)
            or _with_risk(table) < settings.fragmented_min_rows
        ):
            # Rows in pieces, or few: the cells may be centred, try the spacing instead.
            spaced = _rows_by_spacing(page, band, columns, words, top, normalize, settings=settings)
            if spaced is not None and _better_rows(spaced, table, settings=settings):
                _centred_spans(spaced, settings=settings)
                _add_labelled_rows(spaced, groups, settings=settings)
                _record_accepted(trace, "unruled.gutters", spaced, "rows told apart by spacing")
                return spaced
            trace.record(
                "detect",
                "unruled.rows_by_spacing",
                page.number,
                REJECT,
                "rows told apart by spacing are no better than rows from cell starts",
            )
    table.header_words = [w for w in words if w.ymid <= header_bottom]
    _centred_spans(table, settings=settings)
    _add_labelled_rows(table, groups, settings=settings)
    _record_accepted(trace, "unruled.gutters", table, "rows from cell starts")
    return table


def _centred(table: PageTable, *, settings: Settings) -> bool:
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


def _centred_spans(table: PageTable, *, settings: Settings) -> None:
    """In a table of vertically centred cells, a process cell spanning rows stands in the
    middle of them, beside empty process cells above and below: it spans the run of rows
    whose middle is nearest its text's middle. (In a top-aligned table an empty cell is the
    one above going on, as the assembly reads it.)"""
    if (
        "process" not in table.fields
        or len(table.rows) < settings.centred_min_rows
        or not _centred(table, settings=settings)
    ):
        return
    p = table.fields.index("process")
    rows = table.rows
    for k, seg in enumerate(rows):
        cell = seg.cells[p]
        if cell is None or seg.spanning[p] or not cell.words:
            continue
        middle = (min(w.top for w in cell.words) + max(w.bottom for w in cell.words)) / 2
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
        # Rows of equal height put a cell centred over three at the middle one's middle: of
        # the runs as near, the widest, since an empty cell beside it has no other reading.
        first, last = max(
            (
                span
                for span, distance in spans.items()
                if distance <= nearest + settings.centred_span_slack
            ),
            key=lambda span: span[1] - span[0],
        )
        for j in range(first, last + 1):
            rows[j].cells[p] = cell
            rows[j].spanning[p] = j != first


def _better_rows(spaced: PageTable, started: PageTable, *, settings: Settings) -> bool:
    """Whether rows told apart by spacing beat rows found from cell starts: fewer rows in
    pieces, or as few and more rows with a risk text (cell starts merge the rows of centred
    cells, or cut them in pieces)."""
    if _fragmented(spaced, settings=settings) != _fragmented(started, settings=settings):
        return _fragmented(spaced, settings=settings) < _fragmented(started, settings=settings)
    return (
        _with_risk(spaced) > _with_risk(started) and _fragmented(spaced, settings=settings) == 0.0
    )


def _with_risk(table: PageTable) -> int:
    risk = table.fields.index("risk")
    return sum(1 for r in table.rows if r.cells[risk] is not None)


def _fragmented(table: PageTable, *, settings: Settings) -> float:
    """Share of a table's rows without text in the risk column: rows cut in pieces."""
    if len(table.rows) < settings.fragmented_min_rows:
        return 0.0
    return 1.0 - _with_risk(table) / len(table.rows)


def _rows_by_spacing(
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
    headers = _header_texts(words, columns, top, header_bottom, normalize, settings=settings)
    fields = map_headers(headers, settings=settings)
    if not is_risk_header(fields) or not _plausible_header(headers, settings=settings):
        return None
    bottom = band[-1].bottom + settings.slack
    table = PageTable(
        page.number, columns, headers, fields, top - settings.slack, header_bottom, bottom, False
    )
    row_tops = [header_bottom] + [y - settings.nudge for y in starts[1:]]
    table.rows = _rows(table, words, row_tops, [row_tops] * len(columns), settings=settings)
    table.header_words = [w for w in words if w.ymid <= header_bottom]
    return table


def _inside_one_column(
    word: Word, columns: Sequence[tuple[float, float]], share: float, *, settings: Settings
) -> bool:
    """Whether most of the word (``share`` of its width) lies in one column: a header word
    may reach into the gutter beside it, a heading over several columns does not fit one."""
    c = _column_of(word.xmid, columns, settings=settings)
    if c is None:
        return False
    a, b = columns[c]
    inside = min(b, word.x1) - max(a, word.x0)
    return inside >= share * (word.x1 - word.x0)


def _header_lines_above(
    lines: Sequence[TextLine],
    i: int,
    columns: Sequence[tuple[float, float]],
    headers: Sequence[str],
    header_bottom: float,
    pitch: float,
    normalize: Normalizer,
    *,
    settings: Settings,
) -> list[TextLine]:
    """Lines just above an unruled header that belong to it: header cells aligned to their
    foot ("Sannolik-" over "het", "Följer" over "plan"). A line goes with the header when
    each of its words stands inside one column and it makes more headers known wordings; a
    line across columns (a group heading such as "Riskbedömning", a caption) ends the search.
    """
    taken: list[TextLine] = []
    known = sum(map_header(h, settings=settings)[1] for h in headers)
    k = i - 1
    while k >= 0 and len(taken) < settings.max_header_lines_above:
        line, below = lines[k], (taken[0] if taken else lines[i])
        if below.top - line.bottom > settings.header_line_gap * pitch:
            break
        if not all(
            _inside_one_column(w, columns, settings.header_above_share, settings=settings)
            for w in line.words
        ):
            break
        words = [w for ln in (line, *taken) for w in ln.words] + [
            w for ln in lines[i:] if ln.top < header_bottom for w in ln.words
        ]
        trial = _header_texts(words, columns, line.top, header_bottom, normalize, settings=settings)
        trial_known = sum(map_header(h, settings=settings)[1] for h in trial)
        if trial_known <= known:
            break
        taken.insert(0, line)
        known = trial_known
        k -= 1
    return taken


def _heading_band(words: Sequence[Word], *, settings: Settings) -> bool:
    """Whether the words between two rules are one short line: a section heading across the
    table ("Myndighetsutövning och tillstånd"), not prose after it."""
    return len(words) <= settings.section_max_words and all(
        abs(w.top - words[0].top) <= settings.snap for w in words
    )


def _crosses_columns(
    words: Sequence[Word], columns: Sequence[tuple[float, float]], *, settings: Settings
) -> bool:
    inner = [x1 for _, x1 in columns[:-1]]
    return any(w.x0 < x - settings.snap and w.x1 > x + settings.snap for w in words for x in inner)


def _continue_table(
    page: PageContent,
    lines: Sequence[TextLine],
    prev: PageTable,
    *,
    settings: Settings,
    trace: Trace,
) -> PageTable | None:
    """The same table going on at the top of a page that does not repeat its header."""
    if not lines:
        return None
    first = lines[0]
    if prev.ruled:
        xs = _vertical_boundaries(page.rules, first, settings=settings)
        want = [a for a, _ in prev.columns] + [prev.columns[-1][1]]
        if len(xs) != len(want) or any(
            abs(a - b) > 2 * settings.snap for a, b in zip(xs, want, strict=True)
        ):
            trace.record(
                "detect",
                "continue.ruled_columns",
                page.number,
                REJECT,
                "the first line's vertical rules are not the open table's column edges",
                bbox=_line_box(first),
            )
            return None
        top, bottom = _chain_extent(page.rules, xs, first.top, first.bottom, settings=settings)
        table = PageTable(
            page.number, prev.columns, prev.headers, prev.fields, top, top, bottom, True
        )
        _ruled_body(
            page,
            table,
            _h_rule_ys(page.rules, xs[0], xs[-1], top, bottom, settings=settings),
            settings=settings,
        )
        return table
    end, _ = _unruled_band(lines, 0, settings=settings)
    band = lines[:end]
    band = band[
        : _same_size_extent(band, settings=settings)
    ]  # a heading in another size under the table ends it
    words = [w for ln in band for w in ln.words]
    if not words or _crosses_columns(words, prev.columns, settings=settings):
        trace.record(
            "detect",
            "continue.crosses_columns",
            page.number,
            REJECT,
            "the lines at the top of the page cross the open table's column edges",
            bbox=_line_box(first),
        )
        return None
    top = band[0].top - settings.slack
    table = PageTable(
        page.number,
        prev.columns,
        prev.headers,
        prev.fields,
        top,
        top,
        band[-1].bottom + settings.slack,
        False,
    )
    _unruled_body(table, words, line_pitch(band), settings=settings)
    return table


def _heading_above(
    lines: Sequence[TextLine], table: PageTable, floor: float, *, settings: Settings
) -> TextLine | None:
    """The heading right above a table, below ``floor`` (the previous table's bottom): a short
    line in bold or in a larger size than the table's header, close above it, that is no
    sentence and no caption ("Tabell 2. ...")."""
    above = [ln for ln in lines if floor <= ln.top and ln.bottom <= table.top + settings.slack]
    if not above:
        return None
    line = max(above, key=lambda ln: ln.bottom)
    header_size = max((w.size for w in table.header_words), default=0.0)
    if (
        table.top - line.bottom > settings.heading_gap * line.height
        or len(line.words) > settings.heading_max_words
        or line.text.rstrip()[-1:] in ".,;"
        or CAPTION.match(line.text)
        or not (line.bold or line.size > header_size + settings.body_size_tolerance)
    ):
        return None
    return line


def is_open(table: PageTable, lines: Sequence[TextLine], *, settings: Settings) -> bool:
    """True when nothing but page furniture follows the table on its page."""
    return not any(ln.top > table.bottom + settings.snap for ln in lines)


def find_tables(
    page: PageContent,
    lines: Sequence[TextLine],
    normalize: Normalizer,
    open_table: PageTable | None = None,
    *,
    settings: Settings,
    trace: Trace,
) -> list[PageTable]:
    """Every risk table on the page, in reading order. ``lines`` exclude page furniture.

    ``open_table``: a table that ran to the foot of the previous page; if this page starts
    with its rows and no repeated header, they continue it.

    A page set in two columns may hold a table in each, side by side, whose rows share
    printed lines. Then each column is read on its own, left first, when that gives more
    rows with a risk than the whole page, and no table of the whole page crosses the gutter
    (an unruled table's own column gutter can sit mid-page too).
    """
    whole_trace = Trace()
    whole = _find_tables(page, lines, normalize, open_table, settings=settings, trace=whole_trace)
    gutter = column_gutter(lines, page.width, nearest_middle=True)
    if gutter is None or any(
        t.columns[0][0] + 2 * settings.snap < gutter < t.columns[-1][1] - 2 * settings.snap
        for t in whole
    ):
        trace.merge(whole_trace)
        return whole
    parts = split_columns(lines, gutter)
    if len(parts) <= 1:  # no stretch in two columns
        trace.merge(whole_trace)
        return whole
    # Rules go with the column on their side of the middle of the white between the columns'
    # words (a table's border stands in that white, beside its cell padding).
    sides = [[w for ln in part for w in ln.words] for part in parts]
    left = max((w.x1 for ws in sides if all(w.x1 <= gutter for w in ws) for w in ws), default=0)
    right = min((w.x0 for ws in sides if all(w.x0 >= gutter for w in ws) for w in ws), default=0)
    middle = (left + right) / 2 if left and right else gutter
    split: list[PageTable] = []
    split_trace = Trace()
    for k, part in enumerate(parts):
        view = _column_view(page, part, gutter, middle)
        split.extend(
            _find_tables(
                view,
                part,
                normalize,
                open_table if k == 0 else None,
                settings=settings,
                trace=split_trace,
            )
        )
    by_column, by_page = sum(map(_with_risk, split)), sum(map(_with_risk, whole))
    if by_column > by_page:
        why = f"the page read column by column gives {by_column} rows with a risk, not {by_page}"
        trace.merge(whole_trace, lost=why)
        trace.merge(split_trace)
        trace.record("detect", "two_columns", page.number, ACCEPT, why)
        return split
    why = f"the page read whole gives {by_page} rows with a risk, column by column {by_column}"
    trace.merge(split_trace, lost=why)
    trace.merge(whole_trace)
    trace.record("detect", "two_columns", page.number, REJECT, why)
    return whole


def _column_view(
    page: PageContent, part: Sequence[TextLine], gutter: float, middle: float
) -> PageContent:
    """The page as one part of it shows: its words, and the rules on its side of the white
    between the columns (all rules for a part across the page)."""
    words = tuple(w for ln in part for w in ln.words)
    if all(w.x1 <= gutter for w in words):
        rules = tuple(r for r in page.rules if max(r.x0, r.x1) <= middle)
    elif all(w.x0 >= gutter for w in words):
        rules = tuple(r for r in page.rules if min(r.x0, r.x1) >= middle)
    else:
        rules = page.rules
    return dataclasses.replace(page, words=words, rules=rules)


def _find_tables(
    page: PageContent,
    lines: Sequence[TextLine],
    normalize: Normalizer,
    open_table: PageTable | None,
    *,
    settings: Settings,
    trace: Trace,
) -> list[PageTable]:
    """:func:`find_tables` over ``lines``, top to bottom."""
    tables: list[PageTable] = []
    i = 0
    if open_table is not None and lines and not is_header_start(lines, 0, settings=settings):
        cont = _continue_table(page, lines, open_table, settings=settings, trace=trace)
        if cont is not None and cont.rows:
            _record_accepted(trace, "continue", cont, "the open table goes on without a header")
            tables.append(cont)
            while i < len(lines) and lines[i].top < cont.bottom:
                i += 1
    while i < len(lines):
        if not is_header_start(lines, i, settings=settings):
            i += 1
            continue
        table = _try_ruled(
            page, lines, i, normalize, settings=settings, trace=trace
        ) or _try_unruled(
            page,
            lines,
            i,
            normalize,
            template=open_table if not tables else None,
            settings=settings,
            trace=trace,
        )
        if table is None:
            i += 1
            continue
        table.heading = _heading_above(
            lines, table, tables[-1].bottom if tables else 0.0, settings=settings
        )
        if table.heading is not None:
            trace.record(
                "detect",
                "heading_above",
                page.number,
                ACCEPT,
                f"the table stands under the heading {table.heading.text!r}",
                bbox=_line_box(table.heading),
            )
        tables.append(table)
        while i < len(lines) and lines[i].top < table.bottom:
            i += 1
    return tables
