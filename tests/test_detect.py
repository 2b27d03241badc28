"""Table geometry and rows across page breaks: unit cases."""

from __future__ import annotations

from dataclasses import replace

import pytest

from icp_extract.assemble.risks import drafts_from_table
from icp_extract.assemble.rows import is_footnote, is_section_heading, link_tables
from icp_extract.detect.cells import ruled_body, unruled_row_tops
from icp_extract.detect.common import covered_share
from icp_extract.detect.finder import _heading_above
from icp_extract.detect.gutters import body_extent, unruled_band
from icp_extract.detect.merged import labelled_rows, mark_merged
from icp_extract.geometry import (
    CellBlock,
    PageTable,
    RowSegment,
    TextLine,
    group_lines,
    prose_reading_order,
)
from icp_extract.model import Rule, Word
from icp_extract.settings import DEFAULT_SETTINGS
from icp_extract.trace import Trace


@pytest.mark.parametrize(
    ("intervals", "share"),
    [
        ([(0.0, 100.0)], 1.0),
        ([(40.0, 60.0)], 0.2),
        # one border drawn as a line and again as the edges of three shaded cells
        ([(40.0, 60.0), (40.0, 47.0), (47.0, 53.0), (53.0, 60.0), (39.5, 60.5)], 0.21),
        ([(-10.0, 30.0), (20.0, 50.0), (90.0, 120.0)], 0.6),
        ([], 0.0),
    ],
)
def test_share_counts_overlapping_rules_once(
    intervals: list[tuple[float, float]], share: float
) -> None:
    """This test ensures that a rule under a group header cell, drawn several times over,
    does not count as a rule across the whole table (which would end the header too soon)."""
    assert covered_share(intervals, 0.0, 100.0) == pytest.approx(share)


# Rows across a page break: pieces of text in a two-page table, one word a cell.

FIELDS = ["process", "risk", "risk_value", "comment"]


def _cell(column: int, page: int, top: float, text: str | None) -> CellBlock | None:
    if text is None:
        return None
    words = [
        Word(w, 10.0 + 100 * column + 30 * i, 35.0 + 100 * column + 30 * i, top, top + 8, page)
        for i, w in enumerate(text.split())
    ]
    return CellBlock(column, top, top + 8, words)


def _segment(page: int, top: float, texts: list[str | None], spanning=None) -> RowSegment:
    cells = [_cell(c, page, top, t) for c, t in enumerate(texts)]
    return RowSegment(page, top, top + 10, cells, spanning or [False] * len(texts))


def _piece(page: int, segments: list[RowSegment]) -> PageTable:
    columns = [(100.0 * c, 100.0 * c + 100) for c in range(len(FIELDS))]
    piece = PageTable(page, columns, FIELDS, list(FIELDS), 0, 10, 800, True)
    return replace(piece, rows=segments)


def _texts(rows, column: int) -> list[str]:
    return [" ".join(row.lines(column)) for row in rows]


def test_spanning_process_cell_cut_by_a_page_break_goes_on_beside_the_new_row() -> None:
    """This test ensures that a process cell spanning two risks, cut inside a word at the
    foot of page 1, is completed from page 2 in both rows and carried into the new row that
    page 2 starts (it has a risk value of its own)."""
    first = _segment(1, 100, ["Föreningsbidrag och års-", "Risk ett", "9", "Bra"])
    second = _segment(1, 200, [None, "Risk två", "6", "Ok"], [True, False, False, False])
    second.cells[0] = first.cells[0]  # the finder gives a spanning cell's rows one block
    page1 = [first, second]
    page2 = [_segment(2, 20, ["möten", "Risk tre", "12", "Klart"])]
    table = link_tables(
        [_piece(1, page1), _piece(2, page2)], settings=DEFAULT_SETTINGS, trace=Trace()
    )[0]
    assert _texts(table.rows, 1) == ["Risk ett", "Risk två", "Risk tre"]
    assert _texts(table.rows, 0) == ["Föreningsbidrag och års- möten"] * 3
    assert table.rows[2].spanning[0]


def test_a_new_row_keeps_its_own_cell_beside_a_cut_comment() -> None:
    """This test ensures that a comment ending in a hyphen at the foot of a page does not
    take the comment of a new row (a risk value of its own) on the next page: only a cell
    that can span rows is carried."""
    page1 = [_segment(1, 100, ["Inköp", "Risk ett", "9", "Se hälso-"])]
    page2 = [_segment(2, 20, ["Lön", "Risk två", "6", "Klart"])]
    table = link_tables(
        [_piece(1, page1), _piece(2, page2)], settings=DEFAULT_SETTINGS, trace=Trace()
    )[0]
    assert _texts(table.rows, 3) == ["Se hälso-", "Klart"]
    assert _texts(table.rows, 0) == ["Inköp", "Lön"]


def test_a_header_reworded_on_the_next_page_goes_on_with_the_table() -> None:
    """This test ensures that a header row reworded on page 2 ("Process (forts.)", "Riskv.")
    over the same columns continues the table, so that a comment cut at the foot of page 1
    goes on there, while a table on other column edges starts anew."""
    page1 = [_segment(1, 100, ["Inköp", "Risk ett", "9", "Se över rutinen som"])]
    page2 = [
        _segment(2, 20, [None, None, None, "inte följdes."]),
        _segment(2, 40, ["Lön", "Risk två", "6", "Klart"]),
    ]
    second = _piece(2, page2)
    second = replace(second, headers=["Process (forts.)", "Risk", "Riskv.", "Kommentar"])
    tables = link_tables([_piece(1, page1), second], settings=DEFAULT_SETTINGS, trace=Trace())
    assert len(tables) == 1
    assert _texts(tables[0].rows, 3) == ["Se över rutinen som inte följdes.", "Klart"]
    moved = _piece(2, page2)
    moved = replace(
        moved, headers=second.headers, columns=[(a + 20, b + 20) for a, b in moved.columns]
    )
    assert (
        len(link_tables([_piece(1, page1), moved], settings=DEFAULT_SETTINGS, trace=Trace())) == 2
    )


