"""Write a holdout ``Doc`` as flat ODF (.fodt) with Swedish automatic hyphenation on every
paragraph style (converted to PDF by ``samples/build/libreoffice.py``)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from hmodel import Doc, P, Table
from libreoffice import SV, cm, default_styles, flat_odt, paragraphs

# on every paragraph style (and the default style)


class Writer:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.pstyles: dict[tuple, str] = {}
        self.cstyles: dict[tuple, str] = {}
        self.auto: list[str] = []

    def pstyle(
        self,
        size: float,
        align: str = "justify",
        bold: bool = False,
        italic: bool = False,
        before: float = 0.0,
        after: float = 0.0,
        font: str | None = None,
        keep_next: bool = False,
    ) -> str:
        key = (size, align, bold, italic, before, after, font, keep_next)
        if key in self.pstyles:
            return self.pstyles[key]
        name = f"P{len(self.pstyles)}"
        self.pstyles[key] = name
        font = font or self.doc.font
        fo_align = {"left": "start", "right": "end"}.get(align, align)
        single = ' style:justify-single-word="false"' if align == "justify" else ""
        kn = ' fo:keep-with-next="always"' if keep_next else ""
        w = ' fo:font-weight="bold"' if bold else ""
        it = ' fo:font-style="italic"' if italic else ""
        self.auto.append(
            f'<style:style style:name="{name}" style:family="paragraph" '
            'style:parent-style-name="Standard">'
            f'<style:paragraph-properties fo:text-align="{fo_align}"{single} '
            f'fo:margin-top="{cm(before)}" fo:margin-bottom="{cm(after)}" '
            f'fo:hyphenation-ladder-count="no-limit" fo:orphans="2" fo:widows="2"{kn}/>'
            f'<style:text-properties style:font-name="{font}" fo:font-size="{size}pt"{w}{it} {SV}/>'
            "</style:style>"
        )
        return name

    def named(self, style: str) -> str:
        b = self.doc.body_size
        if style == "Title":
            return self.pstyle(b + 5, "left", True, after=0.35, keep_next=True)
        if style == "H2":
            return self.pstyle(b + 1, "left", True, before=0.3, after=0.15, keep_next=True)
        if style == "Body":
            return self.pstyle(b, "justify", after=0.2)
        if style == "Small":
            return self.pstyle(b - 2, "left", after=0.1)
        if style == "Sign":
            return self.pstyle(b, "left", before=0.5)
        raise ValueError(style)

    def cellstyle(self, t: Table, kind: str, pad: float = 0.1) -> str:
        """kind: caption | head | body."""
        key = (t.rules, t.rule, kind, t.header_fill, t.caption_fill, t.header_valign)
        if key in self.cstyles:
            return self.cstyles[key]
        name = f"TC{len(self.cstyles)}"
        self.cstyles[key] = name
        line = t.rule
        if t.rules == "full":
            border = f'fo:border="{line}"'
        elif t.rules == "horizontal":  # no vertical lines anywhere
            top = (
                f'fo:border-top="{line}"' if kind in ("caption", "head") else 'fo:border-top="none"'
            )
            border = f'{top} fo:border-bottom="{line}" fo:border-left="none" fo:border-right="none"'
        else:
            border = 'fo:border="none"'
        fill = {"caption": t.caption_fill, "head": t.header_fill}.get(kind)
        bg = f' fo:background-color="{fill}"' if fill else ""
        valign = t.header_valign if kind == "head" else "top"
        self.auto.append(
            f'<style:style style:name="{name}" style:family="table-cell">'
            f'<style:table-cell-properties style:vertical-align="{valign}" fo:padding="{cm(pad)}" '
            f"{border}{bg}/></style:style>"
        )
        return name

    def para(self, style: str, text: str) -> str:
        return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'

    def cell(self, cstyle: str, pstyle: str, value, extra: str = "") -> str:
        inner = "".join(self.para(pstyle, p) for p in (paragraphs(value) or [""]))
        return (
            f'<table:table-cell table:style-name="{cstyle}" office:value-type="string"{extra}>'
            f"{inner}</table:table-cell>"
        )

    def table(self, t: Table) -> str:
        tname = f"T{len(self.auto)}"
        width = sum(c.width for c in t.cols)
        font = t.font or self.doc.font
        size = t.size or self.doc.cell_size
        hsize = t.head_size or size
        self.auto.append(
            f'<style:style style:name="{tname}" style:family="table">'
            f'<style:table-properties style:width="{cm(width)}" table:align="left" '
            'fo:margin-left="0cm" fo:margin-top="0.1cm" fo:margin-bottom="0.3cm" '
            'table:border-model="collapsing"/></style:style>'
        )
        self.auto.append(
            f'<style:style style:name="{tname}.R" style:family="table-row">'
            '<style:table-row-properties fo:keep-together="auto"/></style:style>'
        )
        xml = [f'<table:table table:name="{escape(t.name)}" table:style-name="{tname}">']
        for i, c in enumerate(t.cols):
            self.auto.append(
                f'<style:style style:name="{tname}.C{i}" style:family="table-column">'
                f'<style:table-column-properties style:column-width="{cm(c.width)}"/></style:style>'
            )
            xml.append(f'<table:table-column table:style-name="{tname}.C{i}"/>')
        row = f'<table:table-row table:style-name="{tname}.R">'
        head_rows = []
        if t.caption:
            ps = self.pstyle(hsize + 1, "left", True, font=font)
            cap = self.cell(
                self.cellstyle(t, "caption"),
                ps,
                t.caption,
                f' table:number-columns-spanned="{len(t.cols)}"',
            )
            cap += "<table:covered-table-cell/>" * (len(t.cols) - 1)
            head_rows.append(row + cap + "</table:table-row>")
        cells = []
        for c in t.cols:
            ps = self.pstyle(hsize, c.head_align, True, font=font)
            cells.append(self.cell(self.cellstyle(t, "head"), ps, c.header))
        head_rows.append(row + "".join(cells) + "</table:table-row>")
        if t.repeat_header:
            # Writer repeats only leading rows: with a caption, the caption row and the header
            # row are both repeated on every page (as Word's "repeat as header row" would)
            xml.append(
                "<table:table-header-rows>" + "".join(head_rows) + "</table:table-header-rows>"
            )
        else:
            xml.extend(head_rows)
        for r in t.rows:
            cells = []
            for c in t.cols:
                ps = self.pstyle(size, c.align, font=font)
                cells.append(self.cell(self.cellstyle(t, "body"), ps, r.get(c.key)))
            xml.append(row + "".join(cells) + "</table:table-row>")
        xml.append("</table:table>")
        return "".join(xml)

    def render(self) -> str:
        d = self.doc
        body = []
        for blk in d.blocks:
            if isinstance(blk, P):
                body.append(self.para(self.named(blk.style), blk.text))
            elif isinstance(blk, Table):
                body.append(self.table(blk))
            else:
                raise TypeError(blk)
        body.append(self.para(self.pstyle(2, "left"), ""))
        pg = d.page
        hf_layout = ""
        master = ""
        if d.running_header:
            hf_layout += (
                '<style:header-style><style:header-footer-properties fo:min-height="0.5cm" '
                'fo:margin-bottom="0.4cm"/></style:header-style>'
            )
            hs = self.pstyle(d.body_size - 2, "left", italic=True)
            master += f"<style:header>{self.para(hs, d.running_header)}</style:header>"
        if d.footer:
            hf_layout += (
                '<style:footer-style><style:header-footer-properties fo:min-height="0.5cm" '
                'fo:margin-top="0.4cm"/></style:footer-style>'
            )
            fs = self.pstyle(d.body_size - 2, "center")
            txt = escape(d.footer).replace(
                "{page}", '<text:page-number text:select-page="current"/>'
            )
            txt = txt.replace("{pages}", "<text:page-count/>")
            master += f'<style:footer><text:p text:style-name="{fs}">{txt}</text:p></style:footer>'
        orient = "landscape" if pg.landscape else "portrait"
        layout = (
            f'<style:page-layout style:name="PL"><style:page-layout-properties '
            f'fo:page-width="{cm(pg.width)}" fo:page-height="{cm(pg.height)}" '
            f'style:print-orientation="{orient}" fo:margin-top="{cm(pg.top)}" '
            f'fo:margin-bottom="{cm(pg.bottom)}" fo:margin-left="{cm(pg.left)}" '
            f'fo:margin-right="{cm(pg.right)}" style:writing-mode="lr-tb"/>'
            f"{hf_layout}</style:page-layout>"
        )
        return flat_odt(
            d.title,
            default_styles(d.font, d.body_size),
            layout + "".join(self.auto),
            '<style:master-page style:name="Standard" '
            f'style:page-layout-name="PL">{master}</style:master-page>',
            body,
        )


def build_fodt(doc: Doc) -> str:
    return Writer(doc).render()
