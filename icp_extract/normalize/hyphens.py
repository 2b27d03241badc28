"""Whose hyphen ends this line: the typesetter's (join the word) or the author's (keep it)?

Narrow table columns make word processors hyphenate: "Omhän-|dertas" must read
"Omhändertas". But authors write hyphens too, and a line may end on one: "SAM-|modulen",
"covid-|19", "hälso-| och sjukvård". The usual rule, join when the next line starts in
lowercase, turns "IT-|system" into "ITsystem" and "e-|tjänster" into "etjänster".

First, a coordinating word after the hyphen ("och", "eller") or no word at all marks a
suspended compound: hyphen and space stay. Otherwise the decision adds up evidence, each
kind with a named weight below:

* the document itself: the joined or the hyphenated form printed whole elsewhere;
* spelling that only an author writes: digits, an abbreviation, a single letter, a capital
  after the hyphen (only the document outvotes these), no vowel on one side;
* the Swedish lemma table: the joined form a word or a compound of words, the hyphenated
  form a listed word, the first part one that the table often writes with a hyphen;
* Swedish word frequencies (wordfreq): how often Swedish text writes the joined form, which
  knows the loans, names and abbreviations the lemma table lacks ("ArkDes", "AMRAAM");
* the shape of the break: inside a word (neither part a word), between two words that make
  no compound, after an unknown first part, between two adjectives, between two
  abbreviations in capitals that make no word, a word repeated ("hysh-|hysh"), a
  capitalised name before a name ending ("Hells-|son"), on (or off) a legal hyphenation
  point of the joined word.

A positive total joins; zero or less keeps the hyphen: losing an author's hyphen changes
what the text says, keeping a typesetter's only looks odd.
"""

from __future__ import annotations

import enum
import functools
import re
from dataclasses import dataclass, field

from icp_extract.lang.sv import frequency as sv_frequency
from icp_extract.lang.sv import lexicon as sv_lexicon
from icp_extract.lang.sv.function_words import SUSPENSION_CONJUNCTIONS, WEAK_SUSPENSION_WORDS
from icp_extract.lang.sv.hyphenation import is_break_point
from icp_extract.lang.sv.orthography import (
    ADJECTIVE_HEAD_ENDINGS,
    ADJECTIVE_MODIFIER_ENDINGS,
    NAME_ENDINGS,
    VOWELS,
    WORD_ONSETS,
    onset,
    spelling_case,
)
from icp_extract.normalize.characters import HYPHENS, NON_BREAKING_HYPHEN, SOFT_HYPHEN
from icp_extract.normalize.document import DocumentLexicon


class Decision(enum.Enum):
    """What to do with a hyphen at the end of a line."""

    JOIN = "join"  # typesetter's hyphen: drop it, no space ("Omhän-|dertas" -> "Omhändertas")
    KEEP = "keep"  # author's hyphen inside a word: keep it, no space ("SAM-|modulen")
    SUSPENDED = "suspended"  # author's hyphen before a space: keep both ("hälso-| och")


# Weights. Positive evidence is for joining, negative for keeping the hyphen.

#: Before any evidence: in a narrow column most line-end hyphens are the typesetter's.
PRIOR = 1.0

#: The document prints the joined form whole ("omhändertas").
DOCUMENT_JOINED = 6.0
#: The document prints the hyphenated form ("sam-modulen").
DOCUMENT_HYPHENATED = 7.0
#: Added when the document prints one form at least twice more than the other: one
#: occurrence may be a slip of the author, a habit is not.
DOCUMENT_REPEATED = 2.0
#: The document writes this first part with a hyphen elsewhere ("Kleist-priset" before
#: "Kleist-|pris"), and neither whole form.
DOCUMENT_HYPHENATED_MODIFIER = 3.0
#: The mirror image: the document writes this last part after a hyphen elsewhere
#: ("hbtqi-personer" before "cis-|personer"), and neither whole form. Only a head of
#: :data:`MIN_HEAD_FOR_UNKNOWN_MODIFIER` letters or more: shorter ones may be a syllable.
DOCUMENT_HYPHENATED_HEAD = 3.0

