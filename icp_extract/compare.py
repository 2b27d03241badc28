"""Year against year: which risks of a nämnd stayed, changed, came or went.

Risks carry no identifier from one year's report to the next, so they are matched on what
they say: the process and the risk text. Wording drifts ("förhandsbedömning görs inte" /
"förhandsbedömningar görs inte"), so texts are compared as Swedish lemmas (spaCy's lookup
table from spacy-lookups-data: "anmälningar" and "anmälan" both become "anmälan") with
rapidfuzz's token ratios, which forgive reordering and small insertions. Each risk of year A
is paired with at most one risk of year B, best pairs first; what is left over is removed
(A) or added (B).

The result is data (:class:`Comparison`, ``to_dict()`` for ``compare.json``); the files are
written by :mod:`icp_extract.export.comparison`, which imports this module, never the other
way round.
"""

from __future__ import annotations

import difflib
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from icp_extract.errors import RequestError
from icp_extract.lang.sv.lemma_table import lemma_map
from icp_extract.model import RISK_COLUMNS, Report, Risk

log = logging.getLogger(__name__)

#: The fields whose change is reported, in contract order. ``seq`` and ``pages`` are where a
#: risk stands in its report, not what it says, so they never count as a change.
COMPARED_FIELDS = (*(f for f in RISK_COLUMNS if f != "seq"), "extra")
TEXT_FIELDS = frozenset({"process", "context", "risk", "controls", "handling", "comment"})
SCORE_FIELDS = frozenset({"risk_value", "probability", "consequence"})

#: Matching thresholds, on rapidfuzz's 0-100 scale. A pair must have a risk text at least
#: this similar ...
MIN_RISK_SIMILARITY = 72.0
#: ... and a weighted score (risk text and process together) at least this high.
MIN_SCORE = 70.0
#: Weight of the risk text in the score; the process makes up the rest. The process mostly
#: tells apart two similar risks of different processes ("risk för felaktiga utbetalningar").
RISK_WEIGHT = 0.75


_WORD = re.compile(r"\w+", re.UNICODE)


# ------------------------------------------------------------------------------------------
# Result


@dataclass(frozen=True)
class Side:
    """One input of a comparison, as named in ``compare.json``."""

    file: str
    organ: str | None
    year: int | None

    @classmethod
    def of(cls, report: Report) -> Side:
        return cls(report.source.file, report.report.organ, report.report.year)

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "organ": self.organ, "year": self.year}


@dataclass(frozen=True)
class Match:
    """A risk of year A and its counterpart in year B; ``changed`` empty if nothing changed.

    ``diff`` holds, per changed field, ``{"a": before, "b": after}`` and for texts also
    ``"words"``, a word-level diff as ``[op, words]`` pairs (``"="`` kept, ``"-"`` only in A,
    ``"+"`` only in B); for risk value, probability and consequence also ``"direction"``:
    ``"up"``, ``"down"``, or None when one side has no value.
    """

    a_seq: int
    b_seq: int
    changed: tuple[str, ...] = ()
    diff: dict[str, dict[str, Any]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "a_seq": self.a_seq,
            "b_seq": self.b_seq,
            "changed": list(self.changed),
            "diff": {name: dict(self.diff[name]) for name in self.changed},
        }


@dataclass(frozen=True)
class Added:
    b_seq: int

    def to_dict(self) -> dict[str, Any]:
        return {"b_seq": self.b_seq}


@dataclass(frozen=True)
class Removed:
    a_seq: int

    def to_dict(self) -> dict[str, Any]:
        return {"a_seq": self.a_seq}


@dataclass(frozen=True)
class Comparison:
    """Year A against year B. Lists are in seq order (``matched`` by A's seq)."""

    a: Side
    b: Side
    matched: tuple[Match, ...]
    added: tuple[Added, ...]
    removed: tuple[Removed, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": self.a.to_dict(),
            "b": self.b.to_dict(),
            "matched": [m.to_dict() for m in self.matched],
            "added": [x.to_dict() for x in self.added],
            "removed": [x.to_dict() for x in self.removed],
        }


def comparison_json(comparisons: Sequence[Comparison]) -> dict[str, Any] | list[dict[str, Any]]:
    """What ``compare.json`` holds: one object for two inputs, else one per consecutive pair."""
    if len(comparisons) == 1:
        return comparisons[0].to_dict()
    return [c.to_dict() for c in comparisons]


# ------------------------------------------------------------------------------------------
# Similarity


def lemmas(text: str | None) -> str:
    """Lowercase lemmas of ``text``'s words, space-separated. Hyphens in compounds are dropped
    first, so "kompetens-försörjning" and "kompetensförsörjning" are the same word."""
    if not text:
        return ""
    table = lemma_map()
    words = _WORD.findall(text.lower().replace("-", "").replace("\u00ad", ""))
    return " ".join(table.get(w, w) for w in words)


