"""Vocabulary of the second to sixth holdout sets (``../holdout2`` ... ``../holdout6``):
documents, pages, risk tables (ruled, horizontal rules only, or none; two-level headers;
spanning cells; zebra rows; section rows; header text turned 90°; body cells centred
vertically; tight line height; several risk tables in one document; body text turned 90°,
blank cells standing for the value above; rows kept whole, section rows naming the process),
small non-risk tables, prose in newspaper
columns, manual line breaks, list items, inline bold / italic.

Text is *source text*: words whole, real hyphens kept ("IT-stöd", "hälso- och sjukvård",
"2024-06-30"). LibreOffice does the hyphenation. The expected JSON is derived from these
objects; only page counts, hashes and each risk's pages are measured on the built PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from libreoffice import Page  # noqa: F401  (part of this vocabulary)

CM = 72 / 2.54  # PDF points per centimetre

#: list-item markers that open a paragraph of a cell ("• text", "– text"), typeset with a
#: hanging indent; the expected JSON drops only the bullet glyphs (DROPPED_MARKERS) and keeps a
#: dash, which may be the author's (README, "Expected JSON")
BULLETS = ("• ", "– ")
DROPPED_MARKERS = ("• ",)
#: a numbered list item ("1. Stickprov ..."): typeset with a hanging indent, number kept
NUMBERED = r"\d+\. "
#: a manual line break inside a paragraph is written "\n" in the source text
LINE_BREAK = "\n"
#: inline character formatting in the source text (holdout4): "**Resultat:**" is set bold,
#: "__Heroma__" italic; the markers are no text (the expected JSON drops them, :func:`plain`)
BOLD, ITALIC = "**", "__"
#: a section row inside a risk table (holdout4): ``{SECTION: "Ekonomi"}`` is one full-width
#: merged cell, shaded and bold, between groups of risk rows; it gives no risk
SECTION = "_section"


def plain(text: str) -> str:
    """Source text without the inline formatting markers."""
    return text.replace(BOLD, "").replace(ITALIC, "")


@dataclass
class P:
    text: str
    style: str = "Body"  # Title | Sub | H2 | Body | Small
    master: str | None = None  # start a new page with this master page ("Landscape")
    break_before: bool = False  # start a new page (same master)


@dataclass
class Col:
    key: str
    header: str
    width: float  # cm
    field: str | None = None  # canonical field; None: the column goes to ``extra``
    align: str = "justify"  # justify | left | center | right
    group: str | None = None  # two-level header: text of the group cell above this column
    rotate: bool = False  # header text turned 90° (reads bottom to top), holdout4
    # holdout6: the body cells' text turned 90° too (reads bottom to top; a narrow first
    # column whose process cells span rows)
    body_rotate: bool = False


@dataclass
class Table:
    """A risk table. ``rows``: one dict per row, column key -> cell value (str, list of
    paragraphs, or None). A row may carry ``"_span": {key: n}``: that cell spans n rows and the
    following n-1 rows leave the key out (covered). A row ``{SECTION: text}`` is a section row
    (one merged cell over all columns, filled ``section_fill``, bold); no span crosses it."""

    name: str
    cols: list
    rows: list
    rule: str = "0.5pt solid #000000"
    rules: str = "full"  # full | horizontal (no vertical lines) | vertical | none (no lines)
    header_fill: str | None = "#d9d9d9"  # None: no shading anywhere
    header_color: str | None = None  # header text colour (white on dark)
    header_align: str = "left"
    header_valign: str = "top"
    zebra: str | None = None  # fill of every second body row (rows 2, 4, ...)
    size: float | None = None
    head_size: float | None = None
    font: str | None = None
    margin_top: float = 0.1  # cm above the table (tuned to place a page break)
    pad: float = 0.1  # cell padding, cm
    section_fill: str | None = "#d9d9d9"  # fill of section rows
    # holdout5: vertical alignment of the body cells ("middle": a short value stands in the
    # middle of a tall row) and the line height of the cell paragraphs ("90%": tight type)
    body_valign: str = "top"
    line_height: str | None = None
    # holdout6: keys of columns whose empty (not merged) cell stands for the value above it,
    # in a ruled table where a process is written only in the first row of its group
    carry_blank: tuple = ()
    # holdout9: ``rules="vertical"`` draws only column lines (no line between rows);
    # ``head_rule`` adds one horizontal rule under the header row (any ``rules``);
    # ``para_after`` is the space (cm) after every paragraph of a body cell; ``pad_v`` the
    # top and bottom cell padding (cm) when it differs from ``pad``
    head_rule: str | None = None
    para_after: float = 0.0
    pad_v: float | None = None
    # holdout13-15: rows never split over a page break (the break falls between whole rows)
    keep_rows: bool = False
    # holdout15: the table has no process column; each section row names the process of the
    # risk rows under it, up to the next section row (expected ``process``)
    section_process: bool = False


@dataclass
class SmallTable:
    """A non-risk table (budget): plain header row, no repeat."""

    name: str
    header: list
    widths: list
    rows: list  # list of lists of str
    aligns: list
    rule: str = "0.5pt solid #000000"
    size: float = 9.0
    bold_last: bool = False
    header_fill: str | None = None




@dataclass
class Section:
    """Paragraphs set in newspaper columns (an ODF section with ``columns`` columns, text
    balanced), holdout6."""

    blocks: list
    columns: int = 2
    gap: float = 0.6  # cm between the columns


@dataclass
class Doc:
    name: str
    blocks: list
    page: Page = field(default_factory=Page)
    # further master pages by name (the first page uses ``page``); a P with ``master`` starts one
    masters: dict = field(default_factory=dict)
    table_master: str | None = None  # the master page the risk table stands on
    font: str = "Liberation Serif"
    body_size: float = 11.0
    cell_size: float = 9.0
    footer: str | None = None  # "{page}" / "{pages}" become fields
    header: str | None = None  # running page header
    # the expected "report"
    organ: str = ""
    year: int = 2024
    period: str | None = None
    title: str = ""
    risks_inventoried: int | None = None
    risks_critical: int | None = None
    # for the README
    made: str = ""
    tests: str = ""
    extra_info: Any = None

    def table_page(self) -> Page:
        return self.masters[self.table_master] if self.table_master else self.page
