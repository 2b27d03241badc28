"""Answers marked with a cross: a follows-plan answer given by where the mark stands.

Layout served: spreadsheet registers that print one narrow column per answer, "Ja",
"Delvis", "Nej" (often under a group header "Följer plan"), with an "X" typed in the one
that applies. Each column's header alone names an answer, no column is the follows-plan
column, and the crosses land in ``extra``. Where at least two of the report's own columns
are headed by an answer and every record has a mark in exactly one of them (or none), the
answer is that column's header; the mark and its column are kept in ``raw``.
"""

from __future__ import annotations

import dataclasses

from icp_extract.assemble.values import parse_follows_plan
from icp_extract.model import Report, Risk

FIELD = "follows_plan"
#: Longest text that is a mark rather than a word ("X", "x", "✓", "●").
MAX_MARK = 2
#: Columns headed by an answer a report has at least, to answer by marks.
MIN_ANSWER_COLUMNS = 2


def mark_answers(report: Report) -> Report:
    """The report with each record answered by the answer column its mark stands in."""
    if any(r.follows_plan is not None for r in report.risks):
        return report
    columns = {
        c.header: answer
        for c in report.columns
        if c.field is None and (answer := parse_follows_plan(c.header)) is not None
    }
    if len(set(columns.values())) < MIN_ANSWER_COLUMNS:
        return report
    marked = [_marks(risk, columns) for risk in report.risks]
    if any(len(m) > 1 for m in marked) or not any(marked):
        return report  # two crosses in a row, or none anywhere: not an answer grid
    risks = tuple(_answered(r, m, columns) for r, m in zip(report.risks, marked, strict=True))
    fields = tuple(
        dataclasses.replace(c, field=FIELD) if c.header in columns and c.field is None else c
        for c in report.columns
    )
    return dataclasses.replace(report, risks=risks, columns=fields)


def _marks(risk: Risk, columns: dict[str, str]) -> list[str]:
    return [h for h in columns if 0 < len((risk.extra.get(h) or "").strip()) <= MAX_MARK]


def _answered(risk: Risk, marked: list[str], columns: dict[str, str]) -> Risk:
    extra = {k: v for k, v in risk.extra.items() if k not in columns}
    if not marked:
        return dataclasses.replace(risk, extra=extra)
    header = marked[0]
    provenance = {k: v for k, v in risk.provenance.items() if k not in columns}
    if header in risk.provenance:
        provenance[FIELD] = risk.provenance[header]
    return dataclasses.replace(
        risk,
        follows_plan=columns[header],
        extra=extra,
        raw={**risk.raw, FIELD: f"{header}: {risk.extra[header].strip()}"},
        provenance=provenance,
    )