def similarity(a: str, b: str) -> float:
    """0-100: how alike two lemma strings are. Sorting the tokens forgives reordering; the
    set ratio forgives a phrase added on one side, weighted lower because it also makes a
    short risk look like any longer one that contains it."""
    if not a and not b:
        return 100.0
    if not a or not b:
        return 0.0
    return max(fuzz.token_sort_ratio(a, b), 0.9 * fuzz.token_set_ratio(a, b))


@dataclass(frozen=True)
class _Key:
    """What a risk is matched on, as lemmas: its process, and its risk text (with the
    context that introduces a labelled sub-risk; the controls if it has no risk text)."""

    process: str
    risk: str

    @classmethod
    def of(cls, risk: Risk) -> _Key:
        text = " ".join(t for t in (risk.context, risk.risk) if t) or risk.controls or ""
        return cls(lemmas(risk.process), lemmas(text))


def score(a: Risk, b: Risk) -> tuple[float, float]:
    """(weighted score, risk text similarity) of a candidate pair; exposed for tuning."""
    ka, kb = _Key.of(a), _Key.of(b)
    return _score(ka, kb)


def _score(a: _Key, b: _Key) -> tuple[float, float]:
    risk = similarity(a.risk, b.risk)
    process = similarity(a.process, b.process)
    return RISK_WEIGHT * risk + (1 - RISK_WEIGHT) * process, risk


def _pairs(a: Sequence[Risk], b: Sequence[Risk]) -> list[tuple[Risk, Risk]]:
    """Best pairs first: each risk in at most one pair; ties go to the earlier risks."""
    ka = [_Key.of(r) for r in a]
    kb = [_Key.of(r) for r in b]
    candidates = []
    for i, x in enumerate(ka):
        for j, y in enumerate(kb):
            total, risk = _score(x, y)
            if risk >= MIN_RISK_SIMILARITY and total >= MIN_SCORE:
                candidates.append((-round(total, 6), -round(risk, 6), i, j))
    candidates.sort()
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs = []
    for _, _, i, j in candidates:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        pairs.append((a[i], b[j]))
    return sorted(pairs, key=lambda p: p[0].seq)


# ------------------------------------------------------------------------------------------
# Differences


def word_diff(a: str | None, b: str | None) -> list[list[str]]:
    """Word-level diff of two texts: runs of ``["=", words]``, ``["-", words]``, ``["+", words]``.

    Words are the texts split on whitespace, punctuation attached, so "dagar." and "dagar"
    differ; within a replaced run the removed words come before the added ones.
    """
    wa, wb = (a or "").split(), (b or "").split()
    out: list[list[str]] = []
    matcher = difflib.SequenceMatcher(a=wa, b=wb, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.append(["=", " ".join(wa[i1:i2])])
            continue
        if i2 > i1:
            out.append(["-", " ".join(wa[i1:i2])])
        if j2 > j1:
            out.append(["+", " ".join(wb[j1:j2])])
    return out


def _direction(a: int | None, b: int | None) -> str | None:
    if a is None or b is None:
        return None
    return "up" if b > a else "down"


def diff_risks(a: Risk, b: Risk) -> Match:
    changed: list[str] = []
    diff: dict[str, dict[str, Any]] = {}
    for name in COMPARED_FIELDS:
        va, vb = getattr(a, name), getattr(b, name)
        if va == vb:
            continue
        changed.append(name)
        entry: dict[str, Any] = {"a": va, "b": vb}
        if name in TEXT_FIELDS:
            entry["words"] = word_diff(va, vb)
        elif name in SCORE_FIELDS:
            entry["direction"] = _direction(va, vb)
        elif name == "extra":
            entry = {"a": dict(va), "b": dict(vb)}
        diff[name] = entry
    return Match(a.seq, b.seq, tuple(changed), diff)


# ------------------------------------------------------------------------------------------
# Public


def compare_pair(a: Report, b: Report) -> Comparison:
    """Report ``a`` (the earlier year) against ``b``."""
    pairs = _pairs(a.risks, b.risks)
    seen_a = {x.seq for x, _ in pairs}
    seen_b = {y.seq for _, y in pairs}
    return Comparison(
        a=Side.of(a),
        b=Side.of(b),
        matched=tuple(diff_risks(x, y) for x, y in pairs),
        added=tuple(Added(r.seq) for r in b.risks if r.seq not in seen_b),
        removed=tuple(Removed(r.seq) for r in a.risks if r.seq not in seen_a),
    )


def by_year(reports: Sequence[Report]) -> list[Report]:
    """The reports earliest year first (a stable sort: reports of one year keep their order).

    When a report states no year there is nothing to sort on, and the order given is kept."""
    if any(r.report.year is None for r in reports):
        return list(reports)
    return sorted(reports, key=lambda r: r.report.year or 0)


def compare(reports: Sequence[Report]) -> list[Comparison]:
    """Each report against the next, in the order given (earliest first: see :func:`by_year`).

    "Up", "down", "added" and "removed" read from the first report of a pair to the second,
    so the order is the caller's to get right; the command line sorts by year first."""
    if len(reports) < 2:
        raise RequestError(
            "a comparison needs at least two reports", advice="give two or more inputs"
        )
    return [compare_pair(a, b) for a, b in zip(reports, reports[1:], strict=False)]