def test_section_heading_rows_give_no_risk_and_continue_nothing() -> None:
    """This test ensures that a heading row across the table ("Ekonomi", "Drift och
    underhåll" over two columns) gives no risk, is not taken for the rest of the row above
    it on a new page, and that one short line with a value is still a risk."""
    page1 = [
        _segment(1, 100, ["Ekonomi", None, None, None]),
        _segment(1, 200, ["Inköp", "Risk ett", "9", "Bra"]),
    ]
    page2 = [
        _segment(2, 20, ["Drift", "och underhåll", None, None]),
        _segment(2, 40, ["Lön", "Risk två", "6", "Ok"]),
        _segment(2, 60, ["Stöd", "Kort", "4", None]),
    ]
    table = link_tables(
        [_piece(1, page1), _piece(2, page2)], settings=DEFAULT_SETTINGS, trace=Trace()
    )[0]
    drafts = drafts_from_table(0, table, settings=DEFAULT_SETTINGS, trace=Trace())
    assert [" ".join(d.fields["risk"].lines) for d in drafts] == ["Risk ett", "Risk två", "Kort"]
    assert [" ".join(d.fields["process"].lines) for d in drafts] == ["Inköp", "Lön", "Stöd"]


def _merged(page: int, top: float, text: str) -> RowSegment:
    """A row of one cell across the table, as the finder gives it: a labelled one ("Kommentar:
    ...") with its label apart and its text in column 0."""
    label, _, rest = text.partition(": ")
    if not rest:
        seg = RowSegment(page, top, top + 10, [_cell(0, page, top, text), None, None], [False] * 3)
    else:
        cell = _cell(0, page, top, rest)
        seg = RowSegment(
            page, top, top + 10, [cell, None, None], [False] * 3, label=(label, "comment")
        )
    return replace(seg, merged=True)


def test_a_labelled_row_across_the_table_is_a_field_of_the_row_above() -> None:
    """This test ensures that a "Kommentar: ..." row spanning the whole table under each
    risk row is the comment of that risk (a column the table gains, headed as the label),
    also when the page break puts it under the repeated header, and that a row across the
    table without a field's label (a section heading) still heads the rows below."""
    fields = ["process", "risk", "risk_value"]
    columns = [(100.0 * c, 100.0 * c + 100) for c in range(3)]

    def piece(page: int, segments: list[RowSegment]) -> PageTable:
        table = PageTable(page, columns, list(fields), list(fields), 0, 10, 800, True)
        return replace(table, rows=segments)

    def row(page: int, top: float, texts: list[str]) -> RowSegment:
        return RowSegment(
            page, top, top + 10, [_cell(c, page, top, t) for c, t in enumerate(texts)], [False] * 3
        )

    page1 = [
        _merged(1, 50, "Ekonomi"),
        row(1, 100, ["Inköp", "Risk ett", "9"]),
        _merged(1, 120, "Kommentar: Bra läge"),
        row(1, 200, ["Lön", "Risk två", "6"]),
    ]
    page2 = [_merged(2, 20, "Kommentar: Klart"), row(2, 40, ["Stöd", "Risk tre", "4"])]
    pieces = [piece(1, page1), piece(2, page2)]
    table = link_tables(pieces, settings=DEFAULT_SETTINGS, trace=Trace())[0]
    assert table.headers == ["process", "risk", "risk_value", "Kommentar"]
    assert table.fields[-1] == "comment"
    assert pieces[0].headers == fields  # the pages' own headers are left alone
    drafts = drafts_from_table(0, table, settings=DEFAULT_SETTINGS, trace=Trace())
    assert [" ".join(d.fields["risk"].lines) for d in drafts] == [
        "Risk ett",
        "Risk två",
        "Risk tre",
    ]
    assert [" ".join(d.fields["comment"].lines) for d in drafts] == ["Bra läge", "Klart", ""]
    assert [d.pages for d in drafts] == [[1], [1, 2], [2]]


def test_rows_that_no_column_rule_crosses_are_marked_merged() -> None:
    """This test ensures that a ruled row whose column rules stop above it and start again
    below it, and whose text runs across a column edge, is one cell across the table; that
    the rows beside the rules are not, nor a row without rules whose words keep inside the
    columns (a shaded zebra row); and that only a label of a field about the risk above
    ("Kommentar:", not "Risk:") is read off."""
    columns = [(0.0, 100.0), (100.0, 200.0), (200.0, 300.0)]
    table = PageTable(1, columns, ["a", "b", "c"], [None, "risk", None], 0, 10, 300, True)
    table = replace(
        table,
        rows=[
            _segment(1, 20, ["x", "y", "z"]),
            _segment(1, 40, ["Kommentar: inget", None, None]),
            _segment(1, 60, ["x", "y", "z"]),
            _segment(1, 80, ["Risk: okänd", None, None]),
            _segment(1, 100, ["x", "y", "z"]),
        ],
    )
    for seg in table.rows[1:5:2]:  # the text runs on across the first column edge
        seg.cells[0].words.append(Word("fint", 95, 120, seg.top, seg.top + 8, 1))
    edges = [Rule(x, 0, x, 300, 1) for x in (0.0, 300.0)]
    inner = [
        Rule(x, top, x, bottom, 1) for x in (100.0, 200.0) for top, bottom in ((0, 40), (50, 80))
    ]
    table = mark_merged(edges + inner, table, settings=DEFAULT_SETTINGS)
    assert [seg.merged for seg in table.rows] == [False, True, False, True, False]
    assert table.rows[3].label is None  # "Risk:" names no field about the risk above
    merged = table.rows[1]
    assert merged.label == ("Kommentar", "comment")
    assert [w.text for w in merged.cells[0].words] == ["inget", "fint"]
    assert merged.cells[1:] == [None, None]


