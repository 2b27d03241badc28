"""Output files that never hurt their reader nor lose a report: CSV cells a spreadsheet would
run are neutralised in every CSV, text stays text in workbooks, no result overwrites another
report's, files get the user's umask, the Swedish Excel dialect, and reading a folder back."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT, SAMPLES, extracted
from openpyxl import load_workbook

import icp_extract
from icp_extract.batch import run_batch
from icp_extract.batch.model import FileResult, Task
from icp_extract.batch.worker import summarize
from icp_extract.cli import main
from icp_extract.export import write_csv, write_outputs
from icp_extract.export.xlsx import write_xlsx
from icp_extract.model import Report

SMALL = "ks2023_replica_ruled"
OTHER = "mbn2024_unruled_no_counts"
#: A risk over a page break, so its pages are "2,3".
PAGE_BREAK = "sn2021_long_comment_pagebreak"

#: Texts a spreadsheet would run, by field; and texts that are merely odd.
HOSTILE = {
    "process": '=HYPERLINK("http://x","y")',
    "risk": "+1+1",
    "controls": "-2+3",
    "handling": "@SUM(1)",
    "comment": "\tflik först",
    "context": "\rvagnretur först",
}
HARMLESS = "<script>alert(1)</script> <img src=x onerror=alert(1)>"
EXTRA_HEADER = "=Ansvarig"


def _hostile(report: Report) -> Report:
    """``report`` with cells that start with every character a spreadsheet runs."""
    first = dataclasses.replace(
        report.risks[0], **HOSTILE, follows_plan=HARMLESS, extra={EXTRA_HEADER: "-1"}
    )
    return dataclasses.replace(report, risks=(first, *report.risks[1:]))


def _cells(text: str, delimiter: str = ",") -> list[list[str]]:
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


def _assert_safe(rows: list[list[str]]) -> None:
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), repr(cell)


def hostile_worker(task: Task) -> FileResult:
    """A batch worker that writes a hostile copy of each report."""
    report = _hostile(icp_extract.extract(task.path))
    write_outputs(report, task.out_dir, task.stem, excel_sv=task.excel_sv)
    return summarize(task, pages=report.source.pages, risks=len(report.risks),
                     warnings=report.warnings, seconds=0.0)  # fmt: skip


# -- CSV formula injection -----------------------------------------------------------------


@pytest.mark.parametrize("excel_sv", [False, True])
def test_extract_csv_neutralises_formulas(tmp_path: Path, excel_sv: bool) -> None:
    """This test ensures that a per-report CSV, in either dialect, puts a ' before every
    cell that starts with = + - @ tab or carriage return (header cells too), leaves other
    text alone, and that the JSON keeps the text exactly."""
    report = _hostile(extracted(SMALL))
    path = tmp_path / "r.csv"
    write_csv(report, path, excel_sv=excel_sv)
    text = path.read_bytes().decode("utf-8-sig")  # not read_text: it would turn "\r" to "\n"
    rows = _cells(text, ";" if excel_sv else ",")
    _assert_safe(rows)
    header, first = rows[0], dict(zip(rows[0], rows[1], strict=True))
    assert "'" + EXTRA_HEADER in header
    fields = ("process", "risk", "controls", "handling", "comment", "context")
    if excel_sv:
        names = ("Process", "Risk", "Befintliga kontroller", "Hantering", "Kommentar", "Sammanhang")
    else:
        names = fields
    for field, name in zip(fields, names, strict=True):
        assert first[name] == "'" + HOSTILE[field]
    assert first["'" + EXTRA_HEADER] == "'-1"
    assert HARMLESS in rows[1]
    assert report.to_dict()["risks"][0]["risk"] == "+1+1"


def test_xlsx_keeps_text_as_text(tmp_path: Path) -> None:
    """This test ensures that the workbook stores every such text as a text cell holding the
    text exactly (a cell "=1+1" is not a formula), headers included."""
    report = _hostile(extracted(SMALL))
    first = dataclasses.replace(report.risks[0], label="=1+1")
    path = tmp_path / "r.xlsx"
    write_xlsx(dataclasses.replace(report, risks=(first, *report.risks[1:])), path)
    ws = load_workbook(path)["Risker"]
    cells = {ws.cell(row=1, column=c).value: ws.cell(row=2, column=c) for c in range(1, 40)}
    assert cells["Märkning"].value == "=1+1" and cells["Märkning"].data_type == "s"
    assert cells["Process"].value == HOSTILE["process"] and cells["Process"].data_type == "s"
    for name, field in (("Risk", "risk"), ("Befintliga kontroller", "controls")):
        assert cells[name].value == HOSTILE[field] and cells[name].data_type == "s"
    assert cells[EXTRA_HEADER].value == "-1" and cells[EXTRA_HEADER].data_type == "s"


@pytest.mark.parametrize("excel_sv", [False, True])
def test_batch_csvs_neutralise_formulas(
    tmp_path: Path, excel_sv: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """This test ensures that batch's risks.csv, manifest.csv and per-file CSVs neutralise
    cells (an input given as "=x.pdf" included), while risks.parquet and the JSON keep the
    text exactly."""
    import pyarrow.parquet as pq

    monkeypatch.chdir(tmp_path)
    src = Path("=x.pdf")
    shutil.copy(SAMPLES / f"{SMALL}.pdf", src)
    out = tmp_path / "out"
    result = run_batch([src], out, jobs=1, excel_sv=excel_sv, worker=hostile_worker)
    assert not result.failed
    sep = ";" if excel_sv else ","
    for name in ("risks.csv", "=x.csv"):
        rows = _cells((out / name).read_bytes().decode("utf-8-sig"), sep)
        _assert_safe(rows)
        assert "'+1+1" in rows[1]
    manifest = _cells((out / "manifest.csv").read_text(encoding="utf-8"))
    _assert_safe(manifest)
    assert manifest[1][0] == "'" + str(src)
    table = pq.read_table(out / "risks.parquet").to_pylist()
    assert table[0]["risk"] == "+1+1" and table[0]["process"] == HOSTILE["process"]
    assert json.loads((out / "=x.json").read_text("utf-8"))["risks"][0]["risk"] == "+1+1"
    # --resume reads the manifest CSV back when the JSON one is gone: the names survive.
    (out / "manifest.json").unlink()
    again = run_batch([src], out, jobs=1, resume=True, worker=hostile_worker)
    assert [r.resumed for r in again.results] == [True]


# -- the Swedish Excel dialect -------------------------------------------------------------


def test_excel_sv_csv_has_swedish_headers_and_pages_as_text(tmp_path: Path) -> None:
    """This test ensures that --excel-sv writes UTF-8 with a BOM, semicolons, the workbook's
    Swedish headers, and pages as "2, 3" (text in Swedish Excel, which reads "2,3" as 2.3)."""
    pdf = SAMPLES / f"{PAGE_BREAK}.pdf"
    result = CliRunner().invoke(main, ["extract", str(pdf), "-o", str(tmp_path), "--excel-sv"])
    assert result.exit_code == 0, result.output
    data = (tmp_path / f"{PAGE_BREAK}.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = _cells(data.decode("utf-8-sig"), ";")
    assert rows[0][:5] == ["Löpnr", "Process", "Sammanhang", "Märkning", "Risk"]
    assert rows[0][-1] == "Sidor"
    pages = [row[-1] for row in rows[1:]]
    want = [", ".join(map(str, r.pages)) for r in extracted(PAGE_BREAK).risks]
    assert pages == want and any(", " in p for p in pages)
    plain = CliRunner().invoke(main, ["extract", str(pdf), "-o", str(tmp_path / "p"), "-q"])
    assert plain.exit_code == 0
    rows = _cells((tmp_path / "p" / f"{PAGE_BREAK}.csv").read_text("utf-8"))
    assert rows[0][0] == "seq" and any("," in r[-1] and ", " not in r[-1] for r in rows[1:])


def test_batch_excel_sv(tmp_path: Path) -> None:
    """This test ensures that `batch --excel-sv` writes risks.csv and the per-file CSVs in
    the Swedish Excel dialect."""
    out = tmp_path / "out"
    pdf = SAMPLES / f"{SMALL}.pdf"
    result = CliRunner().invoke(main, ["batch", str(pdf), "-o", str(out), "-q", "-j", "1",
                                       "--excel-sv"])  # fmt: skip
    assert result.exit_code == 0, result.output
    for name, first in (("risks.csv", "Källa;SHA-256;Nämnd;År"), (f"{SMALL}.csv", "Löpnr;")):
        data = (out / name).read_bytes()
        assert data.startswith(b"\xef\xbb\xbf") and data.decode("utf-8-sig").startswith(first)


# -- no result overwrites another report's -------------------------------------------------


def _archive(tmp_path: Path) -> Path:
    arkiv = tmp_path / "arkiv"
    for year, name in (("2022", SMALL), ("2023", OTHER)):
        (arkiv / year).mkdir(parents=True)
        shutil.copy(SAMPLES / f"{name}.pdf", arkiv / year / "rapport.pdf")
    return arkiv


def _sha(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_extract_same_name_in_two_folders_keeps_both(tmp_path: Path) -> None:
    """This test ensures that two inputs named alike each get their own result (the second
    with its sha256's first 8 hex digits), and that stderr says where each went."""
    arkiv = _archive(tmp_path)
    out = tmp_path / "ut"
    result = CliRunner().invoke(main, ["extract", str(arkiv), "-o", str(out)])
    assert result.exit_code == 0, result.output
    second = f"rapport-{_sha(arkiv / '2023' / 'rapport.pdf')[:8]}"
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["rapport.json", "rapport.csv", f"{second}.json", f"{second}.csv"]
    )
    shas = {json.loads((out / f"{s}.json").read_text("utf-8"))["source"]["sha256"]
            for s in ("rapport", second)}  # fmt: skip
    assert shas == {_sha(arkiv / y / "rapport.pdf") for y in ("2022", "2023")}
    lines = result.stderr.splitlines()
    assert lines[0].endswith(f"-> {out / 'rapport.json'}")
    assert f"-> {out / second}.json (another input of this run is also named" in lines[1]


