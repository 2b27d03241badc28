"""Geometry shared by the stages: text lines, and the table pieces detection hands to assembly.

It sits one floor below the stages, so detect and assemble meet here without importing each
other.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from statistics import median

from icp_extract.model import Word

# Two words are on one line when their vertical middles are this close (share of height).
SAME_LINE_RATIO = 0.5


@dataclass(frozen=True)
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
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    def gaps(self) -> list[float]:
        return [b.x0 - a.x1 for a, b in zip(self.words, self.words[1:], strict=False)]


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


def _key(label: str) -> str:
    return " ".join(label.lower().replace(":", " ").split())


@dataclass
class CellBlock:
    """Text of one column between two cell breaks on one page."""

    column: int
    top: float
    bottom: float
    words: list[Word] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [ln.text for ln in group_lines(self.words)]


@dataclass
class RowSegment:
    """One table row as it stands on one page: per column a cell block, or None if empty."""

    page: int
    top: float
    bottom: float
    cells: list[CellBlock | None]
    spanning: list[bool]  # the column's cell started in an earlier row


@dataclass
class PageTable:
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

    @property
    def signature(self) -> tuple[str, ...]:
        return tuple(self.headers)


@dataclass
class BlockRecord:
    labels: list[str] = field(default_factory=list)  # as printed, without the colon
    fields: list[str | None] = field(default_factory=list)
    words: list[list[Word]] = field(default_factory=list)

    def key_index(self, label: str, fld: str | None) -> int | None:
        for i, (lab, f) in enumerate(zip(self.labels, self.fields, strict=True)):
            if (fld is not None and f == fld) or _key(lab) == _key(label):
                return i
        return None
