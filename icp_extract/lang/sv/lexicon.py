"""Swedish word knowledge, offline: which strings are words, and which are compounds of words.

The source is the Swedish lemma lookup table that the pip package spacy-lookups-data ships
(about 660,000 inflected forms, each mapped to its lemma). Only the table file is read, no
spaCy model and nothing from the network, so extraction works on a machine without internet
access. The table is loaded on first use and kept for the life of the process: loading it
costs about half a second, which a run pays once, not once per document.

Swedish writes compounds closed ("kompetensförsörjningsplan"), so most words of a municipal
report are not in any word list; :func:`is_compound` recognises them from their parts, with
the linking letters of :mod:`icp_extract.lang.sv.orthography`.
"""

from __future__ import annotations

import functools
import gzip
import json
import logging
from collections import Counter
from importlib import resources

from icp_extract.lang.sv.function_words import FUNCTION_WORDS
from icp_extract.lang.sv.orthography import (
    DERIVATIONS,
    DROPPED_FINALS,
    LINKING_LETTERS,
    NOUN_ENDINGS,
)

log = logging.getLogger(__name__)

#: Where spacy-lookups-data keeps the Swedish table, relative to its package.
LEMMA_TABLE = ("data", "sv_lemma_lookup.json.gz")

#: Shortest part a compound analysis accepts. Two-letter parts ("ar", "te", "ni") are
#: words too, and would let almost any string pass as a compound.
MIN_PART = 3

#: A two-letter word of the table may begin a compound ("el|pris", "ny|byggnad") unless the
#: table writes it with a hyphen this often ("tv-", "it-"), which marks an abbreviation.
SHORT_MODIFIER_MAX_HYPHENATED = 4

#: Shortest known tail that makes an unknown fragment a plausible compound modifier
#: ("cyber|säkerhets"): see :func:`ends_like_modifier`.
MIN_MODIFIER_TAIL = 4

#: How deep a compound may nest: "arbets|miljö|rapport" needs 2, "kompetens|försörjnings|plan"
#: 2; deeper splits mostly find accidents.
MAX_COMPOUND_DEPTH = 3


@functools.cache
def _table_forms() -> frozenset[str]:
    """Read the lemma table once: every form and every lemma, as spelled in the table.

    Case is kept: lowercasing 700,000 strings would double the load time, and a lookup tries
    the two other spellings a table entry can have ("Stockholm", "TV-s") instead.
    Returns an empty set (and logs why) when the package is missing, so that normalising
    still works, on document evidence and spelling alone, instead of failing an extraction.
    """
    try:
        ref = resources.files("spacy_lookups_data").joinpath(*LEMMA_TABLE)
        with ref.open("rb") as raw, gzip.open(raw) as unzipped:
            table: dict[str, str] = json.loads(unzipped.read())
    except (ModuleNotFoundError, FileNotFoundError, OSError, ValueError) as exc:
        log.warning("Swedish lemma table unavailable (%s); hyphen decisions use less evidence", exc)
        return frozenset()
    forms = set(table)
    forms.update(table.values())
    return frozenset(forms)


@functools.cache
def _hyphen_modifiers() -> Counter[str]:
    """First parts of the table's hyphenated entries ("tv" of "tv-studio", "TV" of "TV-s"),
    spelled as in the table, with counts."""
    return Counter(
        form.split("-", 1)[0] for form in _table_forms() if "-" in form and not form.startswith("-")
    )


def load() -> None:
    """Load the table now rather than at the first decision (for timing, or a warm worker)."""
    _table_forms()


def _in_table(word: str) -> bool:
    forms = _table_forms()
    return word in forms or word.capitalize() in forms or word.upper() in forms


@functools.lru_cache(maxsize=1 << 16)
def is_word(word: str) -> bool:
    """Whether ``word`` (lowercase) is a Swedish word form: in the lemma table, one of the
    closed-class words the table leaves out, or a regular derivation of a table word."""
    if word in FUNCTION_WORDS or _in_table(word):
        return True
    for ending in NOUN_ENDINGS:
        if ending and not word.endswith(ending):
            continue
        stem = word[: len(word) - len(ending)]
        for suffix, base in DERIVATIONS:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= MIN_PART:
                if _in_table(stem[: len(stem) - len(suffix)] + base):
                    return True
    return False


def hyphen_modifier_count(modifier: str) -> int:
    """How many hyphenated entries of the lemma table start with ``modifier`` (spelled as in
    the text, or in capitals when it is lowercase) and a hyphen.

    Some first parts are written with a hyphen by convention ("icke-", "tv-", "dna-"); the
    table records that convention, which no rule has to spell out. Case matters: the
    table's "EU-" says nothing about a name that begins "Eu-".
    """
    counts = _hyphen_modifiers()
    total = counts.get(modifier, 0)
    if modifier.islower():
        total += counts.get(modifier.upper(), 0)
    return total


@functools.lru_cache(maxsize=1 << 16)
def is_modifier(part: str, depth: int = 1) -> bool:
    """Whether ``part`` can stand first in a compound: a word, a word less its final -a/-e
    ("skol" of "skola"), either of those plus a linking letter ("upphandlings"), or itself a
    compound ("arbetsmiljö")."""
    if len(part) < MIN_PART:
        # Two-letter first parts: particles ("in|rymning", "ut|bildning") and short words
        # ("el|pris"), but not those the table marks as abbreviations ("tv-", "it-").
        if len(part) != MIN_PART - 1:
            return False
        return part in FUNCTION_WORDS or (
            _in_table(part) and hyphen_modifier_count(part) <= SHORT_MODIFIER_MAX_HYPHENATED
        )
    if is_word(part) or any(is_word(part + final) for final in DROPPED_FINALS):
        return True
    if part[-1] in LINKING_LETTERS and len(part) > MIN_PART:
        stem = part[:-1]
        if is_word(stem) or any(is_word(stem + final) for final in DROPPED_FINALS):
            return True
        if depth < MAX_COMPOUND_DEPTH and is_compound(stem, depth + 1):
            return True
    return depth < MAX_COMPOUND_DEPTH and is_compound(part, depth + 1)


@functools.lru_cache(maxsize=1 << 16)
def is_compound(word: str, depth: int = 1) -> bool:
    """Whether ``word`` (lowercase, letters only) is a known word or splits into a modifier
    and a known head word.

    The head is tried longest first: the last part of a Swedish compound carries its
    inflection and is the part most likely to be in the table ("...|systemet").
    """
    if is_word(word):
        return True
    for cut in range(MIN_PART - 1, len(word) - MIN_PART + 1):
        head = word[cut:]
        if is_word(head) and is_modifier(word[:cut], depth):
            return True
    return False


@functools.lru_cache(maxsize=1 << 16)
def ends_like_modifier(part: str) -> bool:
    """Whether ``part`` ends in a known compound modifier after some unknown letters
    ("cyber|säkerhets", "kriminal|underrättelse"): a compound whose first element the table
    lacks, rather than a piece of a word."""
    return any(
        is_modifier(part[cut:]) for cut in range(2, len(part) - MIN_MODIFIER_TAIL + 1)
    )


def compound_head(word: str) -> str | None:
    """The longest known head word of ``word`` when it is a compound, else None (for
    explaining a decision in a debugger or a test)."""
    for cut in range(MIN_PART - 1, len(word) - MIN_PART + 1):
        if is_word(word[cut:]) and is_modifier(word[:cut]):
            return word[cut:]
    return None
