"""Doubts about a report as a whole: its risk count against the counts its prose states, and
the extraction's warnings."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from icp_extract.model import Report, ReviewItem

#: How the pipeline words these warnings (a test holds them equal to the pipeline's).
NO_RISK_TABLE = "no risk table found"
UNREADABLE_PAGES = "pages that could not be read"
OCR_PAGES = "pages read from an OCR text layer"

ReportRule = Callable[[Report], Iterable[ReviewItem]]


def count_mismatch(report: Report) -> Iterable[ReviewItem]:
    """The prose states how many risks were inventoried and how many are critical; the table
    usually lists one of the two (most often the critical ones, sometimes all). A number of
    risks extracted that is neither means risks missed or made up. Labelled sub-risks ("a)",
    "b)") may be counted as one by the prose, so a count matched by the records counted
    with their sub-risks folded together also holds. No risk at all against a stated count
    is the plainest mismatch (a table the finder did not see)."""
    stated = {
        name: n
        for name, n in (
            ("inventoried", report.report.risks_inventoried),
            ("critical", report.report.risks_critical),
        )
        if n is not None
    }
    if not stated:
        return
    found = len(report.risks)
    folded = len({(r.process, r.context) if r.label else ("", r.seq) for r in report.risks})
    if found in stated.values() or folded in stated.values():
        return
    said = ", ".join(f"{n} {name}" for name, n in stated.items())
    yield ReviewItem("count_mismatch", None, f"{found} risks extracted; the report states {said}")


def warnings(report: Report) -> Iterable[ReviewItem]:
    for text in report.warnings:
        if text == NO_RISK_TABLE:
            yield ReviewItem("no_risk_table", None, text)
        elif text.startswith(UNREADABLE_PAGES):
            yield ReviewItem("pages_unreadable", None, text)
        elif text.startswith(OCR_PAGES):
            yield ReviewItem("ocr_text_layer", None, text)
        else:
            yield ReviewItem("warning", None, text)


REPORT_RULES: tuple[ReportRule, ...] = (count_mismatch, warnings)


def review_whole(report: Report) -> tuple[ReviewItem, ...]:
    return tuple(item for rule in REPORT_RULES for item in rule(report))


def ocr_pages(report: Report) -> frozenset[int]:
    """The pages the report's warnings say were read from an OCR text layer."""
    for text in report.warnings:
        if text.startswith(OCR_PAGES + ":"):
            return frozenset(int(p) for p in text.split(":", 1)[1].split(",") if p.strip())
    return frozenset()