def test_a_labelled_merged_row_whose_words_fall_between_the_edges_is_merged() -> None:
    """This test ensures that a row without column rules that opens with a field's label
    ("Kontrollmoment: ...") and goes on in the next column is one merged cell even when no
    word straddles a column edge, while the same row without the label (a shaded zebra row,
    its words inside the columns) is not."""
    columns = [(0.0, 100.0), (100.0, 200.0), (200.0, 300.0)]
    table = PageTable(1, columns, ["a", "b", "c"], [None, "risk", None], 0, 10, 300, True)
    table = replace(
        table,
        rows=[
            _segment(1, 20, ["x", "y", "z"]),
            _segment(1, 40, ["Kontrollmoment: stickprov", "på tio", None]),
            _segment(1, 60, ["x", "y", "z"]),
            _segment(1, 80, ["Lokalvård stickprov", "på tio", None]),
            _segment(1, 100, ["x", "y", "z"]),
        ],
    )
    edges = [Rule(x, 0, x, 300, 1) for x in (0.0, 300.0)]
    inner = [
        Rule(x, top, x, bottom, 1)
        for x in (100.0, 200.0)
        for top, bottom in ((0, 40), (50, 80), (90, 120))
    ]
    table = mark_merged(edges + inner, table, settings=DEFAULT_SETTINGS)
    assert [seg.merged for seg in table.rows] == [False, True, False, False, False]
    assert table.rows[1].label == ("Kontrollmoment", "controls")
    assert [w.text for w in table.rows[1].cells[0].words] == ["stickprov", "på", "tio"]


def test_a_merged_row_without_a_label_is_a_comment_unless_it_is_a_heading() -> None:
    """This test ensures that a row across the table without a label, longer than a section
    heading, is the comment on the risk above under no printed header, while a short one
    stays a heading."""
    from icp_extract.detect.merged import read_label

    long_row = _segment(1, 40, ["Alla tolv kontroller visade att rutinen följs i stort", None])
    short_row = _segment(1, 60, ["Ekonomi och upphandling", None])
    long_row = read_label(long_row, settings=DEFAULT_SETTINGS)
    short_row = read_label(short_row, settings=DEFAULT_SETTINGS)
    assert long_row.label == ("", "comment")
    assert short_row.label is None


def _line(top: float, *spans: tuple[float, str]) -> TextLine:
    """A printed line: each span (x0, text) of words 6 points a letter, 4 points apart."""
    words = []
    for x, text in spans:
        for token in text.split():
            words.append(Word(token, x, x + 6 * len(token), top, top + 8, 1))
            x += 6 * len(token) + 4
    return TextLine(tuple(words))


def _unruled_rows(top: float, n: int) -> list[TextLine]:
    """n lines of a three-column unruled table (columns at 0, 100 and 200 points)."""
    return [_line(top + 10 * k, (0, "ord ord"), (100, "ord ord"), (200, "ord")) for k in range(n)]


def test_labelled_paragraphs_across_an_unruled_table() -> None:
    """This test ensures that a "Kommentar:" paragraph across an unruled table is found with
    the lines it wraps onto, not the next row, and that a label inside a column is not one."""
    lines = [
        *_unruled_rows(0, 3),
        _line(30, (0, "Kommentar: text som går över hela tabellens bredd och vidare")),
        _line(40, (0, "till raden under.")),
        _line(55, (0, "ord ord"), (100, "ord ord"), (200, "ord")),
        _line(65, (100, "Kommentar: i en kolumn")),
    ]
    groups = labelled_rows(lines, 0.0, 290.0, 10.0, settings=DEFAULT_SETTINGS)
    assert [[ln.top for ln in g] for g in groups] == [[30, 40]]


def test_an_unruled_table_ends_at_a_heading_and_the_prose_under_it() -> None:
    """This test ensures that a heading that covers one column gutter, followed by prose that
    covers the next, ends an unruled table at the heading, and that a labelled paragraph
    across the table does not end it."""
    header = _line(0, (0, "Process"), (100, "Risk"), (200, "Riskvärde"))
    comment = _line(95, (0, "Kommentar: en lång kommentar som täcker alla kolumner här"))
    lines = [
        header,
        *_unruled_rows(10, 8),
        comment,
        *_unruled_rows(110, 2),
        _line(140, (0, "Samlad bedömningen")),  # covers the first gutter only
        _line(152, (0, "Förvaltningen bedömer förvaltningsmässigt kontrollen")),
    ]
    end, groups = unruled_band(lines, 0, settings=DEFAULT_SETTINGS)
    assert end == 12  # header, 8 rows, the comment, 2 rows
    assert groups == [[comment]]


def _bold(line: TextLine, size: float = 10.0) -> TextLine:
    return TextLine(tuple(replace(w, fontname="Arial-Bold", size=size) for w in line.words))


def test_the_heading_right_above_a_table() -> None:
    """This test ensures that a short bold line close above a table is its heading, and that
    a caption, a sentence, a line far above or a line in body type is not."""
    table = PageTable(1, [(0.0, 100.0)], ["Risk"], ["risk"], 100, 120, 300, True)
    table = replace(table, header_words=[Word("Risk", 0, 24, 100, 108, 1, size=9.0)])

    def heading(line: TextLine) -> str | None:
        found = _heading_above([line], table, 0.0, settings=DEFAULT_SETTINGS)
        return found.text if found is not None else None

    assert heading(_bold(_line(85, (0, "Trafikavtal och ersättningar")))) == (
        "Trafikavtal och ersättningar"
    )
    assert heading(_bold(_line(85, (0, "Tabell 2. Kontroller 2024")))) is None
    assert heading(_bold(_line(85, (0, "Kontrollerna visade inga brister.")))) is None
    assert heading(_bold(_line(40, (0, "Trafikavtal")))) is None
    assert heading(_line(85, (0, "Trafikavtal och ersättningar"))) is None  # not bold


def test_a_heading_over_a_caption_over_the_table_is_its_heading() -> None:
    """This test ensures that a caption right above a table ("Tabell 2. ...") is stepped
    over to the bold heading above it ("3.2 Fastighetsförvaltning"), and that a caption
    with no heading close above it still gives none."""
    table = PageTable(1, [(0.0, 100.0)], ["Risk"], ["risk"], 100, 120, 300, True)
    table = replace(table, header_words=[Word("Risk", 0, 24, 100, 108, 1, size=9.0)])
    caption = _line(88, (0, "Tabell 2. Fastighetsförvaltning"))
    numbered = _bold(_line(74, (0, "3.2 Fastighetsförvaltning")))
    found = _heading_above([numbered, caption], table, 0.0, settings=DEFAULT_SETTINGS)
    assert found is not None and found.text == "3.2 Fastighetsförvaltning"
    far = _bold(_line(20, (0, "3.2 Fastighetsförvaltning")))
    assert _heading_above([far, caption], table, 0.0, settings=DEFAULT_SETTINGS) is None


