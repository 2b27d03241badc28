"""Strategy: an unruled table. Columns from *gutters*, the x intervals no word covers.

For tables set without borders (the portrait Kommunstyrelsen replica, exports from planning
systems): from a header line, the lines below keep the gutters between columns open; a
line of prose across them, a wide vertical gap or a heading in another size ends the table.
Columns stand under header text, and a header may reach up (foot-aligned header cells).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from icp_extract.detect.cells import (
    better_rows,
    block_starts,
    centred_spans,
    column_lines,
    fragmented,
    rows_by_spacing,
    ruled_body,
    unruled_body,
)
from icp_extract.detect.common import (
    Context,
    Normalizer,
    Site,
    Strategy,
    covers,
    fields_text,
    h_rule_ys,
    header_texts,
    inside_one_column,
    line_box,
    plausible_header,
    record_accepted,
    with_risk,
)
from icp_extract.detect.gutters import (
    anchor_columns,
    body_extent,
    gutter_columns,
    same_size_extent,
    unruled_band,
)
from icp_extract.detect.headers import is_risk_header, map_header, map_headers
from icp_extract.detect.merged import add_labelled_rows
from icp_extract.geometry import (
    PageTable,
    TextLine,
    line_pitch,
)
from icp_extract.model import PageContent, Word
from icp_extract.settings import Settings
from icp_extract.trace import CANDIDATE, HEADER, REJECT, BBox, Trace


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
            inside_one_column(w, columns, settings.header_above_share, settings=settings)
            for w in line.words
        ):
            break
        words = [w for ln in (line, *taken) for w in ln.words] + [
            w for ln in lines[i:] if ln.top < header_bottom for w in ln.words
        ]
        trial = header_texts(words, columns, line.top, header_bottom, normalize, settings=settings)
        trial_known = sum(map_header(h, settings=settings)[1] for h in trial)
        if trial_known <= known:
            break
        taken.insert(0, line)
        known = trial_known
        k -= 1
    return taken


@dataclass(frozen=True)
class _Band:
    """The lines of an unruled table from its header line down: ``lines`` without the
    labelled paragraphs across it (``groups``), its ``columns`` from gutters, its ``words``,
    the line ``pitch`` and where the header row ends."""

    lines: list[TextLine]
    groups: list[list[TextLine]]
    columns: list[tuple[float, float]]
    words: list[Word]
    pitch: float
    header_bottom: float

    @property
    def region(self) -> BBox:
        return (
            self.lines[0].x0,
            self.lines[0].top,
            max(ln.x1 for ln in self.lines),
            self.lines[-1].bottom,
        )


def _reject(trace: Trace, page: int, rule: str, reason: str, bbox: BBox, shape: str) -> None:
    trace.record("detect", rule, page, REJECT, reason, bbox=bbox, shape=shape)


def _band_below(
    page: PageContent, lines: Sequence[TextLine], i: int, *, settings: Settings, trace: Trace
) -> _Band | None:
    """The band of lines that keep the gutters open below the header line at ``i``, with
    its columns and the foot of its header row: the header row ends where any column starts
    a new block below the header's first line."""
    end, groups = unruled_band(lines, i, settings=settings)
    labelled = {id(ln) for g in groups for ln in g}
    band = [ln for ln in lines[i:end] if id(ln) not in labelled]
    if len(band) < settings.min_band_lines:
        _reject(
            trace,
            page.number,
            "unruled.band",
            f"{len(band)} lines keep the gutters open below the header line; a table "
            f"needs {settings.min_band_lines}",
            line_box(lines[i]),
            HEADER,
        )
        return None
    columns = gutter_columns(band, settings=settings)
    pitch = line_pitch(band)
    words = [w for ln in band for w in ln.words]
    found = _Band(band, groups, columns, words, pitch, 0.0)
    if len(columns) < settings.min_unruled_columns:
        _reject(
            trace,
            page.number,
            "unruled.columns",
            f"gutters give {len(columns)} columns; a table needs {settings.min_unruled_columns}",
            found.region,
            CANDIDATE,
        )
        return None
    per_col = column_lines(words, len(columns), columns, settings=settings)
    later = [
        y
        for col in per_col
        for y in block_starts(col, pitch, settings=settings)
        if y > band[0].top + settings.snap
    ]
    header_bottom = min(later) - settings.nudge if later else band[-1].bottom + settings.slack
    ruled = _rule_under_header(page, band, columns, header_bottom, settings=settings)
    return dataclasses.replace(found, header_bottom=min(header_bottom, ruled))


