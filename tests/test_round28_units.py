"""Units written for round 28's blind failures: a spreadsheet grid's header band, key
figures in a small table, short rules under words, OCR words across a column rule."""

from __future__ import annotations

from dataclasses import replace

from icp_extract.assemble.text import _reading_order, is_key_figure_row
from icp_extract.detect.cells import ruled_body
from icp_extract.detect.ruled import _sub_header_tops, try_ruled
from icp_extract.geometry import PageTable, TextLine, group_lines
from icp_extract.model import PageContent, Rule, Word
from icp_extract.read.ocr_repairs import _ocr_words, parted_at_rules, without_edge_rule_letters
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
    trace = Trace()
    read = _reading_order(lines, 595, settings=DEFAULT_SETTINGS, trace=trace)
    assert [ln.text for ln in read] == [
        "Risker i riskanalysen 22",
        "Varav kritiska 9",
        "Följer plan 5",
    ]
    assert [e.rule for e in trace.events] == ["key_figure_row"] * 3


def test_a_number_close_to_its_words_or_after_a_second_gap_is_no_key_figure() -> None:
    """This test ensures that prose ending in a number, a row of several figures
    ("Totalt  60  9") and a lone number are not key-figure rows."""
    close = _line(("Risker", 40), ("i", 80), ("analysen", 88), ("22", 140))
    figures = _line(("Totalt", 40), ("60", 200), ("9", 300))
    alone = _line(("2023", 40), ("9", 300))
    for line in (close, figures, alone):
        assert not is_key_figure_row(line, settings=DEFAULT_SETTINGS)


# --- short rules under words are no cell edges ----------------------------------------------


def test_a_short_rule_under_a_header_word_is_no_group_cell() -> None:
    """This test ensures that a rule under part of a column's header (a scan's letters read
    as a rule) leaves the column's header cell whole, while a group cell's rule across the
    column, or a rule with gaps running across the table, still starts a sub-header."""
    columns = [(30.0, 130.0), (130.0, 230.0), (230.0, 330.0)]

    def tops(rule: list[tuple[float, float]]) -> list[float]:
        return _sub_header_tops({60.0: rule}, columns, 50.0, 80.0, settings=DEFAULT_SETTINGS)

    assert tops([(160.0, 190.0)]) == [50.0, 50.0, 50.0]
    assert tops([(130.0, 230.0)]) == [50.0, 60.0, 50.0]
    assert tops([(30.0, 150.0), (165.0, 330.0)]) == [60.0, 60.0, 60.0]


def _body(rules: dict[float, list[tuple[float, float]]]) -> list[list[str]]:
    """The rows (their controls cell's words) of a three-column grid whose controls cell
    holds two lines, at 30 and 42, with ``rules`` between the rows."""
    columns = [(0.0, 100.0), (100.0, 200.0), (200.0, 300.0)]
    fields: list[str | None] = ["risk", "controls", "comment"]
    words = [
        Word("Risk", 5, 30, 30, 38, 1),
        Word("Stickprov", 105, 150, 30, 38, 1),
        Word("Genomgång", 105, 160, 42, 50, 1),
        Word("Risk", 5, 30, 70, 78, 1),
        Word("Kontroll", 105, 150, 70, 78, 1),
    ]
    page = PageContent(1, 595, 842, tuple(words))
    table = PageTable(1, columns, ["Risk", "Kontrollmoment", "Kommentar"], fields, 0, 20, 100, True)
    body = ruled_body(page, table, rules, settings=DEFAULT_SETTINGS)
    return [[w.text for w in (row.cells[1].words if row.cells[1] else [])] for row in body.rows]


def test_a_short_rule_under_a_line_of_a_cell_does_not_cut_the_cell() -> None:
    """This test ensures that a rule under part of one line of a cell (an underline, a
    scan's letters read as a rule) does not cut the cell, while the rule between the rows,
    with a gap in it, still parts the rows."""
    between = [(0.0, 140.0), (160.0, 300.0)]
    assert _body({60.0: between}) == [["Stickprov", "Genomgång"], ["Kontroll"]]
    assert _body({40.0: [(138.0, 162.0)], 60.0: between}) == [
        ["Stickprov", "Genomgång"],
        ["Kontroll"],
    ]


