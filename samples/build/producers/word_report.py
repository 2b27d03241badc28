"""Word-report layouts for the tagged-Writer producer (``tagged_writer.py``, imported
unchanged): the one kit the word sets build with (``samples/pending/word*/build.py``). Folded
from the per-set copies word3/src/w3.py, word4/src/w4.py and word5/src/w5.py (each a copy of the
one before with a little added; what a later set added defaults to the earlier sets' look) and
word2/src/w2.py (its different first grid and blocks kept as ``SimpleGridWriter``, so that
word2 rebuilds the same):

- ``Grid``: a table written cell by cell (header rows, repeated or not; cells spanning rows
  or columns, also over a page break; per-cell fill, font, bold runs inside a cell,
  alignment, text turned 90°; group and total rows that belong to no risk). Every body row
  names the record (seq) it belongs to, or None (or, word9, the tuple of the seqs of the
  sub-risks a), b) it holds). A risk's ``pages`` are read from the PDF's structure tree: the
  pages of the marked content of the TR elements of its rows (rows are kept whole, so a row
  stands on one page; with ``keep_rows=False``, word9, a row may break across pages and is
  read by ``split_struct_rows``, which takes each marked-content reference on the page it
  names); a risk may own rows in two tables;
- ``Side``: a borderless layout table with blocks side by side (a heat map beside its legend);
- ``ReportDoc.heading_font``: title and headings in a font of their own;
- paragraph style ``Logo``: a small bold coloured line above the title, standing in for a
  logotype (the title then stands on the second line);
- ``Liberation Sans Narrow`` visible to LibreOffice besides the shared kit's fonts;
- ``C(bullets=True)`` (word10): the cell's paragraphs opening with "• " written as Word's
  bulleted list (``text:list``, tagged L / LI / LBody in the TD), not as typed bullets; body
  rows whose cells are all empty (a blank row left from a template, owner None) stand on no
  page and are passed over by the measuring and by ``check``.

The build checks, per body row of every grid, that the text of the TR's marked content equals
the row's source text (letters and digits compared, so typesetter's hyphens and line breaks
drop out): the expected records, written from the same source tuples, are thus checked
against what the PDF holds, without any extractor. ``render_fodt`` is pure (the same document
gives the same bytes), so the source stage is tested without LibreOffice
(``tests/test_sample_kit.py``).
"""

from __future__ import annotations

import hashlib
import importlib
import json
import re
import subprocess
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber
from build_samples import canonical_pdf
from holdout_model import BOLD, ITALIC, LINE_BREAK, Section
from libreoffice import cm, private_fontconfig
from pdfplumber.structure import PDFStructTree
from tagged_writer import WordDoc, WordWriter, check_toc, convert_tagged

FIELDS = ("process", "context", "label", "risk", "risk_value", "probability", "consequence",
          "controls", "handling", "follows_plan", "comment")
NARROW = "Liberation Sans Narrow"
BOXES = "☐☒"
DRAW_NS = 'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '


def rec(**kw) -> dict:
    """An expected risk record (without seq and pages) from keyword fields; ``extra`` a dict."""
    r = {f: None for f in FIELDS}
    r["extra"] = {}
    for k, v in kw.items():
        assert k in r, k
        r[k] = v
    return r


@dataclass
class C:
    """A cell: text (str or list of paragraphs), columns and rows spanned, look."""

    text: object = None
    cols: int = 1
    rows: int = 1
    align: str = "left"
    bold: bool = False
    fill: str | None = None
    color: str | None = None
    rotate: bool = False  # text turned 90° (reads bottom to top)
    valign: str | None = None
    size: float | None = None
    font: str | None = None  # a font of the cell's own (symbols set in DejaVu Sans)
    # word10: paragraphs opening with "• " are written as Word's bulleted list (``text:list``,
    # the bullet from the list style, tagged L / LI / Lbl / LBody), not as typed bullets
    bullets: bool = False


COV = "covered"  # a cell covered by a spanning cell


@dataclass
class Grid:
    name: str
    widths: list
    head: list  # header rows: each a list of C | str | COV
    # (owner seq or None, [C | str | COV ...]); the owner of a row holding sub-risks a), b)
    # is the tuple of their seqs (word9), each of them gets the row's pages
    rows: list
    rule: str = "0.5pt solid #000000"
    rules: str = "full"  # full | horizontal
    header_fill: str | None = None
    header_color: str | None = None
    header_valign: str = "top"
    head_rule: str | None = None  # a heavier rule under the header (horizontal rules)
    zebra: str | None = None  # fill of every second risk's rows (by owner)
    body_fill: str | None = None  # fill of the other body rows (Word's "Grid Table 5 Dark")
    text_color: str | None = None  # body text colour (Word's "Grid Table 6 Colorful")
    size: float = 9.0
    font: str | None = None
    pad: float = 0.19
    pad_v: float = 0.03
    # rows kept whole; False (word9): a row may break across pages, as Word allows by
    # default, and its risk's pages are then those of all its lines (``split_struct_rows``)
    keep_rows: bool = True
    repeat_header: bool = True
    margin_top: float = 0.1


