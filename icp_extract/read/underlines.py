"""Underlines are no rules: a browser or a word processor underlines a link or a stressed
word with a thin stroke under its glyphs.

Layout served: Chromium's printed links ("(https://...)" in a comment cell, underlined), and
underlined words in Writer and Word exports. Drawn inside a table cell, an underline the
width of the cell's text line looks like a cell's bottom rule, and the table would be cut
in two under it. A table's rule runs between lines, from cell edge to cell edge; an
underline lies in the lower part of the words it underlines, and does not reach past them.
"""

from __future__ import annotations

from collections.abc import Sequence

from icp_extract.model import Rule, Word

#: How far (points) an underline may reach past the words it underlines: a stroke drawn
#: from the first glyph's origin to the last glyph's advance.
REACH = 1.5
#: The band of a word's height where an underline lies: from this share of the height down
#: (under the x-height, near the baseline) ...
BAND_FROM = 0.5
#: ... to this share of the height under the word's box (a stroke under the descenders).
BAND_BELOW = 0.25
#: Thickest stroke read as an underline; a heavier one is a rule whatever lies above it.
MAX_THICKNESS = 1.5


def without_underlines(rules: Sequence[Rule], words: Sequence[Word]) -> list[Rule]:
    """The rules less those that underline words (:func:`is_underline`)."""
    return [r for r in rules if not is_underline(r, words)]


def is_underline(rule: Rule, words: Sequence[Word]) -> bool:
    """A thin horizontal stroke in the lower band of the words above it that reaches no
    further than they do, at either end."""
    if not rule.horizontal or rule.bottom - rule.top > MAX_THICKNESS:
        return False
    y = (rule.top + rule.bottom) / 2
    over = [
        w
        for w in words
        if w.x1 > rule.x0
        and w.x0 < rule.x1
        and w.top + BAND_FROM * (w.bottom - w.top)
        <= y
        <= w.bottom + BAND_BELOW * (w.bottom - w.top)
    ]
    if not over:
        return False
    return rule.x0 >= min(w.x0 for w in over) - REACH and rule.x1 <= max(w.x1 for w in over) + REACH
