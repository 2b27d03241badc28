"""Report metadata: organ, year, period, title, and the risk counts stated in the prose.

This module reads the year and the period and puts the record together; the title and the
lines around it are found in :mod:`.title`, the organ's name in :mod:`.organ`, the counts
the prose states in :mod:`.counts`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from icp_extract.lang.sv.numbers import MONTH_NAMES
from icp_extract.metadata.counts import _stated_counts
from icp_extract.metadata.organ import _company, _organ, _organ_line
from icp_extract.metadata.title import (
    NEAR_TITLE_LINES,
    _heading_case,
    _subtitle,
    _title_block,
    _visible_line,
)
from icp_extract.model import ReportMeta

YEAR = re.compile(r"\b(19[89]\d|20[0-4]\d)\b")
# Checked in this order: "delårsuppföljning" also contains "årsuppföljning".
PERIODS = (
    ("delår", ("delår",)),
    ("tertial", ("tertial",)),
    ("helår", ("helår", "årsbokslut", "årsuppföljning", "verksamhetsberättelse", "årsredovisning",
               "årsrapport", "bokslut")),
)  # fmt: skip
# "T2", "(T1)": a tertial by its short name.
TERTIAL_SHORT = re.compile(r"\bT[1-3]\b")
# "per augusti", "per den 30 april", "per 2024-08-31": a follow-up as of a month's end. As of
# April it is the first tertial (January-April; a delårsrapport covers at least half a year),
# as of December the whole year, as of another month a delår.
AS_OF_MONTH = re.compile(
    r"\bper (?:den )?(?:\d{1,2} )?(" + "|".join(MONTH_NAMES) + r")\b", re.IGNORECASE
)
# "januari–augusti 2025": a follow-up of the months from the year's start; before December
# it is a delår, through December the whole year.
MONTH_RANGE = re.compile(
    r"\b(?:" + "|".join(MONTH_NAMES) + r")\s*[–—-]\s*(" + "|".join(MONTH_NAMES) + r")\b",
    re.IGNORECASE,
)
AS_OF_DATE = re.compile(r"\bper (?:den )?(?:19|20)\d\d-(\d\d)-\d\d\b")
# The prose names the period of the follow-up itself: "helårsuppföljningen".
PROSE_PERIOD = re.compile(r"\b(helårs|delårs|tertial)uppföljning\w*", re.IGNORECASE)


def _period(text: str) -> str | None:
    low = text.lower()
    for name, words in PERIODS:
        if any(w in low for w in words):
            return name
    if TERTIAL_SHORT.search(text):
        return "tertial"
    return None


def _as_of(text: str) -> str | None:
    """The period a date of reporting implies ("per augusti", "per 2024-12-31"), or the
    months reported on ("januari–augusti 2025")."""
    month = AS_OF_MONTH.search(text)
    if month is not None:
        return _as_of_month(MONTH_NAMES.index(month.group(1).lower()) + 1)
    date = AS_OF_DATE.search(text)
    if date is not None:
        return _as_of_month(int(date.group(1)))
    months = MONTH_RANGE.search(text)
    if months is not None:
        return "helår" if months.group(1).lower() == "december" else "delår"
    return None


#: The month whose end closes the first tertial, and the year's.
FIRST_TERTIAL_END, YEAR_END = 4, 12


def _as_of_month(month: int) -> str:
    """The period a follow-up as of a month's end covers: the first tertial as of April,
    the whole year as of December, a delår otherwise ("per augusti")."""
    if month == YEAR_END:
        return "helår"
    return "tertial" if month == FIRST_TERTIAL_END else "delår"


def _report_period(basis: str, subtitle: str, prose: str, near: str = "") -> str | None:
    """The title's and subtitle's own words first, then a date of reporting in them or in
    the lines just under the title (``near``: a fact box beside the title may stand between
    it and its subtitle), then the prose where it names the follow-up itself
    ("helårsuppföljningen")."""
    period = (
        _period(basis) or _period(subtitle) or _as_of(basis) or _as_of(subtitle) or _as_of(near)
    )
    if period is None:
        named = PROSE_PERIOD.search(prose)
        period = _period(named.group(0)) if named else None
    return period


#: Lines above a title that may name its organ ("Skol- och kulturnämnden" over the title).
ABOVE_TITLE_LINES = 3


def _above_from(pages: Sequence[int], first: int) -> int:
    """Where the lines above the title that may name its organ begin: at most
    :data:`ABOVE_TITLE_LINES` up, and on the title's own page. In a meeting bundle the
    lines before a report's title are the end of the paper before it (a protocol's
    "Beslutet skickas till Kommunstyrelsen"), which names another organ."""
    start = max(0, first - ABOVE_TITLE_LINES)
    if first < len(pages):
        while start < first and pages[start] != pages[first]:
            start += 1
    return start


def extract_metadata(
    lines: Sequence[tuple[str, float]],
    prose: str,
    join: Callable[[Sequence[str]], str],
    has_table: bool = True,
    pages: Sequence[int] = (),
) -> ReportMeta:
    """``lines``: the lines before the first risk table as (text, font size); ``prose``: text
    outside tables; ``join``: the normaliser, to join a title broken over lines; ``pages``:
    each line's page, where known.

    The period comes from the title, or from the prose where it names the follow-up itself
    ("helårsuppföljningen", "tertialuppföljning"); a report that states none gets None."""
    lines = [(_visible_line(text), size) for text, size in lines]
    block = _title_block(lines, join, has_table)
    title, first, end = block if block else (None, 0, 0)
    basis = title or prose[:2000]
    # The lines just around the title: a subtitle after it, the organ's name above it.
    subtitle = _subtitle(lines, end) if block else ""
    above = "\n".join(t for t, _ in lines[_above_from(pages, first) : end])
    around = _heading_case(above + "\n" + subtitle)
    near = _subtitle(lines, end, NEAR_TITLE_LINES) if block else ""
    year_m = YEAR.search(basis) or YEAR.search(subtitle) or YEAR.search(prose)
    inventoried, critical = _stated_counts(prose)
    return ReportMeta(
        organ=_organ(basis)
        or _organ_line(around.split("\n"))
        or _organ(around)
        or _company(around)
        or _organ(prose),
        year=int(year_m.group(1)) if year_m else None,
        period=_report_period(basis, subtitle, prose, near),
        title=title,
        risks_inventoried=inventoried,
        risks_critical=critical,
    )


def filled(meta: ReportMeta, fallback: ReportMeta) -> ReportMeta:
    """``meta`` with the fields it lacks taken from ``fallback``."""
    return ReportMeta(
        **{
            name: value if value is not None else getattr(fallback, name)
            for name, value in dataclasses.asdict(meta).items()
        }
    )
