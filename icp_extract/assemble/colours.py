"""Answers shown by colour: a follows-plan cell that is only a traffic light.

Layout served: web planning systems (a coloured circle in the "Följer plan" column) and
spreadsheets or Word reports (the cell itself filled green, yellow or red), with a legend in
the text that says what each colour means. An empty follows-plan cell with a coloured mark
in it takes the legend's answer for that colour; the colour's name is kept in ``raw`` as
what the page shows. Without a legend the colour means nothing and the answer stays null.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from icp_extract.geometry import group_lines
from icp_extract.lang.sv.colours import (
    MIN_ANSWERS,
    colour_name,
    follows_plan_legend,
    follows_plan_symbols,
    is_symbol,
)
from icp_extract.model import PageContent, Provenance, Report, Risk, Shape, TableGeometry

FIELD = "follows_plan"


def legend_text(pages: Sequence[PageContent]) -> str:
    """The document's text, a line a line, where a legend may stand."""
    return "\n".join(
        " ".join(w.text for w in line.words) for p in pages for line in group_lines(p.words)
    )


def _row_of(risk: Risk, piece: TableGeometry) -> tuple[float, float] | None:
    """The table row (top, bottom) the risk's own cells stand in on the piece's page."""
    boxes = [b for prov in risk.provenance.values() for b in prov if b.page == piece.page]
    if not boxes:
        return None
    middle = min(b.bbox[1] for b in boxes) + 1.0  # just under the row's first line
    return next(((top, bottom) for top, bottom in piece.rows if top <= middle <= bottom), None)


def _mark(shapes: Sequence[Shape], x0: float, x1: float, top: float, bottom: float) -> Shape | None:
    """The largest coloured mark whose middle lies in the cell."""
    inside = [s for s in shapes if x0 <= s.xmid <= x1 and top <= s.ymid <= bottom]
    return max(inside, key=lambda s: (s.x1 - s.x0) * (s.bottom - s.top), default=None)


def colour_answers(
    report: Report, pieces: Sequence[TableGeometry], pages: Sequence[PageContent]
) -> Report:
    """The report with each empty follows-plan cell that shows a legend's colour answered."""
    if not any(s for p in pages for s in p.shapes):
        return report
    if not any(field == FIELD for piece in pieces for *_, field in piece.columns):
        return report
    legend = follows_plan_legend(legend_text(pages))
    if not legend:
        return report
    shapes = {p.number: p.shapes for p in pages}
    risks = []
    for risk in report.risks:
        risks.append(_answered(risk, pieces, shapes, legend) if risk.follows_plan is None else risk)
    return dataclasses.replace(report, risks=tuple(risks))


def _answered(
    risk: Risk,
    pieces: Sequence[TableGeometry],
    shapes: dict[int, tuple[Shape, ...]],
    legend: dict[str, str],
) -> Risk:
    for piece in pieces:
        column = next(((x0, x1) for x0, x1, _, f in piece.columns if f == FIELD), None)
        row = _row_of(risk, piece)
        if column is None or row is None:
            continue
        mark = _mark(shapes.get(piece.page, ()), column[0], column[1], row[0], row[1])
        if mark is None:
            continue
        name = colour_name(mark.fill)
        answer = legend.get(name)
        if answer is None:
            continue
        where = Provenance(page=piece.page, bbox=(mark.x0, mark.top, mark.x1, mark.bottom))
        return dataclasses.replace(
            risk,
            follows_plan=answer,
            raw={**risk.raw, FIELD: name},
            provenance={**risk.provenance, FIELD: (where,)},
        )
    return risk


def symbol_answers(report: Report, pages: Sequence[PageContent]) -> Report:
    """Answers shown as symbols: a column under no field's header (a "⚑" over ✔ ◐ ✘ ○),
    every filled cell one symbol of the document's symbol legend ("✔ genomförd enligt plan ·
    ◐ delvis genomförd · ✘ inte genomförd"), in a report with no follows-plan answer of its
    own, is the follows-plan column: each risk takes the legend's answer (None for a state
    that answers neither), the symbol kept in ``raw``. Without a legend it stays in
    ``extra``."""
    if any(r.follows_plan is not None for r in report.risks):
        return report
    header = _symbol_column(report)
    if header is None:
        return report
    legend = follows_plan_symbols(legend_text(pages))
    symbols = {r.extra.get(header) for r in report.risks} - {None, ""}
    if not legend or not symbols <= set(legend):
        return report
    risks = tuple(_by_symbol(risk, header, legend) for risk in report.risks)
    columns = tuple(
        dataclasses.replace(c, field=FIELD) if c.header == header and c.field is None else c
        for c in report.columns
    )
    return dataclasses.replace(report, risks=risks, columns=columns)


def _by_symbol(risk: Risk, header: str, legend: dict[str, str | None]) -> Risk:
    """The risk answered by the symbol in its ``header`` cell, the symbol kept in ``raw``
    and its box as the answer's."""
    symbol = risk.extra.get(header)
    extra = {k: v for k, v in risk.extra.items() if k != header}
    raw = {**risk.raw, FIELD: symbol} if symbol else risk.raw
    answer = legend.get(symbol) if symbol else None
    provenance = {k: v for k, v in risk.provenance.items() if k != header}
    if header in risk.provenance:
        provenance[FIELD] = risk.provenance[header]
    return dataclasses.replace(
        risk, follows_plan=answer, extra=extra, raw=raw, provenance=provenance
    )


def _symbol_column(report: Report) -> str | None:
    """The header of a column under no field whose filled cells are single symbols (at
    least two of them)."""
    for column in report.columns:
        if column.field is not None:
            continue
        cells = [r.extra.get(column.header) for r in report.risks]
        filled = [c for c in cells if c]
        if len(filled) >= MIN_ANSWERS and all(len(c) == 1 and is_symbol(c) for c in filled):
            return column.header
    return None
