"""What the twelfth holdout set adds to the shared kit (``../../build/holdout_kit.py``,
``holdout_model.py``, ``holdout_fodt.py``, all unchanged), kept here so the kit stays as it
is (the per-cell fills and captions follow ``../../holdout10/src/h10kit.py``):

- ``H12Table``: a risk table with **per-cell fills** (a row's ``"_fill": {key: colour}``:
  the coloured Riskvärde cells of an otherwise unruled table), a **status map** (the words
  of a Status column -> ``follows_plan``, README "Expected JSON") and an optional **split**:
  ``split_at`` rows go into a first table object, then the blocks of ``between`` (another
  page with another table), then the remaining rows in a second table object with the same
  header (the risk table interrupted by another page).
- ``Caption``: a caption line ("Tabell 1. ..."), which may start a new page.
- ``SmallTable`` (the kit's non-risk table) is written by the kit's writer.
- measuring: the kit's column matching, with body words taken only from pages that show
  the risk table's header row (so the interrupting page, which has none, gives no words).

``main`` is the kit's ``main`` with this writer and this measuring.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import holdout_kit as kit
import pdfplumber
from holdout_fodt import Writer
from holdout_model import CM, SECTION, Doc, P, SmallTable, Table
from libreoffice import default_styles, flat_odt, private_fontconfig

#: per-cell fills of a row: ``{"_fill": {"value": "#c6efce"}}``
FILL = "_fill"


@dataclass
class H12Table(Table):
    #: Status word (lower case) -> follows_plan value (None: the word says neither)
    status_map: dict | None = None
    #: rows[:split_at] in the first table object, rows[split_at:] in the second
    split_at: int | None = None
    #: blocks written between the two table objects (the interrupting page)
    between: list = field(default_factory=list)
    #: vertical alignment of the filled cells (None: as the other body cells)
    body_valign_value: str | None = None


@dataclass
class Caption:
    """A caption line, left-aligned, small; ``break_before`` starts a new page."""

    text: str
    italic: bool = False
    bold: bool = False
    size: float | None = None
    before: float = 0.1
    after: float = 0.1
    keep_next: bool = False
    break_before: bool = False


# ---------------------------------------------------------------------------------------------
# writing


class H12Writer(Writer):
    def table(self, t: Table) -> str:
        if not isinstance(t, H12Table):
            return super().table(t)
        if t.split_at is None:
            return self.table_part(t, t.name, t.rows)
        out = [self.table_part(t, t.name, t.rows[: t.split_at])]
        out += [self.block(b) for b in t.between]
        out.append(self.table_part(t, f"{t.name} forts", t.rows[t.split_at:]))
        return "".join(out)

    def table_part(self, t: H12Table, name: str, rows: list) -> str:
        assert not any(c.group or c.rotate or c.body_rotate for c in t.cols)
        font = t.font or self.doc.font
        size = t.size or self.doc.cell_size
        hsize = t.head_size or size
        row, xml = self.table_shell(name, [c.width for c in t.cols], t.margin_top)
        hs = self.cellstyle(t.rule, t.header_fill, t.header_valign, t.pad, rules=t.rules,
                            bottom=t.head_rule, pad_v=t.pad_v)
        hp = self.pstyle(hsize, t.header_align, True, font=font, color=t.header_color)
        xml.append("<table:table-header-rows>" + row
                   + "".join(self.cell(hs, hp, c.header) for c in t.cols)
                   + "</table:table-row></table:table-header-rows>")
        for r in rows:
            assert SECTION not in r and "_span" not in r
            cells = []
            for c in t.cols:
                fill = r.get(FILL, {}).get(c.key)
                valign = t.body_valign
                if fill and t.body_valign_value:
                    valign = t.body_valign_value
                bs = self.cellstyle(t.rule, fill, valign, pad=t.pad, rules=t.rules,
                                    pad_v=t.pad_v)
                ps = self.pstyle(size, c.align, font=font, line_height=t.line_height,
                                 after=t.para_after)
                ls = self.pstyle(size, "left" if c.align == "left" else "justify", font=font,
                                 indent=0.3, line_height=t.line_height, after=t.para_after)
                cells.append(self.cell(bs, ps, r.get(c.key), "", ls))
            xml.append(row + "".join(cells) + "</table:table-row>")
        xml.append("</table:table>")
        return "".join(xml)

    def caption(self, c: Caption) -> str:
        size = c.size or self.doc.body_size - 1.5
        ps = self.pstyle(size, "left", c.bold, c.italic, before=c.before, after=c.after,
                         keep_next=c.keep_next, break_before=c.break_before)
        return self.para(ps, c.text)

    def block(self, blk) -> str:
        if isinstance(blk, Caption):
            return self.caption(blk)
        if isinstance(blk, P):
            return self.para(self.named(blk.style, blk.master, blk.break_before), blk.text)
        if isinstance(blk, Table):
            return self.table(blk)
        if isinstance(blk, SmallTable):
            return self.small_table(blk)
        raise TypeError(blk)

    def render(self) -> str:
        d = self.doc
        body = [self.block(b) for b in d.blocks]
        body.append(self.para(self.pstyle(2, "left"), ""))
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
        assert not d.masters
        layouts = [self.layout("PL0", d.page)]
        masters = [f'<style:master-page style:name="Standard" style:page-layout-name="PL0">'
                   f"{footer}</style:master-page>"]
        return flat_odt(d.title, default_styles(d.font, d.body_size),
                        "".join(layouts) + "".join(self.auto), "".join(masters), body)


def build_fodt(doc: Doc) -> str:
    return H12Writer(doc).render()


# ---------------------------------------------------------------------------------------------
# expected records


def expected_risks(t: Table) -> list[dict]:
    """The kit's records, with a Status column's words mapped through ``status_map``."""
    smap = getattr(t, "status_map", None)
    out = []
    for cells in kit.cell_grid(t):
        assert cells is not None
        rec = {
            "seq": len(out) + 1, "process": None, "context": None, "label": None, "risk": None,
            "risk_value": None, "probability": None, "consequence": None, "controls": None,
            "handling": None, "follows_plan": None, "comment": None, "extra": {},
        }
        for c in t.cols:
            text = kit.joined(cells[c.key][0])
            if text is None:
                continue
            if c.field == "follows_plan" and smap is not None:
                rec[c.field] = smap[text.lower()]
            else:
                kit.set_field(rec, c, text)
        out.append(rec)
    return out


# ---------------------------------------------------------------------------------------------
# measuring


def column_words(doc: Doc, pdf, t: Table):
    """The kit's ``column_words`` for a table with one header row and no section rows, but
    taking body words only from pages that show the table's header row."""
    pg = doc.table_page()
    xr, x = [], pg.left * CM
    for c in t.cols:
        xr.append((x, x + c.width * CM))
        x += c.width * CM
    body = [[] for _ in t.cols]
    head = [[] for _ in t.cols]
    bands = {}
    for pno, page in enumerate(pdf.pages, 1):
        top_limit = float(page.height) - pg.bottom * CM - (0.9 * CM - 4 if doc.footer else 0)
        words = []
        for w in page.extract_words():
            if w["top"] > top_limit or w["top"] < pg.top * CM - 2:
                continue
            xc = (w["x0"] + w["x1"]) / 2
            k = next((i for i, (a, b) in enumerate(xr) if a <= xc <= b), None)
            if k is None:
                continue
            words.append(dict(w, page=pno, col=k))
        band = kit.header_band(words, t, len(t.cols))
        if not band:
            continue  # a page without the risk table (the interrupting page) gives no words
        bands[pno] = band[:2]
        for w in band[2]:
            head[w["col"]].append(w)
        for w in words:
            if w["top"] >= band[1] - 0.5:
                body[w["col"]].append(w)
    return [kit.Column(ws) for ws in body], [kit.Column(ws) for ws in head], bands