def test_extract_never_overwrites_an_earlier_run_of_another_pdf(tmp_path: Path) -> None:
    """This test ensures that a rerun replaces the results of the same PDF, and that a result
    in the folder holding another PDF is left alone (the newcomer takes the suffix)."""
    arkiv = _archive(tmp_path)
    out = tmp_path / "ut"
    first = CliRunner().invoke(main, ["extract", str(arkiv / "2022"), "-o", str(out), "-q"])
    assert first.exit_code == 0
    kept = (out / "rapport.json").read_bytes()
    before = (out / "rapport.json").stat().st_mtime_ns
    time.sleep(0.01)
    again = CliRunner().invoke(main, ["extract", str(arkiv / "2022"), "-o", str(out), "-q"])
    assert again.exit_code == 0 and again.stderr == ""
    assert (out / "rapport.json").stat().st_mtime_ns != before
    other = CliRunner().invoke(main, ["extract", str(arkiv / "2023"), "-o", str(out), "-q"])
    assert other.exit_code == 0
    assert (out / "rapport.json").read_bytes() == kept
    suffixed = out / f"rapport-{_sha(arkiv / '2023' / 'rapport.pdf')[:8]}.json"
    assert suffixed.is_file()
    assert "holds another PDF's results" in other.stderr


# -- permissions ---------------------------------------------------------------------------


