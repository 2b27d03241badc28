"""What the eighteenth holdout set adds to the shared kit (``../../build/holdout_kit.py``,
``holdout_model.py``, ``holdout_fodt.py``; comment rows, split tables and captions are in
``holdout_ext.py``):

- **unlabelled comment rows**: the extension's comment rows (``{COMMENT: text}``, one cell
  over all columns, shaded ``comment_fill``) with ``comment_label=""``: the row prints only
  its text, no "Kommentar:" (the writer drops the empty bold label run); its text is the
  ``comment`` of the risk row above (the extension's records and measuring, which find such a
  row as a run of whole lines spelling its text).
- ``BarChart``: a bar chart drawn as vector graphics (an SVG picture in an as-character frame
  of its own paragraph: gridlines, axis, bars, tick labels, value labels and category labels
  as text), with a caption above it; it gives no risk. Its bars are counted from the risk
  table's source rows (``bars_of``), so the chart agrees with the table.
- ``Toc``: a table of contents (entries "3. Risker och kontroller" with dotted leaders to a
  right tab and the page number); it gives no risk. The build checks that every entry's
  heading stands on the page the entry gives (``check_toc``).

``main`` is the extension's ``main`` with this writer (LibreOffice's profile and the
temporary files in ``WORK``).
"""

from __future__ import annotations

import base64
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import holdout_ext as ext
import holdout_kit as kit
import pdfplumber
from holdout_ext import COMMENT, Caption  # noqa: F401  (this set's vocabulary)
from holdout_model import BOLD, CM, Doc, P
from libreoffice import cm

WORK = Path("/tmp/h18work")  # LibreOffice profile and temporary files

H18Table = ext.ExtTable

DRAW_NS = ('xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
           'xmlns:xlink="http://www.w3.org/1999/xlink" ')


@dataclass
class BarChart:
    """A bar chart: ``bars`` [(category, value)], y axis 0..``ymax`` with a gridline every
    ``step``; ``caption`` printed above it (bold, small); ``break_before`` starts a page."""

    name: str
    caption: str
    bars: list
    ymax: int
    step: int = 1
    width: float = 12.0  # cm
    height: float = 5.0  # cm
    colour: str = "#4f81bd"
    font: str = "Liberation Sans"
    size: float = 8.0
    axis_title: str | None = None  # under the category labels
    break_before: bool = False


@dataclass
class Toc:
    """A table of contents: ``entries`` [(heading text, page, level)], dotted leaders to a
    right tab at ``tab`` cm."""

    entries: list
    tab: float
    heading: str = "Innehåll"
    size: float | None = None
    toc_pages: tuple = (1,)  # the pages the table of contents itself stands on
    after: list = field(default_factory=list)


def bars_of(rows: list, key: str, order: list) -> list:
    """[(category, number of risk rows whose ``key`` cell is that category)] in ``order``."""
    n = Counter(str(r[key]) for r in rows if key in r)
    return [(c, n[c]) for c in order]


def bar_svg(ch: BarChart) -> str:
    """The chart as an SVG picture, in points."""
    w, h = ch.width * CM, ch.height * CM
    left, right, top = 26.0, 8.0, 10.0
    bottom = 30.0 if ch.axis_title else 18.0
    y0, ph = h - bottom, h - bottom - top

    def f(v):
        return f"{v:.2f}"

    def text(x, y, s, anchor, bold=False):
        wt = ' font-weight="bold"' if bold else ""
        return (f'<text x="{f(x)}" y="{f(y)}" font-family="{ch.font}" font-size="{ch.size}"'
                f'{wt} text-anchor="{anchor}" fill="#000000">{escape(s)}</text>')

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{f(w)}pt" height="{f(h)}pt" '
           f'viewBox="0 0 {f(w)} {f(h)}">']
    for v in range(0, ch.ymax + 1, ch.step):
        y = y0 - ph * v / ch.ymax
        if v:
            out.append(f'<line x1="{f(left)}" y1="{f(y)}" x2="{f(w - right)}" y2="{f(y)}" '
                       'stroke="#bfbfbf" stroke-width="0.5"/>')
        out.append(text(left - 4, y + ch.size * 0.35, str(v), "end"))
    slot = (w - left - right) / len(ch.bars)
    for i, (cat, val) in enumerate(ch.bars):
        xc = left + slot * (i + 0.5)
        bw = slot * 0.5
        bh = ph * val / ch.ymax
        if val:
            out.append(f'<rect x="{f(xc - bw / 2)}" y="{f(y0 - bh)}" width="{f(bw)}" '
                       f'height="{f(bh)}" fill="{ch.colour}"/>')
        out.append(text(xc, y0 - bh - 3, str(val), "middle", bold=True))
        out.append(text(xc, y0 + ch.size + 3, cat, "middle"))
    out.append(f'<line x1="{f(left)}" y1="{f(y0)}" x2="{f(w - right)}" y2="{f(y0)}" '
               'stroke="#000000" stroke-width="0.75"/>')
    out.append(f'<line x1="{f(left)}" y1="{f(top - 4)}" x2="{f(left)}" y2="{f(y0)}" '
               'stroke="#000000" stroke-width="0.75"/>')
    if ch.axis_title:
        out.append(text(left + (w - left - right) / 2, h - 4, ch.axis_title, "middle"))
    out.append("</svg>")
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# writing


