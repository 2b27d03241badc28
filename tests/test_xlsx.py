"""Excel output: the risks workbook of `extract --format xlsx` and the comparison workbook.

The workbooks are opened with openpyxl and checked as an auditor would meet them: sheet
names, Swedish headers, values exactly as extracted, and the highlighted changes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SAMPLES, extracted
from openpyxl import load_workbook
from openpyxl.cell.rich_text import CellRichText

from icp_extract.cli import main
from icp_extract.compare import compare
from icp_extract.export.comparison import write_comparison
from icp_extract.export.xlsx import FILLS, write_xlsx
from icp_extract.model import Report

RISK_HEADERS = [
    "Löpnr", "Process", "Sammanhang", "Märkning", "Risk", "Riskvärde", "Sannolikhet", "Konsekvens",
    "Befintliga kontroller", "Hantering", "Följer plan", "Kommentar", "Sidor", "Källa", "Granska",
]  # fmt: skip
YEARPAIR = SAMPLES / "yearpair"


def _row(ws, n: int) -> list:
    return [c.value for c in ws[n]]


def _fill(cell) -> str | None:
    """The ARGB colour of a solid fill, None for no fill."""
    if cell.fill is None or cell.fill.fill_type != "solid":
        return None
    return cell.fill.fgColor.rgb


def test_extract_format_xlsx_writes_only_what_is_asked(tmp_path: Path) -> None:
    """This test ensures that --format picks the files: xlsx alone writes only the workbook,
    the default still writes JSON and CSV, and an unknown format is a usage error."""
    pdf = str(YEARPAIR / "sn2023_yearpair.pdf")
    result = CliRunner().invoke(
        main, ["extract", pdf, "-o", str(tmp_path / "x"), "--format", "xlsx"]
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "x").iterdir()) == ["sn2023_yearpair.xlsx"]
    result = CliRunner().invoke(main, ["extract", pdf, "-o", str(tmp_path / "d"), "-q"])
    assert sorted(p.suffix for p in (tmp_path / "d").iterdir()) == [".csv", ".json"]
    result = CliRunner().invoke(
        main,
        ["extract", pdf, "-o", str(tmp_path / "a"), "--format", "json,xlsx", "--format", "csv"],
    )
    assert sorted(p.suffix for p in (tmp_path / "a").iterdir()) == [".csv", ".json", ".xlsx"]
    result = CliRunner().invoke(main, ["extract", pdf, "-o", str(tmp_path), "--format", "pdf"])
    assert result.exit_code == 2


def test_risks_sheet(tmp_path: Path) -> None:
    """This test ensures that the "Risker" sheet has the Swedish headers in order, one row per
    risk with the values exactly as extracted (numbers as numbers), wrapped text, a frozen
    header row, an autofilter over the table and wide columns for long texts."""
    report = extracted("yearpair/sn2023_yearpair")
    path = tmp_path / "r.xlsx"
    write_xlsx(report, path)
    wb = load_workbook(path)
    assert wb.sheetnames == ["Risker", "Rapporter"]
    ws = wb["Risker"]
    assert _row(ws, 1) == RISK_HEADERS
    assert ws.max_row == 1 + len(report.risks)
    for n, risk in enumerate(report.risks, start=2):
        row = dict(zip(RISK_HEADERS, _row(ws, n), strict=True))
        assert row["Löpnr"] == risk.seq and isinstance(row["Löpnr"], int)
        assert row["Process"] == risk.process
        assert row["Risk"] == risk.risk
        assert row["Riskvärde"] == risk.risk_value and isinstance(row["Riskvärde"], int)
        assert row["Befintliga kontroller"] == risk.controls
        assert row["Följer plan"] == risk.follows_plan
        assert row["Kommentar"] == risk.comment
        assert row["Sammanhang"] is None and row["Sannolikhet"] is None
        assert row["Sidor"] == ", ".join(map(str, risk.pages))
        assert row["Källa"] == "sn2023_yearpair.pdf"
        assert row["Granska"] is None  # nothing to review on this sample
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:O{ws.max_row}"
    assert ws["E2"].alignment.wrap_text and ws["L2"].alignment.vertical == "top"
    assert ws["A1"].font.bold
    widths = {c: ws.column_dimensions[c].width for c in "BEFL"}
    assert widths["L"] > widths["E"] > widths["B"] > widths["F"]


def test_reports_sheet_and_many_documents(tmp_path: Path) -> None:
    """This test ensures that a workbook of several reports has all their risks on "Risker"
    (told apart by Källa), one "Rapporter" row per document, and the extra columns of a
    report between Kommentar and Sidor."""
    reports = [extracted("yearpair/sn2022_yearpair"), extracted("bun2024_extra_columns")]
    path = tmp_path / "many.xlsx"
    write_xlsx(reports, path)
    wb = load_workbook(path)
    ws = wb["Risker"]
    headers = _row(ws, 1)
    extras = [h for r in reports[1].risks for h in r.extra]
    assert extras, "the sample should have extra columns"
    assert headers[:12] == RISK_HEADERS[:12] and headers[-3:] == ["Sidor", "Källa", "Granska"]
    assert set(headers[12:-3]) == set(extras)
    sources = [ws.cell(row=n, column=len(headers) - 1).value for n in range(2, ws.max_row + 1)]
    assert sources == [r.source.file for r in reports for _ in r.risks]
    rs = wb["Rapporter"]
    assert _row(rs, 1)[:3] == ["Källa", "Nämnd", "År"]
    assert rs.max_row == 3
    for n, report in enumerate(reports, start=2):
        row = dict(zip(_row(rs, 1), _row(rs, n), strict=True))
        assert row["Källa"] == report.source.file
        assert row["Nämnd"] == report.report.organ and row["År"] == report.report.year
        assert row["Utdragna risker"] == len(report.risks)
        assert row["SHA-256"] == report.source.sha256


def test_text_starting_with_equals_stays_text(tmp_path: Path) -> None:
    """This test ensures that a cell text beginning with "=" is stored as text, not turned
    into a formula that Excel would evaluate."""
    import dataclasses

    report = extracted("yearpair/sn2023_yearpair")
    risk = dataclasses.replace(report.risks[0], comment="=SUMMA(A1:A3) är inte en formel")
    path = tmp_path / "eq.xlsx"
    write_xlsx(dataclasses.replace(report, risks=(risk,)), path)
    cell = load_workbook(path)["Risker"]["L2"]
    assert cell.value == "=SUMMA(A1:A3) är inte en formel" and cell.data_type == "s"


def test_excel_sv_csv(tmp_path: Path) -> None:
    """This test ensures that --excel-sv still writes CSV for Swedish Excel: UTF-8 with a
    byte order mark, semicolons and the workbook's Swedish headers."""
    pdf = str(YEARPAIR / "sn2023_yearpair.pdf")
    result = CliRunner().invoke(main, ["extract", pdf, "-o", str(tmp_path), "--excel-sv", "-q"])
    assert result.exit_code == 0, result.output
    data = (tmp_path / "sn2023_yearpair.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").startswith("Löpnr;Process;")


