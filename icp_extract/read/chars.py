"""Character-level repairs of what a PDF producer wrote, before characters become words.

Each repair is a named unit for one producer's habit; the settings that tune it are module
constants here, each with the layout that set it.
"""

from __future__ import annotations

from typing import Any

SOFT_HYPHEN = "\u00ad"
#: The glyph Skia draws where a line breaks at a soft hyphen: the font's U+2010 where it has
#: one (Liberation, DejaVu), else its hyphen-minus (Carlito).
LINE_END_HYPHENS = frozenset({"\u2010", "-", "\u2011"})

# A space glyph is "zero-advance" when the next glyph on its line starts within this share of
# the space's own width from where the space starts. Chromium's Skia writer prints a soft
# hyphen so (measured: 0.0 of 2.78 pt in Liberation Sans 10 pt); a real space advances the
# pen by its whole width, or more in justified text.
PHANTOM_ADVANCE_SHARE = 0.25
# The next glyph must stand on the same line: baselines this close (points).
SAME_LINE = 0.5


def _is_space(char: dict[str, Any]) -> bool:
    return char["text"] == " "


def _same_line(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return abs(float(a["top"]) - float(b["top"])) <= SAME_LINE and a.get("upright", True) == b.get(
        "upright", True
    )


def _starts_where(space: dict[str, Any], other: dict[str, Any]) -> bool:
    width = float(space["x1"]) - float(space["x0"])
    return abs(float(other["x0"]) - float(space["x0"])) <= PHANTOM_ADVANCE_SHARE * width


def skia_soft_hyphens(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Chromium's PDF writer (Skia) prints a soft hyphen (``&shy;``, U+00AD) as a space glyph
    that does not advance the pen: the next glyph starts where it starts. Where the line
    breaks at that soft hyphen, a hyphen glyph (U+2010, or "-" in fonts without it) is drawn
    over it, last on the line. Read as they stand, "före­ningar" becomes "före ningar" and
    a line-end break "före ‐". Such a space becomes U+00AD (inside a line, an invisible
    break point the normaliser drops; at a line end, a typesetter's hyphen that is always
    joined) and the hyphen glyph over it is dropped. Producers that advance the pen over a
    space (LibreOffice, Word; pdfTeX writes none) are untouched.
    """
    out: list[dict[str, Any]] = []
    skip = -1
    for i, char in enumerate(chars):
        if i == skip:
            continue
        following = chars[i + 1] if i + 1 < len(chars) else None
        if (
            following is not None
            and _is_space(char)
            and _same_line(char, following)
            and _starts_where(char, following)
        ):
            # Zero width where the next glyph starts, so that word grouping, which starts a
            # new word at a glyph left of the one before, keeps the word whole.
            at = min(float(char["x0"]), float(following["x0"]))
            soft = {**char, "text": SOFT_HYPHEN, "x0": at, "x1": at}
            if following["text"] in LINE_END_HYPHENS:  # the break was taken: a hyphen glyph over it
                soft["x1"] = following["x1"]
                skip = i + 1
            out.append(soft)
            continue
        out.append(char)
    return out


#: Footnote references set as small raised digits (Word's and Writer's footnote anchors, a
#: "¹" a typesetter raises): a digit this small against the glyph before it ...
RAISED_SIZE_SHARE = 0.75
#: ... whose baseline stands at least this share of that glyph's size above its baseline ...
RAISED_BASELINE_SHARE = 0.2
#: ... and that starts at most this share of that glyph's size after it (no space between).
RAISED_GAP_SHARE = 0.3
SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _raised_after(char: dict[str, Any], base: dict[str, Any]) -> bool:
    size = float(base.get("size") or 0.0)
    return (
        size > 0
        and char["text"].isdigit()
        and char["text"].isascii()
        and not _is_space(base)
        and float(char.get("size") or size) <= RAISED_SIZE_SHARE * size
        and float(base["bottom"]) - float(char["bottom"]) >= RAISED_BASELINE_SHARE * size
        and -SAME_LINE <= float(char["x0"]) - float(base["x1"]) <= RAISED_GAP_SHARE * size
    )


def raised_footnote_marks(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Footnote references printed as small raised digits right after a word ("12²" in a
    Riskvärde cell, "pågår.³", "Nej⁴") as the superscript characters they show, at the size
    and height of the word they follow. Read as printed, they are words of their own
    (another size), and "12" followed by a small "2" is no longer a risk value. As
    superscripts they stay on their word, as a typed "SoL¹" does, and the value readers
    already pass over them. Digits at the size of their line (a number, an exponent typed as
    text at full size) are untouched."""
    out: list[dict[str, Any]] = []
    base: dict[str, Any] | None = None  # the glyph a run of raised digits stands on
    for char in chars:
        if base is not None and _raised_after(char, base if not out else _anchor(out[-1], base)):
            raised = {
                **char,
                "text": char["text"].translate(SUPERSCRIPT_DIGITS),
                "size": base.get("size"),
                "top": base["top"],
                "bottom": base["bottom"],
            }
            out.append(raised)
            continue
        out.append(char)
        base = char
    return out


def _anchor(last: dict[str, Any], base: dict[str, Any]) -> dict[str, Any]:
    """What the next glyph is raised against: the base glyph, whose x1 moves on past a
    superscript already taken (a two-digit reference "¹²")."""
    if last is base:
        return base
    return {**base, "x1": last["x1"]}


#: A line-end hyphen this far (a share of its size) after the letter before it still
#: belongs to that letter's word: Calc prints the hyphen of "of-" / "fentlig" 2.5 pt after
#: the "f" at 9 pt (the f's advance is narrower than its drawn box), past the word gap.
DETACHED_HYPHEN_SHARE = 0.4


def detached_line_end_hyphens(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A hyphen glyph last on its line, a little after the letter before it (more than
    the word extractor's tolerance, less than a space), widened to touch that letter, so that
    "of" "-" is read "of-" and the break is judged as every other line-end hyphen is.
    A hyphen after a space, or with more text after it on its line, is left alone."""
    out = list(chars)
    for i in range(1, len(chars)):
        char, before = chars[i], chars[i - 1]
        following = chars[i + 1] if i + 1 < len(chars) else None
        if char["text"] not in LINE_END_HYPHENS or not before["text"].isalpha():
            continue
        if not _same_line(before, char) or (following is not None and _same_line(char, following)):
            continue
        gap = float(char["x0"]) - float(before["x1"])
        size = float(char.get("size") or 0.0)
        if 0 < gap <= DETACHED_HYPHEN_SHARE * size:
            # Reach back to the letter; the glyph's own end stays where it is printed.
            out[i] = {**char, "x0": float(before["x1"])}
    return out
