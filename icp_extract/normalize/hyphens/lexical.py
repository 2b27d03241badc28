"""Evidence from Swedish word knowledge for a line-end hyphen: the lemma table, word
frequencies and the shapes of Swedish words (see :mod:`icp_extract.normalize.hyphens`).

:func:`lexical_evidence` adds up four kinds, in this order (the order the evidence is listed
by ``explain``): pronounceability, what the word lists know of the two forms, the first
part's hyphen convention, and the shape of the break.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from icp_extract.lang.sv import frequency as sv_frequency
from icp_extract.lang.sv import lexicon as sv_lexicon
from icp_extract.lang.sv.orthography import (
    ADJECTIVE_HEAD_ENDINGS,
    ADJECTIVE_MODIFIER_ENDINGS,
    NAME_ENDINGS,
    VOWELS,
    WORD_ONSETS,
    onset,
)
from icp_extract.normalize.hyphens.weights import (
    ADJECTIVE_PAIR,
    CAPITALISED_SHARE,
    CAPITALS_NO_WORD,
    COMMON_ZIPF,
    FOREIGN_ONSET,
    FREQUENCY_CAP,
    FREQUENCY_FLOOR,
    FREQUENCY_PER_ZIPF,
    HYPHEN_MODIFIER_CAP,
    HYPHEN_MODIFIER_PER_ENTRY,
    INSIDE_WORD,
    LEXICON_COMPOUND,
    LEXICON_HYPHENATED,
    LEXICON_JOINED,
    MIN_ADJECTIVE_HEAD,
    MIN_ADJECTIVE_MODIFIER,
    MIN_HEAD_FOR_UNKNOWN_MODIFIER,
    MIN_SHORT_HEAD_FOR_UNKNOWN_MODIFIER,
    NAME_ENDING,
    NO_VOWEL,
    NO_VOWEL_BEFORE_PIECE,
    UNKNOWN_MODIFIER,
    WORDS_NOT_COMPOUND,
)

Evidence = list[tuple[str, float]]


@dataclass(frozen=True)
class _Known:
    """What the word lists say of one break, looked up once: ``core`` | ``after`` (lowercase)
    and their joined form."""

    core: str
    after: str
    spelled: bool
    after_word: bool
    joined_word: bool
    compound: bool
    zipf: float

    @classmethod
    def of(cls, core: str, after: str, spelled: bool) -> _Known:
        joined = core + after
        joined_word = sv_lexicon.is_word(joined)
        return cls(
            core=core,
            after=after,
            spelled=spelled,
            after_word=sv_lexicon.is_word(after),
            joined_word=joined_word,
            compound=joined_word or sv_lexicon.is_compound(joined),
            zipf=sv_frequency.zipf(joined),
        )

    @property
    def attested(self) -> bool:
        """Swedish text writes the joined form at all."""
        return self.zipf > 0


@functools.lru_cache(maxsize=1 << 16)
def lexical_evidence(
    core: str, after: str, case: str, spelled: bool
) -> tuple[tuple[str, float], ...]:
    """Evidence from Swedish word knowledge for lowercase ``core`` | ``after``.

    ``case`` is how the text spells the first part (see
    :func:`icp_extract.lang.sv.orthography.spelling_case`). ``spelled`` is False for text in
    capitals, where letters say nothing about pronounceability ("IM-|FC" is an abbreviation
    a typesetter broke).
    """
    known = _Known.of(core, after, spelled)
    found: Evidence = []
    if spelled:
        found.extend(_vowel_evidence(core, after, known.after_word))
    found.extend(_form_evidence(known))
    found.extend(_convention_evidence(known, case))
    found.extend(_shape_evidence(known))
    return tuple(found)


def _form_evidence(known: _Known) -> Evidence:
    """The two forms in the word lists: the joined form a word, a compound, or written in
    Swedish text (and how often); the hyphenated form a listed word ("e-post"); text in
    capitals that makes no word ("RF-|SISU": two abbreviations)."""
    found: Evidence = []
    if known.joined_word:
        found.append(("joined is a word", LEXICON_JOINED))
    elif known.compound:
        found.append(("joined is a compound", LEXICON_COMPOUND))
    frequency = min(FREQUENCY_CAP, FREQUENCY_PER_ZIPF * (known.zipf - FREQUENCY_FLOOR))
    if frequency > 0:
        found.append(("joined is written", frequency))
    if not known.spelled and not known.compound and not known.attested:
        found.append(("capitals, no word", -CAPITALS_NO_WORD))
    if sv_lexicon.is_word(f"{known.core}-{known.after}"):
        found.append(("hyphenated is a word", -LEXICON_HYPHENATED))
    return found


def _convention_evidence(known: _Known, case: str) -> Evidence:
    """The first part's habits: one the lemma table writes with a hyphen in many entries
    ("icke-", "tv-"), and a capitalised name before a name ending ("Hells-|son")."""
    found: Evidence = []
    core = known.core
    if not known.joined_word and case != "other":
        # A lowercase first part may be an abbreviation the table spells in capitals ("tv");
        # a capitalised one is looked up as the lowercase word a sentence start makes of it.
        entries = sv_lexicon.hyphen_modifier_count(core, abbreviation=case == "lower")
        if entries:
            weight = min(HYPHEN_MODIFIER_CAP, entries * HYPHEN_MODIFIER_PER_ENTRY)
            if case == "capitalised":
                weight *= CAPITALISED_SHARE
            found.append(("first part often hyphenated", -weight))
    if case == "capitalised" and known.after in NAME_ENDINGS:
        found.append(("name ending", NAME_ENDING))
    return found


def _shape_evidence(known: _Known) -> Evidence:
    """The shape of the break: inside a word, between two words that make no compound,
    after an unknown first part, between two adjectives."""
    core_written, after_written = _written(known)
    found: Evidence = []
    if not core_written and not after_written:
        found.append(("break inside a word", INSIDE_WORD))
    unknown_joined = not known.compound and not known.attested
    if (
        known.spelled
        and core_written
        and after_written
        and unknown_joined
        and len(known.after) >= sv_lexicon.MIN_PART
    ):
        found.append(("two words, no compound", -WORDS_NOT_COMPOUND))
    if not core_written and unknown_joined and _unknown_modifier(known):
        found.append(("unknown first part", -UNKNOWN_MODIFIER))
    if _two_adjectives(known):
        found.append(("two adjectives", -ADJECTIVE_PAIR))
    return found


def _written(known: _Known) -> tuple[bool, bool]:
    """Whether Swedish writes each part on its own: a word or modifier of the lemma table,
    or a word the table lacks but Swedish text writes on its own: loans ("life",
    "science"), names, abbreviations spelled as words ("nato")."""
    core_word = sv_lexicon.is_word(known.core) or sv_lexicon.is_modifier(known.core)
    core_written = core_word or sv_frequency.is_common_word(known.core)
    after_written = known.after_word or sv_frequency.is_common_word(known.after)
    return core_written, after_written


def _two_adjectives(known: _Known) -> bool:
    """Two adjectives coordinated with a hyphen ("ekonomisk-|politisk"), both long enough
    to be more than an ending, unless Swedish text commonly writes them joined."""
    return (
        len(known.core) >= MIN_ADJECTIVE_MODIFIER
        and len(known.after) >= MIN_ADJECTIVE_HEAD
        and known.zipf < COMMON_ZIPF
        and _adjective_pair(known.core, known.after, known.after_word)
    )


def _unknown_modifier(known: _Known) -> bool:
    """A name or a foreign first part before a known word ("Kleist-priset",
    "startup-bolag"), not a piece of a word ("Fysio-|terapeuter"): the head long enough
    (see :data:`MIN_HEAD_FOR_UNKNOWN_MODIFIER`), and the first part neither ending like a
    modifier nor beginning a longer word. The caller has checked that neither the first part
    nor the joined form is known."""
    core, after = known.core, known.after
    long_enough_head = len(after) >= MIN_HEAD_FOR_UNKNOWN_MODIFIER or (
        len(after) >= MIN_SHORT_HEAD_FOR_UNKNOWN_MODIFIER and sv_frequency.is_attested(core)
    )
    return (
        long_enough_head
        and known.after_word
        and not sv_lexicon.ends_like_modifier(core)
        and not sv_lexicon.begins_longer_word(core)
    )


def _adjective_pair(core: str, after: str, after_word: bool) -> bool:
    """Whether ``core`` and ``after`` are both adjectives, by their endings or by the
    comparison forms the lemma table lists."""
    by_endings = (
        core.endswith(ADJECTIVE_MODIFIER_ENDINGS)
        and after.endswith(ADJECTIVE_HEAD_ENDINGS)
        and after_word
        and sv_lexicon.is_word(core)
    )
    return by_endings or (sv_lexicon.is_adjective(core) and sv_lexicon.is_adjective(after))


def _vowel_evidence(core: str, after: str, after_word: bool) -> list[tuple[str, float]]:
    """Pronounceability: a syllable has a vowel and starts like a Swedish word."""
    if not any(c in VOWELS for c in after):
        return [("no vowel after", -NO_VOWEL)]
    start = onset(core)
    if start == core:
        if after_word or len(after) > 3:
            return [("no vowel before", -NO_VOWEL)]
        return [("no vowel before a piece", -NO_VOWEL_BEFORE_PIECE)]
    if len(start) >= 2 and start not in WORD_ONSETS:
        return [("foreign onset", -FOREIGN_ONSET)]
    return []