# -- the comparison workbook ---------------------------------------------------------------


@pytest.fixture(scope="module")
def comparison_book(tmp_path_factory):
    reports = [Report.from_json(YEARPAIR / f"sn{y}_yearpair.expected.json") for y in (2022, 2023)]
    out = tmp_path_factory.mktemp("cmp")
    write_comparison(reports, compare(reports), out)
    return load_workbook(out / "compare.xlsx", rich_text=True), reports


def _block(ws, year: int) -> dict[str, int]:
    """Column numbers of a year's block, by header."""
    headers = _row(ws, 2)
    first = headers.index(f"Löpnr {year}")
    out = {"Löpnr": first + 1}
    for i in range(first + 1, len(headers)):
        if headers[i] is None or str(headers[i]).startswith("Löpnr"):
            break
        out[headers[i]] = i + 1
    return out


def test_comparison_sheets_and_blocks(comparison_book) -> None:
    """This test ensures that compare.xlsx has the comparison, the summary and the word
    changes, one block of columns per year under a title naming nämnd, year and file, and
    a row per risk that puts each risk beside its match."""
    wb, reports = comparison_book
    assert wb.sheetnames == ["Jämförelse", "Sammanfattning", "Ordändringar"]
    ws = wb["Jämförelse"]
    titles = [c.value for c in ws[1] if c.value]
    assert titles == [
        "Jämförelse",
        "Socialnämnden 2022 (sn2022_yearpair.pdf)",
        "Socialnämnden 2023 (sn2023_yearpair.pdf)",
    ]
    assert _row(ws, 2)[:2] == ["Status 2022→2023", "Ändringar 2022→2023"]
    a, b = _block(ws, 2022), _block(ws, 2023)
    assert list(a)[:3] == ["Löpnr", "Process", "Risk"] and list(a) == list(b)
    assert "Sammanhang" not in a, "columns empty in every year are left out"
    pairs = [
        (ws.cell(row=n, column=a["Löpnr"]).value, ws.cell(row=n, column=b["Löpnr"]).value,
         ws.cell(row=n, column=1).value)
        for n in range(3, ws.max_row + 1)
    ]  # fmt: skip
    assert pairs == [
        (1, 1, "Oförändrad"),
        (2, 2, "Ändrad"),
        (3, None, "Borttagen"),
        (4, 3, "Ändrad"),
        (None, 4, "Tillkommen"),
        (5, 5, "Ändrad"),
        (6, 6, "Oförändrad"),
    ]
    for n in range(3, ws.max_row + 1):
        for block, report in ((a, reports[0]), (b, reports[1])):
            seq = ws.cell(row=n, column=block["Löpnr"]).value
            if seq is not None:
                risk = report.risks[seq - 1]
                assert ws.cell(row=n, column=block["Risk"]).value == risk.risk
                assert ws.cell(row=n, column=block["Riskvärde"]).value == risk.risk_value
    assert ws.freeze_panes == "D3"
    assert ws.auto_filter.ref == f"A2:{ws.cell(row=2, column=ws.max_column).column_letter}9"


