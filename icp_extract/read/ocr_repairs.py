"""The OCR words of a scanned page repaired by what the page image shows.

What OCR read from no printed text goes: marks read from a rule ("|" glued to a word, a
rule-like letter at a word's edge) and marks read from blank paper ("—" in a justified
line's wide space); a word read across a rule is parted at it. OCR's misreadings of printed
text stay as read. The rules and the image come from read/scan.py, which finds them.
"""

from __future__ import annotations

from typing import Any

from icp_extract.read.scan import INK_SHARE, RULE_DPI, RULE_GLYPHS, RULE_MERGE

#: The rule glyphs that are no letter and no digit: glued to a word ("från|", "in-|Ja") they
#: are still the rule, where "l" or "I" at a word's edge may be the word's own letter.
MARK_GLYPHS = frozenset("|[]")
#: Dashes OCR glues to a rule's mark at a word's outer edge ("—|Risk att"): the rule read
#: a second time (nio2024 in scan6). A dash inside the word ("in-|Ja") is the word's own.
EDGE_DASHES = frozenset("—–-")
#: How near (points) a rule glyph must stand to a ruling line of the image to be that line.
RULE_GLYPH_REACH = 3.0
#: How far (points) OCR may place a mark glyph glued to a word from the rule it read. The
#: glyphless OCR font spreads a word's glyphs evenly over its box, so a narrow "|" at the
#: word's edge gets a whole slot: in scan1-scan3 such glyphs stand 4-6 pt inside a leading
#: rule and 1-9 pt inside a trailing one. The narrowest column seen is 28 pt wide.
RULE_GLYPH_DRIFT = 9.0
#: An OCR mark under whose box less than this share of the dots is ink was read from
#: nothing: in scan1-scan3 every such "—", "=" or "-" in a justified line's wide space has
#: none (0.0 %), every printed dash at least 2.9 %.
PHANTOM_INK = 0.01
#: Glyphs of one OCR word follow each other closer than this (points), as pdfplumber's
#: word grouping has it (``x_tolerance``).
GLYPH_GAP = 1.5


def _vertical_at(c: dict[str, Any], rules: list[Any], reach: float) -> float | None:
    """The x of the vertical rule nearest the glyph's centre, within ``reach``, that runs
    past the glyph; None when there is none."""
    middle = (float(c["x0"]) + float(c["x1"])) / 2
    best: float | None = None
    for r in rules:
        if r.horizontal or r.top - reach > float(c["bottom"]) or float(c["top"]) > r.bottom + reach:
            continue
        x = (r.x0 + r.x1) / 2
        if abs(x - middle) <= reach and (best is None or abs(x - middle) < abs(best - middle)):
            best = x
    return best


def _ocr_words(chars: list[dict[str, Any]]) -> list[list[int]]:
    """Indices of ``chars`` grouped into OCR words: glyphs that follow each other on one
    line without a space or a gap."""
    words: list[list[int]] = []
    last: dict[str, Any] | None = None
    for i, c in enumerate(chars):
        if not c["text"].strip():
            last = None
            continue
        if (
            last is not None
            and abs(float(c["top"]) - float(last["top"])) <= GLYPH_GAP
            and -GLYPH_GAP <= float(c["x0"]) - float(last["x1"]) <= GLYPH_GAP
        ):
            words[-1].append(i)
        else:
            words.append([i])
        last = c
    return words


