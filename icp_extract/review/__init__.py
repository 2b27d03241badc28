"""The review stage: which risks, fields and reports a person should look at twice.

The last stage of the pipeline. It reads only the finished :class:`~icp_extract.model.Report`
and what it carries (values, the text each was read from, the columns, the counts the prose
states, the warnings), so it needs no detector internals, and it changes no value: it adds
``review`` items, ``[]`` when nothing is doubtful. Codes: :mod:`icp_extract.review.codes`.

    >>> from icp_extract.review import with_review
    >>> reviewed = with_review(report)
    >>> [(r.seq, [i.code for i in r.review]) for r in reviewed.risks if r.review]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from icp_extract.model import Report, ReviewItem
from icp_extract.review.codes import CODES, REPORT_CODES, RISK_CODES
from icp_extract.review.report import review_whole
from icp_extract.review.risks import review_risk
from icp_extract.settings import Settings

__all__ = ["CODES", "REPORT_CODES", "RISK_CODES", "review_codes", "review_note", "with_review"]


def with_review(report: Report, settings: Settings | None = None) -> Report:
    """``report`` with every risk's ``review`` and the report's own filled in afresh."""
    chosen = Settings.resolve(settings)
    risks = tuple(replace(risk, review=review_risk(risk, report, chosen)) for risk in report.risks)
    reviewed = replace(report, risks=risks)
    return replace(reviewed, review=review_whole(reviewed))


def review_codes(items: Iterable[ReviewItem]) -> str:
    """The distinct codes of review items, in order, joined by ";" (for the manifest)."""
    return ";".join(dict.fromkeys(item.code for item in items))


def review_note(flagged: int, report_codes: str) -> str:
    """What a file's stderr line adds about review: ", 2 to review" (risks with something to
    review), and the report's own codes; nothing when there is nothing to review."""
    note = f", {flagged} to review" if flagged else ""
    if report_codes:
        note += f", report to review: {report_codes}"
    return note
