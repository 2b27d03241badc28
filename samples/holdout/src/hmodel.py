"""Vocabulary of the holdout documents.

Text is *source text*: words whole, real hyphens kept ("IT-stöd", "hälso- och sjukvård",
"2024-06-30"). LibreOffice does the hyphenation; the expected JSON is derived from these
objects (only page counts, hashes and each risk's pages are measured on the built PDF).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from libreoffice import Page  # noqa: F401  (part of this vocabulary)

CM = 72 / 2.54  # PDF points per centimetre

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


@dataclass
class P:
    text: str
    style: str = "Body"  # Title | H2 | Body | Small | Sign


@dataclass
class Col:
    key: str
    header: str
    width: float  # cm
    field: str | None = None  # canonical field; None: the column goes to ``extra``
    align: str = "justify"  # justify | left | center
    head_align: str = "left"


@dataclass
class Table:
    """A risk table. ``rows``: one dict per table row, column key -> cell value (str, list of
    paragraphs, or None for an empty cell)."""

    name: str
    cols: list
    rows: list
    rules: str = "full"  # full | horizontal (no vertical lines anywhere) | none
    rule: str = "0.5pt solid #000000"
    header_fill: str | None = None
    header_valign: str = "top"  # top | middle
    repeat_header: bool = True  # header row in table:table-header-rows
    caption: str | None = None  # a row spanning all columns above the header row
    caption_fill: str | None = None
    size: float | None = None  # body font size (pt); default Doc.cell_size
    head_size: float | None = None
    font: str | None = None  # default Doc.font




@dataclass
class Doc:
    name: str
    blocks: list
    page: Page = field(default_factory=Page)
    font: str = "Liberation Serif"
    body_size: float = 11.0
    cell_size: float = 9.0
    running_header: str | None = None
    footer: str | None = None  # "{page}" / "{pages}" become fields
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
    features: tuple = ()
    extra_info: Any = None