#: Spelling no typesetter produces: digits ("2023-", "-19"), an abbreviation ("SAM-",
#: "FoU-"), a single letter ("e-"). Word knowledge is not consulted; only a document that
#: prints the joined form at least twice more than the hyphenated one outvotes it.
AUTHOR_SPELLING = 7.5
#: The same word on both sides ("hysh-|hysh", "kvitt-|kvitt"): a reduplication, which
#: Swedish writes with a hyphen; no typesetter's break leaves two equal halves.
REPEATED_WORD = 6.0
#: The same word before and after a short one ("steg-för-steg", "sida-vid-sida"): a fixed
#: phrase its author hyphenated, whichever of its two hyphens ends the line. Spelling only an
#: author writes, weighed like :data:`AUTHOR_SPELLING`.
MAX_REDUPLICATION_LINK = 3
#: A capital after the hyphen ("Carl-Oskar", "icke-EU"). Typesetters do break names written
#: in camel case, so one whole "ArkDes" in the document settles "Ark-|Des".
CAPITAL_AFTER = 6.5
#: A lowercase fragment without a vowel before a word ("sms-|lån", "cbrn-|skydd"), or a
#: continuation without one ("text-|tv"): never a syllable, always an abbreviation.
NO_VOWEL = 20.0
#: A fragment without a vowel before a short non-word ("hbt-|qi"): an abbreviation that a
#: typesetter broke, which a vowel-less first part alone does not rule out.
NO_VOWEL_BEFORE_PIECE = 1.5
#: The fragment begins with consonants no Swedish word begins with ("hbtqi-").
FOREIGN_ONSET = 4.0

#: The joined form is a word of the lemma table.
LEXICON_JOINED = 5.0
#: The hyphenated form is a word of the lemma table ("e-post", "tv-studio").
LEXICON_HYPHENATED = 6.0
#: The joined form is a compound of known words ("upphandlings|systemet").
LEXICON_COMPOUND = 2.5
#: Swedish text writes the joined form as one word, and often: wordfreq's list has it,
#: where the lemma table knows only dictionary words. So much per Zipf unit (log10 of
#: occurrences per billion words) above the floor, up to the cap. Joined forms of real
#: hyphens are rare in the list ("ekonomiskpolitisk" 1.1, "coronapandemin" 2.3), those of
#: typesetter's breaks mostly common (median about 3.5).
FREQUENCY_PER_ZIPF = 1.5
FREQUENCY_FLOOR = 1.5
FREQUENCY_CAP = 4.0
#: A joined form this common is no pair of coordinated adjectives ("socialdemokratisk").
COMMON_ZIPF = 3.0
#: Both sides in capitals and the joined form no word of the table, the list or the
#: document: two abbreviations joined by their author ("RF-|SISU"), not a heading in
#: capitals that the typesetter broke ("UPPFÖLJ-|NING", "AM-|RAAM" of "AMRAAM").
CAPITALS_NO_WORD = 4.0
#: The lemma table writes this first part with a hyphen in many entries ("icke-", "tv-"):
#: so much per entry, up to the cap; half as much for a capitalised first part, which is
#: as often a name ("Sol-|lefteå").
HYPHEN_MODIFIER_PER_ENTRY = 0.1
HYPHEN_MODIFIER_CAP = 5.0
CAPITALISED_SHARE = 0.5

