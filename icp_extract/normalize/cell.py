"""One table cell or paragraph, from printed lines to clean text.

Lines are joined with a space, except where a line ends in a hyphen: there
:func:`icp_extract.normalize.hyphens.decide` says whether the word goes on without a
hyphen, with it, or whether the hyphen ends a suspended compound before a space.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from icp_extract.lang.sv.function_words import SUSPENSION_CONJUNCTIONS
from icp_extract.normalize.characters import (
    DASHES,
    HYPHENS,
    NON_BREAKING_HYPHEN,
    SLASH,
    SOFT_HYPHEN,
    normalize_inline,
    starts_with_bullet,
)
from icp_extract.normalize.document import DocumentLexicon
from icp_extract.normalize.hyphens import Decision, decide

#: Slashes a typesetter breaks after without a space (paths: "G:\\Ekonomi\\|Attest").
_SLASHES = SLASH + "\\"
#: A line that starts with a full stop before a letter goes on a name the line before began
#: ("Stickprov_2024" / ".xlsx", "www.kommunen" / ".se"): no sentence starts that way.
_ADDRESS_DOT = re.compile(r"^\.[^\W_]")
#: An address a line ends inside, in a bracket not yet closed: "(https://kommun.se/it/at",
#: "(www.kommun.se/styrdokum" (a browser prints a link's address after it, broken wherever
#: the line is full, with no hyphen).
_OPEN_ADDRESS = re.compile(r"\((?:[a-z]+://|www\.)[^\s()]*$", re.IGNORECASE)
#: The rest of such an address opening the next line: no space, up to the closing bracket
#: or over another slash ("erlasningstest).", "ent/riktlinje-betalkort.pdf)").
_ADDRESS_REST = re.compile(r"^[^\s()]*(?:\)|/)")
#: Two hyphens typed for a dash, as typewriter text and plain-text sources write it.
DOUBLE_HYPHEN = "--"
_DASH_CHARACTERS = "".join(DASHES | HYPHENS)
_FIRST_WORD = re.compile(r"[^\W_]+")


class LineEnd(enum.Enum):
    """How a printed line ends, read before character cleanup erases the difference."""

    PLAIN = "plain"
    SOFT_HYPHEN = "soft hyphen"  # an explicit typesetter's hyphen: always join
    NON_BREAKING_HYPHEN = "non-breaking hyphen"  # typed by the author: always keep
    HYPHEN = "hyphen"  # either one: decide
    DASH = "dash"  # en or em dash, or "--" typed for one: punctuation, keep
    SLASH = "slash"  # "Ansvarsområde/|process", "G:\\Ekonomi\\|Attest": no space


@dataclass(frozen=True)
class Line:
    """A printed line, cleaned, with what cleaning would hide: how it ended and whether a
    bullet opened it."""

    text: str
    end: LineEnd
    opens_item: bool

    @classmethod
    def read(cls, raw: str) -> Line:
        """Clean one printed line and note how it ends and whether a bullet opens it."""
        end = LineEnd.PLAIN
        stripped = raw.rstrip()
        if stripped:
            last = stripped[-1]
            if last == SOFT_HYPHEN:
                end = LineEnd.SOFT_HYPHEN
            elif last == NON_BREAKING_HYPHEN:
                end = LineEnd.NON_BREAKING_HYPHEN
            elif last in DASHES or stripped.endswith(DOUBLE_HYPHEN):
                end = LineEnd.DASH
            elif last in HYPHENS:
                end = LineEnd.HYPHEN
            elif last in _SLASHES and stripped[-2:-1].isalnum():
                end = LineEnd.SLASH
        return cls(normalize_inline(raw), end, starts_with_bullet(raw))


def normalize_cell(lines: Sequence[str], lexicon: DocumentLexicon | None = None) -> str:
    """The clean text of one cell: line-end hyphens resolved, whitespace collapsed to single
    spaces, stripped, NFC; "" when the cell is empty."""
    text = ""
    read = [line for line in map(Line.read, lines) if line.text]
    for k, line in enumerate(read):
        text = line.text if k == 0 else _join(text, read[k - 1], line, lexicon, read[k + 1 :])
    return unicodedata.normalize("NFC", text)


def _continuation(line: Line, after: Sequence[Line]) -> str:
    """The first word of ``line``; when the line is that word alone, broken again at its end
    ("INFOR-" / "MATIONSSÄ-" / "KERHET" in a narrow column), the word as it goes on over the
    following lines, so that the break is judged on the whole word."""
    word = line.text.split(" ", 1)[0]
    if word != line.text or line.end is not LineEnd.HYPHEN or not after:
        return word
    return word[:-1] + _continuation(after[0], after[1:])


def _join(
    text: str,
    previous: Line,
    line: Line,
    lexicon: DocumentLexicon | None,
    after: Sequence[Line] = (),
) -> str:
    """``text`` (ending with ``previous``) continued by ``line``, then the lines ``after``."""
    if line.opens_item:
        # A new list item is never the rest of a word.
        return f"{text} {line.text}"
    if previous.end is LineEnd.SOFT_HYPHEN:
        return text + line.text
    if previous.end is LineEnd.DASH:
        # A dash printed against the word before it joins two words ("2023–|2024",
        # "Göteborg–|Malmö", "80--|talet"); one printed alone stands between spaces
        # ("medarbetare –|inte"), and so does one before a coordinating word, where it
        # stands for the hyphen of a suspended compound ("hälso–|och", "80--|och").
        before = text.rstrip(_DASH_CHARACTERS)
        if before[-1:].isalnum() and line.text[0].isalnum() and not _coordinating(line.text):
            return text + line.text
        return f"{text} {line.text}"
    if previous.end is LineEnd.SLASH:
        # Typesetters break after a slash without a space: "Ansvarsområde/|process".
        return text + line.text if line.text[0].isalnum() else f"{text} {line.text}"
    if previous.end is LineEnd.PLAIN:
        return text + line.text if _address_goes_on(text, line.text) else f"{text} {line.text}"
    fragment = text.rsplit(" ", 1)[-1]
    continuation = _continuation(line, after)
    if previous.end is LineEnd.NON_BREAKING_HYPHEN:
        decision = Decision.KEEP
    else:
        decision = decide(fragment, continuation, lexicon)
    if decision is Decision.JOIN:
        return text[:-1] + line.text
    if decision is Decision.KEEP:
        return text + line.text
    return f"{text} {line.text}"


def _address_goes_on(text: str, line: str) -> bool:
    """A name or address broken at a plain line end goes on without a space: a line that
    starts with a full stop before a letter ("www.kommunen" / ".se"), or the rest of a
    link's address inside its open bracket ("(https://kommun.se/it/at" / "erlasning).")."""
    if _ADDRESS_DOT.match(line) and text[-1:].isalnum():
        return True
    return bool(_OPEN_ADDRESS.search(text) and _ADDRESS_REST.match(line))


def _coordinating(text: str) -> bool:
    """Whether ``text`` opens with a coordinating word ("och", "eller") standing alone."""
    word = _FIRST_WORD.match(text)
    return (
        word is not None
        and not text[word.end() : word.end() + 1].isalnum()
        and word.group().lower() in SUSPENSION_CONJUNCTIONS
    )
