"""Merged rows: one cell across a table's columns, and the field labels that open one.

Layouts served: a "Kommentar: ..." row under each risk row (ruled or unruled), a Word table
whose merged cells right of a spanning process cell hold "Kontrollmoment: ..." and
"Resultat: ... Följer plan: Ja", a section heading across the table. Split out of
``cells.py``, which finds the rows these are told apart from.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from icp_extract.detect.blocks import label_of
from icp_extract.detect.common import LABELLED_ROW_FIELDS
from icp_extract.geometry import CellBlock, PageTable, RowSegment, TextLine, group_lines
from icp_extract.model import Rule, Word
from icp_extract.settings import Settings


def mark_merged(rules: Sequence[Rule], table: PageTable, *, settings: Settings) -> PageTable:
    """Mark the rows that no column rule crosses, in a body that has column rules, and whose
    text runs across a column edge: one cell across the whole table (a "Kommentar: ..." row
    under each risk row, a section heading)."""
    inner = [x1 for _, x1 in table.columns[:-1]]
    verticals = _rules_at(rules, inner, settings=settings)
    crossing = {
        id(seg): _crossed_edges(seg, inner, verticals, settings=settings)
        for seg in table.rows
        if seg.bottom - seg.top > 2 * settings.snap and any(seg.cells)
    }
    if not any(crossing.values()):
        return table  # no column rule in the body (rules in the header only): none merged
    rows: list[RowSegment] = []
    for seg in table.rows:
        if _is_merged(seg, crossing.get(id(seg)), inner, settings=settings):
            pieces = _split_at_labels(dataclasses.replace(seg, merged=True), settings=settings)
            rows.extend(read_label(piece, settings=settings) for piece in pieces)
        else:
            rows.append(seg)
    return dataclasses.replace(table, rows=rows)


def _crossed_edges(
    seg: RowSegment, inner: Sequence[float], verticals: Sequence[Rule], *, settings: Settings
) -> list[float]:
    """The inner column edges a drawn rule crosses within the row (its edges left aside)."""
    a, b = seg.top + settings.snap, seg.bottom - settings.snap
    return [
        x
        for x in inner
        if any(_at(r, x, settings) and r.top < b and r.bottom > a for r in verticals)
    ]


def _is_merged(
    seg: RowSegment, crossed: list[float] | None, inner: Sequence[float], *, settings: Settings
) -> bool:
    """Whether the row is one cell: no rule crosses the edges its own text covers, and its
    text runs across one of them."""
    edges = _edges_right_of_text(seg, inner)
    return (
        crossed is not None
        and bool(edges)
        and not set(crossed) & set(edges)
        and (
            _runs_across(seg, edges, settings=settings)
            or _labelled_line_across(seg, edges, settings=settings)
        )
    )


def _labelled_line_across(seg: RowSegment, edges: Sequence[float], *, settings: Settings) -> bool:
    """Whether the row's first line opens with the label of a field about the risk
    ("Kontrollmoment: ...") and goes on past the first column edge it could cross: a merged
    Word cell whose words happen to fall between the edges of the columns it covers (no word
    straddles one, so :func:`_runs_across` cannot tell it from a zebra row)."""
    lines = group_lines(sorted(_own_words(seg), key=lambda w: (w.page, w.top, w.x0)))
    if not lines or not any(w.x0 > edges[0] for w in lines[0].words):
        return False
    found = label_of(lines[0], colon_only=True, settings=settings)
    return found is not None and found[2] in LABELLED_ROW_FIELDS


def _at(rule: Rule, x: float, settings: Settings) -> bool:
    return abs((rule.x0 + rule.x1) / 2 - x) <= settings.snap


def _edges_right_of_text(seg: RowSegment, inner: Sequence[float]) -> list[float]:
    """The inner column edges right of the row's first cell with text. A merged cell may
    start after a column whose cell spans rows from above (a process cell beside the
    "Kontrollmoment: ..." and "Resultat: ..." rows of a Word table): only the edges it
    covers must be free of rules."""
    first = next(
        (
            c
            for c, cell in enumerate(seg.cells)
            if cell is not None and cell.words and not seg.spanning[c]
        ),
        None,
    )
    return [] if first is None else list(inner[first:])


def _split_at_labels(seg: RowSegment, *, settings: Settings) -> list[RowSegment]:
    """A merged row holding several labelled parts ("Resultat: ..." and then "Följer plan:
    Delvis", on a line of its own or after the sentence before it) as one merged row per
    label. A part begins where a line, or a sentence within one, opens with a label."""
    lines = group_lines(sorted(_own_words(seg), key=lambda w: (w.page, w.top, w.x0)))
    words = [w for ln in lines for w in ln.words]
    firsts = {id(ln.words[0]) for ln in lines}
    starts = [
        k
        for k in range(1, len(words))
        if (id(words[k]) in firsts or words[k - 1].text.endswith((".", "!", "?")))
        and (found := label_of(TextLine(tuple(words[k:])), colon_only=True, settings=settings))
        is not None
        and found[2] in LABELLED_ROW_FIELDS
    ]
    if not starts:
        return [seg]
    out = []
    for a, b in zip([0, *starts], [*starts, len(words)], strict=True):
        part = words[a:b]
        top, bottom = min(w.top for w in part), max(w.bottom for w in part)
        cells: list[CellBlock | None] = [CellBlock(0, top, bottom, part)]
        cells += [None] * (len(seg.cells) - 1)
        out.append(RowSegment(seg.page, top, bottom, cells, [False] * len(seg.cells), merged=True))
    return out


def _rules_at(rules: Sequence[Rule], xs: Sequence[float], *, settings: Settings) -> list[Rule]:
    """The vertical rules standing at one of the x positions ``xs``."""
    return [
        r
        for r in rules
        if not r.horizontal and any(abs((r.x0 + r.x1) / 2 - x) <= settings.snap for x in xs)
    ]


def _runs_across(seg: RowSegment, inner: Sequence[float], *, settings: Settings) -> bool:
    """Whether a row's text runs across a column edge: a shaded row of a zebra table whose
    rules do not show keeps its words inside the columns."""
    words = [w for cell in seg.cells if cell is not None for w in cell.words]
    return any(w.x0 < x - settings.slack < x + settings.slack < w.x1 for w in words for x in inner)


def _own_words(seg: RowSegment) -> list[Word]:
    """The row's words without those of cells spanning into it from above."""
    return [
        w
        for c, cell in enumerate(seg.cells)
        if cell is not None and not seg.spanning[c]
        for w in cell.words
    ]


def _row_label(
    lines: Sequence[TextLine], nwords: int, *, settings: Settings
) -> tuple[int, str, str] | None:
    """(words the label takes, label, field) of a merged row: its own label of a field about
    the risk, else, for a row longer than a section heading, no label and the comment."""
    if not lines:
        return None
    found = label_of(lines[0], colon_only=True, settings=settings)
    if found is None:
        if len(lines) > 1 or nwords > settings.section_max_words:
            return 0, "", "comment"
        return None
    used, header, fld = found
    return (used, header, fld) if fld in LABELLED_ROW_FIELDS else None


def read_label(seg: RowSegment, *, settings: Settings) -> RowSegment:
    """A merged row that opens with the label of a field about its risk ("Kommentar:",
    "Åtgärd:") keeps the label apart and its text as one cell. One without a label that is
    more than a section heading (several lines, or more words than a heading has) is the
    comment on the risk above, under no printed header."""
    words = _own_words(seg)
    lines = group_lines(sorted(words, key=lambda w: (w.page, w.top, w.x0)))
    found = _row_label(lines, len(words), settings=settings)
    if found is None:
        return seg
    used, header, fld = found
    rest = list(lines[0].words[used:]) + [w for ln in lines[1:] for w in ln.words]
    cells: list[CellBlock | None] = [CellBlock(0, seg.top, seg.bottom, rest)]
    cells += [None] * (len(seg.cells) - 1)
    return dataclasses.replace(
        seg, label=(header, fld), cells=cells, spanning=[False] * len(seg.cells)
    )


def read_merged(seg: RowSegment, *, settings: Settings) -> list[RowSegment]:
    """A row known to be one cell across the table (a tagged cell spanning the columns to
    its right edge) as the grid's merged rows are read: split at its labels, each part's
    label kept apart."""
    pieces = _split_at_labels(dataclasses.replace(seg, merged=True), settings=settings)
    return [read_label(piece, settings=settings) for piece in pieces]


def labelled_rows(
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


def add_labelled_rows(
    table: PageTable, groups: Sequence[Sequence[TextLine]], *, settings: Settings
) -> PageTable:
    """Put the labelled paragraphs of an unruled table among its rows, as merged rows."""
    rows = list(table.rows)
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
        rows.append(read_label(seg, settings=settings))
    rows.sort(key=lambda seg: seg.top)
    bottom = table.bottom
    if groups:
        bottom = max(table.bottom, groups[-1][-1].bottom + settings.slack)
    return dataclasses.replace(table, rows=rows, bottom=bottom)
