"""LibreOffice Calc workbooks (calc2's kit, moved here from calc2/src/kit2.py so the set's
``src/`` holds only its reports): a spreadsheet workbook (one or more sheets) written as flat ODS,
converted by LibreOffice Calc to PDF, and the expected JSON built from the source cells.

What it adds over ``samples/build/producers/calc.py`` (calc1's kit): several sheets in one
PDF, each with its own page layout; borders per side (bottom only, etc.); number formats (a
risk value stored as a number and shown "12,0"); repeated print-title columns
(``table:table-header-columns``) and a manual column page break; left-to-right page order;
an autofilter range and a frozen first column (view settings: not printed).

Pages are measured on the built PDF with pdfplumber only: each page's printed columns are
cut into vertical strips from the sheet geometry (margins, widths, 100 % scale), and every
text cell of a risk row must be found whole in its column's strip; the pages where a risk's
cells stand are its ``pages``.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

BUILD = Path(__file__).resolve().parents[1]
if str(BUILD) not in sys.path:
    sys.path.insert(0, str(BUILD))

from build_samples import canonical_pdf  # noqa: E402
from libreoffice import FONT_FAMILIES, convert  # noqa: E402

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
    'xmlns:ooo="http://openoffice.org/2004/office" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"'
)
CM = 72 / 2.54


@dataclass
class St:
    font: str = "Liberation Sans"
    size: float = 9.0
    bold: bool = False
    italic: bool = False
    color: str | None = None
    bg: str | None = None
    align: str = "start"
    valign: str = "top"
    wrap: bool = True
    hyphenate: bool = True
    border: str | None = None  # all sides
    top: str | None = None
    bottom: str | None = None
    left: str | None = None
    right: str | None = None
    numfmt: str | None = None  # None (general) | "0,0" (one decimal, Swedish comma)
    padding: float | None = None


@dataclass
class C:
    text: object = None  # str | list[str] (paragraphs; "\n" = manual line break) | int | float
    style: str = "body"
    cols: int = 1

    def paras(self) -> list[str]:
        if self.text is None:
            return []
        if isinstance(self.text, (int, float)):
            return [self.shown()]
        if isinstance(self.text, str):
            return [self.text] if self.text.strip() else []
        return [p for p in self.text if p.strip()]

    def shown(self) -> str:
        if isinstance(self.text, float):
            return f"{self.text:.1f}".replace(".", ",")
        return str(self.text)


@dataclass
class R:
    cells: list
    kind: str = "risk"
    height: float | None = None


@dataclass
class Sheet:
    name: str
    widths: list
    rows: list
    header_rows: tuple = (0, 0)
    header_cols: int = 0
    col_breaks: tuple = ()  # column indexes with a manual page break before
    page_w: float = 21.0
    page_h: float = 29.7
    margins: tuple = (1.5, 1.5, 1.5, 1.5)
    grid: bool = False
    order: str = "ttb"  # ttb | ltr
    header: tuple | None = None
    footer: tuple | None = None
    hf_font: tuple = ("Liberation Sans", 8.0)
    autofilter: tuple | None = None  # (first row, last row) 0-based, over all columns
    freeze_cols: int = 0
    freeze_rows: int = 0


@dataclass
class Book:
    name: str
    styles: dict
    sheets: list
    default_font: tuple = ("Liberation Sans", 10.0)


def _style_xml(name: str, s: St) -> str:
    cp = [f'style:vertical-align="{s.valign}"']
    if s.wrap:
        cp.append('fo:wrap-option="wrap"')
    if s.bg:
        cp.append(f'fo:background-color="{s.bg}"')
    if s.border:
        cp.append(f'fo:border="{s.border}"')
    for side in ("top", "bottom", "left", "right"):
        v = getattr(s, side)
        if v:
            cp.append(f'fo:border-{side}="{v}"')
    if s.padding is not None:
        cp.append(f'fo:padding="{s.padding:.3f}cm"')
    if s.align != "start":
        cp.append('style:text-align-source="fix"')
    tp = [f'style:font-name="{s.font}"', f'fo:font-size="{s.size}pt"', 'fo:language="sv" fo:country="SE"']
    if s.hyphenate:
        tp.append('fo:hyphenate="true"')
    if s.bold:
        tp.append('fo:font-weight="bold"')
    if s.italic:
        tp.append('fo:font-style="italic"')
    if s.color:
        tp.append(f'fo:color="{s.color}"')
    ds = ' style:data-style-name="N1"' if s.numfmt == "0,0" else ""
    return (
        f'<style:style style:name="{name}" style:family="table-cell" style:parent-style-name="Default"{ds}>'
        f'<style:table-cell-properties {" ".join(cp)}/>'
        f'<style:paragraph-properties fo:text-align="{s.align}"/>'
        f'<style:text-properties {" ".join(tp)}/></style:style>'
    )


def _region(parts) -> str:
    out = []
    for tag, text in zip(("region-left", "region-center", "region-right"), parts):
        paras = [text] if isinstance(text, str) else list(text or [])
        body = "".join(
            '<text:p><text:span text:style-name="Thf">'
            + escape(p)
            .replace("{page}", "<text:page-number>1</text:page-number>")
            .replace("{pages}", "<text:page-count>1</text:page-count>")
            .replace("{sheet}", "<text:sheet-name>?</text:sheet-name>")
            + "</text:span></text:p>"
            for p in paras if p
        ) or "<text:p/>"
        out.append(f"<style:{tag}>{body}</style:{tag}>")
    return "".join(out)


def _col(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _placed(sh: Sheet):
    """[(row, [(col, Cell)])] with merged cells placed on the column grid."""
    out = []
    for r, row in enumerate(sh.rows):
        c = 0
        cells = []
        for cell in row.cells:
            if cell is not None:
                cells.append((c, cell))
                c += cell.cols
            else:
                c += 1
        if c > len(sh.widths):
            raise ValueError(f"{sh.name}: row {r} too wide")
        out.append(cells)
    return out


def _para_xml(p: str) -> str:
    # A manual line break in a Calc cell (Ctrl+Enter) is a new paragraph: Calc ignores
    # text:line-break inside a cell when it prints.
    return "".join(f"<text:p>{escape(x)}</text:p>" for x in p.split("\n"))


def to_fods(book: Book) -> str:
    auto = [
        '<number:number-style style:name="N1" number:language="sv" number:country="SE">'
        '<number:number number:decimal-places="1" number:min-decimal-places="1" '
        'number:min-integer-digits="1"/></number:number-style>',
        '<style:style style:name="roopt" style:family="table-row"><style:table-row-properties '
        'style:use-optimal-row-height="true" fo:break-before="auto"/></style:style>',
    ]
    masters = []
    bodies = []
    hstyles: dict = {}
    for si, sh in enumerate(book.sheets):
        for i, w in enumerate(sh.widths):
            brk = "page" if i in sh.col_breaks else "auto"
            auto.append(
                f'<style:style style:name="co{si}_{i}" style:family="table-column">'
                f'<style:table-column-properties fo:break-before="{brk}" style:column-width="{w:.3f}cm"/>'
                "</style:style>"
            )
        auto.append(
            f'<style:style style:name="ta{si}" style:family="table" style:master-page-name="mp{si}">'
            '<style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>'
        )
        top, bottom, left, right = sh.margins
        printed = "grid charts drawings objects zero-values" if sh.grid else "charts drawings objects zero-values"
        orient = "landscape" if sh.page_w > sh.page_h else "portrait"
        hf = (
            '<style:header-style><style:header-footer-properties fo:min-height="0.6cm" '
            'fo:margin-bottom="0.3cm" fo:margin-left="0cm" fo:margin-right="0cm"/></style:header-style>'
            '<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" '
            'fo:margin-top="0.3cm" fo:margin-left="0cm" fo:margin-right="0cm"/></style:footer-style>'
        )
        auto.append(
            f'<style:page-layout style:name="pm{si}"><style:page-layout-properties '
            f'fo:page-width="{sh.page_w:.3f}cm" fo:page-height="{sh.page_h:.3f}cm" '
            f'style:print-orientation="{orient}" fo:margin-top="{top:.3f}cm" '
            f'fo:margin-bottom="{bottom:.3f}cm" fo:margin-left="{left:.3f}cm" '
            f'fo:margin-right="{right:.3f}cm" style:print="{printed}" '
            f'style:print-page-order="{sh.order}" style:table-centering="none" '
            f'style:scale-to="100%"/>{hf}</style:page-layout>'
        )
        m = f'<style:master-page style:name="mp{si}" style:page-layout-name="pm{si}">'
        m += f"<style:header>{_region(sh.header)}</style:header>" if sh.header else '<style:header style:display="false"/>'
        m += f"<style:footer>{_region(sh.footer)}</style:footer>" if sh.footer else '<style:footer style:display="false"/>'
        masters.append(m + "</style:master-page>")

        q = f"&apos;{escape(sh.name)}&apos;"
        b = [
            f'<table:table table:name="{escape(sh.name)}" table:style-name="ta{si}" '
            f'table:print-ranges="{q}.A1:{q}.{_col(len(sh.widths) - 1)}{len(sh.rows)}">'
        ]
        for i in range(len(sh.widths)):
            col = f'<table:table-column table:style-name="co{si}_{i}" table:default-cell-style-name="Default"/>'
            if sh.header_cols and i == 0:
                col = "<table:table-header-columns>" + col
            if sh.header_cols and i == sh.header_cols - 1:
                col += "</table:table-header-columns>"
            b.append(col)
        h0, h1 = sh.header_rows
        for r, cells in enumerate(_placed(sh)):
            row = sh.rows[r]
            if r == h0 and h1 > h0:
                b.append("<table:table-header-rows>")
            if row.height is not None:
                key = f"{row.height:.3f}"
                if key not in hstyles:
                    hstyles[key] = f"ro{len(hstyles)}"
                    auto.append(
                        f'<style:style style:name="{hstyles[key]}" style:family="table-row">'
                        f'<style:table-row-properties style:row-height="{key}cm" '
                        'style:use-optimal-row-height="false" fo:break-before="auto"/></style:style>'
                    )
                rs = hstyles[key]
            else:
                rs = "roopt"
            xs = []
            c = 0
            for c0, cell in cells:
                while c < c0:
                    xs.append("<table:table-cell/>")
                    c += 1
                attrs = [f'table:style-name="{cell.style}"']
                if cell.cols > 1:
                    attrs.append(f'table:number-columns-spanned="{cell.cols}"')
                paras = cell.paras()
                if not paras:
                    xs.append(f"<table:table-cell {' '.join(attrs)}/>")
                elif isinstance(cell.text, (int, float)):
                    attrs.append(f'office:value-type="float" office:value="{cell.text}"')
                    xs.append(f"<table:table-cell {' '.join(attrs)}><text:p>{cell.shown()}</text:p></table:table-cell>")
                else:
                    attrs.append('office:value-type="string"')
                    xs.append(f"<table:table-cell {' '.join(attrs)}>{''.join(_para_xml(p) for p in paras)}</table:table-cell>")
                c += 1
                for _ in range(cell.cols - 1):
                    xs.append(f'<table:covered-table-cell table:style-name="{cell.style}"/>')
                    c += 1
            while c < len(sh.widths):
                xs.append("<table:table-cell/>")
                c += 1
            b.append(f'<table:table-row table:style-name="{rs}">' + "".join(xs) + "</table:table-row>")
            if r == h1 - 1 and h1 > h0:
                b.append("</table:table-header-rows>")
        b.append("</table:table>")
        bodies.append("\n".join(b))
    db = []
    for si, sh in enumerate(book.sheets):
        if sh.autofilter:
            r0, r1 = sh.autofilter
            q = f"&apos;{escape(sh.name)}&apos;"
            db.append(
                f'<table:database-range table:name="__Anonymous_Sheet_DB__{si}" '
                f'table:target-range-address="{q}.A{r0 + 1}:{q}.{_col(len(sh.widths) - 1)}{r1 + 1}" '
                'table:display-filter-buttons="true"/>'
            )
    dbx = f"<table:database-ranges>{''.join(db)}</table:database-ranges>" if db else ""
    auto.append(
        '<style:style style:name="Thf" style:family="text">'
        f'<style:text-properties style:font-name="{book.sheets[0].hf_font[0]}" '
        f'fo:font-size="{book.sheets[0].hf_font[1]}pt" fo:language="sv" fo:country="SE"/></style:style>'
    )
    for name, st in book.styles.items():
        auto.append(_style_xml(name, st))
    dfont, dsize = book.default_font
    fonts = "".join(
        f'<style:font-face style:name="{f}" svg:font-family="&apos;{f}&apos;" '
        f'style:font-family-generic="{"roman" if "Serif" in f else "swiss"}" style:font-pitch="variable"/>'
        for f in FONT_FAMILIES
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document {NS} office:version="1.3" '
        'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">\n'
        f"<office:meta><dc:title>{escape(book.name)}</dc:title><dc:language>sv-SE</dc:language></office:meta>\n"
        + _settings(book)
        + f"<office:font-face-decls>{fonts}</office:font-face-decls>\n"
        '<office:styles><style:default-style style:family="table-cell">'
        f'<style:text-properties style:font-name="{dfont}" fo:font-size="{dsize}pt" fo:language="sv" fo:country="SE"/>'
        "</style:default-style>"
        '<style:style style:name="Default" style:family="table-cell">'
        f'<style:text-properties style:font-name="{dfont}" fo:font-size="{dsize}pt" fo:language="sv" fo:country="SE"/>'
        "</style:style></office:styles>\n"
        f"<office:automatic-styles>{''.join(auto)}</office:automatic-styles>\n"
        f"<office:master-styles>{''.join(masters)}</office:master-styles>\n"
        "<office:body><office:spreadsheet>\n" + "\n".join(bodies) + dbx
        + "\n</office:spreadsheet></office:body>\n</office:document>\n"
    )


def _settings(book: Book) -> str:
    """View settings: frozen columns / rows (a view feature, not printed)."""
    items = []
    for sh in book.sheets:
        if not (sh.freeze_cols or sh.freeze_rows):
            continue
        fc, fr = sh.freeze_cols, sh.freeze_rows

        def it(n, t, v):
            return f'<config:config-item config:name="{n}" config:type="{t}">{v}</config:config-item>'

        items.append(
            f'<config:config-item-map-entry config:name="{escape(sh.name)}">'
            + it("HorizontalSplitMode", "short", 2 if fc else 0)
            + it("VerticalSplitMode", "short", 2 if fr else 0)
            + it("HorizontalSplitPosition", "int", fc)
            + it("VerticalSplitPosition", "int", fr)
            + it("ActiveSplitRange", "short", 3 if fc and fr else 2)
            + it("PositionLeft", "int", 0) + it("PositionRight", "int", fc)
            + it("PositionTop", "int", 0) + it("PositionBottom", "int", fr)
            + "</config:config-item-map-entry>"
        )
    if not items:
        return ""
    return (
        '<office:settings><config:config-item-set config:name="ooo:view-settings">'
        '<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>'
        '<config:config-item config:name="ViewId" config:type="string">view1</config:config-item>'
        f'<config:config-item-map-named config:name="Tables">{"".join(items)}</config:config-item-map-named>'
        "</config:config-item-map-entry></config:config-item-map-indexed>"
        "</config:config-item-set></office:settings>\n"
    )


# ------------------------------------------------------------------------------------------


def norm(t: str) -> str:
    t = unicodedata.normalize("NFKC", t)
    return "".join(ch for ch in t.lower() if ch.isalnum())


def strip_text(page, x0: float, x1: float):
    """Normalised text of a vertical strip and, per normalised character, its char's top."""
    chars = [ch for ch in page.chars if x0 <= (ch["x0"] + ch["x1"]) / 2 <= x1]
    chars.sort(key=lambda ch: (round(ch["top"] / 2), ch["x0"]))
    text, tops = "", []
    for ch in chars:
        n = norm(ch["text"])
        text += n
        tops += [ch["top"]] * len(n)
    return text, tops