#: Neither side is a word: the typesetter broke inside a word ("omhän|dertas").
INSIDE_WORD = 2.0
#: Both sides are words but the joined form is no compound of them ("it-|system"): a
#: typesetter's break between two words leaves a compound the analysis recognises.
WORDS_NOT_COMPOUND = 2.0
#: The part after the hyphen is a word and the part before is neither a word nor the start
#: of one, and the joined form is no compound: a name or a foreign first part
#: ("Kleist-priset", "startup-bolag"), where "Fysio-|terapeuter" is a piece of a word.
UNKNOWN_MODIFIER = 3.0
#: Shortest head word that counts for :data:`UNKNOWN_MODIFIER`: shorter known words are
#: often accidental syllables ("Schra-|ner", "cyberpun-|kare"). A head one letter shorter
#: counts when Swedish text writes the first part on its own, as a name ("Kleist-|pris").
#: A joined form that Swedish text writes ("Stenergard", "medan") never counts.
MIN_HEAD_FOR_UNKNOWN_MODIFIER = 5
MIN_SHORT_HEAD_FOR_UNKNOWN_MODIFIER = 4
#: A capitalised first part before the last part of a Swedish name ("Hells-|son",
#: "Jäger-|brand"): a name the typesetter broke.
NAME_ENDING = 3.0
#: Two adjectives coordinated with a hyphen ("ekonomisk-politisk", "militär-industriella",
#: "privat-offentlig"), known by their endings or by the comparison forms the lemma table
#: lists, unless Swedish text commonly writes them joined ("socialdemokratisk").
ADJECTIVE_PAIR = 6.0
#: Shortest second adjective for :data:`ADJECTIVE_PAIR`: shorter "heads" are usually the
#: derivational ending of one adjective ("mänsk-|liga", "likvär-|dig").
MIN_ADJECTIVE_HEAD = 6
#: Shortest first adjective: shorter words ending like one are nouns ("val-", "mål-").
MIN_ADJECTIVE_MODIFIER = 5
#: The break is (or is not) a legal hyphenation point of the joined word. Small: Word's
#: hyphenator breaks elsewhere than these patterns ("funkt-|ionen"); consulted only when the
#: rest of the evidence is this close to even.
BREAK_POINT = 1.0

#: A weak coordinating word ("samt", "till") suspends the compound unless the joined form is
#: known at least this strongly ("gemen-|samt" -> "gemensamt", "in-|till" -> "intill"), or
#: is a compound whose head reaches across the break ("satellitsyste-|men").
WEAK_SUSPENSION_OVERRIDE = LEXICON_JOINED

#: Closing quotation marks and brackets: a hyphen right after one joins a quoted phrase to
#: a word ('"mottagaren betalar"-nummer'); no typesetter breaks there.
CLOSING_MARKS = frozenset("\"'”’»)]")

#: Marks inside addresses ("www.kommunen.se", "namn@kommunen.se") that a typesetter may
#: break after with a hyphen of its own.
ADDRESS_MARKS = frozenset(".@")

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

    @property
    def parts(self) -> list[str]:
        """The hyphen-separated parts of the whole token, hyphenated here, lowercase."""
        token = f"{self.prefix}{self.core}-{self.after}{self.tail}".lower()
        return _TRAILING_PUNCTUATION.sub("", token).split("-")


@dataclass(frozen=True)
class Explanation:
    """A decision with the evidence behind it, as (name, signed weight) pairs."""

    decision: Decision
    evidence: tuple[tuple[str, float], ...] = field(default=())

    @property
    def score(self) -> float:
        return sum(weight for _, weight in self.evidence)


def parse(fragment: str, continuation: str) -> LineBreak | None:
    """Split a fragment (with its hyphen) and its continuation into the parts that meet;
    None when either side has no letters or digits at the break."""
    body = fragment.rstrip(SOFT_HYPHEN)[:-1]
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
    return explain(fragment, continuation, lexicon).decision


