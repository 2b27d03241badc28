"""Filled shapes whose colour may be a value: a status cell filled green, a red circle.

Web planning systems and spreadsheets show "Följer plan" as a traffic light: a coloured
circle or a cell fill, with a legend in the text; a spreadsheet may print the circle as a
glyph ("●" in a green font). The reader keeps every filled rectangle or
curve that is big enough to be seen as a mark and coloured (not white, grey or black), with
its fill as RGB; what a colour means is decided later, from the document's own legend.
"""

from __future__ import annotations

import colorsys
import unicodedata
from collections.abc import Iterable
from typing import Any

from icp_extract.model import Shape

#: A mark is at least this big (points) each way: smaller fills are rules and glyph parts.
MIN_MARK = 3.0
#: Colours with less saturation than this are white, grey or black: shading, not a value.
MIN_SATURATION = 0.2


def rgb(colour: Any) -> tuple[float, float, float] | None:
    """A pdfplumber fill colour as (r, g, b) in 0-1: grey, RGB and CMYK; None otherwise."""
    if colour is None:
        return None
    values = colour if isinstance(colour, list | tuple) else (colour,)
    try:
        v = [float(x) for x in values]
    except (TypeError, ValueError):
        return None  # a pattern or a named colour space
    if len(v) == 1:
        return (v[0], v[0], v[0])
    if len(v) == 3:
        return (v[0], v[1], v[2])
    if len(v) == 4:
        c, m, y, k = v
        return ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    return None


def coloured(fill: tuple[float, float, float]) -> bool:
    _, saturation, value = colorsys.rgb_to_hsv(*fill)
    return saturation >= MIN_SATURATION and value >= MIN_SATURATION


def page_shapes(objects: Iterable[dict[str, Any]], number: int) -> tuple[Shape, ...]:
    """The page's coloured marks from pdfplumber's rects and curves."""
    marks = (_mark(o, number) for o in objects if o.get("fill"))
    return tuple(m for m in marks if m is not None)


def _mark(obj: dict[str, Any], number: int) -> Shape | None:
    """A pdfplumber object as a mark: big enough to see, filled in a colour."""
    x0, x1, top, bottom = (float(obj[k]) for k in ("x0", "x1", "top", "bottom"))
    if x1 - x0 < MIN_MARK or bottom - top < MIN_MARK:
        return None
    fill = rgb(obj.get("non_stroking_color"))
    if fill is None or not coloured(fill):
        return None
    return Shape(x0=x0, top=top, x1=x1, bottom=bottom, page=number, fill=fill)


#: Lowest code point a symbol glyph has: letters, digits and punctuation below it are skipped
#: without a Unicode lookup.
_FIRST_SYMBOL = 0x2000


def glyph_shapes(chars: Iterable[dict[str, Any]], number: int) -> tuple[Shape, ...]:
    """The page's coloured symbol glyphs as marks: a spreadsheet or a word processor prints a
    traffic light as a character ("●", "■" in a green, yellow or red font). A symbol
    (Unicode category So) at least :data:`MIN_MARK` points each way in a coloured fill is
    a mark like a drawn circle; black and grey symbols are text."""
    marks = (_mark(c, number) for c in chars if _is_symbol(c.get("text", "")))
    return tuple(m for m in marks if m is not None)


def _is_symbol(text: str) -> bool:
    return len(text) == 1 and ord(text) >= _FIRST_SYMBOL and unicodedata.category(text) == "So"