@pytest.fixture
def umask_027() -> Iterator[None]:
    old = os.umask(0o027)
    try:
        yield
    finally:
        os.umask(old)


def test_outputs_get_the_umask_permissions(tmp_path: Path, umask_027: None) -> None:
    """This test ensures that every output file gets 0o666 less the umask (0o640 under
    0o027), not the temporary file's 0o600."""
    out = tmp_path / "ut"
    args = ["extract", str(SAMPLES / f"{SMALL}.pdf"), "-o", str(out), "--format", "json,csv,xlsx"]
    assert CliRunner().invoke(main, args).exit_code == 0
    modes = {p.name: p.stat().st_mode & 0o777 for p in out.iterdir()}
    assert len(modes) == 3 and set(modes.values()) == {0o640}, modes


def test_batch_files_get_the_umask_permissions(tmp_path: Path) -> None:
    """This test ensures the same for batch: its manifest and combined tables (written by the
    parent) and the per-file results (written by workers)."""
    old = os.umask(0o022)
    try:
        out = tmp_path / "out"
        assert not run_batch([SAMPLES / f"{SMALL}.pdf"], out, jobs=1).failed
    finally:
        os.umask(old)
    modes = {p.name: p.stat().st_mode & 0o777 for p in out.iterdir()}
    assert len(modes) == 6 and set(modes.values()) == {0o644}, modes


