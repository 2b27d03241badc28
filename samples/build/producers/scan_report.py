"""Scanned reports: the one kit the scan sets build with (``samples/pending/scan*/build.py``),
on the shared holdout kit (``holdout_model``, ``holdout_fodt``, ``holdout_kit``), the Calc
producer (``calc.py``, ``calc_report.py``) and the plain scanner (``scan.py``). Folded from
the per-set kits scan1/src/fillkit.py, scan2/src/scan2kit.py, scan3/src/s3kit.py and
scan3kit.py, scan4/src/s4kit.py, scan4kit.py and calcdoc.py, scan5/src/scan5kit.py and
scan6/src/s6kit.py:

- the originals' documents: ``PaperWriter`` (the kit's writer) with a risk matrix block
  (``Matrix``, scan3), cells filled with a colour (``Filled``, scan1's born-digital
  reports), body rows shaded whole (``SHADE``, scan6) and footnotes in paragraph text
  (``FOOTNOTE``, "^[...]", scan7); a Calc original is a
  ``calc_report.Report`` (scan4, scan5);
- the expected records' readers beyond ``holdout_kit.set_field``: issue 15's combined values
  and fill-only "Följer plan" cells (``fill_records``), status words (``status_records``),
  comments in a table of their own below, keyed by Nr (``doc.extra_info["comments"]``),
  sub-risks "a) ", "b) " in one row (``subrisk_records``, scan8);
- the paper scanner (scan3's, used by scan3-scan6): page **modes** ``"gray"``, ``"rgb"``
  (colour JPEG), ``"bw"`` (1-bit CCITT G4 TIFF) and ``"gray-bw"`` (the finished grey page
  thresholded to 1 bit, scan5, scan6), at a chosen **dpi** (300 by default); **paper**
  grey and uneven brightness (**shade**, a linear darkening towards one edge); **overlays**
  put on the paper before it is scanned (a rubber ``Stamp``, handwriting ``Ink``); a
  landscape page fed in portrait (``Sheet(turn=-90)``, found by ``ocrmypdf
  --rotate-pages``). scan1 and scan2 use the plain
  scanner ``scan.scan`` (its order of ImageMagick options, so their scans stay the same);
- a set's build (``main``): Writer or Calc original -> ``<name>.original.pdf`` (canonical)
  -> expected records (pages measured on the original: the scan has the same pages) -> the
  scan ``<name>.pdf`` -> ``<name>.expected.json`` (``source`` the scan's); the OCR's word
  error rate against the original's text layer is printed.

Every step is seeded or fixed, so the picture is the same on every run. The document side
(``build_fodt``, the record readers) is pure and tested without LibreOffice or OCR
(``tests/test_sample_kit.py``).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import importlib.util
import json
import os
import re
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import holdout_kit as kit
from holdout_fodt import Writer
from holdout_kit import collapse, norm

# ---------------------------------------------------------------------------------------------
# the originals' documents


GREEN, YELLOW, RED = "#00b050", "#ffc000", "#ff0000"
#: the legend printed under the table: "Grön = följer planen, Gul = följer delvis,
#: Röd = följer inte"
FILL_MEANING = {GREEN: "Ja", YELLOW: "Delvis", RED: "Nej"}
#: light fills of risk value cells by level (the number stays printed)
LOW, MID, HIGH = "#c6efce", "#ffeb9c", "#ffc7ce"


class Filled(str):
    """Cell text with a cell fill."""

    def __new__(cls, text: str, fill: str):
        obj = str.__new__(cls, text)
        obj.fill = fill
        return obj


def level_fill(value: int) -> str:
    return LOW if value <= 4 else MID if value <= 8 else HIGH


@dataclass
class Matrix:
    """A risk matrix: ``rows`` top to bottom, each (row label, [cell text, ...]); ``fills``
    the same shape (colours); ``col_labels`` under the grid; ``corner`` the axis names."""

    rows: list
    fills: list
    col_labels: list
    row_title: str
    col_title: str
    label_width: float = 2.6
    cell_width: float = 1.6
    size: float = 8.5
    rule: str = "0.75pt solid #404040"


#: a footnote inside paragraph text, written as for the tagged Writer producer
#: (``tagged_writer.FOOTNOTE``): "... 19 risker^[Vid årsbokslutet 2022 ...] ..." (scan7)
FOOTNOTE = re.compile(r"\^\[(.+?)\]")


class PaperWriter(Writer):
    """The shared kit's writer with a risk matrix block (scan3), filled cells (scan1) and
    footnotes in paragraph text (scan7: Writer numbers them and sets them at the page's
    foot; a text without "^[" is written exactly as before)."""

    def __init__(self, doc):
        super().__init__(doc)
        self.notes = 0

    def inline(self, text: str) -> str:
        if "^[" not in text:
            return super().inline(text)
        out, pos = [], 0
        for m in FOOTNOTE.finditer(text):
            out.append(super().inline(text[pos:m.start()]))
            self.notes += 1
            n = self.notes
            fs = self.pstyle(self.doc.body_size - 2, "left", indent=0.4)  # number hangs
            out.append(f'<text:note text:id="ftn{n}" text:note-class="footnote">'
                       f"<text:note-citation>{n}</text:note-citation><text:note-body>"
                       f'<text:p text:style-name="{fs}">{super().inline(m.group(1))}</text:p>'
                       "</text:note-body></text:note>")
            pos = m.end()
        out.append(super().inline(text[pos:]))
        return "".join(out)

    def cell(self, cstyle, pstyle, value, extra="", list_style=None) -> str:
        if isinstance(value, Filled):
            key = next(k for k, v in self.cstyles.items() if v == cstyle)
            cstyle = self.cellstyle(key[0], value.fill, *key[2:])
        return super().cell(cstyle, pstyle, value, extra, list_style)

    def block(self, blk) -> str:
        if isinstance(blk, Matrix):
            return self.matrix(blk)
        return super().block(blk)

    def matrix(self, m: Matrix) -> str:
        n = len(m.col_labels)
        widths = [m.label_width] + [m.cell_width] * n
        row, xml = self.table_shell("Riskmatris", widths, margin_top=0.2)
        plain = self.cellstyle("none", None, valign="middle", pad=0.06, rules="none")
        lab = self.pstyle(m.size, "right", True)
        cen = self.pstyle(m.size, "center")
        cenb = self.pstyle(m.size, "center", True)
        for i, (label, cells) in enumerate(m.rows):
            tds = [self.cell(plain, lab, (m.row_title + " " if i == 0 else "") + label)]
            for text, fill in zip(cells, m.fills[i], strict=True):
                cs = self.cellstyle(m.rule, fill, valign="middle", pad=0.05)
                tds.append(self.cell(cs, cenb, text))
            xml.append(row + "".join(tds) + "</table:table-row>")
        tds = [self.cell(plain, lab, "")] + [self.cell(plain, cen, c) for c in m.col_labels]
        xml.append(row + "".join(tds) + "</table:table-row>")
        span = f' table:number-columns-spanned="{n}"'
        xml.append(row + self.cell(plain, lab, "") + self.cell(plain, cenb, m.col_title, span)
                   + "<table:covered-table-cell/>" * (n - 1) + "</table:table-row>")
        xml.append("</table:table>")
        # the table's auto styles were appended by table_shell / cellstyle / pstyle
        return "".join(xml)


#: a body row's key holding a fill for the whole row ("#rrggbb"; scan6: a Word author shading
#: the row of a cancelled control); no column has it, so the writer and the measuring ignore it
SHADE = "_shade"


def shade_rows(fodt: str, t) -> str:
    """``fodt`` with the body rows of table ``t`` that carry ``SHADE`` filled: the shared
    writer has no per-row fill, so each such row's cells get a copy of their cell style with
    that background (scan6). A table without shaded rows leaves the text unchanged."""
    shaded = {i: r[SHADE] for i, r in enumerate(t.rows) if r.get(SHADE)}
    if not shaded:
        return fodt
    start = fodt.index(f'<table:table table:name="{t.name}"')
    head_end = fodt.index("</table:table-header-rows>", start) + len("</table:table-header-rows>")
    end = fodt.index("</table:table>", head_end)
    rows = re.split(r"(?=<table:table-row )", fodt[head_end:end])
    assert rows[0] == "" and len(rows) - 1 == len(t.rows), (t.name, len(rows))
    new_styles: dict = {}
    for i, fill in shaded.items():

        def restyle(m, fill=fill):
            key = (m.group(1), fill)
            if key not in new_styles:
                new_styles[key] = f"{key[0]}S{len(new_styles)}"
            return f'table:style-name="{new_styles[key]}"'

        rows[i + 1] = re.sub(r'(?<=<table:table-cell )table:style-name="(TC\d+)"', restyle,
                             rows[i + 1])
    out = fodt[:head_end] + "".join(rows) + fodt[end:]
    defs = []
    for (old, fill), new in new_styles.items():
        m = re.search(rf'<style:style style:name="{old}" style:family="table-cell">.*?'
                      r"</style:style>", out)
        d = m.group(0).replace(f'style:name="{old}"', f'style:name="{new}"')
        assert "fo:background-color" not in d
        d = d.replace("/></style:style>", f' fo:background-color="{fill}"/></style:style>')
        defs.append(d)
    i = out.index("</office:automatic-styles>")
    return out[:i] + "".join(defs) + out[i:]


def build_fodt(doc) -> str:
    """The document as flat ODT text (pure: the same document gives the same bytes); rows
    carrying ``SHADE`` filled."""
    text = PaperWriter(doc).render()
    for t in doc.blocks:
        if hasattr(t, "cols") and any(isinstance(r, dict) and r.get(SHADE) for r in t.rows):
            text = shade_rows(text, t)
    return text


# ---------------------------------------------------------------------------------------------
# expected records


#: "S3/K4 = 12" (also "S3/K4=12", "S 3/K 4 = 12")
SK_VALUE = re.compile(r"S ?(\d+) ?/ ?K ?(\d+) ?= ?(\d+)")
#: "12 (S 3 × K 4)"
VALUE_SK = re.compile(r"(\d+) \(S ?(\d+) ?[×x] ?K ?(\d+)\)")


def put_values(rec: dict, c, text: str) -> None:
    """The kit's ``set_field`` plus issue 15's combined values."""
    if c.field == "risk_value" and SK_VALUE.fullmatch(text):
        s, k, v = (int(g) for g in SK_VALUE.fullmatch(text).groups())
    elif c.field == "risk_value" and VALUE_SK.fullmatch(text):
        v, s, k = (int(g) for g in VALUE_SK.fullmatch(text).groups())
    else:
        kit.set_field(rec, c, text)
        return
    assert s * k == v, (text, "not a product")
    rec["probability"], rec["consequence"], rec["risk_value"] = s, k, v


def fill_records(t) -> list[dict]:
    """The kit's records with ``put_values``; an empty "Följer plan" cell filled with a colour
    of the legend (``FILL_MEANING``) gives the legend's value (scan1's born-digital reports)."""
    out = kit.expected_risks(t, put_values)
    for rec, r in zip(out, kit.risk_rows(t), strict=True):
        row = t.rows[r]
        for c in t.cols:
            v = row.get(c.key)
            if c.field == "follows_plan" and isinstance(v, Filled) and not v.strip():
                rec["follows_plan"] = FILL_MEANING[v.fill]
    return out


def measure_fills(doc, pdf_path):
    """``holdout_kit.measure`` with ``fill_records`` (scan1's born-digital reports)."""
    return kit.measure(doc, pdf_path, records=fill_records)


#: status words printed in the follows-plan column -> follows_plan
STATUS = {
    "Uppfyllt": "Ja",
    "Ej uppfyllt": "Nej",
    "Delvis uppfyllt": "Delvis",
    "Pågår": None,
    "Utgår": None,  # a control cancelled during the year (scan6): neither answer
}


def put_status(rec: dict, c, text: str) -> None:
    """The kit's ``set_field`` plus status words in the follows-plan column (scan4)."""
    if c.field == "follows_plan" and text in STATUS:
        rec["follows_plan"] = STATUS[text]
        return
    kit.set_field(rec, c, text)


def status_records(t):
    return kit.expected_risks(t, put=put_status)


#: a cell paragraph opening with a sub-risk label: "a) Risk att ..."
SUB_LABEL = re.compile(r"([a-z])\) (.+)", re.S)
#: a record's key holding the records of the sub-risks its row was split into (removed by
#: ``expand_subrisks`` after the pages are measured)
SUBS = "_subs"


def labelled_parts(value):
    """(context, [(label, text), ...]) of a cell whose paragraphs are labelled "a) ", "b) "
    ...: paragraphs before the first label are the context (None without), an unlabelled
    paragraph after a label goes on that part; None for a cell with no labelled paragraph."""
    from libreoffice import paragraphs

    context, parts = [], []
    for p in paragraphs(value):
        m = SUB_LABEL.fullmatch(kit.plain(p).strip())
        if m:
            parts.append((m.group(1), [m.group(2)]))
        elif parts:
            parts[-1][1].append(p)
        else:
            context.append(p)
    if not parts:
        return None
    return (kit.joined(context) if context else None,
            [(lab, kit.joined(ps)) for lab, ps in parts])


def subrisk_records(t, put=None) -> list[dict]:
    """The kit's records (``put``: ``put_values`` by default, so combined values "S3/K4 = 12"
    are read too) with the sub-risks of a row (scan8): a risk cell whose paragraphs are
    labelled "a) ", "b) " gives one record per label, each carrying the label, its own risk
    text and the risk cell's text before the first label as ``context``; a labelled controls
    or handling cell of that row is split by the same labels; every other cell (value,
    follows plan, comment, extra columns) is copied to each sub-risk. The row's record holds
    them under ``SUBS`` until its pages are measured (``expand_subrisks``). A table without
    labelled risk cells gives exactly ``kit.expected_risks(t, put)``."""
    out = kit.expected_risks(t, put or put_values)
    for rec, r in zip(out, kit.risk_rows(t), strict=True):
        row = t.rows[r]
        risk_col = next(c for c in t.cols if c.field == "risk")
        found = labelled_parts(row.get(risk_col.key))
        if not found:
            continue
        context, parts = found
        subs = []
        for label, text in parts:
            sub = dict(rec, extra=dict(rec["extra"]), context=context, label=label, risk=text)
            for c in t.cols:
                if c.field in ("controls", "handling") and (lp := labelled_parts(row.get(c.key))):
                    assert not lp[0] and [a for a, _ in lp[1]] == [a for a, _ in parts], (t.name, r)
                    sub[c.field] = dict(lp[1])[label]
            subs.append(sub)
        rec[SUBS] = subs
    return out


def expand_subrisks(risks: list[dict]) -> list[dict]:
    """Records with ``SUBS`` replaced by their sub-risks, which share the row's pages, and
    ``seq`` counted anew; records without sub-risks are returned unchanged."""
    if not any(SUBS in r for r in risks):
        return risks
    out = []
    for rec in risks:
        for sub in rec.pop(SUBS, None) or [rec]:
            sub["pages"] = list(rec["pages"])
            sub["seq"] = len(out) + 1
            out.append(sub)
    return out


def text_pages(pdf_path, texts: dict) -> dict:
    """{key: sorted pages} of each text, found by its start and its end (40 characters each,
    normalised) in the pages' text; a text that is not found aborts the build."""
    import pdfplumber

    with pdfplumber.open(pdf_path) as pdf:
        pages = [norm(p.extract_text() or "") for p in pdf.pages]
    out = {}
    for key, text in texts.items():
        t = norm(collapse(text))
        found = {i + 1 for i, p in enumerate(pages) for part in (t[:40], t[-40:]) if part in p}
        if not found:
            raise SystemExit(f"comment {key!r} not found in {pdf_path}")
        out[key] = sorted(found)
    return out


def add_comments(doc, original: Path, risks: list, columns: list) -> None:
    """Comments standing in a table of their own below the risk table (scan3), keyed by the
    risk's Nr: ``doc.extra_info`` holds ``comments`` (Nr -> text), ``key_header`` and
    ``comment_header``. A risk's pages gain the pages its comment stands on."""
    info = doc.extra_info or {}
    if "comments" not in info:
        return
    comments = info["comments"]
    where = text_pages(original, comments)
    for rec in risks:
        nr = rec["extra"][info["key_header"]]
        if nr in comments:
            rec["comment"] = kit.collapse(comments[nr])
            rec["pages"] = sorted(set(rec["pages"]) | set(where[nr]))
    columns.append({"header": info["comment_header"], "field": "comment"})


# ---------------------------------------------------------------------------------------------
# the paper scanner


DPI = 300
PX_CM = DPI / 2.54
SCRIPT_FONT = "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf"
STAMP_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


@dataclass
class Stamp:
    """A rubber stamp: ``lines`` of text in a rounded box, ``color`` ink, at (x, y) cm from
    the page's top left corner (of the box's top left), turned ``angle`` degrees."""

    lines: list
    x: float
    y: float
    color: str = "#b3262d"
    angle: float = -6.0
    size: int = 40  # pointsize at 300 dpi


@dataclass
class Ink:
    """Handwriting: ``text`` in a script font (``size`` in points at 300 dpi) at (x, y) cm,
    or a tick (``text`` "✓") drawn as a pen stroke, in ``color``."""

    text: str
    x: float
    y: float
    color: str = "#1d2f80"
    size: int = 64
    angle: float = -4.0


@dataclass
class Sheet:
    """How one page is scanned."""

    skew: float = 0.0  # degrees, positive clockwise
    turn: int = 0  # -90: a landscape page fed in portrait (text runs bottom to top)
    overlays: list = field(default_factory=list)


def _px(v: float, dpi: int = DPI) -> int:
    return int(round(v * (dpi / 2.54)))


def overlay_args(overlays: list, tmp: Path, page: int, dpi: int = DPI) -> list[str]:
    """ImageMagick arguments compositing the overlays onto the page image."""
    args = []
    for i, o in enumerate(overlays):
        png = tmp / f"ov-{page}-{i}.png"
        if isinstance(o, Stamp):
            # the lines as one centred label (sized by ImageMagick), a border, then the box
            lab = tmp / f"ov-{page}-{i}-label.png"
            subprocess.run(["convert", "-background", "none", "-fill", o.color, "-font",
                            STAMP_FONT, "-pointsize", str(o.size), "-gravity", "center",
                            "-interline-spacing", str(o.size // 4), "label:" + "\n".join(o.lines),
                            "-bordercolor", "none", "-border", "34x26", str(lab)], check=True)
            w, h = (int(v) for v in subprocess.run(
                ["identify", "-format", "%w %h", str(lab)], capture_output=True, text=True,
                check=True).stdout.split())
            cmd = ["convert", str(lab), "-fill", "none", "-stroke", o.color, "-strokewidth",
                   "7", "-draw", f"roundrectangle 5,5 {w - 6},{h - 6} 22,22",
                   "-background", "none", "-rotate", str(o.angle), "-channel", "A",
                   "-evaluate", "multiply", "0.82", "+channel", str(png)]
        elif o.text == "✓":  # a tick: a short down stroke and a long up stroke
            s = o.size
            cmd = ["convert", "-size", f"{2 * s}x{2 * s}", "xc:none", "-fill", "none",
                   "-stroke", o.color, "-strokewidth", "6", "-draw",
                   f"path 'M {int(s * 0.15)},{int(s * 1.0)} Q {int(s * 0.45)},{int(s * 1.3)} "
                   f"{int(s * 0.62)},{int(s * 1.75)} Q {int(s * 1.0)},{int(s * 0.8)} "
                   f"{int(s * 1.85)},{int(s * 0.2)}'", str(png)]
        else:
            lines = o.text.split("\n")
            w = int(max(len(s) for s in lines) * o.size * 0.75) + 40
            h = int(o.size * 1.5 * len(lines)) + 40
            cmd = ["convert", "-size", f"{w}x{h}", "xc:none", "-fill", o.color, "-font",
                   SCRIPT_FONT, "-pointsize", str(o.size), "-gravity", "northwest",
                   "-annotate", "+10+10", o.text, "-background", "none", "-rotate",
                   str(o.angle), str(png)]
        subprocess.run(cmd, check=True)
        args += [str(png), "-gravity", "northwest", "-geometry",
                 f"+{_px(o.x, dpi)}+{_px(o.y, dpi)}", "-compose", "over", "-composite"]
    return args


def degrade(src: Path, dst: Path, sheet: Sheet, seed: int, mode: str, tmp: Path, page: int,
            paper: float = 1.0, shade: tuple = (0.0, "east"), noise: float = 0.35,
            blur: float = 0.55, quality: int = 72, threshold: int = 58, dpi: int = DPI) -> None:
    """One page image: overlays, turn + skew on a paper-white ground, paper grey, uneven
    brightness, noise, blur; then a grey or colour JPEG (or PNG: ``dst``'s suffix) or a 1-bit
    Group 4 TIFF. ``dpi``: the resolution the page was rendered at."""
    w, h = subprocess.run(["identify", "-format", "%w %h", str(src)], capture_output=True,
                          text=True, check=True).stdout.split()
    if sheet.turn in (90, -90):
        w, h = h, w
    cmd = ["convert", str(src)] + overlay_args(sheet.overlays, tmp, page, dpi)
    cmd += ["-gravity", "center", "-background", "white",
            "-rotate", f"{sheet.turn + sheet.skew}", "-extent", f"{w}x{h}", "+repage"]
    if paper < 1.0:
        cmd += ["+level", f"0%,{paper * 100:.1f}%"]
    depth, side = shade
    if depth:
        turn = {"east": 90, "west": -90, "south": 0, "north": 180}[side]
        gw, gh = (h, w) if turn in (90, -90) else (w, h)
        cmd += ["(", "-size", f"{gw}x{gh}", f"gradient:white-gray({100 - depth * 100:.0f}%)",
                "-rotate", str(-turn), ")", "-compose", "multiply", "-composite"]
    cmd += ["-seed", str(seed), "-attenuate", f"{noise}", "+noise", "Gaussian",
            "-blur", f"0x{blur}"]
    if mode == "rgb":
        cmd += ["-colorspace", "sRGB", "-type", "TrueColor"]
    else:
        cmd += ["-colorspace", "Gray"]
    if mode == "bw":
        cmd += ["-threshold", f"{threshold}%", "-type", "Bilevel", "-units",
                "PixelsPerInch", "-density", str(dpi), "-strip", "-compress", "Group4",
                str(dst)]
    else:
        if mode == "gray":
            cmd += ["-type", "Grayscale"]
        cmd += ["-units", "PixelsPerInch", "-density", str(dpi), "-strip", "-quality",
                str(quality), str(dst)]
    subprocess.run(cmd, check=True)


def bilevel(grey: Path, dst: Path, threshold: float, dpi: int = DPI) -> None:
    """A finished grey page thresholded to a 1-bit Group 4 TIFF, as an office scanner's
    "black and white" mode gives it (scan5, scan6; mode ``"bw"`` thresholds in the same pass
    as the degrading instead, scan3)."""
    subprocess.run(["convert", str(grey), "-threshold", f"{threshold}%", "-type", "Bilevel",
                    "-units", "PixelsPerInch", "-density", str(dpi), "-strip", "-compress",
                    "Group4", str(dst)], check=True)


def scan(original: Path, out: Path, sheets: list, seed: int = 1, mode: str = "gray",
         work: Path | None = None, ocr_args: tuple = (), keep_image: Path | None = None,
         dpi: int = DPI, **degrade_opts) -> None:
    """Scan ``original`` into ``out``: one ``Sheet`` (or a skew in degrees) per page (the
    last repeats), rendered at ``dpi``; ``mode`` ``"gray"``, ``"rgb"``, ``"bw"`` or
    ``"gray-bw"`` (a grey page, then ``bilevel`` at ``threshold``); ``keep_image``: also
    write the image-only PDF there (before OCR)."""
    from producers import scan as plain

    original, out = Path(original), Path(out)
    sheets = [s if isinstance(s, Sheet) else Sheet(s) for s in sheets]
    with tempfile.TemporaryDirectory(prefix="scan-", dir=work) as td:
        tmp = Path(td)
        subprocess.run(["pdftoppm", "-r", str(dpi)] + ([] if mode == "rgb" else ["-gray"])
                       + ["-png", str(original), str(tmp / "p")], check=True)
        pages = sorted(tmp.glob("p-*.png"), key=lambda p: int(p.stem.split("-")[-1]))
        imgs = []
        for i, png in enumerate(pages):
            sheet = sheets[min(i, len(sheets) - 1)]
            if mode == "gray-bw":
                grey = tmp / f"g-{i + 1:02d}.png"
                opts = {k: v for k, v in degrade_opts.items() if k != "threshold"}
                degrade(png, grey, sheet, seed * 100 + i, "gray", tmp, i + 1, dpi=dpi, **opts)
                img = tmp / f"s-{i + 1:02d}.tif"
                bilevel(grey, img, degrade_opts.get("threshold", 58), dpi)
            else:
                img = tmp / f"s-{i + 1:02d}.{'tif' if mode == 'bw' else 'jpg'}"
                degrade(png, img, sheet, seed * 100 + i, mode, tmp, i + 1, dpi=dpi,
                        **degrade_opts)
            imgs.append(img)
        image_pdf = tmp / "image.pdf"
        subprocess.run(["img2pdf", "--creationdate", "2025-01-01T00:00:00",
                        "--moddate", "2025-01-01T00:00:00", "-o", str(image_pdf)]
                       + [str(j) for j in imgs], check=True)
        if keep_image:
            Path(keep_image).write_bytes(image_pdf.read_bytes())
        ocr = tmp / "ocr.pdf"
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        subprocess.run(["ocrmypdf", "-l", "swe", "--output-type", "pdf", "--jobs", "1",
                        "--optimize", "0", "--quiet", *ocr_args, str(image_pdf), str(ocr)],
                       check=True, env=env)
        plain.normalise(ocr, out)


# ---------------------------------------------------------------------------------------------
# a set's build


def rotations(pdf: Path) -> list[int]:
    import pikepdf

    with pikepdf.open(pdf) as p:
        return [int(pg.obj.get("/Rotate", 0)) for pg in p.pages]


def _writer_original(here: Path, doc, tmp: Path, fontconf: Path, profile: str, records):
    """Writer: ``src/fodt/<name>.fodt`` -> ``<name>.original.pdf``; (original, pages,
    records, columns, metadata, hyphenated line ends)."""
    from build_samples import canonical_pdf
    from libreoffice import convert

    srcdir = here / "src" / "fodt"
    srcdir.mkdir(exist_ok=True)
    fodt = srcdir / f"{doc.name}.fodt"
    fodt.write_text(build_fodt(doc), encoding="utf-8")
    pdf = convert(fodt, tmp, fontconf, profile)
    original = here / f"{doc.name}.original.pdf"
    original.write_bytes(canonical_pdf(pdf.read_bytes()))
    pdf.unlink()
    steps = {"records": records} if records else {}
    npages, risks, stats = kit.measure(doc, original, **steps)
    risks = expand_subrisks(risks)
    columns = kit.expected_columns(doc)
    add_comments(doc, original, risks, columns)
    meta = {"organ": doc.organ, "year": doc.year, "period": doc.period,
            "title": kit.collapse(doc.title), "risks_inventoried": doc.risks_inventoried,
            "risks_critical": doc.risks_critical}
    return original, npages, risks, columns, meta, stats["soft"]


def calc_original(rep, here: Path, tmp: Path, fontconf: Path, profile: str):
    """Calc (scan4): the sheet (named ``<name>.original``) -> ``<name>.original.pdf`` by
    ``calc.build``; the flat ODS kept in ``src/fods/``; records by ``calc_report``. Returns
    (original, pages, records, columns, metadata, hyphenated line ends), as scan4's
    ``calcdoc.original`` did."""
    from producers import calc, calc_report

    sh = rep.sheet
    m, _heights, fods = calc.build(sh, here, tmp, profile, fontconf)
    name = sh.name[: -len(".original")]
    (here / "src" / "fods").mkdir(exist_ok=True)
    (here / "src" / "fods" / f"{name}.fods").write_text(fods, encoding="utf-8")
    original = here / f"{sh.name}.pdf"
    exp = calc_report.expected(rep, m, original)
    return original, m.pages, exp["risks"], exp["columns"], exp["report"], m.hyphen_ends


def build_doc(here: Path, doc, pages: list, seed: int, opts: dict, tmp: Path, fontconf: Path,
              profile: str, scanner, records=None, png: Path | None = None) -> dict:
    """One report of a scan set: its original, expected JSON and scan."""
    from producers import scan as plain

    if hasattr(doc, "sheet"):
        got = calc_original(doc, here, tmp, fontconf, profile)
    else:
        got = _writer_original(here, doc, tmp, fontconf, profile, records)
    original, npages, risks, columns, meta, soft = got
    name = original.name[: -len(".original.pdf")]
    final = here / f"{name}.pdf"
    scanner(original, final, pages, seed=seed, work=tmp, **opts)
    data = {
        "schema_version": "1",
        "source": {
            "file": final.name,
            "sha256": hashlib.sha256(final.read_bytes()).hexdigest(),
            "pages": npages,
        },
        "report": meta,
        "columns": columns,
        "risks": risks,
        "warnings": [],
    }
    (here / f"{name}.expected.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    ref, hyp = plain.text_words(original), plain.text_words(final)
    if png:
        png.mkdir(parents=True, exist_ok=True)
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(final), str(png / name)],
                       check=True)
    return {"name": name, "pages": npages, "risks": len(risks),
            "risk_pages": [r["pages"] for r in risks], "soft": soft, "words": len(ref),
            "wer": plain.wer(ref, hyp), "bag": plain.bag_wer(ref, hyp),
            "rotate": rotations(final)}


def main(here: Path, docs: list, argv=None, scanner=None, records=None,
         born_digital: tuple = ()) -> int:
    """Build the scan set in ``here``. ``docs``: (module in src/, document factory, one Sheet
    or skew per page (the last repeats), noise seed, scan options); ``scanner``: the paper
    scanner (``scan``, the default) or the plain one (``producers.scan.scan``); ``records``:
    a record reader for the Writer originals (``status_records``); ``born_digital``: (module,
    factory) of reports built by LibreOffice only, with ``fill_records`` (scan1). A module not
    written yet is passed over. LibreOffice runs with a profile of this run's own."""
    from libreoffice import private_fontconfig

    scanner = scanner or scan
    ap = argparse.ArgumentParser(description=f"Rebuild the {here.name} set.")
    ap.add_argument("names", nargs="*")
    ap.add_argument("--png", type=Path, help="render the scans at 60 dpi into this directory")
    args = ap.parse_args(argv)
    built = [(getattr(importlib.import_module(m), f)(), pg, sd, op) for m, f, pg, sd, op in docs
             if importlib.util.find_spec(m)]
    born = [getattr(importlib.import_module(m), f)() for m, f in born_digital
            if importlib.util.find_spec(m)]

    def name_of(doc) -> str:
        return doc.sheet.name[: -len(".original")] if hasattr(doc, "sheet") else doc.name

    known = {name_of(d) for d, *_ in built} | {d.name for d in born}
    unknown = set(args.names) - known
    if unknown:
        ap.error(f"unknown samples: {', '.join(sorted(unknown))}")
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix=f"icp-{here.name}-") as td:
        tmp = Path(td)
        profile = (tmp / "lo-profile").as_uri()
        fontconf = private_fontconfig(tmp)
        for doc, pages, seed, opts in built:
            if args.names and name_of(doc) not in args.names:
                continue
            i = build_doc(here, doc, pages, seed, opts, tmp, fontconf, profile, scanner,
                          records, args.png)
            print(f"{i['name']}: {i['pages']} pages, {i['risks']} risks (pages "
                  f"{i['risk_pages']}), {i['soft']} hyphenated line ends; /Rotate per page "
                  f"{i['rotate']}; OCR vs original text layer ({i['words']} words): WER "
                  f"{i['wer']:.1%} in reading order, {i['bag']:.1%} of the words missing "
                  f"(order-free)", flush=True)
        for doc in born:
            if args.names and doc.name not in args.names:
                continue
            i = kit.build(doc, here, tmp, fontconf, args.png, write_fodt=build_fodt,
                          measure_pdf=measure_fills, profile=profile)
            print(f"{doc.name} (born-digital): {i['pages']} pages, {i['risks']} risks (pages "
                  f"{i['risk_pages']}), {i['soft']} hyphenated line ends", flush=True)
    print(f"built in {time.monotonic() - start:.1f} s")
    return 0
