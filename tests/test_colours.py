"""Values shown by colour: legends, colour names, marks in follows-plan cells."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from conftest import extracted

import icp_extract
from icp_extract.assemble.colours import colour_answers
from icp_extract.lang.sv.colours import colour_name, follows_plan_legend
from icp_extract.model import PageContent, Provenance, Shape, TableGeometry, Word
from icp_extract.read.shapes import glyph_shapes, rgb

PENDING = Path(__file__).resolve().parents[1] / "samples" / "pending"


@pytest.mark.parametrize(
    ("text", "legend"),
    [("Grön = följer planen, Gul = följer delvis, Röd = följer inte.",
      {"grön": "Ja", "gul": "Delvis", "röd": "Nej"}),
     ("Grönt: genomförd enligt plan; gult: delvis genomförd; rött: ej genomförd",
      {"grön": "Ja", "gul": "Delvis", "röd": "Nej"}),
     ("Riskvärdet är färgat efter nivå: grönt 1–4, gult 5–8 och rött 9–16.", {}),
     ("Grön = följer planen.", {}),
     ("Verksamheten i Gröna dalen följer planen.", {})],
)  # fmt: skip
def test_legend(text: str, legend: dict[str, str]) -> None:
    """This test ensures that a follows-plan legend is read from the text, most specific
    meaning first ("följer delvis" is Delvis, "följer inte" Nej), and that a scale of risk
    levels, a single colour or a place name gives no legend."""
    assert follows_plan_legend(text) == legend


@pytest.mark.parametrize(
    ("fill", "name"),
    [((0.18, 0.61, 0.23), "grön"), ((0.0, 0.69, 0.31), "grön"), ((1.0, 0.75, 0.0), "gul"),
     ((0.94, 0.77, 0.1), "gul"), ((1.0, 0.0, 0.0), "röd"), ((0.85, 0.2, 0.16), "röd"),
     ((1.0, 0.5, 0.0), "orange"), ((0.2, 0.4, 0.8), "blå")],
)  # fmt: skip
def test_colour_names(fill: tuple[float, float, float], name: str) -> None:
    """This test ensures that fills are named as a reader names them, light and dark alike."""
    assert colour_name(fill) == name


def test_rgb_from_grey_rgb_and_cmyk() -> None:
    """This test ensures that the colour spaces PDFs use for fills give RGB, and a pattern
    gives none."""
    assert rgb((0.5,)) == (0.5, 0.5, 0.5)
    assert rgb((0.0, 1.0, 1.0, 0.0)) == (1.0, 0.0, 0.0)
    assert rgb("P1") is None


def test_a_coloured_symbol_glyph_is_a_mark() -> None:
    """This test ensures that a symbol printed in a coloured font ("●" in green, as Calc
    prints a traffic light) is a mark with its colour, and that a black symbol, a coloured
    letter and a symbol too small to see are not."""

    def char(text: str, colour: tuple, size: float = 10.0) -> dict:
        box = {"x0": 100.0, "x1": 100.0 + size, "top": 50.0, "bottom": 50.0 + size}
        return {"text": text, "non_stroking_color": colour, **box}

    green = (0.0, 0.69, 0.31)
    marks = glyph_shapes(
        [char("●", green), char("●", (0.0,)), char("J", green), char("●", green, 2.0)], 1
    )
    assert [m.fill for m in marks] == [green]


def _report_with_empty_answer(mark: Shape | None, legend: str) -> icp_extract.Report:
    risk_box = Provenance(page=1, bbox=(60.0, 105.0, 200.0, 115.0))
    risk = icp_extract.Risk(
        seq=1, process=None, context=None, label=None, risk="Risk att ...", risk_value=None,
        probability=None, consequence=None, controls=None, handling=None, follows_plan=None,
        comment=None, provenance={"risk": (risk_box,)},
    )  # fmt: skip
    report = extracted("pending/scan1/mtn2024_follows_plan_as_fill")
    report = dataclasses.replace(report, risks=(risk,))
    piece = TableGeometry(
        page=1, bbox=(50, 80, 400, 200), header_bottom=100, ruled=True,
        columns=((50, 250, "Risk", "risk"), (250, 300, "Följer plan", "follows_plan")),
        rows=((100.0, 140.0),),
    )  # fmt: skip
    words = tuple(
        Word(text=t, x0=10.0 + 30 * i, x1=35.0 + 30 * i, top=20.0, bottom=30.0, page=1)
        for i, t in enumerate(legend.split())
    )
    page = PageContent(number=1, width=600, height=800, words=words, shapes=(mark,) if mark else ())
    return colour_answers(report, [piece], [page])


def test_a_mark_in_an_empty_follows_plan_cell_takes_the_legend_answer() -> None:
    """This test ensures that a red mark in an empty follows-plan cell answers Nej by the
    legend, with the colour's name in raw; that without a legend it answers nothing; and
    that a mark outside the cell is not the cell's."""
    legend = "Grön = följer planen, Gul = följer delvis, Röd = följer inte"
    red = Shape(x0=270, top=110, x1=280, bottom=120, page=1, fill=(0.85, 0.2, 0.16))
    answered = _report_with_empty_answer(red, legend).risks[0]
    assert (answered.follows_plan, answered.raw["follows_plan"]) == ("Nej", "röd")
    assert _report_with_empty_answer(red, "Inget om färger här").risks[0].follows_plan is None
    outside = dataclasses.replace(red, x0=320, x1=330)
    assert _report_with_empty_answer(outside, legend).risks[0].follows_plan is None


