"""Whose hyphen ends this line: the typesetter's (join the word) or the author's (keep it)?

Narrow table columns make word processors hyphenate: "Omhän-|dertas" must read
"Omhändertas". But authors write hyphens too, and a line may end on one: "SAM-|modulen",
"covid-|19", "hälso-| och sjukvård". The usual rule, join when the next line starts in
lowercase, turns "IT-|system" into "ITsystem" and "e-|tjänster" into "etjänster".

The decision adds up evidence, each kind with a named weight:

* spelling that only an author writes (digits, an abbreviation, a single letter, a capital
  after the hyphen, a fragment without a vowel) - decisive;
* a coordinating word after the hyphen ("och", "eller") - a suspended compound;
* the document itself: the joined or the hyphenated form printed whole elsewhere;
* the Swedish lemma table: the joined form a word or a compound of words, the hyphenated
  form a listed word, the first part one that the table often writes with a hyphen;
* the shape of the break: inside a syllable (neither part a word), on a legal
  hyphenation point of the joined word, between two adjectives.

A positive total joins, anything else keeps the hyphen: losing an author's hyphen changes
what the text says, keeping a typesetter's only looks odd.
"""

from __future__ import annotations

import enum
import functools
import re
from dataclasses import dataclass

from icp_extract.lang.sv import lexicon as sv_lexicon
from icp_extract.lang.sv.lexicon import MIN_PART
from icp_extract.lang.sv.function_words import SUSPENSION_CONJUNCTIONS, WEAK_SUSPENSION_WORDS
from icp_extract.lang.sv.hyphenation import is_break_point
from icp_extract.lang.sv.orthography import (
    ADJECTIVE_HEAD_ENDINGS,
    ADJECTIVE_MODIFIER_ENDINGS,
    VOWELS,
    WORD_ONSETS,
)
from icp_extract.normalize.characters import (
    DASHES,
    HYPHENS,
    NON_BREAKING_HYPHEN,
    SOFT_HYPHEN,
)
from icp_extract.normalize.document import DocumentLexicon


class Decision(enum.Enum):
    """What to do with a hyphen at the end of a line."""

    JOIN = "join"  # typesetter's hyphen: drop it, no space ("Omhän-|dertas" -> "Omhändertas")
    KEEP = "keep"  # author's hyphen inside a word: keep it, no space ("SAM-|modulen")
    SUSPENDED = "suspended"  # author's hyphen before a space: keep both ("hälso-| och")


# Weights. Positive evidence is for joining, negative for keeping the hyphen.

