"""Write a holdout ``Doc`` (``holdout_model``) as flat ODF (.fodt) with Swedish automatic
hyphenation on every paragraph style, for ``../holdout2`` and ``../holdout3``: ruled tables,
horizontal rules only or none at all, a two-level header (group cells spanning columns, the
other header cells spanning both header rows, both rows repeated), header text colour, zebra
rows, cells spanning rows, list items and numbered items with a hanging indent, manual line
breaks, a plain non-risk table, page breaks, a running page header, a tunable space above the
table, and several master pages (portrait cover, landscape table); for ``../holdout4`` also
section rows (one merged, shaded, bold cell over all columns), header text turned 90° and
inline bold / italic words; for ``../holdout5`` body cells centred vertically
(``Table.body_valign``), a tight line height (``Table.line_height``) and several risk tables
in one document (each block is written by itself); for ``../holdout6`` body cells whose
text is turned 90° (``Col.body_rotate``) and paragraphs in newspaper columns (``Section``)."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from holdout_model import (
    BOLD,
    BULLETS,
    ITALIC,
    LINE_BREAK,
    NUMBERED,
    SECTION,
    Doc,
    P,
    Page,
    Section,
    SmallTable,
    Table,
)
from libreoffice import SV, cm, default_styles, flat_odt, paragraphs



class Writer:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.pstyles: dict[tuple, str] = {}
        self.cstyles: dict[tuple, str] = {}
        self.auto: list[str] = []
        self.tstyles: dict[str, str] = {}  # inline bold / italic text styles, made when used

    def pstyle(self, size, align="justify", bold=False, italic=False, before=0.0, after=0.0,
               font=None, keep_next=False, color=None, indent=0.0, master=None,
               break_before=False, rotate=False, line_height=None) -> str:
        key = (size, align, bold, italic, before, after, font, keep_next, color, indent, master,
               break_before, rotate, line_height)
        if key in self.pstyles:
            return self.pstyles[key]
        name = f"P{len(self.pstyles)}"
        self.pstyles[key] = name
        font = font or self.doc.font
        fo_align = {"left": "start", "right": "end"}.get(align, align)
        single = ' style:justify-single-word="false"' if align == "justify" else ""
        kn = ' fo:keep-with-next="always"' if keep_next else ""
        ind = f' fo:margin-left="{cm(indent)}" fo:text-indent="{cm(-indent)}"' if indent else ""
        mp = f' style:master-page-name="{master}"' if master else ""
        bb = ' fo:break-before="page"' if break_before else ""
        if line_height:  # holdout5: tight type
            bb += f' fo:line-height="{line_height}"'
        w = ' fo:font-weight="bold"' if bold else ""
        it = ' fo:font-style="italic"' if italic else ""
        col = f' fo:color="{color}"' if color else ""
        if rotate:  # the text turned 90° counter-clockwise: it reads from bottom to top
            col += ' style:text-rotation-angle="90"'
        self.auto.append(
            f'<style:style style:name="{name}" style:family="paragraph" '
            f'style:parent-style-name="Standard"{mp}>'
            f'<style:paragraph-properties fo:text-align="{fo_align}"{single} '
            f'fo:margin-top="{cm(before)}" fo:margin-bottom="{cm(after)}"{ind} '
            f'fo:hyphenation-ladder-count="no-limit" fo:orphans="2" fo:widows="2"{kn}{bb}/>'
            f'<style:text-properties style:font-name="{font}" fo:font-size="{size}pt"{w}{it}{col} '
            f"{SV}/></style:style>"
        )
        return name

    def named(self, style: str, master: str | None = None, bb: bool = False) -> str:
        b = self.doc.body_size
        if style == "Title":
            return self.pstyle(b + 5, "left", True, after=0.35, keep_next=True, master=master,
                               break_before=bb)
        if style == "Sub":
            return self.pstyle(b + 1, "left", False, after=0.3, master=master, break_before=bb)
        if style == "H2":
            return self.pstyle(b + 1, "left", True, before=0.3, after=0.15, keep_next=True,
                               master=master, break_before=bb)
        if style == "Body":
            return self.pstyle(b, "justify", after=0.2, master=master, break_before=bb)
        if style == "Left":
            return self.pstyle(b, "left", after=0.2, master=master, break_before=bb)
        if style == "Small":
            return self.pstyle(b - 2, "left", after=0.1, master=master, break_before=bb)
        raise ValueError(style)

    def cellstyle(self, rule: str, fill: str | None, valign: str = "top", pad=0.1,
                  rules: str = "full", bottom: str | None = None,
                  pad_v: float | None = None) -> str:
        key = (rule, fill, valign, pad, rules, bottom, pad_v)
        if key in self.cstyles:
            return self.cstyles[key]
        name = f"TC{len(self.cstyles)}"
        self.cstyles[key] = name
        bg = f' fo:background-color="{fill}"' if fill else ""
        if rules == "none":
            border = 'fo:border="none"'
        elif rules == "horizontal":
            border = (f'fo:border-top="{rule}" fo:border-bottom="{rule}" fo:border-left="none" '
                      'fo:border-right="none"')
        elif rules == "vertical":  # holdout9: column lines only
            border = (f'fo:border-top="none" fo:border-bottom="{bottom or "none"}" '
                      f'fo:border-left="{rule}" fo:border-right="{rule}"')
        else:
            border = f'fo:border="{rule}"'
        if bottom and rules != "vertical":  # holdout9: one rule under the header
            border = border.replace('fo:border="none"', 'fo:border-top="none" fo:border-left='
                                    f'"none" fo:border-right="none" fo:border-bottom="{bottom}"')
        padding = f'fo:padding="{cm(pad)}" '
        if pad_v is not None:  # holdout9: more padding above and below than at the sides
            padding = (f'fo:padding-left="{cm(pad)}" fo:padding-right="{cm(pad)}" '
                       f'fo:padding-top="{cm(pad_v)}" fo:padding-bottom="{cm(pad_v)}" ')
        self.auto.append(
            f'<style:style style:name="{name}" style:family="table-cell">'
            f'<style:table-cell-properties style:vertical-align="{valign}" {padding}'
            f"{border}{bg}/></style:style>"
        )
        return name

    def tstyle(self, marker: str) -> str:
        prop = 'fo:font-weight="bold"' if marker == BOLD else 'fo:font-style="italic"'
        return self.text_style(marker, prop)

    def text_style(self, key: str, props: str) -> str:
        """The text style ``key`` with the text properties ``props``, made when first used."""
        if key not in self.tstyles:
            name = f"TS{len(self.tstyles)}"
            self.tstyles[key] = name
            self.auto.append(f'<style:style style:name="{name}" style:family="text">'
                             f"<style:text-properties {props}/></style:style>")
        return self.tstyles[key]

    def inline(self, text: str) -> str:
        """Escaped text with "**bold**" and "__italic__" runs as text spans."""
        if BOLD not in text and ITALIC not in text:
            return escape(text)
        out, pos = [], 0
        for m in re.finditer(r"(\*\*|__)(.+?)\1", text):
            out.append(escape(text[pos : m.start()]))
            out.append(f'<text:span text:style-name="{self.tstyle(m.group(1))}">'
                       f"{escape(m.group(2))}</text:span>")
            pos = m.end()
        out.append(escape(text[pos:]))
        return "".join(out)

    def para(self, style: str, text: str) -> str:
        inner = "<text:line-break/>".join(self.inline(part) for part in text.split(LINE_BREAK))
        return f'<text:p text:style-name="{style}">{inner}</text:p>'

    def cell(self, cstyle, pstyle, value, extra="", list_style=None) -> str:
        paras = paragraphs(value) or [""]
        inner = "".join(
            self.para(list_style if list_style and (p.startswith(BULLETS) or re.match(NUMBERED, p))
                      else pstyle, p)
            for p in paras
        )
        return (
            f'<table:table-cell table:style-name="{cstyle}" office:value-type="string"{extra}>'
            f"{inner}</table:table-cell>"
        )

    def table_shell(self, name, widths, margin_top=0.1, keep=False,
                    break_before=False) -> tuple[str, list[str]]:
        """(the start of a body row, the table's opening XML): the table, row and column
        styles; ``keep``: rows never split over a page break; ``break_before``: the table
        starts a new page."""
        tname = f"T{len(self.auto)}"
        bb = ' fo:break-before="page"' if break_before else ""
        self.auto.append(
            f'<style:style style:name="{tname}" style:family="table">'
            f'<style:table-properties style:width="{cm(sum(widths))}" table:align="left" '
            f'fo:margin-left="0cm" fo:margin-top="{cm(margin_top)}" fo:margin-bottom="0.3cm"'
            f'{bb} table:border-model="collapsing"/></style:style>'
        )
        self.auto.append(
            f'<style:style style:name="{tname}.R" style:family="table-row">'
            f'<style:table-row-properties fo:keep-together="{"always" if keep else "auto"}"/>'
            "</style:style>"
        )
        xml = [f'<table:table table:name="{escape(name)}" table:style-name="{tname}">']
        for i, w in enumerate(widths):
            self.auto.append(
                f'<style:style style:name="{tname}.C{i}" style:family="table-column">'
                f'<style:table-column-properties style:column-width="{cm(w)}"/></style:style>'
            )
            xml.append(f'<table:table-column table:style-name="{tname}.C{i}"/>')
        return f'<table:table-row table:style-name="{tname}.R">', xml

    def small_table(self, t: SmallTable) -> str:
        row, xml = self.table_shell(t.name, t.widths)
        cs = self.cellstyle(t.rule, None, pad=0.08)
        hcs = self.cellstyle(t.rule, t.header_fill, pad=0.08)
        head = "".join(
            self.cell(hcs, self.pstyle(t.size, a, True), h)
            for h, a in zip(t.header, t.aligns, strict=True)
        )
        xml.append(row + head + "</table:table-row>")
        for i, r in enumerate(t.rows):
            bold = t.bold_last and i == len(t.rows) - 1
            cells = "".join(
                self.cell(cs, self.pstyle(t.size, a, bold), v)
                for v, a in zip(r, t.aligns, strict=True)
            )
            xml.append(row + cells + "</table:table-row>")
        xml.append("</table:table>")
        return "".join(xml)

    def table(self, t: Table) -> str:
        font = t.font or self.doc.font
        size = t.size or self.doc.cell_size
        hsize = t.head_size or size
        row, xml = self.table_shell(t.name, [c.width for c in t.cols], t.margin_top,
                                    getattr(t, "keep_rows", False))
        hs = self.cellstyle(t.rule, t.header_fill, t.header_valign, t.pad, rules=t.rules,
                            bottom=getattr(t, "head_rule", None), pad_v=getattr(t, "pad_v", None))
        pv = getattr(t, "pad_v", None)
        hp = self.pstyle(hsize, t.header_align, True, font=font, color=t.header_color)

        def hpara(c):  # the header paragraph style of column c (turned 90° or not)
            if not c.rotate:
                return hp
            return self.pstyle(hsize, "left", True, font=font, color=t.header_color, rotate=True)

        head_rows = []
        two = any(c.group for c in t.cols)
        if two:
            first, second = [], []
            i = 0
            while i < len(t.cols):
                c = t.cols[i]
                if c.group is None:
                    first.append(self.cell(hs, hpara(c), c.header,
                                           ' table:number-rows-spanned="2"'))
                    second.append("<table:covered-table-cell/>")
                    i += 1
                    continue
                n = 1
                while i + n < len(t.cols) and t.cols[i + n].group == c.group:
                    n += 1
                gp = self.pstyle(hsize, "center", True, font=font, color=t.header_color)
                first.append(self.cell(hs, gp, c.group, f' table:number-columns-spanned="{n}"'))
                first.extend(["<table:covered-table-cell/>"] * (n - 1))
                for c2 in t.cols[i : i + n]:
                    second.append(self.cell(hs, hpara(c2), c2.header))
                i += n
            head_rows = [row + "".join(first) + "</table:table-row>",
                         row + "".join(second) + "</table:table-row>"]
        else:
            head_rows = [row + "".join(self.cell(hs, hpara(c), c.header) for c in t.cols)
                         + "</table:table-row>"]
        xml.append("<table:table-header-rows>" + "".join(head_rows) + "</table:table-header-rows>")
        covered: dict[str, int] = {}
        for r_i, r in enumerate(t.rows):
            fill = t.zebra if (t.zebra and r_i % 2 == 1) else None
            bs = self.cellstyle(t.rule, fill, t.body_valign, pad=t.pad, rules=t.rules, pad_v=pv)
            if SECTION in r:  # one merged cell over all columns, shaded, bold
                assert not any(covered.values()), (t.name, r_i, "a span crosses a section row")
                ss = self.cellstyle(t.rule, t.section_fill, pad=t.pad, rules=t.rules)
                sp = self.pstyle(size, "left", True, font=font)
                n = len(t.cols)
                xml.append(row + self.cell(ss, sp, r[SECTION],
                                           f' table:number-columns-spanned="{n}"')
                           + "<table:covered-table-cell/>" * (n - 1) + "</table:table-row>")
                continue
            cells = []
            for c in t.cols:
                extra = self.row_span(t, r, r_i, c, covered)
                if extra is None:
                    cells.append("<table:covered-table-cell/>")
                    continue
                ps, ls = self.body_styles(t, c, size, font)
                cells.append(self.cell(bs, ps, r.get(c.key), extra, ls))
            xml.append(row + "".join(cells) + "</table:table-row>")
        xml.append("</table:table>")
        return "".join(xml)

    def row_span(self, t, r: dict, r_i: int, c, covered: dict) -> str | None:
        """The attribute of row ``r``'s cell in column ``c`` spanning rows ("" for one row);
        None where a cell above covers it (``covered``: rows still covered, per column)."""
        if covered.get(c.key, 0) > 0:
            covered[c.key] -= 1
            assert c.key not in r, (t.name, r_i, c.key)
            return None
        span = r.get("_span", {}).get(c.key, 1)
        covered[c.key] = span - 1
        return f' table:number-rows-spanned="{span}"' if span > 1 else ""

    def body_styles(self, t, c, size, font) -> tuple[str, str]:
        """The paragraph styles of a body cell of column ``c``: its text, its list items
        (hanging indent)."""
        pa = getattr(t, "para_after", 0.0)
        ps = self.pstyle(size, c.align, font=font, line_height=t.line_height,
                         rotate=c.body_rotate, after=pa)
        ls = self.pstyle(size, "left" if c.align == "left" else "justify", font=font,
                         indent=0.3, line_height=t.line_height, after=pa)
        return ps, ls

    def furniture_style(self) -> str:
        """The page layout's header and footer properties."""
        hf = ""
        if self.doc.header:
            hf += ('<style:header-style><style:header-footer-properties fo:min-height="0.5cm" '
                   'fo:margin-bottom="0.4cm"/></style:header-style>')
        if self.doc.footer:
            hf += ('<style:footer-style><style:header-footer-properties fo:min-height="0.5cm" '
                   'fo:margin-top="0.4cm"/></style:footer-style>')
        return hf

    def layout(self, name: str, pg: Page) -> str:
        orient = "landscape" if pg.landscape else "portrait"
        return (
            f'<style:page-layout style:name="{name}"><style:page-layout-properties '
            f'fo:page-width="{cm(pg.width)}" fo:page-height="{cm(pg.height)}" '
            f'style:print-orientation="{orient}" fo:margin-top="{cm(pg.top)}" '
            f'fo:margin-bottom="{cm(pg.bottom)}" fo:margin-left="{cm(pg.left)}" '
            f'fo:margin-right="{cm(pg.right)}" style:writing-mode="lr-tb"/>'
            f"{self.furniture_style()}</style:page-layout>"
        )

    def section(self, s: Section) -> str:
        name = f"Sect{len(self.auto)}"
        self.auto.append(
            f'<style:style style:name="{name}" style:family="section">'
            f'<style:section-properties text:dont-balance-text-columns="false">'
            f'<style:columns fo:column-count="{s.columns}" fo:column-gap="{cm(s.gap)}"/>'
            "</style:section-properties></style:style>"
        )
        inner = "".join(self.para(self.named(b.style, b.master, b.break_before), b.text)
                        for b in s.blocks)
        return (f'<text:section text:style-name="{name}" text:name="{name}">{inner}'
                "</text:section>")

    def block(self, blk) -> str:
        """One block of the document body (a subclass adds block types of its own)."""
        if isinstance(blk, Section):
            return self.section(blk)
        if isinstance(blk, P):
            return self.para(self.named(blk.style, blk.master, blk.break_before), blk.text)
        if isinstance(blk, Table):
            return self.table(blk)
        if isinstance(blk, SmallTable):
            return self.small_table(blk)
        raise TypeError(blk)

    def furniture(self) -> str:
        """The master page's running header and footer."""
        d = self.doc
        footer = ""
        if d.footer:
            fs = self.pstyle(d.body_size - 2, "center")
            txt = escape(d.footer).replace(
                "{page}", '<text:page-number text:select-page="current"/>'
            ).replace("{pages}", "<text:page-count/>")
            footer = f'<style:footer><text:p text:style-name="{fs}">{txt}</text:p></style:footer>'
        if d.header:
            hs = self.pstyle(d.body_size - 2, "right")
            footer = (f'<style:header><text:p text:style-name="{hs}">{escape(d.header)}</text:p>'
                      f"</style:header>" + footer)
        return footer

    def render(self) -> str:
        d = self.doc
        body = [self.block(blk) for blk in d.blocks]
        body.append(self.para(self.pstyle(2, "left"), ""))
        footer = self.furniture()
        layouts = [self.layout("PL0", d.page)]
        masters = [f'<style:master-page style:name="Standard" style:page-layout-name="PL0">'
                   f"{footer}</style:master-page>"]
        for i, (mname, pg) in enumerate(d.masters.items(), 1):
            layouts.append(self.layout(f"PL{i}", pg))
            masters.append(f'<style:master-page style:name="{mname}" '
                           f'style:page-layout-name="PL{i}">{footer}</style:master-page>')
        return flat_odt(
            d.title,
            default_styles(d.font, d.body_size),
            "".join(layouts) + "".join(self.auto),
            "".join(masters),
            body,
        )


def build_fodt(doc: Doc) -> str:
    return Writer(doc).render()
