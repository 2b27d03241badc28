"""Shared checks that score every candidate table, whichever strategy offered it.

Camelot gives each table a ``parsing_report`` (accuracy, whitespace) that says how far to
trust it; here the same idea decides between peers. Each check is a share from 0 to 1:

- **header**: columns whose header is a known wording (a real header row names its
  columns; prose cut into columns does not);
- **coverage**: words of the table's body region that land in a cell (a wrong grid drops
  words between its columns or outside its rows);
- **values**: value cells (risk value, probability, consequence, follows plan) that read as
  values (a shifted column puts text where numbers belong);
- **consistency**: the columns agree with the table left open on the page before, when there
  is one (a repeated header over the same columns).

The risk count the prose states is a check the finder cannot make: the count is read after
all tables are found (metadata); it stays for the pipeline.

The total adds the checks, weighted by :class:`~icp_extract.settings.Settings`, to a
strategy's prior; how the weights were set is in docs/design.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from icp_extract.detect.common import Site
from icp_extract.detect.headers import map_header
from icp_extract.geometry import PageTable
from icp_extract.lang.sv.headers import FOLLOWS_PLAN_VALUES
from icp_extract.model import Word
from icp_extract.settings import Settings

#: Fields whose cells hold numbers.
NUMBER_FIELDS = ("risk_value", "probability", "consequence")
_NUMBER = re.compile(r"\d")
_FIRST_WORD = re.compile(r"[\w]+")


@dataclass(frozen=True)
class Score:
    strategy: str
    header: float
    coverage: float
    values: float | None  # None: the table has no value cell
    consistency: float | None  # None: no open table on the page before
    total: float

    def text(self) -> str:
        def show(v: float | None) -> str:
            return "-" if v is None else f"{v:.2f}"

        return (
            f"{self.strategy} {self.total:.2f} (header {show(self.header)}, coverage "
            f"{show(self.coverage)}, values {show(self.values)}, consistency "
            f"{show(self.consistency)})"
        )


def header_share(table: PageTable) -> float:
    """Share of the columns whose header is a known wording."""
    if not table.headers:
        return 0.0
    return sum(1 for h in table.headers if map_header(h)[1]) / len(table.headers)


def _region_words(table: PageTable, site: Site) -> list[Word]:
    """The page's words in the table's body: under the header, within the outer columns."""
    x0, x1 = table.columns[0][0], table.columns[-1][1]
    return [
        w
        for w in site.page.words
        if x0 <= w.xmid <= x1 and table.header_bottom < w.ymid <= table.bottom
    ]


def coverage_share(table: PageTable, site: Site) -> float:
    """Share of the body region's words that stand in a cell of some row."""
    region = _region_words(table, site)
    if not region:
        return 1.0
    placed = {id(w) for seg in table.rows for cell in seg.cells if cell for w in cell.words}
    return sum(1 for w in region if id(w) in placed) / len(region)


def _reads_as_value(field: str, text: str) -> bool:
    if field in NUMBER_FIELDS:
        return bool(_NUMBER.search(text))
    first = _FIRST_WORD.search(text.lower())
    return first is not None and first.group(0) in FOLLOWS_PLAN_VALUES


def _value_cells(table: PageTable) -> list[tuple[str, str]]:
    """(field, text) of every value cell that starts in its row, merged rows left out."""
    columns = [(c, f) for c, f in enumerate(table.fields) if f in (*NUMBER_FIELDS, "follows_plan")]
    return [
        (f, " ".join(w.text for w in cell.words))
        for seg in table.rows
        if not seg.merged
        for c, f in columns
        if (cell := seg.cells[c]) is not None and not seg.spanning[c] and cell.words
    ]


def value_share(table: PageTable) -> float | None:
    """Share of the value cells whose text reads as a value."""
    verdicts = [_reads_as_value(f, text) for f, text in _value_cells(table)]
    return sum(verdicts) / len(verdicts) if verdicts else None


def consistency(table: PageTable, site: Site, settings: Settings) -> float | None:
    """1 when the columns are the open table's (within ``same_column`` points), else 0."""
    prev = site.template
    if prev is None:
        return None
    if len(prev.columns) != len(table.columns):
        return 0.0
    near = all(
        abs(a - b) <= settings.same_column
        for (a0, a1), (b0, b1) in zip(prev.columns, table.columns, strict=True)
        for a, b in ((a0, b0), (a1, b1))
    )
    return 1.0 if near else 0.0


def score(strategy: str, table: PageTable, site: Site, settings: Settings) -> Score:
    """The candidate's checks and its total: the strategy's prior plus weighted checks."""
    s = settings
    header, cover = header_share(table), coverage_share(table, site)
    values, same = value_share(table), consistency(table, site, settings)
    priors = {"ruled": s.prior_ruled, "unruled": s.prior_unruled, "tags": s.prior_tags}
    total = (
        priors.get(strategy, 0.0)
        + s.weight_header * header
        + s.weight_coverage * cover
        + s.weight_values * (values if values is not None else 0.0)
        + s.weight_consistency * (same if same is not None else 0.0)
    )
    return Score(strategy, header, cover, values, same, total)
