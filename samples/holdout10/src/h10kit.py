"""What the tenth holdout set adds to the shared kit (``../../build/holdout_kit.py``,
``holdout_model.py``, ``holdout_fodt.py``), kept here so the kit stays as it is:

- ``H10Table``: a risk table with **comment rows** (a row ``{COMMENT: text}`` is one cell
  spanning all columns, "Kommentar: text" with the label bold; it belongs to the risk row
  above it), **per-cell fills** (a row's ``"_fill": {key: colour}``, the traffic-light status
  cells) and rows that never split over a page break (``keep_rows``).
- ``Matrix``: a risk-matrix heat map (a small table with coloured cells holding counts), which
  gives no risk; ``Caption``: a caption or source line ("Tabell 1. ...", "Källa: ...").
- the expected records: a comment row's text goes to the ``comment`` of the risk above it,
  its "Kommentar" label to ``columns``; a status column's words "Genomförd", "Delvis
  genomförd", "Ej påbörjad" give Ja / Delvis / Nej (``STATUS``, README "Expected JSON").
- measuring: the words of a comment row are found line by line (whole lines of the table
  body that spell "Kommentar: ..."), taken out of the column streams, and their pages added
  to the risk's ``pages``.

``main`` is the kit's ``main`` with this writer and this measuring.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

import holdout_kit as kit
import pdfplumber
from holdout_fodt import Writer
from holdout_model import BOLD, CM, SECTION, Doc, P, Table
from libreoffice import default_styles, flat_odt, private_fontconfig

#: a comment row: ``{COMMENT: "text"}``, printed "Kommentar: text" over all columns
COMMENT = "_comment"
#: per-cell fills of a row: ``{"_fill": {"status": "#c6efce"}}``
FILL = "_fill"
#: status words of a traffic-light column -> follows_plan (README "Expected JSON"). First
#: built with "ej påbörjad" -> "Nej"; the team settled after first contact that a progress
#: state says neither yes nor no (the deadline decides), so it is null.
STATUS = {"genomförd": "Ja", "delvis genomförd": "Delvis", "ej påbörjad": None,
          "ja": "Ja", "nej": "Nej", "delvis": "Delvis"}


@dataclass
class H10Table(Table):
    keep_rows: bool = False  # rows never split over a page break
    comment_label: str = "Kommentar:"
    comment_header: str | None = None  # the label as a ``columns`` entry ("Kommentar")
    comment_fill: str | None = None
    comment_size: float | None = None


@dataclass
class Matrix:
    """A risk matrix: ``rows`` probability levels from high to low (label, [count or None per
    consequence level]), ``cols`` consequence labels; a cell is coloured by its score
    (probability x consequence): ``fills`` [(max score, colour), ...]."""

    name: str
    row_labels: list
    col_labels: list
    counts: list  # per row (high probability first): counts per consequence level
    fills: list
    side: str = "Sannolikhet"
    top: str = "Konsekvens"
    font: str | None = None
    size: float = 9.0
    label_width: float = 3.0
    cell_width: float = 2.2
    side_width: float = 0.9
    rule: str = "0.5pt solid #595959"
    row_height: float = 0.75

    def fill(self, score: int) -> str:
        return next(c for m, c in self.fills if score <= m)


@dataclass
class Caption:
    """A caption or source line (italic or not), left-aligned, small."""

    text: str
    italic: bool = False
    bold: bool = False
    size: float | None = None
    before: float = 0.1
    after: float = 0.1
    keep_next: bool = False


# ---------------------------------------------------------------------------------------------
# writing


class H10Writer(Writer):
    def table(self, t: Table) -> str:
        if not isinstance(t, H10Table):
            return super().table(t)
        assert not any(c.group or c.rotate or c.body_rotate for c in t.cols)
        font = t.font or self.doc.font
        size = t.size or self.doc.cell_size
        hsize = t.head_size or size
        row, xml = self.table_shell(t.name, [c.width for c in t.cols], t.margin_top)
        if t.keep_rows:  # a row style of its own: the row is never split
            tname = row.split('"')[1][:-2]
            self.auto.append(
                f'<style:style style:name="{tname}.RK" style:family="table-row">'
                '<style:table-row-properties fo:keep-together="always"/></style:style>'
            )
            row = row.replace('.R"', '.RK"')
        hs = self.cellstyle(t.rule, t.header_fill, t.header_valign, t.pad, rules=t.rules,
                            bottom=t.head_rule, pad_v=t.pad_v)
        hp = self.pstyle(hsize, t.header_align, True, font=font, color=t.header_color)
        xml.append("<table:table-header-rows>" + row
                   + "".join(self.cell(hs, hp, c.header) for c in t.cols)
                   + "</table:table-row></table:table-header-rows>")
        n = len(t.cols)
        covered: dict[str, int] = {}
        for r_i, r in enumerate(t.rows):
            assert SECTION not in r
            if COMMENT in r:  # one cell over all columns: "Kommentar: text"
                assert not any(covered.values()), (t.name, r_i, "a span crosses a comment")
                cs = self.cellstyle(t.rule, t.comment_fill, pad=t.pad, rules=t.rules,
                                    pad_v=t.pad_v)
                cp = self.pstyle(t.comment_size or size, "left", font=font,
                                 line_height=t.line_height)
                text = f"{BOLD}{t.comment_label}{BOLD} {r[COMMENT]}"
                xml.append(row + self.cell(cs, cp, text, f' table:number-columns-spanned="{n}"')
                           + "<table:covered-table-cell/>" * (n - 1) + "</table:table-row>")
                continue
            fill = t.zebra if (t.zebra and r_i % 2 == 1) else None
            cells = []
            for c in t.cols:
                if covered.get(c.key, 0) > 0:
                    covered[c.key] -= 1
                    cells.append("<table:covered-table-cell/>")
                    assert c.key not in r, (t.name, r_i, c.key)
                    continue
                span = r.get("_span", {}).get(c.key, 1)
                extra = f' table:number-rows-spanned="{span}"' if span > 1 else ""
                covered[c.key] = span - 1
                bs = self.cellstyle(t.rule, r.get(FILL, {}).get(c.key, fill), t.body_valign,
                                    pad=t.pad, rules=t.rules, pad_v=t.pad_v)
                ps = self.pstyle(size, c.align, font=font, line_height=t.line_height,
                                 after=t.para_after)
                ls = self.pstyle(size, "left" if c.align == "left" else "justify", font=font,
                                 indent=0.3, line_height=t.line_height, after=t.para_after)
                cells.append(self.cell(bs, ps, r.get(c.key), extra, ls))
            xml.append(row + "".join(cells) + "</table:table-row>")
        xml.append("</table:table>")
        return "".join(xml)

    def matrix(self, m: Matrix) -> str:
        nk = len(m.col_labels)
        widths = [m.side_width, m.label_width] + [m.cell_width] * nk
        row, xml = self.table_shell(m.name, widths, 0.1)
        tname = row.split('"')[1][:-2]
        self.auto.append(
            f'<style:style style:name="{tname}.RH" style:family="table-row">'
            f'<style:table-row-properties style:min-row-height="{m.row_height:.3f}cm" '
            'fo:keep-together="always"/></style:style>'
        )
        trow = row.replace('.R"', '.RH"')
        font = m.font or self.doc.font
        plain = self.cellstyle(m.rule, None, "middle", pad=0.08)
        blank = self.cellstyle("none", None, "middle", pad=0.08, rules="none")
        lp = self.pstyle(m.size, "left", True, font=font)
        cp = self.pstyle(m.size, "center", True, font=font)
        sp = self.pstyle(m.size, "center", True, font=font, rotate=True)
        np_ = self.pstyle(m.size + 1, "center", True, font=font)
        # the first rows: the consequence heading over the level columns, then the levels
        xml.append(row + self.cell(blank, lp, "", ' table:number-columns-spanned="2"')
                   + "<table:covered-table-cell/>"
                   + self.cell(plain, cp, m.top, f' table:number-columns-spanned="{nk}"')
                   + "<table:covered-table-cell/>" * (nk - 1) + "</table:table-row>")
        xml.append(row + self.cell(blank, lp, "", ' table:number-columns-spanned="2"')
                   + "<table:covered-table-cell/>"
                   + "".join(self.cell(plain, cp, lab) for lab in m.col_labels)
                   + "</table:table-row>")
        ns = len(m.row_labels)
        for i, (lab, counts) in enumerate(zip(m.row_labels, m.counts, strict=True)):
            s = ns - i  # probability level, high first
            cells = []
            if i == 0:
                cells.append(self.cell(plain, sp, m.side, f' table:number-rows-spanned="{ns}"'))
            else:
                cells.append("<table:covered-table-cell/>")
            cells.append(self.cell(plain, lp, lab))
            for k, n in enumerate(counts, 1):
                fs = self.cellstyle(m.rule, m.fill(s * k), "middle", pad=0.08)
                cells.append(self.cell(fs, np_, "" if n is None else str(n)))
            xml.append(trow + "".join(cells) + "</table:table-row>")
        xml.append("</table:table>")
        return "".join(xml)

    def caption(self, c: Caption) -> str:
        size = c.size or self.doc.body_size - 1.5
        ps = self.pstyle(size, "left", c.bold, c.italic, before=c.before, after=c.after,
                         keep_next=c.keep_next)
        return self.para(ps, c.text)

    def render(self) -> str:
        """The kit's ``render`` with matrices and captions among the blocks."""
        d = self.doc
        body = []
        for blk in d.blocks:
            if isinstance(blk, Matrix):
                body.append(self.matrix(blk))
            elif isinstance(blk, Caption):
                body.append(self.caption(blk))
            elif isinstance(blk, P):
                body.append(self.para(self.named(blk.style, blk.master, blk.break_before),
                                      blk.text))
            elif isinstance(blk, Table):
                body.append(self.table(blk))
            else:
                raise TypeError(blk)
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
    return H10Writer(doc).render()


