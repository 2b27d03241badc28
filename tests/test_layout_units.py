"""Units for layouts of web systems and office exports (issue 14): each with a case that
raises it and a near case that does not, on small synthetic inputs."""

from __future__ import annotations

import dataclasses

from icp_extract.assemble.beside import beside_prose
from icp_extract.assemble.notes import cell_notes, printed_notes
from icp_extract.assemble.rows import Table
from icp_extract.assemble.tiles import tile_figures
from icp_extract.assemble.yearcolumns import year_columns
from icp_extract.detect.blocks import find_blocks
from icp_extract.detect.sheet import sheet_headings, without_sheet_headings
from icp_extract.geometry import PageTable, TextLine
from icp_extract.metadata import extract_metadata
from icp_extract.metadata.counts import _counts
from icp_extract.model import PageContent, Word
from icp_extract.pipeline import _pages_to_analyse
from icp_extract.settings import DEFAULT_SETTINGS
from icp_extract.trace import Trace


def _table(headers: list[str], fields: list[str | None]) -> Table:
    columns = [(100.0 * c, 100.0 * c + 90) for c in range(len(headers))]
    piece = PageTable(1, columns, headers, fields, 0, 10, 300, True)
    return Table(headers, fields, [piece])


def test_columns_differing_only_by_a_year_give_the_field_to_the_latest_year() -> None:
    """This test ensures that of "Riskvärde 2024" / "Riskvärde 2025" (the header mapping gave
    the field to the leftmost) the latest year's column is the risk value and the earlier
    one goes to extra, on the table and its pieces, with the decision in the trace."""
    trace = Trace()
    headers = ["Risk", "Riskvärde 2024", "Riskvärde 2025", "Kommentar"]
    made = year_columns(
        [_table(headers, ["risk", "risk_value", None, "comment"])],
        settings=DEFAULT_SETTINGS,
        trace=trace,
    )[0]
    assert made.fields == ["risk", None, "risk_value", "comment"]
    assert made.pieces[0].fields == made.fields
    assert [e.rule for e in trace] == ["year_columns"]


def test_columns_naming_one_year_or_other_words_keep_their_fields() -> None:
    """This test ensures that a single year column ("Riskvärde 2025" beside "Kommentar
    2025"), two columns of the same year, or a year range keep the fields the headers gave."""
    cases = [
        (["Risk", "Riskvärde 2025", "Kommentar 2025"], ["risk", "risk_value", "comment"]),
        (["Risk", "Riskvärde 2025", "Riskvärde 2025"], ["risk", "risk_value", None]),
        (["Risk", "Riskvärde 2024/2025", "Riskvärde"], ["risk", "risk_value", None]),
    ]
    for headers, fields in cases:
        trace = Trace()
        kept = year_columns([_table(headers, fields)], settings=DEFAULT_SETTINGS, trace=trace)
        assert kept[0].fields == fields
        assert len(trace) == 0


def _line(top: float, *parts: tuple[float, str], size: float = 8.0) -> TextLine:
    """A printed line: each part's words set from its x, 4.5 points a letter."""
    words = []
    for x, text in parts:
        for w in text.split():
            words.append(Word(w, x, x + 4.5 * len(w), top, top + size, 1, size))
            x += 4.5 * len(w) + 2.5
    return TextLine(tuple(words))


def _card_row(top: float, left: tuple[str, str, str], right: tuple[str, str, str]) -> list:
    """Two cards side by side: a bar (the process, 9 pt), then Risk, Riskvärde, Kommentar."""
    (lp, lr, lc), (rp, rr, rc) = left, right
    return [
        _line(top, (48, lp), (311, rp), size=9.0),
        _line(top + 20, (48, "Risk"), (113, lr), (311, "Risk"), (376, rr)),
        _line(top + 32, (48, "Riskvärde"), (113, "9"), (311, "Riskvärde"), (376, "6")),
        _line(top + 44, (48, "Kommentar"), (113, lc), (311, "Kommentar"), (376, rc)),
    ]


def _records(lines: list[TextLine], trace: Trace) -> list[tuple[str, str]]:
    found = find_blocks([(None, lines)], settings=DEFAULT_SETTINGS, trace=trace)  # type: ignore[list-item]
    return [
        (" ".join(w.text for w in r.heading), " ".join(w.text for w in r.words[0])) for r in found
    ]