def explain(
    fragment: str, continuation: str, lexicon: DocumentLexicon | None = None
) -> Explanation:
    """:func:`decide`, with the evidence that led there (to debug a wrong decision)."""
    fragment = fragment.strip()
    continuation = continuation.strip()
    last = fragment[-1:] or " "
    # Rules before weights: their evidence is listed with weight 0.
    if last == SOFT_HYPHEN:
        # Only a typesetter breaks at a soft hyphen; it never shows otherwise.
        return Explanation(Decision.JOIN, (("soft hyphen", 0.0),))
    if last not in HYPHENS:
        # A dash, or no hyphen at all: punctuation between words.
        return Explanation(Decision.SUSPENDED, (("no hyphen", 0.0),))
    if not continuation:
        return Explanation(Decision.KEEP, (("hyphen ends the text", 0.0),))
    if last == NON_BREAKING_HYPHEN:
        return Explanation(Decision.KEEP, (("non-breaking hyphen", 0.0),))
    line_break = parse(fragment, continuation)
    if line_break is None:
        if (
            fragment[-2:-1] in ADDRESS_MARKS
            and fragment[-3:-2].isalnum()
            and continuation[:1].isalnum()
        ):
            # "www.kommunen.-|se", "registrator@-|kommunen.se": no word or name begins or
            # ends with a hyphen beside a dot or an at sign; the typesetter broke an address.
            return Explanation(Decision.JOIN, (("hyphen after a dot in an address", 0.0),))
        first_word = _CORE_AFTER.match(continuation)
        if (
            fragment[-2:-1] in CLOSING_MARKS
            and first_word is not None
            and first_word.group(1).lower() not in SUSPENSION_CONJUNCTIONS | WEAK_SUSPENSION_WORDS
        ):
            # '"mottagaren betalar"-|nummer': a quotation made the first part of a compound.
            return Explanation(Decision.KEEP, (("quotation before the hyphen", 0.0),))
        # "- chef", "hälso-| (och", "hälso-| & sjukvård": no word meets another.
        return Explanation(Decision.SUSPENDED, (("no word across the break", 0.0),))
    conjunction = line_break.after.lower() if not line_break.tail[:1].isalnum() else ""
    if conjunction in SUSPENSION_CONJUNCTIONS:
        return Explanation(Decision.SUSPENDED, (("coordinating word", 0.0),))
    if conjunction in WEAK_SUSPENSION_WORDS:
        known = _known_joined(line_break, lexicon)
        head = sv_lexicon.compound_head(line_break.joined) or ""
        if known >= WEAK_SUSPENSION_OVERRIDE:
            return Explanation(Decision.JOIN, (("joined form known", known),))
        if len(head) > len(line_break.after):
            return Explanation(Decision.JOIN, (("compound across the break", LEXICON_COMPOUND),))
        return Explanation(Decision.SUSPENDED, (("coordinating word", 0.0),))
    found = tuple(evidence(line_break, lexicon))
    score = sum(weight for _, weight in found)
    return Explanation(Decision.JOIN if score > 0 else Decision.KEEP, found)


def _known_joined(line_break: LineBreak, document: DocumentLexicon | None) -> float:
    """The weight of evidence that the joined form is a word (document or lemma table)."""
    weight = 0.0
    if document is not None and document.count(line_break.joined):
        weight += DOCUMENT_JOINED
    if sv_lexicon.is_word(line_break.joined):
        weight += LEXICON_JOINED
    return weight


def evidence(
    line_break: LineBreak, document: DocumentLexicon | None = None
) -> list[tuple[str, float]]:
    """Every piece of join-or-keep evidence that fires for this break, as (name, weight)."""
    found: list[tuple[str, float]] = [("prior", PRIOR)]
    if document is not None:
        found.extend(_document_evidence(line_break, document))
    core, after = line_break.core, line_break.after
    spelling = _author_spelling(core, after) or _reduplication(line_break.parts)
    if spelling is not None:
        weight = CAPITAL_AFTER if spelling == "capital after hyphen" else AUTHOR_SPELLING
        found.append((spelling, -weight))
        return found
    if core.lower() == after.lower() and not sv_lexicon.is_word(line_break.joined):
        found.append(("repeated word", -REPEATED_WORD))
    all_caps = core.isupper() and after.isupper()
    found.extend(_lexical_evidence(core.lower(), after.lower(), spelling_case(core), not all_caps))
    # The hyphenation patterns are the weakest evidence and the slowest to consult: only
    # when they can tip the balance.
    if abs(sum(weight for _, weight in found)) <= BREAK_POINT:
        if is_break_point(line_break.joined, len(core)):
            found.append(("legal break point", BREAK_POINT))
        else:
            found.append(("no legal break point", -BREAK_POINT))
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
    if joined != hyphenated:
        return found
    # Either part written with a hyphen elsewhere is one habit of the author's, not two.
    after = line_break.after.lower()
    if document.hyphenated_modifier(line_break.core):
        found.append(("document hyphenates this first part", -DOCUMENT_HYPHENATED_MODIFIER))
    elif len(after) >= MIN_HEAD_FOR_UNKNOWN_MODIFIER and document.hyphenated_head(after):
        found.append(("document hyphenates before this last part", -DOCUMENT_HYPHENATED_HEAD))
    return found


def _author_spelling(core: str, after: str) -> str | None:
    """The name of the spelling that marks an author's hyphen, or None."""
    if any(c.isdigit() for c in core) or after[0].isdigit():
        return "digits"
    if len(core) == 1:
        return "single letter"
    if core.isupper() and after.isupper():
        # A heading in capitals: both sides look like abbreviations, the words decide.
        return None
    if any(c.isupper() for c in core[1:]):
        return "abbreviation"
    if after[0].isupper():
        return "capital after hyphen"
    return None