@dataclass
class Side:
    """Blocks side by side in a borderless layout table: ``cells`` a list of block lists."""

    name: str
    widths: list
    cells: list
    valign: str = "top"


@dataclass
class SimpleGrid:
    """word2's grid: one header row of cells (a cell spanning columns covers the next ones
    by itself), body cells without a look of their own, cell padding 0.05 cm top and bottom.
    Kept beside ``Grid`` so that word2 rebuilds the same."""

    name: str
    widths: list
    head: list  # header cells (C or str)
    rows: list  # (owner seq or None, [C | COV ...])
    rule: str = "0.5pt solid #000000"
    header_fill: str | None = None
    header_color: str | None = None
    zebra: str | None = None  # fill of every second risk's rows (by owner)
    size: float = 9.0
    font: str | None = None
    pad: float = 0.19
    keep_rows: bool = True


@dataclass
class Cover:
    lines: list  # (text, size, bold)
    fill: str = "#1F4E79"
    color: str = "#FFFFFF"
    logo: str = ""
    logo_fill: str = "#FFFFFF"
    logo_color: str = "#1F4E79"
    height: float = 22.0  # cm, minimum height of the coloured block
    width: float = 16.0


@dataclass
class Bullets:
    items: list


@dataclass
class TextBox:
    text: str
    size: float = 22.0
    fill: str = "#FBE4D5"
    border: str = "1pt solid #C55A11"
    color: str = "#000000"
    width: float = 17.0
    bold: bool = True


@dataclass
class ReportDoc(WordDoc):
    columns: list = field(default_factory=list)  # [{"header":..., "field":...}]
    records: list = field(default_factory=list)  # expected records, document order
    grids: tuple = ()  # names of the Grid blocks whose rows belong to risks
    heading_font: str | None = None  # title and headings in a font of their own
    logo_color: str = "#1F4E79"  # the colour of the "Logo" line


def source_text(value) -> str:
    if value is None or value == COV:
        return ""
    if isinstance(value, C):
        value = value.text
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        value = " ".join(value)
    return str(value).replace(BOLD, "").replace(ITALIC, "").replace(LINE_BREAK, " ")