def test_a_table_under_a_heading_of_its_own_does_not_go_on_from_the_page_before() -> None:
    """This test ensures that a table on the next page with the same header, but with a
    heading of its own above it (one table per process), starts a table of its own."""
    page1 = [_segment(1, 100, ["Inköp", "Risk ett", "9", "Bra"])]
    page2 = [_segment(2, 20, [None, None, None, "och mer"])]
    second = _piece(2, page2)
    second = replace(second, heading=_bold(_line(5, (0, "Lön och ersättningar"))))
    assert (
        len(link_tables([_piece(1, page1), second], settings=DEFAULT_SETTINGS, trace=Trace())) == 2
    )
    assert (
        len(
            link_tables(
                [_piece(1, page1), _piece(2, page2)], settings=DEFAULT_SETTINGS, trace=Trace()
            )
        )
        == 1
    )


def test_tables_one_per_process_take_the_process_from_their_headings() -> None:
    """This test ensures that two or more tables without a process column, each under a
    heading of its own, take their process from it; that one such table alone does not (its
    heading may be "Riskregister"), unless the heading is labelled as the process."""
    from icp_extract.assemble.headings import processes_from_headings
    from icp_extract.assemble.rows import Table
    from icp_extract.pipeline import _heading_label

    def table(heading: str | None) -> Table:
        fields: list[str | None] = ["risk", "risk_value"]
        piece = PageTable(
            1, [(0.0, 100.0), (100.0, 200.0)], ["Risk", "Riskvärde"], fields, 0, 10, 90, True
        )
        piece = replace(piece, heading=_bold(_line(0, (0, heading))) if heading else None)
        return Table(list(piece.headers), list(fields), [piece])

    def processes(tables: list[Table]) -> list[str]:
        named = processes_from_headings(tables, _heading_label, settings=DEFAULT_SETTINGS)
        return [" ".join(w.text for w in t.process_words) for t in named]

    assert processes([table("Inköp och avtal"), table("Lön")]) == ["Inköp och avtal", "Lön"]
    assert processes([table("Riskregister")]) == [""]
    assert processes([table("Inköp"), table(None)]) == ["", ""]
    assert processes([table("Process: Inköp och avtal")]) == ["Inköp och avtal"]
    assert processes([table("3.1 Inköp"), table("3.2 Lön")]) == ["Inköp", "Lön"]


def test_section_rows_name_the_process_in_a_table_without_a_process_column() -> None:
    """This test ensures that in a table without a process column a section row across it
    ("Ekonomi") is the process of the risks under it, across the page break, and still
    gives no risk of its own."""
    fields = ["risk", "risk_value", "comment", "controls"]
    columns = [(100.0 * c, 100.0 * c + 100) for c in range(4)]

    def piece(page: int, segments: list[RowSegment]) -> PageTable:
        table = PageTable(page, columns, list(fields), list(fields), 0, 10, 800, True)
        return replace(table, rows=segments)

    page1 = [
        _segment(1, 50, ["Ekonomi", None, None, None]),
        _segment(1, 100, ["Risk ett", "9", "Bra", "Kontroll"]),
        _segment(1, 150, ["Personal och arbetsmiljö", None, None, None]),
        _segment(1, 200, ["Risk två", "6", "Ok", "Kontroll"]),
    ]
    page2 = [_segment(2, 20, ["Risk tre", "4", "Klart", "Kontroll"])]
    table = link_tables(
        [piece(1, page1), piece(2, page2)], settings=DEFAULT_SETTINGS, trace=Trace()
    )[0]
    drafts = drafts_from_table(0, table, settings=DEFAULT_SETTINGS, trace=Trace())
    assert [" ".join(d.fields["risk"].lines) for d in drafts] == [
        "Risk ett",
        "Risk två",
        "Risk tre",
    ]
    assert [" ".join(d.fields["process"].lines) for d in drafts] == [
        "Ekonomi",
        "Personal och arbetsmiljö",
        "Personal och arbetsmiljö",
    ]


def test_words_lined_up_by_chance_in_a_cell_do_not_end_an_unruled_table() -> None:
    """This test ensures that a strip left free by chance inside one column (a word starting
    at the same x on three lines) does not end an unruled table when a later row covers it
    while a real column gutter stays free, and that prose covering every gutter does."""
    a14, b4, b12 = "a" * 14, "b" * 4, "b" * 12
    rows = [_line(10 * k, (0, a14), (100, b4), (140, "och"), (200, "ord")) for k in range(3)]
    covering = _line(30, (0, a14), (100, b12), (200, "ord"))  # covers 124-140 only
    prose = _line(50, (0, "p" * 17), (106, "q" * 18))  # covers every gutter
    assert body_extent([*rows, covering], settings=DEFAULT_SETTINGS) == 4
    assert body_extent([*rows, covering, prose], settings=DEFAULT_SETTINGS) == 4


def test_a_column_without_rules_of_its_own_breaks_with_the_rows() -> None:
    """This test ensures that in a ruled table whose author took the borders off one column
    (rules between rows in the risk column, none in the process column) each process cell
    goes with its own row instead of spanning the whole table."""
    from icp_extract.model import PageContent

    columns = [(0.0, 100.0), (100.0, 200.0)]
    table = PageTable(1, columns, ["Process", "Risk"], ["process", "risk"], 0, 10, 70, True)
    words = [
        *_line(12, (2, "Inköp"), (102, "Risk ett")).words,
        *_line(32, (2, "Lön"), (102, "Risk två")).words,
        *_line(52, (2, "Stöd"), (102, "Risk tre")).words,
    ]
    hys = {30.0: [(100.0, 200.0)], 50.0: [(100.0, 200.0)]}
    page = PageContent(1, 595.0, 842.0, tuple(words))
    table = ruled_body(page, table, hys, settings=DEFAULT_SETTINGS)
    assert [" ".join(seg.cells[0].lines()) for seg in table.rows] == ["Inköp", "Lön", "Stöd"]
    assert not any(seg.spanning[0] for seg in table.rows)


