"""Scanned pages with an OCR text layer: straightened text, rules read from the image."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SAMPLES, extracted
from rapidfuzz import fuzz

from icp_extract.model import Rule, Word
from icp_extract.read import ocr_repairs, scan

PENDING = Path(__file__).resolve().parents[1] / "samples" / "pending"
#: The OCR'd scans of the blind rounds (scan3: 1-bit, grey paper with a binding shadow, grey
#: rules, a page fed sideways), each with its original's expected JSON.
SCANNED = sorted(
    p
    for name in ("scan1", "scan2", "scan3")
    for p in (PENDING / name).glob("*_scan_*.pdf")
    if not p.name.endswith(".original.pdf")
)


def test_there_are_scans() -> None:
    """This test ensures that the scan tests below cannot pass by finding no scan."""
    assert len(SCANNED) == 12


@pytest.mark.parametrize("pdf", SCANNED, ids=lambda p: p.stem)
def test_every_scanned_risk_is_found_with_its_text(pdf: Path) -> None:
    """This test ensures that a scan run through OCR (image plus invisible Tesseract text,
    skewed up to 1.7 degrees, rules only in the image) gives every risk, none extra, each
    process and risk text close to the source. OCR's misreadings stay as read, so texts are
    compared by similarity, not exactly."""
    want = json.loads(pdf.with_name(pdf.stem + ".expected.json").read_text(encoding="utf-8"))
    got = extracted(str(pdf.relative_to(SAMPLES).with_suffix("")))
    assert len(got.risks) == len(want["risks"])
    for g, w in zip(got.risks, want["risks"], strict=True):
        assert fuzz.ratio(g.process or "", w["process"] or "") >= 85, (g.process, w["process"])
        assert fuzz.ratio(g.risk or "", w["risk"] or "") >= 85, (g.risk, w["risk"])


def test_skew_is_read_from_the_glyph_matrices() -> None:
    """This test ensures that the skew is the glyphs' median baseline angle, and that a
    negligible or implausible angle counts as none."""

    def char(b: float) -> dict:
        return {"text": "a", "matrix": (1.0, b, -b, 1.0, 0.0, 0.0)}

    assert scan.skew_of([char(0.0175)] * 5 + [char(0.5)]) == pytest.approx(1.0, abs=0.01)
    assert scan.skew_of([char(0.0005)] * 5) == 0.0
    assert scan.skew_of([char(0.2)] * 5) == 0.0  # 11 degrees: drawn turned, not a skew


def test_straightening_levels_a_skewed_line() -> None:
    """This test ensures that glyphs of one line drawn at the page's skew come out level."""
    import math

    angle = 1.0
    a = math.radians(angle)
    chars = [
        {"text": "x", "x0": 100 + 50 * i, "x1": 105 + 50 * i,
         "top": 300 - 50 * i * math.tan(a), "bottom": 310 - 50 * i * math.tan(a)}
        for i in range(6)
    ]  # fmt: skip
    tops = [c["top"] for c in scan.straighten(chars, angle, 600, 800)]
    assert max(tops) - min(tops) < 0.1


def test_a_filled_band_gives_its_edges_not_a_thick_rule() -> None:
    """This test ensures that a dark header band read from the image gives two rules at its
    edges, while a rule drawn a few dots thick stays one rule."""
    band = [(100.0 + i * 0.5, 50.0, 400.0) for i in range(30)]  # 15 pt tall
    thin = [(300.0, 50.0, 400.0), (300.5, 50.0, 400.0)]
    assert len(scan._merge(band)) == 2
    assert len(scan._merge(thin)) == 1


def test_rule_glyphs_on_a_rule_are_dropped_and_text_is_not() -> None:
    """This test ensures that a "|" OCR read from a vertical rule is taken for the rule, and
    that a "|" away from any rule, or a word on a rule, is kept as text."""
    rule = Rule(x0=200.0, top=100.0, x1=200.5, bottom=400.0, page=1)

    def word(text: str, x0: float) -> Word:
        return Word(text=text, x0=x0, x1=x0 + 2, top=150.0, bottom=160.0, page=1)

    assert ocr_repairs.is_rule_glyph(word("|", 199.0), [rule])
    assert not ocr_repairs.is_rule_glyph(word("|", 250.0), [rule])
    assert not ocr_repairs.is_rule_glyph(word("Risk", 199.0), [rule])


