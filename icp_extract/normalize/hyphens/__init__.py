"""Whose hyphen ends this line: the typesetter's (join the word) or the author's (keep it)?

Narrow table columns make word processors hyphenate: "Omhän-|dertas" must read
"Omhändertas". But authors write hyphens too, and a line may end on one: "SAM-|modulen",
"covid-|19", "hälso-| och sjukvård". The usual rule, join when the next line starts in
lowercase, turns "IT-|system" into "ITsystem" and "e-|tjänster" into "etjänster".

First, a coordinating word after the hyphen ("och", "eller") or no word at all marks a
suspended compound: hyphen and space stay. Otherwise the decision adds up evidence, each
kind with a named weight (:mod:`.weights`):

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
import re
from dataclasses import dataclass, field

from icp_extract.lang.sv import lexicon as sv_lexicon
from icp_extract.lang.sv.function_words import SUSPENSION_CONJUNCTIONS, WEAK_SUSPENSION_WORDS
from icp_extract.lang.sv.hyphenation import is_break_point
from icp_extract.lang.sv.orthography import spelling_case
from icp_extract.normalize.characters import HYPHENS, NON_BREAKING_HYPHEN, SOFT_HYPHEN
from icp_extract.normalize.document import DocumentLexicon
from icp_extract.normalize.hyphens.lexical import lexical_evidence as _lexical_evidence
from icp_extract.normalize.hyphens.weights import (
    AUTHOR_SPELLING,
    BREAK_POINT,
    CAPITAL_AFTER,
    DOCUMENT_HYPHENATED,
    DOCUMENT_HYPHENATED_HEAD,
    DOCUMENT_HYPHENATED_MODIFIER,
    DOCUMENT_JOINED,
    DOCUMENT_REPEATED,
    LEXICON_COMPOUND,
    LEXICON_JOINED,
    MARKED_BREAKS,
    MAX_REDUPLICATION_LINK,
    MIN_HEAD_FOR_UNKNOWN_MODIFIER,
    PRIOR,
    REPEATED_WORD,
    WEAK_SUSPENSION_OVERRIDE,
)


class Decision(enum.Enum):
    """What to do with a hyphen at the end of a line."""

    JOIN = "join"  # typesetter's hyphen: drop it, no space ("Omhän-|dertas" -> "Omhändertas")
    KEEP = "keep"  # author's hyphen inside a word: keep it, no space ("SAM-|modulen")
    SUSPENDED = "suspended"  # author's hyphen before a space: keep both ("hälso-| och")


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
    """:func:`decide`, with the evidence that led there (to debug a wrong decision).

    Rules come before weights, and their evidence is listed with weight 0: the kind of
    hyphen, then a break where no word meets another, then a coordinating word after the
    hyphen. Only a word broken between two words is weighed."""
    fragment = fragment.strip()
    continuation = continuation.strip()
    ruled = _by_kind_of_hyphen(fragment, continuation)
    if ruled is not None:
        return ruled
    line_break = parse(fragment, continuation)
    if line_break is None:
        return _no_word_across(fragment, continuation)
    coordinated = _by_coordination(line_break, lexicon)
    if coordinated is not None:
        return coordinated
    found = tuple(evidence(line_break, lexicon))
    score = sum(weight for _, weight in found)
    return Explanation(Decision.JOIN if score > 0 else Decision.KEEP, found)


def _by_kind_of_hyphen(fragment: str, continuation: str) -> Explanation | None:
    """The hyphen's character decides: a soft hyphen is the typesetter's, a dash or no
    hyphen is punctuation, a non-breaking hyphen or one that ends the text the author's."""
    last = fragment[-1:] or " "
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
    return None


def _no_word_across(fragment: str, continuation: str) -> Explanation:
    """A break where no word meets another (no letter or digit on one side): an address
    broken after a dot, a quotation made the first part of a compound, or a suspension."""
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


def _by_coordination(line_break: LineBreak, lexicon: DocumentLexicon | None) -> Explanation | None:
    """A coordinating word after the hyphen ("hälso-| och sjukvård") suspends the compound;
    a weak one ("samt", "till") unless the joined form is known ("gemen-|samt") or a
    compound's head reaches across the break ("satellitsyste-|men")."""
    conjunction = line_break.after.lower() if not line_break.tail[:1].isalnum() else ""
    if conjunction in SUSPENSION_CONJUNCTIONS:
        return Explanation(Decision.SUSPENDED, (("coordinating word", 0.0),))
    if conjunction not in WEAK_SUSPENSION_WORDS:
        return None
    known = _known_joined(line_break, lexicon)
    head = sv_lexicon.compound_head(line_break.joined) or ""
    if known >= WEAK_SUSPENSION_OVERRIDE:
        return Explanation(Decision.JOIN, (("joined form known", known),))
    if len(head) > len(line_break.after):
        return Explanation(Decision.JOIN, (("compound across the break", LEXICON_COMPOUND),))
    return Explanation(Decision.SUSPENDED, (("coordinating word", 0.0),))


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
    if document.marks_breaks:
        found.append(("typesetter marks its breaks", -MARKED_BREAKS))
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