def test_a_centred_process_cell_spans_the_empty_rows_around_it() -> None:
    """This test ensures that in an unruled table of vertically centred cells a process cell
    standing in the middle of three rows, with empty process cells above and below, is the
    process of all three, while one centred in its own row is not carried into the next."""
    from icp_extract.detect.cells import centred_spans

    fields = ["process", "risk", "risk_value"]
    columns = [(0.0, 100.0), (100.0, 200.0), (200.0, 300.0)]
    table = PageTable(1, columns, list(fields), list(fields), 0, 10, 250, True)

    def row(top: float, process: str | None) -> RowSegment:
        middle = top + 20
        return RowSegment(
            1,
            top,
            top + 40,
            [
                _cell(0, 1, middle - 4, process),
                _cell(1, 1, middle - 4, "Risk"),
                _cell(2, 1, middle - 4, "9"),
            ],
            [False] * 3,
        )

    rows = [row(10, "Inköp"), row(50, None), row(90, "Lön"), row(130, None), row(170, "Stöd")]
    table = replace(table, rows=rows)
    table = centred_spans(table, settings=DEFAULT_SETTINGS)
    processes = [" ".join(seg.cells[0].lines()) if seg.cells[0] else None for seg in table.rows]
    assert processes == ["Inköp", "Lön", "Lön", "Lön", "Stöd"]
    assert [seg.spanning[0] for seg in table.rows] == [False, False, True, True, False]


def test_sub_risks_are_printed_where_their_own_parts_are() -> None:
    """This test ensures that labelled sub-risks of one row cut by a page break get the pages
    of their own parts, the first also those of what they share (lead-in, process)."""
    from icp_extract.assemble.rows import Row, Table

    fields = ["process", "risk", "risk_value", "comment"]
    cells = [
        [_cell(0, 1, 100, "Inköp")],
        [_cell(1, 1, 100, "Inledning"), _cell(1, 1, 110, "a) Risk ett"), _cell(1, 2, 20, "b) Två")],
        [_cell(2, 1, 100, "9")],
        [_cell(3, 1, 100, "a) Bra"), _cell(3, 2, 20, "b) Ok")],
    ]
    table = Table(list(fields), list(fields), [], rows=[Row(0, cells, [False] * 4, [1, 2])])
    drafts = drafts_from_table(0, table, settings=DEFAULT_SETTINGS, trace=Trace())
    assert [d.label for d in drafts] == ["a", "b"]
    assert [d.pages for d in drafts] == [[1], [2]]


def test_stacked_values_go_to_their_sub_risks_in_order() -> None:
    """This test ensures that value cells stacking one value per labelled sub-risk ("9" over
    "6", "Ja" over "Delvis genom-" / "förd") give each sub-risk its own, while a cell with one
    value gives it to each and a value over its level ("12" over "Hög") is one value."""
    from icp_extract.assemble.rows import Row, Table

    fields = ["risk", "risk_value", "follows_plan"]

    def drafts(values: list[str], answers: list[str]) -> list:
        cells = [
            [_cell(0, 1, 100, "a) Risk ett"), _cell(0, 1, 110, "b) Risk två")],
            [_cell(1, 1, 100 + 10 * k, v) for k, v in enumerate(values)],
            [_cell(2, 1, 100 + 10 * k, a) for k, a in enumerate(answers)],
        ]
        table = Table(list(fields), list(fields), [], rows=[Row(0, cells, [False] * 3, [1])])
        return drafts_from_table(0, table, settings=DEFAULT_SETTINGS, trace=Trace())

    def read(d, name: str) -> str:
        return " ".join(d.fields[name].lines)

    stacked = drafts(["9", "6"], ["Ja", "Delvis genom-", "förd"])
    assert [read(d, "risk_value") for d in stacked] == ["9", "6"]
    assert [read(d, "follows_plan") for d in stacked] == ["Ja", "Delvis genom- förd"]
    one = drafts(["12"], ["Ja, med av-", "vikelse"])
    assert [read(d, "risk_value") for d in one] == ["12", "12"]
    assert [read(d, "follows_plan") for d in one] == ["Ja, med av- vikelse"] * 2
    level = drafts(["12", "Hög"], ["Ja"])
    assert [read(d, "risk_value") for d in level] == ["12 Hög", "12 Hög"]


def test_labelled_parts_of_one_cell_go_to_their_fields() -> None:
    """This test ensures that a column whose cells hold "Risk: ..." and a paragraph opened by
    another field's label ("Kontrollmoment: ...") in enough rows has those parts moved to
    that field (a column gained at the table's end) and its own label left out, while a
    column labelling its parts in only some rows (a comment going on with "Åtgärd: ...") is
    left as printed."""
    from icp_extract.assemble.incell import labelled_parts
    from icp_extract.assemble.rows import Row, Table
    from icp_extract.pipeline import _cell_label

    fields: list[str | None] = ["risk", "risk_value"]

    def row(top: float, risk: list[str], value: str) -> Row:
        blocks = [_cell(0, 1, top + 10 * k, text) for k, text in enumerate(risk)]
        return Row(0, [blocks, [_cell(1, 1, top, value)]], [False, False], [1])

    def parts(rows: list[Row]) -> Table:
        table = Table(["Risk och kontroll", "Riskvärde"], list(fields), [], rows=rows)
        return labelled_parts([table], _cell_label, settings=DEFAULT_SETTINGS, trace=Trace())[0]

    labelled = ["Risk: Risk att fel", "Kontrollmoment: Stickprov på tio"]
    table = parts([row(100, labelled, "9"), row(200, labelled, "6")])
    assert table.fields == ["risk", "risk_value", "controls"]
    assert table.headers[-1] == "Kontrollmoment"
    assert [" ".join(table.rows[0].lines(c)) for c in (0, 2)] == [
        "Risk att fel",
        "Stickprov på tio",
    ]
    plain = parts([row(100, labelled, "9"), row(200, labelled, "6"),
                   row(300, ["Risk att bidrag"], "4")])  # fmt: skip
    assert plain.fields == fields


