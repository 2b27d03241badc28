"""Doubts about one risk, from what the record itself carries: its values and the text each
was read from (``raw``), and the report's columns.

Each rule is a function ``(risk, report) -> items``: a new source of doubt is a new function
in :data:`RISK_RULES`, with a test that raises it and a near case that does not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from icp_extract.model import Report, ReviewItem, Risk
from icp_extract.review.columns import COLUMN_RULES
from icp_extract.review.ocr import OCR_RULES
from icp_extract.review.table import NEITHER_STATES, TABLE_RULES
from icp_extract.review.text import PROSE_FIELDS, TEXT_RULES
from icp_extract.settings import DEFAULT_SETTINGS, Settings

#: Score fields: a number is expected when the cell holds text.
SCORE_FIELDS = ("risk_value", "probability", "consequence")
#: Text that marks an empty cell, not a value ("–", "-", "n/a", "—"): nothing to read there.
_EMPTY_MARK = re.compile(r"^[\s\-–—−.*/]*(?:n/?a|ej tillämplig|saknas)?[\s\-–—−.*/]*$", re.I)

#: Check boxes printed as characters ("☒ Ja ☐ Nej"): none checked is no answer, by design.
CHECKED_BOXES = "☒☑⊠✔✓"
UNCHECKED_BOXES = "☐□"
#: A line-end hyphen before a lowercase letter: enough to read a one- or two-word state.
_LINE_END_HYPHEN = re.compile(r"[-\u2010]\n(?=[a-zåäö])")
#: A soft hyphen (U+00AD), with the line break after it when it ends a line (Chromium).
_SOFT_HYPHEN = re.compile("\u00ad\\s*")

Rule = Callable[[Risk, Report, Settings], Iterable[ReviewItem]]


def _printed(risk: Risk, field: str) -> str | None:
    """The cell's printed text, its lines joined, when it holds more than an empty mark."""
    text = risk.raw.get(field)
    if text is None or _EMPTY_MARK.match(text):
        return None
    text = _SOFT_HYPHEN.sub("", text)  # invisible, or a break the reader joins
    return " ".join(_LINE_END_HYPHEN.sub("", text).split())