def crossings(page, size: float):
    """y of horizontal rules that a glyph's box crosses (text printed over a row's border)."""
    ys = sorted({round(e["top"], 1) for e in page.edges
                 if e["orientation"] == "h" and e["x1"] - e["x0"] > 15})
    bad = set()
    for ch in page.chars:
        if ch["size"] < size - 0.3 or ch["size"] > size + 0.3:
            continue
        for y in ys:
            if ch["top"] + 0.5 < y < ch["bottom"] + 0.8:
                bad.add(y)
    return ys, sorted(bad)


@dataclass
class Report:
    book: Book
    sheet: int  # index of the register sheet
    organ: str
    year: int
    period: str | None
    title: str
    inventoried: int | None
    critical: int | None
    columns: list  # (header as printed, field) per table column, in sheet order
    raise_rows: bool = False  # raise rows whose text touches their bottom rule
    body_size: float = 9.0  # pt of the risk rows' text (to find text printed over a rule)
    first_col: int = 0  # sheet column of the table's first column
    page_cols: dict = field(default_factory=dict)  # pdf page (1-based) -> sheet columns printed
    page_sheet: dict = field(default_factory=dict)  # pdf page -> sheet index


FOLLOWS = {"Ja": "Ja", "Nej": "Nej", "Delvis": "Delvis"}


