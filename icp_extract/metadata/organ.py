"""The organ a report is of, as printed: a nämnd, a styrelse, a kommunalförbund or a company."""

from __future__ import annotations

import re
from collections.abc import Sequence

from icp_extract.lang.sv import lexicon as sv_lexicon

ORGAN = re.compile(
    r"\b((?-i:(?:[A-ZÅÄÖ][a-zåäö]+a )?[A-ZÅÄÖ][a-zåäö]+s )?"  # "Västra Hisingens"
    r"(?-i:[A-ZÅÄÖ][a-zåäö]+a )?(?-i:[A-ZÅÄÖ][a-zåäö]*-(?:, [a-zåäö]+-)* och )?[A-ZÅÄÖ]?[\wåäö-]*"
    r"(?:nämnd|styrelse|fullmäktige))"
    r"(ens|en|ns|n|s)?\b",
    re.IGNORECASE,
)
# A kommunalförbund, named as printed with the place names after it ("Räddningstjänst-
# förbundet Östra Vättern", "Samordningsförbundet Göteborg"), or after a place in the
# genitive ("Sydkustens IT-förbund").
UNION = re.compile(
    r"\b([A-ZÅÄÖ][a-zåäö]*förbundet(?: [A-ZÅÄÖ][a-zåäö]+){0,3}"
    r"|(?-i:[A-ZÅÄÖ][a-zåäö]+s) [A-ZÅÄÖ][\wåäö]*-?förbund)\b"
)
# A nämnd named for its field after "för", as printed: "Nämnden för funktionsstöd",
# "Nämnden för arbetsmarknad och vuxenutbildning".
# An adjective may stand before the field ("teknisk försörjning"), and the first of two
# fields may end in a hyphen ("konsument- och medborgarservice").
NAMED_FOR = re.compile(
    r"\b((?-i:Nämnden) för (?:[a-zåäö]+(?:isk|iska|ig|iga|ell|ella|al|ala|sam|samma|lig|liga) )?"
    r"[a-zåäöA-ZÅÄÖ][a-zåäö]+(?:-? och [a-zåäö]+)?)(?![\wåäö-])"
)
# A place name in the genitive before a lowercase organ word ("Skärholmens stadsdelsnämnd",
# "Västra Hisingens stadsdelsnämnd").
_GENITIVE = re.compile(r"(?:[A-ZÅÄÖ][a-zåäö]+a )?([A-ZÅÄÖ][a-zåäö]+)s (?=[a-zåäö])")
# A district's nämnd is named for its district: the genitive before it is a place, even one
# spelled like a common word ("Södermalms stadsdelsnämnd").
_DISTRICT = "stadsdelsnämnd"
# A place name (no genitive) before a lowercase organ word: "Farsta stadsdelsnämnd".
_PLACE_BEFORE = re.compile(r"([A-ZÅÄÖ][a-zåäö]+) (?=[a-zåäö])")
# The first parts of a place name joined by hyphens, just before the organ's match
# ("Enskede-Årsta-" before "Vantörs stadsdelsnämnd").
_PLACE_PARTS = re.compile(r"(?<![\wåäö-])((?:[A-ZÅÄÖ][a-zåäö]+-)+)$")
# A whole place name, its parts joined by hyphens, just before a lowercase organ word
# ("Hägersten-Älvsjö " before "stadsdelsnämnd").
_PLACE_NAME = re.compile(r"(?<![\wåäö-])((?:[A-ZÅÄÖ][a-zåäö]+-)*[A-ZÅÄÖ][a-zåäö]+s?) $")
# A kommunalförbund's board named before it, as printed: "Direktionen för
# Räddningstjänstförbundet ...", "Förbundsstyrelsen i ...".
_UNION_BOARD = re.compile(r"(?<![\wåäö])((?:Förbunds)?(?:[Dd]irektionen|[Ss]tyrelsen) (?:för|i) )$")
# A company owned by the municipality, named as printed: "Björkvikshem AB", "Kommunfastigheter
# i Norrhamra AB". Taken only from the lines around the title: prose names suppliers too.
COMPANY = re.compile(
    r"\b((?-i:[A-ZÅÄÖ][\wåäö-]*)(?:(?: (?:i|och|på))? (?-i:[A-ZÅÄÖ][\wåäö-]*)){0,3}) AB\b"
)


