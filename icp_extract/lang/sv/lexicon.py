"""Swedish word knowledge, offline: which strings are words, and which are compounds of words.

The words are those of spacy-lookups-data's Swedish lemma table
(:mod:`icp_extract.lang.sv.lemma_table`), the closed-class words it leaves out
(:mod:`icp_extract.lang.sv.function_words`) and a few words of public administration that
no source knows (:mod:`icp_extract.lang.sv.domain_words`). Swedish writes compounds closed
("kompetensförsörjningsplan"), so most words of a municipal report are in no word list;
:func:`is_compound` recognises them from their parts, with the linking letters of
:mod:`icp_extract.lang.sv.orthography`. Every lookup is cached: a report repeats its words.
"""

from __future__ import annotations

import functools

from icp_extract.lang.sv import lemma_table
from icp_extract.lang.sv.domain_words import DOMAIN_WORDS
from icp_extract.lang.sv.function_words import FUNCTION_WORDS
from icp_extract.lang.sv.orthography import (
    CLOSED_PREFIXES,
    DERIVATIONS,
    DROPPED_FINALS,
    LINKING_LETTERS,
    NOUN_ENDINGS,
)

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


def _table_forms() -> lemma_table.Forms:
    return lemma_table.forms()


def load() -> None:
    """Load the table now rather than at the first decision (for timing, or a warm worker)."""
    lemma_table.forms()


def _in_table(word: str) -> bool:
    forms = _table_forms()
    return word in forms or word.capitalize() in forms or word.upper() in forms


@functools.lru_cache(maxsize=1 << 16)
def is_word(word: str) -> bool:
    """Whether ``word`` (lowercase) is a Swedish word form: in the lemma table, one of the
    closed-class or public-administration words the table leaves out, or a regular
    derivation of a table word."""
    if word in FUNCTION_WORDS or word in DOMAIN_WORDS or _in_table(word):
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


def hyphen_modifier_count(modifier: str, abbreviation: bool = False) -> int:
    """How many hyphenated entries of the lemma table start with ``modifier`` and a hyphen;
    with ``abbreviation``, those spelled in capitals too ("tv-" and "TV-").

    Some first parts are written with a hyphen by convention ("icke-", "tv-", "dna-"); the
    table records that convention, which no rule has to spell out. Case matters: the
    table's "EU-" says nothing about a name that begins "Eu-".
    """
    total = _count_prefixed(modifier + "-")
    if abbreviation:
        total += _count_prefixed(modifier.upper() + "-")
    return total


def _count_prefixed(prefix: str) -> int:
    """How many table forms start with ``prefix``: a range of the sorted forms."""
    return lemma_table.forms().count_prefixed(prefix)


@functools.lru_cache(maxsize=1 << 16)
def is_modifier(part: str, depth: int = 1) -> bool:
    """Whether ``part`` can stand first in a compound: a word, a word less its final -a/-e
    ("skol" of "skola"), either of those plus a linking letter ("upphandlings"), a learned
    prefix ("anti"), or itself a compound ("arbetsmiljö")."""
    if len(part) < MIN_PART:
        return _short_modifier(part)
    if part in CLOSED_PREFIXES or _word_or_stem(part):
        return True
    if part[-1] in LINKING_LETTERS and len(part) > MIN_PART and _linked(part[:-1], depth):
        return True
    return depth < MAX_COMPOUND_DEPTH and is_compound(part, depth + 1)


def _short_modifier(part: str) -> bool:
    """Two-letter first parts: particles ("in|rymning", "ut|bildning") and short words
    ("el|pris"), but not those the table marks as abbreviations ("tv-", "it-")."""
    if len(part) != MIN_PART - 1:
        return False
    return part in FUNCTION_WORDS or (
        _in_table(part)
        and hyphen_modifier_count(part, abbreviation=True) <= SHORT_MODIFIER_MAX_HYPHENATED
    )


def _word_or_stem(part: str) -> bool:
    """A word, or a word less its final -a/-e ("skol" of "skola")."""
    return is_word(part) or any(is_word(part + final) for final in DROPPED_FINALS)


def _linked(stem: str, depth: int) -> bool:
    """What comes before a linking letter ("upphandling|s"): a word or stem, or itself a
    compound ("arbetsmiljö|s")."""
    return _word_or_stem(stem) or (depth < MAX_COMPOUND_DEPTH and is_compound(stem, depth + 1))


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
    return any(is_modifier(part[cut:]) for cut in range(2, len(part) - MIN_MODIFIER_TAIL + 1))


@functools.lru_cache(maxsize=1 << 16)
def begins_longer_word(part: str) -> bool:
    """Whether some longer word of the table starts with ``part`` (lowercase): a piece of a
    word ("fysio" of "fysioterapeut") rather than a name ("kleist") or foreign word."""
    return lemma_table.forms().has_longer(part)


#: The endings the lemma table gives every adjective it lists: "privata", "privatare",
#: "privataste". Nouns and verbs stems rarely take all three ("målare" but no "målaste").
ADJECTIVE_ENDINGS = ("a", "are", "aste")
#: Endings an adjective takes in a text, which :func:`is_adjective` strips to find its base.
ADJECTIVE_INFLECTIONS = ("a", "t", "e")


@functools.lru_cache(maxsize=1 << 16)
def is_adjective(word: str) -> bool:
    """Whether ``word`` (lowercase) is an adjective of the table or an inflected form of one
    ("offentlig", "offentliga", "industriellt"): the table lists its comparison forms."""
    if len(word) < MIN_PART:
        return False
    if all(_in_table(word + ending) for ending in ADJECTIVE_ENDINGS):
        return True
    return any(
        word.endswith(inflection) and is_adjective(word[: -len(inflection)])
        for inflection in ADJECTIVE_INFLECTIONS
    )


def compound_head(word: str) -> str | None:
    """The longest known head word of ``word`` when it is a compound, else None (for
    explaining a decision in a debugger or a test)."""
    for cut in range(MIN_PART - 1, len(word) - MIN_PART + 1):
        if is_word(word[cut:]) and is_modifier(word[:cut]):
            return word[cut:]
    return None
