"""Doubts read from the columns a table was read with: a header that is no header, a field
whose column is missing, two columns naming one field, a value standing in the wrong cell.

A table read with a wrong idea of its columns gives every record the same fault (a lost
follow-up column, a header split into two, a value read from last year's column), and each
record's text still looks whole. What gives it away is the list of columns and where the
values stand. Each rule is ``(risk, report, settings) -> items``, in :data:`COLUMN_RULES`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from icp_extract.model import Report, ReviewItem, Risk
from icp_extract.review.table import CONTROL_FIELDS, FOLLOW_UP_FIELDS, VALUE_FIELDS, read_fields
from icp_extract.review.text import HEADER_WORDINGS, header_key
from icp_extract.settings import Settings

ColumnRule = Callable[[Risk, Report, Settings], Iterable[ReviewItem]]


def follow_up_missing(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """A table read with a control column but no follow-up column at all (neither follows
    plan nor a comment or result): a follow-up report exists to state the follow-up, so
    its column was lost (tiny type past the right edge, a header not recognised, a second
    table holding the results) and this record lacks what it printed there. A table with
    neither control nor follow-up column is ``columns_missing``'s."""
    fields = read_fields(report)
    if not report.columns or any(f in fields for f in FOLLOW_UP_FIELDS):
        return
    if not any(f in fields for f in CONTROL_FIELDS):
        return
    if any(getattr(risk, f) is not None for f in FOLLOW_UP_FIELDS):
        return
    yield ReviewItem(
        "follow_up_missing", "follows_plan",
        "the table was read without a follow-up column (follows plan, comment, result)",
    )  # fmt: skip


#: A header that is a word's tail ("nolikhet", "sekvens"): a header broken without a
#: hyphen and read as two columns.
_WORD_TAIL = re.compile(r"^[a-zåäöé]")
#: A header that is a number or a letter only: a spreadsheet's printed row or column
#: headings ("5", "C") or a value read as a header.
_NO_WORD = re.compile(r"^(?:\d+|[A-Z]{1,2})$")


#: A header that is a word's head and its line-end hyphen ("Sannolik-"): the rest of the
#: header was read as another column or lost.
_WORD_HEAD = re.compile(r"\w-$")


def _is_fragment(header: str) -> bool:
    text = header.strip()
    if not text or header_key(text) in HEADER_WORDINGS:
        return False
    return bool(_WORD_TAIL.match(text) or _NO_WORD.match(text) or _WORD_HEAD.search(text))


#: Shortest head of a cut header matched to the header it begins ("Sannolik-"); shorter
#: heads ("Ris-") begin too many.
MIN_CUT_HEAD = 5


def _cut_wording(header: str) -> tuple[str, str] | None:
    """The field header a header cut at its hyphen begins ("Sannolik-": "sannolikhet",
    probability), when the field is a value's and the cut is long enough to tell."""
    head = header_key(header).rstrip("-")
    if len(head) < MIN_CUT_HEAD:
        return None
    begun = [
        (wording, field)
        for wording, field in HEADER_WORDINGS.items()
        if field in VALUE_FIELDS and wording.startswith(head) and wording != head
    ]
    return min(begun, key=lambda b: len(b[0]), default=None)  # the word, not a phrase of it