def test_cards_two_per_row_are_read_each_on_its_own_in_reading_order() -> None:
    """This test ensures that labelled records set two to a row (risk cards) are cut at the
    x where their labels stand again, each card read on its own with its bar as the process,
    and the records put in reading order: left, right, then the next row."""
    trace = Trace()
    lines = [_line(60, (40, "Kontrollernas resultat"), size=11.0)]
    lines += _card_row(100, ("Attest", "Risk att A", "Bra"), ("Delegation", "Risk att B", "Ok"))
    lines += _card_row(200, ("Inköp", "Risk att C", "Bra"), ("Lön", "Risk att D", "Ok"))
    assert _records(lines, trace) == [
        ("Attest", "Risk att A"),
        ("Delegation", "Risk att B"),
        ("Inköp", "Risk att C"),
        ("Lön", "Risk att D"),
    ]
    assert {e.rule for e in trace} == {"cards.columns", "blocks.bar_heading"}


def test_labels_two_to_a_line_of_one_record_are_no_columns_of_cards() -> None:
    """This test ensures that a record printing two of its own labels on one line
    ("Riskvärde 12   Sannolikhet 3") is not cut into columns, and that a heading over the
    first record only (a section title) names no process."""
    trace = Trace()
    lines = [_line(60, (40, "Kontrollernas resultat"), size=11.0)]
    for k, top in enumerate((100.0, 160.0, 220.0, 280.0)):
        lines += [
            _line(top, (48, "Risk"), (113, f"Risk att {'ABCD'[k]}")),
            _line(top + 12, (48, "Riskvärde"), (113, "12"), (311, "Sannolikhet"), (376, "3")),
            _line(top + 24, (48, "Kommentar"), (113, "Bra")),
        ]
    assert _records(lines, trace) == [("", f"Risk att {c}") for c in "ABCD"]
    assert [(e.rule, e.verdict) for e in trace] == [("blocks.bar_heading", "reject")]


def test_a_row_of_tiles_reads_each_number_with_the_label_under_it() -> None:
    """This test ensures that a line of big numbers over a line of small labels (dashboard
    tiles) reads as one phrase a tile, number first, each with the words under it."""
    numbers = _line(204, (54, "24"), (230, "8"), (406, "3"), size=30.0)
    labels = _line(236, (54, "identifierade risker"), (230, "kritiska"), (406, "avvikelser"))
    assert tile_figures(numbers, labels, settings=DEFAULT_SETTINGS) == [
        "24 identifierade risker",
        "8 kritiska",
        "3 avvikelser",
    ]


def test_numbers_in_the_text_size_or_a_caption_under_them_are_no_tiles() -> None:
    """This test ensures that a line of numbers set in the size of the line under it (a row
    of figures in a table), or over a caption starting left of the first number, or over
    labels far below, is no row of tiles."""
    labels = _line(236, (54, "identifierade risker"), (230, "kritiska"), (406, "avvikelser"))
    same_size = _line(224, (54, "24"), (230, "8"), (406, "3"))
    assert tile_figures(same_size, labels, settings=DEFAULT_SETTINGS) is None
    numbers = _line(204, (54, "24"), (230, "8"), (406, "3"), size=30.0)
    caption = _line(236, (20, "Figur"), (54, "risker"), (230, "kritiska"), (406, "avvikelser"))
    assert tile_figures(numbers, caption, settings=DEFAULT_SETTINGS) is None
    far = _line(300, (54, "identifierade risker"), (230, "kritiska"), (406, "avvikelser"))
    assert tile_figures(numbers, far, settings=DEFAULT_SETTINGS) is None


def test_an_organ_line_naming_a_namnd_with_a_word_before_it_is_kept_as_printed() -> None:
    """This test ensures that a line of its own over the title naming the organ without an
    article and with a word before it ("Social resursnämnd") gives the organ as printed,
    while the same words inside a sentence give the organ word alone, as before."""

    def organ(above: str) -> str | None:
        lines = [(above, 11.0), ("Uppföljning av internkontrollplan 2024", 16.0)]
        return extract_metadata(lines, "Planen följdes.", " ".join).organ

    assert organ("Social resursnämnd") == "Social resursnämnd"
    assert organ("Rapport till Social resursnämnd") == "Resursnämnden"
    # A district committee named after its district, on a line of its own (Göteborg).
    assert organ("Socialnämnden Nordost") == "Socialnämnden Nordost"
    assert organ("Rapport till Socialnämnden Nordost") == "Socialnämnden"