@pytest.mark.parametrize(
    "name",
    ["chromium1/lan2025_colour_circles_per_augusti", "scan1/mtn2024_follows_plan_as_fill"],
)
def test_traffic_lights_read_through_the_documents_legend(name: str) -> None:
    """This test ensures that follows-plan answers shown only as coloured circles (Chromium)
    or cell fills (Writer) are read through the document's own legend, every risk right."""
    import json

    want = json.loads((PENDING / f"{name}.expected.json").read_text(encoding="utf-8"))
    got = extracted(f"pending/{name}")
    assert [r.follows_plan for r in got.risks] == [r["follows_plan"] for r in want["risks"]]


@pytest.mark.parametrize(
    ("text", "legend"),
    [("⚑ Status: ✔ genomförd enligt plan · ◐ delvis genomförd · ✘ inte genomförd · ○ pågår",
      {"✔": "Ja", "◐": "Delvis", "✘": "Nej", "○": None}),
     ("Teckenförklaring: ● riskvärde 9–16 ✔ följer planen ◐ följer delvis ✖ följer inte",
      {"✔": "Ja", "◐": "Delvis", "✖": "Nej"}),
     ("✔ = följer planen.", {}),
     ("Risk att fel ✔ 12 kronor", {})],
)  # fmt: skip
def test_symbol_legend(text: str, legend: dict) -> None:
    """This test ensures that a legend of answer symbols is read from the text (a symbol,
    then its words, to the next symbol or separator), a state that answers neither giving
    None, and that one symbol alone or a symbol without words makes no legend."""
    from icp_extract.lang.sv.colours import follows_plan_symbols

    assert follows_plan_symbols(text) == legend


def test_a_symbol_column_answers_through_the_legend() -> None:
    """This test ensures that a column under no field whose cells are single symbols of the
    document's legend becomes the follows-plan column (the symbol kept in raw), and that
    without a legend line the symbols stay in extra."""
    from icp_extract.assemble.colours import symbol_answers
    from icp_extract.model import Column, Report, ReportMeta, Risk, Source

    def risk(seq: int, symbol: str) -> Risk:
        return Risk(seq, None, None, None, "Risk", None, None, None, None, None, None, None,
                    extra={"⚑": symbol}, pages=(1,))  # fmt: skip

    report = Report(
        Source("a.pdf", "0", 1), ReportMeta(), (Column("⚑", None), Column("Risk", "risk")),
        (risk(1, "✔"), risk(2, "◐"), risk(3, "○")),
    )  # fmt: skip

    def page(text: str) -> PageContent:
        words = [
            Word(t, 10.0 + 40 * k, 30.0 + 40 * k, 700, 708, 1) for k, t in enumerate(text.split())
        ]
        return PageContent(1, 595, 842, tuple(words))

    legend = page("✔ genomförd enligt plan · ◐ delvis genomförd · ✘ inte genomförd · ○ pågår")
    answered = symbol_answers(report, [legend])
    assert [r.follows_plan for r in answered.risks] == ["Ja", "Delvis", None]
    assert answered.risks[0].raw["follows_plan"] == "✔" and answered.risks[0].extra == {}
    assert answered.columns[0] == Column("⚑", "follows_plan")
    assert symbol_answers(report, [page("Inga tecken här")]) == report
