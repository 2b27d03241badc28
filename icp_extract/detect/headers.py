"""Map printed column headers to canonical fields through the Swedish synonym table."""

from __future__ import annotations

import re
from functools import cache

from rapidfuzz import fuzz, process

from icp_extract.lang.sv.headers import (
    EXTRA_HEADERS,
    FIELDS,
    HEADER_KEYWORDS,
    HEADER_SYNONYMS,
    RISK_TABLE_SUPPORT,
)

# Fuzzy score (0-100) a header needs to count as a synonym's variant.
FUZZY_MIN_SCORE = 88
_PUNCT_EDGES = re.compile(r"^[\s:;.,*()\-]+|[\s:;.,*()\-]+$")


def header_key(text: str) -> str:
    """Lowercase, collapse spaces, drop edge punctuation and spaces around slashes."""
    key = " ".join(text.lower().split())
    key = re.sub(r"\s*/\s*", "/", key)
    return _PUNCT_EDGES.sub("", key)


@cache
def _choices() -> dict[str, str | None]:
    table: dict[str, str | None] = {}
    for field in FIELDS:
        for wording in HEADER_SYNONYMS.get(field, ()):
            table[header_key(wording)] = field
    for wording in EXTRA_HEADERS:
        table.setdefault(header_key(wording), None)
    return table


def map_header(text: str) -> tuple[str | None, bool]:
    """(canonical field or None, whether the header is a known wording at all)."""
    key = header_key(text)
    if not key:
        return None, False
    choices = _choices()
    if key in choices:
        return choices[key], True
    best = process.extractOne(key, list(choices), scorer=fuzz.ratio)
    if best is not None and best[1] >= FUZZY_MIN_SCORE:
        return choices[best[0]], True
    # Longer wordings ("Risk i verksamheten för att ...", "Bedömt riskvärde",
    # "Kommentar/åtgärd"): the first word that is a wording of its own decides.
    for token in re.split(r"[\s/]+", key):
        token = _PUNCT_EDGES.sub("", token)
        if len(token) > 2 and token in choices:
            return choices[token], True
    return None, False


def exact_header(text: str) -> tuple[str | None, bool]:
    """(field, known) for a header that is one of the listed wordings exactly."""
    key = header_key(text)
    choices = _choices()
    return (choices[key], True) if key in choices else (None, False)


def map_headers(texts: list[str]) -> list[str | None]:
    """Fields for a row of headers; a field is given to one column only (the first)."""
    fields: list[str | None] = []
    used: set[str] = set()
    for text in texts:
        field, _known = map_header(text)
        if field is not None and field in used:
            field = None
        if field is not None:
            used.add(field)
        fields.append(field)
    return fields


def is_risk_header(fields: list[str | None]) -> bool:
    return "risk" in fields and any(f in fields for f in RISK_TABLE_SUPPORT)


def keyword_hits(word: str) -> bool:
    token = header_key(word).rstrip("-")
    return token in HEADER_KEYWORDS or token.startswith("risk")


# A page is worth a full analysis when its plain text holds this many distinct header keywords.
CANDIDATE_MIN_KEYWORDS = 4


def candidate_pages(texts: list[str]) -> list[int]:
    """1-based pages whose plain text looks like it holds a risk-table header or risk blocks."""
    out = []
    for number, text in enumerate(texts, start=1):
        tokens = {header_key(t).rstrip("-") for t in re.split(r"[\s/]+", text.lower())}
        hits = {t for t in tokens if t in HEADER_KEYWORDS}
        if len(hits) >= CANDIDATE_MIN_KEYWORDS:
            out.append(number)
    return out
