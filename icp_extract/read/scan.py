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
image, turned back by the same angle, as ruling lines (ink judged against the paper around
it, as scans are unevenly lit). What OCR read from no printed text goes, by what the image
shows (read/ocr_repairs.py). Boxes of a straightened page are given as the page stands after
turning (at most a few points from the printed place at a page's edge for a skew of about
one degree).
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
#: A page is skewed when at least this share of its glyphs lean by a plausible skew. Tesseract
#: gives a line it could not fit a slope to (short table cells, most lines of a 1-bit scan)
#: a level baseline: ptn2025 (scan3, +1.3 degrees) has 29 % of its glyphs at -1.3 degrees,
#: the rest level; a stamp or handwriting turned on an upright page stays under 3 %.
SKEWED_SHARE = 0.1
#: Glyph sizes are rounded to this many decimals on a scanned page.
SIZE_DIGITS = 2
#: Resolution (dots per inch) at which the page image is read for rules: 0.5 pt rules stay
#: a pixel wide, a column gutter of 1 cm is 59 dots.
RULE_DPI = 150
#: A pixel is ink when it is darker than this share of the paper's grey around it.
#: On white paper (252) that is 181: light header shading (#d9d9d9, 217; #e2efd9) and JPEG
#: noise stay above it, rules of 0.5 pt in #404040 stay under it after scanning blur (141-175).
INK_SHARE = 0.72
#: The paper's grey is measured per block of this many dots square (the block's mean, so a
#: line of type or a rule through it counts little)...
PAPER_BLOCK = 16
#: ...as the brightest block within this many blocks around (38 pt at RULE_DPI): scans are
#: not evenly lit. A shadow at the binding edge (fritun2022 in scan3: 30 % darker at the
#: edge) or paper darkening towards one edge made the page's one median call whole strips
#: of paper ink, read as bundles of rules.
PAPER_REACH = 5
#: A thin line is also ink where it is darker than this share of the brighter side of it
#: (RULE_SIDE away across the line, itself no ink): grey rules (0.5 pt #7f7f7f, fhn2023 in
#: scan3) come out of the scanner's blur at 0.72-0.75 of the paper, about INK_SHARE, and
#: break into pieces; the edges of light shading (#d9d9d9, #fbd4b4: 0.86) stay above it.
LINE_SHARE = 0.82
#: How far (dots) above and below a glyph's box the ground it stands on is read: a glyph on
#: a dark fill is filled, not blanked, so the band stays whole (see :func:`rules_in_image`).
FILL_RING = 2
#: How far (dots at RULE_DPI) to either side of a line its paper is measured: past a faint
#: rule's own width and blur (0.5 pt rules blur to 2-3 dots), well inside the narrowest row.
RULE_SIDE = 6
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
    median angle of the glyphs whose baselines lean by a plausible skew, when they are at
    least SKEWED_SHARE of the visible glyphs; else 0.0. Level glyphs are left out of the
    median because OCR writes a level baseline for lines it fitted no slope to, on a skewed
    page as on a straight one."""
    angles = [
        math.degrees(math.atan2(float(c["matrix"][1]), float(c["matrix"][0])))
        for c in chars
        if c["text"].strip() and c.get("matrix")
    ]
    leaning = [a for a in angles if MIN_SKEW <= abs(a) <= MAX_SKEW]
    if not leaning or len(leaning) < SKEWED_SHARE * len(angles):
        return 0.0
    return median(leaning)


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
            merged += [_edge(runs, across0, start, end), _edge(runs, across1, start, end)]
        else:
            merged.append((start, across0, end, across1))
    return merged


def _edge(
    runs: list[tuple[float, float, float]], across: float, start: float, end: float
) -> tuple[float, float, float, float]:
    """One edge of a filled area, as long as the runs standing on it: a rule that meets
    the area's edge (a column rule under a dark header band) joins it as one group, and the
    area's other edge is no longer than the area.

    Layout served: a 1-bit scan of a header row filled dark (snno2025 in scan6), whose
    dark band met each column rule under it; the band's far edge took the rule's length
    and stood as a rule a header cell's width away from the printed one."""
    own = [(s, e) for a, s, e in runs if abs(a - across) <= RULE_MERGE and s < end and e > start]
    if not own:
        return (start, across, end, across)
    return (min(s for s, _ in own), across, max(e for _, e in own), across)