def test_a_repeated_header_broken_over_two_lines_is_no_running_header() -> None:
    """This test ensures that the first line of a table header repeated at the top of every
    page, holding only the first parts of header words broken at the line end ("San\u00ad",
    "Kon\u2010"), is not taken out as a running header, while a line repeated at the top
    of every page above a header is."""
    from icp_extract.detect.furniture import furniture_lines
    from icp_extract.model import PageContent

    def page(n: int, first: str) -> tuple[PageContent, list[TextLine]]:
        lines = [
            _line(45, (230, first)),
            _line(63, (60, "Process"), (120, "Risk"), (230, "nolikhet"), (300, "Riskvärde")),
            _line(90, (60, "Bidrag"), (120, "Risk att fel"), (230, "3"), (300, "9")),
        ]
        return PageContent(n, 595, 842, tuple(w for ln in lines for w in ln.words)), lines

    broken = [page(n, "San\u00ad Kon\u2010") for n in (2, 3, 4)]
    assert all(not f for f in furniture_lines(broken, settings=DEFAULT_SETTINGS))
    running = [page(n, "Dnr KUN 2025/12") for n in (2, 3, 4)]
    assert all(len(f) == 1 for f in furniture_lines(running, settings=DEFAULT_SETTINGS))


def test_a_continued_page_leaves_out_a_first_row_repeating_the_header() -> None:
    """This test ensures that on a page the finder went on with the open table, a first row
    that repeats the header ("San- nolik- het") is left out, so the row cut by the page break
    goes on with the piece after it."""
    headers = ["Process", "Risk", "Sannolikhet", "Kommentar"]
    page1 = [_segment(1, 100, ["Bidrag", "Risk att föreningar som driver", "3", "Vid alla"])]
    page2 = [
        _segment(2, 20, ["Process", "Risk", "San- nolik- het", "Kommentar"]),
        _segment(2, 40, [None, "anläggningar får bidrag", None, "fem besöken"]),
    ]
    pieces = [replace(_piece(n, rows), headers=headers) for n, rows in ((1, page1), (2, page2))]
    table = link_tables(pieces, settings=DEFAULT_SETTINGS, trace=Trace())[0]
    assert len(table.rows) == 1
    assert _texts(table.rows, 1) == ["Risk att föreningar som driver anläggningar får bidrag"]


def test_a_column_of_answers_under_another_header_is_the_follows_plan_column() -> None:
    """This test ensures that in a table without a follows-plan column, a column whose every
    filled cell is a short answer ("Utfall" over "Ja", "Delvis", "Nej") becomes that column,
    while a comment column with one longer text among answers stays the comment."""
    from icp_extract.assemble.answers import answer_columns
    from icp_extract.assemble.rows import Row, Table

    def table(answers: list[str]) -> Table:
        rows = [Row(0, [[_cell(0, 1, 100 + 20 * k, "Risk")], [_cell(1, 1, 100 + 20 * k, a)]],
                    [False, False], [1]) for k, a in enumerate(answers)]  # fmt: skip
        piece = PageTable(1, [(0.0, 100.0), (100.0, 200.0)], ["Risk", "Utfall"],
                          ["risk", "comment"], 0, 10, 300, True)  # fmt: skip
        return Table(["Risk", "Utfall"], ["risk", "comment"], [piece], rows=rows)

    made = answer_columns([table(["Ja", "Delvis", "Nej"])], settings=DEFAULT_SETTINGS,
                          trace=Trace())[0]  # fmt: skip
    assert made.fields == ["risk", "follows_plan"]
    assert made.pieces[0].fields == ["risk", "follows_plan"]
    kept = answer_columns([table(["Ja", "Delvis, se rapporten från oktober", "Nej"])],
                          settings=DEFAULT_SETTINGS, trace=Trace())[0]  # fmt: skip
    assert kept.fields == ["risk", "comment"]


def test_a_lead_in_row_is_the_context_of_the_rows_under_its_process() -> None:
    """This test ensures that a row holding only a risk text that ends in a colon ("... inom
    följande områden:") gives no risk and is the context of the rows under the same process
    cell, and of no row after a process of its own."""
    fields = ["process", "risk", "risk_value", "comment"]
    lead = _segment(1, 100, ["Bidrag", "Risk att bidrag betalas fel inom:", None, None])
    sub1 = _segment(1, 120, [None, "Verksamhetsbidrag", "12", "Bra"], [True, False, False, False])
    sub2 = _segment(1, 140, [None, "Projektbidrag", "9", "Ok"], [True, False, False, False])
    sub1.cells[0] = sub2.cells[0] = lead.cells[0]
    other = _segment(1, 160, ["Lön", "Risk att lönen blir fel", "6", "Klart"])
    piece = PageTable(
        1, [(100.0 * c, 100.0 * c + 100) for c in range(4)], fields, fields, 0, 10, 800, True
    )
    piece = replace(piece, rows=[lead, sub1, sub2, other])
    drafts = drafts_from_table(
        0,
        link_tables([piece], settings=DEFAULT_SETTINGS, trace=Trace())[0],
        settings=DEFAULT_SETTINGS,
        trace=Trace(),
    )
    assert [" ".join(d.fields["risk"].lines) for d in drafts] == [
        "Verksamhetsbidrag",
        "Projektbidrag",
        "Risk att lönen blir fel",
    ]
    contexts = [" ".join(d.fields["context"].lines) for d in drafts]
    assert contexts == ["Risk att bidrag betalas fel inom:"] * 2 + [""]
    assert [" ".join(d.fields["process"].lines) for d in drafts] == ["Bidrag", "Bidrag", "Lön"]