def cell_value(cell) -> str | None:
    if cell is None:
        return None
    paras = cell.paras()
    out = []
    for p in paras:
        for line in p.split("\n"):
            line = re.sub(r"^\s*•\s*", "", line)
            out.append(line)
    t = re.sub(r"\s+", " ", " ".join(out)).strip()
    return t or None


def measure(rep: Report, pdf: Path):
    import pdfplumber

    sh = rep.book.sheets[rep.sheet]
    left = sh.margins[2]
    found: dict = {}
    tops: dict = {}
    raise_rows: dict = {}
    with pdfplumber.open(pdf) as doc:
        npages = len(doc.pages)
        for pno, page in enumerate(doc.pages, 1):
            if rep.page_sheet.get(pno, rep.sheet) != rep.sheet:
                continue
            cols = rep.page_cols.get(pno, list(range(len(sh.widths))))
            x = left * CM
            strips = {}
            for c in cols:
                w = sh.widths[c] * CM
                strips[c] = strip_text(page, x + 0.5, x + w - 0.5)
                x += w
            for r, cells in enumerate(_placed(sh)):
                if sh.rows[r].kind != "risk":
                    continue
                for c, cell in cells:
                    t = norm(" ".join(cell.paras()).replace("\n", " "))
                    if len(t) < 8 or c not in strips:
                        continue
                    i = strips[c][0].find(t)
                    if i >= 0:
                        found.setdefault(r, {}).setdefault(c, set()).add(pno)
                        tops.setdefault((pno, r), []).append((len(t), strips[c][1][i]))
            ys, bad = crossings(page, rep.body_size)
            for y in bad:
                above = [(max(v)[1], r) for (p2, r), v in tops.items() if p2 == pno and max(v)[1] < y]
                if above:
                    top, r = max(above)
                    y0 = max([yy for yy in ys if yy < top - 1] or [top - 3])
                    raise_rows[r] = (y - y0 + rep.body_size * 0.6) / CM
    pages = {}
    for r, cells in enumerate(_placed(sh)):
        if sh.rows[r].kind != "risk":
            continue
        ps = set()
        for c, cell in cells:
            t = norm(" ".join(cell.paras()))
            if len(t) < 8:
                continue
            got = found.get(r, {}).get(c)
            if not got:
                raise SystemExit(f"{pdf.name}: row {r} col {c} not found whole: {t[:50]}")
            ps |= got
        pages[r] = sorted(ps)
    return npages, pages, raise_rows