def _paper(image: Any) -> Any:
    """The paper's grey at every dot of a grey page image: the brightest block mean nearby
    (see PAPER_BLOCK, PAPER_REACH), smoothed back to the image's size."""
    import numpy as np
    from PIL import Image, ImageFilter

    blocks = image.reduce(PAPER_BLOCK)
    brightest = blocks.filter(ImageFilter.MaxFilter(2 * (PAPER_REACH // 2) + 1))
    paper = brightest.resize(image.size, resample=Image.Resampling.BILINEAR)
    return np.asarray(paper).astype(np.float32)


def _across(grey: Any, axis: int) -> tuple[Any, Any]:
    """Each dot's neighbours RULE_SIDE away on either side across lines along ``axis``
    (the page's edge repeated beyond it)."""
    import numpy as np

    pad = [(0, 0), (0, 0)]
    pad[axis] = (RULE_SIDE, RULE_SIDE)
    padded = np.pad(grey, pad, mode="edge")
    size = grey.shape[axis]
    before = np.take(padded, range(0, size), axis=axis)
    after = np.take(padded, range(2 * RULE_SIDE, 2 * RULE_SIDE + size), axis=axis)
    return before, after


def _line_ink(grey: Any, paper: Any, axis: int) -> Any:
    """Dots of lines along one direction (``axis`` 0: lines across, 1: lines down): dark
    (under INK_SHARE of the paper), or darker than LINE_SHARE of the brighter of the two
    dots RULE_SIDE away across the line where that brighter dot is paper, not ink (inside
    a dark band, its own unevenness is no line)."""
    import numpy as np

    before, after = _across(grey, axis)
    brighter = np.maximum(before, after)
    thin = (grey < LINE_SHARE * brighter) & (brighter >= INK_SHARE * paper)
    return (grey < INK_SHARE * paper) | thin


def _inside_fill(grey: Any, paper: Any, axis: int) -> Any:
    """Dots with ink RULE_SIDE away on both sides across lines along ``axis`` (as in
    :func:`_line_ink`): the inside of a filled area, not a line. A rule is a few dots
    wide; cell text keeps a padding wider than RULE_SIDE from it on at least one side."""
    before, after = _across(grey, axis)
    dark = INK_SHARE * paper
    return (before < dark) & (after < dark)


def _on_fill(grey: Any, paper: Any, x0: int, y0: int, x1: int, y1: int) -> bool:
    """Whether a glyph's box (in dots) stands on a dark fill: the dots just above and below
    it are ink (their median; a neighbouring line's glyphs cover less than half a row)."""
    rows = [y for y in (y0 - FILL_RING, y1 + FILL_RING) if 0 <= y < grey.shape[0]]
    if not rows or x1 <= x0:
        return False
    # The median of a few dozen whole grey levels, sorted in Python: the value numpy's
    # median gives (the mean of two whole levels is exact), without its per-call overhead,
    # which on a scanned page, once a glyph, cost more than the rest of the rule search.
    ring = sorted(v for y in rows for v in grey[y, x0:x1].tolist())
    if not ring:
        return False
    half = len(ring) // 2
    middle = ring[half] if len(ring) % 2 else (ring[half - 1] + ring[half]) / 2
    return middle < INK_SHARE * float(paper[rows[0], x0])


def page_image(page: Any, angle: float) -> Any:
    """The scanned page's image in grey at RULE_DPI, turned back by the skew ``angle``."""
    from PIL import Image

    image = page.to_image(resolution=RULE_DPI).original.convert("L")
    if angle:
        # PIL turns counter-clockwise for a positive angle: a negative one undoes the skew.
        image = image.rotate(-angle, resample=Image.Resampling.BILINEAR, fillcolor=255)
    return image


def rules_in_image(
    image: Any, chars: list[dict[str, Any]] | None = None
) -> list[tuple[float, float, float, float]]:
    """Ruling lines of a straightened grey page image at RULE_DPI (:func:`page_image`), as
    boxes (x0, top, x1, bottom) in points: long straight dark runs across and down the page.

    ``chars``: the straightened OCR glyphs. The ink under them is text, not rules: a row of
    pixels through a line of type is dark over a whole word once scanning blur closes the
    gaps between strokes, so their boxes are blanked first (glyphs OCR read from a rule,
    "|", are not: they stand on the rule), or filled where the glyph stands on a dark fill.
    """
    import numpy as np

    scale = RULE_DPI / 72
    grey = np.asarray(image).astype(np.float32)
    paper = _paper(image)
    ink_across = _line_ink(grey, paper, axis=0)
    # Inside a dark fill every column of dots is dark: no rule stands there, only at the
    # fill's edges (a header band's white letters would otherwise part it into "rules").
    ink_down = _line_ink(grey, paper, axis=1) & ~_inside_fill(grey, paper, axis=1)
    height, width = grey.shape
    for c in chars or ():
        if not c["text"].strip() or c["text"] in RULE_GLYPHS:
            continue
        x0, x1 = max(0, int(c["x0"] * scale) + 1), min(width, int(c["x1"] * scale))
        y0, y1 = max(0, int(c["top"] * scale) + 1), min(height, int(c["bottom"] * scale))
        # A glyph on a dark fill (a header filled mid grey) stands in the band, which stays
        # whole: blanked, the gaps between its lines of text read as rules inside it.
        on_fill = _on_fill(grey, paper, x0, y0, x1, y1)
        ink_across[y0:y1, x0:x1] = on_fill
        ink_down[y0:y1, x0:x1] = on_fill
    min_len = int(MIN_RULE * scale)
    half = 0.5 / scale
    across = [(r / scale, s / scale, e / scale) for r, s, e in _runs(ink_across, min_len)]
    down = [(c / scale, s / scale, e / scale) for c, s, e in _runs(ink_down.T, min_len)]
    boxes = [(x0, top - half, x1, bottom + half) for x0, top, x1, bottom in _merge(across)]
    boxes += [(left - half, y0, right + half, y1) for y0, left, y1, right in _merge(down)]
    return boxes


#: Characters OCR reads from a vertical rule: "|" most often, sometimes "l", "I" or a bracket.
RULE_GLYPHS = frozenset("|lI[]!")
