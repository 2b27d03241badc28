"""Character-level cleanup: what a PDF's text layer adds that the author did not type.

Word processors and PDF producers encode the same text in many ways: a ligature glyph for
"fi", a soft hyphen, a non-breaking hyphen, a no-break or thin space, a decomposed "å".
Left alone, "ﬁnansiering" and "finansiering" would be two words to every comparison and
search downstream. Dashes, quotes and minus signs are the author's punctuation and stay.
"""

from __future__ import annotations

import re
import unicodedata

SOFT_HYPHEN = "\u00ad"
HYPHEN = "\u2010"
NON_BREAKING_HYPHEN = "\u2011"
HYPHEN_MINUS = "-"
EN_DASH = "\u2013"
EM_DASH = "\u2014"
NO_BREAK_SPACE = "\u00a0"
SLASH = "/"

#: Characters printed as a hyphen. A line-end hyphen is whichever of these ends the line.
HYPHENS: frozenset[str] = frozenset({HYPHEN_MINUS, HYPHEN, NON_BREAKING_HYPHEN})

#: Dashes that are punctuation between words, never part of one.
DASHES: frozenset[str] = frozenset({EN_DASH, EM_DASH})

#: Ligature glyphs some producers (pdfTeX, InDesign) leave in the text layer.
LIGATURES: dict[str, str] = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}

#: Invisible characters that carry no text: the soft hyphen (an allowed break that was not
#: used), zero-width spaces and joiners, the word joiner and a stray byte-order mark.
INVISIBLES: frozenset[str] = frozenset(
    {SOFT_HYPHEN, "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}
)

#: Spaces other than U+0020: no-break, narrow no-break, thin, figure, em/en spaces, ideographic.
ODD_SPACES: frozenset[str] = frozenset(
    {NO_BREAK_SPACE, "\u202f", "\u205f", "\u3000", "\u1680"}
    | {chr(c) for c in range(0x2000, 0x200B)}
)

#: List bullets a PDF prints as text at the start of a line. "-" is not one: a line may
#: start with a minus sign or a dash that the author wrote.
BULLETS: frozenset[str] = frozenset(
    {"\u2022", "\u25aa", "\u25e6", "\u25cf", "\u2023", "\u2043", "\u2219"}
)

_TRANSLATION = str.maketrans(
    {
        **LIGATURES,
        **{c: None for c in INVISIBLES},
        HYPHEN: HYPHEN_MINUS,
        NON_BREAKING_HYPHEN: HYPHEN_MINUS,
        **{c: " " for c in ODD_SPACES},
    }
)
_LEADING_BULLETS = re.compile("^[\\s" + "".join(sorted(BULLETS)) + "]+")
_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029\x0b\x0c\x85]")
_WHITESPACE = re.compile(r"\s+")


def strip_bullet(line: str) -> str:
    """``line`` without the list bullets (and spaces) it starts with."""
    return _LEADING_BULLETS.sub("", line)


def starts_with_bullet(line: str) -> bool:
    """Whether ``line`` opens a list item: a new item is never the continuation of a word."""
    stripped = line.lstrip()
    return bool(stripped) and stripped[0] in BULLETS


# Ghostscript's pdfwrite (10.0x) re-encodes ligature glyphs with a broken ToUnicode map: each
# letter of "tt", "ti", "ft" comes out as the CJK character U+XX00 whose high byte XX is the
# letter's ASCII code ("att" reads "a琀琀"). Only the 52 code points U+4100..U+7A00 with a zero
# low byte can be such a letter.
_GS_LIGATURE_LETTER = re.compile(
    "[" + "".join(chr(c << 8) for c in range(0x41, 0x7B) if chr(c).isalpha()) + "]"
)
_GS_WORD = re.compile(r"\S*" + _GS_LIGATURE_LETTER.pattern + r"\S*")


def repair_gs_ligatures(text: str) -> str:
    """Give back the letters a broken ligature map turned into CJK characters, in words that
    are Latin script otherwise (a real CJK word is left alone)."""
    if not _GS_LIGATURE_LETTER.search(text):
        return text

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        rest = _GS_LIGATURE_LETTER.sub("", word)
        if any(ch.isalpha() and ord(ch) >= 0x2E80 for ch in rest):
            return word  # other CJK characters beside it: real CJK text
        return _GS_LIGATURE_LETTER.sub(lambda c: chr(ord(c.group(0)) >> 8), word)

    return _GS_WORD.sub(fix, text)


def normalize_inline(text: str) -> str:
    """Clean characters only: expand ligatures, drop invisibles, unify hyphens and spaces,
    compose to NFC, drop bullets that open a line, collapse whitespace.

    Never decides anything about words: a line-end hyphen is left as it is (that is
    :func:`icp_extract.normalize.normalize_cell`'s job, which needs the next line).
    """
    text = unicodedata.normalize("NFC", repair_gs_ligatures(text).translate(_TRANSLATION))
    lines = _LINE_BREAKS.split(text)
    text = " ".join(strip_bullet(line) for line in lines)
    return _WHITESPACE.sub(" ", text).strip()
