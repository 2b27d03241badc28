"""Producer: tagged PDF from LibreOffice Writer, styled like a Word report saved with
"Save as PDF" (Carlito for Calibri, Word's 8 pt paragraph spacing and 1.08 line height,
blue numbered headings, Word-default table styles), exported with
``writer_pdf_Export`` and ``UseTaggedPDF`` so the PDF carries a structure tree
(Document / H1 / P / Table / TR / TH / TD ...), as Word's own export does.

Built on the shared holdout kit (``holdout_model``, ``holdout_fodt``, ``holdout_kit``),
imported unchanged. What this module adds:

- block types: ``Toc`` (a contents page typed like Word's: entries with a right tab and a
  dotted leader, page numbers checked against the built PDF), ``FactBox`` (a small shaded
  two-column key-figure table without a header row), ``Spacer``;
- paragraph styles named like Word's (Title, Subtitle, H1, H2, H3 written as ``text:h`` so
  they become heading tags and bookmarks, Body, Small, Caption, Label);
- footnotes inside paragraph text, written ``^[footnote text]``;
- Word's table styles as presets (:func:`table_grid`, :func:`grid_table_4`,
  :func:`plain_table_1`) for the kit's ``Table``;
- conversion to tagged PDF, canonical rewrite (the core samples' ``canonical_pdf``), a check
  that the structure tree holds Table / TR / TH / TD, the expected JSON (kit's records and
  page measuring, a status map for Följer plan wordings) and the TOC check.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

sys.dont_write_bytecode = True
BUILD = Path(__file__).resolve().parents[1]
if str(BUILD) not in sys.path:
    sys.path.insert(0, str(BUILD))

import holdout_kit as kit  # noqa: E402
import pdfplumber  # noqa: E402
from build_samples import canonical_pdf  # noqa: E402
from holdout_fodt import Writer  # noqa: E402
from holdout_model import LINE_BREAK, Doc, P, Page, SmallTable, Table  # noqa: E402,F401
from libreoffice import SV, cm, private_fontconfig  # noqa: E402

#: the export filter: PDF with a structure tree (tagged), as Word's "Save as PDF" writes
TAGGED_FILTER = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
#: a footnote inside paragraph text: "... ^[Footnote text.] ..."
FOOTNOTE = re.compile(r"\^\[(.+?)\]")
#: Word's heading blue (Office 2013-2019 theme, "Accent 1, darker 25 %")
WORD_BLUE = "#2F5496"

#: Följer plan wordings (lower case) -> follows_plan; README "Values" and ../../holdout20
STATUS = {
    "ja": "Ja", "nej": "Nej", "delvis": "Delvis", "ja, delvis": "Delvis",
    "ja, med avvikelse": "Ja", "nej, ej genomförd": "Nej",
    # a Status column: done / partly done / not done; "Pågår" says neither (README Values)
    "genomförd": "Ja", "delvis genomförd": "Delvis", "ej genomförd": "Nej", "pågår": None,
}


#: fields whose cell may repeat the sub-risk's label ("a) ...")
LABELLED = ("controls", "handling", "comment")


# ---------------------------------------------------------------------------------------------
# model additions


@dataclass
class Toc:
    """A contents page typed like Word's: (level, text, page) entries, a right tab with a
    dotted leader at the text width; the page numbers are checked on the built PDF."""

    entries: list
    title: str = "Innehåll"
    size: float = 11.0
    break_before: bool = True  # the contents page starts a new page


@dataclass
class FactBox:
    """A small key-figure table without a header row: (label, value) rows, shaded, the
    values right-aligned and bold."""

    rows: list
    widths: tuple = (5.0, 1.6)
    fill: str = "#DEEAF6"
    rule: str = "0.5pt solid #9CC2E5"
    size: float = 10.0
    caption: str | None = None


@dataclass
class Spacer:
    height: float = 0.5  # cm


@dataclass
class WordDoc(Doc):
    """A kit ``Doc`` with Word-like defaults and a few more settings."""

    font: str = "Carlito"
    body_size: float = 11.0
    heading_color: str = WORD_BLUE
    footer_align: str = "right"
    #: Följer plan wording (lower case) -> follows_plan
    status: dict = field(default_factory=lambda: dict(STATUS))


# ---------------------------------------------------------------------------------------------
# Word-like table styles for the kit's Table


def table_grid(**kw) -> dict:
    """Word's "Table Grid": 0.5 pt black on every cell, no shading, cell margins 0.19 cm
    left and right, none above and below; header bold."""
    base = dict(rule="0.5pt solid #000000", rules="full", header_fill=None, pad=0.19, pad_v=0.0,
                header_valign="top")
    base.update(kw)
    return base


def grid_table_4(**kw) -> dict:
    """Word's "Grid Table 4 - Accent 1": header row filled #4472C4 with white bold text,
    light blue rules (#8EAADB), banded rows #D9E2F3."""
    base = dict(rule="0.5pt solid #8EAADB", rules="full", header_fill="#4472C4",
                header_color="#FFFFFF", zebra="#D9E2F3", pad=0.19, pad_v=0.0)
    base.update(kw)
    return base


def plain_table_1(**kw) -> dict:
    """Word's "Plain Table 1": grey rules (#BFBFBF) on every cell, header row bold on white,
    banded rows #F2F2F2."""
    base = dict(rule="0.5pt solid #BFBFBF", rules="full", header_fill=None, zebra="#F2F2F2",
                pad=0.19, pad_v=0.0)
    base.update(kw)
    return base


# ---------------------------------------------------------------------------------------------
# writing


class WordWriter(Writer):
    """The kit's writer with Word-like paragraph styles, headings as ``text:h``, footnotes,
    a contents page and fact boxes."""

    def __init__(self, doc):
        super().__init__(doc)
        self.notes = 0

    # paragraphs ------------------------------------------------------------------------
    def wstyle(self, size, align="left", bold=False, italic=False, before=0.0, after=0.282,
               color=None, keep_next=False, master=None, break_before=False, lh="108%",
               tabs=None, font=None, outline=None) -> str:
        key = ("w", size, align, bold, italic, before, after, color, keep_next, master,
               break_before, lh, tabs, font, outline)
        if key in self.pstyles:
            return self.pstyles[key]
        name = f"W{len(self.pstyles)}"
        self.pstyles[key] = name
        fo_align = {"left": "start", "right": "end"}.get(align, align)
        extra = ""
        if keep_next:
            extra += ' fo:keep-with-next="always"'
        if break_before:
            extra += ' fo:break-before="page"'
        if lh:
            extra += f' fo:line-height="{lh}"'
        mp = f' style:master-page-name="{master}"' if master else ""
        ol = f' style:default-outline-level="{outline}"' if outline else ""
        tx = ""
        if tabs:
            tx = ("<style:tab-stops>" + "".join(
                f'<style:tab-stop style:position="{cm(pos)}" style:type="right" '
                'style:leader-style="dotted" style:leader-text="."/>' for pos in tabs)
                + "</style:tab-stops>")
        w = ' fo:font-weight="bold"' if bold else ""
        it = ' fo:font-style="italic"' if italic else ""
        col = f' fo:color="{color}"' if color else ""
        self.auto.append(
            f'<style:style style:name="{name}" style:family="paragraph" '
            f'style:parent-style-name="Standard"{mp}{ol}>'
            f'<style:paragraph-properties fo:text-align="{fo_align}" '
            f'fo:margin-top="{cm(before)}" fo:margin-bottom="{cm(after)}" '
            f'fo:hyphenation-ladder-count="no-limit" fo:orphans="2" fo:widows="2"{extra}>'
            f"{tx}</style:paragraph-properties>"
            f'<style:text-properties style:font-name="{font or self.doc.font}" '
            f'fo:font-size="{size}pt"{w}{it}{col} {SV}/></style:style>'
        )
        return name

    def named(self, style: str, master: str | None = None, bb: bool = False) -> str:
        b, c = self.doc.body_size, self.doc.heading_color
        if style == "Title":
            return self.wstyle(26, after=0.1, color=None, keep_next=True, master=master,
                               break_before=bb, lh="100%")
        if style == "Subtitle":
            return self.wstyle(b + 2, after=0.5, color="#5A5A5A", master=master,
                               break_before=bb)
        if style == "Organ":
            return self.wstyle(b + 1, bold=True, after=0.2, master=master, break_before=bb)
        if style in ("H1", "Sub"):
            return self.wstyle(b + 5, before=0.423, after=0.1, color=c, keep_next=True,
                               master=master, break_before=bb, outline=1 if style == "H1" else None)
        if style in ("H2", "H3"):
            return self.wstyle(b + 2 if style == "H2" else b + 1, before=0.25, after=0.1,
                               color=c, keep_next=True, master=master, break_before=bb,
                               outline=2 if style == "H2" else 3, bold=style == "H3")
        if style == "Body":
            return self.wstyle(b, master=master, break_before=bb)
        if style == "Justify":
            return self.wstyle(b, "justify", master=master, break_before=bb)
        if style == "Left":
            return self.wstyle(b, master=master, break_before=bb)
        if style == "Bold":
            return self.wstyle(b, bold=True, after=0.1, keep_next=True, master=master,
                               break_before=bb)
        if style == "Small":
            return self.wstyle(b - 2, after=0.1, master=master, break_before=bb)
        if style == "Caption":
            return self.wstyle(b - 2, italic=True, after=0.2, color="#44546A", keep_next=True,
                               master=master, break_before=bb)
        if style == "Center":
            return self.wstyle(b, "center", master=master, break_before=bb)
        raise ValueError(style)

    def inline(self, text: str) -> str:
        """The kit's inline formatting, plus footnotes ``^[text]``."""
        if "^[" not in text:
            return super().inline(text)
        out, pos = [], 0
        for m in FOOTNOTE.finditer(text):
            out.append(super().inline(text[pos:m.start()]))
            self.notes += 1
            n = self.notes
            fs = self.wstyle(self.doc.body_size - 2, after=0.0, lh="100%")
            out.append(
                f'<text:note text:id="ftn{n}" text:note-class="footnote">'
                f"<text:note-citation>{n}</text:note-citation><text:note-body>"
                f'<text:p text:style-name="{fs}">{escape(m.group(1))}</text:p>'
                "</text:note-body></text:note>"
            )
            pos = m.end()
        out.append(super().inline(text[pos:]))
        return "".join(out)

    def para_block(self, blk: P) -> str:
        style = self.named(blk.style, blk.master, blk.break_before)
        if blk.style in ("H1", "H2", "H3"):
            level = {"H1": 1, "H2": 2, "H3": 3}[blk.style]
            return (f'<text:h text:style-name="{style}" text:outline-level="{level}">'
                    f"{self.inline(blk.text)}</text:h>")
        return self.para(style, blk.text)

    # other blocks ----------------------------------------------------------------------
    def toc(self, t: Toc) -> str:
        pg = self.doc.page
        width = pg.width - pg.left - pg.right
        ts = self.wstyle(16, color=self.doc.heading_color, after=0.3, break_before=t.break_before)
        out = [self.para(ts, t.title)]
        for level, text, page in t.entries:
            st = self.wstyle(t.size, after=0.1, tabs=(width,), bold=level == 0)
            if level >= 2:  # Word's TOC 2 style: indented 0.39 cm
                st = self.indented(st, 0.39 * (level - 1))
            out.append(f'<text:p text:style-name="{st}">{escape(text)}<text:tab/>{page}</text:p>')
        return "".join(out)

    def indented(self, parent: str, left: float) -> str:
        """A copy of paragraph style ``parent`` with a left indent."""
        key = ("ind", parent, left)
        if key not in self.pstyles:
            name = f"W{len(self.pstyles)}"
            self.pstyles[key] = name
            src = next(a for a in self.auto if f'style:name="{parent}"' in a)
            self.auto.append(src.replace(f'style:name="{parent}"', f'style:name="{name}"').replace(
                "<style:paragraph-properties ",
                f'<style:paragraph-properties fo:margin-left="{cm(left)}" ', 1))
        return self.pstyles[key]

    def factbox(self, f: FactBox) -> str:
        row, xml = self.table_shell("Nyckeltal", list(f.widths), 0.1)
        cs = self.cellstyle(f.rule, f.fill, pad=0.15)
        lp = self.pstyle(f.size, "left")
        vp = self.pstyle(f.size, "right", True)
        for label, value in f.rows:
            xml.append(row + self.cell(cs, lp, label) + self.cell(cs, vp, value)
                       + "</table:table-row>")
        xml.append("</table:table>")
        out = "".join(xml)
        if f.caption:
            out = self.para(self.named("Caption"), f.caption) + out
        return out

    def block(self, blk) -> str:
        if isinstance(blk, P):
            return self.para_block(blk)
        if isinstance(blk, Toc):
            return self.toc(blk)
        if isinstance(blk, FactBox):
            return self.factbox(blk)
        if isinstance(blk, Spacer):
            return self.para(self.wstyle(2, after=blk.height, lh="100%"), "")
        return super().block(blk)

    def furniture(self) -> str:
        d = self.doc
        out = ""
        if d.header:
            hs = self.wstyle(d.body_size - 2, "left", after=0.0, color="#595959")
            out += (f'<style:header><text:p text:style-name="{hs}">{self.inline(d.header)}'
                    "</text:p></style:header>")
        if d.footer:
            fs = self.wstyle(d.body_size - 2, d.footer_align, after=0.0, color="#595959")
            txt = escape(d.footer).replace(
                "{page}", '<text:page-number text:select-page="current"/>'
            ).replace("{pages}", "<text:page-count/>")
            out += f'<style:footer><text:p text:style-name="{fs}">{txt}</text:p></style:footer>'
        return out


def build_fodt(doc) -> str:
    return WordWriter(doc).render()


# ---------------------------------------------------------------------------------------------
# converting and checking


def convert_tagged(fodt: Path, outdir: Path, fontconf: Path, profile: str) -> Path:
    env = dict(os.environ, FONTCONFIG_FILE=str(fontconf), TZ="UTC", LC_ALL="C.UTF-8")
    cmd = ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to",
           TAGGED_FILTER, "--outdir", str(outdir), str(fodt)]
    res = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    pdf = outdir / (fodt.stem + ".pdf")
    if res.returncode != 0 or not pdf.exists():
        raise SystemExit(f"soffice failed for {fodt.name}:\n{res.stdout}\n{res.stderr}")
    return pdf


