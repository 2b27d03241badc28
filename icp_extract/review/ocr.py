"""Doubts about a record read from an OCR text layer: what OCR's misreadings leave behind.

OCR's misreadings stay as read (the README's promise), and the text layer carries no
confidence, so the record's own text is the evidence: a word no word list knows, a shape no
typed text has (letters and digits run together, a hyphen before a capital inside a word,
a letter standing alone), a glyph a report never types ("«", "¢"), a dash OCR cannot tell
from a hyphen, a value cell left empty (OCR drops short cells), a short cell unlike the
rest of its column. A record on a scanned page that shows none of them reads as typed text
and is left alone; the report as a whole still says that it was read by OCR
(``ocr_text_layer``).

Every unit raises ``ocr_text`` with the field and what was seen; each looks only at records
on the pages the report's warnings name as OCR'd. Units are ``(risk, report, settings) ->
items`` in :data:`OCR_RULES`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from icp_extract.lang.sv.frequency import is_attested
from icp_extract.lang.sv.function_words import FUNCTION_WORDS
from icp_extract.lang.sv.lexicon import is_compound, is_word
from icp_extract.lang.sv.numbers import MONTH_NAMES
from icp_extract.model import Report, ReviewItem, Risk
from icp_extract.review.report import ocr_pages
from icp_extract.review.table import empty_values
from icp_extract.review.text import PROSE_FIELDS, TEXT_FIELDS, text_fields
from icp_extract.settings import Settings

OcrRule = Callable[[Risk, Report, Settings], Iterable[ReviewItem]]
CODE = "ocr_text"


def _scanned(risk: Risk, report: Report) -> bool:
    return bool(set(risk.pages) & ocr_pages(report))


def _texts(risk: Risk) -> Iterable[tuple[str, str]]:
    """Each text field and each of the report's own columns, with its text."""
    yield from text_fields(risk, TEXT_FIELDS)
    for header, text in risk.extra.items():
        if text:
            yield header, text


#: Glyphs OCR reads from specks, rules and stamps, which a typed report does not hold.
OCR_GLYPHS = frozenset("«»©¢¤£®¬¦{}[]\\~`^—")


