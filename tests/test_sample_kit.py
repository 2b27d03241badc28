"""The sample kit (samples/build/producers/*_report.py, chromium_docs.py, calc_workbook.py):
the spec -> expected JSON logic, deterministic source generation, and one kit for every
pending set (no set carries a copy of it).

Pure Python: none of LibreOffice, Chromium, pdfLaTeX, Ghostscript or OCR is run; the kit's
document side (specs -> flat ODT / ODS / HTML text, expected records) needs none of them.
The built PDFs and expected JSON are committed; rebuilding them is what samples/README.md
describes.
"""

from __future__ import annotations

import ast
import functools
import re
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "samples" / "build"
PENDING = ROOT / "samples" / "pending"
for _p in (BUILD / "producers", BUILD):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

import word_report  # noqa: E402  (the word sets import it as a top-level module)
from holdout_model import Col, Doc, P, Page, Table  # noqa: E402
from producers import calc_report, chromium_docs, scan_report  # noqa: E402
from producers.calc import Cell, CellStyle, Row, Sheet  # noqa: E402

#: the shared kit: every pending set's build.py imports one of these
KIT_MODULES = {
    "word_report": BUILD / "producers" / "word_report.py",
    "calc_report": BUILD / "producers" / "calc_report.py",
    "calc_workbook": BUILD / "producers" / "calc_workbook.py",
    "scan_report": BUILD / "producers" / "scan_report.py",
    "chromium": BUILD / "producers" / "chromium.py",
    "chromium_docs": BUILD / "producers" / "chromium_docs.py",
    "tagged_writer": BUILD / "producers" / "tagged_writer.py",
}
#: what a document module defines by the sets' protocol, under names the kit uses too
DOCUMENT_PROTOCOL = {"expected", "html", "cells", "report", "build"}


# ---------------------------------------------------------------------------------------------
# spec -> expected record


def _sheet(rows: list) -> Sheet:
    styles = {"body": CellStyle(), "head": CellStyle(bold=True)}
    head = Row([Cell(h, "head") for h in ("Process", "Risk", "Riskvärde", "Följer plan")], "header")
    return Sheet("t2024_kit", "Risker", [3.0, 6.0, 2.0, 2.0], styles, [head, *rows], (0, 1))


def _calc_report(rows: list, **kw) -> calc_report.Report:
    return calc_report.Report(
        _sheet(rows),
        "Tekniska nämnden",
        2024,
        "helår",
        "Uppföljning av internkontrollplan 2024",
        12,
        3,
        [
            ("Process", "process"),
            ("Risk", "risk"),
            ("Riskvärde", "risk_value"),
            ("Följer plan", "follows_plan"),
        ],
        **kw,
    )


def test_calc_spec_gives_the_expected_record(tmp_path: Path) -> None:
    """Words stand whole (the typesetter's line-end hyphens are not in the source), real
    hyphens are kept, paragraphs collapse to one line, a process spanning two rows is carried
    down, "3 x 4 = 12" is read as probability, consequence and value, and Calc's status
    wordings map to Ja / Delvis."""
    rows = [
        Row(
            [
                Cell("IT-säkerhet", rows=2),
                Cell(["Risk att Kompetensförsörjningen", "brister."]),
                Cell("3 x 4 = 12"),
                Cell("Genomförd"),
            ]
        ),
        Row([Cell("Risk att behörigheter  inte tas bort."), Cell("6"), Cell("Delvis genomförd")]),
    ]
    rep = _calc_report(rows)
    pdf = tmp_path / "t2024_kit.pdf"
    pdf.write_bytes(b"%PDF-1.7 not a real one")
    measured = SimpleNamespace(pages=1, cell_pages={(1, 1): 1, (2, 1): 1, (1, 0): 1})
    exp = calc_report.expected(rep, measured, pdf)
    first, second = exp["risks"]
    assert first["process"] == second["process"] == "IT-säkerhet"
    assert first["risk"] == "Risk att Kompetensförsörjningen brister."
    assert (first["probability"], first["consequence"], first["risk_value"]) == (3, 4, 12)
    assert first["follows_plan"] == "Ja" and second["follows_plan"] == "Delvis"
    assert second["risk"] == "Risk att behörigheter inte tas bort."
    assert second["risk_value"] == 6 and second["probability"] is None
    assert [r["pages"] for r in exp["risks"]] == [[1], [1]]
    assert exp["columns"] == [
        {"header": "Process", "field": "process"},
        {"header": "Risk", "field": "risk"},
        {"header": "Riskvärde", "field": "risk_value"},
        {"header": "Följer plan", "field": "follows_plan"},
    ]
    assert exp["report"]["risks_critical"] == 3 and exp["source"]["pages"] == 1