def struct_tables(pdf_path: Path) -> list[dict]:
    """The Table elements of the structure tree: per table its rows, each a list of cell
    tags ("TH"/"TD"); fails when the PDF has no structure tree."""
    tables = []

    def walk(el):
        if el.type == "Table":
            rows = []
            for tr in _descend(el, "TR"):
                rows.append([c.type for c in tr.children if c.type in ("TH", "TD")])
            tables.append({"rows": rows})
            return
        for ch in el.children:
            walk(ch)

    with pdfplumber.open(pdf_path) as pdf:
        from pdfplumber.structure import PDFStructTree
        tree = PDFStructTree(pdf)
        if not len(list(tree)):
            raise SystemExit(f"{pdf_path.name}: no structure tree")
        for el in tree:
            walk(el)
    return tables


def _descend(el, tag):
    for ch in el.children:
        if ch.type == tag:
            yield ch
        elif ch.type in ("THead", "TBody", "TFoot"):
            yield from _descend(ch, tag)


def check_toc(doc, pdf_path: Path) -> None:
    """Every TOC entry's text stands as a line on the page the entry gives (outside the
    contents page itself)."""
    tocs = [b for b in doc.blocks if isinstance(b, Toc)]
    if not tocs:
        return
    with pdfplumber.open(pdf_path) as pdf:
        texts = [kit.norm(p.extract_text() or "") for p in pdf.pages]
    toc_pages = [i for i, t in enumerate(texts) if kit.norm(tocs[0].title) in t
                 and all(kit.norm(e[1]) in t for e in tocs[0].entries)]
    for _level, text, page in tocs[0].entries:
        where = [i + 1 for i, t in enumerate(texts) if kit.norm(text) in t and i not in toc_pages]
        if page not in where:
            raise SystemExit(f"{doc.name}: TOC says {text!r} on page {page}, found on {where}")