def test_an_inventory_noun_inside_a_compound_marks_the_count_sentence() -> None:
    """This test ensures that "riskinventering" (the noun inside a compound) marks a
    sentence stating the inventoried count, as "riskanalys" does, and that a number in such
    a sentence not followed by "risker" is no count."""
    text = "Nämnden gjorde en riskinventering som resulterade i 32 risker."
    assert _counts(text) == (32, None)
    assert _counts("Riskinventeringen gjordes i 3 steg under våren.") == (None, None)


def test_a_figure_beside_the_prose_is_read_apart_from_its_sentences() -> None:
    """This test ensures that a figure's row standing on a line of prose after a wide gap (a
    risk matrix beside the count sentence) is cut off that line, while a key figure's label
    and its one number ("Identifierade risker   24") and justified prose stay whole."""
    prose = _line(85, (29, "I riskanalysen bedömdes 26 risker. Nio av dem har"), (300, "S K 1 2"))
    kept, beside = beside_prose([prose], settings=DEFAULT_SETTINGS)
    assert [ln.text for ln in kept] == ["I riskanalysen bedömdes 26 risker. Nio av dem har"]
    assert [ln.text for ln in beside] == ["S K 1 2"]
    key = _line(100, (29, "Antal identifierade risker i årets riskanalys"), (400, "24"))
    label = _line(110, (29, "Identifierade risker"), (200, "24 st"))
    justified = _line(120, (29, "ett riskvärde på 9 eller högre och ingår i planen"))
    lines = [key, label, justified]
    assert beside_prose(lines, settings=DEFAULT_SETTINGS) == (lines, [])


def test_the_count_stated_with_the_critical_count_wins_over_an_earlier_lone_count() -> None:
    """This test ensures that the count of all risks stated in the sentence of the critical
    count ("26 risker, varav nio ... kritiska") wins over a lone count read earlier (another
    chapter's "tre ekonomiska risker"), and that an earlier count stays when the critical
    sentence states only the critical count."""
    text = (
        "Nämnden har identifierat tre ekonomiska risker.\n"
        "I nämndens riskanalys finns 26 risker, varav nio bedöms som kritiska."
    )
    assert _counts(text) == (26, 9)
    kept = "I riskanalysen identifierades 24 risker.\nAv dessa bedöms åtta som kritiska."
    assert _counts(kept) == (24, 8)


def _sheet_page() -> list[TextLine]:
    """A sheet printed with its headings: letters over the columns, row numbers 1-5 in the
    margin (row 4 the register's first risk row, row 5 its second)."""
    return [
        _line(43, (69, "A"), (110, "B"), (192, "C"), (262, "D"), (301, "E")),
        _line(55, (46, "1"), (63, "Gymnasienämnden")),
        _line(71, (46, "2"), (63, "Uppföljning av internkontroll 2022")),
        _line(104, (46, "3"), (63, "Nr"), (83, "Risk"), (262, "Riskvärde")),
        _line(120, (46, "4"), (70, "1"), (83, "Risk att A"), (262, "12")),
        _line(140, (46, "5"), (70, "2"), (83, "Risk att B"), (262, "9")),
    ]


def test_a_sheet_printed_with_its_headings_loses_them_and_keeps_its_rows() -> None:
    """This test ensures that the column letters and the row numbers in the margin of a
    sheet printed with its headings are taken out (the table's own Nr cells stay), and
    that where each row number stood is kept for the notes."""
    page = PageContent(1, 595.0, 842.0, ())
    trace = Trace()
    clean, marks = without_sheet_headings(
        [(page, _sheet_page())], settings=DEFAULT_SETTINGS, trace=trace
    )
    texts = [ln.text for ln in clean[0][1]]
    assert texts[:2] == ["Gymnasienämnden", "Uppföljning av internkontroll 2022"]
    assert texts[3] == "1 Risk att A 12"
    assert marks[4] == (1, 124.0)
    assert [e.rule for e in trace] == ["sheet.headings"]


