"""Scanned pages with an OCR text layer: straightened text, rules read from the image."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SAMPLES, extracted
from rapidfuzz import fuzz

from icp_extract.model import Rule, Word
from icp_extract.read import scan

SCANS = Path(__file__).resolve().parents[1] / "samples" / "pending" / "scan1"
SCANNED = sorted(p for p in SCANS.glob("*_scan_*.pdf") if not p.name.endswith(".original.pdf"))


def test_there_are_scans() -> None:
    """This test ensures that the scan tests below cannot pass by finding no scan."""
    assert len(SCANNED) == 4


@pytest.mark.parametrize("pdf", SCANNED, ids=lambda p: p.stem)
def test_every_scanned_risk_is_found_with_its_text(pdf: Path) -> None:
    """This test ensures that a scan run through OCR (image plus invisible Tesseract text,
    skewed up to 1.2 degrees, rules only in the image) gives every risk, none extra, each
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

    assert scan.is_rule_glyph(word("|", 199.0), [rule])
    assert not scan.is_rule_glyph(word("|", 250.0), [rule])
    assert not scan.is_rule_glyph(word("Risk", 199.0), [rule])