#: Before any evidence: in a narrow column most line-end hyphens are the typesetter's.
PRIOR = 1.0
#: Spelling no typesetter produces: digits ("2023-", "-19"), an abbreviation ("SAM-",
#: "FoU-"), a single letter ("e-"), a capital after the hyphen ("icke-EU", "Carl-Oskar").
#: Only the document can outvote it (a report that prints "ArkDes" whole settles
#: "Ark-|Des"): word knowledge is not consulted.
AUTHOR_SPELLING = 7.5
#: A lowercase fragment without a vowel before a word ("sms-|lån"), or a continuation
#: without one ("text-|tv"): never a syllable, always an abbreviation.
DECISIVE = 20.0
#: The fragment begins with consonants no Swedish word begins with ("hbtqi-").
FOREIGN_ONSET = 4.0
#: The document prints the joined form whole ("omhändertas").
DOCUMENT_JOINED = 6.0
#: The document prints the hyphenated form ("sam-modulen").
DOCUMENT_HYPHENATED = 7.0
#: Added when the document prints one form at least twice more than the other: one
#: occurrence may be a slip of the author, a habit is not.
DOCUMENT_REPEATED = 2.0
#: The joined form is a word of the lemma table.
LEXICON_JOINED = 5.0
#: The hyphenated form is a word of the lemma table ("e-post", "tv-studio").
LEXICON_HYPHENATED = 6.0
#: The joined form is a compound of known words ("upphandlings|systemet").
LEXICON_COMPOUND = 2.5
#: Neither side is a word: the typesetter broke inside a word ("omhän|dertas").
INSIDE_WORD = 2.0
#: The part after the hyphen is a word and the part before is not, and the joined form is no
#: compound: a name or a foreign first part ("Kleist-priset", "startup-bolag").
UNKNOWN_MODIFIER = 3.0
#: The lemma table writes this first part with a hyphen in many entries ("icke-", "tv-");
#: the weight is per entry up to :data:`HYPHEN_MODIFIER_CAP`.
HYPHEN_MODIFIER_PER_ENTRY = 0.1
HYPHEN_MODIFIER_CAP = 5.0
#: Both sides are words but the joined form is no compound of them ("it-|system"): a
#: typesetter's break between two words leaves a compound the analysis recognises.
WORDS_NOT_COMPOUND = 2.0
#: The document writes this first part with a hyphen elsewhere ("Kleist-priset" before
#: "Kleist-|pris").
DOCUMENT_HYPHENATED_MODIFIER = 3.0
#: Two adjectives coordinated with a hyphen ("ekonomisk-politisk", "civil-militära").
ADJECTIVE_PAIR = 5.0
#: Shortest second adjective for :data:`ADJECTIVE_PAIR`: shorter "heads" are usually the
#: derivational ending of one adjective ("mänsk-|liga", "likvär-|dig").
MIN_ADJECTIVE_HEAD = 6
#: The break is (or is not) a legal hyphenation point of the joined word.
BREAK_POINT = 1.0

#: A fragment without a vowel ("hbt-") followed by a short non-word ("qi") is an
#: abbreviation that a typesetter broke, not one the author joined to a word.
NO_VOWEL_BEFORE_PIECE = 2.0
#: Shortest head word that counts for :data:`UNKNOWN_MODIFIER`: shorter known words are
#: often accidental syllables ("implemente-|ring", "me-|dan").
MIN_HEAD_FOR_UNKNOWN_MODIFIER = 4

#: A weak coordinating word ("till", "som") suspends the compound unless the joined form is
#: a known word at least this strongly ("in-|till" -> "intill").
WEAK_SUSPENSION_OVERRIDE = LEXICON_JOINED

_TRAILING_PUNCTUATION = re.compile(r"[^\w-]+$")
_CORE_BEFORE = re.compile(r"([^\W_]+)$")
_CORE_AFTER = re.compile(r"^([^\W_]+)")


@dataclass(frozen=True)
class LineBreak:
    """A line-end hyphen taken apart: ``prefix`` + ``core`` + "-" | ``after`` + ``tail``.

    ``core`` is the last run of letters or digits before the hyphen ("för" of
    "Kompetens-för-"), ``after`` the first run of the next line ("sörjning" of
    "sörjning,"). Only these two meet when the word is joined.
    """

    prefix: str
    core: str
    after: str
    tail: str

    @property
    def joined(self) -> str:
        return (self.core + self.after).lower()

    @property
    def hyphenated(self) -> str:
        return f"{self.core}-{self.after}".lower()


def parse(fragment: str, continuation: str) -> LineBreak | None:
    """Split a fragment and its continuation into the parts that meet; None when either side
    has no letters or digits at the break."""
    body = fragment.rstrip(SOFT_HYPHEN)[:-1] if fragment else ""
    core = _CORE_BEFORE.search(body)
    after = _CORE_AFTER.match(continuation)
    if core is None or after is None:
        return None
    return LineBreak(
        prefix=body[: core.start()],
        core=core.group(1),
        after=after.group(1),
        tail=continuation[after.end() :],
    )