# ---------------------------------------------------------------------------------------------
# expected records


def risk_part(t: Table) -> Table:
    """The table without its comment rows (what the kit's helpers understand)."""
    return Table(t.name, t.cols, [r for r in t.rows if COMMENT not in r])


def comments_of(t: Table) -> list:
    """Per risk row (in order): its comment row's text or None."""
    out: list = []
    for r in t.rows:
        if COMMENT in r:
            assert out and out[-1] is None, "a comment row must follow a risk row"
            out[-1] = r[COMMENT]
        else:
            out.append(None)
    return out


def expected_columns(doc: Doc) -> list[dict]:
    t = kit.risk_table(doc)
    cols = kit.expected_columns(doc)
    if getattr(t, "comment_header", None):
        cols.append({"header": t.comment_header, "field": "comment"})
    return cols


def expected_risks(t: Table) -> list[dict]:
    """The kit's records, with status words mapped (``STATUS``) and comment rows joined to
    the risk above them."""
    rt = risk_part(t)
    out = []
    for cells in kit.cell_grid(rt):
        rec = {
            "seq": len(out) + 1, "process": None, "context": None, "label": None, "risk": None,
            "risk_value": None, "probability": None, "consequence": None, "controls": None,
            "handling": None, "follows_plan": None, "comment": None, "extra": {},
        }
        for c in rt.cols:
            text = kit.joined(cells[c.key][0])
            if text is None:
                continue
            if c.field == "follows_plan":
                rec[c.field] = STATUS[text.lower()]
            else:
                kit.set_field(rec, c, text)
        out.append(rec)
    for rec, com in zip(out, comments_of(t), strict=True):
        if com is not None:
            assert rec["comment"] is None
            rec["comment"] = kit.joined(com)
    return out


