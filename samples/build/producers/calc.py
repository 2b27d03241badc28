"""LibreOffice Calc as a producer: a spreadsheet risk register exported to PDF.

A document is a :class:`Sheet`: page layout (size, margins, printed grid, fit-to-width or a
fixed scale, running header and footer), columns with widths, named cell styles, and rows of
:class:`Cell` (merged cells through ``cols`` / ``rows``; the covered cells are written
automatically). It is written as a flat ``.fods`` and converted with ``soffice --headless
--convert-to pdf`` under a private fontconfig (``samples/build/libreoffice.py``) and a profile
of the caller's own; the PDF is rewritten canonically (``build_samples.canonical_pdf``) so that
rebuilds give the same bytes.

:func:`measure` reads the built PDF with pdfplumber only (never icp_extract): it finds the
cell grid from the printed rules (grid or borders), walks the rows page by page (a Calc row
never splits; repeated header rows open every page after the first) and checks that every
cell's text stands whole inside its own cell's box (so no line was cut off by a row height).
Rows whose text does not fit get a taller explicit height and the sheet is built again
(:func:`build`), so the printed sheet shows every line.
"""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

BUILD = Path(__file__).resolve().parents[1]
if str(BUILD) not in sys.path:
    sys.path.insert(0, str(BUILD))

from libreoffice import FONT_FAMILIES, convert, private_fontconfig  # noqa: E402

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"'
)


@dataclass
class CellStyle:
    font: str = "Liberation Sans"
    size: float = 9.0
    bold: bool = False
    italic: bool = False
    color: str | None = None
    bg: str | None = None
    align: str = "start"  # start | center | end | justify
    valign: str = "top"  # top | middle | bottom
    wrap: bool = True
    hyphenate: bool = True
    border: str | None = None  # e.g. "0.5pt solid #808080"
    padding: float | None = None  # cm
    # calc9: Calc's "shrink to fit cell size" (style:shrink-to-fit): the text is set on one
    # line in a smaller type until it fits the cell's width (use with wrap=False)
    shrink: bool = False


@dataclass
class Cell:
    text: object = None  # str | list[str] (paragraphs) | int | None
    style: str = "body"
    cols: int = 1
    rows: int = 1

    def paras(self) -> list[str]:
        if self.text is None:
            return []
        if isinstance(self.text, (int, float)):
            return [str(self.text)]
        if isinstance(self.text, str):
            return [self.text] if self.text.strip() else []
        return [p for p in self.text if p.strip()]


@dataclass
class Row:
    cells: list  # Cell or None, one per column not covered by a merge from above/left
    kind: str = "risk"  # title | header | risk | note | blank
    height: float | None = None  # cm; None: optimal (possibly raised by the build)
    risk: dict | None = None  # extra expected-record data (e.g. context) for kind "risk"


@dataclass
class Sheet:
    name: str
    sheet_name: str
    widths: list  # cm per printed column
    styles: dict  # name -> CellStyle
    rows: list  # Row
    header_rows: tuple = (0, 0)  # (first, last+1) of the repeated rows, or (0, 0)
    page_w: float = 21.0
    page_h: float = 29.7
    margins: tuple = (1.5, 1.5, 1.5, 1.5)  # top, bottom, left, right (cm)
    grid: bool = True
    fit_width: bool = False  # scale-to-X=1, scale-to-Y=0
    scale: int | None = None  # percent (style:scale-to)
    header: tuple | None = None  # (left, center, right) paragraphs of the running header
    footer: tuple | None = None
    hf_font: tuple = ("Liberation Sans", 8.0)
    centre_h: bool = False
    unruled_top: int = 0  # leading rows without rules (prose above a bordered table)
    default_font: tuple = ("Liberation Sans", 10.0)


# --------------------------------------------------------------------------------------------
# Writing the flat ODS


def _style_xml(name: str, s: CellStyle) -> str:
    cp = [f'style:vertical-align="{s.valign}"']
    if s.wrap:
        cp.append('fo:wrap-option="wrap"')
    if s.bg:
        cp.append(f'fo:background-color="{s.bg}"')
    if s.border:
        cp.append(f'fo:border="{s.border}"')
    if s.padding is not None:
        cp.append(f'fo:padding="{s.padding:.3f}cm"')
    if s.shrink:
        cp.append('style:shrink-to-fit="true"')
    pp = f'fo:text-align="{s.align}"'
    if s.align != "start":
        cp.append('style:text-align-source="fix"')
    tp = [
        f'style:font-name="{s.font}"',
        f'fo:font-size="{s.size}pt"',
        'fo:language="sv" fo:country="SE"',
    ]
    if s.hyphenate:
        tp.append('fo:hyphenate="true"')
    if s.bold:
        tp.append('fo:font-weight="bold"')
    if s.italic:
        tp.append('fo:font-style="italic"')
    if s.color:
        tp.append(f'fo:color="{s.color}"')
    return (
        f'<style:style style:name="{name}" style:family="table-cell" '
        'style:parent-style-name="Default">'
        f'<style:table-cell-properties {" ".join(cp)}/>'
        f"<style:paragraph-properties {pp}/>"
        f'<style:text-properties {" ".join(tp)}/></style:style>'
    )