def test_a_rule_across_the_cell_still_cuts_it() -> None:
    """This test ensures that a rule across the whole cell between its two lines still
    parts them, as a cell's border does."""
    rows = _body({40.0: [(100.0, 200.0)], 60.0: [(0.0, 300.0)]})
    assert ["Stickprov", "Genomgång"] not in rows


# --- OCR words across a column rule ----------------------------------------------------------


def _glyphs(text: str, x0: float, top: float = 166.0, width: float = 3.0) -> list[dict]:
    return [
        {"text": ch, "x0": x0 + width * i, "x1": x0 + width * (i + 1), "top": top,
         "bottom": top + 8.0, "size": 8.0, "upright": True}
        for i, ch in enumerate(text)
    ]  # fmt: skip


def _ocr_texts(chars: list[dict]) -> list[str]:
    return ["".join(chars[i]["text"] for i in word).strip() for word in _ocr_words(chars)]


#: A column rule at x = 386.6 read from the image, broken where the word's glyphs stand.
_RULE = [Rule(386.2, 120.0, 387.0, 166.3, 1), Rule(386.2, 174.3, 387.0, 226.0, 1)]


def test_an_ocr_word_across_a_column_rule_is_parted_there() -> None:
    """This test ensures that two cells' words OCR read as one word across the rule between
    them are parted at the rule, and that a rule-like letter at the rule (the rule's own
    reading) goes while other glyphs stay as read."""
    assert _ocr_texts(parted_at_rules(_glyphs("av-Delvis", 377.0), _RULE)) == ["av-", "Delvis"]
    assert _ocr_texts(parted_at_rules(_glyphs("be-lja", 373.6), _RULE)) == ["be-", "ja"]


def test_a_rule_stopping_at_the_word_or_beside_it_parts_nothing() -> None:
    """This test ensures that a word is left whole when no rule runs past it above and below
    (dark runs inside a filled header row stop at the row) or when the rule stands at its
    edge, not through it."""
    short = [Rule(386.2, 162.0, 387.0, 166.3, 1), Rule(386.2, 174.3, 387.0, 178.0, 1)]
    assert _ocr_texts(parted_at_rules(_glyphs("av-Delvis", 377.0), short)) == ["av-Delvis"]
    assert _ocr_texts(parted_at_rules(_glyphs("Delvis", 387.6), _RULE)) == ["Delvis"]


def test_a_rule_letter_glued_before_a_capital_at_the_cell_edge_goes() -> None:
    """This test ensures that the rule on a cell's left, read as "I" or "l" glued to the
    cell's first word before a capital ("ITre", "lAvstämning"), is left out."""
    rule = [Rule(298.4, 120.0, 299.2, 226.0, 1)]
    assert _ocr_texts(without_edge_rule_letters(_glyphs("ITre", 300.4), rule)) == ["Tre"]
    assert _ocr_texts(without_edge_rule_letters(_glyphs("lAvstämning", 300.4), rule)) == [
        "Avstämning"
    ]


def test_a_word_that_may_open_with_the_letter_keeps_it() -> None:
    """This test ensures that a word that may itself open with "I" or "l" ("Inga", "IT-chef",
    "lagt") keeps it at a cell's edge, and that "ITre" far from any rule stays as read."""
    rule = [Rule(298.4, 120.0, 299.2, 226.0, 1)]
    for text in ("Inga", "IT-chef", "lagt"):
        assert _ocr_texts(without_edge_rule_letters(_glyphs(text, 300.4), rule)) == [text]
    assert _ocr_texts(without_edge_rule_letters(_glyphs("ITre", 340.0), rule)) == ["ITre"]
