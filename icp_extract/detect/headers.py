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
    PRIMARY_WORDINGS,
    RISK_TABLE_SUPPORT,
)
from icp_extract.settings import DEFAULT_SETTINGS, Settings

# A header naming an area of activity rather than a risk ("Riskområde", "Verksamhetsområde").
AREA_WORD = re.compile(r"område|verksamhet|funktion")
_PUNCT_EDGES = re.compile(r"^[\s:;.,*()\-]+|[\s:;.,*()\-]+$")
_TIMES = re.compile(r"\s*[×*]\s*")
_BRACKETED_END = re.compile(r"\s*\([^()]*\)?$")
_BREAK_HINTS = str.maketrans("", "", "\u00ad\u200b")


def header_key(text: str) -> str:
    """Lowercase, collapse spaces, drop edge punctuation and spaces around slashes; a
    multiplication sign or star between letters reads "x" ("S×K", "S*K" -> "s x k"). Soft
    hyphens and zero-width spaces are hints for breaking a line, not letters: a web page's
    label "Risk\u00advär\u00adde" is "riskvärde"."""
    text = text.translate(_BREAK_HINTS)
    key = " ".join(_TIMES.sub(" x ", text.lower()).split())
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


@cache
def _primary() -> dict[str, frozenset[str]]:
    return {f: frozenset(header_key(w) for w in ws) for f, ws in PRIMARY_WORDINGS.items()}


def _match(text: str, *, settings: Settings) -> tuple[str | None, bool, int]:
    """(field, known, strength): 4 for the field's own name, 3 for a listed wording, 2 for a
    near variant, 1 when a word inside a longer header decides."""
    key = header_key(text)
    if not key:
        return None, False, 0
    choices = _choices()
    if key in choices:
        field = choices[key]
        primary = field is not None and key in _primary().get(field, ())
        return field, True, 4 if primary else 3
    near = _near_variant(text, key, choices, settings=settings)
    if near is not None:
        return choices[near], True, 2
    deciding = _deciding_word(key, choices, settings=settings)
    if deciding is not None:
        return choices[deciding], True, 1
    return None, False, 0


def _near_variant(
    text: str, key: str, choices: dict[str, str | None], *, settings: Settings
) -> str | None:
    """The listed wording a header is a near variant of: one it abbreviates, one it is a
    close spelling of, or one it adds a closing remark to; None when it is none of these."""
    # An abbreviation ("Sannol.", "Kons.", "Riskv.", "Komm."): the shortest wording it
    # begins names the field.
    if text.rstrip().endswith(".") and len(key) >= settings.min_abbreviation:
        begun = sorted((c for c in choices if c.startswith(key)), key=len)
        if begun:
            return begun[0]
    best = process.extractOne(key, list(choices), scorer=fuzz.ratio)
    if best is not None and best[1] >= settings.fuzzy_min_score:
        return str(best[0])
    # A closing remark in brackets ("Enligt plan (Ja/Nej)", "Sannolikhet (1-4)") says how
    # the column is filled, not what it is.
    bare = _BRACKETED_END.sub("", key)
    if bare != key and bare in choices:
        return bare
    return None


def _deciding_word(key: str, choices: dict[str, str | None], *, settings: Settings) -> str | None:
    """Longer wordings ("Risk i verksamheten för att ...", "Bedömt riskvärde",
    "Kommentar/åtgärd"): the first word that is a wording of its own decides."""
    for token in re.split(r"[\s/]+", key):
        token = _PUNCT_EDGES.sub("", token)
        if len(token) >= settings.min_deciding_word and token in choices:
            return token
    return None


def reads_as_prose(text: str) -> bool:
    """Whether a would-be header cell is a piece of a sentence: it ends in a comma, or has
    several words and ends in a full stop ("varje kritisk risk vid årets slut."). Prose
    whose justified spaces line up into gutters was read as a header row that way; a real
    header ends in a stop only when it is one abbreviated word ("Sannol.", "Riskv.")."""
    stripped = text.strip()
    return stripped.endswith(",") or (stripped.endswith(".") and len(stripped.split()) > 1)


def _header_match(text: str, *, settings: Settings) -> tuple[str | None, bool, int]:
    if reads_as_prose(text):
        return None, False, 0
    found = _match(text, settings=settings)
    if found[0] is None:
        return _bracket_names_value(text, settings=settings) or found
    if found[2] < NEAR_WORDING and "/" in text:
        return _first_named_part(text, settings=settings) or found
    return found


