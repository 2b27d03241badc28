"""scan3: the document blocks of this set beyond the shared kit (``../../../build/holdout_*``,
unchanged): a **risk matrix** (heat-map) drawn as a small table with a fill per cell, and the
expected records of a report whose **comments stand in a separate table below** the risk
table, keyed by the risk's number."""

from __future__ import annotations

from dataclasses import dataclass

import pdfplumber
from holdout_fodt import Writer
from holdout_kit import collapse, norm


@dataclass
class Matrix:
    """A risk matrix: ``rows`` top to bottom, each (row label, [cell text, ...]); ``fills``
    the same shape (colours); ``col_labels`` under the grid; ``corner`` the axis names."""

    rows: list
    fills: list
    col_labels: list
    row_title: str
    col_title: str
    label_width: float = 2.6
    cell_width: float = 1.6
    size: float = 8.5
    rule: str = "0.75pt solid #404040"


class S3Writer(Writer):
    def block(self, blk) -> str:
        if isinstance(blk, Matrix):
            return self.matrix(blk)
        return super().block(blk)

    def matrix(self, m: Matrix) -> str:
        n = len(m.col_labels)
        widths = [m.label_width] + [m.cell_width] * n
        row, xml = self.table_shell("Riskmatris", widths, margin_top=0.2)
        plain = self.cellstyle("none", None, valign="middle", pad=0.06, rules="none")
        lab = self.pstyle(m.size, "right", True)
        cen = self.pstyle(m.size, "center")
        cenb = self.pstyle(m.size, "center", True)
        for i, (label, cells) in enumerate(m.rows):
            tds = [self.cell(plain, lab, (m.row_title + " " if i == 0 else "") + label)]
            for text, fill in zip(cells, m.fills[i], strict=True):
                cs = self.cellstyle(m.rule, fill, valign="middle", pad=0.05)
                tds.append(self.cell(cs, cenb, text))
            xml.append(row + "".join(tds) + "</table:table-row>")
        tds = [self.cell(plain, lab, "")] + [self.cell(plain, cen, c) for c in m.col_labels]
        xml.append(row + "".join(tds) + "</table:table-row>")
        span = f' table:number-columns-spanned="{n}"'
        xml.append(row + self.cell(plain, lab, "") + self.cell(plain, cenb, m.col_title, span)
                   + "<table:covered-table-cell/>" * (n - 1) + "</table:table-row>")
        xml.append("</table:table>")
        # the table's auto styles were appended by table_shell / cellstyle / pstyle
        return "".join(xml)


def build_fodt(doc) -> str:
    return S3Writer(doc).render()


def text_pages(pdf_path, texts: dict) -> dict:
    """{key: sorted pages} of each text, found by its start and its end (40 characters each,
    normalised) in the pages' text; a text that is not found aborts the build."""
    with pdfplumber.open(pdf_path) as pdf:
        pages = [norm(p.extract_text() or "") for p in pdf.pages]
    out = {}
    for key, text in texts.items():
        t = norm(collapse(text))
        found = {i + 1 for i, p in enumerate(pages) for part in (t[:40], t[-40:]) if part in p}
        if not found:
            raise SystemExit(f"comment {key!r} not found in {pdf_path}")
        out[key] = sorted(found)
    return out
