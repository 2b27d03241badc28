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

from icp_extract.lang.sv.numbers import parse_number
from icp_extract.model import ReportMeta

YEAR = re.compile(r"\b(19[89]\d|20[0-4]\d)\b")
ORGAN = re.compile(
    r"\b((?-i:[A-ZÅÄÖ][a-zåäö]+a )?(?-i:[A-ZÅÄÖ][a-zåäö]*- och )?[A-ZÅÄÖ]?[\wåäö-]*"
    r"(?:nämnd|styrelse|fullmäktige))"
    r"(ens|en|ns|n|s)?\b",
    re.IGNORECASE,
)
# Checked in this order: "delårsuppföljning" also contains "årsuppföljning".
PERIODS = (
    ("delår", ("delår",)),
    ("tertial", ("tertial",)),
    ("helår", ("helår", "årsbokslut", "årsuppföljning", "verksamhetsberättelse", "årsredovisning")),
)
TITLE_WORDS = ("uppföljning", "internkontroll", "intern kontroll")
# Words that say risks were inventoried ("inventerats", "identifierades", "bruttolista").
_INVENTORY_STEMS = ("inventer", "identifier", "bruttolist", "kartla", "omfattar", "totalt",
                    "sammanlagt", "riskanalys")  # fmt: skip
_CRITICAL = {"kritisk", "kritiska", "kritiskt"}
_RISK_NOUNS = {"risk", "risker", "riskerna", "riskområden"}
# Number-like words that are articles or pronouns here, never counts.
_NOT_COUNTS = {"en", "ett", "ena", "enda"}


@cache
def _matcher() -> tuple[Any, Any]:
    import spacy
    from spacy.matcher import Matcher

    nlp = spacy.blank("sv")
    nlp.add_pipe("sentencizer")
    matcher = Matcher(nlp.vocab)
    # A count of risks: a number (spaCy's Swedish LIKE_NUM knows the number words) right
    # before the risk noun, with at most one word between ("18 identifierade risker"), or
    # "N av dessa/dem/de" ("Nio av dessa risker", "Åtta av dem").
    number = {"LIKE_NUM": True, "LOWER": {"NOT_IN": sorted(_NOT_COUNTS)}}
    risks = {"LOWER": {"IN": sorted(_RISK_NOUNS)}}
    matcher.add("COUNT", [
        [number, risks],
        [number, {"IS_ALPHA": True, "LOWER": {"NOT_IN": sorted(_RISK_NOUNS)}}, risks],
        [number, {"LOWER": "av"}, {"LOWER": {"IN": ["dessa", "dem", "de"]}}],
        [number, {"LOWER": "som"}, {"LOWER": {"IN": sorted(_CRITICAL)}}],
    ])  # fmt: skip
    return nlp, matcher


def _counts(text: str) -> tuple[int | None, int | None]:
    """(risks inventoried, risks critical) as the prose states them, sentence by sentence: the
    first count in a sentence that speaks of criticality is the critical count; the first in
    one that speaks of inventory (and not of criticality) is the inventoried count."""
    nlp, matcher = _matcher()
    doc = nlp(text)
    inventoried = critical = None
    for sent in doc.sents:
        words = {t.lower_ for t in sent}
        is_critical = any(w.startswith("kritisk") for w in words)
        is_inventory = any(w.startswith(_INVENTORY_STEMS) for w in words)
        if not (is_critical or is_inventory):
            continue
        for _id, start, _end in sorted(matcher(sent.as_doc()), key=lambda m: m[1]):
            value = parse_number(sent[start].text)
            if value is None:
                continue
            if is_critical and critical is None:
                critical = value
            elif not is_critical and is_inventory and inventoried is None:
                inventoried = value
            break
    return inventoried, critical


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
    candidates = [
        (i, t, s) for i, (t, s) in enumerate(head) if any(w in t.lower() for w in TITLE_WORDS)
    ]
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
