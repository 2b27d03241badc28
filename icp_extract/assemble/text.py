"""Text around the risk tables, for metadata: the lines before the first table, the prose
outside the tables, and the column headers as printed."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from icp_extract.assemble.beside import beside_prose
from icp_extract.assemble.rows import Table
from icp_extract.assemble.tiles import tile_figures
from icp_extract.geometry import (
    PageTable,
    TextLine,
    group_lines,
    line_pitch,
    prose_reading_order,
)
from icp_extract.model import Column, PageContent, Word
from icp_extract.settings import Settings
from icp_extract.trace import ACCEPT, NOTE, Trace

Normalizer = Callable[[Sequence[str]], str]


def head_lines(
    clean, pieces: Sequence[PageTable], *, settings: Settings
) -> tuple[list[tuple[str, float]], list[int]]:
    """(text, font size) of the lines before the first risk table (the first pages when
    there is none): the title stands among them; and each line's page. A line with a wide
    gap in it is read as its parts (see :func:`head_parts`)."""
    first = min(((t.page, t.top) for t in pieces), default=None)
    out: list[tuple[str, float]] = []
    pages: list[int] = []
    for page, lines in clean if first else clean[:3]:
        for ln in lines:
            if first and (page.number, ln.top) >= first:
                return out, pages
            parts = head_parts(ln, settings=settings)
            out.extend(parts)
            pages.extend([page.number] * len(parts))
    return out, pages


def _gap_groups(line: TextLine, *, settings: Settings) -> list[list[Word]]:
    """A line's words in the groups a wide gap (``head_split_gap`` font sizes) separates."""
    limit = settings.head_split_gap * (line.size or 1.0)
    groups: list[list[Word]] = [[line.words[0]]]
    for before, word in zip(line.words, line.words[1:], strict=False):
        if word.x0 - before.x1 > limit:
            groups.append([])
        groups[-1].append(word)
    return groups


def head_parts(line: TextLine, *, settings: Settings) -> list[tuple[str, float]]:
    """A head line in the parts a wide gap separates, as (text, font size), each at its own
    size, the largest type first. A spreadsheet prints the title cell and a "Dnr BGN
    2025/211" cell on one row, a Word page a title and a right-aligned tab stop; as one
    line, the title would end in the diary number. A gap of ``head_split_gap`` font sizes
    is wider than any space of justified text. A web page prints a navigation column in
    small type beside its title: a navigation entry shares a row with the title's second
    line, and read in place (left first, at the title's size) it would join the title or
    cut its lines apart."""
    if not line.words:
        return [(line.text, line.size)]
    groups = _gap_groups(line, settings=settings)
    if len(groups) == 1:
        return [(line.text, line.size)]
    parts = [(" ".join(w.text for w in g), max(w.size for w in g)) for g in groups]
    return sorted(parts, key=lambda part: -part[1])


def printed_columns(tables: Sequence[Table]) -> tuple[Column, ...]:
    """Each distinct header as printed, in reading order: every page's header row (a table
    may reword it on the next page), then the columns a table gained from labelled rows."""
    seen: list[Column] = []
    for t in tables:
        # A column with no header printed (a spreadsheet's empty grid columns) is no column,
        # unless it was read as a field from its cells (a header row that could not be read).
        printed = [
            (h, f) for p in t.pieces for h, f in zip(p.headers, p.fields, strict=True) if h or f
        ]
        gained = [(h, f) for h, f in zip(t.headers, t.fields, strict=True) if h]
        for header, field in printed + gained:  # a row without a label gains no header
            col = Column(header, field)
            if col not in seen:
                seen.append(col)
    return tuple(seen)


_FIGURE = re.compile(r"^\d{1,4}$")


def is_key_figure_row(line: TextLine, *, settings: Settings) -> bool:
    """Whether the line is a label and its figure: a number alone at its end, standing
    ``key_figure_gap`` font sizes or more right of a label of words with letters and no
    such gap inside.

    Layout served: key figures in a small table or fact box ("Risker i nämndens riskanalys
    22", "Varav kritiska risker (riskvärde 9–16)  9" under "Sammanfattning"). Several such
    rows show a gutter at the same place, and read as two columns of prose the labels
    went one way and their numbers another.
    """
    words = line.words
    label = words[:-1]
    if not label or not _FIGURE.match(words[-1].text):
        return False
    limit = settings.key_figure_gap * (line.size or 1.0)
    return (
        words[-1].x0 - label[-1].x1 >= limit
        and any(ch.isalpha() for w in label for ch in w.text)
        and all(b.x0 - a.x1 < limit for a, b in zip(label, label[1:], strict=False))
    )