def _numbered_drafts(risks: list[str]) -> list:
    fields = ["process", "risk", "risk_value"]
    rows = [_segment(1, 100 + 20 * k, ["Tillsyn", text, "9"]) for k, text in enumerate(risks)]
    piece = PageTable(
        1, [(100.0 * c, 100.0 * c + 100) for c in range(3)], fields, fields, 0, 10, 800, True
    )
    table = link_tables([replace(piece, rows=rows)], settings=DEFAULT_SETTINGS, trace=Trace())
    return drafts_from_table(0, table[0], settings=DEFAULT_SETTINGS, trace=Trace())


def test_outline_numbers_in_the_risk_cells_are_the_labels() -> None:
    """This test ensures that risk cells typed as a numbered list ("1.1 ...", "2. ...") give
    the number as the label, without its closing dot, and lose it from the risk text."""
    drafts = _numbered_drafts(["1.1 Lantbruk med djur", "1.2 Enskilda avlopp", "2. Avgifter"])
    assert [d.label for d in drafts] == ["1.1", "1.2", "2"]
    assert [" ".join(d.fields["risk"].lines) for d in drafts] == [
        "Lantbruk med djur",
        "Enskilda avlopp",
        "Avgifter",
    ]


def test_one_risk_opening_with_a_number_keeps_it() -> None:
    """This test ensures that a number opening one risk cell among unnumbered ones ("2.
    Risk ...", "3 av 5 ...") is the risk's own text, not an outline label."""
    drafts = _numbered_drafts(["2. Avgifter debiteras inte", "Risk att lönen blir fel", "3 av 5"])
    assert [d.label for d in drafts] == [None, None, None]
    assert " ".join(drafts[0].fields["risk"].lines) == "2. Avgifter debiteras inte"


def _rows_drafts(headers: list[str], fields: list, rows: list[list[str | None]]) -> list:
    segments = [_segment(1, 100 + 20 * k, cells) for k, cells in enumerate(rows)]
    columns = [(100.0 * c, 100.0 * c + 100) for c in range(len(fields))]
    piece = PageTable(1, columns, headers, fields, 0, 10, 800, True)
    table = link_tables([replace(piece, rows=segments)], settings=DEFAULT_SETTINGS, trace=Trace())
    return drafts_from_table(0, table[0], settings=DEFAULT_SETTINGS, trace=Trace())


def test_a_totals_row_at_the_foot_of_the_table_is_no_risk() -> None:
    """This test ensures that the last row of a table that totals the rows above it (opening
    with "Medelvärde", or printing only shares of counts "4 av 5" beside its text) gives no
    risk, while a last row with a risk of its own, or such a row above the last, does."""
    headers = ["Process", "Risk", "Riskvärde", "Kv 1", "Kv 2"]
    fields = ["process", "risk", "risk_value", None, None]
    risk = ["Bygglov", "Risk att beslut dröjer", "12", "Utförd", "Utförd"]
    mean = ["Medelvärde, 2 risker", None, "10,5", None, None]
    shares = ["Genomförda av", "planerade kontroller", None, "4 av 5", "6 av 7"]
    assert len(_rows_drafts(headers, fields, [risk, risk, mean])) == 2
    assert len(_rows_drafts(headers, fields, [risk, risk, shares])) == 2
    own = ["Tillsyn", "Risk att tillsyn uteblir", "9", "4 av 5", "Utförd"]
    assert len(_rows_drafts(headers, fields, [risk, own])) == 2
    assert len(_rows_drafts(headers, fields, [shares, risk])) == 2


def test_a_row_repeating_the_header_is_no_risk() -> None:
    """This test ensures that a row whose every filled cell reads as its column's header,
    broken over lines and hyphenated as a narrow header prints it ("San- nolik- het"), gives
    no risk, while a row that shares one word with the header is a risk."""
    headers = ["Process", "Risk", "Sannolikhet"]
    fields = ["process", "risk", "probability"]
    repeated = ["Process", "Risk", "San- nolik- het"]
    risk = ["Bygglov", "Risk att beslut dröjer", "3"]
    assert len(_rows_drafts(headers, fields, [risk, repeated, risk])) == 2
    near = ["Process", "Risk att processen saknas", "3"]
    assert len(_rows_drafts(headers, fields, [risk, near])) == 2


def test_a_wide_header_word_over_a_narrow_value_column_fits_its_column() -> None:
    """This test ensures that a header line above the first ("Riskvär-" over "de") may reach
    past an unruled column edge set mid-gutter, while a group heading centred over several
    columns does not fit one."""
    from icp_extract.detect.common import inside_one_column

    HEADER_ABOVE_SHARE = DEFAULT_SETTINGS.header_above_share

    columns = [(255.0, 284.0), (284.0, 400.0)]
    wide = Word("Riskvär-", 258.1, 291.6, 330, 338, 1)
    group = Word("Riskbedömning", 230.0, 330.0, 320, 328, 1)
    assert not inside_one_column(
        wide, columns, DEFAULT_SETTINGS.within_column_share, settings=DEFAULT_SETTINGS
    )
    assert inside_one_column(wide, columns, HEADER_ABOVE_SHARE, settings=DEFAULT_SETTINGS)
    assert not inside_one_column(group, columns, HEADER_ABOVE_SHARE, settings=DEFAULT_SETTINGS)


def test_is_section_heading() -> None:
    """This test ensures the shape of a section heading: one short line, no value, in
    neighbouring cells, no sub-risk label."""
    heading = [_cell(0, 1, 100, "Personal och"), _cell(1, 1, 100, "arbetsmiljö"), None, None]
    as_words = [c.words if c else [] for c in heading]
    assert is_section_heading(as_words, FIELDS, settings=DEFAULT_SETTINGS)
    with_value = [_cell(0, 1, 100, "Personal"), None, _cell(2, 1, 100, "9"), None]
    assert not is_section_heading(
        [c.words if c else [] for c in with_value], FIELDS, settings=DEFAULT_SETTINGS
    )
    apart = [_cell(0, 1, 100, "Personal"), None, None, _cell(3, 1, 100, "Bra")]
    assert not is_section_heading(
        [c.words if c else [] for c in apart], FIELDS, settings=DEFAULT_SETTINGS
    )
    label = [None, _cell(1, 1, 100, "a) Risk att"), None, None]
    assert not is_section_heading(
        [c.words if c else [] for c in label], FIELDS, settings=DEFAULT_SETTINGS
    )
    two_lines = [_cell(0, 1, 100, "Personal"), None, None, None]
    two_lines[0].words.append(Word("och", 10, 30, 110, 118, 1))
    assert not is_section_heading(
        [c.words if c else [] for c in two_lines], FIELDS, settings=DEFAULT_SETTINGS
    )