def test_calc_row_measurement_gives_the_row_page(tmp_path: Path) -> None:
    """calc1's measurement (``calc.build``) names a page per sheet row; the record takes it."""
    rep = _calc_report(
        [
            Row(
                [
                    Cell("Ekonomi"),
                    Cell("Risk att fakturor betalas två gånger."),
                    Cell("4"),
                    Cell("Ja"),
                ]
            )
        ]
    )
    pdf = tmp_path / "t2024_kit.pdf"
    pdf.write_bytes(b"x")
    exp = calc_report.expected(rep, SimpleNamespace(pages=2, row_page={1: 2}), pdf)
    assert exp["risks"][0]["pages"] == [2]


def test_calc_a_merged_cell_other_than_the_process_is_refused(tmp_path: Path) -> None:
    """Only a process cell may span risks (it is carried down); a risk cell spanning two risk
    rows has no one record to go to."""
    pdf = tmp_path / "t2024_kit.pdf"
    pdf.write_bytes(b"x")
    merged = _calc_report(
        [
            Row([Cell("Ekonomi"), Cell("Risk.", rows=2), Cell("4"), Cell("Ja")]),
            Row([Cell("Lön"), Cell("2"), Cell("Nej")]),
        ]
    )
    with pytest.raises(ValueError, match="merged non-process cell"):
        calc_report.expected(merged, SimpleNamespace(pages=1, cell_pages={(1, 1): 1}), pdf)


def test_calc_status_words_and_values_with_a_scale_word(tmp_path: Path) -> None:
    """A follow-up column of status words (calc5: "Klar", "Ej påbörjad"), a cancelled control
    ("Utgår", calc6) and a risk value printed with its scale's word ("9 (medel)", calc6) are
    read from the kit's own maps; the column keeps its field."""
    rows = [
        Row([Cell("Ekonomi"), Cell("Risk att attest saknas."), Cell("9 (medel)"), Cell("Klar")]),
        Row([Cell("Lön"), Cell("Risk att lön betalas fel."), Cell("12 (hög)"), Cell("Utgår")]),
        Row([Cell("IT"), Cell("Risk att larm uteblir."), Cell("4"), Cell("Ej påbörjad")]),
    ]
    pdf = tmp_path / "t2024_kit.pdf"
    pdf.write_bytes(b"x")
    cells = {(r, c): 1 for r in (1, 2, 3) for c in range(4)}
    exp = calc_report.expected(_calc_report(rows), SimpleNamespace(pages=1, cell_pages=cells), pdf)
    assert [r["risk_value"] for r in exp["risks"]] == [9, 12, 4]
    assert [r["follows_plan"] for r in exp["risks"]] == ["Ja", None, None]
    assert all(r["extra"] == {} for r in exp["risks"])
    assert exp["columns"][3] == {"header": "Följer plan", "field": "follows_plan"}
    with pytest.raises(ValueError):
        calc_report.expected(
            _calc_report([Row([Cell("IT"), Cell("Risk."), Cell("9 medel"), Cell("Ja")])]),
            SimpleNamespace(pages=1, cell_pages=cells),
            pdf,
        )


def test_word_spec_gives_the_expected_json() -> None:
    """The records are the spec's (only pages measured); the title's line breaks collapse,
    and a row naming a record that was not written is refused."""
    doc = _word_doc()
    exp = word_report.expected_json(doc, "w.pdf", "0" * 64, 2, {1: {1}, 2: {1, 2}})
    assert [r["seq"] for r in exp["risks"]] == [1, 2]
    assert exp["risks"][1]["pages"] == [1, 2]
    assert exp["risks"][0]["risk"] == "Risk att IT-stödet inte uppdateras."
    assert exp["risks"][0]["follows_plan"] == "Delvis" and exp["risks"][0]["extra"] == {"Nr": "1"}
    assert exp["report"]["title"] == "Uppföljning av intern kontroll 2024"
    assert exp["columns"] == doc.columns
    with pytest.raises(SystemExit):
        word_report.expected_json(doc, "w.pdf", "0" * 64, 2, {1: {1}, 2: {1}, 3: {2}})


def test_chromium_record_has_no_soft_hyphens_but_the_html_has() -> None:
    """The HTML gets soft hyphens (the browser breaks words there); the expected record keeps
    the words whole and the real hyphens."""
    text = "Risk att kompetensförsörjningen inom IT-avdelningen brister."
    rec = chromium_docs.record("Personal", text, follows_plan="Nej", extra={"Nr": " 4 "})
    assert rec["risk"] == text and "\u00ad" not in rec["risk"]
    assert rec["extra"] == {"Nr": "4"}
    assert "\u00ad" in chromium_docs.esc(text)
    assert chromium_docs.esc(text).replace("\u00ad", "") == text
    with pytest.raises(AssertionError):
        chromium_docs.record("Personal", text, follows_plan="Genomförd")


