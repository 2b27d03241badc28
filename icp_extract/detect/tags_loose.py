"""Words a tagged table's tree leaves out but its cells hold (for ``detect/tags.py``).

Layout served: Chromium prints generated content untagged (a link's address after the link,
"(https://...)", a list marker) inside a tagged cell, so the cell's tagged words hold a
sentence with a hole in it. Such words join the cell whose tagged lines they go on from; a
row the tree left out stays out, and ``tags.untagged_text`` weighs it.
"""

from __future__ import annotations

from collections.abc import Sequence

from icp_extract.detect.tags_grid import Grid
from icp_extract.geometry import CellBlock, PageTable
from icp_extract.model import Word
from icp_extract.settings import Settings


def untagged_into_blocks(
    grid: Grid,
    table: PageTable,
    words: Sequence[Word],
    blocks: dict[int, CellBlock],
    *,
    settings: Settings,
) -> list[Word]:
    """Words inside a body cell that no cell tags join the cell's block. A browser prints
    generated content untagged (Chromium's link address after a link, "(https://...)", a
    list marker), and the tagged cell then holds a sentence with a hole in it; the words
    stand inside the cell's column and row, on lines that go on from the cell's tagged lines
    (:func:`_contiguous`), which is where the reader sees them. A word between columns or
    below the cell's text (a row the tree left out) stays out: ``tags.untagged_text``
    weighs how many there are."""
    tagged = {id(w) for c in grid.cells for w in c.words}
    loose = [
        w
        for w in words
        if id(w) not in tagged
        and table.columns[0][0] <= w.xmid <= table.columns[-1][1]
        and table.header_bottom < w.ymid <= table.bottom
    ]
    if not loose:
        return []
    joined: list[Word] = []
    cells = [(c, blocks[id(c)]) for c in grid.body if id(c) in blocks]
    for cell, block in cells:
        x0, x1 = table.columns[cell.col] if cell.col < len(table.columns) else (0.0, 0.0)
        mine = [w for w in loose if x0 <= w.xmid <= x1 and block.top <= w.ymid <= block.bottom]
        added = _contiguous(cell.words, mine, settings=settings)
        block.words.extend(added)
        joined.extend(added)
    return joined


def _contiguous(tagged: Sequence[Word], loose: Sequence[Word], *, settings: Settings) -> list[Word]:
    """The loose words on lines that go on from the tagged words' lines: inside their
    extent, or under it with a gap no wider than ``tags_untagged_line_gap`` line heights
    from the line before (a line of the same paragraph), each added line extending it."""
    if not tagged:
        return []
    bottom = max(w.bottom for w in tagged)
    top = min(w.top for w in tagged)
    added: list[Word] = []
    for word in sorted(loose, key=lambda w: (w.top, w.x0)):
        height = word.bottom - word.top
        gap = settings.tags_untagged_line_gap * height
        if top - gap <= word.bottom and word.top <= bottom + gap:
            added.append(word)
            bottom = max(bottom, word.bottom)
    return added
