"""Text around the risk tables, for metadata: the lines before the first table, the prose
outside the tables, and the column headers as printed."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from icp_extract.assemble.rows import Table
from icp_extract.geometry import PageTable, TextLine, line_pitch, prose_reading_order
from icp_extract.model import Column
from icp_extract.settings import Settings

Normalizer = Callable[[Sequence[str]], str]


def head_lines(clean, pieces: Sequence[PageTable]) -> list[tuple[str, float]]:
    """(text, font size) of the lines before the first risk table (the first pages when
    there is none): the title stands among them."""
    first = min(((t.page, t.top) for t in pieces), default=None)
    out: list[tuple[str, float]] = []
    for page, lines in clean if first else clean[:3]:
        for ln in lines:
            if first and (page.number, ln.top) >= first:
                return out
            out.append((ln.text, ln.size))
    return out


def printed_columns(tables: Sequence[Table]) -> tuple[Column, ...]:
    """Each distinct header as printed, in reading order: every page's header row (a table
    may reword it on the next page), then the columns a table gained from labelled rows."""
    seen: list[Column] = []
    for t in tables:
        # A column with no header printed (a spreadsheet's empty grid columns) is no column.
        printed = [(h, f) for p in t.pieces for h, f in zip(p.headers, p.fields, strict=True) if h]
        gained = [(h, f) for h, f in zip(t.headers, t.fields, strict=True) if h]
        for header, field in printed + gained:  # a row without a label gains no header
            col = Column(header, field)
            if col not in seen:
                seen.append(col)
    return tuple(seen)


def prose_text(clean, pieces: Sequence[PageTable], normalize, *, settings: Settings) -> str:
    """Text outside the risk tables for metadata, one paragraph a line: a paragraph ends at a
    wider gap than its line spacing, or where the font size changes (a heading)."""
    out: list[str] = []
    for page, lines in clean:
        regions = [(t.top, t.bottom) for t in pieces if t.page == page.number]
        kept = prose_reading_order(
            [
                ln
                for ln in lines
                if not any(top - 1 <= ln.top <= bottom + 1 for top, bottom in regions)
            ],
            page.width,
        )
        pitch = line_pitch(kept) if kept else 0.0
        block: list[TextLine] = []
        for ln in kept:
            if block and (
                ln.top - block[-1].top > settings.paragraph_gap * pitch
                or abs(ln.size - block[-1].size) > settings.same_size
            ):
                out.append(normalize([b.text for b in block]))
                block = []
            block.append(ln)
        if block:
            out.append(normalize([b.text for b in block]))
    return "\n".join(out)