def value_unparsed(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """A value cell with a number in it from which no value was read ("3-4", "12/16").

    A cell of words only ("Hög", "Sannolik") is an assessment in words, which gives null by
    design, with the words in ``raw``; a risk value cell that states probability and
    consequence instead ("S3 K4", "4 x 3") has been read: the two values came from it."""
    for field in SCORE_FIELDS:
        text = _printed(risk, field)
        if text is None or getattr(risk, field) is not None:
            continue
        if not any(c.isdigit() for c in text):
            continue
        if field == "risk_value" and risk.probability is not None and risk.consequence is not None:
            continue
        yield ReviewItem("value_unparsed", field, f"printed {text!r}, no value read")


def value_out_of_scale(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """A score beyond every scale a risk table uses: a probability or consequence above
    ``review_max_factor``, a risk value above ``review_max_risk_value`` (5 x 5). A digit
    of a rule, a footnote or the next cell read into the number ("167" for "12") makes
    one."""
    limits = (
        ("probability", settings.review_max_factor),
        ("consequence", settings.review_max_factor),
        ("risk_value", settings.review_max_risk_value),
    )
    for field, limit in limits:
        value = getattr(risk, field)
        if value is not None and value > limit:
            yield ReviewItem("value_out_of_scale", field, f"{value} is beyond any scale")


def follows_plan_unknown(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """A follows-plan cell whose word is neither an answer nor a known state, or whose check
    boxes are checked more than once."""
    text = _printed(risk, "follows_plan")
    if text is None or risk.follows_plan is not None:
        return
    checked = sum(text.count(c) for c in CHECKED_BOXES)
    if checked > 1:
        yield ReviewItem("follows_plan_unknown", "follows_plan", f"{checked} boxes checked")
        return
    if checked == 0 and any(c in text for c in UNCHECKED_BOXES):
        return  # no box checked: no answer given
    key = re.sub(r"[\s.,:;]+", " ", text.lower()).strip()
    if key in NEITHER_STATES or " ".join(key.split()[:2]) in NEITHER_STATES:
        return
    yield ReviewItem("follows_plan_unknown", "follows_plan", f"printed {text!r}, not an answer")


def no_risk_text(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    if risk.risk is None:
        yield ReviewItem("no_risk_text", "risk", "the record has no risk text")


def no_process(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """A record without a process. Where the table prints a process column, a cell spanning
    rows was not carried down or the row is not a risk; where it prints none, the process
    usually stands elsewhere (a heading over the table, a section row) and was not found.
    Reports that name no process at all exist, so this is a doubt, not an error."""
    if risk.process is not None:
        return
    if any(c.field == "process" for c in report.columns):
        yield ReviewItem("no_process", "process", "the table has a process column, this row none")
    else:
        yield ReviewItem(
            "no_process", "process", "the table has no process column and no heading named one"
        )


#: Swedish words a sentence does not end with (conjunctions, prepositions, articles, "att"):
#: a risk text ending so was cut, at a page break or by a row boundary read wrongly.
OPEN_ENDINGS = frozenset({
    "och", "att", "vilket", "vilka", "som", "eller", "samt", "men", "då", "när", "där", "om",
    "i", "på", "för", "av", "med", "till", "från", "vid", "under", "mot", "utan", "genom",
    "en", "ett", "den", "det", "de", "inte", "kan", "så",
})  # fmt: skip
_LAST_WORD = re.compile(r"(\w+)\W*$")
#: A score as a cell of its own prints it: one or two digits, or the two factors and their
#: product ("S3/K4 = 12", "3 x 4 = 12").
_SCORE = re.compile(
    r"\s*(?:[A-Za-z]{0,2}\s?\d{1,2}\s*[/x×*]\s*[A-Za-z]{0,2}\s?\d{1,2}\s*=\s*)?\d{1,2}\s*"
)
#: Follows-plan answers as a cell prints them.
ANSWERS = frozenset({"ja", "nej", "delvis"})


def text_cut(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """A text (risk, control, handling, comment) that ends where no sentence can: its row was
    likely cut in two, at a page break or by a row boundary read wrongly, and the rest went
    to the next record or to no field. A text that ends inside a bracket, with no full stop
    after it ("... enligt rutinen (https://intranat.se/it/at") is cut too."""
    for field in PROSE_FIELDS:
        text = (getattr(risk, field) or "").rstrip()
        if not text:
            continue
        last = _LAST_WORD.search(text)
        if _ends_in_open_bracket(text):
            yield ReviewItem("text_cut", field, "the text ends inside an open bracket")
        elif text.endswith((",", ":", ";")):
            yield ReviewItem("text_cut", field, f"the text ends with {text[-1]!r}")
        elif last and text.endswith(last.group(1)) and last.group(1).lower() in OPEN_ENDINGS:
            yield ReviewItem("text_cut", field, f"the text ends with {last.group(1)!r}")


def _ends_in_open_bracket(text: str) -> bool:
    """The last bracket is opened and not closed, and no sentence ends after it."""
    opened = text.rfind("(")
    if opened <= text.rfind(")"):
        return False
    tail = text[opened:]
    return not tail.endswith((".", "!", "?")) and ". " not in tail


#: What a finished sentence ends with.
_SENTENCE_END = (".", "!", "?", ")", '"', "”")


def text_unended(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """A text without a sentence's end in a column whose other texts end as sentences do:
    when ``review_ended_share`` of at least ``review_ended_min`` other records end their
    text in this field with a full stop, one that does not was likely cut where a row
    boundary or a rule was read inside its cell ("Stickprov på 30 beviljade"), and the rest
    went to no field."""
    for field in PROSE_FIELDS:
        text = (getattr(risk, field) or "").rstrip()
        if not text or text.endswith(_SENTENCE_END) or _EMPTY_MARK.match(text):
            continue  # an empty cell's mark ("–") is no sentence
        others = [(getattr(r, field) or "").rstrip() for r in report.risks if r is not risk]
        others = [t for t in others if t]
        ended = sum(t.endswith(_SENTENCE_END) for t in others)
        if len(others) >= settings.review_ended_min and ended >= settings.review_ended_share * len(
            others
        ):
            yield ReviewItem(
                "text_cut", field, "no sentence end, where the column's other texts have one"
            )


def value_in_extra(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """A report's own column holding scores or answers where no column is read as the risk
    value or follows plan: a header cut or reworded past recognition ("de" for "Riskvär-
    de") sends the field's cells to ``extra``."""
    fields = {c.field for c in report.columns}
    for header, value in risk.extra.items():
        if "risk_value" not in fields and _SCORE.fullmatch(value):
            what = "a risk value"
        elif "follows_plan" not in fields and value.strip().lower() in ANSWERS:
            what = "a follows-plan answer"
        else:
            continue
        yield ReviewItem(
            "value_in_extra", header, f"{value!r} in column {header!r} looks like {what}"
        )


RISK_RULES: tuple[Rule, ...] = (
    value_unparsed, value_out_of_scale, follows_plan_unknown, no_risk_text, no_process,
    text_cut, text_unended, value_in_extra,
    *TEXT_RULES, *TABLE_RULES, *COLUMN_RULES, *OCR_RULES,
)  # fmt: skip


def review_risk(
    risk: Risk, report: Report, settings: Settings = DEFAULT_SETTINGS
) -> tuple[ReviewItem, ...]:
    return tuple(item for rule in RISK_RULES for item in rule(risk, report, settings))
