"""Scanned pages with an OCR text layer: the text straightened, the rules read from the image.

An archive's scans have been run through OCR (OCRmyPDF / Tesseract, or a scanner's own
engine): each page is one image, with the recognised words laid invisibly over it. Two things
an extractor relies on are then missing or bent:

- **skew**: a page fed slightly askew is scanned askew, and the OCR text follows it, each line
  at the page's angle (Tesseract writes the angle into each line's text matrix). Rows and
  columns no longer line up with the page's axes;
- **ruling lines**: the table's rules are pixels of the image; the text layer has none.

This module finds such pages, measures the skew from the glyphs' own matrices, turns the
glyphs back to level around the page's centre, and reads long straight dark runs of the page
image, turned back by the same angle, as ruling lines. OCR's misreadings stay as read.
Boxes of a straightened page are given as the page stands after turning (at most a few points
from the printed place at a page's edge for a skew of about one degree).
"""

from __future__ import annotations

import math
from statistics import median
from typing import Any

#: A page is a scan when one image covers at least this share of it.
SCAN_IMAGE_SHARE = 0.85
#: Skews below this (degrees) are left alone: straightening would move nothing visibly.
MIN_SKEW = 0.05
#: Skews above this are not a scanner's: such text is drawn turned on purpose.
MAX_SKEW = 5.0
#: Glyph sizes are rounded to this many decimals on a scanned page.
SIZE_DIGITS = 2
#: Resolution (dots per inch) at which the page image is read for rules: 0.5 pt rules stay
#: a pixel wide, a column gutter of 1 cm is 59 dots.
RULE_DPI = 150
#: A pixel is ink when it is darker than this share of the paper's grey (the page's median).
#: On white paper (252) that is 181: light header shading (#d9d9d9, 217; #e2efd9) and JPEG
#: noise stay above it, rules of 0.5 pt in #404040 stay under it after scanning blur (141-175).
INK_SHARE = 0.72
#: A dark band thicker than this (points) is a filled area (a dark header row), not a rule:
#: its edges are the rules, as a filled rectangle's are in a born-digital table.
MAX_RULE_THICKNESS = 2.5
#: Gaps (dots) bridged inside a rule: noise and JPEG blocks break thin lines.
RULE_GAP = 2
#: A dark run at least this long (points) is a rule. Glyph strokes are far shorter; the
#: narrowest risk-table column seen is about 1 cm (28 pt).
MIN_RULE = 24.0
#: Runs this close (points) across the line are one rule drawn a few dots thick.
RULE_MERGE = 1.5


def covering_image(page: Any) -> bool:
    """True when one image covers most of the page: a scanned page."""
    area = float(page.width) * float(page.height)
    if area <= 0:
        return False
    for image in page.images:
        w = min(float(image["x1"]), float(page.width)) - max(float(image["x0"]), 0.0)
        h = min(float(image["bottom"]), float(page.height)) - max(float(image["top"]), 0.0)
        if w > 0 and h > 0 and w * h >= SCAN_IMAGE_SHARE * area:
            return True
    return False


def skew_of(chars: list[dict[str, Any]]) -> float:
    """The page's skew in degrees (counter-clockwise as seen), from the glyphs' matrices: the
    median angle of the visible glyphs' baselines; 0.0 when it is negligible or implausible."""
    angles = [
        math.degrees(math.atan2(float(c["matrix"][1]), float(c["matrix"][0])))
        for c in chars
        if c["text"].strip() and c.get("matrix")
    ]
    if not angles:
        return 0.0
    angle = median(angles)
    return angle if MIN_SKEW <= abs(angle) <= MAX_SKEW else 0.0


def _turn(x: float, y: float, cx: float, cy: float, angle: float) -> tuple[float, float]:
    """A point (origin top left, y down) turned clockwise as seen by ``angle`` degrees about
    (cx, cy): what undoes a counter-clockwise skew."""
    a = math.radians(angle)
    dx, dy = x - cx, y - cy
    return cx + dx * math.cos(a) - dy * math.sin(a), cy + dx * math.sin(a) + dy * math.cos(a)


def straighten(chars: list[dict[str, Any]], angle: float, width: float, height: float) -> list:
    """The glyphs turned back to level about the page's centre; each keeps its size."""
    cx, cy = width / 2, height / 2
    out = []
    for c in chars:
        x0, x1, top, bottom = (float(c[k]) for k in ("x0", "x1", "top", "bottom"))
        mx, my = _turn((x0 + x1) / 2, (top + bottom) / 2, cx, cy, angle)
        hw, hh = (x1 - x0) / 2, (bottom - top) / 2
        box = {"x0": mx - hw, "x1": mx + hw, "top": my - hh, "bottom": my + hh}
        doctop = float(c.get("doctop", top)) - top + box["top"]
        # OCR layers size each glyph from its own matrix: the same size differs in the last
        # digits from glyph to glyph, and word grouping splits words where sizes differ.
        size = round(float(c.get("size") or 0.0), SIZE_DIGITS)
        out.append({**c, **box, "doctop": doctop, "size": size})
    return out  # in the OCR's own order: line by line, as the word grouping expects


