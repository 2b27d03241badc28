"""Running page headers and footers ("Dnr ...", "Sida 3 av 7", addresses).

They repeat at the same height on many pages; digits change ("Sida 3", "Sida 4"), so lines are
compared with digits blanked out. Page furniture must never enter a risk.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from icp_extract.detect.common import is_header_start
from icp_extract.geometry import TextLine
from icp_extract.model import PageContent
from icp_extract.settings import Settings

#: A page number standing alone: "7", "Sida 3 av 7", "3/7". A bare number of four digits is
#: more likely a year closing a title line ("... internkontrollplan" / "2024"); such page
#: numbers still go as running lines repeated from page to page.
PAGE_NUMBER = re.compile(r"^(sida\s*\d+|\d{1,3})(\s*(av|/)\s*\d+)?$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")


def _key(line: TextLine, page: PageContent, *, settings: Settings) -> str:
    where = "top" if line.top < page.height * settings.margin_band else "bottom"
    return where + ":" + _DIGITS.sub("#", line.text.lower())


def _in_band(line: TextLine, page: PageContent, *, settings: Settings) -> bool:
    return line.bottom < page.height * settings.margin_band or line.top > page.height * (
        1 - settings.margin_band
    )


def _candidates(
    page: PageContent, lines: Sequence[TextLine], *, settings: Settings
) -> list[TextLine]:
    """Margin lines that may be furniture: a table's repeated header row is not, so top-band
    lines count only above the first line that starts a table header."""
    first_header = next(
        (ln.top for i, ln in enumerate(lines) if is_header_start(lines, i, settings=settings)),
        page.height,
    )
    first_header = _broken_header_above(lines, first_header)
    return [
        ln
        for ln in lines
        if _in_band(ln, page, settings=settings)
        and (ln.top > page.height / 2 or ln.top < first_header - 0.5)
    ]


#: Most space between the two lines of a broken header, in the first line's heights (line
#: spacing of 1.2-2 times the type size leaves about one height between them).
BROKEN_HEADER_GAP = 1.5
#: What ends a header word broken at a line end: a hyphen, Unicode's hyphen, a soft hyphen.
_BREAK_MARKS = ("-", "\u2010", "\u00ad")


def _broken_header_above(lines: Sequence[TextLine], first_header: float) -> float:
    """The top of a table header that begins one line above ``first_header`` with only the
    first parts of header words broken at the line end ("San-", "Kon-" over "Process Risk
    ... nolikhet sekvens ..."), as a repeated header with narrow columns prints: that line
    is the header's, not a running header repeated at the top of every page."""
    above = [ln for ln in lines if ln.bottom <= first_header + 0.5]
    if not above:
        return first_header
    line = max(above, key=lambda ln: ln.bottom)
    close = first_header - line.bottom <= BROKEN_HEADER_GAP * line.height
    if close and all(w.text.endswith(_BREAK_MARKS) for w in line.words):
        return line.top
    return first_header


def furniture_lines(
    pages: Sequence[tuple[PageContent, Sequence[TextLine]]],
    *,
    settings: Settings,
) -> list[set[TextLine]]:
    """Per page, the lines that are running headers, footers or page numbers."""
    cands = [_candidates(page, lines, settings=settings) for page, lines in pages]
    counts: Counter[str] = Counter()
    for (page, _), lines in zip(pages, cands, strict=True):
        counts.update({_key(ln, page, settings=settings) for ln in lines})
    # the share of pages, rounded half up
    need = max(settings.min_repeats, int(settings.repeat_share * len(pages) + 0.5))
    enough = len(pages) >= settings.min_repeats
    keys = {k for k, n in counts.items() if n >= need} if enough else set()
    return [
        {
            ln
            for ln in lines
            if _key(ln, page, settings=settings) in keys or PAGE_NUMBER.match(ln.text.strip())
        }
        for (page, _), lines in zip(pages, cands, strict=True)
    ]
