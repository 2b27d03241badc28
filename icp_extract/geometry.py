"""Geometry shared by the stages: text lines, and the table pieces detection hands to assembly.

It sits one floor below the stages, so detect and assemble meet here without importing each
other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from statistics import median

from icp_extract.model import Word

# Two words are on one line when their vertical middles are this close (share of height).
SAME_LINE_RATIO = 0.5


@dataclass(frozen=True, slots=True)  # slotted: a long document has tens of thousands
class TextLine:
    words: tuple[Word, ...]

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def page(self) -> int:
        return self.words[0].page

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def size(self) -> float:
        """The largest font size on the line."""
        return max(w.size for w in self.words)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def bold(self) -> bool:
        """Whether every word is set in a bold face (by its font's name)."""
        return all(BOLD_FONT.search(w.fontname) for w in self.words)

    def gaps(self) -> list[float]:
        return [b.x0 - a.x1 for a, b in zip(self.words, self.words[1:], strict=False)]


#: Font names of bold faces: "LiberationSerif-Bold", "Arial,Bold", "Calibri-BoldItalic".
BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)


def group_lines(words: Iterable[Word]) -> list[TextLine]:
    """Group words into lines, top to bottom, each line's words left to right.

    Words join the line whose vertical middle is nearest, within half a word height, so
    superscripts and slightly shifted glyph runs stay on their line.
    """
    ordered = sorted(words, key=lambda w: (w.ymid, w.x0))
    rows: list[list[Word]] = []
    mids: list[float] = []
    for w in ordered:
        height = max(w.bottom - w.top, 1.0)
        if rows and abs(w.ymid - mids[-1]) <= SAME_LINE_RATIO * height:
            rows[-1].append(w)
            n = len(rows[-1])
            mids[-1] = mids[-1] + (w.ymid - mids[-1]) / n
        else:
            rows.append([w])
            mids.append(w.ymid)
    return [TextLine(tuple(sorted(r, key=lambda w: w.x0))) for r in rows]


def line_pitch(lines: Sequence[TextLine]) -> float:
    """Typical distance between the tops of consecutive lines of one block of text."""
    steps = [b.top - a.top for a, b in zip(lines, lines[1:], strict=False) if b.top > a.top]
    heights = [ln.height for ln in lines] or [10.0]
    if not steps:
        return median(heights) * 1.2
    small = [s for s in steps if s < 2.2 * median(heights)]
    return median(small) if small else median(heights) * 1.2


#: Widest gap between two words of one prose column, in points; a wider gap that stands at
#: the same place on several lines is the gutter between two columns of prose.
PROSE_GUTTER_MIN = 12.0
#: Lines that must show the same gutter before prose counts as set in two columns.
PROSE_GUTTER_LINES = 3


def prose_reading_order(lines: Sequence[TextLine], page_width: float) -> list[TextLine]:
    """Lines of prose in reading order: a stretch set in two columns (a gutter at the same
    place in the middle of the page on several lines, no line crossing it) reads its left
    column first, then its right one. Elsewhere the lines stay as they are."""
    gutter = column_gutter(lines, page_width)
    if gutter is None:
        return list(lines)
    return [ln for part in split_columns(lines, gutter) for ln in part]


def split_columns(lines: Sequence[TextLine], gutter: float) -> list[list[TextLine]]:
    """The lines in parts, in reading order: a stretch set in two columns on either side of
    ``gutter`` gives its left column's lines, then its right column's; the lines between
    such stretches stay together."""
    parts: list[list[TextLine]] = [[]]
    run: list[TextLine] = []

    def flush() -> None:
        both = sum(
            1
            for ln in run
            if any(w.x1 <= gutter for w in ln.words) and any(w.x0 >= gutter for w in ln.words)
        )
        if both >= PROSE_GUTTER_LINES:
            words = [w for ln in run for w in ln.words]
            parts.append(group_lines(w for w in words if w.x1 <= gutter))
            parts.append(group_lines(w for w in words if w.x0 >= gutter))
            parts.append([])
        else:
            parts[-1].extend(run)
        run.clear()

    for ln in lines:
        if any(w.x0 < gutter < w.x1 for w in ln.words):
            flush()
            parts[-1].append(ln)
        else:
            run.append(ln)
    flush()
    return [part for part in parts if part]


