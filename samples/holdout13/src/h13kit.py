"""What the thirteenth holdout set adds to the shared kit (``../../build/holdout_kit.py``,
``holdout_model.py``, ``holdout_fodt.py``, all three unchanged), kept here so the kit stays
as it is:

- **checkbox answers** (vfn2024): a Följer plan cell written "☒ Ja ☐ Nej" (U+2612 checked,
  U+2610 unchecked, each box followed by its word). The box glyphs are set in DejaVu Sans
  (a text span of their own, as Word sets its checkbox glyphs in a symbol font), the words in
  the table's font. Expected ``follows_plan``: the word after the one checked box (Ja / Nej /
  Delvis); no box checked: null.
- **level words** (bfn2024): a Sannolikhet, Konsekvens or Risknivå cell holding a word
  ("Mycket sannolik", "Allvarlig", "Hög") and no number: the numeric fields
  (``probability``, ``consequence``, ``risk_value``) stay null; the word is not copied
  anywhere in the expected JSON (the README keeps it in ``raw``, which the expected files do
  not carry); ``extra`` stays ``{}`` because these columns have canonical fields.
- everything else is the kit's: its ``Writer`` (with the checkbox spans), its ``cell_grid``
  and ``set_field`` for all other cells, its column measuring (``norm`` drops the box glyphs
  and the typographic characters, so "☒ Ja ☐ Nej" is matched as "janej").

``main`` is the kit's ``main`` with this writer and this measuring.
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from pathlib import Path

import holdout_kit as kit
import pdfplumber
from holdout_fodt import Writer
from holdout_model import Doc, Table

#: checkbox glyphs: checked (☒ U+2612, ☑ U+2611) and unchecked (☐ U+2610)
CHECKED = "\u2612\u2611"
UNCHECKED = "\u2610"
BOXES = CHECKED + UNCHECKED
BOX_FONT = "DejaVu Sans"
#: a box and the word after it
BOX_WORD = re.compile(f"([{BOXES}])\\s*([A-Za-zÅÄÖåäö]+)")

#: an e-mail or web address in a cell (uan2024): set without hyphenation, as a word
#: processor leaves a hyperlink whole
ADDRESS = re.compile(r"[\w.-]+@[\w-]+(?:\.[\w-]+)+|www(?:\.[\w-]+)+(?:/[\w-]+)*")

#: words of a four-step risk matrix, printed instead of numbers (bfn2024)
PROBABILITY_WORDS = ("Mindre sannolik", "Möjlig", "Sannolik", "Mycket sannolik")
CONSEQUENCE_WORDS = ("Lindrig", "Måttlig", "Allvarlig", "Mycket allvarlig")
LEVEL_WORDS = ("Låg", "Medel", "Hög", "Mycket hög")
WORDS_OF = {"probability": PROBABILITY_WORDS, "consequence": CONSEQUENCE_WORDS,
            "risk_value": LEVEL_WORDS}


def checkbox_answer(text: str) -> str | None:
    """"☒ Ja ☐ Nej" -> "Ja"; "☐ Ja ☐ Nej" -> None; more than one box checked is an error
    in the source."""
    pairs = BOX_WORD.findall(text)
    assert pairs and "".join(b + w for b, w in pairs) == re.sub(r"\s+", "", text), text
    checked = [w for b, w in pairs if b in CHECKED]
    assert len(checked) <= 1, text
    return kit.FOLLOWS[checked[0].lower()] if checked else None


def set_field(rec: dict, c, text: str) -> None:
    if c.field == "follows_plan" and any(b in text for b in BOXES):
        rec["follows_plan"] = checkbox_answer(text)
    elif c.field in WORDS_OF and not re.search(r"\d", text):
        assert text in WORDS_OF[c.field], (c.header, text)
        rec[c.field] = None  # a word, no number: the field holds ints only (README)
    else:
        kit.set_field(rec, c, text)


def expected_risks(t: Table) -> list[dict]:
    """The kit's ``expected_risks`` with this set's ``set_field``."""
    out = []
    for cells in kit.cell_grid(t):
        if cells is None:
            continue
        rec = {
            "seq": len(out) + 1, "process": None, "context": None, "label": None, "risk": None,
            "risk_value": None, "probability": None, "consequence": None, "controls": None,
            "handling": None, "follows_plan": None, "comment": None, "extra": {},
        }
        for c in t.cols:
            text = kit.joined(cells[c.key][0])
            if text is not None:
                set_field(rec, c, text)
        out.append(rec)
    return out


# ---------------------------------------------------------------------------------------------
# writing


class H13Writer(Writer):
    """The kit's writer; rows never split over a page break (the page break falls between
    whole rows, so no feature of an earlier set mixes in) and checkbox glyphs in a font that
    has them."""

    def table_shell(self, name, widths, margin_top=0.1):
        row, xml = super().table_shell(name, widths, margin_top)
        self.auto[-len(widths) - 1] = self.auto[-len(widths) - 1].replace(
            'fo:keep-together="auto"', 'fo:keep-together="always"')
        return row, xml

    def box_style(self) -> str:
        if "box" not in self.tstyles:
            name = f"TS{len(self.tstyles)}"
            self.tstyles["box"] = name
            self.auto.append(f'<style:style style:name="{name}" style:family="text">'
                             f'<style:text-properties style:font-name="{BOX_FONT}"/>'
                             "</style:style>")
        return self.tstyles["box"]

    def nohyph_style(self) -> str:
        if "nohyph" not in self.tstyles:
            name = f"TS{len(self.tstyles)}"
            self.tstyles["nohyph"] = name
            self.auto.append(f'<style:style style:name="{name}" style:family="text">'
                             '<style:text-properties fo:hyphenate="false" fo:language="zxx" fo:country="none"/></style:style>')
        return self.tstyles["nohyph"]

    def inline(self, text: str) -> str:
        out = super().inline(text)
        if ADDRESS.search(out):  # e-mail and web addresses are never hyphenated
            span = self.nohyph_style()
            out = ADDRESS.sub(
                lambda m: f'<text:span text:style-name="{span}">{m.group(0)}</text:span>', out)
        if not any(b in out for b in BOXES):
            return out
        span = self.box_style()
        return re.sub(f"([{BOXES}])",
                      lambda m: f'<text:span text:style-name="{span}">{m.group(1)}</text:span>',
                      out)


def build_fodt(doc: Doc) -> str:
    return H13Writer(doc).render()


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
