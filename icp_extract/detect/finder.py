"""Find risk tables on a page: run the strategies at every header site and keep the best.

A header site is a line that starts a band of header keywords at several x positions. Each
strategy (:mod:`ruled`, :mod:`unruled`) offers its candidate tables for the site; the finder
scores every candidate with the same checks (:mod:`score`) and keeps the best. The others,
and why they lost, stay in the trace. The table of the page before may go on at the top of
the page without a header (:mod:`continued`); a page set in two columns is read both whole
and column by column, and the reading with more rows with a risk wins.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from icp_extract.detect.common import (
    CAPTION,
    Context,
    Normalizer,
    Site,
    Strategy,
    is_header_start,
    line_box,
    record_accepted,
    table_box,
    with_risk,
)
from icp_extract.detect.continued import continue_table
from icp_extract.detect.headless import find_headless
from icp_extract.detect.ruled import RULED
from icp_extract.detect.score import Score, score
from icp_extract.detect.tags import TAGS
from icp_extract.detect.unruled import UNRULED
from icp_extract.detect.values import name_value_columns
from icp_extract.geometry import (
    PageTable,
    TextLine,
    column_gutter,
    split_columns,
)
from icp_extract.model import PageContent
from icp_extract.settings import Settings
from icp_extract.trace import ACCEPT, REJECT, Trace


def _heading_above(
    lines: Sequence[TextLine], table: PageTable, floor: float, *, settings: Settings
) -> TextLine | None:
    """The heading right above a table, below ``floor`` (the previous table's bottom): a short
    line in bold or in a larger size than the table's header, close above it, that is no
    sentence and no caption ("Tabell 2. ..."). A caption right above the table is stepped
    over: Word reports put "3.2 Fastighetsförvaltning" over "Tabell 2. ..." over the table."""
    above = [ln for ln in lines if floor <= ln.top and ln.bottom <= table.top + settings.slack]
    if not above:
        return None
    found = _over_caption(above, table.top, settings=settings)
    if found is None:
        return None
    line, top = found
    header_size = max((w.size for w in table.header_words), default=0.0)
    if (
        top - line.bottom > settings.heading_gap * line.height
        or len(line.words) > settings.heading_max_words
        or line.text.rstrip()[-1:] in ".,;"
        or CAPTION.match(line.text)
        or not (line.bold or line.size > header_size + settings.body_size_tolerance)
    ):
        return None
    return line


def _over_caption(
    above: Sequence[TextLine], top: float, *, settings: Settings
) -> tuple[TextLine, float] | None:
    """(the line that may be the heading, the top it must stand close to): the line right
    above the table, or, when that is a caption close to the table, the line above the
    caption (None when there is none)."""
    line = max(above, key=lambda ln: ln.bottom)
    if not CAPTION.match(line.text):
        return line, top
    higher = [ln for ln in above if ln.bottom <= line.top + settings.slack and ln is not line]
    if not higher or top - line.bottom > settings.heading_gap * line.height:
        return None
    return max(higher, key=lambda ln: ln.bottom), line.top


def is_open(table: PageTable, lines: Sequence[TextLine], *, settings: Settings) -> bool:
    """True when nothing but page furniture follows the table on its page."""
    return not any(ln.top > table.bottom + settings.snap for ln in lines)


def find_tables(
    page: PageContent,
    lines: Sequence[TextLine],
    normalize: Normalizer,
    open_table: PageTable | None = None,
    *,
    settings: Settings,
    trace: Trace,
) -> list[PageTable]:
    """Every risk table on the page, in reading order. ``lines`` exclude page furniture.

    ``open_table``: a table that ran to the foot of the previous page; if this page starts
    with its rows and no repeated header, they continue it.

    A page set in two columns may hold a table in each, side by side, whose rows share
    printed lines. Then each column is read on its own, left first, when that gives more
    rows with a risk than the whole page, and no table of the whole page crosses the gutter
    (an unruled table's own column gutter can sit mid-page too).
    """
    whole_trace = Trace()
    whole = _find_tables(page, lines, normalize, open_table, settings=settings, trace=whole_trace)
    if not whole and page.rules:
        # No header site gave a table: a ruled grid whose header cannot be read may still.
        headless = find_headless(page, lines, normalize, settings=settings, trace=whole_trace)
        if headless is not None:
            trace.merge(whole_trace)
            return [headless]
    gutter = column_gutter(lines, page.width, nearest_middle=True)
    if gutter is None or any(
        t.columns[0][0] + 2 * settings.snap < gutter < t.columns[-1][1] - 2 * settings.snap
        for t in whole
    ):
        trace.merge(whole_trace)
        return whole
    parts = split_columns(lines, gutter)
    if len(parts) <= 1:  # no stretch in two columns
        trace.merge(whole_trace)
        return whole
    split_trace = Trace()
    split = _by_columns(
        page, parts, gutter, normalize, open_table, settings=settings, trace=split_trace
    )
    by_column, by_page = sum(map(with_risk, split)), sum(map(with_risk, whole))
    if by_column > by_page:
        why = f"the page read column by column gives {by_column} rows with a risk, not {by_page}"
        trace.merge(whole_trace, lost=why)
        trace.merge(split_trace)
        trace.record("detect", "two_columns", page.number, ACCEPT, why)
        return split
    why = f"the page read whole gives {by_page} rows with a risk, column by column {by_column}"
    trace.merge(split_trace, lost=why)
    trace.merge(whole_trace)
    trace.record("detect", "two_columns", page.number, REJECT, why)
    return whole


def _white_middle(parts: Sequence[Sequence[TextLine]], gutter: float) -> float:
    """The middle of the white between the words of two page columns: rules go with the
    column on their side of it (a table's border stands in that white, beside its cell
    padding)."""
    sides = [[w for ln in part for w in ln.words] for part in parts]
    left = max((w.x1 for ws in sides if all(w.x1 <= gutter for w in ws) for w in ws), default=0)
    right = min((w.x0 for ws in sides if all(w.x0 >= gutter for w in ws) for w in ws), default=0)
    return (left + right) / 2 if left and right else gutter


def _by_columns(
    page: PageContent,
    parts: Sequence[Sequence[TextLine]],
    gutter: float,
    normalize: Normalizer,
    open_table: PageTable | None,
    *,
    settings: Settings,
    trace: Trace,
) -> list[PageTable]:
    """The tables of a page read one page column at a time, left first (the open table of
    the page before can only go on in the first)."""
    middle = _white_middle(parts, gutter)
    split: list[PageTable] = []
    for k, part in enumerate(parts):
        view = _column_view(page, part, gutter, middle)
        split.extend(
            _find_tables(
                view,
                part,
                normalize,
                open_table if k == 0 else None,
                settings=settings,
                trace=trace,
            )
        )
    return split


def _column_view(
    page: PageContent, part: Sequence[TextLine], gutter: float, middle: float
) -> PageContent:
    """The page as one part of it shows: its words, and the rules on its side of the white
    between the columns (all rules for a part across the page)."""
    words = tuple(w for ln in part for w in ln.words)
    if all(w.x1 <= gutter for w in words):
        rules = tuple(r for r in page.rules if max(r.x0, r.x1) <= middle)
    elif all(w.x0 >= gutter for w in words):
        rules = tuple(r for r in page.rules if min(r.x0, r.x1) >= middle)
    else:
        rules = page.rules
    return dataclasses.replace(page, words=words, rules=rules)


#: The strategies that read a table from a header site, peers behind one signature. A new
#: kind of table is a new entry here.
STRATEGIES: tuple[Strategy, ...] = (TAGS, RULED, UNRULED)


def best_candidate(
    site: Site, normalize: Normalizer, *, settings: Settings, trace: Trace
) -> PageTable | None:
    """Run every strategy at the site, score each candidate with the shared checks and keep
    the best (the first among equals). Each strategy traces into a trial of its own, so the
    losers' acceptances are kept as rejections that say what beat them."""
    found = _scored_candidate(site, normalize, settings=settings, trace=trace)
    return found[0] if found is not None else None


def _scored_candidate(
    site: Site, normalize: Normalizer, *, settings: Settings, trace: Trace
) -> tuple[PageTable, Score] | None:
    """:func:`best_candidate` with the winner's score."""
    trials: list[tuple[Trace, Score, PageTable]] = []
    unscored: list[Trace] = []
    for strategy in STRATEGIES:
        trial = Trace()
        found = strategy.find(site, Context(normalize, settings, trial))
        if not found:
            unscored.append(trial)
        for table in found:
            trials.append((trial, score(strategy.name, table, site, settings), table))
    for trial in unscored:
        trace.merge(trial)
    if not trials:
        return None
    best = max(range(len(trials)), key=lambda k: (trials[k][1].total, -k))
    _, winner, table = trials[best]
    for k, (trial, got, _) in enumerate(trials):
        if k != best:
            trace.merge(trial, lost=f"scored {got.text()} against {winner.text()}")
    trace.merge(trials[best][0])
    trace.record(
        "detect",
        "finder.score",
        site.page.number,
        ACCEPT,
        f"best of {len(trials)}: {winner.text()}",
        bbox=table_box(table),
    )
    return table, winner


def _best_site(
    site: Site, normalize: Normalizer, *, settings: Settings, trace: Trace
) -> PageTable | None:
    """The best table from the header site or from a later site inside its region.

    Layout served: a caption over a table that uses header words ("Riskvärde = sannolikhet
    × konsekvens. Följer plan anger ...", a Word appendix): read as the header, it makes a
    table whose values do not parse, and the real header row under it was never tried as a
    site. A table whose score falls short of ``settings.strong_site_score`` is compared with
    the tables of the header sites within it (a few at most); the best scored wins.
    """
    found = _scored_candidate(site, normalize, settings=settings, trace=trace)
    if found is None:
        return None
    table, best = found
    if best.total >= settings.strong_site_score:
        return table
    lines = site.lines
    tried = 0
    for j in range(site.index + 1, len(lines)):
        if lines[j].top >= table.bottom or tried >= settings.max_inner_sites:
            break
        if not is_header_start(lines, j, settings=settings):
            continue
        tried += 1
        inner = Site(site.page, lines, j, site.template)
        other = _scored_candidate(inner, normalize, settings=settings, trace=Trace())
        if other is not None and other[1].total > best.total:
            trace.record(
                "detect",
                "finder.inner_site",
                site.page.number,
                REJECT,
                f"a header site inside the table scored {other[1].text()} against "
                f"{best.text()}: the table starts there",
                bbox=table_box(table),
            )
            table, best = other
    return table


def _find_tables(
    page: PageContent,
    lines: Sequence[TextLine],
    normalize: Normalizer,
    open_table: PageTable | None,
    *,
    settings: Settings,
    trace: Trace,
) -> list[PageTable]:
    """:func:`find_tables` over ``lines``, top to bottom."""
    tables: list[PageTable] = []
    i = 0
    if (
        open_table is not None
        and lines
        and not _heads_a_table(page, lines, normalize, open_table, settings=settings)
    ):
        cont = continue_table(page, lines, open_table, settings=settings, trace=trace)
        if cont is not None and cont.rows:
            record_accepted(trace, "continue", cont, "the open table goes on without a header")
            tables.append(cont)
            i = _past(lines, i, cont.bottom)
    while i < len(lines):
        if not is_header_start(lines, i, settings=settings):
            i += 1
            continue
        site = Site(page, lines, i, open_table if not tables else None)
        table = _best_site(site, normalize, settings=settings, trace=trace)
        if table is None:
            i += 1
            continue
        floor = tables[-1].bottom if tables else 0.0
        table = _name_heading(lines, table, floor, settings=settings, trace=trace)
        table = name_value_columns(table, settings=settings, trace=trace)
        tables.append(table)
        i = _past(lines, i, table.bottom)
    return tables


def _heads_a_table(
    page: PageContent,
    lines: Sequence[TextLine],
    normalize: Normalizer,
    open_table: PageTable,
    *,
    settings: Settings,
) -> bool:
    """Whether the page opens with a header that gives a table (a repeated header, its
    first line or one in its band).
    A body row going on from the page before may hold header words ("Risk att ...",
    "Kontroll av ...") and look like a header's start; when no strategy reads a table
    under it, the open table goes on there (a table whose header row is not repeated)."""
    if not is_header_start(lines, 0, settings=settings):
        return False
    band = [j for j, ln in enumerate(lines) if ln.top <= lines[0].top + settings.header_band]
    return any(
        is_header_start(lines, j, settings=settings)
        and _best_site(Site(page, lines, j, open_table), normalize, settings=settings,
                       trace=Trace()) is not None
        for j in band
    )  # fmt: skip


def _past(lines: Sequence[TextLine], i: int, bottom: float) -> int:
    """The index of the first line from ``i`` on that starts below ``bottom``."""
    while i < len(lines) and lines[i].top < bottom:
        i += 1
    return i


def _name_heading(
    lines: Sequence[TextLine], table: PageTable, floor: float, *, settings: Settings, trace: Trace
) -> PageTable:
    """The table with the heading right above it, if any (traced)."""
    heading = _heading_above(lines, table, floor, settings=settings)
    if heading is None:
        return table
    trace.record(
        "detect",
        "heading_above",
        table.page,
        ACCEPT,
        f"the table stands under the heading {heading.text!r}",
        bbox=line_box(heading),
    )
    return dataclasses.replace(table, heading=heading)
