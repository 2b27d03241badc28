"""What the sixteenth holdout set adds to the shared kit (``../../build/holdout_kit.py``,
``holdout_model.py``, ``holdout_fodt.py``, all unchanged), kept here so the kit stays as it
is (the labelled-row writing and measuring follow ``../../holdout11/src/h11kit.py``'s comment
rows, the ``build`` / ``main`` steps ``../../holdout14/src/h14kit.py``):

- ``H16Table``: a risk table with **labelled rows** (a row ``{LAB: ("Åtgärd", "handling",
  text)}`` is one cell spanning all columns, "**Åtgärd:** text" with the label bold; it gives
  its text to the named field of the risk row above it; a risk may have several, in any
  order), rows kept together or not, and an optional fill of the labelled rows.
- ``TwoCol``: blocks (paragraphs and one risk table) set in an ODF section of two newspaper
  columns; the table fills the left column and goes on in the right one, its header row
  repeated there.
- ``H16Doc``: a ``Doc`` whose running header and footer may be **drawn with rules**: a header
  paragraph ("left | right") with a full-width rule under it, a footer "Sida N av M" with a
  rule above it (``furniture_rule``), the space between rule and body set by
  ``header_gap`` / ``footer_gap``.
- the expected records: the kit's records of the risk rows (``cell_grid`` / ``set_field``),
  each labelled row's text (without its label) in the field its label names of the risk
  above; ``columns``: the header row's entries, then one entry per label in first-seen order.
- measuring: the words of the page body (running header and footer zones left out) are given
  to a **frame** (the table's left edge in each newspaper column; one frame for a table set
  full width) and in it to a column by the word centre; in each frame of each page the header
  row is found by the kit's ``header_band``; the body words are ordered page, frame, line,
  x; the labelled rows are taken out first as runs of whole lines spelling "Label: text";
  the rest is matched per column by the kit's ``locate``. A risk's ``pages`` are those of its
  cells and of its labelled rows.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import holdout_kit as kit
import pdfplumber
from build_samples import canonical_pdf
from holdout_fodt import Writer
from holdout_model import BOLD, CM, SECTION, Doc, P, Table
from libreoffice import cm, convert, default_styles, flat_odt, private_fontconfig

#: a labelled row: ``{LAB: ("Kommentar", "comment", "text")}``, printed "Kommentar: text"
LAB = "_lab"
WORK = Path("/tmp/h16work")  # LibreOffice profile and temporary files


@dataclass
class H16Table(Table):
    keep_rows: bool = False  # rows never split over a page or column break
    label_fill: str | None = None  # fill of the labelled rows
    label_align: str = "left"


@dataclass
class TwoCol:
    """Paragraphs and one risk table in two newspaper columns (an ODF section)."""

    blocks: list
    gap: float = 0.5  # cm between the columns
    balance: bool = True


@dataclass
class H16Doc(Doc):
    header_left: str | None = None  # running header, left part ("Nämnd")
    header_right: str | None = None  # running header, right part (right tab)
    furniture_rule: str | None = None  # rule under the header and above the footer
    header_gap: float = 0.25  # cm from the header rule to the body
    footer_gap: float = 0.3  # cm from the body to the footer rule
    furniture_size: float = 8.0
    furniture_font: str | None = None
    footer_align: str = "right"


# ---------------------------------------------------------------------------------------------
# writing


class H16Writer(Writer):
    def table(self, t: Table) -> str:
        if not isinstance(t, H16Table):
            return super().table(t)
        assert not any(c.group or c.rotate or c.body_rotate for c in t.cols)
        font = t.font or self.doc.font
        size = t.size or self.doc.cell_size
        hsize = t.head_size or size
        row, xml = self.table_shell(t.name, [c.width for c in t.cols], t.margin_top)
        tname = row.split('"')[1][:-2]
        if t.keep_rows:  # a row style of its own: the row is never split
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
        for r_i, r in enumerate(t.rows):
            assert SECTION not in r and "_span" not in r
            if LAB in r:  # one cell over all columns: "Label: text"
                label, _field, text = r[LAB]
                cs = self.cellstyle(t.rule, t.label_fill, pad=t.pad, rules=t.rules,
                                    pad_v=t.pad_v)
                cp = self.pstyle(size, t.label_align, font=font, line_height=t.line_height)
                xml.append(row + self.cell(cs, cp, f"{BOLD}{label}:{BOLD} {text}",
                                           f' table:number-columns-spanned="{n}"')
                           + "<table:covered-table-cell/>" * (n - 1) + "</table:table-row>")
                continue
            fill = t.zebra if (t.zebra and r_i % 2 == 1) else None
            bs = self.cellstyle(t.rule, fill, t.body_valign, pad=t.pad, rules=t.rules,
                                pad_v=t.pad_v)
            cells = []
            for c in t.cols:
                ps = self.pstyle(size, c.align, font=font, line_height=t.line_height,
                                 after=t.para_after)
                ls = self.pstyle(size, "left" if c.align == "left" else "justify", font=font,
                                 indent=0.3, line_height=t.line_height, after=t.para_after)
                cells.append(self.cell(bs, ps, r.get(c.key), "", ls))
            xml.append(row + "".join(cells) + "</table:table-row>")
        xml.append("</table:table>")
        return "".join(xml)

    def block(self, blk) -> str:
        if isinstance(blk, P):
            return self.para(self.named(blk.style, blk.master, blk.break_before), blk.text)
        if isinstance(blk, Table):
            return self.table(blk)
        if isinstance(blk, TwoCol):
            name = f"Sect{len(self.auto)}"
            bal = "false" if blk.balance else "true"
            self.auto.append(
                f'<style:style style:name="{name}" style:family="section">'
                f'<style:section-properties text:dont-balance-text-columns="{bal}">'
                f'<style:columns fo:column-count="2" fo:column-gap="{cm(blk.gap)}"/>'
                "</style:section-properties></style:style>"
            )
            inner = "".join(self.block(b) for b in blk.blocks)
            return (f'<text:section text:style-name="{name}" text:name="{name}">{inner}'
                    "</text:section>")
        raise TypeError(blk)

    def layout(self, name, pg) -> str:
        d = self.doc
        rule = getattr(d, "furniture_rule", None)
        if not rule:
            return super().layout(name, pg)
        hf = ('<style:header-style><style:header-footer-properties fo:min-height="0cm" '
              f'fo:margin-bottom="{cm(d.header_gap)}" fo:padding-bottom="0.08cm" '
              f'fo:border-bottom="{rule}"/></style:header-style>'
              '<style:footer-style><style:header-footer-properties fo:min-height="0cm" '
              f'fo:margin-top="{cm(d.footer_gap)}" fo:padding-top="0.08cm" '
              f'fo:border-top="{rule}"/></style:footer-style>')
        orient = "landscape" if pg.landscape else "portrait"
        return (
            f'<style:page-layout style:name="{name}"><style:page-layout-properties '
            f'fo:page-width="{cm(pg.width)}" fo:page-height="{cm(pg.height)}" '
            f'style:print-orientation="{orient}" fo:margin-top="{cm(pg.top)}" '
            f'fo:margin-bottom="{cm(pg.bottom)}" fo:margin-left="{cm(pg.left)}" '
            f'fo:margin-right="{cm(pg.right)}" style:writing-mode="lr-tb"/>{hf}'
            "</style:page-layout>"
        )

    def furniture(self) -> str:
        d = self.doc
        fields = ('<text:page-number text:select-page="current"/>', "<text:page-count/>")

        def fmt(s):
            return escape(s).replace("{page}", fields[0]).replace("{pages}", fields[1])

        out = ""
        font = getattr(d, "furniture_font", None) or d.font
        size = getattr(d, "furniture_size", d.body_size - 2)
        if getattr(d, "header_left", None):
            hs = self.pstyle(size, "left", font=font)
            # a right tab at the text width puts the right part flush right
            pg = d.page
            width = pg.width - pg.left - pg.right
            tab = f"HT{len(self.auto)}"
            self.auto.append(
                f'<style:style style:name="{tab}" style:family="paragraph" '
                f'style:parent-style-name="{hs}"><style:paragraph-properties>'
                f'<style:tab-stops><style:tab-stop style:position="{cm(width)}" '
                'style:type="right"/></style:tab-stops></style:paragraph-properties>'
                "</style:style>"
            )
            right = f"<text:tab/>{fmt(d.header_right)}" if d.header_right else ""
            out += (f'<style:header><text:p text:style-name="{tab}">{fmt(d.header_left)}'
                    f"{right}</text:p></style:header>")
        elif d.header:
            hs = self.pstyle(size, "right", font=font)
            out += f'<style:header><text:p text:style-name="{hs}">{fmt(d.header)}</text:p></style:header>'
        if d.footer:
            fs = self.pstyle(size, getattr(d, "footer_align", "center"), font=font)
            out += f'<style:footer><text:p text:style-name="{fs}">{fmt(d.footer)}</text:p></style:footer>'
        return out

    def render(self) -> str:
        d = self.doc
        body = [self.block(b) for b in d.blocks]
        body.append(self.para(self.pstyle(2, "left"), ""))
        furn = self.furniture()
        assert not d.masters
        layouts = [self.layout("PL0", d.page)]
        masters = [f'<style:master-page style:name="Standard" style:page-layout-name="PL0">'
                   f"{furn}</style:master-page>"]
        return flat_odt(d.title, default_styles(d.font, d.body_size),
                        "".join(layouts) + "".join(self.auto), "".join(masters), body)


def build_fodt(doc: Doc) -> str:
    return H16Writer(doc).render()


# ---------------------------------------------------------------------------------------------
# expected records


def the_table(doc: Doc) -> tuple[H16Table, TwoCol | None]:
    found = []
    for b in doc.blocks:
        if isinstance(b, Table):
            found.append((b, None))
        elif isinstance(b, TwoCol):
            found += [(x, b) for x in b.blocks if isinstance(x, Table)]
    assert len(found) == 1, doc.name
    return found[0]


def risk_part(t: Table) -> Table:
    """The table without its labelled rows (what the kit's helpers understand)."""
    return Table(t.name, t.cols, [r for r in t.rows if LAB not in r])


def labels_of(t: Table) -> list[list]:
    """Per risk row (in order): its labelled rows [(label, field, text), ...]."""
    out: list[list] = []
    for r in t.rows:
        if LAB in r:
            assert out, "a labelled row must follow a risk row"
            out[-1].append(r[LAB])
        else:
            out.append([])
    return out


def expected_columns(doc: Doc) -> list[dict]:
    t, _ = the_table(doc)
    cols = [{"header": kit.collapse(c.header), "field": c.field} for c in t.cols]
    for r in t.rows:
        if LAB in r:
            col = {"header": r[LAB][0], "field": r[LAB][1]}
            if col not in cols:
                cols.append(col)
    return cols


def expected_risks(t: Table) -> list[dict]:
    out = kit.expected_risks(risk_part(t))
    for rec, labs in zip(out, labels_of(t), strict=True):
        for _label, fld, text in labs:
            assert rec[fld] is None, (rec["seq"], fld)
            rec[fld] = kit.joined(text)
    return out


# ---------------------------------------------------------------------------------------------
# measuring


class Column(kit.Column):
    """The kit's column stream, ordered page, frame (newspaper column), line, x."""

    def __init__(self, words):
        self.words = sorted(words, key=lambda w: (w["page"], w["frame"], round(w["top"]),
                                                  w["x0"]))
        self.turned = False
        self.text = ""
        self.page_of: list[int] = []
        self.starts: list[int] = []
        for w in self.words:
            n = kit.norm(w["text"])
            self.starts.append(len(self.text))
            self.text += n
            self.page_of += [w["page"]] * len(n)

    def lines(self):
        out: list[list[dict]] = []
        for w in self.words:
            if (out and out[-1][0]["page"] == w["page"] and out[-1][0]["frame"] == w["frame"]
                    and abs(out[-1][0]["top"] - w["top"]) < 2):
                out[-1].append(w)
            else:
                out.append([w])
        return out


def frames(doc: Doc, t: Table, sect: TwoCol | None) -> list[float]:
    pg = doc.page
    x0 = pg.left * CM
    if sect is None:
        return [x0]
    width = pg.width - pg.left - pg.right
    return [x0, x0 + (width + sect.gap) / 2 * CM]


def lines_of(words):
    out: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (w["page"], w["frame"], round(w["top"]), w["x0"])):
        if (out and out[-1][0]["page"] == w["page"] and out[-1][0]["frame"] == w["frame"]
                and abs(out[-1][0]["top"] - w["top"]) < 2):
            out[-1].append(w)
        else:
            out.append([w])
    return [sorted(ln, key=lambda w: w["x0"]) for ln in out]