def measure(doc: Doc, pdf_path: Path):
    t = kit.risk_table(doc)
    with pdfplumber.open(pdf_path) as pdf:
        npages = len(pdf.pages)
        body, head, bands = column_words(doc, pdf, t)
    cells, ends = kit.locate(doc, body, t)
    body = [kit.Column([w for w, st in zip(b.words, b.starts, strict=True) if st < e])
            for b, e in zip(body, ends, strict=True)]
    src = [kit.joined(r.get(c.key)) or "" for r in t.rows for c in t.cols]
    src += [c.header for c in t.cols]
    merged = [kit.Column(h.words + b.words) for h, b in zip(head, body, strict=True)]
    stats = kit.hyphen_stats(merged, " ".join(src))
    stats["header_pages"] = sorted(bands)
    risks = expected_risks(t)
    for r, rec in enumerate(risks):
        pages = set()
        for k in range(len(t.cols)):
            pages |= cells.get((r, k), set())
        rec["pages"] = sorted(pages)
    return npages, risks, stats


def main(here: Path, doc_factories: list, description: str, argv=None) -> int:
    """The kit's ``main`` with this writer and this measuring."""
    ap = argparse.ArgumentParser(
        description=description + "\n\n" + __doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("names", nargs="*")
    ap.add_argument("--png", type=Path, help="render pages at 50 dpi into this directory")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the line-end hyphens")
    args = ap.parse_args(argv)
    docs = [f() for f in doc_factories]
    unknown = set(args.names) - {d.name for d in docs}
    if unknown:
        ap.error(f"unknown samples: {', '.join(sorted(unknown))}")
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix=f"icp-{here.name}-") as tmpdir:
        tmp = Path(tmpdir)
        fontconf = private_fontconfig(tmp)
        for doc in docs:
            if args.names and doc.name not in args.names:
                continue
            info = kit.build(doc, here, tmp, fontconf, args.png, write_fodt=build_fodt,
                             measure_pdf=measure)
            print(
                f"{doc.name}: {info['pages']} pages, {info['risks']} risks "
                f"(pages {info['risk_pages']}), header rows on pages {info['header_pages']}, "
                f"{info['soft']} hyphenated line ends, {info['real']} real hyphens at line "
                f"end, {info['slash']} breaks after '/'"
            )
            if args.verbose:
                print("   ", " ".join(info["examples"]))
    print(f"built in {time.monotonic() - start:.1f} s")
    return 0
