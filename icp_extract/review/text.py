"""Doubts read from the shape of a record's text: words left in pieces, marks of a table's
rules or of OCR, a header or a number label inside a cell, a value run into a text.

A text cell that was read right reads as Swedish prose; each rule here names one way a
wrong reading shows in the text itself, whatever layout caused it. Each is a function
``(risk, report, settings) -> items`` in :data:`TEXT_RULES`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from icp_extract.lang.sv.frequency import is_attested, zipf
from icp_extract.lang.sv.headers import EXTRA_HEADERS, HEADER_SYNONYMS
from icp_extract.lang.sv.lexicon import is_compound, is_word
from icp_extract.model import Report, ReviewItem, Risk
from icp_extract.settings import Settings

#: The fields that hold prose (a sentence or more), where the text's own shape can be judged.
PROSE_FIELDS = ("risk", "controls", "handling", "comment")
#: The text fields a header or a number label can wrongly stand in.
TEXT_FIELDS = ("process", "context", *PROSE_FIELDS)

TextRule = Callable[[Risk, Report, Settings], Iterable[ReviewItem]]

_TOKEN = re.compile(r"\S+")
_LETTERS = re.compile(r"[a-zåäöéü]+")


def text_fields(risk: Risk, fields: tuple[str, ...]) -> Iterable[tuple[str, str]]:
    """Each of ``fields`` that holds text, with its text."""
    for field in fields:
        text = getattr(risk, field)
        if text:
            yield field, text


def _is_word(token: str, settings: Settings) -> bool:
    """A word of its own: in the lexicon (or a compound of its words), as frequent in
    Swedish text as a word is (function words the lemma table leaves out: "att", "innan"),
    or too short to judge (the frequency list holds no two-letter forms: "nu", "då")."""
    return len(token) <= 2 or zipf(token) >= settings.review_word_zipf or is_compound(token)


def _joins(joined: str) -> bool:
    """Pieces join into a word Swedish writes: a lexicon word, or a compound that text
    attests (a chance compound of two whole words, "harajourförts", is not)."""
    return is_word(joined) or (is_compound(joined) and is_attested(joined))


def _run(tokens: list[str], start: int, n: int) -> tuple[list[str], int] | None:
    """``n`` tokens from ``start`` with the lone hyphens between them skipped, and how many
    tokens that spans; None when the run starts or ends with a hyphen or is too short."""
    run: list[str] = []
    end = start
    while end < len(tokens) and len(run) < n:
        if tokens[end] != "-":
            run.append(tokens[end])
        elif not run:
            return None
        end += 1
    return (run, end - start) if len(run) == n else None


@dataclass(frozen=True)
class _Tokens:
    """A text's tokens, and what each is as a piece: its letters without the sentence's
    punctuation (``bare``), whether those are lowercase letters only (``letters``), and
    whether it is such a token that is no word of its own (``stray``). Worked out once per
    text, since every run over a token asks again."""

    tokens: list[str]
    bare: list[str]
    letters: list[bool]
    stray: list[bool]

    @classmethod
    def of(cls, text: str, settings: Settings) -> _Tokens:
        tokens = _TOKEN.findall(text)
        # A piece is lowercase letters, the last of a run may carry the sentence's punctuation.
        bare = [t.rstrip(".,;:") for t in tokens]
        letters = [bool(_LETTERS.fullmatch(b)) for b in bare]
        stray = [letters[k] and not _is_word(b, settings) for k, b in enumerate(bare)]
        return cls(tokens, bare, letters, stray)


def _pieces(text: str, settings: Settings) -> list[str]:
    """Joined words whose pieces stand apart in ``text`` ("ak tigt", "kon - trol le ras"):
    runs of 2 to ``review_max_pieces`` lowercase tokens, lone hyphens between them allowed,
    that join into a Swedish word while one piece at least is no word of its own. Only runs
    with such a piece are joined and looked up: most texts have none."""
    toks = _Tokens.of(text, settings)
    found: list[str] = []
    i = 0
    while i < len(toks.tokens):
        span = _longest_join(toks, i, settings)
        if span:
            found.append(" ".join(toks.tokens[i : i + span]))
        i += span or 1  # a found word's pieces are not read again as the start of another
    return found


def _longest_join(toks: _Tokens, i: int, settings: Settings) -> int:
    """How many tokens from ``i`` the longest run of pieces joining into a word spans (0:
    none). The longest run is tried first: "kon trol le ras" is one word, not "kon trol"
    and two pieces left over."""
    for n in range(settings.review_max_pieces, 1, -1):
        got = _run(toks.tokens, i, n)
        if got is not None and _joins_in_pieces(toks, i, got[1], settings):
            return got[1]
    return 0


def _joins_in_pieces(toks: _Tokens, i: int, span: int, settings: Settings) -> bool:
    """The ``span`` tokens from ``i`` (lone hyphens skipped) are one word in pieces: all
    lowercase letters, one piece at least no word of its own, punctuation on the last piece
    only (a comma or a full stop inside the run ends a sentence or a list between words),
    long enough unless no piece is a single letter (short runs of letters join into some
    word by chance), and the pieces join into a word Swedish writes. The cheap shape
    checks come first; the lexicon is asked last."""
    at = [k for k in range(i, i + span) if toks.tokens[k] != "-"]
    if not all(toks.letters[k] for k in at) or not any(toks.stray[k] for k in at):
        return False
    if any(toks.bare[k] != toks.tokens[k] for k in at[:-1]):
        return False
    core = [toks.bare[k] for k in at]
    joined = "".join(core)
    if len(joined) < settings.review_min_joined and not all(len(c) > 1 for c in core):
        return False
    return _joins(joined)


def split_words(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """Words printed whole but read in pieces ("för sörj nings stöd"). A producer that
    breaks words with invisible marks (soft hyphens drawn as spaces) or an OCR reading
    with a space inside a word leaves pieces that are no words but join into one. Read
    right, a Swedish text has none: a piece that is no word beside another it joins is
    doubt enough."""
    for field, text in text_fields(risk, TEXT_FIELDS):
        pieces = _pieces(text, settings)
        if len(pieces) >= settings.review_min_split_words:
            shown = ", ".join(repr(p) for p in pieces[:3])
            yield ReviewItem("split_words", field, f"words in pieces: {shown}")


#: Marks that print a table's rule or OCR's reading of one, never prose: a bar, an equals
#: sign between words, a run of underscores.
_STRAY_MARK = re.compile(r"\||(?<![\w/]) ?= ?(?![\s\d])|(?<![\d\s])\s?=\s?(?=[^\W\d])|_{2,}")


def stray_mark(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """A text holding a mark no sentence prints ("och | uttag", "den gällande =
    attestförteckningen"): a cell rule read as a letter, which OCR does where a rule
    touches the text, so the text around it may be misread or cut too. An equals sign
    between numbers ("S3/K4 = 12") is a value, not a mark."""
    for field, text in text_fields(risk, TEXT_FIELDS):
        mark = _STRAY_MARK.search(text)
        if mark:
            start = max(0, mark.start() - 12)
            yield ReviewItem(
                "stray_mark", field, f"a mark no sentence prints: {text[start : mark.end() + 12]!r}"
            )


def header_key(text: str) -> str:
    """A header's wording as the synonym table holds it: lowercase, one space, no colon."""
    return " ".join(text.lower().split()).strip(" .:")


#: Each header wording and its field (None: a column of the report's own).
HEADER_WORDINGS: dict[str, str | None] = {
    **{header_key(w): None for w in EXTRA_HEADERS},
    **{header_key(w): f for f, ws in HEADER_SYNONYMS.items() for w in ws},
}
#: Fields that hold a name, never a labelled sentence.
NAME_FIELDS = ("process", "context")
_LEAD_LABEL = re.compile(r"^([^\W\d][\w /]{1,40}?)\s*:\s+\S")


#: A label after a sentence's end inside a text: "... slutat. Kontrollmoment: Jämförelse".
_INNER_LABEL = re.compile(r"(?<=[.!?])\s+([A-ZÅÄÖ][\w /]{1,40}?)\s*:\s+\S")


def _inner_headers(field: str, text: str) -> Iterable[ReviewItem]:
    """Another field's header and a colon after a sentence inside the text: two labelled
    parts (risk and control) printed in one cell and read as one field."""
    for label in _INNER_LABEL.finditer(text):
        named = HEADER_WORDINGS.get(header_key(label.group(1)), field)
        if named is not None and named != field:
            yield ReviewItem(
                "header_in_text", field, f"holds the header {label.group(1).strip()!r} inside"
            )
            return


def header_in_text(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """A text that begins with another column's header and a colon ("Kontrollmoment:
    Stickprov ..." in the risk), or a name with a label ("Process: Upphandling"): a layout
    that labels each value in the row (stacked cells, a group row) was read as a table,
    so the label and its value landed in one field, and the field it names may be empty.
    A sentence labelled with its own field's name ("Resultat: ..." in the comment) is a
    way of printing the cell and is left alone."""
    for field, text in text_fields(risk, TEXT_FIELDS):
        yield from _inner_headers(field, text)
        lead = _LEAD_LABEL.match(text)
        key = header_key(lead.group(1)) if lead else ""
        if (
            lead
            and key in HEADER_WORDINGS
            and (field in NAME_FIELDS or HEADER_WORDINGS[key] != field)
        ):
            yield ReviewItem(
                "header_in_text", field, f"begins with the header {lead.group(1).strip()!r}"
            )


#: A number label opening a text: "1.", "1.1", "2)", "a)", "3.2.1".
_NUMBER_LABEL = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)]|[a-zåäö]\))\s+\S")