def take_label_rows(words, t: Table):
    """(per labelled row, in order: its words; the other words). A labelled row is a run of
    whole lines that spells "Label: text"."""
    rows = [r[LAB] for r in t.rows if LAB in r]
    lines = lines_of(words)
    texts = ["".join(kit.norm(w["text"]) for w in ln) for ln in lines]
    found, taken, i = [], set(), 0
    for label, _f, text in rows:
        target = kit.norm(f"{label}: {kit.joined(text)}")
        while i < len(lines) and not (texts[i] and target.startswith(texts[i])
                                      and texts[i].startswith(kit.norm(label))):
            i += 1
        if i == len(lines):
            raise kit.MatchError(f"{t.name}: labelled row {target[:50]!r} not found")
        acc, ws = "", []
        while i < len(lines) and acc != target and target.startswith(acc + texts[i]):
            acc += texts[i]
            ws += lines[i]
            i += 1
        if acc != target:
            raise kit.MatchError(f"{t.name}: labelled row {target[:50]!r}: found {acc[:80]!r}")
        found.append(ws)
        taken |= {id(w) for w in ws}
    return found, [w for w in words if id(w) not in taken]


def body_words(doc: Doc, pdf, t: Table, sect):
    origins = frames(doc, t, sect)
    widths = [c.width * CM for c in t.cols]
    pg = doc.page
    body, head = [], [[] for _ in t.cols]
    bands, started = {}, False
    for pno, page in enumerate(pdf.pages, 1):
        foot = float(page.height) - pg.bottom * CM - (0.9 * CM - 4 if doc.footer else 0)
        words = [w for w in page.extract_words() if w["top"] <= foot]
        for f, x0 in enumerate(origins):
            fw = []
            for w in words:
                xc, x = (w["x0"] + w["x1"]) / 2, x0
                for k, wd in enumerate(widths):
                    if x <= xc <= x + wd:
                        fw.append(dict(w, page=pno, frame=f, col=k))
                        break
                    x += wd
            # the table's lowest ruling line in this frame: words below it (prose set full
            # width after a section of newspaper columns) are not the table's
            x1 = x0 + sum(widths)
            low = [e["top"] for e in page.edges
                   if e["orientation"] == "h" and e["x0"] >= x0 - 2 and e["x1"] <= x1 + 2
                   and e["x1"] - e["x0"] > 0.8 * sum(widths)]
            if low:
                fw = [w for w in fw if w["top"] < max(low)]
            band = kit.header_band(fw, t, len(t.cols))
            if band:
                started = True
                bands.setdefault(pno, []).append((f, round(band[0], 1)))
                for w in band[2]:
                    head[w["col"]].append(w)
                body += [w for w in fw if w["top"] >= band[1] - 0.5]
            elif started:
                body += fw
    labelled, body = take_label_rows(body, t) if any(LAB in r for r in t.rows) else ([], body)
    cols = [Column([w for w in body if w["col"] == k]) for k in range(len(t.cols))]
    return cols, [Column(ws) for ws in head], bands, labelled