def without_rule_marks(chars: list[dict[str, Any]], rules: list[Any]) -> list[dict[str, Any]]:
    """The glyphs without the marks ("|", "[", "]") OCR read from a vertical rule of the
    image, alone or glued to a word's edge or between two cells' words ("in-|Ja"): the
    table's rules are in the image, and the extractor reads them there. A rule-like letter
    ("l", "I") glued to such a mark on the rule's side of it is the same rule read twice
    ("l|lingar"), and so is a dash glued to it at the word's outer edge ("—|Risk"); other
    letters stay, misread or not. The glyphs left keep their places, so
    word grouping parts the two cells' words where the mark stood."""
    drop: set[int] = set()
    for word in _ocr_words(chars):
        for k, i in enumerate(word):
            if chars[i]["text"] not in MARK_GLYPHS:
                continue
            x = _vertical_at(chars[i], rules, RULE_GLYPH_DRIFT)
            if x is None:
                continue
            drop.add(i)
            mark = (float(chars[i]["x0"]) + float(chars[i]["x1"])) / 2
            for n in (k - 1, k + 1):
                if 0 <= n < len(word) and chars[word[n]]["text"] in RULE_GLYPHS:
                    c = chars[word[n]]
                    if abs((float(c["x0"]) + float(c["x1"])) / 2 - x) < abs(mark - x):
                        drop.add(word[n])
                elif n in (0, len(word) - 1) and chars[word[n]]["text"] in EDGE_DASHES:
                    drop.add(word[n])
    return [c for i, c in enumerate(chars) if i not in drop]


#: A vertical rule this far (points) inside an OCR word's box from both its ends runs
#: through the word (a glyph's width is 3 to 4 points at 9 pt).
RULE_THROUGH_WORD = 1.5


def _rule_through(glyphs: list[dict[str, Any]], rules: list[Any]) -> float | None:
    """The x of a vertical rule of the image that runs through the word: inside its box,
    away from both ends, from at least the word's height above it to as far below it (the
    rule reader leaves out the glyphs' own boxes, so the rule may break at the word). Dark
    runs inside a filled header row (white letters on grey) stop at the row, and do not
    part its words."""
    x0, x1 = float(glyphs[0]["x0"]), float(glyphs[-1]["x1"])
    top = min(float(c["top"]) for c in glyphs)
    bottom = max(float(c["bottom"]) for c in glyphs)
    height = bottom - top
    inside = [
        r
        for r in rules
        if not r.horizontal and x0 + RULE_THROUGH_WORD < (r.x0 + r.x1) / 2 < x1 - RULE_THROUGH_WORD
    ]
    for r in inside:
        if not (r.top <= top - height and r.bottom >= top - RULE_GLYPH_REACH):
            continue
        x = (r.x0 + r.x1) / 2
        if any(
            abs((s.x0 + s.x1) / 2 - x) <= RULE_MERGE
            and s.top <= bottom + RULE_GLYPH_REACH
            and s.bottom >= bottom + height
            for s in inside
        ):
            return x
    return None


def _rule_letter(glyphs: list[dict[str, Any]], k: int, x: float) -> int | None:
    """Decides which of the two glyphs either side of the parting at ``k`` (if any) is the
    rule's own reading: a rule-like letter within RULE_GLYPH_REACH of the rule at ``x``, the
    nearer one."""
    near = [
        n
        for n in (k - 1, k)
        if glyphs[n]["text"] in RULE_GLYPHS and abs(_centre(glyphs[n]) - x) <= RULE_GLYPH_REACH
    ]
    return min(near, key=lambda n: abs(_centre(glyphs[n]) - x)) if near else None


def parted_at_rules(chars: list[dict[str, Any]], rules: list[Any]) -> list[dict[str, Any]]:
    """The glyphs with every OCR word that a vertical rule of the image runs through parted
    at the rule: no word crosses a cell's border, so such a word is two cells' words read
    as one. A rule-like letter ("l", "I") right at the rule (within RULE_GLYPH_REACH) is the
    rule's own reading and goes; other glyphs stay as read.

    Layout served: a 1-bit scan of a ruled register, where Tesseract reads a cell's last
    word, the rule and the next cell's first word as one word ("av-Delvis": "av-" ends a
    line of the controls, "Delvis" is the answer beside it; "be-lja"; "hadelTaxan"). The
    answer then stood in no column of its own and the follows-plan cells came out empty.
    The parting is a space glyph before the first glyph whose middle stands right of the
    rule (glyph boxes of the glyphless OCR font are spread evenly over the word box, so
    the rule's x may fall inside a glyph's box), so word grouping parts the words there.
    """
    out: list[dict[str, Any]] = []
    done = 0
    for word in _ocr_words(chars):
        glyphs = [chars[i] for i in word]
        x = _rule_through(glyphs, rules) if len(glyphs) > 1 else None
        k = sum(1 for c in glyphs if _centre(c) < x) if x is not None else 0
        if x is None or not 0 < k < len(glyphs):
            continue
        out.extend(chars[done : word[0]])
        done = word[-1] + 1
        gone = _rule_letter(glyphs, k, x)
        # From the middle of the glyph before to the middle of the one after: it sorts
        # between them, and it advances the pen (a space that does not is Skia's soft
        # hyphen, see read/chars.py).
        space = {
            **glyphs[k],
            "text": " ",
            "x0": _centre(glyphs[k - 1]),
            "x1": _centre(glyphs[k]),
        }
        for n, c in enumerate(glyphs):
            if n == k:
                out.append(space)
            if n != gone:
                out.append(c)
    out.extend(chars[done:])
    return out


