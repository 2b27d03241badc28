"""What the tenth holdout set adds to the shared kit (``../../build/holdout_kit.py``,
``holdout_model.py``, ``holdout_fodt.py``; comment rows, per-cell fills, rows kept whole and
captions are in ``holdout_ext.py``):

- ``H10Table``: the extension's table (**comment rows** "Kommentar: text" joined to the risk
  above, **per-cell fills** for the traffic-light status cells, ``keep_rows``) whose status
  column's words "Genomförd", "Delvis genomförd", "Ej påbörjad" give Ja / Delvis / null
  (``STATUS``, README "Expected JSON").
- ``Matrix``: a risk-matrix heat map (a small table with coloured cells holding counts), which
  gives no risk; ``Caption``: a caption or source line ("Tabell 1. ...", "Källa: ...").

``main`` is the kit's ``main`` with this writer and the extension's records and measuring.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import holdout_ext as ext
from holdout_ext import COMMENT, FILL, Caption  # noqa: F401  (this set's vocabulary)

#: status words of a traffic-light column -> follows_plan (README "Expected JSON"). First
#: built with "ej påbörjad" -> "Nej"; the team settled after first contact that a progress
#: state says neither yes nor no (the deadline decides), so it is null.
STATUS = {"genomförd": "Ja", "delvis genomförd": "Delvis", "ej påbörjad": None,
          "ja": "Ja", "nej": "Nej", "delvis": "Delvis"}


@dataclass
class H10Table(ext.ExtTable):
    status_map: dict | None = field(default_factory=lambda: STATUS)


@dataclass
class Matrix:
    """A risk matrix: ``rows`` probability levels from high to low (label, [count or None per
    consequence level]), ``cols`` consequence labels; a cell is coloured by its score
    (probability x consequence): ``fills`` [(max score, colour), ...]."""

    name: str
    row_labels: list
    col_labels: list
    counts: list  # per row (high probability first): counts per consequence level
    fills: list
    side: str = "Sannolikhet"
    top: str = "Konsekvens"
    font: str | None = None
    size: float = 9.0
    label_width: float = 3.0
    cell_width: float = 2.2
    side_width: float = 0.9
    rule: str = "0.5pt solid #595959"
    row_height: float = 0.75

    def fill(self, score: int) -> str:
        return next(c for m, c in self.fills if score <= m)


class H10Writer(ext.ExtWriter):
    def block(self, blk) -> str:
        if isinstance(blk, Matrix):
            return self.matrix(blk)
        return super().block(blk)

    def matrix(self, m: Matrix) -> str:
        nk = len(m.col_labels)
        widths = [m.side_width, m.label_width] + [m.cell_width] * nk
        row, xml = self.table_shell(m.name, widths, 0.1)
        trow = self.row_style(row, "RH", m.row_height)
        font = m.font or self.doc.font
        plain = self.cellstyle(m.rule, None, "middle", pad=0.08)
        blank = self.cellstyle("none", None, "middle", pad=0.08, rules="none")
        lp = self.pstyle(m.size, "left", True, font=font)
        cp = self.pstyle(m.size, "center", True, font=font)
        sp = self.pstyle(m.size, "center", True, font=font, rotate=True)
        np_ = self.pstyle(m.size + 1, "center", True, font=font)
        # the first rows: the consequence heading over the level columns, then the levels
        xml.append(row + self.cell(blank, lp, "", ' table:number-columns-spanned="2"')
                   + "<table:covered-table-cell/>"
                   + self.cell(plain, cp, m.top, f' table:number-columns-spanned="{nk}"')
                   + "<table:covered-table-cell/>" * (nk - 1) + "</table:table-row>")
        xml.append(row + self.cell(blank, lp, "", ' table:number-columns-spanned="2"')
                   + "<table:covered-table-cell/>"
                   + "".join(self.cell(plain, cp, lab) for lab in m.col_labels)
                   + "</table:table-row>")
        ns = len(m.row_labels)
        for i, (lab, counts) in enumerate(zip(m.row_labels, m.counts, strict=True)):
            s = ns - i  # probability level, high first
            cells = []
            if i == 0:
                cells.append(self.cell(plain, sp, m.side, f' table:number-rows-spanned="{ns}"'))
            else:
                cells.append("<table:covered-table-cell/>")
            cells.append(self.cell(plain, lp, lab))
            for k, n in enumerate(counts, 1):
                fs = self.cellstyle(m.rule, m.fill(s * k), "middle", pad=0.08)
                cells.append(self.cell(fs, np_, "" if n is None else str(n)))
            xml.append(trow + "".join(cells) + "</table:table-row>")
        xml.append("</table:table>")
        return "".join(xml)


def main(here: Path, doc_factories: list, description: str, argv=None) -> int:
    """The kit's ``main`` with this writer and the extension's records and measuring."""
    return ext.main(here, doc_factories, description, argv, about=__doc__, writer=H10Writer)