def ocr_glyph(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """A glyph no typed report holds ("Utdrag «saknades", "kr¢"; an em dash, where Swedish
    typing sets an en dash): a speck or a rule read as a letter, with the word beside it
    often misread too."""
    if not _scanned(risk, report):
        return
    for field, text in _texts(risk):
        odd = next((c for c in text if c in OCR_GLYPHS), None)
        if odd is not None:
            yield ReviewItem(CODE, field, f"the glyph {odd!r}: OCR read a speck or a rule")


#: Shapes of a token that typed text does not print, each with what it shows.
_SHAPES: tuple[tuple[re.Pattern[str], str], ...] = (
    # "för)8", "tio1": letters run into a digit, a value or a rule read into the word
    (re.compile(r"[a-zåäö]{2,}[)\]/|]?\d|\d[)\]|][a-zåäö]{2,}"), "letters run into a digit"),
    # "be)handling": a bracket inside a word
    (re.compile(r"[a-zåäö][()][a-zåäö]"), "a bracket inside a word"),
    # "av-Slut", "regi-Streras": a capital after a hyphen inside a lowercase word
    (re.compile(r"(?<![A-ZÅÄÖ\w-])[a-zåäö]+-[A-ZÅÄÖ][a-zåäö]"), "a capital inside a word"),
    # "upphanDling": a capital between lowercase letters
    (re.compile(r"[a-zåäö]{2}[A-ZÅÄÖ][a-zåäö]"), "a capital inside a word"),
    # "ru-l tinen", "direktupp-l handlingar": a rule read as a letter after a line-end hyphen
    (re.compile(r"\w-[a-zåäöA-ZÅÄÖ|](?=\s)"), "a letter after a hyphen"),
    # "1 två av 20": a capital I read as a one before a sentence's second word
    (re.compile(r"^1 [a-zåäö]"), "a sentence beginning with '1' and a lowercase word"),
    # "av -handlingsplanerna", "återstående :ronderna": a mark opening a word, a speck
    (re.compile(r"(?:^|\s)[-:;,.][a-zåäö]{2,}"), "a mark opening a word"),
    # "Ssystemet": a word's first letter read twice, as a capital and again
    (re.compile(r"(?<![\w-])([A-ZÅÄÖ])(?=[a-zåäö])(?i:\1)[a-zåäö]{2,}"), "a letter read twice"),
    # "2 8 socialtjänstlagen": two lone digits side by side ("§" read as "8")
    (re.compile(r"(?<!\d)(?<!\d )\b\d{1,2} \d\b"), "two numbers side by side"),
    # "fakturor! för": a mark ending a sentence before a lowercase word ("l" read as "!")
    (re.compile(r"\w[!?] +[a-zåäö]"), "a sentence's end before a lowercase word"),
    # "20/slumpvis": a digit and a word joined by a slash, a rule read as one
    (re.compile(r"\d/[a-zåäö]{3,}"), "a slash between a number and a word"),
    # "samman-lärendesyste-": a text that ends with a hyphen
    (re.compile(r"\w-$"), "a word cut at the end"),
)
#: Words a suspended compound's hyphen stands before ("hälso- och sjukvård").
_SUSPENDED = frozenset({"och", "eller", "samt", "respektive", "resp.", "till", "som"})
_HYPHEN_SPACE = re.compile(r"\w-\s+(\S+)")
#: One-letter words Swedish text types: "i", "å", "ö", a variable "x", a list's "a"-"e".
ONE_LETTER_WORDS = frozenset("iåöoaeIxXy&")


def ocr_shape(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """A token of a shape no typed text has: letters run into a digit, a capital inside a
    word, a letter after a line-end hyphen, a hyphen before a word that a suspended
    compound never stands before ("hyres- 2023-05-31 avtal"), a letter standing alone that
    is no Swedish word ("genom- D förda"). OCR makes these from rules, specks and a line's
    last letters; a row of another cell read into the text does too."""
    if not _scanned(risk, report):
        return
    for field, text in _texts(risk):
        seen = next((what for shape, what in _SHAPES if shape.search(text)), None)
        if seen is None:
            seen = _hyphen_before_no_conjunction(text) or _lone_letter(text)
        if seen is not None:
            yield ReviewItem(CODE, field, seen)


def _hyphen_before_no_conjunction(text: str) -> str | None:
    for m in _HYPHEN_SPACE.finditer(text):
        if m.group(1).strip(",.;:") not in _SUSPENDED:
            return f"a hyphen before {m.group(1)!r}"
    return None


def _lone_letter(text: str) -> str | None:
    for token in text.split():
        bare = token.strip(".,;:!?\"'")
        if len(bare) == 1 and bare.isalpha() and bare not in ONE_LETTER_WORDS:
            if not re.fullmatch(r"[a-zåäöA-ZÅÄÖ][).]", token):  # "a)", "B." label a part
                return f"the letter {bare!r} standing alone"
    return None


_WORD = re.compile(r"[A-ZÅÄÖ]?[a-zåäöéü]+")


def _known(word: str) -> bool:
    """A word some list knows: the lexicon, a compound of its words, or Swedish text."""
    return is_word(word) or word in FUNCTION_WORDS or is_attested(word) or is_compound(word)


def ocr_unknown_word(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """A word no list knows: not in the lexicon, no compound of its words, never written in
    Swedish text ("deegationsbeslut", "efhadelterhand", "ejl"). Typed reports hold such
    words too (a rare compound, a name), but seldom; OCR's dropped and swapped letters
    make them often. Words shorter than ``review_ocr_min_word`` are too short to judge."""
    if not _scanned(risk, report):
        return
    for field, text in _texts(risk):
        for token in text.split():
            bare = token.strip(".,;:!?()\"'”“")
            if len(bare) < settings.review_ocr_min_word or not _WORD.fullmatch(bare):
                continue
            if not _known(bare.lower()):
                yield ReviewItem(CODE, field, f"{bare!r} is no word any list knows")
                break


_MONTH = "|".join(MONTH_NAMES)
#: A hyphen between two months or two years: a range, which typed text writes with a dash.
_RANGE_HYPHEN = re.compile(
    rf"\b(?:(?:{_MONTH})-(?:{_MONTH})|(?:19|20)\d\d-(?:19|20)\d\d)\b(?!-\d)", re.IGNORECASE
)


def ocr_dash(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """A hyphen between two months or two years ("januari-juni", "2023-2024"): a range,
    which a typed report writes with a dash ("–"); OCR reads a dash as a hyphen, so the
    printed mark may be either."""
    if not _scanned(risk, report):
        return
    for field, text in _texts(risk):
        found = _RANGE_HYPHEN.search(text)
        if found:
            yield ReviewItem(CODE, field, f"{found.group()!r}: OCR reads a dash as a hyphen")


def ocr_lowercase_start(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """A prose field that begins with a lowercase letter ("inhyrd inspektör ..."): a
    sentence begins with a capital, so its first letter was misread or its start went
    elsewhere."""
    if not _scanned(risk, report):
        return
    for field in PROSE_FIELDS:
        text = getattr(risk, field)
        if text and text[0].islower():
            yield ReviewItem(CODE, field, f"begins in lowercase: {text[:20]!r}")


def ocr_value_lost(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """A value column read, and this record's cell empty: OCR drops short cells (a lone
    digit, "Ja") more often than any other text, so an empty value on a scanned page is
    more likely lost than absent; a table that prints a factor's column prints it on
    every row. An answer beside a status saying the control is not done yet is left
    alone."""
    if not _scanned(risk, report):
        return
    for field in empty_values(risk, report):
        yield ReviewItem(CODE, field, "empty on a scanned page: OCR may have lost the value")


#: A numbering cell: a number and at most one mark after it ("1.", "12", "3)").
_NUMBERING = re.compile(r"\d+(\W?)")


def ocr_column_outlier(risk: Risk, report: Report, settings: Settings) -> Iterable[ReviewItem]:
    """A cell of a numbering column of the report's own ("Nr": "1.", "2.", ...) that is no
    number ("SE"), ends with a mark a numbering does not ("1:"), or ends with another mark
    than most of the column's numbers ("2)" among "1.", "4."): OCR read the cell's marks as
    other marks. A column is a numbering column
    when ``review_ocr_column_share`` of its cells are numbers."""
    if not _scanned(risk, report):
        return
    for header, text in risk.extra.items():
        column = [r.extra.get(header, "").strip() for r in report.risks]
        numbers = [m for v in column if (m := _NUMBERING.fullmatch(v))]
        if len(column) < settings.review_ocr_min_column or (
            len(numbers) / len(column) < settings.review_ocr_column_share
        ):
            continue
        own = _NUMBERING.fullmatch(text.strip())
        usual = _mark(numbers)
        if own is None or own.group(1) in _NO_NUMBERING_MARKS or usual not in (None, own.group(1)):
            yield ReviewItem(CODE, header, f"{text!r} unlike the column's numbering")


#: Marks a typed numbering does not end with ("1:", "2;"): OCR's reading of a full stop.
_NO_NUMBERING_MARKS = frozenset(":;,")


def _mark(numbers: list[re.Match[str]]) -> str | None:
    """The mark most of the numbers end with, when one is the most common alone."""
    ranked = Counter(m.group(1) for m in numbers).most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


OCR_RULES: tuple[OcrRule, ...] = (
    ocr_glyph, ocr_shape, ocr_unknown_word, ocr_dash, ocr_lowercase_start, ocr_value_lost,
    ocr_column_outlier,
)  # fmt: skip