def header_fragment(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """A value of this record in a column whose header is no heading: the tail of a word
    ("nolikhet" from "Sannolikhet" broken over two lines without a hyphen), a word's head
    with its hyphen ("Sannolik-"), or a bare number or letter (the row and column headings
    a spreadsheet prints). The table's columns were cut in the wrong places, so this
    record's values may stand in the wrong fields, and the rows under such a header are
    often shifted too. A value column's header cut at its hyphen ("Sannolik-") flags every
    record lacking that value, with or without a value of its own there: the column was not
    read as its field."""
    for column in report.columns:
        if column.field is not None or not _is_fragment(column.header):
            continue
        if risk.extra.get(column.header):
            yield ReviewItem(
                "header_fragment", None,
                f"a value stands in column {column.header!r}, whose header is no heading",
            )  # fmt: skip
            return
        cut = _cut_wording(column.header)
        if cut is not None and getattr(risk, cut[1]) is None:
            yield ReviewItem(
                "header_fragment", cut[1],
                f"column {column.header!r} is the head of {cut[0]!r}, not read as its field",
            )  # fmt: skip
            return


#: A year or a date inside a header ("Riskvärde 2025", "Kommentar per 2024-08-31").
_YEAR = re.compile(r"\b(?:19|20)\d\d(?:-\d\d-\d\d)?\b")


def _year(header: str) -> int | None:
    found = _YEAR.search(header)
    return int(found.group()[:4]) if found else None


def field_by_year(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """Two columns naming the same field for different years ("Riskvärde 2024",
    "Riskvärde 2025"), the one read as the field not of the report's year (or the year
    unknown): a report that repeats last year's assessment beside this year's, and this
    record's field may hold last year's value."""
    by_field: dict[str, list[str]] = {}
    for column in report.columns:
        if _year(column.header) is None:
            continue
        field = column.field or HEADER_WORDINGS.get(header_key(_YEAR.sub("", column.header)))
        if field is not None:
            by_field.setdefault(field, []).append(column.header)
    for column in report.columns:
        headers = by_field.get(column.field or "", [])
        if len(headers) < 2 or column.header not in headers:  # noqa: PLR2004 - two columns
            continue
        if report.report.year is not None and _year(column.header) == report.report.year:
            continue
        yield ReviewItem(
            "field_by_year", column.field,
            f"read from {column.header!r}; the table also has "
            + ", ".join(repr(h) for h in headers if h != column.header),
        )  # fmt: skip


#: Follows-plan answers that open a comment when the answer and the comment share a cell.
_ANSWER_LEAD = re.compile(r"^(ja|nej|delvis)\b\s*(?:[.,:;–—-]|$)", re.IGNORECASE)


def answer_in_text(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """No follows-plan value while the comment opens with an answer ("Delvis. Åtta kök
    ..."): the answer and the comment share a cell (or a column "Följer plan / kommentar"
    was read as the comment), so the answer was not read as the follows-plan value."""
    if risk.follows_plan is not None or not risk.comment:
        return
    lead = _ANSWER_LEAD.match(risk.comment)
    if lead:
        yield ReviewItem(
            "answer_in_text", "follows_plan",
            f"the comment opens with the answer {lead.group(1)!r}",
        )  # fmt: skip


#: An answer standing inside a text after a lowercase word ("... av Delvis utredningstiderna",
#: "... beviljade Ja"): a follows-plan cell's word read into the text beside it.
_ANSWER_INSIDE = re.compile(
    r"(?<=[a-zåäö,]) (Ja|Nej|Delvis)\b(?! *[,:]? *(?:[a-zåäö]+ )?(?:eller|och)\b)"
)


def answer_inside_text(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """No follows-plan value while a text holds an answer, capitalised, after a lowercase
    word ("Stickprov på 30 beviljade Ja"): a sentence does not capitalise "ja" inside it,
    so the follows-plan cell was read into the text of the column beside it (a column
    without a rule between them, or two headers read as one column)."""
    if risk.follows_plan is not None:
        return
    for field in ("risk", "controls", "handling", "comment"):
        found = _ANSWER_INSIDE.search(getattr(risk, field) or "")
        if found:
            yield ReviewItem(
                "answer_in_text", "follows_plan", f"{field} holds the answer {found.group(1)!r}"
            )
            return


def header_joined(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """A column whose header is two fields' headers side by side ("Kontrollmoment Följer
    plan") while no column is read as the second field: two columns whose headers stand on
    one line were read as one, so this record's text holds the other column's values."""
    fields = read_fields(report)
    for column in report.columns:
        key = header_key(column.header)
        if key in HEADER_WORDINGS:
            continue
        words = key.split()
        for cut in range(1, len(words)):
            first, second = " ".join(words[:cut]), " ".join(words[cut:])
            a, b = HEADER_WORDINGS.get(first), HEADER_WORDINGS.get(second)
            if a and b and a != b and not ({a, b} - {column.field} <= fields):
                yield ReviewItem(
                    "header_joined", column.field,
                    f"column {column.header!r} is two headers read as one",
                )  # fmt: skip
                return


#: A single mark that is no letter, digit or empty-cell mark: a status shown as a symbol.
_SYMBOL = re.compile(r"^[^\w\s\-–—−.*/]$")


def symbol_in_extra(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """A column of the report's own whose cell is one symbol ("✔", "◐", "●") while no column
    is read as follows plan, or it holds nothing: a status shown by an icon under an icon
    header, so the record's follows-plan answer stands there unread."""
    fields = read_fields(report)
    if "follows_plan" in fields and risk.follows_plan is not None:
        return
    for header, value in risk.extra.items():
        if _SYMBOL.match(value.strip()):
            yield ReviewItem(
                "symbol_in_extra", "follows_plan",
                f"column {header!r} holds the symbol {value.strip()!r}",
            )  # fmt: skip
            return


def columns_inferred(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """A column read as a field under no header: its field was inferred from what its cells
    hold (a grid whose header row could not be read, such as a dark header band on a 1-bit
    scan), so no printed header confirms the reading, and the order of controls and
    comment is a guess. Every record of such a table is flagged."""
    inferred = [c.field for c in report.columns if c.field is not None and not c.header.strip()]
    if inferred:
        yield ReviewItem(
            "columns_inferred", inferred[0],
            "read under no header, from what the cells hold: " + ", ".join(inferred),
        )  # fmt: skip


COLUMN_RULES: tuple[ColumnRule, ...] = (
    follow_up_missing, header_fragment, field_by_year, answer_in_text, symbol_in_extra,
    columns_inferred, answer_inside_text, header_joined,
)  # fmt: skip