def test_skew_counts_the_leaning_glyphs_when_ocr_levelled_most_lines() -> None:
    """This test ensures that a page on which OCR gave most lines a level baseline (short
    cells, a 1-bit scan) still has the skew of the lines it did fit a slope to, while a
    stamp or handwriting turned on a straight page does not make the page skewed."""

    def char(degrees: float) -> dict:
        import math

        a = math.radians(degrees)
        return {"text": "a", "matrix": (math.cos(a), math.sin(a), -math.sin(a), math.cos(a), 0, 0)}

    skewed = [char(0.0)] * 70 + [char(-1.3)] * 30
    assert scan.skew_of(skewed) == pytest.approx(-1.3, abs=0.01)
    stamped = [char(0.0)] * 97 + [char(4.0)] * 3
    assert scan.skew_of(stamped) == 0.0


def _ocr_word(text: str, x0: float, pitch: float = 3.0, top: float = 300.0) -> list[dict]:
    """Glyphs of one OCR word spread evenly over its box, as the glyphless OCR font sets
    them, followed by a space."""
    glyphs = [
        {"text": ch, "x0": x0 + k * pitch, "x1": x0 + (k + 1) * pitch, "top": top,
         "bottom": top + 9.0}
        for k, ch in enumerate(text)
    ]  # fmt: skip
    return [*glyphs, {"text": " ", "x0": glyphs[-1]["x1"], "x1": glyphs[-1]["x1"] + 2,
                      "top": top, "bottom": top + 9.0}]  # fmt: skip


def _text(chars: list[dict]) -> str:
    return "".join(c["text"] for c in chars).strip()


def test_rule_marks_glued_to_words_are_dropped_on_a_rule_only() -> None:
    """This test ensures that a "|" or "]" OCR glued to a word's edge, or read between two
    cells' words, is dropped where a vertical rule of the image stands within its drift, a
    letter "l" between such a mark and the rule with it; and that the same marks far from
    any rule, and a word's own "l" beside a rule, are kept."""
    rule = Rule(x0=200.0, top=100.0, x1=200.5, bottom=400.0, page=1)
    # "från|": the mark's slot stands 7 pt inside the rule it read.
    assert _text(ocr_repairs.without_rule_marks(_ocr_word("från|", 179.0), [rule])) == "från"
    # "in-|Ja": two cells' words joined across the rule.
    kept = ocr_repairs.without_rule_marks(_ocr_word("in-|Ja", 190.0), [rule])
    assert [c["text"] for c in kept if c["text"].strip()] == list("in-Ja")
    # "l|lingar": the rule read twice, then the word.
    assert _text(ocr_repairs.without_rule_marks(_ocr_word("l|lingar", 204.0), [rule])) == "lingar"
    # Near cases: no rule within reach, and a word's own "l" beside the rule.
    assert _text(ocr_repairs.without_rule_marks(_ocr_word("från|", 260.0), [rule])) == "från|"
    assert _text(ocr_repairs.without_rule_marks(_ocr_word("lingar", 203.0), [rule])) == "lingar"


def test_a_shadow_at_the_binding_edge_gives_no_rules() -> None:
    """This test ensures that paper darkening towards one edge (a binding shadow, uneven
    light) is measured against the paper around it, not the page's one median: the shadow
    gives no bundle of rules, and a real rule drawn inside it is still found once."""
    import numpy as np
    from PIL import Image

    width, height = 600, 800  # dots at RULE_DPI: 288 x 384 pt
    shade = np.linspace(0.6, 1.0, 200)  # 40 % darker at the left edge, even from x = 200
    row = np.concatenate([shade, np.ones(width - 200)]) * 235
    grey = np.tile(row, (height, 1))
    grey[100:700, 120:122] *= 0.45  # a vertical rule in the shadow
    rules = scan.rules_in_image(Image.fromarray(grey.astype(np.uint8), "L"))
    verticals = [r for r in rules if r[3] - r[1] > r[2] - r[0]]
    assert len(verticals) == 1
    assert verticals[0][0] == pytest.approx(120 * 72 / scan.RULE_DPI, abs=1.0)