# -- reading a folder of results -----------------------------------------------------------


def test_read_results_reads_a_batch_folder(tmp_path: Path) -> None:
    """This test ensures that read_results gives every risk of every result in a folder as
    one DataFrame, with where each came from, skipping manifest.json, compare.json and other
    JSON that is not a result."""
    out = tmp_path / "out"
    pdfs = [SAMPLES / f"{SMALL}.pdf", SAMPLES / "bun2024_extra_columns.pdf"]
    result = CliRunner().invoke(main, ["batch", *map(str, pdfs), "-o", str(out), "-q", "-j", "1"])
    assert result.exit_code == 0, result.output
    (out / "compare.json").write_text('{"a": {}, "b": {}, "matched": []}', encoding="utf-8")
    (out / "notes.json").write_text("[1, 2]", encoding="utf-8")
    (out / "broken.json").write_text("{", encoding="utf-8")
    frame = icp_extract.read_results(out)
    reports = [extracted(SMALL), extracted("bun2024_extra_columns")]
    assert len(frame) == sum(len(r.risks) for r in reports)
    assert list(frame.columns[:6]) == ["file", "result", "organ", "year", "period", "seq"]
    assert list(frame["file"].unique()) == sorted(r.source.file for r in reports)
    assert str(frame["year"].dtype) == "Int64" and str(frame["risk_value"].dtype) == "Int64"
    extras = {h for r in reports for risk in r.risks for h in risk.extra}
    assert extras <= set(frame.columns)
    empty = icp_extract.read_results(tmp_path / "in-nothing")
    assert len(empty) == 0 and list(empty.columns[:2]) == ["file", "result"]


def test_readme_pandas_recipe_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """This test ensures that the README's pandas recipe works as written on a folder that
    a batch wrote (with its manifest)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### pandas") :]
    code = re.search(r"```python\n(.*?)```", section, re.S)
    assert code and "read_results" in code.group(1)
    monkeypatch.chdir(tmp_path)
    pdf = SAMPLES / f"{SMALL}.pdf"
    shutil.copy(pdf, tmp_path / "rapport.pdf")
    result = CliRunner().invoke(main, ["batch", str(pdf), "-o", "ut", "-q", "-j", "1"])
    assert result.exit_code == 0
    shutil.copy(tmp_path / "ut" / f"{SMALL}.json", tmp_path / "ut" / "rapport.json")
    namespace: dict[str, object] = {}
    exec(compile(code.group(1), "README.md", "exec"), namespace)  # noqa: S102
    assert len(namespace["risks"]) == 2 * len(extracted(SMALL).risks)  # type: ignore[arg-type]
