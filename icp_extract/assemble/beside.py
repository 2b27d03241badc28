"""Words set beside a paragraph of prose, on its lines, read apart from it.

Layout served: a worksheet (or a page laid out in a grid) that prints a figure beside the
prose: a risk matrix whose axis and counts ("S \\ K 1 2 3 4", "4 0 3 2 2") stand to the right
of the sentences stating the counts, on the same printed lines. Read as lines, the matrix's
numbers fall inside the sentences ("Nio av dem har S \\ K 1 2 3 4 ett riskvärde ...") and a
count is taken from them. A line of prose (at least ``beside_min_prose_words`` words before
the gap, which a label of a key figure, "Identifierade risker   24", never has) followed by
a gap of ``beside_gap`` font sizes (wider than a space of justified text) and at least
``beside_min_words`` words (a figure's row, not the one number of a key figure) is cut
there: the words after the gap are read as lines of their own after the page's prose.
"""

from __future__ import annotations

from collections.abc import Sequence

from icp_extract.geometry import TextLine
from icp_extract.settings import Settings


def prose_cut(line: TextLine, *, settings: Settings) -> int | None:
    """The index of the first word beside a line of prose, or None."""
    words = line.words
    limit = settings.beside_gap * (line.size or 1.0)
    for i in range(1, len(words)):
        if words[i].x0 - words[i - 1].x1 > limit:
            prose = i >= settings.beside_min_prose_words
            return i if prose and len(words) - i >= settings.beside_min_words else None
    return None


def beside_prose(
    lines: Sequence[TextLine], *, settings: Settings
) -> tuple[list[TextLine], list[TextLine]]:
    """(the lines with what stands beside the prose cut off, the lines of what was cut)."""
    prose: list[TextLine] = []
    beside: list[TextLine] = []
    for ln in lines:
        cut = prose_cut(ln, settings=settings)
        if cut is None:
            prose.append(ln)
            continue
        prose.append(TextLine(ln.words[:cut]))
        beside.append(TextLine(ln.words[cut:]))
    return prose, beside