def test_comparison_highlights_changes(comparison_book) -> None:
    """This test ensures that changes are highlighted where they are: the raised risk value
    red, a changed follows-plan, comment and risk text yellow (with the earlier value in a
    note), an added risk blue, a removed one grey, and unchanged cells not at all."""
    wb, _ = comparison_book
    ws = wb["Jämförelse"]
    a, b = _block(ws, 2022), _block(ws, 2023)

    def cell(row: int, block: dict, header: str):
        return ws.cell(row=row, column=block[header])

    assert _fill(cell(4, b, "Riskvärde")) == FILLS["up"].fgColor.rgb
    assert cell(4, b, "Riskvärde").comment.text.startswith("2022: 9")
    assert _fill(cell(4, a, "Riskvärde")) is None
    assert ws.cell(row=4, column=2).value == "Riskvärde ↑ (9→12)"
    assert _fill(cell(6, b, "Följer plan")) == FILLS["changed"].fgColor.rgb
    assert _fill(cell(6, b, "Kommentar")) == FILLS["changed"].fgColor.rgb
    assert cell(6, b, "Följer plan").comment.text.startswith("2022: Ja")
    assert _fill(cell(6, b, "Risk")) is None
    assert _fill(cell(8, b, "Risk")) == FILLS["changed"].fgColor.rgb
    assert _fill(cell(5, a, "Risk")) == FILLS["removed"].fgColor.rgb
    assert _fill(cell(7, b, "Risk")) == FILLS["added"].fgColor.rgb
    assert ws.cell(row=5, column=1).value == "Borttagen"
    assert ws.cell(row=7, column=1).value == "Tillkommen"
    for row in (3, 9):  # unchanged risks
        for block in (a, b):
            assert all(_fill(cell(row, block, h)) is None for h in block)