def _page_image(grey: object) -> object:
    import numpy as np
    from PIL import Image

    return Image.fromarray(np.asarray(grey).astype(np.uint8), "L")


def _across(rules: list) -> list:
    return [r for r in rules if r[2] - r[0] > r[3] - r[1]]


def test_a_faint_grey_rule_is_found_and_a_light_fill_is_not() -> None:
    """This test ensures that a thin grey rule blurred to about three quarters of the
    paper's grey (0.5 pt #7f7f7f after scanning) is read as a rule, and that the edges of a
    light shading (#d9d9d9, 0.86 of the paper) are not."""
    import numpy as np

    grey = np.full((800, 600), 240.0)
    grey[300:302, 50:550] = 240 * 0.74  # the faint rule, two dots thick
    grey[500:540, 50:550] = 240 * 0.86  # a light band, 19 pt tall
    found = _across(scan.rules_in_image(_page_image(grey)))
    assert len(found) == 1
    assert found[0][1] == pytest.approx(300 * 72 / scan.RULE_DPI, abs=1.0)


def test_a_dark_header_band_with_two_lines_of_text_gives_its_edges_only() -> None:
    """This test ensures that the glyphs of a header filled mid grey leave the band whole:
    the gap between its two lines of text is no rule, its top and bottom edges are."""
    import numpy as np

    grey = np.full((800, 600), 240.0)
    grey[200:260, 50:550] = 240 * 0.62  # the band, 29 pt tall
    chars = []
    for top in (205, 235):  # two lines of bold text, black on the band
        for k in range(40):
            x0 = 60 + k * 12
            grey[top + 2 : top + 18, x0 + 1 : x0 + 9] = 20
            chars.append({"text": "a", "x0": x0 * 72 / 150, "x1": (x0 + 10) * 72 / 150,
                          "top": top * 72 / 150, "bottom": (top + 20) * 72 / 150})  # fmt: skip
    found = sorted(r[1] for r in _across(scan.rules_in_image(_page_image(grey), chars)))
    assert len(found) == 2
    assert found[0] == pytest.approx(200 * 72 / scan.RULE_DPI, abs=1.5)
    assert found[1] == pytest.approx(260 * 72 / scan.RULE_DPI, abs=1.5)


def test_a_mark_read_from_blank_paper_is_dropped_and_a_printed_one_kept() -> None:
    """This test ensures that an OCR word of no letter or digit ("—", "=") over paper with
    no ink, as Tesseract reads into the wide spaces of justified text, is dropped, while a
    dash that is printed, and a word with letters, stay as read."""
    import numpy as np

    grey = np.full((800, 600), 240.0)
    scale = scan.RULE_DPI / 72
    grey[int(304 * scale) : int(305 * scale), int(300 * scale) : int(305 * scale)] = 60  # "–"
    chars = (
        _ocr_word("Kontrollen", 100.0)
        + _ocr_word("—", 150.0)  # over blank paper
        + _ocr_word("görs", 160.0)
        + _ocr_word("–", 300.0, pitch=5.0)  # over the printed dash
        + _ocr_word("i", 400.0)  # a letter over blank paper: never dropped
    )
    kept = ocr_repairs.without_phantom_marks(chars, _page_image(grey))
    assert [c["text"] for c in kept if c["text"].strip()] == [*"Kontrollen", *"görs", "–", "i"]


def test_a_column_rule_the_header_fill_hides_is_a_boundary() -> None:
    """This test ensures that on a scan whose header fill hides the rule between two columns
    (the rule is read only under the header, in pieces), the rule still parts the columns
    ("Process" and "Risk", not "Process Risk"), with a trace note, and that the answers
    of the narrow column beside it are read."""
    from icp_extract.pipeline import analyse_document

    pdf = PENDING / "scan8" / "rksdn2024_scan_250dpi_calc_plain_register.pdf"
    analysis = analyse_document(pdf)
    headers = [c.header for c in analysis.report.columns]
    assert headers[:2] == ["Process", "Risk"] and "Följer plan" in headers
    assert any(e.rule == "ruled.hidden_in_header" for e in analysis.trace.events)
    answers = [r.follows_plan for r in analysis.report.risks]
    assert sum(a is not None for a in answers) >= len(answers) - 2
