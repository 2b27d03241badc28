"""The PDF's own table tags as a detection strategy, and geometry winning where they are wrong.

The tagged samples are Chromium prints (``samples/pending/chromium*``). Wrong or partial tag
trees are made at test time from a tagged sample with pikepdf, or by re-tagging a page's
words, so each test starts from a real page.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from conftest import SAMPLES

from icp_extract.detect.common import Context, Site, is_header_start
from icp_extract.detect.tags import find_tagged
from icp_extract.geometry import group_lines
from icp_extract.model import TaggedCell
from icp_extract.pipeline import analyse_document
from icp_extract.read import open_document
from icp_extract.settings import DEFAULT_SETTINGS
from icp_extract.trace import ACCEPT, REJECT, Trace

#: A borderless zebra table whose narrow value columns touch the risk text: the gutters
#: read "id 3 rottsanläggningar" into one cell, the tags do not.
BORDERLESS = "pending/chromium2/ffn2023_borderless_zebra_group_rows"
#: A golden sample whose table the geometry reads right, tagged by Chromium.
ZEBRA = "pending/chromium1/son2025_stratsys_zebra_table"


def _expected(name: str) -> dict[str, Any]:
    return json.loads((SAMPLES / f"{name}.expected.json").read_text(encoding="utf-8"))


def _same_risks(got: list[dict[str, Any]], want: list[dict[str, Any]]) -> bool:
    """Whether the risks equal the expected ones in every field the expected JSON gives."""
    return len(got) == len(want) and all(
        {k: g[k] for k in w} == w for g, w in zip(got, want, strict=True)
    )


def _events(trace: Trace, rule: str, verdict: str) -> list[Any]:
    return [e for e in trace if e.rule == rule and e.verdict == verdict]


def _winners(trace: Trace) -> list[str]:
    """The strategy that won at each scored site, in order."""
    return [e.reason.split(": ")[1].split()[0] for e in _events(trace, "finder.score", ACCEPT)]


def test_a_tagged_table_is_read_from_its_tags() -> None:
    """This test ensures that a tagged table is read by the tags strategy, scored by the
    finder like every other candidate, and that its cells are the author's: the risk text
    and the probability beside it, which the gutters run together, come apart."""
    found = analyse_document(SAMPLES / f"{BORDERLESS}.pdf")
    assert _winners(found.trace) == ["tags", "tags"]
    assert _events(found.trace, "tags.table", ACCEPT)
    got, want = found.report.to_dict()["risks"], _expected(BORDERLESS)["risks"]
    assert [r["risk"] for r in got] == [r["risk"] for r in want]
    assert [r["probability"] for r in got] == [r["probability"] for r in want]
    assert [r["process"] for r in got] == [r["process"] for r in want]


def test_tags_and_geometry_agree_on_a_golden_sample() -> None:
    """This test ensures that where the geometry already reads a tagged table right, the
    tags candidate wins and gives the same risks, field by field."""
    found = analyse_document(SAMPLES / f"{ZEBRA}.pdf")
    assert _winners(found.trace) == ["tags", "tags"]
    assert _same_risks(found.report.to_dict()["risks"], _expected(ZEBRA)["risks"])


def _table_rows(pdf: pikepdf.Pdf) -> pikepdf.Array:
    """The /K array of the first Table element: its rows."""
    todo = [pdf.Root.StructTreeRoot.K]
    while todo:
        item = todo.pop()
        if isinstance(item, pikepdf.Array):
            todo.extend(item)
        elif isinstance(item, pikepdf.Dictionary) and "/S" in item:
            if item.S == pikepdf.Name.Table:
                return item.K
            todo.append(item.get("/K"))
    raise AssertionError("no Table element")


def test_a_table_crossing_a_page_break_keeps_its_cells_on_the_next_page() -> None:
    """This test ensures that the rows of a Writer table on its second page are read as
    tagged, with their columns counted in the whole table: the merged cell right of a process
    cell spanning rows stays in the second column (pdfplumber's page tree gives the page no
    table at all)."""
    name = "pending/word2/stn2024_labelled_merged_rows"
    with open_document(SAMPLES / f"{name}.pdf", read_tags=True) as document:
        page = document.page(2)
    assert page is not None
    first = min(page.tagged_cells, key=lambda c: (c.row, c.col))
    assert first.words[0].text == "Resultat:"
    assert (first.col, first.colspan) == (1, 3)
    assert first.row > 0  # numbered in the whole table, not from the page's first row


def _retagged(tmp_path: Path, change) -> Path:
    """The zebra sample with its table's structure changed by ``change(rows)``."""
    out = tmp_path / "retagged.pdf"
    with pikepdf.open(SAMPLES / f"{ZEBRA}.pdf") as pdf:
        change(_table_rows(pdf))
        pdf.save(out)
    return out