def norm(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


class ReportWriter(WordWriter):
    def __init__(self, doc):
        super().__init__(doc)
        self.owners: dict[str, list] = {}
        self.row_text: dict[str, list] = {}
        self.keeps: dict[str, bool] = {}  # grid name -> rows kept whole (Grid.keep_rows)
        self.heads: dict[str, int] = {}  # grid name -> header rows (word10)
        self.table_names: list[str] = []
        self._font = None  # the font of the paragraph styles being made (headings)

    def wstyle(self, *args, font=None, **kw) -> str:
        return super().wstyle(*args, font=font or self._font, **kw)

    def named(self, style: str, master: str | None = None, bb: bool = False) -> str:
        if style == "Logo":
            return self.wstyle(self.doc.body_size - 1, bold=True, after=0.05,
                               color=self.doc.logo_color, master=master, break_before=bb,
                               keep_next=True)
        if style in ("Title", "Subtitle", "H1", "H2", "H3") and self.doc.heading_font:
            self._font = self.doc.heading_font
            try:
                return super().named(style, master, bb)
            finally:
                self._font = None
        return super().named(style, master, bb)

    def gcell(self, g: Grid, c, base_cs: tuple, header=False) -> str:
        if c == COV:
            return "<table:covered-table-cell/>"
        c = c if isinstance(c, C) else C(c)
        rule, fill, valign, rules, bottom = base_cs
        cs = self.cellstyle(rule, c.fill or fill, c.valign or valign, pad=g.pad, rules=rules,
                            bottom=bottom, pad_v=g.pad_v)
        font = c.font or g.font or self.doc.font
        size = c.size or g.size
        color = c.color or (g.header_color if header else g.text_color)
        ps = self.pstyle(size, "left" if c.rotate else c.align, c.bold or header, font=font,
                         color=color, rotate=c.rotate)
        ls = self.pstyle(size, "left", c.bold, font=font, indent=0.3, color=color)
        span = ""
        if c.cols > 1:
            span += f' table:number-columns-spanned="{c.cols}"'
        if c.rows > 1:
            span += f' table:number-rows-spanned="{c.rows}"'
        if c.bullets:
            return self.list_cell(cs, ps, c.text, span)
        return self.cell(cs, ps, c.text, span, ls)

    def list_style(self) -> str:
        """Word's bulleted list as a list style ("•", text 0.4 cm in, hanging), made once."""
        key = ("list", "bullet")
        if key not in self.pstyles:
            name = f"WL{len(self.pstyles)}"
            self.pstyles[key] = name
            self.auto.append(
                f'<text:list-style style:name="{name}"><text:list-level-style-bullet '
                'text:level="1" text:bullet-char="•"><style:list-level-properties '
                'text:list-level-position-and-space-mode="label-alignment">'
                '<style:list-level-label-alignment text:label-followed-by="listtab" '
                'text:list-tab-stop-position="0.4cm" fo:text-indent="-0.4cm" '
                'fo:margin-left="0.4cm"/></style:list-level-properties>'
                "</text:list-level-style-bullet></text:list-style>")
        return self.pstyles[key]

    def list_cell(self, cstyle, pstyle, value, extra="") -> str:
        """A cell whose paragraphs opening with "• " are items of a bulleted list (runs of
        them one ``text:list`` each); the other paragraphs as in ``cell``."""
        value = [value] if isinstance(value, str) else list(value or [])
        out, items = [], []

        def flush():
            if items:
                out.append(f'<text:list text:style-name="{self.list_style()}">' + "".join(
                    f"<text:list-item>{self.para(pstyle, i)}</text:list-item>" for i in items)
                    + "</text:list>")
                items.clear()

        for p in value:
            if p.startswith("• "):
                items.append(p[2:])
            else:
                flush()
                out.append(self.para(pstyle, p))
        flush()
        return (f'<table:table-cell table:style-name="{cstyle}" office:value-type="string"'
                f'{extra}>{"".join(out) or "<text:p/>"}</table:table-cell>')

    def grid(self, g: Grid) -> str:
        row, xml = self.table_shell(g.name, g.widths, g.margin_top, g.keep_rows)
        self.table_names.append(g.name)
        hbase = (g.rule, g.header_fill, g.header_valign, g.rules, g.head_rule)
        head = "".join(row + "".join(self.gcell(g, c, hbase, True) for c in hr)
                       + "</table:table-row>" for hr in g.head)
        if g.repeat_header:
            head = "<table:table-header-rows>" + head + "</table:table-header-rows>"
        xml.append(head)
        owners, texts, seen = [], [], []
        for owner, cells in g.rows:
            owners.append(owner)
            texts.append(" ".join(source_text(c) for c in cells))
            if owner is not None and owner not in seen:
                seen.append(owner)
            band = g.zebra and owner is not None and len(seen) % 2 == 0
            base = (g.rule, g.zebra if band else g.body_fill, "top", g.rules, None)
            xml.append(row + "".join(self.gcell(g, c, base) for c in cells)
                       + "</table:table-row>")
        xml.append("</table:table>")
        self.owners[g.name] = owners
        self.row_text[g.name] = texts
        self.keeps[g.name] = g.keep_rows
        self.heads[g.name] = len(g.head)
        return "".join(xml)

    def side(self, s: Side) -> str:
        row, xml = self.table_shell(s.name, s.widths, 0.1, True)
        self.table_names.append(s.name)
        cs = self.cellstyle("none", None, s.valign, pad=0.1, rules="none")
        out = []
        for blocks in s.cells:
            inner = "".join(self.block(b) for b in blocks) or "<text:p/>"
            out.append(f'<table:table-cell table:style-name="{cs}" office:value-type="string">'
                       f"{inner}</table:table-cell>")
        xml.append(row + "".join(out) + "</table:table-row></table:table>")
        return "".join(xml)

    def small_table(self, t):
        self.table_names.append(t.name)
        return super().small_table(t)

    def factbox(self, f):
        self.table_names.append("Nyckeltal")
        return super().factbox(f)

    def block(self, blk) -> str:
        if isinstance(blk, Grid):
            return self.grid(blk)
        if isinstance(blk, Side):
            return self.side(blk)
        return super().block(blk)

    def render(self) -> str:
        xml = super().render()
        narrow = (f'<style:font-face style:name="{NARROW}" svg:font-family="&apos;{NARROW}&apos;" '
                  'style:font-family-generic="swiss" style:font-pitch="variable"/>')
        return xml.replace("</office:font-face-decls>", narrow + "</office:font-face-decls>", 1)


class SimpleGridWriter(ReportWriter):
    """word2's writer: ``SimpleGrid`` tables, a coloured ``Cover``, ``Bullets``, a ``TextBox``
    (the draw namespace declared in every document), check boxes (☐ / ☒) set in DejaVu Sans,
    any blocks in newspaper columns (``Section``), and no Liberation Sans Narrow declared.
    Its rows' text is not checked against the PDF (word2 was built without that check; its
    footnotes in cells print their text elsewhere)."""

    check_text = False

    def inline(self, text: str) -> str:
        out = super().inline(text)
        if any(b in out for b in BOXES):
            ts = self.text_style("box", 'style:font-name="DejaVu Sans" '
                                 'fo:font-family="DejaVu Sans"')
            out = re.sub(f"([{BOXES}])", rf'<text:span text:style-name="{ts}">\1</text:span>',
                         out)
        return out

    def simple_grid(self, g: SimpleGrid) -> str:
        font = g.font or self.doc.font
        row, xml = self.table_shell(g.name, g.widths, 0.1, g.keep_rows)
        self.table_names.append(g.name)
        hs = self.cellstyle(g.rule, g.header_fill, pad=g.pad, pad_v=0.05)
        hp = self.pstyle(g.size, "left", True, font=font, color=g.header_color)
        head = []
        for h in g.head:
            h = h if isinstance(h, C) else C(h)
            span = f' table:number-columns-spanned="{h.cols}"' if h.cols > 1 else ""
            head.append(self.cell(hs, hp, h.text, span))
            head.extend(["<table:covered-table-cell/>"] * (h.cols - 1))
        xml.append("<table:table-header-rows>" + row + "".join(head)
                   + "</table:table-row></table:table-header-rows>")
        owners, texts, seen = [], [], []
        for owner, cells in g.rows:
            owners.append(owner)
            texts.append(" ".join(source_text(c) for c in cells))
            if owner not in seen:
                seen.append(owner)
            band = g.zebra and owner is not None and len(seen) % 2 == 0
            cs = self.cellstyle(g.rule, g.zebra if band else None, pad=g.pad, pad_v=0.05)
            out = []
            for c in cells:
                if c == COV:
                    out.append("<table:covered-table-cell/>")
                    continue
                span = ""
                if c.cols > 1:
                    span += f' table:number-columns-spanned="{c.cols}"'
                if c.rows > 1:
                    span += f' table:number-rows-spanned="{c.rows}"'
                ps = self.pstyle(g.size, c.align, c.bold, font=font)
                ls = self.pstyle(g.size, "left", font=font, indent=0.3)
                out.append(self.cell(cs, ps, c.text, span, ls))
            xml.append(row + "".join(out) + "</table:table-row>")
        xml.append("</table:table>")
        self.owners[g.name] = owners
        self.row_text[g.name] = texts
        return "".join(xml)

    def cover(self, c: Cover) -> str:
        row, xml = self.table_shell("Omslag", [c.width], 0.0)
        self.table_names.append("Omslag")
        cs = self.cellstyle("none", c.fill, pad=1.0)
        tname = [a for a in self.auto if 'style:family="table-row"' in a][-1]
        rname = re.search(r'style:name="([^"]+)"', tname).group(1)
        self.auto.append(f'<style:style style:name="{rname}H" style:family="table-row">'
                         f'<style:table-row-properties style:min-row-height="{cm(c.height)}"/>'
                         "</style:style>")
        paras = []
        if c.logo:
            ls = self.wstyle(14, bold=True, color=c.logo_color, after=2.5, lh="100%")
            # the logo block: a paragraph with its own fill and border
            key = ("logo", ls)
            if key not in self.pstyles:
                name = f"W{len(self.pstyles)}"
                self.pstyles[key] = name
                src = next(a for a in self.auto if f'style:name="{ls}"' in a)
                self.auto.append(src.replace(f'style:name="{ls}"', f'style:name="{name}"').replace(
                    "<style:paragraph-properties ",
                    f'<style:paragraph-properties fo:background-color="{c.logo_fill}" '
                    'fo:padding="0.25cm" fo:border="1.5pt solid #FFFFFF" '
                    'fo:margin-right="9cm" ', 1))
            paras.append(self.para(self.pstyles[key], c.logo))
        for text, size, bold in c.lines:
            st = self.wstyle(size, bold=bold, color=c.color, after=0.35, lh="100%")
            paras.append(self.para(st, text))
        xml.append(f'<table:table-row table:style-name="{rname}H">'
                   f'<table:table-cell table:style-name="{cs}" office:value-type="string">'
                   + "".join(paras) + "</table:table-cell></table:table-row></table:table>")
        return "".join(xml)

    def bullets(self, b: Bullets) -> str:
        st = self.indented(self.wstyle(self.doc.body_size, after=0.1), 0.63)
        key = ("hang", st)
        if key not in self.pstyles:
            name = f"W{len(self.pstyles)}"
            self.pstyles[key] = name
            src = next(a for a in self.auto if f'style:name="{st}"' in a)
            self.auto.append(src.replace(f'style:name="{st}"', f'style:name="{name}"').replace(
                "<style:paragraph-properties ",
                '<style:paragraph-properties fo:text-indent="-0.63cm" ', 1).replace(
                "</style:paragraph-properties>",
                '<style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops>'
                "</style:paragraph-properties>").replace(
                "/></style:style>", "/></style:style>", 1))
        name = self.pstyles[key]
        return "".join(f'<text:p text:style-name="{name}">•<text:tab/>{self.inline(i)}</text:p>'
                       for i in b.items)

    def textbox(self, t: TextBox) -> str:
        gname = f"fr{len(self.auto)}"
        self.auto.append(
            f'<style:style style:name="{gname}" style:family="graphic"><style:graphic-properties '
            'style:wrap="none" style:vertical-pos="top" style:vertical-rel="paragraph" '
            'style:horizontal-pos="center" style:horizontal-rel="paragraph" '
            f'fo:background-color="{t.fill}" fo:border="{t.border}" fo:padding="0.3cm" '
            'fo:margin-bottom="0.4cm"/></style:style>')
        inner = self.wstyle(t.size, bold=t.bold, color=t.color, after=0.0, lh="100%")
        anchor = self.wstyle(self.doc.body_size, after=0.2)
        return (f'<text:p text:style-name="{anchor}"><draw:frame draw:style-name="{gname}" '
                f'draw:name="Titel" text:anchor-type="paragraph" svg:width="{cm(t.width)}">'
                f'<draw:text-box fo:min-height="1cm"><text:p text:style-name="{inner}">'
                f"{self.inline(t.text)}</text:p></draw:text-box></draw:frame></text:p>")

    def section(self, s: Section) -> str:
        name = f"Sect{len(self.auto)}"
        self.auto.append(
            f'<style:style style:name="{name}" style:family="section">'
            f'<style:section-properties text:dont-balance-text-columns="false">'
            f'<style:columns fo:column-count="{s.columns}" fo:column-gap="{cm(s.gap)}"/>'
            "</style:section-properties></style:style>")
        inner = "".join(self.block(b) for b in s.blocks)
        return (f'<text:section text:style-name="{name}" text:name="{name}">{inner}'
                "</text:section>")

    def block(self, blk) -> str:
        if isinstance(blk, SimpleGrid):
            return self.simple_grid(blk)
        if isinstance(blk, Cover):
            return self.cover(blk)
        if isinstance(blk, Bullets):
            return self.bullets(blk)
        if isinstance(blk, TextBox):
            return self.textbox(blk)
        if isinstance(blk, Section):
            return self.section(blk)
        return super().block(blk)

    def render(self) -> str:
        xml = WordWriter.render(self)
        return xml.replace("xmlns:office=", DRAW_NS + "xmlns:office=", 1)


# ---------------------------------------------------------------------------------------------
# measuring


def struct_rows(pdf_path: Path) -> list[list[tuple[set, str]]]:
    """Per Table element of the structure tree, in document order (an outer table before the
    tables nested in it): per TR its pages and the text of its marked content."""
    with pdfplumber.open(pdf_path) as pdf:
        chars = defaultdict(list)  # (page, mcid) -> text
        for pno, page in enumerate(pdf.pages, 1):
            for ch in page.chars:
                if ch.get("mcid") is not None:
                    chars[(pno, ch["mcid"])].append(ch["text"])
        tables = []

        def content(el):
            pages, text = set(), []
            if el.page_number is not None and el.mcids:
                pages.add(el.page_number)
                for m in el.mcids:
                    text.append("".join(chars[(el.page_number, m)]))
            for ch in el.children:
                if ch.type == "Table":
                    continue  # a nested table is a table of its own
                p, t = content(ch)
                pages |= p
                text.append(t)
            return pages, " ".join(text)

        def trs(el):
            for ch in el.children:
                if ch.type == "TR":
                    yield ch
                elif ch.type in ("THead", "TBody", "TFoot"):
                    yield from trs(ch)

        def walk(el):
            if el.type == "Table":
                tables.append([content(tr) for tr in trs(el)])
            for ch in el.children:
                walk(ch)

        for el in PDFStructTree(pdf):
            walk(el)
    return tables


class _Tag:
    """An element of the structure tree: its type and its items in order, each a marked
    content ``(page, mcid)`` or a ``_Tag``."""

    __slots__ = ("type", "items")

    def __init__(self, type_: str):
        self.type, self.items = type_, []


def tag_tree(pdf) -> list:
    """The structure tree of an open PDF as ``_Tag`` elements (the root's children), every
    marked-content reference read on the page it names. pdfplumber's ``PDFStructTree`` files
    every MCID of an element under the element's own page, which is right as long as the
    element stands on one page; a table row split over a page break (``Grid(keep_rows=
    False)``) has paragraphs whose later lines are references to the next page (Writer
    re-enters the element there), so they need this reading."""
    from pdfminer.pdftypes import PDFObjRef, resolve1

    pageno = {p.page_obj.pageid: i for i, p in enumerate(pdf.pages, 1)}
    root = resolve1(pdf.doc.catalog["StructTreeRoot"])
    rolemap = {k: getattr(resolve1(v), "name", str(v))
               for k, v in (resolve1(root.get("RoleMap")) or {}).items()}

    def page_of(obj, page):
        ref = obj.get("Pg")
        return pageno.get(ref.objid, page) if isinstance(ref, PDFObjRef) else page

    def kids(k):
        k = resolve1(k)
        return k if isinstance(k, list) else [] if k is None else [k]

    def element(obj, page):
        name = getattr(resolve1(obj.get("S")), "name", "")
        tag = _Tag(rolemap.get(name, name))
        page = page_of(obj, page)
        for k in kids(obj.get("K")):
            k = resolve1(k)
            if isinstance(k, int):
                tag.items.append((page, k))
            elif isinstance(k, dict) and "MCID" in k:
                tag.items.append((page_of(k, page), resolve1(k["MCID"])))
            elif isinstance(k, dict) and "Obj" not in k:  # an element (an OBJR is no text)
                tag.items.append(element(k, page))
        return tag

    return [element(resolve1(k), None) for k in kids(root.get("K"))
            if isinstance(resolve1(k), dict)]


def tag_tables(pdf, nested: bool = True) -> list:
    """Per Table element of an open PDF's structure tree (``tag_tree``), in document order
    (an outer table before the tables nested in it): per TR its TH / TD cells, each
    ``(tag, pages, text)``, the text of the cell's marked content in tree order; ``nested``
    False leaves a table nested in a cell out of the cell's pages and text."""
    chars = defaultdict(list)
    for pno, page in enumerate(pdf.pages, 1):
        for ch in page.chars:
            if ch.get("mcid") is not None:
                chars[(pno, ch["mcid"])].append(ch["text"])

    def content(el):
        pages, text = set(), []
        for it in el.items:
            if isinstance(it, _Tag):
                if it.type == "Table" and not nested:
                    continue
                p, t = content(it)
                pages |= p
                text.append(t)
            elif it[0] is not None:
                pages.add(it[0])
                text.append("".join(chars[it]))
        return pages, " ".join(text)

    def trs(el):
        for it in el.items:
            if isinstance(it, _Tag) and it.type == "TR":
                yield it
            elif isinstance(it, _Tag) and it.type in ("THead", "TBody", "TFoot"):
                yield from trs(it)

    tables = []

    def walk(el):
        if el.type == "Table":
            tables.append([[(c.type, *content(c)) for c in tr.items
                            if isinstance(c, _Tag) and c.type in ("TH", "TD")]
                           for tr in trs(el)])
        for it in el.items:
            if isinstance(it, _Tag):
                walk(it)

    for el in tag_tree(pdf):
        walk(el)
    return tables


def split_struct_rows(pdf_path: Path) -> list[list[tuple[set, str]]]:
    """``struct_rows`` read with ``tag_tables``: right also for rows split over a page break
    (a row's pages are then the pages of all its lines). Used for documents with a grid whose
    rows may split; the other documents are measured by ``struct_rows`` as before."""
    with pdfplumber.open(pdf_path) as pdf:
        return [[(set().union(*(c[1] for c in tr)) if tr else set(),
                  " ".join(c[2] for c in tr)) for tr in table]
                for table in tag_tables(pdf, nested=False)]


def line_end_hyphens(pdf_path: Path) -> int:
    txt = subprocess.run(["pdftotext", "-layout", str(pdf_path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return len(re.findall(r"[a-zåäö]-(?:\s{2,}|\n)", txt))


def narrow_fontconfig(tmp: Path) -> Path:
    """The shared kit's private fontconfig plus Liberation Sans Narrow."""
    conf = private_fontconfig(tmp)
    for sty in ("Regular", "Bold", "Italic", "Bold Italic"):
        res = subprocess.run(["fc-match", "-f", "%{family}\t%{file}", f"{NARROW}:style={sty}"],
                             capture_output=True, text=True, check=True)
        family, file = res.stdout.split("\t")
        if NARROW not in family.split(","):
            raise SystemExit(f"font {NARROW} {sty} is not installed (fc-match gave {family})")
        link = tmp / "fonts" / Path(file).name
        if not link.exists():
            link.symlink_to(file)
    return conf


def render_fodt(doc: ReportDoc, writer=ReportWriter):
    """The document as flat ODT text, and the writer (its tables' names, rows' owners and
    source texts). Pure: no LibreOffice, the same document gives the same bytes."""
    w = writer(doc)
    return w.render(), w


def grid_pages(doc: ReportDoc, w, stables: list) -> dict[int, set]:
    """Record seq -> pages, from the structure tree's tables (``struct_rows``): the pages of
    the TR elements of each grid's body rows, every row's marked text checked against its
    source text."""
    if len(stables) != len(w.table_names):
        raise SystemExit(f"{doc.name}: {len(stables)} Table elements, wrote {w.table_names}")
    pages: dict[int, set] = {}
    for gname in doc.grids:
        trs = stables[w.table_names.index(gname)]
        owners, texts = w.owners[gname], w.row_text[gname]
        nhead = len(trs) - len(owners)
        blank = [i for i, (o, t) in enumerate(zip(owners, texts, strict=True))
                 if o is None and not norm(t)]
        if blank and nhead < w.heads.get(gname, 1):
            # word10: a row whose cells are all empty (a blank row left from a template) is
            # a TR of empty TDs, which pdfplumber's PDFStructTree leaves out (it has no marked
            # content); such a row owns no risk and stands on no page
            owners = [o for i, o in enumerate(owners) if i not in blank]
            texts = [t for i, t in enumerate(texts) if i not in blank]
            nhead = len(trs) - len(owners)
        if nhead < 1:
            raise SystemExit(f"{doc.name}/{gname}: {len(trs)} TR for {len(owners)} body rows")
        for i, (owner, (pg, got), want) in enumerate(zip(owners, trs[nhead:], texts,
                                                          strict=True)):
            if getattr(w, "check_text", True) and norm(got) != norm(want):
                raise SystemExit(f"{doc.name}/{gname} row {i + 1}: PDF has {got[:80]!r}, "
                                 f"source {want[:80]!r}")
            if len(pg) != 1 and w.keeps.get(gname, True):  # a kept row stands on one page
                raise SystemExit(f"{doc.name}/{gname} row {i + 1} on pages {pg}")
            if not pg:
                raise SystemExit(f"{doc.name}/{gname} row {i + 1} on no page")
            # a row holding sub-risks a), b) names all their records (a tuple of seqs)
            for seq in owner if isinstance(owner, tuple) else () if owner is None else (owner,):
                pages.setdefault(seq, set()).update(pg)
    return pages


def expected_json(doc: ReportDoc, pdf_name: str, sha256: str, npages: int,
                  pages: dict[int, set]) -> dict:
    """The expected output: the document's records and metadata as written in its source,
    with only the hash, the page count and each risk's pages measured."""
    risks = []
    for i, r in enumerate(doc.records, 1):
        risks.append({"seq": i, **r, "pages": sorted(pages[i])})
    if set(pages) != set(range(1, len(risks) + 1)):
        raise SystemExit(f"{doc.name}: rows name records {sorted(pages)}, {len(risks)} written")
    return {
        "schema_version": "1",
        "source": {"file": pdf_name, "sha256": sha256, "pages": npages},
        "report": {"organ": doc.organ, "year": doc.year, "period": doc.period,
                   "title": re.sub(r"\s+", " ", doc.title).strip(),
                   "risks_inventoried": doc.risks_inventoried,
                   "risks_critical": doc.risks_critical},
        "columns": doc.columns,
        "risks": risks,
        "warnings": [],
    }


def build(doc: ReportDoc, here: Path, tmp: Path, fontconf: Path, profile: str,
          writer=ReportWriter) -> dict:
    srcdir = here / "src" / "fodt"
    srcdir.mkdir(exist_ok=True)
    xml, w = render_fodt(doc, writer)
    fodt = srcdir / f"{doc.name}.fodt"
    fodt.write_text(xml, encoding="utf-8")
    pdf = convert_tagged(fodt, tmp, fontconf, profile)
    final = here / f"{doc.name}.pdf"
    final.write_bytes(canonical_pdf(pdf.read_bytes()))
    pdf.unlink()
    check_toc(doc, final)
    split = not all(w.keeps.get(g, True) for g in doc.grids)  # rows that may split
    pages = grid_pages(doc, w, split_struct_rows(final) if split else struct_rows(final))
    with pdfplumber.open(final) as p:
        npages = len(p.pages)
    data = expected_json(doc, final.name, hashlib.sha256(final.read_bytes()).hexdigest(),
                         npages, pages)
    (here / f"{doc.name}.expected.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    risks = data["risks"]
    return {"pages": npages, "risks": len(risks), "risk_pages": [r["pages"] for r in risks],
            "hyphens": line_end_hyphens(final)}


def main(here: Path, factories: list, argv: list, writer=ReportWriter,
         fontconfig=narrow_fontconfig) -> int:
    """Build the set in ``here`` (its documents' factories in build order), or the documents
    named in ``argv``. LibreOffice runs with a profile of this run's own (in its temporary
    folder), so builders running at the same time do not share one."""
    names = [a for a in argv if not a.startswith("-")]
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix=f"icp-{here.name}-") as tmpdir:
        tmp = Path(tmpdir)
        profile = (tmp / "lo-profile").as_uri()
        fontconf = fontconfig(tmp)
        for f in factories:
            doc = f()
            if names and doc.name not in names:
                continue
            info = build(doc, here, tmp, fontconf, profile, writer)
            print(f"{doc.name}: {info['pages']} pages, {info['risks']} risks, pages "
                  f"{info['risk_pages']}, ~{info['hyphens']} line-end hyphens (pdftotext)")
    print(f"built in {time.monotonic() - start:.1f} s")
    return 0


def factories(modules: list) -> list:
    """The document factories of a set: (module in its src/, function) pairs, in build order;
    a module not written yet is passed over."""
    out = []
    for mod, name in modules:
        try:
            out.append(getattr(importlib.import_module(mod), name))
        except ModuleNotFoundError as e:
            if e.name != mod:
                raise
    return out


# ---------------------------------------------------------------------------------------------
# checking a built set without the extractor (word6, word7: ``check.py``)

#: the follow-up answer as printed (letters and digits, lower case) -> follows_plan: answers,
#: status words ("Pågående", "Ej påbörjad" say neither) and a control cancelled during the
#: year ("Utgår" says neither, word7)
ANSWERS = {"ja": "Ja", "nej": "Nej", "delvis": "Delvis", "klar": "Ja", "pågående": None,
           "ejpåbörjad": None, "utgår": None, "": None}


def struct_cells(pdf) -> list:
    """Per Table element of an open PDF's structure tree: per TR the (tag, text) of its TH /
    TD children (the text of a cell's whole subtree: what a reader of the cell gets), read
    with ``tag_tables`` (a cell split over a page break has its text on both pages)."""
    return [[[(tag, text) for tag, _pages, text in tr] for tr in table]
            for table in tag_tables(pdf)]


#: a sub-risk label opening a part of a cell's text ("a) Risk att ...", "b) Stickprov ...")
SUB_LABEL = re.compile(r"(?:^|\s)([a-h])\)(?=\s)")


def labelled_parts(text: str):
    """A cell's text split by its sub-risk labels: (the text before the first label,
    {label: text}), or None when it holds no label."""
    parts = SUB_LABEL.split(text)
    if len(parts) < 3:
        return None
    return parts[0], dict(zip(parts[1::2], parts[2::2], strict=True))


def check(path: Path, answers: dict = ANSWERS) -> int:
    """Compare one expected JSON cell by cell with its built PDF, without any extractor: the
    text of every TD of the risk table (the table whose header row is the ``columns``) against
    the field its column maps to (``extra`` for a column without a field; the follows-plan
    word through ``answers``); a row of one cell across the table is a process row and must
    equal the ``process`` of the records under it; organ and title must stand in the PDF
    text. Prints the mismatches; returns their number."""
    exp = json.loads(path.read_text(encoding="utf-8"))
    cols = exp["columns"]
    with pdfplumber.open(path.with_name(exp["source"]["file"])) as pdf:
        tables = struct_cells(pdf)
        alltext = norm(" ".join(p.extract_text() or "" for p in pdf.pages))
    heads = [norm(c["header"]) for c in cols]
    table = next(t for t in tables if t and [norm(x[1]) for x in t[0]] == heads)
    # the first row is the header (matched above): TH cells when it is a repeated header
    # row, TD cells when it is not (word10: a header row not set to repeat)
    body = [r for r in table[1:] if not all(tag == "TH" for tag, _ in r)]
    records, bad, proc = iter(exp["risks"]), 0, None

    def miss(msg):
        nonlocal bad
        print(f"  {path.name}: {msg}")
        bad += 1

    for row in body:
        if len(row) == 1 and len(cols) > 1:  # a process row across the table
            proc = row[0][1]
            continue
        if not any(norm(text or "") for _tag, text in row):  # a blank row (word10): no risk
            continue
        group = [next(records)]
        row = row + [("TD", "")] * (len(cols) - len(row))  # Writer tags no empty last cells
        risk_i = next((i for i, c in enumerate(cols) if c["field"] == "risk"), None)
        parts = labelled_parts(row[risk_i][1] or "") if risk_i is not None else None
        if group[0]["label"] and parts:  # sub-risks a), b) ... in one row: a record each
            group += [next(records) for _ in range(len(parts[1]) - 1)]
        for rec in group:
            for (_tag, got), col in zip(row, cols, strict=True):
                f = col["field"]
                want = rec["extra"].get(col["header"]) if f is None else rec[f]
                parts = labelled_parts(got or "")
                if rec["label"] and parts and rec["label"] in parts[1]:
                    # a labelled cell: the record's own part; the risk cell's lead-in is
                    # the context (an unlabelled cell is copied to every sub-risk)
                    if f == "risk" and norm(parts[0]) != norm(rec["context"] or ""):
                        miss(f"seq {rec['seq']} context: PDF {parts[0]!r}, expected "
                             f"{rec['context']!r}")
                    got = parts[1][rec["label"]]
                if f == "follows_plan":
                    if answers[norm(got or "")] != want:
                        miss(f"seq {rec['seq']} {col['header']}: PDF {got!r}, expected "
                             f"{want!r}")
                elif norm(got or "") != norm("" if want is None else str(want)):
                    miss(f"seq {rec['seq']} {col['header']}: PDF {got!r}, expected {want!r}")
            if proc is not None and norm(proc or "") != norm(rec["process"] or ""):
                miss(f"seq {rec['seq']} process: row above {proc!r}, expected "
                     f"{rec['process']!r}")
    if next(records, None) is not None:
        miss("more records than table rows")
    for key in ("organ", "title"):
        if norm(exp["report"][key] or "") not in alltext:
            miss(f"{key} not in the PDF text")
    print(f"{path.name}: {len(exp['risks'])} records, {bad} mismatches")
    return bad


def check_main(here: Path, argv: list) -> int:
    """``check`` the expected JSON named in ``argv``, or every one of the set in ``here``;
    exit status 1 if any mismatches."""
    paths = [Path(a) for a in argv] or sorted(here.glob("*.expected.json"))
    return 1 if sum(check(p) for p in paths) else 0