def _reduplication(parts: list[str]) -> str | None:
    """The evidence name for a word repeated around a short one ("steg-för-steg"), or None."""
    if (
        len(parts) == 3
        and parts[0] == parts[2]
        and parts[0].isalpha()
        and 0 < len(parts[1]) <= MAX_REDUPLICATION_LINK
    ):
        return "repeated around a short word"
    return None


@functools.lru_cache(maxsize=1 << 16)
def _lexical_evidence(
    core: str, after: str, case: str, spelled: bool
) -> tuple[tuple[str, float], ...]:
    """Evidence from Swedish word knowledge for lowercase ``core`` | ``after``.

    ``case`` is how the text spells the first part (see :func:`_case`). ``spelled`` is
    False for text in capitals, where letters say nothing about pronounceability ("IM-|FC"
    is an abbreviation a typesetter broke).
    """
    found: list[tuple[str, float]] = []
    joined = core + after
    after_word = sv_lexicon.is_word(after)
    if spelled:
        found.extend(_vowel_evidence(core, after, after_word))
    joined_word = sv_lexicon.is_word(joined)
    compound = joined_word or sv_lexicon.is_compound(joined)
    zipf = sv_frequency.zipf(joined)
    attested = zipf > 0
    if joined_word:
        found.append(("joined is a word", LEXICON_JOINED))
    elif compound:
        found.append(("joined is a compound", LEXICON_COMPOUND))
    frequency = min(FREQUENCY_CAP, FREQUENCY_PER_ZIPF * (zipf - FREQUENCY_FLOOR))
    if frequency > 0:
        found.append(("joined is written", frequency))
    if not spelled and not compound and not attested:
        found.append(("capitals, no word", -CAPITALS_NO_WORD))
    if sv_lexicon.is_word(f"{core}-{after}"):
        found.append(("hyphenated is a word", -LEXICON_HYPHENATED))
    if not joined_word and case != "other":
        # A lowercase first part may be an abbreviation the table spells in capitals ("tv");
        # a capitalised one is looked up as the lowercase word a sentence start makes of it.
        entries = sv_lexicon.hyphen_modifier_count(core, abbreviation=case == "lower")
        if entries:
            weight = min(HYPHEN_MODIFIER_CAP, entries * HYPHEN_MODIFIER_PER_ENTRY)
            if case == "capitalised":
                weight *= CAPITALISED_SHARE
            found.append(("first part often hyphenated", -weight))
    if case == "capitalised" and after in NAME_ENDINGS:
        found.append(("name ending", NAME_ENDING))
    core_word = sv_lexicon.is_word(core) or sv_lexicon.is_modifier(core)
    # Words the lemma table lacks but Swedish text writes on their own: loans ("life",
    # "science"), names, abbreviations spelled as words ("nato").
    core_written = core_word or sv_frequency.is_common_word(core)
    after_written = after_word or sv_frequency.is_common_word(after)
    if not core_written and not after_written:
        found.append(("break inside a word", INSIDE_WORD))
    if (
        spelled
        and core_written
        and after_written
        and not compound
        and not attested
        and len(after) >= sv_lexicon.MIN_PART
    ):
        found.append(("two words, no compound", -WORDS_NOT_COMPOUND))
    long_enough_head = len(after) >= MIN_HEAD_FOR_UNKNOWN_MODIFIER or (
        len(after) >= MIN_SHORT_HEAD_FOR_UNKNOWN_MODIFIER and sv_frequency.is_attested(core)
    )
    if (
        not core_written
        and long_enough_head
        and after_word
        and not compound
        and not attested
        and not sv_lexicon.ends_like_modifier(core)
        and not sv_lexicon.begins_longer_word(core)
    ):
        found.append(("unknown first part", -UNKNOWN_MODIFIER))
    if (
        len(core) >= MIN_ADJECTIVE_MODIFIER
        and len(after) >= MIN_ADJECTIVE_HEAD
        and zipf < COMMON_ZIPF
        and _adjective_pair(core, after, after_word)
    ):
        found.append(("two adjectives", -ADJECTIVE_PAIR))
    return tuple(found)


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