def _geometry_wins(path: Path, rule: str) -> None:
    found = analyse_document(path)
    rejected = _events(found.trace, rule, REJECT)
    assert rejected and rejected[0].page == 1, [e.rule for e in found.trace if e.page == 1]
    assert _winners(found.trace)[0] in ("ruled", "unruled")
    assert _same_risks(found.report.to_dict()["risks"], _expected(ZEBRA)["risks"])


def test_partial_tags_lose_to_geometry(tmp_path: Path) -> None:
    """This test ensures that a tag tree missing two rows of the table (their text in no
    tagged cell) is rejected with the rule that says so, and the geometry's table, which
    reads every row, is the one kept."""

    def drop_rows(rows: pikepdf.Array) -> None:
        del rows[3:5]

    _geometry_wins(_retagged(tmp_path, drop_rows), "tags.untagged_text")


def test_cells_tagged_in_the_wrong_column_lose_to_geometry(tmp_path: Path) -> None:
    """This test ensures that a row whose cells are tagged out of order (the risk text
    counted in the probability's column) is rejected because the columns' cells overlap,
    and the geometry's table is kept."""

    def swap_cells(rows: pikepdf.Array) -> None:
        cells = rows[2].K
        first, second = cells[1], cells[2]
        cells[1], cells[2] = second, first

    _geometry_wins(_retagged(tmp_path, swap_cells), "tags.columns_overlap")


@pytest.fixture(scope="module")
def zebra_page():
    with open_document(SAMPLES / f"{ZEBRA}.pdf", read_tags=True) as document:
        page = document.page(1)
    assert page is not None and page.tagged_cells
    return page


def _site(page) -> Site:
    """The header site of the page's tagged table (the line holding its header cells)."""
    lines = group_lines(page.words)
    header = {id(w) for c in page.tagged_cells if c.header for w in c.words}
    index = next(
        i
        for i, ln in enumerate(lines)
        if is_header_start(lines, i, settings=DEFAULT_SETTINGS)
        and any(id(w) in header for w in ln.words)
    )
    return Site(page, lines, index, None)


def test_the_tagged_page_gives_the_tags_candidate(zebra_page) -> None:
    """This test ensures that the page as tagged passes every check (the control for the
    re-tagged page below)."""
    trace = Trace()
    found = find_tagged(
        _site(zebra_page), Context(lambda ls: " ".join(ls), DEFAULT_SETTINGS, trace)
    )
    assert len(found) == 1 and not [e for e in trace if e.verdict == REJECT]


def test_a_table_tagged_one_row_per_line_is_rejected(zebra_page) -> None:
    """This test ensures that tags making every printed line of the body a row of its own
    (each cell cut at its line ends) are rejected by the rule that names it."""
    header = [c for c in zebra_page.tagged_cells if c.header]
    body = [c for c in zebra_page.tagged_cells if not c.header]
    lines = group_lines(w for c in body for w in c.words)
    row_of = {id(w): k + 1 for k, ln in enumerate(lines) for w in ln.words}
    per_line: list[TaggedCell] = list(header)
    for cell in body:
        rows: dict[int, list] = {}
        for w in cell.words:
            rows.setdefault(row_of[id(w)], []).append(w)
        per_line += [
            dataclasses.replace(cell, row=r, rowspan=1, words=tuple(ws)) for r, ws in rows.items()
        ]
    page = dataclasses.replace(zebra_page, tagged_cells=tuple(per_line))
    trace = Trace()
    found = find_tagged(_site(page), Context(lambda ls: " ".join(ls), DEFAULT_SETTINGS, trace))
    assert found == []
    assert _events(trace, "tags.row_per_line", REJECT)


def test_a_table_whose_header_is_not_repeated_goes_on_between_its_rules() -> None:
    """This test ensures that a Word table whose header row is not repeated goes on at the
    top of the next page, whose first body row holds header words ("Risk att ...") but
    heads no table, and that its rows are read between the rules drawn there though the
    table was read from its tags on the page before."""
    pdf = SAMPLES / "pending" / "word10" / "skasdn2024_header_row_not_repeated.pdf"
    found = analyse_document(pdf)
    assert any(e.rule == "continue" and e.page == 2 for e in found.trace.events)
    on_two = [r for r in found.report.risks if r.pages == (2,)]
    assert len(on_two) == 7 and all(r.controls and r.comment for r in on_two)


def test_a_banded_table_goes_on_over_an_unfilled_row() -> None:
    """This test ensures that a table banded by its rows' shading (Word's List Table style:
    column edges drawn only by the filled rows) keeps its rows past an unfilled row."""
    pdf = SAMPLES / "pending" / "word10" / "ten2025_bulleted_lists_in_comment_cells.pdf"
    report = analyse_document(pdf).report
    assert len([r for r in report.risks if 2 in r.pages]) == 3