def measure(doc: Doc, pdf_path: Path):
    t, sect = the_table(doc)
    rt = risk_part(t)
    with pdfplumber.open(pdf_path) as pdf:
        npages = len(pdf.pages)
        body, head, bands, labelled = body_words(doc, pdf, t, sect)
    cells, ends = kit.locate(doc, body, rt)
    body = [Column([w for w, st in zip(b.words, b.starts, strict=True) if st < e])
            for b, e in zip(body, ends, strict=True)]
    src = [kit.joined(r.get(c.key)) or "" for r in rt.rows for c in t.cols]
    src += [c.header for c in t.cols]
    src += [f"{r[LAB][0]}: {kit.joined(r[LAB][2])}" for r in t.rows if LAB in r]
    merged = [Column(h.words + b.words) for h, b in zip(head, body, strict=True)]
    merged += [Column(ws) for ws in labelled]
    stats = kit.hyphen_stats(merged, " ".join(src))
    stats["header_pages"] = bands
    risks = expected_risks(t)
    lab_pages = iter([{w["page"] for w in ws} for ws in labelled])
    for r, rec, labs in zip(range(len(rt.rows)), risks, labels_of(t), strict=True):
        pages = set()
        for k in range(len(t.cols)):
            pages |= cells.get((r, k), set())
        for _ in labs:
            pages |= next(lab_pages)
        rec["pages"] = sorted(pages)
    return npages, risks, stats


