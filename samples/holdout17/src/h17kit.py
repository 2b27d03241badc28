"""What the seventeenth holdout set adds to the shared kit (``../../build/holdout_kit.py``,
``holdout_model.py``, ``holdout_fodt.py``, ``holdout_ext.py``, all unchanged):

- ``EdgeTable``: a risk table whose cells carry **borders of their own per column**
  (``edges``: column key -> the sides drawn, "t", "b", "l", "r"; ``head_edges`` for the
  header row), as an author who removed some of Word's borders leaves them: lines between
  rows in some columns only, boxes round the value cells, no line between two columns, no
  outer left edge. Rows kept together; no spans, comment or labelled rows.
- ``Boxes``: a small ruled grid of boxes, each with a small label at its top left
  (``Justerandes signatur``, ``Utdragsbestyrkande``) and a minimum height; ``sides`` picks the
  borders drawn (all four: a box; "b": a signature line).
- ``H17Doc``: a ``Doc`` whose master pages have **furniture of their own** (``furniture``:
  master name -> (header blocks, footer blocks), "Standard" the first page's); a header or
  footer may hold ``Caption`` lines and ``Boxes`` (the signature boxes at the foot of every
  protocol page). ``footer`` stays the hint the kit's measuring uses for the footer zone.
- everything else is the shared kit's: the expected records (``holdout_ext``: ``columns`` the
  header row as printed, in capitals where printed so), the measuring (the kit's column
  words, header row found by its text on every page, cells matched in order per column).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import holdout_ext as ext
from holdout_ext import Caption  # noqa: F401  (this set's vocabulary)
from holdout_model import Doc, Table
from libreoffice import cm, default_styles, flat_odt

WORK = Path("/tmp/h17work")  # LibreOffice profile and temporary files


@dataclass
class EdgeTable(ext.ExtTable):
    edges: dict = field(default_factory=dict)  # column key -> sides drawn ("tblr")
    head_edges: dict = field(default_factory=dict)
    keep_rows: bool = True


@dataclass
class Boxes:
    """A small grid of ruled boxes (``rows`` of cell texts, a cell a string or a list of
    paragraphs, the first its label), each row at least ``height`` cm high."""

    widths: list  # cm
    rows: list
    height: float = 1.2
    rule: str = "0.5pt solid #000000"
    sides: str = "tblr"
    size: float = 7.0
    margin_top: float = 0.2


@dataclass
class H17Doc(Doc):
    furniture: dict = field(default_factory=dict)  # master -> (header blocks, footer blocks)


def borders(sides: str, rule: str) -> str:
    return " ".join(f'fo:border-{name}="{rule if s in sides else "none"}"'
                    for s, name in zip("tblr", ("top", "bottom", "left", "right"), strict=True))


class H17Writer(ext.ExtWriter):
    def edge_style(self, sides: str, rule: str, fill: str | None, pad: float) -> str:
        key = ("edges", sides, rule, fill, pad)
        if key not in self.cstyles:
            name = f"TC{len(self.cstyles)}"
            self.cstyles[key] = name
            bg = f' fo:background-color="{fill}"' if fill else ""
            self.auto.append(
                f'<style:style style:name="{name}" style:family="table-cell">'
                f'<style:table-cell-properties style:vertical-align="top" fo:padding="{cm(pad)}" '
                f"{borders(sides, rule)}{bg}/></style:style>")
        return self.cstyles[key]

    def table_part(self, t, name: str, rows: list) -> str:
        if not isinstance(t, EdgeTable):
            return super().table_part(t, name, rows)
        row, xml = self.table_shell(name, [c.width for c in t.cols], t.margin_top)
        row = self.row_style(row, "RK")
        font, size = t.font or self.doc.font, t.size or self.doc.cell_size
        hp = self.pstyle(t.head_size or size, t.header_align, True, font=font,
                         color=t.header_color)
        xml.append("<table:table-header-rows>" + row + "".join(
            self.cell(self.edge_style(t.head_edges.get(c.key, "tb"), t.rule, t.header_fill,
                                      t.pad), hp, c.header) for c in t.cols)
            + "</table:table-row></table:table-header-rows>")
        for r in rows:
            assert not ext.note_of(t, r) and "_span" not in r
            cells = []
            for c in t.cols:
                ps, ls = self.body_styles(t, c, size, font)
                cs = self.edge_style(t.edges.get(c.key, "tb"), t.rule, None, t.pad)
                cells.append(self.cell(cs, ps, r.get(c.key), "", ls))
            xml.append(row + "".join(cells) + "</table:table-row>")
        xml.append("</table:table>")
        return "".join(xml)

    def boxes(self, b: Boxes) -> str:
        row, xml = self.table_shell(f"Boxes{len(self.auto)}", b.widths, b.margin_top)
        row = self.row_style(row, "BX", b.height)
        cs = self.edge_style(b.sides, b.rule, None, 0.08)
        lp = self.pstyle(b.size, "left", font=self.doc.font)
        xml += [row + "".join(self.cell(cs, lp, text) for text in r) + "</table:table-row>"
                for r in b.rows]
        return "".join(xml) + "</table:table>"

    def block(self, blk) -> str:
        if isinstance(blk, Boxes):
            return self.boxes(blk)
        return super().block(blk)

    def master_furniture(self, master: str) -> str:
        head, foot = self.doc.furniture.get(master, ([], []))
        fields = ('<text:page-number text:select-page="current"/>', "<text:page-count/>")
        out = ""
        if head:
            out += "<style:header>" + "".join(self.block(b) for b in head) + "</style:header>"
        if foot:
            out += "<style:footer>" + "".join(self.block(b) for b in foot) + "</style:footer>"
        return out.replace("{page}", fields[0]).replace("{pages}", fields[1])

    def furniture_style(self) -> str:
        return ('<style:header-style><style:header-footer-properties fo:min-height="0cm" '
                'fo:margin-bottom="0.4cm"/></style:header-style>'
                '<style:footer-style><style:header-footer-properties fo:min-height="0cm" '
                'fo:margin-top="0.3cm"/></style:footer-style>')

    def render(self) -> str:
        """The kit's ``render`` with each master page's own header and footer."""
        d = self.doc
        if not isinstance(d, H17Doc) or not d.furniture:
            return super().render()
        body = [self.block(blk) for blk in d.blocks]
        body.append(self.para(self.pstyle(2, "left"), ""))
        layouts = [self.layout("PL0", d.page)]
        masters = [f'<style:master-page style:name="Standard" style:page-layout-name="PL0">'
                   f"{self.master_furniture('Standard')}</style:master-page>"]
        for i, (mname, pg) in enumerate(d.masters.items(), 1):
            layouts.append(self.layout(f"PL{i}", pg))
            masters.append(f'<style:master-page style:name="{escape(mname)}" '
                           f'style:page-layout-name="PL{i}">{self.master_furniture(mname)}'
                           "</style:master-page>")
        return flat_odt(d.title, default_styles(d.font, d.body_size),
                        "".join(layouts) + "".join(self.auto), "".join(masters), body)


def main(here: Path, doc_factories: list, description: str, argv=None) -> int:
    """The extension's ``main`` with this writer (LibreOffice's profile and the temporary
    files in ``WORK``)."""
    return ext.main(here, doc_factories, description, argv, about=__doc__, writer=H17Writer,
                    work=WORK)


__all__ = ["Boxes", "Caption", "EdgeTable", "H17Doc", "H17Writer", "Table", "main"]