def expected_records(doc):
    """The kit's records with Följer plan wordings mapped by the document's status map."""
    smap = doc.status

    def records(t):
        def put(rec, c, text):
            m = kit.LABEL.fullmatch(text)
            if c.field == "follows_plan":
                rec[c.field] = smap[text.lower()]
            elif c.field in LABELLED and m and rec["label"] == m.group(1):
                # the sub-risk's label repeated in its own controls / handling / comment
                # cell ("a) Stickprov ...") is stripped, as from the risk cell
                rec[c.field] = m.group(2)
            else:
                kit.set_field(rec, c, text)
        return kit.expected_risks(t, put)

    return records


def build(doc, here: Path, tmp: Path, fontconf: Path, profile: str, png: Path | None = None,
          measure_words=None) -> dict:
    srcdir = here / "src" / "fodt"
    srcdir.mkdir(exist_ok=True)
    fodt = srcdir / f"{doc.name}.fodt"
    fodt.write_text(build_fodt(doc), encoding="utf-8")
    pdf = convert_tagged(fodt, tmp, fontconf, profile)
    final = here / f"{doc.name}.pdf"
    final.write_bytes(canonical_pdf(pdf.read_bytes()))
    pdf.unlink()
    steps = {"records": expected_records(doc)}
    if measure_words:
        steps["words"] = measure_words
    npages, risks, stats = kit.measure(doc, final, **steps)
    check_toc(doc, final)
    stables = struct_tables(final)
    data = {
        "schema_version": "1",
        "source": {"file": final.name,
                   "sha256": hashlib.sha256(final.read_bytes()).hexdigest(),
                   "pages": npages},
        "report": {"organ": doc.organ, "year": doc.year, "period": doc.period,
                   "title": kit.collapse(doc.title),
                   "risks_inventoried": doc.risks_inventoried,
                   "risks_critical": doc.risks_critical},
        "columns": kit.expected_columns(doc),
        "risks": risks,
        "warnings": [],
    }
    (here / f"{doc.name}.expected.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if png:
        png.mkdir(parents=True, exist_ok=True)
        subprocess.run(["pdftoppm", "-r", "50", "-png", str(final), str(png / doc.name)],
                       check=True)
    return {"pages": npages, "risks": len(risks), "risk_pages": [r["pages"] for r in risks],
            "struct": [(len(t["rows"]), sorted({c for r in t["rows"] for c in r}))
                       for t in stables], **stats}


def main(here: Path, doc_factories: list, description: str, argv=None) -> int:
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("names", nargs="*")
    ap.add_argument("--png", type=Path, help="render pages at 50 dpi into this directory")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the line-end hyphens")
    args = ap.parse_args(argv)
    docs = [f() for f in doc_factories]
    unknown = set(args.names) - {d.name for d in docs}
    if unknown:
        ap.error(f"unknown samples: {', '.join(sorted(unknown))}")
    start = time.monotonic()
    profile = f"file:///tmp/lo-{here.name}"
    with tempfile.TemporaryDirectory(prefix=f"icp-{here.name}-") as tmpdir:
        tmp = Path(tmpdir)
        fontconf = private_fontconfig(tmp)
        for doc in docs:
            if args.names and doc.name not in args.names:
                continue
            info = build(doc, here, tmp, fontconf, profile, args.png)
            print(f"{doc.name}: {info['pages']} pages, {info['risks']} risks "
                  f"(pages {info['risk_pages']}), header rows on pages {info['header_pages']}, "
                  f"{info['soft']} hyphenated line ends, {info['real']} real hyphens at line "
                  f"end, {info['slash']} breaks after '/'; structure tree tables "
                  f"(rows, cell tags): {info['struct']}")
            if args.verbose:
                print("   ", " ".join(info["examples"]))
    print(f"built in {time.monotonic() - start:.1f} s")
    return 0