def _runs(mask: Any, min_len: int) -> list[tuple[int, int, int]]:
    """(row, start, end) of every horizontal run of True at least ``min_len`` long, after
    bridging gaps of up to RULE_GAP."""
    import numpy as np

    if RULE_GAP:
        # Close small gaps: a cell is filled when ink stands within RULE_GAP on both sides.
        padded = np.pad(mask, ((0, 0), (RULE_GAP, RULE_GAP)))
        left = np.zeros_like(mask)
        right = np.zeros_like(mask)
        for k in range(1, RULE_GAP + 1):
            left |= padded[:, RULE_GAP - k : RULE_GAP - k + mask.shape[1]]
            right |= padded[:, RULE_GAP + k : RULE_GAP + k + mask.shape[1]]
        mask = mask | (left & right)
    edges = np.diff(np.pad(mask.astype(np.int8), ((0, 0), (1, 1))), axis=1)
    runs = []
    for row in np.nonzero((edges != 0).any(axis=1))[0]:
        starts = np.nonzero(edges[row] == 1)[0]
        ends = np.nonzero(edges[row] == -1)[0]
        runs += [
            (int(row), int(s), int(e))
            for s, e in zip(starts, ends, strict=True)
            if e - s >= min_len
        ]
    return runs


def _merge(runs: list[tuple[float, float, float]]) -> list[tuple[float, float, float, float]]:
    """Runs (across, start, end) in points merged into lines (start, across0, end, across1):
    neighbours across the line that overlap along it are one rule drawn thick. A band
    thicker than MAX_RULE_THICKNESS is a filled area and gives its two edges."""
    lines: list[list[float]] = []
    for across, start, end in sorted(runs):
        for line in lines:
            if across - line[3] <= RULE_MERGE and start < line[2] and end > line[0]:
                line[0], line[2], line[3] = min(line[0], start), max(line[2], end), across
                break
        else:
            lines.append([start, across, end, across])
    merged: list[tuple[float, float, float, float]] = []
    for start, across0, end, across1 in lines:
        if across1 - across0 > MAX_RULE_THICKNESS:
            merged += [(start, across0, end, across0), (start, across1, end, across1)]
        else:
            merged.append((start, across0, end, across1))
    return merged


def image_rules(
    page: Any, angle: float, chars: list[dict[str, Any]] | None = None
) -> list[tuple[float, float, float, float]]:
    """Ruling lines of a scanned page's image as boxes (x0, top, x1, bottom) in points, in the
    straightened page: long straight dark runs across and down the page.

    ``chars``: the straightened OCR glyphs. The ink under them is text, not rules: a row of
    pixels through a line of type is dark over a whole word once scanning blur closes the
    gaps between strokes, so their boxes are blanked first (glyphs OCR read from a rule,
    "|", are not: they stand on the rule).
    """
    import numpy as np
    from PIL import Image

    scale = RULE_DPI / 72
    image = page.to_image(resolution=RULE_DPI).original.convert("L")
    if angle:
        # PIL turns counter-clockwise for a positive angle: a negative one undoes the skew.
        image = image.rotate(-angle, resample=Image.Resampling.BILINEAR, fillcolor=255)
    grey = np.asarray(image)
    ink = grey < INK_SHARE * float(np.median(grey))
    height, width = ink.shape
    for c in chars or ():
        if not c["text"].strip() or c["text"] in RULE_GLYPHS:
            continue
        x0, x1 = max(0, int(c["x0"] * scale) + 1), min(width, int(c["x1"] * scale))
        y0, y1 = max(0, int(c["top"] * scale) + 1), min(height, int(c["bottom"] * scale))
        ink[y0:y1, x0:x1] = False
    min_len = int(MIN_RULE * scale)
    half = 0.5 / scale
    across = [(r / scale, s / scale, e / scale) for r, s, e in _runs(ink, min_len)]
    down = [(c / scale, s / scale, e / scale) for c, s, e in _runs(ink.T, min_len)]
    boxes = [(x0, top - half, x1, bottom + half) for x0, top, x1, bottom in _merge(across)]
    boxes += [(left - half, y0, right + half, y1) for y0, left, y1, right in _merge(down)]
    return boxes


#: Characters OCR reads from a vertical rule: "|" most often, sometimes "l", "I" or a bracket.
RULE_GLYPHS = frozenset("|lI[]!")
#: How near (points) a rule glyph must stand to a ruling line of the image to be that line.
RULE_GLYPH_REACH = 3.0


def is_rule_glyph(word: Any, rules: list[Any]) -> bool:
    """A word of one or two rule-like characters ("|", "l") standing on a vertical ruling
    line of a scanned page is OCR's reading of the line, not text: the table's rules are in
    the image, and the extractor reads them there."""
    text = word.text
    if not text or len(text) > 2 or not set(text) <= RULE_GLYPHS:
        return False
    middle = (word.x0 + word.x1) / 2
    return any(
        not r.horizontal
        and abs((r.x0 + r.x1) / 2 - middle) <= RULE_GLYPH_REACH
        and r.top - RULE_GLYPH_REACH <= word.bottom
        and word.top <= r.bottom + RULE_GLYPH_REACH
        for r in rules
    )