def test_scan_readers_map_status_words_and_combined_values() -> None:
    col = SimpleNamespace
    rec = {"extra": {}, "follows_plan": None, "label": None}
    scan_report.put_status(rec, col(field="follows_plan", header="Status"), "Delvis uppfyllt")
    assert rec["follows_plan"] == "Delvis"
    scan_report.put_values(rec, col(field="risk_value", header="Risk"), "12 (S 3 × K 4)")
    assert (rec["probability"], rec["consequence"], rec["risk_value"]) == (3, 4, 12)
    with pytest.raises(AssertionError):
        scan_report.put_values(rec, col(field="risk_value", header="Risk"), "S3/K4 = 13")
    scan_report.put_status(rec, col(field="follows_plan", header="Status"), "Utgår")
    assert rec["follows_plan"] is None  # a cancelled control (scan6) says neither


# ---------------------------------------------------------------------------------------------
# deterministic source generation


def _word_doc() -> word_report.ReportDoc:
    rows = [
        (
            1,
            [
                word_report.C("1"),
                word_report.C("Risk att IT-stödet inte uppdateras."),
                word_report.C("Delvis", fill="#FFC000"),
            ],
        ),
        (
            2,
            [
                word_report.C("2"),
                word_report.C(["Risk att", "behörigheter ligger kvar."]),
                word_report.C("Ja"),
            ],
        ),
    ]
    grid = word_report.Grid("Risker", [1.0, 9.0, 3.0], [["Nr", "Risk", "Följer plan"]], rows)
    return word_report.ReportDoc(
        name="w2024_kit",
        blocks=[P("Uppföljning av\nintern kontroll 2024", "Title"), grid],
        page=Page(21.0, 29.7, 2.5, 2.5, 2.0, 2.0),
        organ="Kommunstyrelsen",
        title="Uppföljning av\nintern kontroll 2024",
        columns=[
            {"header": "Nr", "field": None},
            {"header": "Risk", "field": "risk"},
            {"header": "Följer plan", "field": "follows_plan"},
        ],
        records=[
            word_report.rec(
                risk="Risk att IT-stödet inte uppdateras.", follows_plan="Delvis", extra={"Nr": "1"}
            ),
            word_report.rec(
                risk="Risk att behörigheter ligger kvar.", follows_plan="Ja", extra={"Nr": "2"}
            ),
        ],
        grids=("Risker",),
    )


def test_word_source_is_the_same_bytes_every_time() -> None:
    first, w = word_report.render_fodt(_word_doc())
    again, _ = word_report.render_fodt(_word_doc())
    assert first == again
    assert w.table_names == ["Risker"] and w.owners["Risker"] == [1, 2]
    assert w.row_text["Risker"][1] == "2 Risk att behörigheter ligger kvar. Ja"
    assert "Liberation Sans Narrow" in first and "xmlns:draw=" not in first
    simple, _ = word_report.render_fodt(_word_doc(), word_report.SimpleGridWriter)
    assert "xmlns:draw=" in simple and "Liberation Sans Narrow" not in simple


def test_calc_source_is_the_same_bytes_and_carries_notes_and_turned_headers() -> None:
    def rep() -> calc_report.Report:
        r = _calc_report(
            [
                Row(
                    [
                        Cell("Ekonomi"),
                        Cell("Risk att fakturor betalas två gånger."),
                        Cell("4"),
                        Cell("Ja"),
                    ]
                )
            ],
            notes={(1, 1): "Kontrollerad i mars."},
            rotated=("head",),
            print_extra="annotations",
        )
        return r

    first, again = calc_report.fods_text(rep(), {}), calc_report.fods_text(rep(), {1: 1.2})
    assert first == calc_report.fods_text(rep(), {})
    assert first != again  # a raised row is written
    assert "<dc:date>2025-01-20T09:00:00</dc:date>" in first  # a fixed note date
    assert 'style:rotation-angle="90"' in first
    assert 'style:print="annotations ' in first


def test_scan_source_is_the_same_bytes_and_fills_only_filled_cells() -> None:
    def doc() -> Doc:
        cols = [Col("r", "Risk", 9.0, "risk"), Col("f", "Följer plan", 3.0, "follows_plan")]
        rows = [
            {"r": "Risk att avtal saknas.", "f": scan_report.Filled("", scan_report.GREEN)},
            {"r": "Risk att attest saknas.", "f": "Nej"},
        ]
        return Doc(
            "s2024_kit",
            [
                P("Uppföljning", "Title"),
                Table("Risker", cols, rows),
                scan_report.Matrix(
                    [("Hög", ["1", "2"])], [["#ff0000", "#00b050"]], ["1", "2"], "S", "K"
                ),
            ],
        )

    first = scan_report.build_fodt(doc())
    assert first == scan_report.build_fodt(doc())
    assert first.count('fo:background-color="#00b050"') == 2  # the filled cell, the matrix's
    assert "Riskmatris" in first
    assert [r["follows_plan"] for r in scan_report.fill_records(doc().blocks[1])] == ["Ja", "Nej"]


