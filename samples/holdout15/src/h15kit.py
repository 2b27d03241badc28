"""What the fifteenth holdout set adds to the shared kit (``../../build/holdout_kit.py``,
``holdout_model.py``, ``holdout_fodt.py``, all three unchanged), kept here so the kit stays
as it is:

- **section rows that name the process** (aon2024): an ``H15Table`` with
  ``section_process=True`` has no process column; each section row (the kit's
  ``{SECTION: text}``: one merged, shaded, bold cell over all columns) names the process of
  the risk rows under it, up to the next section row. Expected ``process``: the section
  row's text, collapsed. The section row itself gives no record (as in the kit).
- **risk-value oddities** (bsn2024): a Riskvärde cell printed as a product **without its
  result** ("4 x 3", "3 × 2") gives ``probability`` and ``consequence`` (the first and second
  factor; the prose says the value is sannolikhet × konsekvens) and **``risk_value`` null**
  (README: "no risk value of our own making"); a value with a **footnote asterisk** ("9*")
  gives the number, the asterisk dropped (the footnote under the table belongs to no record).
- everything else is the kit's: its ``Writer`` (rows kept together here), its ``cell_grid``
  and ``set_field`` for all other cells, its column measuring (``norm`` drops "*" and "x"
  stays a letter, so "4 x 3" is matched as "4x3").

``main`` is the kit's ``main`` with this writer and this measuring.
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import holdout_kit as kit
import pdfplumber
from holdout_fodt import Writer
from holdout_model import SECTION, Doc, Table

#: a product printed without its result: "4 x 3", "4 × 3"
BARE_PRODUCT = re.compile(r"(\d+)\s*[x×]\s*(\d+)")
#: a number with a footnote asterisk: "9*"
STARRED = re.compile(r"(\d+)\s*\*")


@dataclass
class H15Table(Table):
    section_process: bool = False  # section rows name the process of the rows under them
    keep_rows: bool = True  # rows never split over a page break


def set_field(rec: dict, c, text: str) -> None:
    if c.field == "risk_value" and BARE_PRODUCT.fullmatch(text):
        s, k = (int(g) for g in BARE_PRODUCT.fullmatch(text).groups())
        rec["probability"], rec["consequence"], rec["risk_value"] = s, k, None
    elif c.field in ("risk_value", "probability", "consequence") and STARRED.fullmatch(text):
        rec[c.field] = int(STARRED.fullmatch(text).group(1))
    else:
        kit.set_field(rec, c, text)


def expected_risks(t: Table) -> list[dict]:
    """The kit's ``expected_risks`` with this set's ``set_field``; with ``section_process``
    the text of the section row above gives ``process``."""
    out, section = [], None
    for row, cells in zip(t.rows, kit.cell_grid(t), strict=True):
        if cells is None:
            section = kit.collapse(row[SECTION])
            continue
        rec = {
            "seq": len(out) + 1, "process": None, "context": None, "label": None, "risk": None,
            "risk_value": None, "probability": None, "consequence": None, "controls": None,
            "handling": None, "follows_plan": None, "comment": None, "extra": {},
        }
        if getattr(t, "section_process", False):
            assert section, (t.name, "a risk row before the first section row")
            assert not any(c.field == "process" for c in t.cols)
            rec["process"] = section
        for c in t.cols:
            text = kit.joined(cells[c.key][0])
            if text is not None:
                set_field(rec, c, text)
        out.append(rec)
    return out


# ---------------------------------------------------------------------------------------------
# writing


class H15Writer(Writer):
    """The kit's writer; rows kept together when the table says so (the page break falls
    between whole rows)."""

    def table(self, t: Table) -> str:
        self._keep = getattr(t, "keep_rows", False)
        return super().table(t)

    def table_shell(self, name, widths, margin_top=0.1):
        row, xml = super().table_shell(name, widths, margin_top)
        if getattr(self, "_keep", False):
            i = -len(widths) - 1
            self.auto[i] = self.auto[i].replace('fo:keep-together="auto"',
                                                'fo:keep-together="always"')
        return row, xml


def build_fodt(doc: Doc) -> str:
    return H15Writer(doc).render()


# ---------------------------------------------------------------------------------------------
# measuring: the kit's ``measure_table`` with this set's expected records


def measure(doc: Doc, pdf_path: Path):
    t = kit.risk_table(doc)
    with pdfplumber.open(pdf_path) as pdf:
        npages = len(pdf.pages)
        body, head, bands = kit.column_words(doc, pdf, t)
    cells, ends = kit.locate(doc, body, t)
    body = [kit.Column([w for w, st in zip(b.words, b.starts, strict=True) if st < e])
            for b, e in zip(body, ends, strict=True)]
    src = [kit.joined(r.get(c.key)) or "" for r in t.rows for c in t.cols]
    src += [c.header for c in t.cols]
    merged = [kit.Column(h.words + b.words) for h, b in zip(head, body, strict=True)]
    stats = kit.hyphen_stats(merged, " ".join(src))
    stats["header_pages"] = sorted(bands)
    risks = expected_risks(t)
    for r, rec in zip(kit.risk_rows(t), risks, strict=True):
        pages = set()
        for k in range(len(t.cols)):
            pages |= cells.get((r, k), set())
        rec["pages"] = sorted(pages)
    return npages, risks, stats


def main(here: Path, doc_factories: list, description: str, argv=None) -> int:
    """The kit's ``main`` with this writer and this measuring."""
    ap = argparse.ArgumentParser(
        description=description + "\n\n" + kit.__doc__,
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
        fontconf = kit.private_fontconfig(tmp)
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
