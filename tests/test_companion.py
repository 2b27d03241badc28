"""Comments in a table of their own after the risk table, tied to the risks by number.

The PDFs are drawn here, byte by byte: a ruled risk table "Nr | Process | Risk | Riskvärde |
Kontrollmoment" and under it a second ruled table whose rows refer to the risks by Nr, as
chromium3/pnn2024, calc3/son2023 and word3/fsdn2024 print them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from pdfgen import pdf_from_objects

from icp_extract.assemble.companion import key_of
from icp_extract.pipeline import analyse_document

PAGE_HEIGHT = 842
RISK_EDGES = (50, 80, 170, 330, 390, 545)
RISK_HEADER = ("Nr", "Process", "Risk", "Riskvärde", "Kontrollmoment")
RISKS = [
    ("1", "Ekonomi", "Risk att fakturor betalas dubbelt", "9", "Stickprov på tio fakturor"),
    ("2", "Personal", "Risk att bisysslor inte anmäls", "6", "Genomgång av anmälningar"),
    ("3", "Arkiv", "Risk att handlingar inte diarieförs", "8", "Jämförelse med posten"),
    ("4", "IT", "Risk att behörigheter inte tas bort", "12", "Kontroll av konton"),
]
ROW = 24.0


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _grid(edges: Sequence[float], top: float, rows: Sequence[Sequence[str]]) -> list[str]:
    """Drawing operators of a table with a border on every cell, one line of text a cell;
    ``top`` from the top of the page."""
    bottom = top + ROW * len(rows)
    ops = ["0.5 w"]
    for k in range(len(rows) + 1):
        y = PAGE_HEIGHT - (top + ROW * k)
        ops.append(f"{edges[0]} {y} m {edges[-1]} {y} l S")
    for x in edges:
        ops.append(f"{x} {PAGE_HEIGHT - top} m {x} {PAGE_HEIGHT - bottom} l S")
    for k, row in enumerate(rows):
        y = PAGE_HEIGHT - (top + ROW * k + 15)
        for x, text in zip(edges, row, strict=False):
            if text:
                ops.append(f"BT /F1 9 Tf {x + 3} {y} Td ({_escape(text)}) Tj ET")
    return ops


def _text(top: float, text: str, size: int = 11) -> list[str]:
    return [f"BT /F1 {size} Tf 50 {PAGE_HEIGHT - top} Td ({_escape(text)}) Tj ET"]


def _pdf(pages: Sequence[Sequence[str]]) -> bytes:
    """A PDF of A4 pages drawn by the operators given, Helvetica as /F1."""
    n = len(pages)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for i, ops in enumerate(pages):
        data = "\n".join(ops).encode("latin-1")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 {PAGE_HEIGHT}] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>".encode()
        )
        objects.append(f"<< /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream")
    return pdf_from_objects(objects)


def _report(
    tmp_path: Path,
    header: Sequence[str],
    first: Sequence[Sequence[str]],
    rest: Sequence[Sequence[str]] = (),
    *,
    repeat_header: bool = False,
    prefix: str = "",
):
    """The risk table on page 1 and under it the second table: ``first`` rows on page 1,
    ``rest`` at the top of page 2 (under the header again when ``repeat_header``); the
    risks numbered with ``prefix`` ("R1")."""
    key_width = 30 if len(header[0]) <= len("Nr") else 150
    edges = (50, 50 + key_width, 545) if len(header) == 2 else (50, 50 + key_width, 470, 545)
    page1 = _text(60, "Uppföljning av internkontrollplan 2024", 14)
    risks = [(prefix + nr, *rest) for nr, *rest in RISKS]
    page1 += _grid(RISK_EDGES, 120, [RISK_HEADER, *risks])
    page1 += _text(270, "Kommentarer till kontrollerna")
    page1 += _grid(edges, 290, [header, *first])
    page2 = _grid(edges, 60, [header, *rest] if repeat_header else rest) if rest else []
    page2 += _text(300, "Nämnden bedömer att den interna kontrollen är tillräcklig.")
    path = tmp_path / "companion.pdf"
    path.write_bytes(_pdf([page1, page2]))
    return analyse_document(path)


@pytest.mark.parametrize("repeat_header", [False, True])
def test_comments_and_answers_join_their_risks_by_number(
    tmp_path: Path, repeat_header: bool
) -> None:
    """This test ensures that the rows of a second table "Nr | Kommentar | Följer plan" give
    each risk the comment and answer of the row with its number, never the next row in
    order: risk 3 has no row, and the table goes on at the top of the next page (under its
    header again or not); a risk's pages gain the page of its comment."""
    header = ("Nr", "Kommentar", "Följer plan")
    found = _report(
        tmp_path,
        header,
        [("1.", "Inga dubbla betalningar", "Ja"), ("2.", "Två anmälningar saknades", "Delvis")],
        [("4.", "Tre konton var kvar", "Nej")],
        repeat_header=repeat_header,
    )
    risks = found.report.risks
    assert [r.comment for r in risks] == [
        "Inga dubbla betalningar",
        "Två anmälningar saknades",
        None,
        "Tre konton var kvar",
    ]
    assert [r.follows_plan for r in risks] == ["Ja", "Delvis", None, "Nej"]
    assert [r.pages for r in risks] == [(1,), (1,), (1,), (1, 2)]
    assert [(c.header, c.field) for c in found.report.columns] == [
        ("Nr", None),
        ("Process", "process"),
        ("Risk", "risk"),
        ("Riskvärde", "risk_value"),
        ("Kontrollmoment", "controls"),
        ("Kommentar", "comment"),
        ("Följer plan", "follows_plan"),
    ]
    merged = [e for e in found.trace if e.rule == "companion.merge"]
    assert len(merged) == 1 and merged[0].verdict == "accept" and "no row for 3" in merged[0].reason


