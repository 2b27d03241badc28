"""Kinds of table rows told by their text alone: totals rows, repeated headers, and risk
cells numbered as an outline. Each is a named unit the row assembly (``risks.py``) asks
before it makes a risk of a row; the assembly traces what they decide.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from icp_extract.geometry import TextLine
from icp_extract.lang.sv.headers import TOTALS_WORDS
from icp_extract.settings import Settings

#: An outline number opening a risk cell: "1.1", "3.2.", or a one-level "2." (with its dot:
#: "2 risker" is text). Two digits a level at most, so a year is not a number.
OUTLINE = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})+)\.?\s+(?=\S)|^\s*(\d{1,2})\.\s+(?=\S)")
#: Fields a totals row's text stands in (a cell spanning them, read into each).
NAMING_FIELDS = ("process", "risk", "context")
#: A cell stating a share of a count ("4 av 5"): what a totals row prints under a column.
SHARE_OF = re.compile(r"^\d+ av \d+$")


def outline_number(text: str) -> re.Match[str] | None:
    """The outline number opening ``text`` (group 1 for "1.1", group 2 for "2."), or None."""
    return OUTLINE.match(text)


def numbered_items(risk_cells: Sequence[list[TextLine]], settings: Settings) -> bool:
    """Outline-numbered risks: risk cells typed as a numbered list ("1. Risk att ...",
    "1.1 Lantbruk ...", "2. ..."), as Word reports number risks and their sub-items without
    a number column. Read so when enough of a table's risk cells open with such a number; the
    number is then the risk's label and leaves its text (and a lead-in's context)."""
    filled = [lines for lines in risk_cells if lines]
    numbered = sum(1 for lines in filled if outline_number(lines[0].text))
    enough = numbered >= settings.outline_min_rows
    return enough and numbered >= settings.outline_row_share * len(filled)


def totals_row(
    cells: Sequence[str],
    spanning: Collection[int],
    fields: Sequence[str | None],
    last: bool,
    *,
    settings: Settings,
) -> str | None:
    """The text of the last row of a table when it totals the rows above it ("Medelvärde,
    11 risker" over averages, "Summa", "Genomförda av planerade kontroller" over "4 av 5",
    "6 av 7" per quarter), as spreadsheets and Word reports put one at the foot of a
    register; else None. Told by its first word (a totals word) or by every cell beside its
    text stating a share of a count. ``cells``: the row's text per column."""
    if not last:
        return None
    filled = [(c, text) for c, text in enumerate(cells) if text and c not in spanning]
    if not filled:
        return None
    first = filled[0][1].split()[0].strip(",:;.").lower()
    beside = [text for c, text in filled if fields[c] not in NAMING_FIELDS]
    shares = [text for text in beside if SHARE_OF.match(text)]
    totals = first in TOTALS_WORDS or (
        len(shares) >= settings.totals_min_shares and len(shares) == len(beside)
    )
    return filled[0][1] if totals else None


def _letters(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalpha())


def repeats_header(
    cells: Sequence[str], spanning: Collection[int], headers: Sequence[str], *, settings: Settings
) -> bool:
    """Whether a row repeats the table's header ("Process | Risk | San- nolik- het | ..."),
    as a sheet printed over two pages repeats it where the finder did not take it for a
    header: every filled cell reads as its column's header (letters compared, so a header
    broken over lines or hyphenated still matches), at least two of them."""
    filled = [(c, _letters(t)) for c, t in enumerate(cells) if _letters(t) and c not in spanning]
    same = [c for c, text in filled if c < len(headers) and text == _letters(headers[c])]
    return len(same) >= settings.repeated_header_min_cells and len(same) == len(filled)
