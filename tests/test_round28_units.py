"""Units written for round 28's blind failures: a spreadsheet grid's header band, key
figures in a small table, OCR'd header wordings."""

from __future__ import annotations

from dataclasses import replace

from icp_extract.assemble.text import _reading_order, is_key_figure_row
from icp_extract.detect.ruled import try_ruled
from icp_extract.geometry import TextLine, group_lines
from icp_extract.model import PageContent, Rule, Word
from icp_extract.settings import DEFAULT_SETTINGS
from icp_extract.trace import Trace

# --- a grid whose header line pokes over the rule on top of its cell ------------------------

_EDGES = (30.0, 150.0, 230.0, 330.0, 430.0)
_HEADERS = ("Risk", "Riskvärde", "Kontrollmoment", "Kommentar")


def _grid_page(header_top: float, rule_y: float) -> PageContent:
    """A Calc-like grid: a prose row (60-100) over the header row (``rule_y``-140) over one
    body row (140-170), outer rules from the prose row's top down. The header's words stand
    from ``header_top``."""
    words = [
        Word("Nämnden", 35, 80, 70, 79, 1),
        Word("följde", 85, 115, 70, 79, 1),
        Word("upp", 120, 140, 70, 79, 1),
    ]
    body = ("Risk att fel", "9", "Stickprov", "Inga fel")
    for (a, _), head, cell in zip(
        zip(_EDGES, _EDGES[1:], strict=False), _HEADERS, body, strict=True
    ):
        words.append(Word(head, a + 3, a + 3 + 6 * len(head), header_top, header_top + 9, 1))
        words.append(Word(cell, a + 3, a + 3 + 5 * len(cell), 150, 159, 1))
    rules = [Rule(_EDGES[0], 60, _EDGES[0], 170, 1), Rule(_EDGES[-1], 60, _EDGES[-1], 170, 1)]
    rules += [Rule(x, min(rule_y, header_top), x, 170, 1) for x in _EDGES[1:-1]]
    rules += [Rule(_EDGES[0], y, _EDGES[-1], y, 1) for y in (60, 100, rule_y, 140, 170)]
    return PageContent(1, 595, 842, tuple(words), tuple(rules))


def _band(page: PageContent) -> tuple[list[str], float, float]:
    """(headers, header top, header bottom) of the grid read from the "Risk" line."""
    lines = group_lines(page.words)
    i = next(k for k, ln in enumerate(lines) if ln.words[0].text == "Risk")
    table = try_ruled(
        page, lines, i, lambda ts: " ".join(ts), settings=DEFAULT_SETTINGS, trace=Trace()
    )
    assert table is not None
    return list(table.headers), table.top, table.header_bottom


def test_a_header_line_poking_over_its_cell_top_keeps_the_prose_row_out_of_the_header() -> None:
    """This test ensures that a header line whose box reaches almost two points over the
    rule on top of its cell (a bottom-aligned Calc header) is read under that rule, not
    with the prose row of the grid above it as the header."""
    assert _band(_grid_page(header_top=120.2, rule_y=122.0)) == (list(_HEADERS), 122.0, 140.0)


def test_a_rule_across_the_lower_half_of_the_first_line_stands_under_it() -> None:
    """This test ensures that only a rule over the upper half of the header's first line
    counts as above it: one across its lower half still closes the band under that line."""
    _, top, bottom = _band(_grid_page(header_top=117.0, rule_y=122.0))
    assert (top, bottom) == (100.0, 122.0)


# --- key figures in a small table ------------------------------------------------------------


def _line(*parts: tuple[str, float]) -> TextLine:
    """A 10-point line of words, each given with its left edge (6 points a letter)."""
    return TextLine(tuple(Word(t, x, x + 6 * len(t), 100, 110, 1, size=10.0) for t, x in parts))


def test_a_label_and_its_number_far_right_is_a_key_figure_row() -> None:
    """This test ensures that a summary table's row (a label, then its number past a wide
    gap) is read as one line, so the label keeps its number."""
    row = _line(("Risker", 40), ("i", 80), ("riskanalysen", 88), ("22", 300))
    assert is_key_figure_row(row, settings=DEFAULT_SETTINGS)
    lines = [
        _line(("Risker", 40), ("i", 80), ("riskanalysen", 88), ("22", 300)),
        _line(("Varav", 40), ("kritiska", 80), ("9", 300)),
        _line(("Följer", 40), ("plan", 80), ("5", 300)),
    ]
    lines = [TextLine(tuple(replace(w, top=w.top + 14 * k, bottom=w.bottom + 14 * k)
                            for w in ln.words)) for k, ln in enumerate(lines)]  # fmt: skip
    assert [ln.text for ln in _reading_order(lines, 595, settings=DEFAULT_SETTINGS)] == [
        "Risker i riskanalysen 22",
        "Varav kritiska 9",
        "Följer plan 5",
    ]


def test_a_number_close_to_its_words_or_after_a_second_gap_is_no_key_figure() -> None:
    """This test ensures that prose ending in a number, a row of several figures
    ("Totalt  60  9") and a lone number are not key-figure rows."""
    close = _line(("Risker", 40), ("i", 80), ("analysen", 88), ("22", 140))
    figures = _line(("Totalt", 40), ("60", 200), ("9", 300))
    alone = _line(("2023", 40), ("9", 300))
    for line in (close, figures, alone):
        assert not is_key_figure_row(line, settings=DEFAULT_SETTINGS)