def test_numbers_pair_with_prefixed_keys_when_they_tell_the_rows_apart(tmp_path: Path) -> None:
    """This test ensures that comments numbered "1", "4" reach the risks keyed "R1", "R4"
    (the numbers alone are unique on both sides)."""
    found = _report(
        tmp_path,
        ("Nr", "Kommentar"),
        [("1", "Inga dubbla betalningar"), ("4", "Tre konton var kvar")],
        prefix="R",
    )
    assert [r.comment for r in found.report.risks] == [
        "Inga dubbla betalningar",
        None,
        None,
        "Tre konton var kvar",
    ]


def test_a_second_table_with_its_own_risk_column_gives_no_comments(tmp_path: Path) -> None:
    """This test ensures that a table after the risk table that names risks of its own
    ("Nr | Risk | Kommentar") is not read as comments on the risks with its numbers."""
    found = _report(
        tmp_path,
        ("Nr", "Risk", "Kommentar"),
        [("1", "Risk att avtal saknas", "Avtal finns"), ("2", "Risk att lån förfaller", "Ok")],
    )
    assert [r.comment for r in found.report.risks] == [None] * 4
    assert "Kommentar" not in [c.header for c in found.report.columns]
    assert not any(e.rule == "companion.merge" for e in found.trace)
    assert any(e.rule == "companion.header" and e.verdict == "reject" for e in found.trace)


def test_a_table_whose_numbers_are_not_the_risks_gives_no_comments(tmp_path: Path) -> None:
    """This test ensures that a "Nr | Kommentar" table whose numbers are not the risk
    table's (here 7 and 8 under risks 1-4) is left alone, and the trace says why."""
    found = _report(
        tmp_path,
        ("Nr", "Kommentar"),
        [("7", "Ett annat ärende"), ("8", "Ännu ett ärende")],
    )
    assert [r.comment for r in found.report.risks] == [None] * 4
    assert all(r.pages == (1,) for r in found.report.risks)
    rejected = [e for e in found.trace if e.rule == "companion.keys"]
    assert len(rejected) == 1 and rejected[0].verdict == "reject"
    assert "7, 8" in rejected[0].reason


def test_a_shared_column_of_text_is_no_key(tmp_path: Path) -> None:
    """This test ensures that a second table sharing a column of long text with the risk
    table ("Kontrollmoment | Kommentar") is not paired by that text, and the trace says
    why."""
    found = _report(
        tmp_path,
        ("Kontrollmoment", "Kommentar"),
        [("Stickprov på tio fakturor", "Inga fel"), ("Kontroll av konton", "Tre fel")],
    )
    assert [r.comment for r in found.report.risks] == [None] * 4
    rejected = [e for e in found.trace if e.rule == "companion.key"]
    assert len(rejected) == 1 and "not keys" in rejected[0].reason


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("1.", "1", True),
        ("R01", "r1", True),
        (" 12 ", "12.", True),
        ("PV-01", "pv-1", True),
        ("1", "11", False),
        ("R1", "R2", False),
    ],
)
def test_keys_compare_without_case_dots_or_leading_zeros(a: str, b: str, same: bool) -> None:
    """This test ensures that "1." in one table is the "1" of the other, and "1" never
    "11"."""
    assert (key_of(a) == key_of(b)) is same