def _place_named(text: str, m: re.Match[str]) -> str | None:
    """An organ named for a place whose name has parts joined by hyphens, or is no common
    word, before the organ word in the indefinite form, as printed: "Hägersten-Älvsjö
    stadsdelsnämnd", "Enskede-Årsta-Vantörs stadsdelsnämnd", "Älvsjö stadsdelsnämnd". A
    common word before it ("Varje nämnd") names no place."""
    if m.group(2) is not None:
        return None
    stem = m.group(1)
    if stem[0].isupper():
        parts = _PLACE_PARTS.search(text, 0, m.start(1))
        return parts.group(1) + stem if parts is not None else None
    place = _PLACE_NAME.search(text, 0, m.start(1))
    if place is None:
        return None
    name = place.group(1)
    if "-" in name or not sv_lexicon.is_word(name.lower().removesuffix("s")):
        return f"{name} {stem}"
    return None


def _union(text: str, union: re.Match[str]) -> str:
    """A kommunalförbund as printed, with its board when the text names it before."""
    board = _UNION_BOARD.search(text, 0, union.start(1))
    return (board.group(1) if board is not None else "") + union.group(1)


def _organ(text: str) -> str | None:
    named = NAMED_FOR.search(text)
    if named is not None:
        return named.group(1)
    union = UNION.search(text)
    for m in ORGAN.finditer(text):
        if union is not None and union.start() < m.start():
            break
        placed = _place_named(text, m)
        if placed is not None:
            return placed
        stem = m.group(1)
        genitive = _GENITIVE.match(stem)
        if genitive is not None:
            if sv_lexicon.is_word(genitive.group(1).lower()) and _DISTRICT not in stem:
                # "Nämndens styrelse", "Kommunens revisionsnämnd": a common noun, no name.
                stem = stem[genitive.end() :]
            else:
                # "Skärholmens stadsdelsnämnd": after a place name the organ is named in
                # the indefinite form, as printed.
                return stem
        if stem.lower() in {"nämnd", "styrelse", "fullmäktige"}:
            continue
        if m.group(2) is None and _PLACE_BEFORE.match(stem):
            # "Farsta stadsdelsnämnd": a capitalised name before an organ word printed in
            # the indefinite form is its proper name, as printed (an adjective takes the
            # definite form: "Tekniska nämnden").
            return stem
        base = stem[0].upper() + stem[1:]
        if base.endswith("nämnd"):
            base += "en"
        elif base.endswith("styrelse"):
            base += "n"
        return base
    return _union(text, union) if union is not None else None


# An organ's whole name on a line of its own: a capitalised word before an organ word in the
# indefinite form ("Social resursnämnd", as some municipalities name their nämnder), or an
# organ word in the definite form before a district's name ("Socialnämnden Nordost", as
# Göteborg names its district committees).
_ORGAN_LINE = re.compile(
    r"^(?:(?-i:[A-ZÅÄÖ][a-zåäö]+) (?-i:[a-zåäö]+)(?:nämnd|styrelse)"
    r"|(?-i:[A-ZÅÄÖ][a-zåäö]+(?:nämnden|styrelsen)) (?-i:[A-ZÅÄÖ][a-zåäö]+))$"
)


def _organ_line(lines: Sequence[str]) -> str | None:
    """The organ named on a line of its own near the title, as printed. Layout served: a
    bold organ line over the title naming a nämnd without an article and with a word before
    it ("Social resursnämnd"); read as a name inside a sentence, only the organ word would
    be kept ("Resursnämnden"). The whole line is the name only when it holds nothing else
    (a line like "Farsta stadsdelsnämnd" is read the same way by :func:`_organ`)."""
    for line in lines:
        if _ORGAN_LINE.match(line.strip()):
            return line.strip()
    return None


def _company(text: str) -> str | None:
    """A company as printed before "AB", its name of one or more capitalised words
    ("Ekbacka Vatten AB", "Bostäder i Norrvik AB"); a common word that opens a line before
    the name ("Uppföljning Ekbacka Vatten AB") is no part of it."""
    m = COMPANY.search(text)
    if m is None:
        return None
    words = m.group(1).split(" ")
    while len(words) > 2 and words[1][:1].isupper() and sv_lexicon.is_word(words[0].lower()):  # noqa: PLR2004
        words = words[1:]
    return " ".join(words) + " AB"