def decide(fragment: str, continuation: str, lexicon: DocumentLexicon | None = None) -> Decision:
    """Decide a line-end hyphen: ``fragment`` is the line's last word with its hyphen,
    ``continuation`` the first word of the next line ("" when the cell ends there)."""
    fragment = fragment.strip()
    continuation = continuation.strip()
    if not fragment:
        return Decision.SUSPENDED
    last = fragment[-1]
    if last == SOFT_HYPHEN:
        return Decision.JOIN if continuation else Decision.KEEP
    if last in DASHES or last not in HYPHENS:
        return Decision.SUSPENDED
    if not continuation:
        return Decision.KEEP
    if last == NON_BREAKING_HYPHEN:
        return Decision.KEEP
    suspended = _suspension(continuation)
    line_break = parse(fragment, continuation)
    if line_break is None:
        # "- chef", "hälso-| (och", "2023-| –": no word meets another across the break.
        return Decision.SUSPENDED
    if suspended is None:
        score = sum(weight for _, weight in evidence(line_break, lexicon))
        return Decision.JOIN if score > 0 else Decision.KEEP
    if suspended == "strong":
        return Decision.SUSPENDED
    known = _known_joined(line_break, lexicon)
    return Decision.JOIN if known >= WEAK_SUSPENSION_OVERRIDE else Decision.SUSPENDED


def _suspension(continuation: str) -> str | None:
    """"strong" when the next word coordinates a suspended compound ("och"), "weak" when it
    may ("till"), else None."""
    word = continuation.lower().rstrip(".,;:")
    if word in SUSPENSION_CONJUNCTIONS:
        return "strong"
    if word in WEAK_SUSPENSION_WORDS:
        return "weak"
    return None


def _known_joined(line_break: LineBreak, document: DocumentLexicon | None) -> float:
    """The weight of evidence that the joined form is a word (document or lemma table)."""
    weight = 0.0
    if document is not None and document.count(line_break.joined):
        weight += DOCUMENT_JOINED
    if sv_lexicon.is_word(line_break.joined):
        weight += LEXICON_JOINED
    return weight


def evidence(line_break: LineBreak, document: DocumentLexicon | None = None) -> list[tuple[str, float]]:
    """Every piece of evidence that fires for this break, as (name, signed weight).

    Public so that a wrong decision can be explained: print the list.
    """
    found: list[tuple[str, float]] = [("prior", PRIOR)]
    if document is not None:
        found.extend(_document_evidence(line_break, document))
    spelling = _spelling(line_break.core, line_break.after)
    if spelling is not None:
        found.append((spelling, -AUTHOR_SPELLING))
        return found
    core = line_break.core
    all_caps = core.isupper() and line_break.after.isupper()
    # The table's spelling of a first part that a sentence or a name capitalises.
    table_core = core if core.islower() else core.lower() if core[1:].islower() else ""
    found.extend(
        _lexical_evidence(core.lower(), line_break.after.lower(), table_core, not all_caps)
    )
    return found


def _document_evidence(line_break: LineBreak, document: DocumentLexicon) -> list[tuple[str, float]]:
    """Compare how often the document prints the two spellings: of the two parts that meet,
    and of the whole tokens ("kompetens-försörjning", "hbtqi-personer")."""
    found: list[tuple[str, float]] = []
    prefix = line_break.prefix.lower()
    tail = _TRAILING_PUNCTUATION.sub("", line_break.tail).lower()
    joined_forms = {line_break.joined, prefix + line_break.joined + tail}
    hyphenated_forms = {line_break.hyphenated, prefix + line_break.hyphenated + tail}
    joined = sum(document.count(form) for form in joined_forms)
    hyphenated = sum(document.count(form) for form in hyphenated_forms)
    if joined > hyphenated:
        found.append(("document prints it joined", DOCUMENT_JOINED))
    elif hyphenated > joined:
        found.append(("document prints it hyphenated", -DOCUMENT_HYPHENATED))
    if abs(joined - hyphenated) >= 2:
        sign = 1 if joined > hyphenated else -1
        found.append(("document does so repeatedly", sign * DOCUMENT_REPEATED))
    if joined == hyphenated and document.hyphenated_modifier(line_break.core.lower()):
        found.append(("document hyphenates this first part", -DOCUMENT_HYPHENATED_MODIFIER))
    return found


