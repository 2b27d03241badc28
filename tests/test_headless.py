"""A ruled grid whose header row cannot be read (detect/headless.py), and the scan's rules
that make such a grid (a dark header band on a 1-bit scan)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from icp_extract.detect.finder import find_tables
from icp_extract.detect.headless import find_headless
from icp_extract.geometry import group_lines
from icp_extract.model import Column, PageContent, Report, ReportMeta, Risk, Rule, Source, Word
from icp_extract.read import scan
from icp_extract.review import with_review
from icp_extract.settings import DEFAULT_SETTINGS
from icp_extract.trace import Trace

#: Column rules of an eight-column grid, and its rows (the first is the header row).
XS = (50.0, 110.0, 250.0, 280.0, 310.0, 340.0, 440.0, 480.0, 560.0)
ROWS = (200.0, 225.0, 265.0, 305.0, 345.0)
BODY = (
    ("Inköp", "Risk att inköp görs utanför avtal.", "3", "4", "12",
     "Stickprov på tjugo fakturor per kvartal.", "Ja", "Inga avvikelser noterades i urvalet."),
    ("Lön", "Risk att lön betalas ut felaktigt.", "2", "3", "6",
     "Avstämning av lönelistor mot beslut.", "Delvis", "Två fel rättades under våren."),
    ("IT", "Risk att obehöriga når systemen.", "2", "4", "8",
     "Loggkontroll av tjugo användare per år.", "Nej", "Behörigheterna ses över i höst."),
    ("Avtal", "Risk att avtal löper ut obemärkt.", "1", "4", "4",
     "Genomgång av avtalsdatabasen varje månad.", "Ja", "Alla avtal hade ett slutdatum."),
)  # fmt: skip
HEADER = ("Process", "Risk", "S", "K", "Riskvärde", "Kontrollmoment", "Följer plan", "Kommentar")


def _words(texts: Sequence[str], top: float) -> list[Word]:
    words = []
    for c, text in enumerate(texts):
        x = XS[c] + 3
        for token in text.split():
            w = 1.5 * len(token)
            words.append(Word(token, x, x + w, top + 3, top + 11, 1, 9.0))
            x += w + 1.5
    return words


def _page(
    header: Sequence[str] = ("",) * 8, prose: str = "Nämnden har bedömt åtta risker."
) -> PageContent:
    words = _words([prose], 150.0) + _words(header, ROWS[0])
    for row, top in zip(BODY, ROWS[1:], strict=True):
        words += _words(row, top)
    rules = [Rule(x, ROWS[0], x + 0.5, ROWS[-1] + 40, 1) for x in XS]
    rules += [Rule(XS[0], y, XS[-1], y + 0.5, 1) for y in (*ROWS, ROWS[-1] + 40)]
    return PageContent(1, 595.0, 842.0, tuple(words), tuple(rules), scanned=True)


def _normalize(lines: Sequence[str]) -> str:
    return " ".join(lines)


def _find(page: PageContent, trace: Trace):
    lines = group_lines(list(page.words))
    return find_headless(page, lines, _normalize, settings=DEFAULT_SETTINGS, trace=trace)


def test_a_grid_with_an_empty_header_gets_its_fields_from_its_cells() -> None:
    """This test ensures that a ruled grid whose header row holds no words is read as a risk
    table when its cells read like one: the product column is the risk value, its factors
    probability and consequence in printed order, the answers follows plan, the names the
    process, the sentences after the risk controls then comment (a guess the trace says)."""
    trace = Trace()
    table = _find(_page(), trace)
    assert table is not None
    assert table.fields == [
        "process", "risk", "probability", "consequence", "risk_value", "controls",
        "follows_plan", "comment",
    ]  # fmt: skip
    assert table.headers == [""] * 8
    assert len([r for r in table.rows if any(r.cells)]) == len(BODY)
    assert any("a guess" in e.reason for e in trace if e.rule == "headless.column")


def test_a_grid_whose_header_reads_is_left_to_the_ruled_strategy() -> None:
    """This test ensures the near case does not fire: a grid whose header row names its
    columns is no headless grid, and the finder reads it on today's path, headers and all."""
    page = _page(HEADER)
    assert _find(page, Trace()) is None
    lines = group_lines(list(page.words))
    tables = find_tables(page, lines, _normalize, settings=DEFAULT_SETTINGS, trace=Trace())
    assert len(tables) == 1
    assert tables[0].headers[1] == "Risk"


def test_a_grid_under_no_prose_about_risks_is_no_risk_table() -> None:
    """This test ensures that a headless grid is read only below prose that speaks of
    risks: a grid of the same cells under other prose gives no table."""
    assert _find(_page(prose="Nämnden har följt upp sina kontroller."), Trace()) is None


@pytest.mark.parametrize(("header", "flagged"), [("", True), ("Risk", False)])
def test_columns_read_under_no_header_flag_every_record(header: str, flagged: bool) -> None:
    """This test ensures that every record of a table with a field read under an empty
    header carries ``columns_inferred``, and that a table whose headers all stand does not."""
    columns = (Column("Process", "process"), Column(header, "risk"), Column("Kommentar", "comment"))
    risks = tuple(
        Risk(k, "Inköp", None, None, "Risk att inköp görs utanför avtal.", 9, None, None,
             None, None, "Ja", "Inga avvikelser.", pages=(1,))
        for k in (1, 2)
    )  # fmt: skip
    report = with_review(Report(Source("r.pdf", "0" * 64, 1), ReportMeta(), columns, risks))
    for risk in report.risks:
        assert ("columns_inferred" in [i.code for i in risk.review]) is flagged


def test_a_dark_band_meeting_a_column_rule_gives_no_rules_inside_it() -> None:
    """This test ensures that a dark header band on a 1-bit scan, with white letters in it
    and a column rule running down from it, gives the rule at its own place and length and
    no column rules between the band's letters."""
    import numpy as np
    from PIL import Image

    grey = np.full((800, 600), 250.0)
    grey[200:256, 50:550] = 0  # the band, 27 pt tall
    for k in range(30):  # white letters in it
        x0 = 60 + k * 16
        grey[210:245, x0 : x0 + 3] = 250
    grey[256:700, 300:302] = 0  # a column rule under the band
    image = Image.fromarray(grey.astype(np.uint8), "L")
    down = [r for r in scan.rules_in_image(image) if r[3] - r[1] > r[2] - r[0]]
    inside = [r for r in down if 60 * 72 / 150 < r[0] < 540 * 72 / 150]
    assert len(inside) == 1
    assert inside[0][0] == pytest.approx(300 * 72 / scan.RULE_DPI, abs=1.5)
