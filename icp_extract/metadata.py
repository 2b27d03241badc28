"""Report metadata: organ, year, period, title, and the risk counts stated in the prose.

Counts are found with spaCy's rule Matcher over a blank Swedish pipeline (no model download):
a number (digits or a number word) followed within a few tokens by "risk..." and a verb of
inventory ("inventerats", "identifierats") or a criticality word ("kritisk", "kritiska").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from icp_extract.lang.sv.numbers import NUMBER_WORDS, parse_number
from icp_extract.model import ReportMeta

YEAR = re.compile(r"\b(19[89]\d|20[0-4]\d)\b")
ORGAN = re.compile(
    r"\b((?:[A-ZÅÄÖ][\wåäö-]*[- ]och[- ])?[A-ZÅÄÖ]?[\wåäö-]*(?:nämnd|styrelse|fullmäktige))"
    r"(ens|en|ns|n|s)?\b",
    re.IGNORECASE,
)
PERIODS = (
    ("helår", ("helår", "årsbokslut", "årsuppföljning", "verksamhetsberättelse", "årsredovisning")),
    ("delår", ("delår",)),
    ("tertial", ("tertial",)),
)
TITLE_WORDS = ("uppföljning", "internkontroll", "intern kontroll")
_INVENTORY = {"inventerats", "identifierats", "inventerade", "identifierade", "bedömts",
              "kartlagts", "inventerades", "identifierades"}  # fmt: skip
_CRITICAL = {"kritisk", "kritiska", "kritiskt"}


@cache
def _matcher() -> tuple[Any, Any]:
    import spacy
    from spacy.matcher import Matcher

    nlp = spacy.blank("sv")
    nlp.add_pipe("sentencizer")
    matcher = Matcher(nlp.vocab)
    number = {"LOWER": {"REGEX": r"^(\d{1,3}|" + "|".join(NUMBER_WORDS) + r"\w*)$"}}
    gap = {"IS_SENT_START": False, "OP": "{0,8}"}
    RISKS = {"LOWER": {"REGEX": r"^(risk|risker|riskerna)$"}}
    matcher.add("INVENTORIED", [[number, RISKS, gap,
                                 {"LOWER": {"IN": sorted(_INVENTORY)}}]])  # fmt: skip
    matcher.add("CRITICAL", [[number, gap, RISKS, gap,
                              {"LOWER": {"IN": sorted(_CRITICAL)}}]])  # fmt: skip
    return nlp, matcher


def _counts(text: str) -> tuple[int | None, int | None]:
    nlp, matcher = _matcher()
    doc = nlp(text)
    found: dict[str, int] = {}
    for match_id, start, _end in sorted(matcher(doc), key=lambda m: (m[1], -m[2])):
        key = nlp.vocab.strings[match_id]
        if key in found:
            continue
        value = parse_number(doc[start].text)
        if value is not None:
            found[key] = value
    return found.get("INVENTORIED"), found.get("CRITICAL")


def _organ(text: str) -> str | None:
    for m in ORGAN.finditer(text):
        stem = m.group(1)
        if stem.lower() in {"nämnd", "styrelse", "fullmäktige"}:
            continue
        base = stem[0].upper() + stem[1:]
        if base.endswith("nämnd"):
            base += "en"
        elif base.endswith("styrelse"):
            base += "n"
        return base
    return None


def _title(lines: Sequence[tuple[str, float]], join: Callable[[Sequence[str]], str]) -> str | None:
    """The first line in the largest font among the first lines; joined with a follow-on line."""
    if not lines:
        return None
    head = lines[:15]
    candidates = [(i, t, s) for i, (t, s) in enumerate(head) if any(w in t.lower() for w in TITLE_WORDS)]
    if not candidates:
        return None
    biggest = max(s for _, _, s in candidates)
    i, text, size = next(c for c in candidates if c[2] >= biggest - 0.1)
    parts = [text]
    for t, s in head[i + 1 : i + 3]:
        if abs(s - size) <= 0.1 and t.strip():
            parts.append(t)
        else:
            break
    return join(parts)


def extract_metadata(
    lines: Sequence[tuple[str, float]], prose: str, join: Callable[[Sequence[str]], str]
) -> ReportMeta:
    """``lines``: the document's first lines as (text, font size); ``prose``: text outside
    tables; ``join``: the normaliser, to join a title broken over lines."""
    title = _title(lines, join)
    basis = title or prose[:2000]
    year_m = YEAR.search(basis) or YEAR.search(prose)
    period = None
    low = basis.lower()
    for name, words in PERIODS:
        if any(w in low for w in words):
            period = name
            break
    inventoried, critical = _counts(prose)
    return ReportMeta(
        organ=_organ(basis) or _organ(prose),
        year=int(year_m.group(1)) if year_m else None,
        period=period,
        title=title,
        risks_inventoried=inventoried,
        risks_critical=critical,
    )