# ---------------------------------------------------------------------------------------------
# building


def build(doc: Doc, here: Path, tmp: Path, fontconf: Path, png: Path | None) -> dict:
    srcdir = here / "src" / "fodt"
    srcdir.mkdir(exist_ok=True)
    fodt = srcdir / f"{doc.name}.fodt"
    fodt.write_text(build_fodt(doc), encoding="utf-8")
    pdf = convert(fodt, tmp, fontconf, f"file://{WORK}/lo-profile")
    final = here / f"{doc.name}.pdf"
    final.write_bytes(canonical_pdf(pdf.read_bytes()))
    pdf.unlink()
    npages, risks, stats = measure(doc, final)
    data = {
        "schema_version": "1",
        "source": {
            "file": final.name,
            "sha256": hashlib.sha256(final.read_bytes()).hexdigest(),
            "pages": npages,
        },
        "report": {
            "organ": doc.organ,
            "year": doc.year,
            "period": doc.period,
            "title": kit.collapse(doc.title),
            "risks_inventoried": doc.risks_inventoried,
            "risks_critical": doc.risks_critical,
        },
        "columns": expected_columns(doc),
        "risks": risks,
        "warnings": [],
    }
    (here / f"{doc.name}.expected.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    if png:
        png.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["pdftoppm", "-r", "50", "-png", str(final), str(png / doc.name)], check=True
        )
    return {"pages": npages, "risks": len(risks), "risk_pages": [r["pages"] for r in risks],
            **stats}


def main(here: Path, doc_factories: list, description: str, argv=None) -> int:
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
    WORK.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="build-", dir=WORK) as tmpdir:
        tmp = Path(tmpdir)
        fontconf = private_fontconfig(tmp)
        for doc in docs:
            if args.names and doc.name not in args.names:
                continue
            info = build(doc, here, tmp, fontconf, args.png)
            print(
                f"{doc.name}: {info['pages']} pages, {info['risks']} risks "
                f"(pages {info['risk_pages']}), header rows (page: [(frame, top)]) "
                f"{info['header_pages']}, {info['soft']} hyphenated line ends, "
                f"{info['real']} real hyphens at line end, {info['slash']} breaks after '/'"
            )
            if args.verbose:
                print("   ", " ".join(info["examples"]))
    print(f"built in {time.monotonic() - start:.1f} s")
    return 0
