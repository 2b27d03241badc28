"""What the thirteenth holdout set adds to the shared kit (``../../build/holdout_kit.py``,
``holdout_model.py``, ``holdout_fodt.py``):

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

import re
from functools import partial
from pathlib import Path

import holdout_kit as kit
from holdout_fodt import Writer
from holdout_model import Doc

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


# ---------------------------------------------------------------------------------------------
# writing


class H13Writer(Writer):
    """The kit's writer; rows never split over a page break (the page break falls between
    whole rows, so no feature of an earlier set mixes in) and checkbox glyphs in a font that
    has them."""

    def table_shell(self, name, widths, margin_top=0.1, keep=True, break_before=False):
        return super().table_shell(name, widths, margin_top, True, break_before)

    def inline(self, text: str) -> str:
        out = super().inline(text)
        if ADDRESS.search(out):  # e-mail and web addresses are never hyphenated
            span = self.text_style("nohyph", 'fo:hyphenate="false" fo:language="zxx" '
                                   'fo:country="none"')
            out = ADDRESS.sub(
                lambda m: f'<text:span text:style-name="{span}">{m.group(0)}</text:span>', out)
        if not any(b in out for b in BOXES):
            return out
        span = self.text_style("box", f'style:font-name="{BOX_FONT}"')
        return re.sub(f"([{BOXES}])",
                      lambda m: f'<text:span text:style-name="{span}">{m.group(1)}</text:span>',
                      out)


def build_fodt(doc: Doc) -> str:
    return H13Writer(doc).render()


# ---------------------------------------------------------------------------------------------
# measuring: the kit's with this set's ``set_field``


def measure(doc: Doc, pdf_path: Path):
    return kit.measure(doc, pdf_path, records=partial(kit.expected_risks, put=set_field))


def main(here: Path, doc_factories: list, description: str, argv=None) -> int:
    """The kit's ``main`` with this writer and this measuring."""
    return kit.main(here, doc_factories, description, argv, write_fodt=build_fodt,
                    measure_pdf=measure)