def expected(rep: Report, pdf: Path, measured) -> dict:
    npages, pages, _ = measured
    sh = rep.book.sheets[rep.sheet]
    risks = []
    for r, cells in enumerate(_placed(sh)):
        if sh.rows[r].kind != "risk":
            continue
        bycol = dict(cells)
        rec = {k: None for k in ("process", "context", "label", "risk", "risk_value", "probability",
                                 "consequence", "controls", "handling", "follows_plan", "comment")}
        rec = {"seq": len(risks) + 1, **rec, "extra": {}, "pages": pages[r]}
        for i, (header, fld) in enumerate(rep.columns):
            cell = bycol.get(rep.first_col + i)
            text = cell_value(cell)
            if fld is None:
                if text is not None:
                    rec["extra"][header] = text
            elif text is None:
                continue
            elif fld in ("probability", "consequence", "risk_value"):
                v = float(cell.text) if isinstance(cell.text, (int, float)) else float(text.replace(",", "."))
                assert v == int(v), text
                rec[fld] = int(v)
            elif fld == "follows_plan":
                rec[fld] = FOLLOWS[text]
            else:
                rec[fld] = text
        if rec["probability"] and rec["consequence"] and rec["risk_value"]:
            assert rec["probability"] * rec["consequence"] == rec["risk_value"], rec
        risks.append(rec)
    data = pdf.read_bytes()
    return {
        "schema_version": "1",
        "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": npages},
        "report": {
            "organ": rep.organ,
            "year": rep.year,
            "period": rep.period,
            "title": rep.title,
            "risks_inventoried": rep.inventoried,
            "risks_critical": rep.critical,
        },
        "columns": [{"header": h, "field": f} for h, f in rep.columns],
        "risks": risks,
        "warnings": [],
    }