def _centre(c: dict[str, Any]) -> float:
    return (float(c["x0"]) + float(c["x1"])) / 2


#: Letters OCR reads from a rule that can open no word before a capital: "IStickprov",
#: "lAvstämning" (a word opening "I" + capital + small letter is no Swedish word; "IT-chef",
#: "IVO", "IKEA" go on otherwise).
EDGE_RULE_LETTERS = frozenset("lI|!")


def without_edge_rule_letters(
    chars: list[dict[str, Any]], rules: list[Any]
) -> list[dict[str, Any]]:
    """The glyphs without a rule-like letter glued to the start of a word, on the side of a
    vertical rule of the image (within RULE_GLYPH_DRIFT), when a capital and a small letter
    follow it: the rule on the cell's left read into the cell's first word ("ITre beslut",
    "IGranskning av ..." in round 28's 1-bit Calc scan). A letter that may open the word
    ("Inga", "IT-chef", "lagt") stays, as every misreading of the text does."""
    drop: set[int] = set()
    for word in _ocr_words(chars):
        if len(word) < 3:  # the letter, a capital, a small letter
            continue
        first, second, third = (chars[i] for i in word[:3])
        if (
            first["text"] in EDGE_RULE_LETTERS
            and second["text"].isupper()
            and third["text"].islower()
        ):
            x = _vertical_at(first, rules, RULE_GLYPH_DRIFT)
            if x is not None and x <= _centre(first):
                drop.add(word[0])
    return [c for i, c in enumerate(chars) if i not in drop]


def without_phantom_marks(chars: list[dict[str, Any]], image: Any) -> list[dict[str, Any]]:
    """The glyphs without OCR words of no letter and no digit ("—", "=", "-") under whose
    box the page image holds no ink (less than PHANTOM_INK of its dots darker than
    INK_SHARE of the box's own ground, its brightest tenth, so that a shaded cell is ground
    too): Tesseract reads such marks into the wide spaces of justified text, where nothing
    is printed. A mark that is printed (a dash, a rule's "|") has ink under it and stays."""
    import numpy as np

    scale = RULE_DPI / 72
    grey = np.asarray(image).astype(np.float32)
    height, width = grey.shape
    drop: set[int] = set()
    for word in _ocr_words(chars):
        glyphs = [chars[i] for i in word]
        if any(ch.isalnum() for c in glyphs for ch in c["text"]):
            continue
        x0 = max(0, int(min(float(c["x0"]) for c in glyphs) * scale))
        x1 = min(width, int(max(float(c["x1"]) for c in glyphs) * scale) + 1)
        y0 = max(0, int(min(float(c["top"]) for c in glyphs) * scale))
        y1 = min(height, int(max(float(c["bottom"]) for c in glyphs) * scale) + 1)
        box = grey[y0:y1, x0:x1]
        if box.size == 0:
            continue
        ground = float(np.percentile(box, 90))
        if float((box < INK_SHARE * ground).mean()) < PHANTOM_INK:
            drop.update(word)
    return [c for i, c in enumerate(chars) if i not in drop]


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
