"""The vocabulary the archive samples are written in.

A document is a list of blocks (paragraphs, page breaks, tables, labelled risk blocks). Text is
the *source text* as its author wrote it: words whole, real hyphens kept ("IT-system",
"hälso- och sjukvård"). The typesetter (LibreOffice or LaTeX) does the hyphenation; the expected
JSON is derived from these objects, never from the PDF text (only each risk's ``pages`` and the
page count are measured on the built PDF).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Union

from libreoffice import Page  # noqa: F401  (part of this vocabulary)

CM = 72 / 2.54  # PDF points per centimetre

FIELDS = (
    "process", "risk", "risk_value", "probability", "consequence",
    "controls", "handling", "follows_plan", "comment",
)

# Inline content of a paragraph: a string, or a list of strings and ("b", text) / ("i", text) /
# ("tab",) / ("br",) items.
Inline = Union[str, list]


@dataclass
class P:
    text: Inline
    style: str = "Body"  # Title | H1 | H2 | Body | BodyLeft | Small | Toc | Sign | Block


@dataclass
class PageBreak:
    pass


@dataclass
class Cell:
    """A table cell with formatting; ``value`` as for a plain cell (str, int, list of
    paragraphs or None)."""
    value: Any
    fill: str | None = None  # background colour, e.g. "#f4b183"
    bold: bool = False
    align: str | None = None  # overrides the column's alignment
    colspan: int = 1


@dataclass
class Col:
    key: str
    header: Any  # str, or list of paragraphs; None: no header text
    width: float  # cm
    field: str | None = None  # canonical field for risk tables; None: goes to ``extra``
    align: str = "justify"  # justify | left | center | right
    head_align: str = "left"


@dataclass
class Table:
    """A table. For a risk table (``risk=True``) each row is one risk (or several, when the risk
    cell holds labelled parts "a) ...", "b) ..."); row keys are column keys plus
    ``_span`` (number of rows the process cell spans) and ``_x`` (expected-field overrides, for
    values such as "3x3=9" that are not plain numbers)."""
    name: str
    cols: list
    rows: list
    risk: bool = False
    header: bool = True  # a header row (repeated on every page)
    rules: str = "full"  # full | horizontal | none
    rule_color: str = "#000000"
    header_fill: str | None = None
    size: float | None = None  # body font size (pt); default: document cell size
    head_size: float | None = None


@dataclass
class RiskBlock:
    """A planning-system style risk: lines "Label: value"."""
    heading: str | None
    lines: list  # [(label, field or None, value), ...]
    x: dict = field(default_factory=dict)  # expected-field overrides
    table: tuple | None = None  # (label width, value width) cm: print as a label/value table




@dataclass
class Doc:
    name: str
    blocks: list
    page: Page = field(default_factory=Page)
    font: str = "Liberation Serif"
    body_size: float = 11.0
    cell_size: float = 9.0
    running_header: str | None = None
    footer: str | None = None  # "{page}" and "{pages}" become fields
    # expected "report"
    organ: str | None = None
    year: int | None = None
    period: str | None = None
    title: str | None = None
    risks_inventoried: int | None = None
    risks_critical: int | None = None
    warnings: list = field(default_factory=list)
    made: str = ""
    tests: str = ""
