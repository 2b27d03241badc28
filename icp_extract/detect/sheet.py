"""A spreadsheet printed with its row and column headings: the headings are no text.

Layout served: a register kept in Calc or Excel and printed with the sheet's headings on
("A B C ..." over the columns, "1 2 3 ..." down the left margin), as a controller does so
that the cell notes printed after the sheet ("I6: ...") can be found. Read as text, the row
numbers run into the title ("2 Uppföljning av ...") and become a column of the table, and
the letters a line of their own. A line of at least ``sheet_min_letters`` single capitals in
alphabetical order from A is the column headings; on a page that has one, the whole numbers
standing alone left of every other word (by ``sheet_margin_gap`` points at least), counting
up down the page, are the row headings. Their words are taken out before tables are found;
where each row number stands is kept, for the cell notes (assemble/notes.py).
"""

from __future__ import annotations

import dataclasses
import re
import string
from collections.abc import Sequence
from dataclasses import dataclass

from icp_extract.geometry import TextLine, group_lines
from icp_extract.model import PageContent, Word
from icp_extract.settings import Settings
from icp_extract.trace import ACCEPT, Trace

_WHOLE = re.compile(r"^\d{1,4}$")


@dataclass(frozen=True)
class SheetHeadings:
    """The printed headings of one page: their words, and where each row number stands
    (row -> the middle of its number, in points from the page's top)."""

    words: tuple[Word, ...] = ()
    rows: tuple[tuple[int, float], ...] = ()


def _letters_line(line: TextLine, settings: Settings) -> bool:
    texts = [w.text for w in line.words]
    return len(texts) >= settings.sheet_min_letters and texts == list(
        string.ascii_uppercase[: len(texts)]
    )


def _margin_numbers(
    lines: Sequence[TextLine], letters: TextLine, settings: Settings
) -> list[Word] | None:
    """Decides which lines' first words stand alone in the left margin as whole numbers
    (top to bottom); None when the page has no words but the headings."""
    firsts = [ln.words[0] for ln in lines if ln is not letters and _WHOLE.match(ln.words[0].text)]
    others = [w for ln in lines if ln is not letters for w in ln.words if w not in firsts]
    if not others:
        return None
    left = min(w.x0 for w in others)
    return sorted(
        (w for w in firsts if w.x1 <= left - settings.sheet_margin_gap), key=lambda w: w.top
    )


def _counts_up(values: list[int], settings: Settings) -> bool:
    """Decides whether the margin's numbers are row headings: enough of them, one up each."""
    return len(values) >= settings.sheet_min_letters and values == list(
        range(values[0], values[0] + len(values))
    )


def sheet_headings(lines: Sequence[TextLine], *, settings: Settings) -> SheetHeadings:
    """The row and column headings printed on a page, or none."""
    letters = next((ln for ln in lines if _letters_line(ln, settings)), None)
    if letters is None:
        return SheetHeadings()
    numbers = _margin_numbers(lines, letters, settings)
    if numbers is None:
        return SheetHeadings()
    values = [int(w.text) for w in numbers]
    if not _counts_up(values, settings):
        return SheetHeadings()
    rows = tuple((v, (w.top + w.bottom) / 2) for v, w in zip(values, numbers, strict=True))
    return SheetHeadings(tuple(letters.words) + tuple(numbers), rows)


def without_sheet_headings(
    clean: list[tuple[PageContent, list[TextLine]]], *, settings: Settings, trace: Trace
) -> tuple[list[tuple[PageContent, list[TextLine]]], dict[int, tuple[int, float]]]:
    """Each page with the sheet's printed headings taken out, and where each row number
    stood (row -> page, y; a row's first printing)."""
    out: list[tuple[PageContent, list[TextLine]]] = []
    marks: dict[int, tuple[int, float]] = {}
    for page, lines in clean:
        found = sheet_headings(lines, settings=settings)
        if not found.words:
            out.append((page, lines))
            continue
        heads = {id(w) for w in found.words}
        kept = group_lines(w for ln in lines for w in ln.words if id(w) not in heads)
        words = tuple(w for ln in kept for w in ln.words)
        out.append((dataclasses.replace(page, words=words), kept))
        for row, y in found.rows:
            marks.setdefault(row, (page.number, y))
        trace.record(
            "detect", "sheet.headings", page.number, ACCEPT,
            f"a sheet printed with its headings: rows {found.rows[0][0]}-{found.rows[-1][0]} "
            "and the column letters taken out",
        )  # fmt: skip
    return out, marks
