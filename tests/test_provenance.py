"""Provenance: every value of every risk leads back to the spot on the page it was read from.

The checks hold each box against pdfplumber's own characters of its page, not against the
words icp_extract made of them, so a box is compared with what is printed there, not with
what the extractor believes it read. The characters are those of the pages as the reader
read them (``conftest.printed_chars``): parsing each page again would double the cost.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache

import pdfplumber
import pytest
from conftest import SAMPLES, extracted, printed_chars, sample_names

from icp_extract.lang.sv.colours import COLOUR_WORDS
from icp_extract.model import Risk

SOFT_HYPHEN = "\u00ad"

ALL_SAMPLES = sample_names()  # every sample below samples/, the year pair included
VALUE_FIELDS = (
    "process", "context", "label", "risk", "risk_value", "probability", "consequence",
    "controls", "handling", "follows_plan", "comment",
)  # fmt: skip
#: How far (points) a glyph's centre may lie outside a box and still count as inside it.
TOLERANCE = 0.5
#: Where a value is read from when it has no cell of its own: a sub-risk's label ("a)")
#: is printed at the start of its risk text; probability and consequence written as
#: "S3 K4" stand in the risk value cell.
READ_FROM = {
    "label": ("label", "risk"),
    "probability": ("probability", "risk_value"),
    "consequence": ("consequence", "risk_value"),
}


@cache
def _page(name: str, number: int) -> tuple[float, float, list[dict]]:
    """Width, height and the printed characters (pdfplumber's view) of one page a box points
    to: pdfplumber's characters of the page as the reader read it (``conftest.printed_chars``),
    or, for a page it did not keep, the page parsed here."""
    kept = printed_chars(name, number)
    if kept is None:
        with pdfplumber.open(SAMPLES / f"{name}.pdf", pages=[number]) as pdf:
            page = pdf.pages[0]
            chars = [(c["text"], c["x0"], c["x1"], c["top"], c["bottom"]) for c in page.chars]
            kept = (float(page.width), float(page.height), chars)
    width, height, printed = kept
    centres = [
        {"text": _unligated(text), "x": (x0 + x1) / 2, "y": (top + bottom) / 2}
        for text, x0, x1, top, bottom in printed
        if text.strip()
    ]
    return width, height, centres


def _unligated(text: str) -> str:
    """A ligature glyph's letters ("\ufb02" is "fl"), as the reader gives them."""
    return unicodedata.normalize("NFKC", text) if "\ufb00" <= text <= "\ufb06" else text


def _inside(name: str, page: int, bbox) -> str:
    """The characters printed inside ``bbox`` on ``page``, without spaces."""
    x0, top, x1, bottom = bbox
    chars = _page(name, page)[2]
    return "".join(
        c["text"]
        for c in chars
        if x0 - TOLERANCE <= c["x"] <= x1 + TOLERANCE
        and top - TOLERANCE <= c["y"] <= bottom + TOLERANCE
    )


def _risks(name: str) -> list[Risk]:
    return list(extracted(name).risks)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("name", ALL_SAMPLES)
def test_every_value_has_a_box(name: str) -> None:
    """This test ensures that every field holding a value (and every extra column) carries
    provenance: a page and a box, so any value leads back to the page."""
    missing = []
    for risk in _risks(name):
        for field in VALUE_FIELDS:
            if getattr(risk, field) is None:
                continue
            sources = READ_FROM.get(field, (field,))
            if not any(risk.provenance.get(s) for s in sources):
                missing.append(f"risk {risk.seq} {field}")
        missing += [
            f"risk {risk.seq} extra {h!r}" for h in risk.extra if not risk.provenance.get(h)
        ]
    assert not missing, missing


@pytest.mark.parametrize("name", ALL_SAMPLES)
def test_boxes_lie_on_their_pages(name: str) -> None:
    """This test ensures that each box is a real rectangle inside its page, on a page of
    its risk (a process cell spanning rows may start on an earlier page)."""
    bad = []
    for risk in _risks(name):
        for field, provs in risk.provenance.items():
            for p in provs:
                width, height, _ = _page(name, p.page)
                x0, top, x1, bottom = p.bbox
                if not (0 <= x0 < x1 <= width and 0 <= top < bottom <= height):
                    bad.append(f"risk {risk.seq} {field}: {p.bbox} outside {width}x{height}")
                if p.page not in risk.pages and field != "process":
                    bad.append(f"risk {risk.seq} {field}: page {p.page} not in {risk.pages}")
    assert not bad, bad


_FROM_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


@pytest.mark.parametrize("name", ALL_SAMPLES)
def test_each_box_contains_the_words_of_its_field(name: str) -> None:
    """This test ensures that each field's boxes contain the words of that field as printed
    (its raw lines): every word, hyphen and punctuation included, is found in the text
    printed inside the boxes, as often as the field uses it."""
    bad = []
    for risk in _risks(name):
        for field, provs in risk.provenance.items():
            printed = "".join(_inside(name, p.page, p.bbox) for p in provs)
            raw = risk.raw.get(field, "")
            if raw in COLOUR_WORDS and not any(c.isalnum() for c in printed):
                continue  # an answer shown by colour: raw names the colour of the mark,
                # a drawn shape or a symbol glyph ("●" in a green font)
            # A soft hyphen (U+00AD) a web page's text layer marks is no glyph: inside a
            # line nothing is printed there, at a line end a hyphen glyph is.
            words = Counter(raw.replace(SOFT_HYPHEN, "").split())
            # A footnote mark the reader turned into the superscript it shows ("12²") is a
            # small raised digit on the page; a typed one ("SoL¹") is the superscript.
            absent = [
                w
                for w in words
                if printed.count(w) < words[w]
                and printed.count(w.translate(_FROM_SUPERSCRIPT)) < words[w]
            ]
            if absent:
                bad.append(f"risk {risk.seq} {field}: {absent[:5]} not in its box(es)")
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("name", ALL_SAMPLES)
def test_boxes_hold_nothing_but_their_field(name: str) -> None:
    """This test ensures that a box is tight: the text inside a field's boxes is the field's
    own text (plus, at most, a little of a neighbouring line), so a reviewer looking at the
    box sees the value and not a whole cell of something else."""
    bad = []
    for risk in _risks(name):
        for field, provs in risk.provenance.items():
            # A value read from another field's cell ("S3/K4 = 12" gives the probability)
            # has that cell's box and text.
            sources = READ_FROM.get(field, (field,))
            own = _squash(next((risk.raw[f] for f in sources if risk.raw.get(f)), ""))
            printed = "".join(_inside(name, p.page, p.bbox) for p in provs)
            if len(printed) > 1.25 * len(own) + 12:
                bad.append(f"risk {risk.seq} {field}: {len(printed)} chars in box, {len(own)} own")
    assert not bad, "\n".join(bad)


def test_labels_are_read_from_the_start_of_their_risk_text() -> None:
    """This test ensures that a labelled sub-risk's label, which has no box of its own, is
    printed at the start of the risk text its box points to ("a) Risk att ...")."""
    risks = [r for r in _risks("kfn2023_delar_labelled_subrisks") if r.label]
    assert risks
    for risk in risks:
        box = risk.provenance.get("label") or risk.provenance["risk"]
        printed = "".join(_inside("kfn2023_delar_labelled_subrisks", p.page, p.bbox) for p in box)
        assert f"{risk.label})" in printed, risk.seq
