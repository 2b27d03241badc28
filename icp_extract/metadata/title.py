"""The report's title among the lines before its first table, and the lines around it."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# A line that ends mid-title ("... tertial 2 –", "Intern-") or a next line that goes on
# ("per augusti", ", Tekniska nämnden"): the title is wrapped over both.
_GOES_ON_END = ("–", "-", ",", ":", "/", " och", " av", " för", " per")
_GOES_ON_START = re.compile(r"^[a-zåäö0-9,(–-]")
# A subtitle stands in the few lines after the title and is no sentence of prose.
SUBTITLE_LINES = 2
# A date of reporting counts in this many lines under the title ("Rapport till styrelsen,
# januari–augusti 2025" under a fact box's two lines beside the title).
NEAR_TITLE_LINES = 4
SUBTITLE_MAX = 70
# A title names the follow-up or the internal control ("Budgetuppföljning" does not).
TITLE = re.compile(
    r"(^|[\s–-])((hel|del)års|tertial)?uppföljning|internkontroll|intern kontroll"
    r"|^(del|hel)?års(rapport|bokslut)|^tertialrapport",
    re.IGNORECASE,
)
SAME_SIZE = 0.3  # font sizes (points) this close are one size


def _wrapped(line: str, following: str) -> bool:
    """Whether ``following`` goes on with ``line``: the line ends mid-phrase, or the next
    starts in lowercase, with a digit or with punctuation."""
    return line.rstrip().endswith(_GOES_ON_END) or bool(_GOES_ON_START.match(following.strip()))


def _goes_on(line: str, following: str) -> bool:
    """Whether ``following`` surely goes on with ``line``, past side text between them: the
    line ends inside a word or a phrase, or the next starts in lowercase (a digit may open
    the next heading, "1 Inledning")."""
    return line.rstrip().endswith((*_GOES_ON_END, "\u00ad")) or following[:1].islower()


#: Lines of smaller type a title's lines may stand around (a web page's navigation
#: column beside the title, read between its lines).
TITLE_SIDE_LINES = 2


def _next_in_size(lines: Sequence[tuple[str, float]], at: int, size: float) -> int | None:
    """The next line after ``at`` in the same font size, passing over at most
    :data:`TITLE_SIDE_LINES` lines of smaller type between (side text such as a navigation
    column, which shares the title's rows); None when a larger line or none comes first."""
    for j in range(at + 1, min(len(lines), at + 2 + TITLE_SIDE_LINES)):
        if abs(lines[j][1] - size) <= SAME_SIZE:
            return j
        if lines[j][1] > size:
            return None
    return None


#: A cover's title is set at least this many times the size of any other line.
COVER_RATIO = 1.5


def _cover_size(lines: Sequence[tuple[str, float]]) -> float | None:
    """The font size of a cover's title, or None. Layout served: a report whose first page
    is a cover with its title in one big font over two lines ("Delårsrapport 2 2024" /
    "<nämnd>", one paragraph broken by hand): neither line wraps into the other, but the
    size, at least ``COVER_RATIO`` times that of every other line, makes them one title."""
    sizes = sorted({round(size, 1) for _, size in lines}, reverse=True)
    if len(sizes) < 2 or sizes[0] < COVER_RATIO * sizes[1]:
        return None
    return next(size for _, size in lines if round(size, 1) == sizes[0])


def _same(size: float, other: float | None) -> bool:
    return other is not None and abs(size - other) <= SAME_SIZE


def _block_lines(lines: Sequence[tuple[str, float]], k: int, cover: float | None) -> list[int]:
    """Decides which lines make one block with line ``k``: up to three in its font size,
    each wrapping into the next (any line in a cover's title size goes on with it)."""
    size = lines[k][1]
    taken = [k]
    while len(taken) < 3:  # noqa: PLR2004 - a title has at most three lines
        following = _next_in_size(lines, taken[-1], size)
        if following is None:
            break
        before, after = lines[taken[-1]][0], lines[following][0]
        if not (_same(size, cover) or _wrapped(before, after)):
            break
        if following > taken[-1] + 1 and not _goes_on(before, after):
            break
        taken.append(following)
    return taken


def _title_block(
    lines: Sequence[tuple[str, float]], join: Callable[[Sequence[str]], str], has_table: bool
) -> tuple[str, int, int] | None:
    """The report's title and the lines it spans (first, end): among the lines before its
    first table, the first block (up to three consecutive lines in one font size that wrap
    into each other, joined) in the largest font that names a follow-up or the internal
    control; in a document without a risk table (or without such a block), the first block
    in the largest font near the top."""
    if not lines:
        return None
    blocks: list[tuple[str, float, int, int]] = []
    cover = _cover_size(lines)
    k = 0
    while k < len(lines):
        size = lines[k][1]
        taken = _block_lines(lines, k, cover)
        blocks.append((join([lines[i][0] for i in taken]), size, k, taken[-1] + 1))
        k = taken[-1] + 1 if len(taken) > 1 else k + 1
    named = [b for b in blocks if has_table and TITLE.search(b[0])]
    pool = named or blocks[:8]
    biggest = max(b[1] for b in pool)
    text, _, first, end = next(b for b in pool if b[1] >= biggest - SAME_SIZE)
    return text, first, end


def _title(
    lines: Sequence[tuple[str, float]], join: Callable[[Sequence[str]], str], has_table: bool
) -> str | None:
    lines = [(_visible_line(text), size) for text, size in lines]
    block = _title_block(lines, join, has_table)
    return block[0] if block else None


def _subtitle(lines: Sequence[tuple[str, float]], end: int, count: int = SUBTITLE_LINES) -> str:
    """The short lines right after the title ("Kultur- och föreningsnämnden, tertial 1
    2025"): no sentences of prose."""
    out: list[str] = []
    for k in range(end, min(len(lines), end + count)):
        text = lines[k][0].rstrip()
        # Only a line in the same size can go on from it ("1 Inledning" in heading size,
        # opening with a digit, is the next heading, not a wrap).
        same = k + 1 < len(lines) and abs(lines[k + 1][1] - lines[k][1]) <= SAME_SIZE
        following = lines[k + 1][0] if same else ""
        if len(text) > SUBTITLE_MAX or text.endswith(".") or _wrapped(text, following):
            break  # a line of prose, or one that wraps into the next: a paragraph begins
        out.append(text)
    return "\n".join(out)


def _heading_case(text: str) -> str:
    """Lines set in capitals ("KULTUR- OCH BILDNINGSNÄMNDEN") as a sentence is written, so
    that names are found in them as in any other line."""
    out = []
    for line in text.split("\n"):
        letters = [ch for ch in line if ch.isalpha()]
        if len(letters) >= 4 and all(ch.isupper() for ch in letters):
            line = line.capitalize()
        out.append(line)
    return "\n".join(out)


#: Characters that print nothing: soft hyphens and zero-width spaces a web page leaves in
#: its text ("de\u00admo\u00adkra\u00adti").
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


def _visible(text: str) -> str:
    return text.translate(_INVISIBLE)


def _visible_line(text: str) -> str:
    """A line without invisible characters, but for a soft hyphen at its end: there the line
    breaks inside a word ("uppfölj\u00ad" / "ning"), which joining the lines must see."""
    line = text.rstrip()
    return _visible(line) + ("\u00ad" if line.endswith("\u00ad") else "")
