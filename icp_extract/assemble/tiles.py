"""Key figures printed as dashboard tiles: a big number over its label.

Layout served: web planning systems that open a report with an overview of tiles (a box per
figure, side by side: "24" in 30 pt over "identifierade risker", "8" over "kritiska"), where
the counts may stand nowhere else. Read as lines, the numbers form one line ("24 8 3") and
the labels the next ("identifierade risker kritiska avvikelser"), and no count is found. A
line of numbers only, set at least ``tile_number_ratio`` times the size of the line right
under it (within ``tile_label_gap`` of the label's size), is a row of tiles: each number
with the words of the label line from its own x to the next number's is one figure, read
as prose reads it, number first ("24 identifierade risker").
"""

from __future__ import annotations

import re

from icp_extract.geometry import TextLine
from icp_extract.settings import Settings

_NUMBER = re.compile(r"^\d{1,3}$")


def tile_figures(numbers: TextLine, labels: TextLine, *, settings: Settings) -> list[str] | None:
    """Each tile's number and label as one phrase, or None when the two lines are no row of
    tiles."""
    if not numbers.words or not all(_NUMBER.match(w.text) for w in numbers.words):
        return None
    if labels.size <= 0 or numbers.size < settings.tile_number_ratio * labels.size:
        return None
    if labels.top - numbers.bottom > settings.tile_label_gap * labels.size:
        return None
    starts = [w.x0 for w in numbers.words]
    tolerance = settings.same_column
    out = []
    for k, number in enumerate(numbers.words):
        end = starts[k + 1] - tolerance if k + 1 < len(starts) else float("inf")
        label = [w.text for w in labels.words if starts[k] - tolerance <= w.x0 < end]
        if not label:
            return None  # a number with no label under it: a line of figures, no tiles
        out.append(" ".join([number.text, *label]))
    if sum(len(t.split()) - 1 for t in out) != len(labels.words):
        return None  # label words left of the first number: a caption line, no tiles
    return out
