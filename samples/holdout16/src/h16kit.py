"""What the sixteenth holdout set adds to the shared kit (``../../build/holdout_kit.py``,
``holdout_model.py``, ``holdout_fodt.py``; the labelled rows, their records and their
measuring are in ``holdout_ext.py``):

- ``H16Table``: the extension's table with **labelled rows** (a row ``{LAB: ("Åtgärd",
  "handling", text)}`` is one cell spanning all columns, "**Åtgärd:** text" with the label
  bold; it gives its text to the named field of the risk row above it; a risk may have
  several, in any order), rows kept together or not.
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

``main`` is the kit's ``main`` with this writer and measuring (LibreOffice's profile and the
temporary files in ``WORK``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

import holdout_ext as ext
import holdout_kit as kit
from holdout_ext import LAB  # noqa: F401  (this set's vocabulary)
from holdout_model import CM, Doc, Table
from libreoffice import cm

WORK = Path("/tmp/h16work")  # LibreOffice profile and temporary files


H16Table = ext.ExtTable


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


class H16Writer(ext.ExtWriter):
    def block(self, blk) -> str:
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
        return super().block(blk)

    def furniture_style(self) -> str:
        d = self.doc
        rule = getattr(d, "furniture_rule", None)
        if not rule:
            return super().furniture_style()
        return ('<style:header-style><style:header-footer-properties fo:min-height="0cm" '
                f'fo:margin-bottom="{cm(d.header_gap)}" fo:padding-bottom="0.08cm" '
                f'fo:border-bottom="{rule}"/></style:header-style>'
                '<style:footer-style><style:header-footer-properties fo:min-height="0cm" '
                f'fo:margin-top="{cm(d.footer_gap)}" fo:padding-top="0.08cm" '
                f'fo:border-top="{rule}"/></style:footer-style>')

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


# ---------------------------------------------------------------------------------------------
# measuring


def frames(doc: Doc, t: Table) -> list[float]:
    """The table's left edge in each newspaper column (one for a table set full width)."""
    pg = doc.page
    sect = next((b for b in doc.blocks
                 if isinstance(b, TwoCol) and any(x is t for x in b.blocks)), None)
    x0 = pg.left * CM
    if sect is None:
        return [x0]
    width = pg.width - pg.left - pg.right
    return [x0, x0 + (width + sect.gap) / 2 * CM]


def body_words(doc: Doc, pdf, t: Table):
    """(body columns, header columns, header rows by page [(frame, top)], the labelled rows'
    words): the words of the page body given to a frame and in it to a column."""
    origins = frames(doc, t)
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
    labelled, body = ext.take_notes(body, t)
    cols = [kit.Column([w for w in body if w["col"] == k]) for k in range(len(t.cols))]
    return cols, [kit.Column(ws) for ws in head], bands, labelled


def main(here: Path, doc_factories: list, description: str, argv=None) -> int:
    """The kit's ``main`` with this writer and measuring."""
    return ext.main(here, doc_factories, description, argv, about=__doc__, writer=H16Writer,
                    measure_pdf=partial(ext.measure, words=body_words), work=WORK,
                    header_rows="(page: [(frame, top)])")