def _reading_order(
    lines: Sequence[TextLine],
    page_width: float,
    *,
    settings: Settings,
    trace: Trace | None = None,
) -> list[TextLine]:
    """:func:`prose_reading_order` between key-figure rows, which stay whole where they
    stand (see :func:`is_key_figure_row`; each is traced as ``key_figure_row``)."""
    out: list[TextLine] = []
    run: list[TextLine] = []
    for ln in lines:
        if is_key_figure_row(ln, settings=settings):
            if trace is not None:
                trace.record(
                    "assemble",
                    "key_figure_row",
                    ln.page,
                    NOTE,
                    f"a label and its number read as one line: {ln.text!r}",
                    bbox=(ln.x0, ln.top, ln.x1, ln.bottom),
                )
            out.extend(prose_reading_order(run, page_width) if run else [])
            out.append(ln)
            run = []
        else:
            run.append(ln)
    out.extend(prose_reading_order(run, page_width) if run else [])
    return out


def prose_text(
    clean,
    pieces: Sequence[PageTable],
    normalize,
    *,
    settings: Settings,
    trace: Trace | None = None,
) -> str:
    """Text outside the risk tables for metadata, one paragraph a line: a paragraph ends at a
    wider gap than its line spacing, or where the font size changes (a heading). Words set
    beside the prose on its lines are read after it (:func:`beside_prose`)."""
    out: list[str] = []
    for page, lines in clean:
        regions = [(t.top, t.bottom) for t in pieces if t.page == page.number]
        kept = _reading_order(
            [
                ln
                for ln in lines
                if not any(top - 1 <= ln.top <= bottom + 1 for top, bottom in regions)
            ],
            page.width,
            settings=settings,
            trace=trace,
        )
        kept, beside = beside_prose(kept, settings=settings)
        if beside and trace is not None:
            trace.record("assemble", "beside_prose", page.number, ACCEPT,
                         f"{len(beside)} lines of prose cut at a wide gap: the words after it "
                         f"read apart ({beside[0].text!r} ...)")  # fmt: skip
        for stream in (kept, beside):
            out.extend(_paragraphs(stream, page.number, normalize, settings=settings, trace=trace))
    return "\n".join(out)


def _breaks_paragraph(last: TextLine, ln: TextLine, pitch: float, settings: Settings) -> bool:
    """Decides whether ``ln`` opens a new paragraph after ``last``: a wider gap than a
    line's pitch allows, or another font size."""
    return (
        ln.top - last.top > settings.paragraph_gap * pitch
        or abs(ln.size - last.size) > settings.same_size
    )


def _paragraphs(
    kept: Sequence[TextLine], page: int, normalize, *, settings: Settings, trace: Trace | None
) -> list[str]:
    """Lines of one stream of prose as paragraphs; a row of tiles as one phrase a tile."""
    out: list[str] = []
    pitch = line_pitch(kept) if kept else 0.0
    block: list[TextLine] = []
    tiles: list[str] | None = None
    for k, ln in enumerate(kept):
        if tiles is not None:  # the label line of a row of tiles, already read
            tiles = None
            continue
        if k + 1 < len(kept):
            tiles = tile_figures(ln, kept[k + 1], settings=settings)
        if tiles is not None:
            if block:
                out.append(normalize([b.text for b in block]))
                block = []
            out.extend(normalize([t]) for t in tiles)
            if trace is not None:
                trace.record("assemble", "tiles", page, ACCEPT,
                             f"a row of tiles, a number over each label: {tiles}")  # fmt: skip
            continue
        if block and _breaks_paragraph(block[-1], ln, pitch, settings):
            out.append(normalize([b.text for b in block]))
            block = []
        block.append(ln)
    if block:
        out.append(normalize([b.text for b in block]))
    return out


def running_lines(
    page: PageContent, kept: Sequence[TextLine], normalize: Normalizer, *, settings: Settings
) -> tuple[list[tuple[str, float]], str]:
    """The running header and footer of a page (its lines that are not ``kept``), as head
    lines (text, font size) and as prose, one line a paragraph. A spreadsheet printed with
    a page header ("Infrastrukturnämnden   Delårsuppföljning ... 2024   Per 2024-08-31")
    and a footer stating the counts holds its title and counts nowhere else."""
    furniture = [ln for ln in group_lines(page.words) if ln not in kept]
    head = [part for ln in furniture for part in head_parts(ln, settings=settings)]
    return head, "\n".join(normalize([ln.text]) for ln in furniture)