def label_in_text(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """A risk or context text that opens with a number label ("1.1 Lantbruk ...",
    "3. Risk att ..."), the record having no label: a nested numbering the reader did not
    take as labels, so the records' labels and what belongs to which parent are unread."""
    if risk.label is not None:
        return
    for field, text in text_fields(risk, ("risk", "context")):
        lead = _NUMBER_LABEL.match(text)
        if lead:
            label = text[: lead.end() - 1].strip()
            yield ReviewItem("label_in_text", field, f"opens with the number label {label!r}")


#: A number standing alone inside a text, or after its last full stop: a value cell's
#: number run into a text cell beside it, or a footnote mark ("pågår. 3").
_LONE_NUMBER = re.compile(r"(?<=[a-zåäö]) (\d{1,2}) (?=[a-zåäö])|(?<=[.!?]) (\d{1,2})$")
#: A number opening a text before a capital ("9 Uttag ur ..."): a sentence does not begin
#: so, a value cell's number does.
_LEADING_NUMBER = re.compile(r"^(\d{1,2}) (?=[A-ZÅÄÖ][a-zåäö])")


def number_in_text(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """A one- or two-digit number inside a word ("idrottsma 3 terial": pieces that are no
    words and join into one), or after the text's last full stop ("pågår. 3"): a value
    column without rules between it and the text ran into it, or a footnote mark was
    read into the cell. Numbers that count something ("av 47 ärenden") stand between
    words and are left alone. A number opening a text before a capitalised word ("9 Uttag
    ur ...") is a value run in from the column before it."""
    for field, text in text_fields(risk, PROSE_FIELDS):
        lead = _LEADING_NUMBER.match(text)
        if lead:
            yield ReviewItem("number_in_text", field, f"opens with a lone {lead.group(1)!r}")
            continue
        for m in _LONE_NUMBER.finditer(text):
            if m.group(2) is not None:
                yield ReviewItem("number_in_text", field, f"ends with a lone {m.group(2)!r}")
                break
            before = text[: m.start()].split()[-1]
            after = text[m.end() :].split()[0].rstrip(".,;:")
            if not _LETTERS.fullmatch(before) or not _LETTERS.fullmatch(after):
                continue
            pieces = not (_is_word(before, settings) and _is_word(after, settings))
            if pieces and is_compound(before + after):  # rare compounds: the number shows
                yield ReviewItem(
                    "number_in_text", field, f"{m.group(1)!r} inside {before} {after!r}"
                )
                break


_LINE_END_HYPHEN = re.compile(r"(\w+)-\n(\w+)")


def _capitals(left: str, right: str) -> bool:
    """Two capital parts of two letters or more at a line end ("SS-" / "BTEK"): an
    abbreviation written with a hyphen ("IT-ADM") or joined ("SSBTEK"), which only the
    author knows; kept, it is worth a look. A single letter after it ("BAS-P") is a part
    of its own."""
    return min(len(left), len(right)) >= 2 and all(
        part.isupper() and part.isalpha() for part in (left, right)
    )


def hyphen_kept(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """A hyphen at a printed line's end kept in the text where its first part is no word
    Swedish text writes alone and the parts join into one ("INFOR-|MATIONSSÄ-|KERHET" kept
    as "INFOR-MATIONSSÄ-KERHET"): the hyphen normaliser's evidence was too weak (capitals,
    a word the lexicon lacks) and the word stays broken. A kept hyphen after a word or an
    abbreviation ("Internet-|system", "GPS-|data", "e-|post") is a compound's own. Between
    two capital parts ("SS-|BTEK") either reading is possible, and it is flagged."""
    for field in TEXT_FIELDS:
        value, raw = getattr(risk, field), risk.raw.get(field)
        if not value or not raw:
            continue
        for m in _LINE_END_HYPHEN.finditer(raw):
            left, right = m.group(1), m.group(2)
            word = next((t for t in value.split() if f"{left}-{right}" in t), None)
            if word is None:
                continue
            first, joined = left.lower(), word.strip(".,;:()").replace("-", "").lower()
            rare = (
                len(first) >= settings.review_min_cut_part
                and zipf(first) < settings.review_word_zipf
            )
            if (rare and is_compound(joined)) or _capitals(left, right):
                yield ReviewItem("hyphen_kept", field, f"{word!r} kept with its hyphen")
                break


TEXT_RULES: tuple[TextRule, ...] = (
    split_words, hyphen_kept, stray_mark, header_in_text, label_in_text, number_in_text,
)  # fmt: skip