# ---------------------------------------------------------------------------------------------
# measuring


def lines_of(words: list[dict]) -> list[list[dict]]:
    out: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (w["page"], round(w["top"]), w["x0"])):
        if out and out[-1][0]["page"] == w["page"] and abs(out[-1][0]["top"] - w["top"]) < 2:
            out[-1].append(w)
        else:
            out.append([w])
    return [sorted(ln, key=lambda w: w["x0"]) for ln in out]


def take_comment_rows(words: list[dict], t: Table):
    """Split the table body's ``words`` into those of the comment rows (per comment row, in
    order: its words) and the rest. A comment row is a run of whole lines that spells
    "Kommentar: text"."""
    targets = [kit.norm(f"{t.comment_label} {r[COMMENT]}") for r in t.rows if COMMENT in r]
    lines = lines_of(words)
    texts = ["".join(kit.norm(w["text"]) for w in ln) for ln in lines]
    found, taken, i = [], set(), 0
    for target in targets:
        while i < len(lines) and not (texts[i] and target.startswith(texts[i])
                                      and texts[i].startswith(kit.norm(t.comment_label))):
            i += 1
        if i == len(lines):
            raise kit.MatchError(f"{t.name}: comment row {target[:50]!r} not found")
        acc, ws = "", []
        while i < len(lines) and target.startswith(acc + texts[i]) and acc != target:
            acc += texts[i]
            ws += lines[i]
            i += 1
        if acc != target:
            raise kit.MatchError(f"{t.name}: comment row {target[:50]!r}: found {acc[:80]!r}")
        found.append(ws)
        taken |= {id(w) for w in ws}
    return found, [w for w in words if id(w) not in taken]


