"""Write a ``Doc`` as a flat ODF text document (.fodt) with Swedish automatic hyphenation
(converted to PDF by ``samples/build/libreoffice.py``)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from libreoffice import SV, cm, default_styles, flat_odt
from libreoffice import paragraphs as _paragraphs
from model import Cell, Col, Doc, P, PageBreak, RiskBlock, Table




def paragraphs(value) -> list[str]:
    """A cell value (a :class:`Cell` or its value) as a list of paragraph strings."""
    return _paragraphs(value.value if isinstance(value, Cell) else value)


class Writer:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.pstyles: dict[str, str] = {}
        self.auto: list[str] = []
        self.cellstyles: dict[tuple, str] = {}

    # -- styles ------------------------------------------------------------------------------
    def pstyle(self, size: float, align: str = "justify", bold: bool = False, italic=False,
               before: float = 0.0, after: float = 0.0, extra_par: str = "",
               font: str | None = None, keep_next: bool = False, inner: str = "") -> str:
        key = (size, align, bold, italic, before, after, extra_par, font, keep_next, inner)
        for n, k in self.pstyles.items():
            if k == key:
                return n
        name = f"P{len(self.pstyles)}"
        font = font or self.doc.font
        single = ' style:justify-single-word="false"' if align == "justify" else ""
        kn = ' fo:keep-with-next="always"' if keep_next else ""
        w = ' fo:font-weight="bold"' if bold else ""
        it = ' fo:font-style="italic"' if italic else ""
        fo_align = {"left": "start", "right": "end"}.get(align, align)
        self.pstyles[name] = key
        self.auto.append(
            f'<style:style style:name="{name}" style:family="paragraph">'
            f'<style:paragraph-properties fo:text-align="{fo_align}"{single} '
            f'fo:margin-top="{cm(before)}" fo:margin-bottom="{cm(after)}" {extra_par}'
            f'fo:hyphenation-ladder-count="no-limit" fo:orphans="2" fo:widows="2"{kn}>{inner}'
            f'</style:paragraph-properties>'
            f'<style:text-properties style:font-name="{font}" fo:font-size="{size}pt"{w}{it} {SV}/>'
            "</style:style>"
        )
        return name

    def named(self, style: str) -> str:
        d = self.doc
        b = d.body_size
        if style == "Title":
            return self.pstyle(b + 5, "left", True, after=0.35, keep_next=True)
        if style == "H1":
            return self.pstyle(b + 2, "left", True, before=0.35, after=0.2, keep_next=True)
        if style == "H2":
            return self.pstyle(b, "left", True, before=0.25, after=0.12, keep_next=True)
        if style == "H1PB":
            return self.pstyle(b + 2, "left", True, before=0.0, after=0.2, keep_next=True,
                               extra_par='fo:break-before="page" ')
        if style == "Body":
            return self.pstyle(b, "justify", after=0.2)
        if style == "BodyLeft":
            return self.pstyle(b, "left", after=0.2)
        if style == "Small":
            return self.pstyle(b - 2, "left", after=0.1)
        if style == "Sign":
            return self.pstyle(b, "left", before=0.6, after=0.0)
        if style == "Toc":
            stop = self.doc.page.width - self.doc.page.left - self.doc.page.right
            return self.pstyle(
                b, "left", after=0.08,
                inner=f'<style:tab-stops><style:tab-stop style:position="{cm(stop)}" '
                'style:type="right" style:leader-style="dotted" style:leader-text="."/>'
                "</style:tab-stops>",
            )
        if style == "Block":  # "Label:<tab>value" with a hanging indent
            return self.pstyle(
                b, "justify", after=0.06,
                extra_par='fo:margin-left="3.6cm" fo:text-indent="-3.6cm" ',
                inner='<style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops>',
            )
        if style == "BlockHead":
            return self.pstyle(b + 1, "left", True, before=0.5, after=0.15, keep_next=True)
        raise ValueError(style)

    def cellstyle(self, rules: str, header: bool, fill: str | None, color: str) -> str:
        key = (rules, header, fill, color)
        if key in self.cellstyles:
            return self.cellstyles[key]
        name = f"TC{len(self.cellstyles)}"
        self.cellstyles[key] = name
        line = f"0.5pt solid {color}"
        if rules == "full":
            border = f'fo:border="{line}"'
        elif rules == "horizontal":
            top = f'fo:border-top="{line}"' if header else 'fo:border-top="none"'
            border = f'{top} fo:border-bottom="{line}" fo:border-left="none" fo:border-right="none"'
        else:
            border = 'fo:border="none"'
        bg = f' fo:background-color="{fill}"' if fill else ""
        self.auto.append(
            f'<style:style style:name="{name}" style:family="table-cell">'
            f'<style:table-cell-properties style:vertical-align="top" fo:padding="0.1cm" '
            f"{border}{bg}/></style:style>"
        )
        return name

    # -- content -----------------------------------------------------------------------------
    def inline(self, content) -> str:
        if isinstance(content, str):
            return escape(content)
        out = []
        for item in content:
            if isinstance(item, str):
                out.append(escape(item))
            elif item[0] == "b":
                out.append(f'<text:span text:style-name="Bold">{escape(item[1])}</text:span>')
            elif item[0] == "i":
                out.append(f'<text:span text:style-name="Ital">{escape(item[1])}</text:span>')
            elif item[0] == "tab":
                out.append("<text:tab/>")
            elif item[0] == "br":
                out.append("<text:line-break/>")
            else:
                raise ValueError(item)
        return "".join(out)

    def para(self, style_name: str, content) -> str:
        return f'<text:p text:style-name="{style_name}">{self.inline(content)}</text:p>'

    def table(self, t: Table) -> str:
        n = len(self.auto)
        tname = f"T{n}"
        width = sum(c.width for c in t.cols)
        self.auto.append(
            f'<style:style style:name="{tname}" style:family="table">'
            f'<style:table-properties style:width="{cm(width)}" table:align="left" '
            f'fo:margin-left="0cm" fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"/></style:style>'
        )
        cols = []
        for i, c in enumerate(t.cols):
            self.auto.append(
                f'<style:style style:name="{tname}.C{i}" style:family="table-column">'
                f'<style:table-column-properties style:column-width="{cm(c.width)}"/></style:style>'
            )
            cols.append(f'<table:table-column table:style-name="{tname}.C{i}"/>')
        self.auto.append(
            f'<style:style style:name="{tname}.R" style:family="table-row">'
            '<style:table-row-properties fo:keep-together="auto"/></style:style>'
        )
        size = t.size or self.doc.cell_size
        hsize = t.head_size or size
        xml = [f'<table:table table:name="{escape(t.name)}" table:style-name="{tname}">', *cols]
        if t.header:
            cells = []
            for c in t.cols:
                ps = self.pstyle(hsize, c.head_align, True)
                inner = "".join(self.para(ps, p) for p in (paragraphs(c.header) or [""]))
                cs = self.cellstyle(t.rules, True, t.header_fill, t.rule_color)
                cells.append(f'<table:table-cell table:style-name="{cs}" office:value-type="string">{inner}</table:table-cell>')
            xml.append(f'<table:table-header-rows><table:table-row table:style-name="{tname}.R">{"".join(cells)}</table:table-row></table:table-header-rows>')
        covered: dict[tuple[int, int], bool] = {}
        for r, row in enumerate(t.rows):
            cells = []
            ci = 0
            while ci < len(t.cols):
                c = t.cols[ci]
                if covered.get((r, ci)):
                    cells.append("<table:covered-table-cell/>")
                    ci += 1
                    continue
                value = row.get(c.key)
                cell = value if isinstance(value, Cell) else Cell(value)
                span = ""
                rs = row.get("_span", {}).get(c.key, 1) if isinstance(row.get("_span"), dict) else 1
                if rs > 1:
                    span += f' table:number-rows-spanned="{rs}"'
                    for k in range(1, rs):
                        covered[(r + k, ci)] = True
                if cell.colspan > 1:
                    span += f' table:number-columns-spanned="{cell.colspan}"'
                ps = self.pstyle(size, cell.align or c.align, cell.bold)
                inner = "".join(self.para(ps, p) for p in (paragraphs(cell) or [""]))
                cs = self.cellstyle(t.rules, False, cell.fill, t.rule_color)
                cells.append(f'<table:table-cell table:style-name="{cs}" office:value-type="string"{span}>{inner}</table:table-cell>')
                for k in range(1, cell.colspan):
                    cells.append("<table:covered-table-cell/>")
                ci += cell.colspan
            xml.append(f'<table:table-row table:style-name="{tname}.R">{"".join(cells)}</table:table-row>')
        xml.append("</table:table>")
        return "".join(xml)

    def block(self, b: RiskBlock) -> str:
        out = []
        if b.heading:
            out.append(self.para(self.named("BlockHead"), b.heading))
        if b.table:
            t = Table(name=b.heading or "Risk", header=False, rules="full",
                      cols=[Col("l", None, b.table[0], align="left"), Col("v", None, b.table[1])],
                      rows=[{"l": Cell(label, bold=True), "v": str(value) if value != "" else None}
                            for label, _f, value in b.lines])
            out.append(self.table(t))
            return "".join(out)
        st = self.named("Block")
        for label, _field, value in b.lines:
            out.append(self.para(st, [("b", f"{label}:"), ("tab",), str(value)]))
        return "".join(out)

    def render(self) -> str:
        d = self.doc
        body = []
        for blk in d.blocks:
            if isinstance(blk, P):
                body.append(self.para(self.named(blk.style), blk.text))
            elif isinstance(blk, PageBreak):
                body.append(self.para(self.pstyle(2, "left", extra_par='fo:break-before="page" '), ""))
            elif isinstance(blk, Table):
                body.append(self.table(blk))
            elif isinstance(blk, RiskBlock):
                body.append(self.block(blk))
            else:
                raise TypeError(blk)
        body.append(self.para(self.pstyle(2, "left"), ""))
        pg = d.page
        hf_layout = ""
        master_inner = ""
        if d.running_header:
            hf_layout += ('<style:header-style><style:header-footer-properties fo:min-height="0.5cm" '
                          'fo:margin-bottom="0.4cm"/></style:header-style>')
            hs = self.pstyle(d.body_size - 2, "left", italic=True)
            master_inner += f'<style:header>{self.para(hs, d.running_header)}</style:header>'
        if d.footer:
            hf_layout += ('<style:footer-style><style:header-footer-properties fo:min-height="0.5cm" '
                          'fo:margin-top="0.4cm"/></style:footer-style>')
            fs = self.pstyle(d.body_size - 2, "center")
            txt = escape(d.footer).replace("{page}", '<text:page-number text:select-page="current"/>')
            txt = txt.replace("{pages}", "<text:page-count/>")
            master_inner += f'<style:footer><text:p text:style-name="{fs}">{txt}</text:p></style:footer>'
        orient = "landscape" if pg.landscape else "portrait"
        page_layout = (
            f'<style:page-layout style:name="PL"><style:page-layout-properties '
            f'fo:page-width="{cm(pg.width)}" fo:page-height="{cm(pg.height)}" '
            f'style:print-orientation="{orient}" fo:margin-top="{cm(pg.top)}" '
            f'fo:margin-bottom="{cm(pg.bottom)}" fo:margin-left="{cm(pg.left)}" '
            f'fo:margin-right="{cm(pg.right)}" style:writing-mode="lr-tb"/>{hf_layout}</style:page-layout>'
        )
        styles = (
            default_styles(d.font, d.body_size)
            + '<style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
            '<style:style style:name="Ital" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>'
        )
        return flat_odt(
            d.title or d.name,
            styles,
            page_layout + "".join(self.auto),
            '<style:master-page style:name="Standard" '
            f'style:page-layout-name="PL">{master_inner}</style:master-page>',
            body,
        )


def build_fodt(doc: Doc) -> str:
    w = Writer(doc)
    body = w.render()
    return body
