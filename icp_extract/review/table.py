"""Doubts read from a record against its table: the columns the table was read with, the
other records' values, and where each field's text stands (``provenance``).

A wrong reading of a table's structure (a column lost, two rows read as one, a cell given
to the wrong row) leaves every field's text looking whole; what gives it away is how the
record sits among its neighbours. Each rule is ``(risk, report, settings) -> items``, in
:data:`TABLE_RULES`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from icp_extract.lang.sv.headers import NEITHER_STATES, PRIMARY_WORDINGS
from icp_extract.model import Provenance, Report, ReviewItem, Risk
from icp_extract.review.text import header_key
from icp_extract.settings import Settings

TableRule = Callable[[Risk, Report, Settings], Iterable[ReviewItem]]

#: Fields a risk table states for each risk beside the risk itself: what is done about it
#: (a control, a handling: a risk inventory lists only the latter), and the follow-up of
#: the control (its result, or the answer whether it follows the plan).
CONTROL_FIELDS = ("controls", "handling")
FOLLOW_UP_FIELDS = ("follows_plan", "comment")


def read_fields(report: Report) -> set[str]:
    """The fields the report's columns were read as."""
    return {c.field for c in report.columns if c.field is not None}


def columns_missing(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """A table read without a column for what is done about the risk (control, handling)
    and without one for its follow-up (follows plan, comment): a follow-up report states
    both, so the table's right part was not read (a sheet printed two pages wide, labelled
    rows stacked under the risk) and this record lacks what it printed there."""
    if not report.columns or any(getattr(risk, f) for f in (*CONTROL_FIELDS, *FOLLOW_UP_FIELDS)):
        return
    fields = read_fields(report)
    if any(f in fields for f in CONTROL_FIELDS) or any(f in fields for f in FOLLOW_UP_FIELDS):
        return
    yield ReviewItem(
        "columns_missing", None, "the table was read without its control and follow-up columns"
    )


#: Each field's own names ("Kommentar" for the comment) and their field.
_PRIMARY = {header_key(w): f for f, ws in PRIMARY_WORDINGS.items() for w in ws}


def column_claimed(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """A column headed by a field's own name ("Kommentar") read as an extra column while
    another column with a lesser wording ("Utfall") was read as that field: two columns
    claim the field and the weaker one took it, so this record's field and that extra
    column may hold each other's text."""
    taken = {c.field: c.header for c in report.columns if c.field is not None}
    for column in report.columns:
        field = _PRIMARY.get(header_key(column.header))
        if column.field is not None or field is None or field not in taken:
            continue
        if header_key(taken[field]) in _PRIMARY:
            continue
        if column.header in risk.extra or getattr(risk, field) is not None:
            yield ReviewItem(
                "column_claimed", field, f"column {column.header!r} names {field} too, "
                f"{taken[field]!r} was read as it"
            )  # fmt: skip


#: Value fields whose cell a table fills on every row when it has the column.
VALUE_FIELDS = ("risk_value", "probability", "consequence", "follows_plan")


def states_why(risk: Risk) -> bool:
    """Whether a column of the report's own states that the control is not done yet
    ("Status: Pågår", "Ej påbörjad"): an empty follows-plan cell beside it is explained."""
    return any(
        " ".join(v.lower().split()).strip(" .") in NEITHER_STATES for v in risk.extra.values()
    )


def empty_values(risk: Risk, report: Report) -> list[str]:
    """The value fields whose column the report was read with and whose cell is empty in
    this record: nothing printed (a printed value not read is value_unparsed's or
    follows_plan_unknown's), and no answer beside a status saying the control is not done
    yet ("Pågår")."""
    fields = read_fields(report)
    return [
        field
        for field in VALUE_FIELDS
        if field in fields
        and getattr(risk, field) is None
        and not (risk.raw.get(field) or "").strip()
        and not (field == "follows_plan" and states_why(risk))
    ]


def value_missing(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """A value column with nothing in this record's cell while the records beside it have a
    value there. A follow-up table fills its value columns on every row; an empty cell among
    filled ones is a value shown some other way (a colour, a badge), a value read into the
    text beside it (columns without rules between them), or a row that is no risk (a
    heading, a parent of sub-risks). Only the neighbours are asked: a report with two
    tables has columns that only one of them prints. A risk value alone, without its two
    factors, is a whole assessment. An empty answer beside a status of the report's own
    saying the control is not done yet ("Pågår") is explained, and left alone."""
    near = _neighbours(report, risk)
    for field in empty_values(risk, report) if near else ():
        if field in ("probability", "consequence") and risk.risk_value is not None:
            continue
        if all(getattr(r, field) is not None for r in near):
            yield ReviewItem("value_missing", field, "the records beside it have a value here")


def column_empty(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """A value column (follows plan, risk value) read with nothing in any record's cell: the
    table shows its values some other way than text (a cell's colour, a badge, a symbol),
    or the column's position was read wrong, so every record's value is unknown rather than
    absent."""
    fields = read_fields(report)
    for field in ("follows_plan", "risk_value"):
        if field not in fields or getattr(risk, field) is not None:
            continue
        if any(getattr(r, field) is not None or r.raw.get(field) for r in report.risks):
            continue
        yield ReviewItem("column_empty", field, "the column holds no value in any record")


def _neighbours(report: Report, risk: Risk) -> list[Risk]:
    risks = report.risks
    at = next((i for i, r in enumerate(risks) if r is risk), None)
    if at is None:
        return []
    return [risks[j] for j in (at - 1, at + 1) if 0 <= j < len(risks)]


def score_incomplete(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """A risk value with one of its two factors and not the other, or three values that do
    not agree: a risk value is probability times consequence (or their sum), so a table
    prints both factors or neither. One alone is a column whose header ran into its
    neighbour's ("Risk Sannolikhet") or a value read into the wrong column."""
    p, c, v = risk.probability, risk.consequence, risk.risk_value
    if (p is None) != (c is None) and v is not None:
        missing = "probability" if p is None else "consequence"
        yield ReviewItem("score_incomplete", missing, "a risk value and only one factor")
    elif p is not None and c is not None and v is not None and v not in (p * c, p + c):
        yield ReviewItem(
            "score_incomplete", "risk_value", f"{v} is neither {p} x {c} nor {p} + {c}"
        )


#: Fields whose cell belongs to one row: a cell read for two records is two rows read as one.
ROW_FIELDS = ("risk", "controls", "handling", "comment")


def _boxes(risk: Risk, field: str) -> tuple[Provenance, ...]:
    return risk.provenance.get(field, ())


def shared_cell(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """A cell read for this record and its neighbour, in a field that a table gives each
    row of its own (risk, control, comment): two rows were read as one cell where a rule
    between them was missing or not seen, so each record holds the other's text too.
    A process or context spanning rows is the layout's own, and so is a value cell merged
    over rows that share a value, or a control or comment cell merged over rows whose risks
    stand apart (one comment for two risks); all are left alone."""
    near = _neighbours(report, risk)
    for field in ROW_FIELDS:
        mine = _boxes(risk, field)
        sharing = [other for other in near if mine and _boxes(other, field) == mine]
        if sharing:
            if risk.label is not None and field != "risk":
                continue  # sub-risks share their parent's control and follow-up by design
            if field != "risk" and all(_own_risk(risk, other) for other in sharing):
                continue  # rows told apart by their risks: a cell merged over them
            yield ReviewItem(
                "shared_cell", field, "the same cell was read for the record beside it"
            )


def _own_risk(risk: Risk, other: Risk) -> bool:
    """The two records' risks were read from cells of their own."""
    mine, theirs = _boxes(risk, "risk"), _boxes(other, "risk")
    return bool(mine) and bool(theirs) and mine != theirs


_PROSE_WORD = re.compile(r"[a-zåäö]{4,}")


def _is_prose_row(risk: Risk, report: Report) -> bool:
    """A row of running text cut into the table's columns: every value column of the table
    empty in it while one of its value cells holds words of a sentence ("bidraget har
    ansökningsomgång.")."""
    fields = [f for f in VALUE_FIELDS if f in read_fields(report)]
    if not fields or any(getattr(risk, f) is not None for f in fields):
        return False
    cells = [" ".join((risk.raw.get(f) or "").split()) for f in fields]
    return any(
        len(cell.split()) >= 2 and _PROSE_WORD.search(cell) and cell.lower() not in NEITHER_STATES
        for cell in cells
    )


def prose_row(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """A row of running text read as a record, and the record above it. A comment or a
    continuation printed across the whole table under its risk (a shaded full-width row)
    is cut by the columns into pieces of a record; the text belongs to the record above,
    which lacks it."""
    if _is_prose_row(risk, report):
        yield ReviewItem("prose_row", None, "a row of running text read as a record")
        return
    near = _neighbours(report, risk)
    after = near[-1] if near and near[-1] is not risk and near[-1].seq > risk.seq else None
    if after is not None and _is_prose_row(after, report):
        yield ReviewItem(
            "prose_row", None, "the row under it, running text, was read as a record of its own"
        )


def page_unread(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """A page the record lists on which none of its fields was read: the record was taken to
    continue onto that page, and what it printed there went into no field (or the page
    belongs to the next record)."""
    if not risk.provenance:
        return
    read = {p.page for boxes in risk.provenance.values() for p in boxes}
    for page in risk.pages:
        if page not in read:
            yield ReviewItem("page_unread", None, f"no field of the record was read on page {page}")


TABLE_RULES: tuple[TableRule, ...] = (
    columns_missing, column_claimed, value_missing, score_incomplete, shared_cell,
    column_empty, prose_row, page_unread,
)  # fmt: skip