def column_words(doc: Doc, pdf, t: Table):
    """The kit's ``column_words`` (one header row, no section rows) with the comment rows'
    words taken out: (body columns, header columns, header bands, comment rows' words)."""
    pg = doc.table_page()
    xr, x = [], pg.left * CM
    for c in t.cols:
        xr.append((x, x + c.width * CM))
        x += c.width * CM
    body: list[dict] = []
    head = [[] for _ in t.cols]
    started = False
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
        if band:
            started = True
            bands[pno] = band[:2]
            for w in band[2]:
                head[w["col"]].append(w)
        if not started:
            continue
        body += [w for w in words if not (band and w["top"] < band[1] - 0.5)]
    comments, body = take_comment_rows(body, t) if any(COMMENT in r for r in t.rows) \
        else ([], body)
    cols = [kit.Column([w for w in body if w["col"] == k]) for k in range(len(t.cols))]
    return cols, [kit.Column(ws) for ws in head], bands, comments


def measure(doc: Doc, pdf_path: Path):
    t = kit.risk_table(doc)
    rt = risk_part(t)
    with pdfplumber.open(pdf_path) as pdf:
        npages = len(pdf.pages)
        body, head, bands, comments = column_words(doc, pdf, t)
    cells, ends = kit.locate(doc, body, rt)
    body = [kit.Column([w for w, st in zip(b.words, b.starts, strict=True) if st < e])
            for b, e in zip(body, ends, strict=True)]
    src = [kit.joined(r.get(c.key)) or "" for r in rt.rows for c in t.cols]
    src += [c.header for c in t.cols]
    src += [f"{t.comment_label} {r[COMMENT]}" for r in t.rows if COMMENT in r]
    merged = [kit.Column(h.words + b.words) for h, b in zip(head, body, strict=True)]
    merged += [kit.Column(ws) for ws in comments]
    stats = kit.hyphen_stats(merged, " ".join(src))
    stats["header_pages"] = sorted(bands)
    risks = expected_risks(t)
    com_pages = iter([{w["page"] for w in ws} for ws in comments])
    coms = comments_of(t)
    for r, rec, com in zip(range(len(rt.rows)), risks, coms, strict=True):
        pages = set()
        for k in range(len(t.cols)):
            pages |= cells.get((r, k), set())
        if com is not None:
            pages |= next(com_pages)
        rec["pages"] = sorted(pages)
    return npages, risks, stats


def build(doc: Doc, here: Path, tmp: Path, fontconf: Path, png: Path | None) -> dict:
    info = kit.build(doc, here, tmp, fontconf, png, write_fodt=build_fodt, measure_pdf=measure)
    # the kit writes ``columns`` from the header row; add the comment label's entry
    cols = expected_columns(doc)
    path = here / f"{doc.name}.expected.json"
    data = kit.json.loads(path.read_text(encoding="utf-8"))
    if data["columns"] != cols:
        data["columns"] = cols
        path.write_text(kit.json.dumps(data, ensure_ascii=False, indent=2) + "\n",
                        encoding="utf-8")
    return info


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
            info = build(doc, here, tmp, fontconf, args.png)
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