def test_prose_in_two_columns_reads_left_column_first() -> None:
    """This test ensures that prose set in two columns (a gutter at the same place on several
    lines) reads down the left column, then the right, so that a sentence running on in the
    left column ("... Fem av dessa bedöms som" / "kritiska.") is not mixed with the right."""

    def line(top: float, left: str | None, right: str | None) -> list[Word]:
        words = []
        for x, text in ((50.0, left), (320.0, right)):
            for i, w in enumerate((text or "").split()):
                words.append(Word(w, x + 40 * i, x + 40 * i + 35, top, top + 9, 1))
        return words

    words = [
        *line(100, "Titel över hela sidan", None),
        *line(120, "I analysen har 14", "Två kontroller följer"),
        *line(132, "risker identifierats.", "planen och en gör"),
        *line(144, "Fem av dessa bedöms", "det delvis."),
        *line(156, "som kritiska.", None),
    ]
    words[1:4] = [
        Word(w.text, 90 + 60 * i, 145 + 60 * i, 100, 109, 1) for i, w in enumerate(words[1:4])
    ]
    lines = prose_reading_order(group_lines(words), 595.0)
    text = " ".join(ln.text for ln in lines)
    assert "Fem av dessa bedöms som kritiska." in text
    assert text.index("kritiska") < text.index("Två kontroller")


def _ruled_table(x: float, top: float, rows: list[list[str]]) -> tuple[list[Word], list[Rule]]:
    """A ruled table of three 80-point columns at ``x``: a header row and body rows, one line
    each, 20 points high."""
    words: list[Word] = []
    for r, texts in enumerate(rows):
        y = top + 20 * r + 5
        for c, text in enumerate(texts):
            cx = x + 80 * c + 3
            for token in text.split():
                words.append(Word(token, cx, cx + 5 * len(token), y, y + 8, 1, size=8.0))
                cx += 5 * len(token) + 3
    bottom = top + 20 * len(rows)
    rules = [Rule(x + 80 * c, top, x + 80 * c, bottom, 1) for c in range(4)]
    rules += [Rule(x, top + 20 * r, x + 240, top + 20 * r, 1) for r in range(len(rows) + 1)]
    return words, rules


def test_tables_side_by_side_in_two_page_columns_are_read_column_by_column() -> None:
    """This test ensures that two ruled tables side by side (a page set in two columns, the
    right table's header higher than the left one's, so their rows share printed lines) are
    each found whole, the left one first."""
    from icp_extract.detect.finder import find_tables
    from icp_extract.model import PageContent

    header = ["Risk", "Riskvärde", "Kontrollmoment"]
    left_rows = [header] + [[f"Vänster risk {k}", "9", f"Kontroll {k}"] for k in range(1, 5)]
    right_rows = [header] + [[f"Höger risk {k}", "6", f"Stickprov {k}"] for k in range(1, 5)]
    lw, lr = _ruled_table(40.0, 110.0, left_rows)
    rw, rr = _ruled_table(300.0, 90.0, right_rows)
    page = PageContent(1, 595.0, 842.0, tuple(lw + rw), tuple(lr + rr))
    tables = find_tables(
        page,
        group_lines(page.words),
        lambda lines: " ".join(lines),
        settings=DEFAULT_SETTINGS,
        trace=Trace(),
    )
    risks = [
        [" ".join(seg.cells[0].lines()) for seg in t.rows if seg.cells[0] is not None]
        for t in tables
    ]
    assert risks == [
        [f"Vänster risk {k}" for k in range(1, 5)],
        [f"Höger risk {k}" for k in range(1, 5)],
    ]


def test_a_footnote_under_an_unruled_table_gives_no_risk() -> None:
    """This test ensures that a footnote an unruled table took in ("¹ Socialtjänstlagen
    (2001:453)" across two columns) gives no risk, while a row that starts with an ordinary
    word does."""
    page1 = [
        _segment(1, 100, ["Inköp", "Risk ett", "9", "Bra"]),
        _segment(1, 200, ["¹ Socialtjänstlagen", "(2001:453), 11 kap.", None, None]),
    ]
    drafts = drafts_from_table(
        0,
        link_tables([_piece(1, page1)], settings=DEFAULT_SETTINGS, trace=Trace())[0],
        settings=DEFAULT_SETTINGS,
        trace=Trace(),
    )
    assert [" ".join(d.fields["risk"].lines) for d in drafts] == ["Risk ett"]
    note = [_cell(0, 1, 100, "¹ Socialtjänstlagen"), None, None, None]
    assert is_footnote([c.words if c else [] for c in note], FIELDS)
    assert not is_footnote(
        [c.words if c else [] for c in [_cell(0, 1, 100, "Inköp"), None, None, None]], FIELDS
    )


def test_unruled_rows_start_where_no_other_cell_runs_on() -> None:
    """This test ensures that two cells starting a new paragraph at one height, beside a
    cell still in mid-paragraph, do not start a row, while a height where every column
    starts (or the process cell alone runs on) does."""

    def lines(col: int, tops: list[float]) -> list[TextLine]:
        return group_lines(Word("ord", 100.0 * col, 100.0 * col + 20, t, t + 8, 1) for t in tops)

    pitch = 10.0
    per_col = [
        lines(0, [100, 110, 120, 130, 140]),  # process: runs on across the row start
        lines(1, [100, 110, 135, 160]),  # risk: a second paragraph at 135, a new row at 160
        lines(2, [100, 110, 135, 160]),  # controls: likewise
        lines(3, [100, 110, 120, 130, 140, 160]),  # comment: mid-paragraph at 135
    ]
    assert unruled_row_tops(per_col, pitch, spanning_col=0, settings=DEFAULT_SETTINGS) == [
        100,
        160,
    ]
