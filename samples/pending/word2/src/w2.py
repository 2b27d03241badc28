"""The word2 set's own additions to the tagged-Writer producer
(``samples/build/producers/tagged_writer.py``, imported unchanged):

- ``Grid``: a risk table written cell by cell, so that one risk may take several table rows
  (labelled rows merged across columns, lead-in rows of numbered sub-risks) and cells may
  span rows or columns; every table row names the record (seq) it belongs to, and a risk's
  ``pages`` are read from the PDF's structure tree (the pages of the marked content of the
  TR elements of its rows; rows never split, so a row stands on one page);
- ``Cover``: a coloured cover block (a one-cell table filled with colour, a logo block above
  the title, white text);
- ``Bullets``: a bulleted list in prose ("•" with a hanging indent);
- ``TextBox``: a paragraph in a text box (``draw:frame`` / ``draw:text-box``) with a fill
  and a border;
- checkbox characters (☐ / ☒) set in DejaVu Sans, as Word sets them in a symbol font.

The expected JSON is written from the records the document modules give (source objects),
never from the PDF; only the hash, page count and each risk's pages are measured.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import pdfplumber
from build_samples import canonical_pdf
from holdout_model import P, Section
from libreoffice import cm, private_fontconfig
from pdfplumber.structure import PDFStructTree
from tagged_writer import WordDoc, WordWriter, check_toc, convert_tagged

FIELDS = ("process", "context", "label", "risk", "risk_value", "probability", "consequence",
          "controls", "handling", "follows_plan", "comment")
BOXES = "☐☒"
DRAW_NS = 'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '


def rec(**kw) -> dict:
    """An expected risk record (without seq and pages) from keyword fields."""
    r = {f: None for f in FIELDS}
    r["extra"] = {}
    for k, v in kw.items():
        assert k in r, k
        r[k] = v
    return r


@dataclass
class C:
    """A cell of a ``Grid``: text (str or list of paragraphs), columns and rows spanned."""

    text: object = None
    cols: int = 1
    rows: int = 1
    align: str = "left"
    bold: bool = False


COV = "covered"  # a cell covered by a spanning cell


@dataclass
class Grid:
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
class W2Doc(WordDoc):
    columns: list = field(default_factory=list)  # [{"header":..., "field":...}]
    records: list = field(default_factory=list)  # expected records, document order
    grids: tuple = ()  # names of the Grid blocks holding the risks


class W2Writer(WordWriter):
    def __init__(self, doc):
        super().__init__(doc)
        self.owners: dict[str, list] = {}
        self.table_names: list[str] = []

    def inline(self, text: str) -> str:
        out = super().inline(text)
        if any(b in out for b in BOXES):
            ts = self.text_style("box", 'style:font-name="DejaVu Sans" '
                                 'fo:font-family="DejaVu Sans"')
            out = re.sub(f"([{BOXES}])", rf'<text:span text:style-name="{ts}">\1</text:span>',
                         out)
        return out

    def grid(self, g: Grid) -> str:
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
        owners = []
        seen = []
        for owner, cells in g.rows:
            owners.append(owner)
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

    def small_table(self, t):
        self.table_names.append(t.name)
        return super().small_table(t)

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
        if isinstance(blk, Grid):
            return self.grid(blk)
        if isinstance(blk, Cover):
            return self.cover(blk)
        if isinstance(blk, Bullets):
            return self.bullets(blk)
        if isinstance(blk, TextBox):
            return self.textbox(blk)
        if isinstance(blk, Section):
            return self.section(blk)
        return super().block(blk)


def struct_table_rows(pdf_path: Path) -> list[list[set]]:
    """Per Table element of the structure tree, in document order: per TR the set of pages
    its marked content stands on."""
    tables = []

    def pages(el):
        s = {el.page_number} if (el.page_number is not None and el.mcids) else set()
        for c in el.children:
            s |= pages(c)
        return s

    def trs(el):
        for ch in el.children:
            if ch.type == "TR":
                yield ch
            elif ch.type in ("THead", "TBody", "TFoot"):
                yield from trs(ch)

    def walk(el):
        if el.type == "Table":
            tables.append([pages(tr) for tr in trs(el)])
        for ch in el.children:
            walk(ch)

    with pdfplumber.open(pdf_path) as pdf:
        for el in PDFStructTree(pdf):
            walk(el)
    return tables


def line_end_hyphens(pdf_path: Path) -> int:
    txt = subprocess.run(["pdftotext", "-layout", str(pdf_path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return len(re.findall(r"[a-zåäö]-(?:\s{2,}|\n)", txt))


def build(doc: W2Doc, here: Path, tmp: Path, fontconf: Path, profile: str) -> dict:
    srcdir = here / "src" / "fodt"
    srcdir.mkdir(exist_ok=True)
    w = W2Writer(doc)
    xml = w.render().replace("xmlns:office=", DRAW_NS + "xmlns:office=", 1)
    fodt = srcdir / f"{doc.name}.fodt"
    fodt.write_text(xml, encoding="utf-8")
    pdf = convert_tagged(fodt, tmp, fontconf, profile)
    final = here / f"{doc.name}.pdf"
    final.write_bytes(canonical_pdf(pdf.read_bytes()))
    pdf.unlink()
    check_toc(doc, final)
    stables = struct_table_rows(final)
    if len(stables) != len(w.table_names):
        raise SystemExit(f"{doc.name}: {len(stables)} Table elements, wrote {w.table_names}")
    pages: dict[int, set] = {}
    for gname in doc.grids:
        trs = stables[w.table_names.index(gname)]
        owners = w.owners[gname]
        if len(trs) != len(owners) + 1:
            raise SystemExit(f"{doc.name}/{gname}: {len(trs)} TR, wrote {len(owners) + 1}")
        for owner, pg in zip(owners, trs[1:], strict=True):
            if owner is not None:
                pages.setdefault(owner, set()).update(pg)
    with pdfplumber.open(final) as p:
        npages = len(p.pages)
    risks = []
    for i, r in enumerate(doc.records, 1):
        risks.append({"seq": i, **r, "pages": sorted(pages[i])})
    data = {
        "schema_version": "1",
        "source": {"file": final.name,
                   "sha256": hashlib.sha256(final.read_bytes()).hexdigest(),
                   "pages": npages},
        "report": {"organ": doc.organ, "year": doc.year, "period": doc.period,
                   "title": re.sub(r"\s+", " ", doc.title).strip(),
                   "risks_inventoried": doc.risks_inventoried,
                   "risks_critical": doc.risks_critical},
        "columns": doc.columns,
        "risks": risks,
        "warnings": [],
    }
    (here / f"{doc.name}.expected.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return {"pages": npages, "risks": len(risks), "risk_pages": [r["pages"] for r in risks],
            "hyphens": line_end_hyphens(final)}


def main(here: Path, factories: list, argv: list) -> int:
    names = [a for a in argv if not a.startswith("-")]
    start = time.monotonic()
    profile = f"file:///tmp/lo-{here.name}"
    with tempfile.TemporaryDirectory(prefix=f"icp-{here.name}-") as tmpdir:
        tmp = Path(tmpdir)
        fontconf = private_fontconfig(tmp)
        for f in factories:
            doc = f()
            if names and doc.name not in names:
                continue
            info = build(doc, here, tmp, fontconf, profile)
            print(f"{doc.name}: {info['pages']} pages, {info['risks']} risks, pages "
                  f"{info['risk_pages']}, ~{info['hyphens']} line-end hyphens (pdftotext)")
    print(f"built in {time.monotonic() - start:.1f} s")
    return 0
