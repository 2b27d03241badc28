"""The vocabulary the sample specs are written in.

A sample is the *source text* of a report as its author meant it: words whole (no hyphenation
points), real hyphens kept ("IT-system", "Barn- och utbildningsnämnden"), cell paragraphs as a
list of strings. LibreOffice does the hyphenation when the document is typeset; the expected
JSON is derived from these specs, never from the PDF text (only ``pages`` is measured on the
built PDF, see ``build_samples.locate_cells``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

CM = 72 / 2.54  # PDF points per centimetre

# A cell's content: None / "" (empty), one paragraph, a list of paragraphs, or a number.
CellValue = None | str | int | list

# Canonical fields of the expected JSON (``columns[].field``); None sends a column to ``extra``.
FIELDS = (
    "process",
    "risk",
    "risk_value",
    "probability",
    "consequence",
    "controls",
    "handling",
    "follows_plan",
    "comment",
)


@dataclass(frozen=True)
class Column:
    key: str  # key used in the row dicts
    header: str  # header text as the author wrote it (words whole)
    field: str | None  # canonical field, or None: the column goes to ``extra``
    width: float  # cm
    align: str = "justify"  # body-cell alignment: justify | center | left


@dataclass(frozen=True)
class PageGeom:
    width: float = 29.7  # cm
    height: float = 21.0
    margin_top: float = 2.0
    margin_bottom: float = 2.0
    margin_left: float = 2.0
    margin_right: float = 2.0

    @property
    def landscape(self) -> bool:
        return self.width > self.height


@dataclass(frozen=True)
class Layout:
    page: PageGeom = field(default_factory=PageGeom)  # page of the table (and prose, by default)
    prose_page: PageGeom | None = None  # set: prose on pages of this geometry, table on `page`
    font: str = "Liberation Serif"
    body_size: float = 11.0  # pt, prose
    cell_size: float = 9.0  # pt, table body
    head_size: float | None = None  # pt, table header row (default: cell_size)
    title_size: float = 16.0
    heading_size: float = 13.0
    rules: str = "full"  # full | horizontal | none
    rule_color: str = "#000000"
    rule_width: str = "0.5pt"
    header_fill: str | None = None  # background colour of the header row, e.g. "#d9d9d9"
    cell_padding: float = 0.1  # cm
    header_bold: bool = True
    running_header: str | None = None  # text of a page header on every page
    footer: str | None = None  # page footer; "{page}" becomes the page number


@dataclass(frozen=True)
class Sample:
    name: str
    organ: str
    year: int
    period: str | None  # "helår" | "delår" | None
    title: str
    risks_inventoried: int | None
    risks_critical: int | None
    layout: Layout
    prose: list  # [("h1" | "p", text), ...] after the title, before the table
    columns: list  # [Column, ...]
    rows: list  # [{column key: CellValue, "process_span": n}, ...]
    made: str  # README: how it was made
    tests: str  # README: what it tests
    prose_after: list = field(default_factory=list)  # paragraphs after the table