def build(rep: Report, outdir: Path, work: Path, profile: str, fontconf: Path):
    """Convert; where a row's last line is printed over its bottom rule (Calc's optimal
    height is computed before hyphenation), give the row an explicit taller height, rebuild."""
    sh = rep.book.sheets[rep.sheet]
    for _round in range(6):
        fods_text = to_fods(rep.book)
        fods = work / f"{rep.book.name}.fods"
        fods.write_text(fods_text, encoding="utf-8")
        pdf = convert(fods, work, fontconf, profile)
        out = outdir / f"{rep.book.name}.pdf"
        out.write_bytes(canonical_pdf(pdf.read_bytes()))
        m = measure(rep, out)
        if not m[2] or not rep.raise_rows:
            break
        for r, h in m[2].items():
            sh.rows[r].height = round(max(h, (sh.rows[r].height or 0) + rep.body_size * 0.6 / CM), 2)
        print("  raised rows", sorted(m[2]))
    else:
        raise SystemExit(f"{rep.book.name}: rows still overprinted")
    exp = expected(rep, out, m)
    (outdir / f"{rep.book.name}.expected.json").write_text(
        json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return fods_text, exp


def main(here: Path, modules: list, argv=None) -> None:
    """Build the set in ``here``: each module of ``modules`` (in ``here/src``) gives a
    ``report()``; all of them, or those named in ``argv`` (module or PDF stem). The flat ODS
    is kept in ``src/fods/``. LibreOffice runs with a profile of this run's own."""
    import argparse
    import importlib
    import subprocess
    import tempfile

    from libreoffice import private_fontconfig

    ap = argparse.ArgumentParser(description=f"Rebuild the {here.name} set.")
    ap.add_argument("names", nargs="*")
    a = ap.parse_args(argv)
    (here / "src" / "fods").mkdir(exist_ok=True)
    print(subprocess.run(["soffice", "--version"], capture_output=True, text=True).stdout.strip())
    with tempfile.TemporaryDirectory(prefix=f"icp-{here.name}-") as tmpdir:
        work = Path(tmpdir)
        profile = (work / "lo-profile").as_uri()
        fontconf = private_fontconfig(work)
        for m in modules:
            if not (here / "src" / f"{m}.py").exists():
                continue  # a report not written yet
            rep = importlib.import_module(m).report()
            if a.names and m not in a.names and rep.book.name not in a.names:
                continue
            fods, exp = build(rep, here, work, profile, fontconf)
            (here / "src" / "fods" / f"{rep.book.name}.fods").write_text(fods, encoding="utf-8")
            pages = [r["pages"] for r in exp["risks"]]
            print(f"{rep.book.name}: {exp['source']['pages']} pages, {len(exp['risks'])} risks, "
                  f"pages {pages}")