def test_numbers_in_the_margin_without_column_letters_or_out_of_order_stay() -> None:
    """This test ensures that numbered lines with no line of column letters, or numbers in
    the margin that do not count up, are no sheet headings."""
    lines = _sheet_page()
    assert sheet_headings(lines[1:], settings=DEFAULT_SETTINGS).words == ()
    shuffled = [lines[0], lines[1], lines[3], lines[2], lines[4]]
    shuffled[2] = _line(71, (46, "3"), (63, "Uppföljning"))
    shuffled[3] = _line(104, (46, "2"), (63, "Nr"), (83, "Risk"))
    assert sheet_headings(shuffled, settings=DEFAULT_SETTINGS).words == ()


def test_a_cell_note_is_the_comment_of_the_row_its_number_stands_on() -> None:
    """This test ensures that a note printed as "I4: text" (its continuation line too) is
    the comment of the risk row where row number 4 stands, in a column of no printed header
    when the table has none, and that a note on another row ("A2:", the title) is none."""
    from icp_extract.assemble.rows import Row
    from icp_extract.geometry import CellBlock

    def block(c: int, top: float, text: str) -> list[CellBlock]:
        words = [Word(w, 83.0, 100.0, top, top + 8, 1, 8.0) for w in text.split()]
        return [CellBlock(c, top, top + 8, words)]

    rows = [Row(0, [block(0, 120, "Risk att A")], [False], [1]),
            Row(0, [block(0, 140, "Risk att B")], [False], [1])]  # fmt: skip
    table = Table(["Risk"], ["risk"], [], rows=rows)
    printed = [
        _line(42, (34, "A2:"), (74, "Rapporten uppdaterad")),
        _line(61, (34, "I5:"), (74, "Två betyg var fel.")),
        _line(71, (74, "Rättat.")),
    ]
    notes = [
        (row, [dataclasses.replace(w, page=2) for w in ws]) for row, ws in printed_notes(printed)
    ]
    assert [(r, " ".join(w.text for w in ws)) for r, ws in notes] == [
        (2, "Rapporten uppdaterad"),
        (5, "Två betyg var fel. Rättat."),
    ]
    marks = {2: (1, 75.0), 4: (1, 124.0), 5: (1, 144.0)}
    trace = Trace()
    made = cell_notes([table], marks, notes, settings=DEFAULT_SETTINGS, trace=trace)[0]
    assert made.fields == ["risk", "comment"] and made.headers == ["Risk", ""]
    assert made.rows[0].lines(1) == []
    assert made.rows[1].lines(1) == ["Två betyg var fel.", "Rättat."]
    assert made.rows[1].pages == [1, 2]
    assert len(trace) == 1


def test_a_cover_title_in_one_big_font_over_two_lines_is_one_title() -> None:
    """This test ensures that a cover's title set over two lines in a font far bigger than
    any other line ("Delårsrapport 2 2024" / the nämnd's name) is one title naming the
    report's kind, period and organ, while two lines in a title size near the others' stay
    apart, and that the first pass of a long document reads its first page (the cover)."""

    def meta(title_size: float) -> tuple[str | None, str | None, str | None]:
        lines = [
            ("Delårsrapport 2 2024", title_size),
            ("Omsorgs- och socialnämnden", title_size),
            ("Perioden januari–augusti 2024", 13.0),
            ("Innehåll", 16.0),
        ]
        got = extract_metadata(lines, "Nämnden följer planen.", " ".join)
        return got.title, got.organ, got.period

    assert meta(28.0) == (
        "Delårsrapport 2 2024 Omsorgs- och socialnämnden",
        "Omsorgs- och socialnämnden",
        "delår",
    )
    assert meta(18.0)[0] == "Delårsrapport 2 2024"
    texts = ["Delårsrapport"] + ["Text"] * 7 + ["Process Risk Riskvärde Kontroll Kommentar"]
    assert _pages_to_analyse(texts, settings=DEFAULT_SETTINGS) == [1, 7, 8, 9]