def _region(parts, font) -> str:
    if parts is None:
        return ""
    out = []
    for tag, text in zip(("region-left", "region-center", "region-right"), parts):
        paras = [text] if isinstance(text, str) else list(text or [])
        body = "".join(
            '<text:p><text:span text:style-name="Thf">'
            + escape(p)
            .replace("{page}", "<text:page-number>1</text:page-number>")
            .replace("{pages}", "<text:page-count>1</text:page-count>")
            + "</text:span></text:p>"
            for p in paras
        ) or "<text:p/>"
        out.append(f"<style:{tag}>{body}</style:{tag}>")
    return "".join(out)


def _col_letter(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def layout_grid(sh: Sheet) -> list[list]:
    """Place each row's cells on the column grid: result[r][c] is (Cell, r0, c0) for the cell
    whose area covers (r, c), or None for an empty position."""
    n = len(sh.widths)
    grid = [[None] * n for _ in sh.rows]
    for r, row in enumerate(sh.rows):
        it = iter(row.cells)
        c = 0
        while c < n:
            if grid[r][c] is not None:
                c += 1
                continue
            try:
                cell = next(it)
            except StopIteration:
                break
            if cell is None:
                c += 1
                continue
            for dr in range(cell.rows):
                for dc in range(cell.cols):
                    grid[r + dr][c + dc] = (cell, r, c)
            c += cell.cols
        rest = list(it)
        if any(x is not None for x in rest):
            raise ValueError(f"{sh.name}: row {r} has more cells than columns")
    return grid


def to_fods(sh: Sheet, heights: dict) -> str:
    grid = layout_grid(sh)
    auto = []
    for i, w in enumerate(sh.widths):
        auto.append(
            f'<style:style style:name="co{i}" style:family="table-column">'
            f'<style:table-column-properties fo:break-before="auto" style:column-width="{w:.3f}cm"/>'
            "</style:style>"
        )
    auto.append(
        '<style:style style:name="roopt" style:family="table-row"><style:table-row-properties '
        'style:use-optimal-row-height="true" fo:break-before="auto"/></style:style>'
    )
    hstyles = {}
    for r, row in enumerate(sh.rows):
        h = heights.get(r, row.height)
        if h is not None:
            key = f"{h:.3f}"
            if key not in hstyles:
                hstyles[key] = f"ro{len(hstyles)}"
                auto.append(
                    f'<style:style style:name="{hstyles[key]}" style:family="table-row">'
                    f'<style:table-row-properties style:row-height="{h:.3f}cm" '
                    'style:use-optimal-row-height="false" fo:break-before="auto"/></style:style>'
                )
    auto.append(
        '<style:style style:name="ta1" style:family="table" style:master-page-name="mp1">'
        '<style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>'
    )
    for name, st in sh.styles.items():
        auto.append(_style_xml(name, st))
    top, bottom, left, right = sh.margins
    printed = "grid charts drawings objects zero-values" if sh.grid else "charts drawings objects zero-values"
    scale = ""
    if sh.fit_width:
        scale = 'style:scale-to-X="1" style:scale-to-Y="0"'
    elif sh.scale:
        scale = f'style:scale-to="{sh.scale}%"'
    orient = "landscape" if sh.page_w > sh.page_h else "portrait"
    hf_font, hf_size = sh.hf_font
    hf = (
        f'<style:header-style><style:header-footer-properties fo:min-height="0.6cm" '
        f'fo:margin-bottom="0.3cm" fo:margin-left="0cm" fo:margin-right="0cm"/></style:header-style>'
        f'<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" '
        f'fo:margin-top="0.3cm" fo:margin-left="0cm" fo:margin-right="0cm"/></style:footer-style>'
    )
    auto.append(
        '<style:page-layout style:name="pm1"><style:page-layout-properties '
        f'fo:page-width="{sh.page_w:.3f}cm" fo:page-height="{sh.page_h:.3f}cm" '
        f'style:print-orientation="{orient}" fo:margin-top="{top:.3f}cm" '
        f'fo:margin-bottom="{bottom:.3f}cm" fo:margin-left="{left:.3f}cm" '
        f'fo:margin-right="{right:.3f}cm" style:print="{printed}" '
        f'style:print-page-order="ttb" style:table-centering="{"horizontal" if sh.centre_h else "none"}" '
        f'{scale}/>{hf}</style:page-layout>'
    )
    auto.append(
        '<style:style style:name="Thf" style:family="text">'
        f'<style:text-properties style:font-name="{hf_font}" fo:font-size="{hf_size}pt" '
        'fo:language="sv" fo:country="SE"/></style:style>'
    )
    master = '<style:master-page style:name="mp1" style:page-layout-name="pm1">'
    if sh.header:
        master += f"<style:header>{_region(sh.header, hf_font)}</style:header>"
    else:
        master += '<style:header style:display="false"/>'
    if sh.footer:
        master += f"<style:footer>{_region(sh.footer, hf_font)}</style:footer>"
    else:
        master += '<style:footer style:display="false"/>'
    master += "</style:master-page>"

    body = []
    last_col = _col_letter(len(sh.widths) - 1)
    body.append(
        f'<table:table table:name="{escape(sh.sheet_name)}" table:style-name="ta1" '
        f'table:print-ranges="&apos;{escape(sh.sheet_name)}&apos;.A1:&apos;{escape(sh.sheet_name)}&apos;.'
        f'{last_col}{len(sh.rows)}">'
    )
    for i in range(len(sh.widths)):
        body.append(f'<table:table-column table:style-name="co{i}" table:default-cell-style-name="Default"/>')
    h0, h1 = sh.header_rows
    for r, row in enumerate(sh.rows):
        if r == h0 and h1 > h0:
            body.append("<table:table-header-rows>")
        h = heights.get(r, row.height)
        rs = hstyles[f"{h:.3f}"] if h is not None else "roopt"
        cells = []
        for c in range(len(sh.widths)):
            g = grid[r][c]
            if g is None:
                style = row_empty_style(sh, row)
                cells.append(f'<table:table-cell table:style-name="{style}"/>' if style else "<table:table-cell/>")
                continue
            cell, r0, c0 = g
            if (r0, c0) != (r, c):
                cells.append(f'<table:covered-table-cell table:style-name="{cell.style}"/>')
                continue
            attrs = [f'table:style-name="{cell.style}"']
            if cell.cols > 1:
                attrs.append(f'table:number-columns-spanned="{cell.cols}"')
            if cell.rows > 1:
                attrs.append(f'table:number-rows-spanned="{cell.rows}"')
            paras = cell.paras()
            if not paras:
                cells.append(f"<table:table-cell {' '.join(attrs)}/>")
                continue
            if isinstance(cell.text, int):
                attrs.append(f'office:value-type="float" office:value="{cell.text}"')
            else:
                attrs.append('office:value-type="string"')
            ps = "".join(f"<text:p>{escape(p)}</text:p>" for p in paras)
            cells.append(f"<table:table-cell {' '.join(attrs)}>{ps}</table:table-cell>")
        body.append(f'<table:table-row table:style-name="{rs}">' + "".join(cells) + "</table:table-row>")
        if r == h1 - 1 and h1 > h0:
            body.append("</table:table-header-rows>")
    body.append("</table:table>")

    dfont, dsize = sh.default_font
    fonts = "".join(
        f'<style:font-face style:name="{f}" svg:font-family="&apos;{f}&apos;" '
        f'style:font-family-generic="{"roman" if "Serif" in f else "swiss"}" style:font-pitch="variable"/>'
        for f in FONT_FAMILIES
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document {NS} office:version="1.3" '
        'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">\n'
        f"<office:meta><dc:title>{escape(sh.sheet_name)}</dc:title><dc:language>sv-SE</dc:language></office:meta>\n"
        f"<office:font-face-decls>{fonts}</office:font-face-decls>\n"
        '<office:styles><style:default-style style:family="table-cell">'
        f'<style:text-properties style:font-name="{dfont}" fo:font-size="{dsize}pt" fo:language="sv" fo:country="SE"/>'
        "</style:default-style>"
        '<style:style style:name="Default" style:family="table-cell">'
        f'<style:text-properties style:font-name="{dfont}" fo:font-size="{dsize}pt" fo:language="sv" fo:country="SE"/>'
        "</style:style></office:styles>\n"
        f"<office:automatic-styles>{''.join(auto)}</office:automatic-styles>\n"
        f"<office:master-styles>{master}</office:master-styles>\n"
        "<office:body><office:spreadsheet>\n" + "\n".join(body) + "\n</office:spreadsheet></office:body>\n"
        "</office:document>\n"
    )


def row_empty_style(sh: Sheet, row: Row) -> str | None:
    """Style of an empty position in ``row``: the style named "<kind>_empty" if the sheet has
    one (e.g. bordered empty trailing cells), else none."""
    name = f"{row.kind}_empty"
    return name if name in sh.styles else None


# --------------------------------------------------------------------------------------------
# Measuring the PDF


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _edges(page):
    """Distinct x of vertical and y of horizontal rules (lines, thin rects) on the page."""
    xs, ys = [], []
    for e in page.edges:
        if e["orientation"] == "v" and e["height"] > 2:
            xs.append(e["x0"])
        elif e["orientation"] == "h" and e["width"] > 2:
            ys.append(e["top"])

    def distinct(v):
        out = []
        for x in sorted(v):
            if not out or x - out[-1] > 1.0:
                out.append(x)
        return out

    return distinct(xs), distinct(ys)


@dataclass
class Measured:
    pages: int
    row_page: dict  # sheet row -> page (1-based)
    problems: list  # (row, col, expected, found)
    hyphen_ends: int = 0
    real_hyphen_ends: int = 0
    chars: dict = field(default_factory=dict)


def measure(sh: Sheet, pdf_path: Path) -> Measured:
    import pdfplumber

    grid = layout_grid(sh)
    h0, h1 = sh.header_rows
    ncols = len(sh.widths)
    row_page: dict = {}
    boxes: dict = {}  # row -> (page_index, [y edges: top of row, bottom])
    problems = []
    soft = real = 0
    with pdfplumber.open(pdf_path) as pdf:
        npages = len(pdf.pages)
        r = 0
        page_rows = []
        for pi, page in enumerate(pdf.pages):
            xs, ys = _edges(page)
            if len(xs) != ncols + 1:
                raise SystemExit(f"{sh.name}: page {pi + 1}: {len(xs)} column rules, expected {ncols + 1}")
            order = list(range(h0, h1)) if pi > 0 else []
            if pi == 0 and sh.unruled_top:
                top_chars = [ch for ch in page.chars if ch["bottom"] < ys[0] and ch["text"].strip()]
                above = norm("".join(ch["text"] for ch in sorted(top_chars, key=lambda c: (round(c["top"]), c["x0"]))))
                for rr in range(sh.unruled_top):
                    for cell in sh.rows[rr].cells:
                        if cell is not None and norm(" ".join(cell.paras())) not in above:
                            problems.append((rr, 0, " ".join(cell.paras()), above, False))
                    row_page[rr] = 1
                r = sh.unruled_top
            n = len(ys) - 1
            rows_here = order[:]
            while len(rows_here) < n and r < len(sh.rows):
                rows_here.append(r)
                r += 1
            page_rows.append((page, xs, ys, rows_here))
        if r != len(sh.rows):
            raise SystemExit(f"{sh.name}: the PDF shows {r} of {len(sh.rows)} rows")
        for pi, (page, xs, ys, rows_here) in enumerate(page_rows):
            chars = [c for c in page.chars if c["text"].strip()]
            for k, rr in enumerate(rows_here):
                repeated = pi > 0 and k < (h1 - h0)
                if not repeated:
                    row_page.setdefault(rr, pi + 1)
                for c in range(ncols):
                    g = grid[rr][c]
                    if g is None:
                        continue
                    cell, r0, c0 = g
                    if (r0, c0) != (rr, c):
                        continue
                    # the box: spanned columns, spanned rows (those on this page)
                    k_end = k + cell.rows
                    if k_end > len(rows_here):
                        raise SystemExit(f"{sh.name}: merged cell at row {rr} crosses a page break")
                    x0, x1 = xs[c], xs[c + cell.cols]
                    y0, y1 = ys[k], ys[k_end]
                    inside = [
                        ch
                        for ch in chars
                        if x0 - 0.5 <= (ch["x0"] + ch["x1"]) / 2 <= x1 + 0.5
                        and y0 - 0.5 <= (ch["top"] + ch["bottom"]) / 2 <= y1 + 0.5
                    ]
                    found = "".join(ch["text"] for ch in inside)
                    want = " ".join(cell.paras())
                    # every char must be fully inside the box
                    # (a glyph box must end above the cell's bottom rule; it may rise above the top rule a
                    # little: Carlito's box does by 0.25 em)
                    cut = [
                        ch
                        for ch in inside
                        if ch["bottom"] > y1 - 0.2 or ch["top"] < y0 - 0.35 * ch["size"]
                    ]
                    if norm(found) != norm(want) or cut:
                        problems.append((rr, c, want, found, cut != []))
                    elif want and not repeated:
                        s, t = _hyphen_ends(inside, want)
                        soft += s
                        real += t
    return Measured(npages, row_page, problems, soft, real)


def _hyphen_ends(chars, want: str):
    """Line-end hyphens in one cell: (typesetter's, real)."""
    lines: list = []
    for ch in sorted(chars, key=lambda c: (round(c["top"]), c["x0"])):
        if lines and abs(lines[-1][0] - ch["top"]) < 1.5:
            lines[-1][1].append(ch)
        else:
            lines.append([ch["top"], [ch]])
    texts = []
    for _top, cs in lines:
        cs.sort(key=lambda c: c["x0"])
        t = ""
        prev = None
        for ch in cs:
            if prev is not None and ch["x0"] - prev["x1"] > ch["size"] * 0.15:
                t += " "
            t += ch["text"]
            prev = ch
        texts.append(t)
    src = re.sub(r"\s+", " ", want)
    soft = real = 0
    for a, b in zip(texts, texts[1:]):
        if a.endswith("-") and not a.endswith(" -"):
            left = a.split()[-1]
            right = b.split()[0] if b.split() else ""
            if (left + right) in src or (left + " " + right) in src:
                real += 1
            elif (left[:-1] + right) in src or norm(left[:-1] + right) in norm(src):
                soft += 1
    return soft, real


# --------------------------------------------------------------------------------------------
# Building


def canonical(data: bytes) -> bytes:
    from build_samples import canonical_pdf

    return canonical_pdf(data)


def build(sh: Sheet, outdir: Path, work: Path, profile: str, fontconf: Path, max_rounds=8, verbose=False):
    """Write ``sh`` as .fods, convert it, raise the rows whose text is cut, repeat until every
    cell shows its whole text; write the canonical PDF to ``outdir/<name>.pdf``. Returns
    (Measured, heights used, fods text)."""
    heights: dict = {}
    for _round in range(max_rounds):
        fods = work / f"{sh.name}.fods"
        fods.write_text(to_fods(sh, heights), encoding="utf-8")
        pdf = convert(fods, work, fontconf, profile)
        data = canonical(pdf.read_bytes())
        out = outdir / f"{sh.name}.pdf"
        out.write_bytes(data)
        m = measure(sh, out)
        if not m.problems:
            return m, heights, fods.read_text(encoding="utf-8")
        raised = set()
        for rr, c, want, found, cut in m.problems:
            grid = layout_grid(sh)
            cell, r0, c0 = grid[rr][c]
            last = r0 + cell.rows - 1
            if verbose:
                print(f"  row {rr} col {c}: cut={cut} want={want[:50]!r} found={found[:50]!r}")
            if last in raised:
                continue
            if last < sh.unruled_top:
                raise SystemExit(f"{sh.name}: prose row {last} not printed whole: {want[:60]!r}")
            raised.add(last)
            st = sh.styles[cell.style]
            cur = heights.get(last, sh.rows[last].height)
            if cur is None:
                cur = _row_height_pt(out, sh, last) / 72 * 2.54
            heights[last] = round(cur + st.size * 1.25 / 72 * 2.54, 3)
    raise SystemExit(f"{sh.name}: cells still cut after {max_rounds} rounds: {m.problems[:3]}")


def _row_height_pt(pdf_path: Path, sh: Sheet, row: int) -> float:
    """Printed height of ``row`` in the PDF, in points, unscaled back to sheet size."""
    import pdfplumber

    h0, h1 = sh.header_rows
    with pdfplumber.open(pdf_path) as pdf:
        r = 0
        for pi, page in enumerate(pdf.pages):
            _xs, ys = _edges(page)
            rows_here = list(range(h0, h1)) if pi > 0 else []
            if pi == 0:
                r = sh.unruled_top
            while len(rows_here) < len(ys) - 1 and r < len(sh.rows):
                rows_here.append(r)
                r += 1
            if row in rows_here:
                k = rows_here.index(row)
                xs = _xs
                scale = (xs[-1] - xs[0]) / (sum(sh.widths) / 2.54 * 72)
                return (ys[k + 1] - ys[k]) / scale
    raise ValueError(row)


def tool_versions() -> str:
    res = subprocess.run(["soffice", "--version"], capture_output=True, text=True)
    return res.stdout.strip()


__all__ = [
    "Cell",
    "CellStyle",
    "Row",
    "Sheet",
    "build",
    "layout_grid",
    "measure",
    "norm",
    "private_fontconfig",
    "tool_versions",
]