class H18Writer(ext.ExtWriter):
    def inline(self, text: str) -> str:
        empty = f"{BOLD}{BOLD} "  # the bold run of an empty comment label
        if text.startswith(empty):
            text = text[len(empty):]
        return super().inline(text)

    def block(self, blk) -> str:
        if isinstance(blk, BarChart):
            return self.chart(blk)
        if isinstance(blk, Toc):
            return self.toc(blk)
        return super().block(blk)

    def chart(self, ch: BarChart) -> str:
        cap = self.pstyle(self.doc.body_size - 1, "left", True, before=0.2, after=0.1,
                          keep_next=True, break_before=ch.break_before)
        fp = self.pstyle(self.doc.body_size, "left", after=0.15, keep_next=True)
        data = base64.b64encode(bar_svg(ch).encode("utf-8")).decode("ascii")
        frame = (f'<draw:frame draw:name="{escape(ch.name)}" text:anchor-type="as-char" '
                 f'svg:width="{cm(ch.width)}" svg:height="{cm(ch.height)}" draw:z-index="0">'
                 f"<draw:image><office:binary-data>{data}</office:binary-data></draw:image>"
                 "</draw:frame>")
        return self.para(cap, ch.caption) + f'<text:p text:style-name="{fp}">{frame}</text:p>'

    def toc(self, toc: Toc) -> str:
        size = toc.size or self.doc.body_size
        out = [self.para(self.named("H2"), toc.heading)]
        for text, page, level in toc.entries:
            base = self.pstyle(size, "left", level == 1, before=0.25 if level == 1 else 0.05,
                               after=0.05, indent=0.0)
            name = f"TOC{len(self.auto)}"
            ind = 0.0 if level == 1 else 0.8
            self.auto.append(
                f'<style:style style:name="{name}" style:family="paragraph" '
                f'style:parent-style-name="{base}"><style:paragraph-properties '
                f'fo:margin-left="{cm(ind)}"><style:tab-stops><style:tab-stop '
                f'style:position="{cm(toc.tab - ind)}" style:type="right" '
                'style:leader-style="dotted" style:leader-text="."/></style:tab-stops>'
                "</style:paragraph-properties></style:style>"
            )
            out.append(f'<text:p text:style-name="{name}">{escape(text)}<text:tab/>{page}'
                       "</text:p>")
        return "".join(out) + "".join(self.block(b) for b in toc.after)

    def render(self) -> str:
        return super().render().replace("xmlns:meta=", DRAW_NS + "xmlns:meta=", 1)


# ---------------------------------------------------------------------------------------------
# measuring


def check_toc(doc: Doc, pdf_path: Path) -> None:
    """Every entry of the document's table of contents names a heading (a ``P``) that stands
    first on the page the entry gives."""
    tocs = [b for b in doc.blocks if isinstance(b, Toc)]
    if not tocs:
        return
    heads = {b.text for b in doc.blocks if isinstance(b, P)}
    with pdfplumber.open(pdf_path) as pdf:
        lines = {}
        for pno, page in enumerate(pdf.pages, 1):
            if pno in tocs[0].toc_pages:
                continue
            lines[pno] = [kit.norm(ln) for ln in page.extract_text().splitlines()]
    for text, page, _level in tocs[0].entries:
        assert text in heads, (doc.name, text, "no such heading")
        found = [p for p, ls in lines.items() if kit.norm(text) in ls]
        assert found == [page], (doc.name, text, page, found)


def measure(doc: Doc, pdf_path: Path):
    """The extension's measuring, after the table-of-contents check."""
    check_toc(doc, pdf_path)
    return ext.measure(doc, pdf_path)


def main(here: Path, doc_factories: list, description: str, argv=None) -> int:
    """The extension's ``main`` with this writer and measuring."""
    return ext.main(here, doc_factories, description, argv, about=__doc__, writer=H18Writer,
                    measure_pdf=measure, work=WORK)