def test_comparison_summary_counts(comparison_book) -> None:
    """This test ensures that the summary sheet counts what the year pair's spec says."""
    ws = comparison_book[0]["Sammanfattning"]
    row = dict(zip(_row(ws, 1), _row(ws, 2), strict=True))
    assert row["Oförändrade"] == 2 and row["Ändrade"] == 3
    assert row["Tillkomna"] == 1 and row["Borttagna"] == 1
    assert row["Riskvärde upp"] == 1 and row["Riskvärde ned"] == 0
    assert row["Följer plan ändrad"] == 1 and row["Risktext ändrad"] == 1
    assert ws.max_row == 2


def test_comparison_word_changes(comparison_book) -> None:
    """This test ensures that each changed text is listed with a word-level diff in rich
    text: removed words struck through, added words underlined."""
    ws = comparison_book[0]["Ordändringar"]
    headers = _row(ws, 1)
    rows = [dict(zip(headers, _row(ws, n), strict=True)) for n in range(2, ws.max_row + 1)]
    assert [(r["Löpnr från"], r["Löpnr till"], r["Fält"]) for r in rows] == [
        (4, 3, "Kommentar"),
        (5, 5, "Risk"),
    ]
    rich = rows[1]["Ändring ord för ord"]
    assert isinstance(rich, CellRichText)
    struck = [b.text for b in rich if not isinstance(b, str) and b.font.strike]
    underlined = [b.text for b in rich if not isinstance(b, str) and b.font.u]
    assert struck == ["felaktig läkemedelshantering,", "signeringslistor"]
    assert underlined == ["brister i läkemedelshanteringen,", "signeringslistorna"]


def test_three_years_share_rows(tmp_path: Path) -> None:
    """This test ensures that with three inputs each risk keeps one row across all years and
    the status columns come once per consecutive pair."""
    a, b = (Report.from_json(YEARPAIR / f"sn{y}_yearpair.expected.json") for y in (2022, 2023))
    write_comparison([a, b, a], compare([a, b, a]), tmp_path)
    ws = load_workbook(tmp_path / "compare.xlsx")["Jämförelse"]
    assert _row(ws, 2)[:4] == [
        "Status 2022→2023", "Ändringar 2022→2023", "Status 2023→2022", "Ändringar 2023→2022"
    ]  # fmt: skip
    seq_cols = [i + 1 for i, h in enumerate(_row(ws, 2)) if str(h).startswith("Löpnr")]
    rows = [
        tuple(ws.cell(row=n, column=c).value for c in seq_cols) for n in range(3, ws.max_row + 1)
    ]
    assert rows == [
        (1, 1, 1), (2, 2, 2), (3, None, None), (None, None, 3), (4, 3, 4), (None, 4, None),
        (5, 5, 5), (6, 6, 6),
    ]  # fmt: skip
    data = json.loads((tmp_path / "compare.json").read_text("utf-8"))
    assert isinstance(data, list) and len(data) == 2


def test_batch_format_xlsx_writes_one_workbook_of_every_report(tmp_path: Path) -> None:
    """This test ensures that `batch --format xlsx` writes OUTPUT/risks.xlsx with a Risker row
    per risk and a Rapporter row per report of the run."""
    pdfs = [SAMPLES / "ks2023_replica_ruled.pdf", SAMPLES / "mbn2024_unruled_no_counts.pdf"]
    out = tmp_path / "out"
    args = ["batch", *map(str, pdfs), "-o", str(out), "--format", "xlsx", "-q", "-j", "1"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    book = load_workbook(out / "risks.xlsx")
    assert book["Risker"].max_row == 1 + 8 + 4
    assert book["Rapporter"].max_row == 1 + 2