def column_gutter(
    lines: Sequence[TextLine], page_width: float, nearest_middle: bool = False
) -> float | None:
    """The x of a gutter between two columns of the page, or None: a point just left of
    where the right column starts, inside a wide gap on at least PROSE_GUTTER_LINES lines.
    Of several, the one in the most lines; with ``nearest_middle``, the one nearest the
    middle of the page (tables side by side have gutters of their own between columns)."""
    gaps: list[tuple[float, float]] = []
    for ln in lines:
        words = sorted(ln.words, key=lambda w: w.x0)
        for a, b in zip(words, words[1:], strict=False):
            if b.x0 - a.x1 >= PROSE_GUTTER_MIN and 0.25 * page_width < b.x0 < 0.75 * page_width:
                gaps.append((a.x1, b.x0))
    counted = [(right - 1.0, sum(1 for a, b in gaps if a < right - 1.0 < b)) for _, right in gaps]
    counted = [(x, n) for x, n in counted if n >= PROSE_GUTTER_LINES]
    if not counted:
        return None
    if nearest_middle:
        return min(counted, key=lambda c: (abs(c[0] - page_width / 2), -c[1]))[0]
    return max(counted, key=lambda c: c[1])[0]


def _key(label: str) -> str:
    return " ".join(label.lower().replace(":", " ").split())


@dataclass(frozen=True)
class CellBlock:
    """Text of one column between two cell breaks on one page. (Frozen; its word list is
    filled once, as the words of the page are dealt to their cells.)"""

    column: int
    top: float
    bottom: float
    words: list[Word] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [ln.text for ln in group_lines(self.words)]


@dataclass(frozen=True)
class RowSegment:
    """One table row as it stands on one page: per column a cell block, or None if empty.
    Frozen: a step that reads a label or spreads a centred cell returns a new one."""

    page: int
    top: float
    bottom: float
    cells: list[CellBlock | None]
    spanning: list[bool]  # the column's cell started in an earlier row
    merged: bool = False  # one cell across the whole table: no column rule crosses the row
    #: (label as printed, field) of a merged row that opens with a field's label
    #: ("Kommentar: ..."): then its one cell, in column 0, holds the text after the label.
    label: tuple[str, str] | None = None


@dataclass(frozen=True)
class PageTable:
    """One table as it stands on one page, as detection hands it to assembly. Frozen: a
    step that adds rows, a heading or header words returns a new one."""

    page: int
    columns: list[tuple[float, float]]
    headers: list[str]
    fields: list[str | None]
    top: float
    header_bottom: float
    bottom: float
    ruled: bool
    rows: list[RowSegment] = field(default_factory=list)
    header_words: list[Word] = field(default_factory=list)
    #: A heading right above the table ("Trafikavtal och ersättningar" in bold), if any.
    heading: TextLine | None = None

    @property
    def signature(self) -> tuple[str, ...]:
        return tuple(self.headers)


@dataclass
class BlockRecord:
    labels: list[str] = field(default_factory=list)  # as printed, without the colon
    fields: list[str | None] = field(default_factory=list)
    words: list[list[Word]] = field(default_factory=list)
    #: The words of a numbered section heading over the record ("3.2 Bygglovshantering"
    #: without its number): the record's process where no label names one.
    heading: list[Word] = field(default_factory=list)

    def key_index(self, label: str, fld: str | None) -> int | None:
        for i, (lab, f) in enumerate(zip(self.labels, self.fields, strict=True)):
            if (fld is not None and f == fld) or _key(lab) == _key(label):
                return i
        return None