def _rule_under_header(
    page: PageContent,
    band: Sequence[TextLine],
    columns: Sequence[tuple[float, float]],
    header_bottom: float,
    *,
    settings: Settings,
) -> float:
    """The height of a rule across the table under the header's first line and above the
    foot found from the cells (the header's bottom border of a spreadsheet styled with
    rules between rows only, or booktabs' midrule); ``header_bottom`` when there is none.
    Without it a first row whose cells start level with a wrapped header cell's second line
    ("Sannolik-" / "het" beside "Föreningsbidrag") was read as part of the header."""
    x0, x1 = columns[0][0], columns[-1][1]
    width = x1 - x0
    below = band[0].bottom - settings.slack
    ys = [
        (r.top + r.bottom) / 2
        for r in page.rules
        if r.horizontal
        and below < (r.top + r.bottom) / 2 < header_bottom
        and min(r.x1, x1) - max(r.x0, x0) >= settings.spanning_rule_share * width
    ]
    return min(ys) if ys else header_bottom


def _trim_to_body(band: _Band, *, settings: Settings) -> _Band:
    """The band cut where its body ends (a line across the gutters, a change of font size);
    its columns measured again on what is left."""
    lines = band.lines
    body_start = next((k for k, ln in enumerate(lines) if ln.top >= band.header_bottom), len(lines))
    body_end = body_start + body_extent(lines[body_start:], settings=settings)
    body_end = body_start + same_size_extent(lines[body_start:body_end], settings=settings)
    if body_end >= len(lines):
        return band
    kept = lines[:body_end]
    return dataclasses.replace(
        band,
        lines=kept,
        groups=[g for g in band.groups if g[0].top < lines[body_end].top],
        columns=gutter_columns(kept, settings=settings),
        words=[w for ln in kept for w in ln.words],
    )


def _header(
    page: PageContent,
    lines: Sequence[TextLine],
    i: int,
    band: _Band,
    normalize: Normalizer,
    *,
    settings: Settings,
    trace: Trace,
) -> tuple[float, list[str], list[str | None], list[Word]] | None:
    """(top, headers, fields, words with the header lines above) of a header that maps to
    a risk table, or None (traced)."""
    columns = band.columns
    headers = header_texts(
        band.words, columns, band.lines[0].top, band.header_bottom, normalize, settings=settings
    )
    fields = map_headers(headers, settings=settings)
    if not is_risk_header(fields):
        _reject(
            trace,
            page.number,
            "unruled.header_fields",
            "the header names no risk column with a column it goes with: "
            + fields_text(headers, fields),
            band.region,
            CANDIDATE,
        )
        return None
    if not plausible_header(headers, settings=settings):
        _reject(
            trace,
            page.number,
            "unruled.plausible_header",
            f"too few of {len(headers)} columns carry a known header wording: "
            + fields_text(headers, fields),
            band.region,
            CANDIDATE,
        )
        return None
    above = _header_lines_above(
        lines, i, columns, headers, band.header_bottom, band.pitch, normalize, settings=settings
    )
    if not above:
        return band.lines[0].top, headers, fields, band.words
    words = [w for ln in above for w in ln.words] + band.words
    top = above[0].top
    headers = header_texts(words, columns, top, band.header_bottom, normalize, settings=settings)
    return top, headers, map_headers(headers, settings=settings), words


def _rows_between_rules(page: PageContent, table: PageTable, *, settings: Settings) -> dict | None:
    """Horizontal rules between the rows and no vertical ones: the rules bound the rows,
    whatever the cells' alignment (text centred in a cell starts below the row's top). The
    rules by height when one crosses the risk column inside the body, else None."""
    hys = h_rule_ys(
        page.rules,
        table.columns[0][0],
        table.columns[-1][1],
        table.header_bottom,
        table.bottom,
        settings=settings,
    )
    rx0, rx1 = table.columns[table.fields.index("risk")]
    inside = any(
        table.header_bottom + settings.snap < y < table.bottom - settings.snap
        and covers(iv, rx0, rx1, settings=settings)
        for y, iv in hys.items()
    )
    return hys if inside else None


