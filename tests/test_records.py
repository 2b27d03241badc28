"""Records without a grid: numbered sections of "Label: value" paragraphs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import analysed, extracted

from icp_extract.detect.blocks import section_heading
from icp_extract.geometry import TextLine
from icp_extract.model import Word
from icp_extract.settings import DEFAULT_SETTINGS

PENDING = Path(__file__).resolve().parents[1] / "samples" / "pending"


def _line(text: str) -> TextLine:
    words = tuple(
        Word(text=t, x0=10.0 + 40 * i, x1=45.0 + 40 * i, top=10.0, bottom=20.0, page=1)
        for i, t in enumerate(text.split())
    )
    return TextLine(words)


@pytest.mark.parametrize(
    ("text", "heading"),
    [("3.2 Bygglovshantering", "Bygglovshantering"),
     ("4. Upphandling av entreprenader", "Upphandling av entreprenader"),
     ("12 Informationssäkerhet", "Informationssäkerhet"),
     ("2024 Bygglovshantering", None), ("3.2 risker bedömdes som kritiska.", None),
     ("Risk: Risk att bygglov", None), ("3.2", None),
     ("3 Av de 19 risker som bedömdes har sju förts in i planen och följs upp", None)],
)  # fmt: skip
def test_section_heading(text: str, heading: str | None) -> None:
    """This test ensures that a numbered section heading is told from a line of prose that
    opens with a number: a section number, a capital, a short title, no full stop."""
    got = section_heading(_line(text), settings=DEFAULT_SETTINGS)
    assert (" ".join(w.text for w in got) if got else None) == heading


def test_records_under_numbered_headings_take_the_heading_as_process() -> None:
    """This test ensures that records printed as numbered sections of "Label: value"
    paragraphs (a web export, labels bold, values regular) take the section heading without
    its number as the process, and that the next heading does not run on into the last
    value of the record above."""
    name = "chromium1/btn2025_labelled_records_t2"
    want = json.loads((PENDING / f"{name}.expected.json").read_text(encoding="utf-8"))
    got = extracted(f"pending/{name}").to_dict()
    assert [r["process"] for r in got["risks"]] == [r["process"] for r in want["risks"]]
    assert [r["comment"] for r in got["risks"]] == [r["comment"] for r in want["risks"]]
    assert got["columns"] == want["columns"]


def test_a_group_row_labelled_process_names_the_process_without_its_label() -> None:
    """This test ensures that group rows across a table without a process column, printed
    "Process: Upphandling", name the process "Upphandling" for the risks under them."""
    name = "chromium2/ffn2023_borderless_zebra_group_rows"
    want = json.loads((PENDING / f"{name}.expected.json").read_text(encoding="utf-8"))
    got = extracted(f"pending/{name}").to_dict()
    assert [r["process"] for r in got["risks"]] == [r["process"] for r in want["risks"]]


def test_labelled_merged_rows_beside_a_spanning_cell_go_to_the_risk_above() -> None:
    """This test ensures that rows of a Word table whose one merged cell starts right of a
    process cell spanning from above, and holds labelled parts ("Kontrollmoment: ...",
    "Resultat: ... Följer plan: Ja", a label also after a sentence on the same line), give
    their fields to the risk above instead of becoming risks."""
    name = "word2/stn2024_labelled_merged_rows"
    want = json.loads((PENDING / f"{name}.expected.json").read_text(encoding="utf-8"))
    got = extracted(f"pending/{name}").to_dict()
    wanted = {(w["risk"], w["comment"], w["follows_plan"]) for w in want["risks"]}
    right = [g for g in got["risks"] if (g["risk"], g["comment"], g["follows_plan"]) in wanted]
    assert len(got["risks"]) <= len(want["risks"]) + 1  # first contact: 21 for 7
    assert len(right) >= len(want["risks"]) - 1


@pytest.mark.parametrize(
    ("word", "note"),
    [("Not:", True), ("Källa:", True), ("Anm.:", True), ("Förklaring:", True),
     ("Not", False), ("Kommentar:", False), ("Nothing:", False)],
)  # fmt: skip
def test_note_labels(word: str, note: bool) -> None:
    """This test ensures that a note's label is told from a field's label: "Not:" and
    "Källa:" open notes under a spreadsheet's table, "Kommentar:" opens a field."""
    from icp_extract.lang.sv.headers import is_note_label

    assert is_note_label(word) is note


def test_note_rows_in_a_printed_grid_end_the_table() -> None:
    """This test ensures that note rows under a spreadsheet's table, inside its printed grid
    ("Not: ... identifierades 24 risker, varav 8 ..."), give no risk and reach the prose,
    where the counts are read, and that the grid's empty columns are no columns."""
    name = "calc1/avn2024_calc_grid_note_rows"
    want = json.loads((PENDING / f"{name}.expected.json").read_text(encoding="utf-8"))
    got = extracted(f"pending/{name}").to_dict()
    assert len(got["risks"]) == len(want["risks"])
    assert got["report"]["risks_inventoried"] == want["report"]["risks_inventoried"] == 24
    assert got["columns"] == want["columns"]


def test_a_caption_with_header_words_does_not_become_the_tables_header() -> None:
    """This test ensures that a caption using header words over a table ("Riskvärde = ...
    Följer plan anger ..."), which an earlier finder read as the table's header (a weak
    table that gave way to the real header under it, rule finder.inner_site), is no
    accepted table's header now that sentence pieces map to no field, and that the
    table's risks come out right."""
    name = "word1/lbn2024_toc_footnote_appendix"
    want = json.loads((PENDING / f"{name}.expected.json").read_text(encoding="utf-8"))
    analysis = analysed(f"pending/{name}").analysis
    accepted = [e for e in analysis.trace.events if e.verdict == "accept" and e.stage == "detect"]
    assert not any("anger" in e.reason for e in accepted)
    got = analysis.report.to_dict()
    assert [r["risk"] for r in got["risks"]] == [r["risk"] for r in want["risks"]]
    assert got["columns"] == want["columns"]


def test_answers_marked_with_a_cross_in_answer_columns() -> None:
    """This test ensures that "X" typed in one of the columns "Ja", "Delvis", "Nej" gives the
    follows-plan answer of that column (the mark kept in raw, the columns out of extra), and
    that a row with two crosses leaves every answer unread."""
    import dataclasses

    from icp_extract.assemble.marks import mark_answers
    from icp_extract.model import Column, Report, ReportMeta, Risk, Source

    def risk(seq: int, **extra: str) -> Risk:
        return Risk(seq=seq, process="P", context=None, label=None, risk="Risk att ...",
                    risk_value=None, probability=None, consequence=None, controls="K",
                    handling=None, follows_plan=None, comment=None, pages=(1,),
                    extra=extra)  # fmt: skip

    columns = tuple(Column(h, None) for h in ("Ja", "Delvis", "Nej"))
    report = Report(Source("r.pdf", "0" * 64, 1), ReportMeta(), columns,
                    (risk(1, Ja="X"), risk(2, Nej="x"), risk(3)))  # fmt: skip
    marked = mark_answers(report)
    assert [r.follows_plan for r in marked.risks] == ["Ja", "Nej", None]
    assert marked.risks[0].extra == {} and marked.risks[0].raw["follows_plan"] == "Ja: X"
    two = dataclasses.replace(report, risks=(risk(1, Ja="X", Nej="X"), risk(2, Ja="X")))
    assert [r.follows_plan for r in mark_answers(two).risks] == [None, None]