def _spelling(core: str, after: str) -> str | None:
    """The name of the spelling that marks an author's hyphen, or None."""
    if any(c.isdigit() for c in core) or after[0].isdigit():
        return "digits"
    if len(core) == 1:
        return "single letter"
    all_caps = core.isupper() and after.isupper()
    if all_caps:
        # A heading in capitals: both sides look like abbreviations, the words decide.
        return None
    if any(c.isupper() for c in core[1:]):
        return "abbreviation"
    if after[0].isupper():
        return "capital after hyphen"
    return None


@functools.lru_cache(maxsize=1 << 16)
def _lexical_evidence(
    core: str, after: str, table_core: str, spelled: bool
) -> tuple[tuple[str, float], ...]:
    """Evidence from Swedish word knowledge for lowercase ``core`` | ``after``.

    ``table_core`` is the first part as the lemma table would spell it ("" for text in
    capitals). ``spelled`` is False for text in capitals, where letters say nothing about
    pronounceability ("IM-|FC" is an abbreviation a typesetter broke).
    """
    found: list[tuple[str, float]] = []
    joined = core + after
    after_word = sv_lexicon.is_word(after)
    if spelled:
        if not any(c in VOWELS for c in after):
            found.append(("no vowel after", -DECISIVE))
        onset = _onset(core)
        if onset == core:
            if after_word or len(after) > 3:
                found.append(("no vowel before", -DECISIVE))
            else:
                found.append(("no vowel before a piece", -NO_VOWEL_BEFORE_PIECE))
        elif len(onset) >= 2 and onset not in WORD_ONSETS:
            found.append(("foreign onset", -FOREIGN_ONSET))
    joined_word = sv_lexicon.is_word(joined)
    if joined_word:
        found.append(("joined is a word", LEXICON_JOINED))
    if sv_lexicon.is_word(f"{core}-{after}"):
        found.append(("hyphenated is a word", -LEXICON_HYPHENATED))
    compound = joined_word or sv_lexicon.is_compound(joined)
    if compound and not joined_word:
        found.append(("joined is a compound", LEXICON_COMPOUND))
    core_word = sv_lexicon.is_word(core) or sv_lexicon.is_modifier(core)
    if not core_word and not after_word:
        found.append(("break inside a word", INSIDE_WORD))
    if spelled and core_word and after_word and not compound and len(after) >= MIN_PART:
        found.append(("two words, no compound", -WORDS_NOT_COMPOUND))
    if (
        not core_word
        and after_word
        and not compound
        and len(after) >= MIN_HEAD_FOR_UNKNOWN_MODIFIER
        and not sv_lexicon.ends_like_modifier(core)
    ):
        found.append(("unknown first part", -UNKNOWN_MODIFIER))
    if not joined_word and table_core:
        entries = sv_lexicon.hyphen_modifier_count(table_core)
        if entries:
            weight = min(HYPHEN_MODIFIER_CAP, entries * HYPHEN_MODIFIER_PER_ENTRY)
            found.append(("first part often hyphenated", -weight))
    if (
        core.endswith(ADJECTIVE_MODIFIER_ENDINGS)
        and after.endswith(ADJECTIVE_HEAD_ENDINGS)
        and len(after) >= MIN_ADJECTIVE_HEAD
        and after_word
        and sv_lexicon.is_word(core)
    ):
        found.append(("two adjectives", -ADJECTIVE_PAIR))
    if is_break_point(joined, len(core)):
        found.append(("legal break point", BREAK_POINT))
    else:
        found.append(("no legal break point", -BREAK_POINT))
    return tuple(found)


def _onset(word: str) -> str:
    """The consonants ``word`` begins with."""
    for i, c in enumerate(word):
        if c in VOWELS:
            return word[:i]
    return word