def _fill_rows(
    page: PageContent,
    table: PageTable,
    band: _Band,
    head: tuple[float, list[Word]],
    normalize: Normalizer,
    *,
    settings: Settings,
    trace: Trace,
) -> PageTable:
    """The table with its rows: between horizontal rules when there are any, else from cell
    starts, or from the spacing between rows when that reads centred cells better.
    ``head``: the header's top and the words of the header and body."""
    top, words = head
    hys = _rows_between_rules(page, table, settings=settings)
    if hys is not None:
        labelled_words = {id(w) for g in band.groups for ln in g for w in ln.words}
        kept = [w for w in page.words if id(w) not in labelled_words]
        table = ruled_body(page, table, hys, kept, settings=settings)
    else:
        table = unruled_body(table, words, band.pitch, settings=settings)
        if fragmented(table, settings=settings) or with_risk(table) < settings.fragmented_min_rows:
            # Rows in pieces, or few: the cells may be centred, try the spacing instead.
            spaced = rows_by_spacing(
                page, band.lines, table.columns, words, top, normalize, settings=settings
            )
            if spaced is not None and better_rows(spaced, table, settings=settings):
                spaced = centred_spans(spaced, settings=settings)
                spaced = add_labelled_rows(spaced, band.groups, settings=settings)
                record_accepted(trace, "unruled.gutters", spaced, "rows told apart by spacing")
                return spaced
            trace.record(
                "detect",
                "unruled.rows_by_spacing",
                page.number,
                REJECT,
                "rows told apart by spacing are no better than rows from cell starts",
            )
    header_words = [w for w in words if w.ymid <= band.header_bottom]
    table = dataclasses.replace(table, header_words=header_words)
    table = centred_spans(table, settings=settings)
    table = add_labelled_rows(table, band.groups, settings=settings)
    record_accepted(trace, "unruled.gutters", table, "rows from cell starts")
    return table


def try_unruled(
    page: PageContent,
    lines: Sequence[TextLine],
    i: int,
    normalize: Normalizer,
    template: PageTable | None = None,
    *,
    settings: Settings,
    trace: Trace,
) -> PageTable | None:
    """The unruled table whose header starts at line ``i``: its band, trimmed to its body,
    columns that stand under header text (kept as the open table's under a repeated
    header), a header that maps to a risk table, and its rows."""
    found = _band_below(page, lines, i, settings=settings, trace=trace)
    if found is None:
        return None
    band = _trim_to_body(found, settings=settings)
    columns = anchor_columns(
        band.columns, [w for w in band.words if w.ymid <= band.header_bottom], settings=settings
    )
    band = dataclasses.replace(
        band, columns=_snap_to_template(columns, template, settings=settings)
    )
    if len(band.columns) < settings.min_unruled_columns:
        _reject(
            trace,
            page.number,
            "unruled.anchored_columns",
            f"{len(band.columns)} columns stand under header text; a table needs "
            f"{settings.min_unruled_columns}",
            band.region,
            CANDIDATE,
        )
        return None
    head = _header(page, lines, i, band, normalize, settings=settings, trace=trace)
    if head is None:
        return None
    top, headers, fields, words = head
    bottom = band.lines[-1].bottom + settings.slack
    table = PageTable(
        page.number,
        band.columns,
        headers,
        fields,
        top - settings.slack,
        band.header_bottom,
        bottom,
        False,
    )
    return _fill_rows(page, table, band, (top, words), normalize, settings=settings, trace=trace)


def find_unruled(site: Site, ctx: Context) -> list[PageTable]:
    """The unruled table whose header starts at the site, if its gutters make one."""
    table = try_unruled(
        site.page,
        site.lines,
        site.index,
        ctx.normalize,
        site.template,
        settings=ctx.settings,
        trace=ctx.trace,
    )
    return [table] if table is not None else []


UNRULED = Strategy("unruled", find_unruled)