def test_scan_source_fills_a_shaded_row_only() -> None:
    """A body row marked ``SHADE`` (scan6) gets copies of its cells' styles with the fill;
    the other rows keep theirs, and a document without one is written as before."""
    cols = [Col("r", "Risk", 9.0, "risk"), Col("f", "Följer plan", 3.0, "follows_plan")]

    def doc(shade: bool) -> Doc:
        rows = [
            {"r": "Risk att avtal saknas.", "f": "Ja"},
            {"r": "Risk att attest saknas.", "f": "Utgår"},
        ]
        if shade:
            rows[1][scan_report.SHADE] = "#d0cece"
        return Doc("s2024_kit", [P("Uppföljning", "Title"), Table("Risker", cols, rows)])

    plain, shaded = scan_report.build_fodt(doc(False)), scan_report.build_fodt(doc(True))
    assert plain == scan_report.PaperWriter(doc(False)).render()
    assert "#d0cece" not in plain and shaded.count('fo:background-color="#d0cece"') == 1
    body = shaded.split("</table:table-header-rows>", 1)[1].split("</table:table>", 1)[0]
    first, second = body.split("<table:table-row ")[1:]
    assert "S0" not in first and 'S0"' in second
    assert [r["follows_plan"] for r in scan_report.status_records(doc(True).blocks[1])] == [
        "Ja",
        None,
    ]


def test_chromium_streams_lay_columns_side_by_side() -> None:
    cols = [("Process", "process", 20, "left"), ("Risk", "risk", 35.5, "left")]
    s = chromium_docs.streams(cols, 12, "#000000")
    assert (s[0]["x0_mm"], s[0]["x1_mm"], s[1]["x0_mm"], s[1]["x1_mm"]) == (12, 32, 32, 67.5)
    html = chromium_docs.table(cols, [["IT", "Risk att\n\nlarm uteblir."]])
    assert html == chromium_docs.table(cols, [["IT", "Risk att\n\nlarm uteblir."]])
    assert "<p>Risk att</p><p>larm uteblir.</p>" in html


# ---------------------------------------------------------------------------------------------
# one kit


def _sets() -> list[Path]:
    return sorted(p.parent for p in PENDING.glob("*/build.py"))


@functools.cache
def _defined(path: Path) -> set[tuple]:
    """The module's top-level classes (by name) and functions (by name and parameter names:
    a copy keeps them; a document's own function of the same name has others)."""
    out: set[tuple] = set()
    for n in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(n, ast.ClassDef):
            out.add((n.name, "class"))
        elif isinstance(n, ast.FunctionDef):
            a = n.args
            out.add((n.name, tuple(x.arg for x in [*a.posonlyargs, *a.args, *a.kwonlyargs])))
    return out


def _imported(path: Path) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return out


def test_the_pending_sets_are_found() -> None:
    names = {p.name for p in _sets()}
    assert {"word2", "word5", "calc4", "scan4", "chromium5"} <= names


@pytest.mark.parametrize("folder", _sets(), ids=lambda p: p.name)
def test_a_set_builds_with_the_shared_kit_only(folder: Path) -> None:
    """Its build.py imports a shared kit module and nothing from its own src/, and no module
    in src/ defines one of the kit's functions or classes again (a copied kit)."""
    own = {p.stem for p in (folder / "src").glob("*.py")}
    imported = _imported(folder / "build.py")
    kit = {m.rsplit(".", 1)[-1] for m in imported} & set(KIT_MODULES)
    assert kit, f"{folder.name}/build.py imports none of the shared kit"
    from_src = {m.split(".")[0] for m in imported} & own
    assert all(re.match(r"(docs?|r\d+)_", m) for m in from_src), (
        f"{folder.name}/build.py imports {sorted(from_src)} from its src/, not documents"
    )
    kit_defs = set().union(*(_defined(p) for p in KIT_MODULES.values()))
    kit_defs = {d for d in kit_defs if d[0] not in DOCUMENT_PROTOCOL}
    for module in sorted((folder / "src").glob("*.py")):
        again = sorted(d[0] for d in _defined(module) & kit_defs)
        assert not again, f"{module.relative_to(ROOT)} defines the kit's {again} again"