#: The strength of a match by a wording (a listed one or a near variant), above a single
#: word deciding inside a longer header (see :func:`_match`).
NEAR_WORDING = 2


def _first_named_part(text: str, *, settings: Settings) -> tuple[str, bool, int] | None:
    """A header naming two fields joined by a slash ("Följer plan / kommentar"): the first
    part that is a wording of its own names the column, as the first word of a longer
    header does ("Kommentar/åtgärd")."""
    for part in text.split("/"):
        field, known, strength = _match(part, settings=settings)
        if field is not None and known and strength >= NEAR_WORDING:
            return field, True, strength
    return None


#: Value fields a remark in brackets may name for a header that names nothing itself.
_VALUE_REMARKS = ("risk_value", "probability", "consequence")


def _bracket_names_value(text: str, *, settings: Settings) -> tuple[str, bool, int] | None:
    """A header named only by its remark in brackets: "Bedömning (S × K)" is the risk
    value, as "S × K" alone is. Only value fields: a remark like "(Ja/Nej)" says how a
    column is filled, which the header's own words must name."""
    inner = re.search(r"\(([^()]+)\)\s*$", text)
    if inner is None:
        return None
    field, known, strength = _match(inner.group(1), settings=settings)
    if field in _VALUE_REMARKS and known:
        return field, True, min(strength, 2)
    return None


def map_header(text: str, *, settings: Settings = DEFAULT_SETTINGS) -> tuple[str | None, bool]:
    """(canonical field or None, whether the header is a known wording at all)."""
    field, known, _ = _header_match(text, settings=settings)
    return field, known


def exact_header(text: str) -> tuple[str | None, bool]:
    """(field, known) for a header that is one of the listed wordings exactly."""
    key = header_key(text)
    choices = _choices()
    return (choices[key], True) if key in choices else (None, False)


def map_headers(texts: list[str], *, settings: Settings = DEFAULT_SETTINGS) -> list[str | None]:
    """Fields for a row of headers, each field to one column: the strongest match wins, the
    leftmost among equals. A column that loses the risk field and names an area
    ("Riskområde" beside "Beskrivning av risk") takes the process field if it is free."""
    matches = [_header_match(t, settings=settings) for t in texts]
    fields: list[str | None] = [None] * len(texts)
    used: set[str] = set()
    area = [bool(AREA_WORD.search(header_key(t))) for t in texts]
    order = sorted(range(len(texts)), key=lambda i: (-matches[i][2], area[i], i))
    for i in order:
        field = matches[i][0]
        if field is not None and field not in used:
            fields[i] = field
            used.add(field)
    for i in order:
        field = matches[i][0]
        if fields[i] is None and field == "risk" and "process" not in used:
            if area[i]:
                fields[i] = "process"
                used.add("process")
    return fields


def is_risk_header(fields: list[str | None]) -> bool:
    return "risk" in fields and any(f in fields for f in RISK_TABLE_SUPPORT)


def keyword_hits(word: str, *, settings: Settings = DEFAULT_SETTINGS) -> bool:
    """Whether a printed word is (or, cut by a line-end hyphen, begins) a header word."""
    raw = header_key(word)
    token = raw.rstrip("-")
    if token in HEADER_KEYWORDS or token.startswith("risk"):
        return True
    return (
        word.rstrip().endswith("-")
        and len(token) >= settings.min_cut_keyword
        and _begins_keyword(token)
    )


@cache
def _begins_keyword(prefix: str) -> bool:
    return any(k.startswith(prefix) for k in HEADER_KEYWORDS)


def candidate_pages(texts: list[str], *, settings: Settings = DEFAULT_SETTINGS) -> list[int]:
    """1-based pages whose plain text looks like it holds a risk-table header or risk blocks:
    ``candidate_min_keywords`` distinct header words within ``candidate_window`` words
    (a header row prints its words together; prose that mentions risks spreads them out)."""
    out = []
    for number, text in enumerate(texts, start=1):
        tokens = [t for t in re.split(r"[\s/]+", text) if t]
        hits = [
            (i, header_key(t).rstrip("-"))
            for i, t in enumerate(tokens)
            if keyword_hits(t, settings=settings)
        ]
        best = 0
        for k, (start, _) in enumerate(hits):
            window = {w for i, w in hits[k:] if i - start < settings.candidate_window}
            best = max(best, len(window))
        if best >= settings.candidate_min_keywords:
            out.append(number)
    return out
