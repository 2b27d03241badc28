"""Batch runs: reason codes and exit statuses exactly, the manifest and combined tables, stuck
and dying workers, atomic files under kills, and resuming an interrupted run."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT, SAMPLES
from pdfgen import image_only_pdf, text_pdf

from icp_extract.batch import Status, expand_inputs, run_batch
from icp_extract.batch.model import MANIFEST_FIELDS, FileResult, Task
from icp_extract.batch.outputs import combined_columns
from icp_extract.batch.progress import PlainProgress, RichProgress, for_stderr
from icp_extract.batch.worker import process_file
from icp_extract.cli import main

# Small, quick samples (1-3 pages each).
FAST = (
    "kfn2023_delar_labelled_subrisks",
    "tn2022_delar_repeated_process",
    "sn2021_long_comment_pagebreak",
    "bun2024_extra_columns",
)
PARTLY_SOURCE = "ks2023_replica_ruled"


def _sample(name: str) -> Path:
    return SAMPLES / f"{name}.pdf"


def _variant(data: bytes, n: int) -> bytes:
    """The same PDF with a comment after %%EOF: readers ignore it, the sha256 changes."""
    return data + f"\n% variant {n}\n".encode()


def _copies(folder: Path, count: int, prefix: str = "r") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(count):
        src = _sample(FAST[i % len(FAST)])
        path = folder / f"{prefix}{i:03d}_{src.stem}.pdf"
        path.write_bytes(_variant(src.read_bytes(), i))
        out.append(path)
    return out


def _encrypted(src: Path) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(src))
    writer.encrypt("hemligt", algorithm="AES-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _partly_damaged(src: Path) -> bytes:
    """``src`` with a font on page 2 that pdfminer cannot build (a Type3 font without a
    FontMatrix): page 2 cannot be read, the other pages can."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DictionaryObject, NameObject

    writer = PdfWriter(clone_from=PdfReader(src))
    page = writer.pages[1]
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type3"),
            NameObject("/CharProcs"): DictionaryObject(),
        }
    )
    resources = DictionaryObject(page["/Resources"].get_object())
    fonts = DictionaryObject(resources["/Font"].get_object())
    fonts[NameObject("/F99")] = writer._add_object(font)
    resources[NameObject("/Font")] = fonts
    page[NameObject("/Resources")] = resources
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# Every kind of input, with the status and reason code the batch must give it.
EXPECTED = {
    "good.pdf": ("ok", ""),
    "partly.pdf": ("ok", "damaged"),
    "notable.pdf": ("no_risk_table", "no_risk_table"),
    "letter.pdf": ("failed", "not_pdf"),
    "empty.pdf": ("failed", "empty"),
    "damaged.pdf": ("failed", "damaged"),
    "scan.pdf": ("failed", "no_text_layer"),
    "locked.pdf": ("failed", "encrypted"),
}


def _zoo(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    good = _sample(FAST[0]).read_bytes()
    data = {
        "good.pdf": good,
        "partly.pdf": _partly_damaged(_sample(PARTLY_SOURCE)),
        "notable.pdf": text_pdf(["Protokoll", "Sammanträde med nämnden", "Inga risker."]),
        "letter.pdf": "Hej, detta är ingen PDF.\n".encode(),
        "empty.pdf": b"",
        "damaged.pdf": good[:400],
        "scan.pdf": image_only_pdf(),
        "locked.pdf": _encrypted(_sample(FAST[1])),
    }
    out = {}
    for name, content in data.items():
        (folder / name).write_bytes(content)
        out[name] = folder / name
    return out


def _manifest(out: Path) -> tuple[dict, list[dict[str, str]]]:
    doc = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    with (out / "manifest.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return doc, rows


def _risk_rows(out: Path) -> list[dict[str, str]]:
    with (out / "risks.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _assert_whole(out: Path) -> None:
    """No temporary file left, every JSON parses, every CSV has its header row."""
    assert not [p.name for p in out.iterdir() if p.name.endswith(".part")]
    for path in out.glob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))
    for path in out.glob("*.csv"):
        text = path.read_text(encoding="utf-8")
        assert text == "" or text.endswith("\n"), path


def _stderr_lines(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [ln for ln in result.stderr.splitlines() if ln.strip()]


# -- reason codes, exit statuses, manifest, combined tables --------------------------------
@pytest.fixture(scope="module")
def zoo_run(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """One CLI batch over every kind of input, shared by the tests that only read it."""
    tmp = tmp_path_factory.mktemp("zoo")
    files = _zoo(tmp / "in")
    out = tmp / "out"
    result = CliRunner().invoke(main, ["batch", str(tmp / "in"), "-o", str(out), "-j", "2"])
    return files, out, result


def test_reason_codes_and_exit_status_exact(zoo_run) -> None:  # type: ignore[no-untyped-def]
    """This test ensures that every kind of bad input ends with its stable reason code, one
    stderr line each, the good files are still extracted, and the exit status is 1."""
    files, out, result = zoo_run
    assert result.exit_code == 1, result.output
    _, rows = _manifest(out)
    got = {Path(r["path"]).name: (r["status"], r["reason"]) for r in rows}
    assert got == EXPECTED
    lines = _stderr_lines(result)
    for name, (_status, reason) in EXPECTED.items():
        mine = [ln for ln in lines if ln.startswith(f"{files[name]}: ")]
        if reason:
            assert len(mine) == 1 and mine[0].startswith(f"{files[name]}: {reason} - "), mine
        else:
            assert mine == []
    by_name = {Path(r["path"]).name: r for r in rows}
    assert "ocrmypdf -l swe" in next(ln for ln in lines if ln.startswith(f"{files['scan.pdf']}:"))
    assert "--password" in next(ln for ln in lines if ln.startswith(f"{files['locked.pdf']}:"))
    assert "Traceback" not in result.output
    assert by_name["partly.pdf"]["message"].startswith("pages that could not be read: 2")
    assert int(by_name["partly.pdf"]["risks"]) > 0
    assert lines[-1].startswith("8 of 8 files, 2 ok, 1 without a risk table, 5 failed")


def test_manifest_has_every_input_with_its_facts(zoo_run) -> None:  # type: ignore[no-untyped-def]
    """This test ensures that manifest.csv and manifest.json agree, name every input with its
    sha256, pages, status, reason, message, risks and seconds, and say the run is complete."""
    files, out, _ = zoo_run
    doc, rows = _manifest(out)
    assert tuple(rows[0].keys()) == MANIFEST_FIELDS
    assert doc["complete"] is True
    assert doc["totals"] == {
        "inputs": 8,
        "ok": 2,
        "no_risk_table": 1,
        "failed": 5,
        "resumed": 0,
        "risks": doc["totals"]["risks"],
        # The partly read report's first risk after its unreadable page (values missing
        # among filled ones), and good.pdf's follows-plan cell left empty among answers.
        "review": 2,
        "pending": 0,
    }
    assert [r["path"] for r in rows] == [str(p) for p in sorted(files.values())]
    for row, jrow in zip(rows, doc["files"], strict=True):
        assert row["path"] == jrow["path"] and row["status"] == jrow["status"]
        path = Path(row["path"])
        assert row["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        assert float(row["seconds"]) >= 0
        if row["status"] == "failed":
            assert row["output"] == "" and row["message"] and row["risks"] == "0"
            assert not (out / f"{path.stem}.json").exists()
        else:
            data = json.loads((out / f"{row['output']}.json").read_text(encoding="utf-8"))
            assert data["source"]["sha256"] == row["sha256"]
            assert int(row["pages"]) == data["source"]["pages"]
            assert int(row["risks"]) == len(data["risks"])


def test_combined_tables_hold_every_risk_with_its_source(zoo_run) -> None:  # type: ignore[no-untyped-def]
    """This test ensures that risks.csv and risks.parquet hold every risk of every finished
    input once, with its source file, organ and year."""
    import pyarrow.parquet as pq

    _, out, _ = zoo_run
    _, rows = _manifest(out)
    expected = sum(int(r["risks"]) for r in rows)
    risks = _risk_rows(out)
    assert expected > 0 and len(risks) == expected
    assert tuple(risks[0].keys()) == combined_columns()
    table = pq.read_table(out / "risks.parquet")
    assert table.num_rows == expected and tuple(table.column_names) == combined_columns()
    for row in risks:
        data = json.loads((out / f"{Path(row['source_file']).stem}.json").read_text("utf-8"))
        assert row["organ"] == (data["report"]["organ"] or "")
        assert row["year"] == str(data["report"]["year"] or "")
    assert len({(r["source_file"], r["seq"]) for r in risks}) == len(risks)
    _assert_whole(out)


def test_only_successes_and_no_risk_table_exit_zero(tmp_path: Path) -> None:
    """This test ensures that a run without failures exits 0 (no risk table is no failure),
    and that --password opens an encrypted file."""
    files = _zoo(tmp_path / "all")
    keep = tmp_path / "in"
    keep.mkdir()
    for name in ("good.pdf", "notable.pdf", "locked.pdf"):
        shutil.copy(files[name], keep / name)
    out = tmp_path / "out"
    args = ["batch", str(keep), "-o", str(out), "-q", "--password", "hemligt"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    _, rows = _manifest(out)
    assert {Path(r["path"]).name: r["status"] for r in rows} == {
        "good.pdf": "ok",
        "locked.pdf": "ok",
        "notable.pdf": "no_risk_table",
    }
    lines = _stderr_lines(result)
    assert len(lines) == 1 and lines[0].startswith(f"{keep / 'notable.pdf'}: no_risk_table - ")


def test_no_inputs_found_is_a_usage_error(tmp_path: Path) -> None:
    """This test ensures that inputs naming no PDF end with exit status 2 before any work."""
    result = CliRunner().invoke(main, ["batch", str(tmp_path / "nothing*.pdf"), "-o", "x"])
    assert result.exit_code == 2
    assert "no PDF files found" in result.output


def test_expand_inputs_files_folders_globs(tmp_path: Path) -> None:
    """This test ensures that folders are searched recursively for PDFs (any case of the
    suffix), globs expand, explicit files are kept whatever their name, and repeats drop."""
    (tmp_path / "a" / "b").mkdir(parents=True)
    for rel in ("a/1.pdf", "a/b/2.PDF", "a/b/notes.txt", "c.pdf", "d.txt"):
        (tmp_path / rel).write_bytes(b"%PDF-1.4\n")
    exp = expand_inputs(
        [
            tmp_path / "a",
            str(tmp_path / "*.pdf"),
            tmp_path / "d.txt",
            tmp_path / "c.pdf",
            str(tmp_path / "missing*.pdf"),
        ]
    )
    names = [p.relative_to(tmp_path).as_posix() for p in exp.files]
    assert names == ["a/1.pdf", "a/b/2.PDF", "c.pdf", "d.txt"]
    assert exp.unmatched == (str(tmp_path / "missing*.pdf"),)
    deep = expand_inputs([str(tmp_path / "**" / "*.pdf")])
    assert sorted(p.name for p in deep.files) == ["1.pdf", "c.pdf"]


# -- names ---------------------------------------------------------------------------------
def test_same_names_in_different_folders_do_not_overwrite(tmp_path: Path) -> None:
    """This test ensures that two different files with one name get their own outputs (a
    short sha256 suffix), identical files are extracted once, and a file named like the
    batch's own outputs does not overwrite them."""
    a, b, c = (tmp_path / "in" / x for x in "abc")
    for folder in (a, b, c):
        folder.mkdir(parents=True)
    shutil.copy(_sample(FAST[0]), a / "rapport.pdf")
    shutil.copy(_sample(FAST[1]), b / "rapport.pdf")
    shutil.copy(_sample(FAST[0]), c / "rapport.pdf")  # the same bytes as a/rapport.pdf
    shutil.copy(_sample(FAST[2]), a / "manifest.pdf")
    out = tmp_path / "out"
    result = run_batch(expand_inputs([tmp_path / "in"]).files, out, jobs=2)
    by_path = {Path(r.path).relative_to(tmp_path / "in").as_posix(): r for r in result.results}
    sha = {k: r.sha256[:8] for k, r in by_path.items()}
    assert by_path["a/rapport.pdf"].output == f"rapport-{sha['a/rapport.pdf']}"
    assert by_path["b/rapport.pdf"].output == f"rapport-{sha['b/rapport.pdf']}"
    assert by_path["c/rapport.pdf"].output == by_path["a/rapport.pdf"].output
    assert by_path["a/manifest.pdf"].output == f"manifest-{sha['a/manifest.pdf']}"
    assert all(r.status is Status.OK for r in result.results)
    json.loads((out / "manifest.json").read_text(encoding="utf-8"))["files"]
    sources = {r["source_file"] for r in _risk_rows(out)}
    assert sources == {r.path for r in result.results}
    _assert_whole(out)


# -- stuck, dying and buggy workers --------------------------------------------------------
def _pid_file(task: Task) -> Path:
    return task.out_dir.parent / f"{task.path.stem}.pid"


def hang_on_stuck(task: Task) -> FileResult:
    """A worker that never finishes files named stuck*."""
    if task.path.name.startswith("stuck"):
        _pid_file(task).write_text(str(os.getpid()))
        time.sleep(600)
    return process_file(task)


def die_on_bomb(task: Task) -> FileResult:
    """A worker process that dies (as on a segfault) on files named bomb*."""
    if task.path.name.startswith("bomb"):
        os._exit(7)
    return process_file(task)


def raise_on_bug(task: Task) -> FileResult:
    if task.path.name.startswith("bug"):
        raise ValueError("a bug in the worker")
    return process_file(task)


def stall_before_rename(task: Task) -> FileResult:
    """On files named victim*: write the temporary files, then wait to be killed just
    before renaming them into place (the moment a kill must not leave half a file)."""
    if task.path.name.startswith("victim"):
        import icp_extract.export.files as files

        def stall(src: str, dst: str) -> None:
            _pid_file(task).write_text(str(os.getpid()))
            time.sleep(600)

        files.os.replace = stall  # type: ignore[assignment] - this process is about to die
    return process_file(task)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_timeout_kills_the_stuck_worker_and_the_run_goes_on(tmp_path: Path) -> None:
    """This test ensures that a file over --timeout ends as ``timeout``, its worker process
    is really stopped, and the other files are still extracted."""
    files = _copies(tmp_path / "in", 3)
    stuck = tmp_path / "in" / "stuck.pdf"
    shutil.copy(_sample(FAST[0]), stuck)
    # Long enough for a 1-3 page file on a busy 2-core machine (the tests run in two
    # processes, each batch in two more), so only the stuck file reaches it.
    result = run_batch([stuck, *files], tmp_path / "out", jobs=2, timeout=6, worker=hang_on_stuck)
    by_name = {Path(r.path).name: r for r in result.results}
    assert by_name["stuck.pdf"].status is Status.FAILED
    assert by_name["stuck.pdf"].reason == "timeout"
    assert by_name["stuck.pdf"].message == "stopped after 6 s"
    assert [r.status for r in result.results[1:]] == [Status.OK] * 3
    assert not _alive(int((tmp_path / "stuck.pid").read_text()))
    _assert_whole(tmp_path / "out")


def test_cli_timeout_reason_line_and_exit_status(tmp_path: Path) -> None:
    """This test ensures that --timeout stops a file that takes longer, with the reason
    ``timeout``, its one stderr line, and exit status 1."""
    folder = tmp_path / "in"
    folder.mkdir()
    slow = folder / "slow.pdf"
    shutil.copy(_sample(PARTLY_SOURCE), slow)
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["batch", str(folder), "-o", str(out), "-q", "--timeout", "0.001"]
    )
    assert result.exit_code == 1
    assert _stderr_lines(result) == [
        f"{slow}: timeout - stopped after 0.001 s - raise --timeout, or process the file alone"
    ]
    _, rows = _manifest(out)
    assert [(r["status"], r["reason"]) for r in rows] == [("failed", "timeout")]
    _assert_whole(out)


def test_a_dying_worker_is_a_result_and_is_replaced(tmp_path: Path) -> None:
    """This test ensures that a worker process that dies is reported as ``internal_error``
    for its file, and that a new worker takes the remaining files."""
    files = _copies(tmp_path / "in", 2)
    bomb = tmp_path / "in" / "bomb.pdf"
    shutil.copy(_sample(FAST[0]), bomb)
    result = run_batch([bomb, *files], tmp_path / "out", jobs=1, worker=die_on_bomb)
    first = result.results[0]
    assert (first.status, first.reason) == (Status.FAILED, "internal_error")
    assert first.message.startswith("the worker process exited unexpectedly (exit status 7)")
    assert [r.status for r in result.results[1:]] == [Status.OK, Status.OK]


def test_an_exception_in_a_worker_is_internal_error_with_traceback(tmp_path: Path) -> None:
    """This test ensures that an unexpected exception is reported as ``internal_error`` with
    its traceback kept for -v, and the run goes on."""
    files = _copies(tmp_path / "in", 1)
    bug = tmp_path / "in" / "bug.pdf"
    shutil.copy(_sample(FAST[0]), bug)
    result = run_batch([bug, *files], tmp_path / "out", jobs=1, worker=raise_on_bug)
    first = result.results[0]
    assert (first.status, first.reason) == (Status.FAILED, "internal_error")
    assert first.message == "ValueError: a bug in the worker"
    assert "Traceback" in first.detail
    assert result.results[1].status is Status.OK


def test_a_pipeline_bug_is_caught_in_the_worker(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """This test ensures that a built-in exception escaping the pipeline becomes an
    ``internal_error`` result of that file, not a crash of the worker."""
    import icp_extract.pipeline

    def broken(path, password=None):  # type: ignore[no-untyped-def]
        raise KeyError("column")

    monkeypatch.setattr(icp_extract.pipeline, "extract", broken)
    task = Task(_sample(FAST[0]), "0" * 64, "x", tmp_path)
    result = process_file(task)
    assert (result.status, result.reason, result.output) == (Status.FAILED, "internal_error", "")
    assert result.message == "KeyError: 'column'" and "Traceback" in result.detail


def test_killing_a_worker_mid_write_leaves_only_whole_files(tmp_path: Path) -> None:
    """This test ensures that a worker killed (SIGKILL) between writing its temporary files
    and renaming them leaves no partial file, its input is reported, and the rest finish."""
    files = _copies(tmp_path / "in", 3)
    victim = tmp_path / "in" / "victim.pdf"
    shutil.copy(_sample(FAST[0]), victim)
    pid_file = tmp_path / "victim.pid"

    def killer() -> None:
        deadline = time.monotonic() + 120
        while not pid_file.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(0.05)
        os.kill(int(pid_file.read_text()), signal.SIGKILL)

    thread = threading.Thread(target=killer, daemon=True)
    thread.start()
    out = tmp_path / "out"
    result = run_batch([victim, *files], out, jobs=2, worker=stall_before_rename)
    thread.join()
    first = result.results[0]
    assert (first.status, first.reason) == (Status.FAILED, "internal_error")
    assert first.message.startswith("the worker process was killed (SIGKILL)")
    assert [r.status for r in result.results[1:]] == [Status.OK] * 3
    assert not (out / "victim.json").exists()
    _assert_whole(out)
    _, rows = _manifest(out)
    assert len(rows) == 4


def test_abort_on_error_stops_at_the_first_failure(tmp_path: Path) -> None:
    """This test ensures that --abort-on-error stops at the first failed file, exits 1 and
    leaves a manifest of what finished."""
    folder = tmp_path / "in"
    _copies(folder, 3)
    (folder / "a_empty.pdf").write_bytes(b"")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["batch", str(folder), "-o", str(out), "-j", "1", "--abort-on-error"]
    )
    assert result.exit_code == 1
    lines = _stderr_lines(result)
    assert lines[0].startswith(f"{folder / 'a_empty.pdf'}: empty - ")
    assert lines[-1] == "stopped at the first failure (--abort-on-error)"
    doc, rows = _manifest(out)
    assert doc["complete"] is False and len(rows) < 4 and rows[0]["reason"] == "empty"


# -- resume --------------------------------------------------------------------------------
def _interrupt_after(n: int):  # type: ignore[no-untyped-def]
    seen: list[FileResult] = []

    def on_result(result: FileResult) -> None:
        seen.append(result)
        if len(seen) == n:
            raise KeyboardInterrupt

    return on_result


def test_interrupted_run_resumes_without_redoing_or_duplicating(tmp_path: Path) -> None:
    """This test ensures that Ctrl-C leaves a manifest of exactly what finished, and that
    --resume redoes none of it, finishes the rest, and writes no duplicate rows."""
    files = _copies(tmp_path / "in", 8)
    out = tmp_path / "out"
    first = run_batch(files, out, jobs=1, on_result=_interrupt_after(3))
    assert first.interrupted and len(first.results) == 3
    doc, rows = _manifest(out)
    assert doc["complete"] is False and len(rows) == 3
    _assert_whole(out)
    stamps = {r["output"]: (out / f"{r['output']}.json").stat().st_mtime_ns for r in rows}

    second = run_batch(files, out, jobs=2, resume=True)
    assert not second.interrupted and second.complete
    assert len(second.resumed) == 3 and len(second.results) == 8
    assert {
        r.output: (out / f"{r.output}.json").stat().st_mtime_ns for r in second.resumed
    } == stamps
    doc, rows = _manifest(out)
    assert doc["complete"] is True and len(rows) == 8
    risks = _risk_rows(out)
    assert len({(r["source_file"], r["seq"]) for r in risks}) == len(risks)
    assert len(risks) == sum(int(r["risks"]) for r in rows)

    fresh = run_batch(files, tmp_path / "fresh", jobs=2)
    assert risks == _risk_rows(tmp_path / "fresh")
    assert fresh.risk_rows == len(risks)


def test_resume_redoes_missing_or_changed_results(tmp_path: Path) -> None:
    """This test ensures that --resume keeps only results whose JSON still holds the input's
    sha256: a deleted or replaced result file is redone; failures are retried."""
    files = _copies(tmp_path / "in", 3)
    (tmp_path / "in" / "empty.pdf").write_bytes(b"")
    out = tmp_path / "out"
    run_batch([*files, tmp_path / "in" / "empty.pdf"], out, jobs=2)
    (out / f"{files[0].stem}.json").unlink()
    data = json.loads((out / f"{files[1].stem}.json").read_text(encoding="utf-8"))
    data["source"]["sha256"] = "0" * 64
    (out / f"{files[1].stem}.json").write_text(json.dumps(data), encoding="utf-8")
    again = run_batch([*files, tmp_path / "in" / "empty.pdf"], out, jobs=2, resume=True)
    resumed = {Path(r.path).name for r in again.resumed}
    assert resumed == {files[2].name}
    assert [r.status.value for r in again.results] == ["ok", "ok", "ok", "failed"]


def test_resume_recovers_results_the_manifest_lost(tmp_path: Path) -> None:
    """This test ensures that a result file whose manifest row was lost (the run was killed
    between the two) is kept by --resume, not redone."""
    files = _copies(tmp_path / "in", 3)
    out = tmp_path / "out"
    run_batch(files, out, jobs=2)
    doc = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    doc["files"] = doc["files"][:1]
    (out / "manifest.json").write_text(json.dumps(doc), encoding="utf-8")
    again = run_batch(files, out, jobs=2, resume=True)
    assert len(again.resumed) == 3
    assert [r.risks for r in again.results] == [r.risks for r in again.resumed]


def test_resume_keeps_old_names_and_gives_new_clashing_files_their_own(tmp_path: Path) -> None:
    """This test ensures that a file added under a name an earlier result already holds gets
    its own output name on --resume instead of overwriting the earlier result."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    shutil.copy(_sample(FAST[0]), tmp_path / "a" / "rapport.pdf")
    shutil.copy(_sample(FAST[1]), tmp_path / "b" / "rapport.pdf")
    out = tmp_path / "out"
    run_batch([tmp_path / "a" / "rapport.pdf"], out, jobs=1)
    sha_a = hashlib.sha256((tmp_path / "a" / "rapport.pdf").read_bytes()).hexdigest()
    sha_b = hashlib.sha256((tmp_path / "b" / "rapport.pdf").read_bytes()).hexdigest()
    again = run_batch(
        [tmp_path / "a" / "rapport.pdf", tmp_path / "b" / "rapport.pdf"], out, jobs=1, resume=True
    )
    assert [r.output for r in again.results] == ["rapport", f"rapport-{sha_b[:8]}"]
    data = json.loads((out / "rapport.json").read_text(encoding="utf-8"))
    assert data["source"]["sha256"] == sha_a


def test_stale_temporary_files_are_removed(tmp_path: Path) -> None:
    """This test ensures that temporary files a killed run left behind are cleaned up."""
    out = tmp_path / "out"
    out.mkdir()
    (out / ".manifest.json.abc123.part").write_text("{")
    run_batch(_copies(tmp_path / "in", 1), out, jobs=1)
    _assert_whole(out)


# -- the CLI under real signals ------------------------------------------------------------
def _session_gone(sid: int, timeout: float = 60) -> bool:
    """Wait until no process of session ``sid`` is left (workers and the fork server)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        alive = False
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[3]) == sid and fields[0] != "Z":
                alive = True
                break
        if not alive:
            return True
        time.sleep(0.1)
    return False


def _default_sigint() -> None:
    # A shell without job control starts background commands with SIGINT ignored, and a
    # child inherits that; the CLI rightly respects it (as under nohup), so the test run
    # would not be interruptible. The test is about Ctrl-C, so the child gets the default.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start_cli(args: list[str]) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "icp_extract.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=_default_sigint,
        env=env,
    )


def _wait_for_manifest_rows(out: Path, n: int, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            rows = len(json.loads((out / "manifest.json").read_text("utf-8"))["files"])
        except (OSError, ValueError, KeyError):
            rows = 0  # not written yet, or being replaced right now
        if rows >= n:
            return
        time.sleep(0.02)
    raise AssertionError("the batch never reported a finished file")


#: Files in the run that is killed: enough that the kill, sent as soon as the first file is
#: done, always lands mid-run (one worker does them one by one), few enough that resuming
#: the rest stays quick.
COPIES_TO_KILL = 12


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
@pytest.mark.parametrize("how", ["ctrl-c", "kill-9"])
def test_cli_killed_mid_run_then_resumed(tmp_path: Path, how: str) -> None:
    """This test ensures that Ctrl-C (SIGINT to the whole process group: exit status 130)
    or SIGKILL of the parent leaves only whole files and a manifest of what finished, and
    that --resume then finishes the archive without redoing or duplicating anything."""
    _copies(tmp_path / "in", COPIES_TO_KILL)
    out = tmp_path / "out"
    proc = _start_cli(["batch", str(tmp_path / "in"), "-o", str(out), "-j", "1"])
    _wait_for_manifest_rows(out, 1, proc)
    if how == "ctrl-c":
        os.killpg(proc.pid, signal.SIGINT)
    else:
        os.kill(proc.pid, signal.SIGKILL)
    _, err = proc.communicate(timeout=120)
    assert _session_gone(proc.pid)
    if how == "ctrl-c":
        assert proc.returncode == 130, err.decode()
        assert "rerun with --resume to carry on" in err.decode()
        _assert_whole(out)
    else:
        assert proc.returncode == -signal.SIGKILL
    doc, rows = _manifest(out)
    assert doc["complete"] is False and 1 <= len(doc["files"]) < COPIES_TO_KILL
    finished = {r["output"] for r in doc["files"]}

    result = CliRunner().invoke(main, ["batch", str(tmp_path / "in"), "-o", str(out), "--resume"])
    assert result.exit_code == 0, result.output
    doc, rows = _manifest(out)
    assert doc["complete"] is True and len(rows) == COPIES_TO_KILL
    assert doc["totals"]["resumed"] >= len(finished)
    risks = _risk_rows(out)
    assert len({(r["source_file"], r["seq"]) for r in risks}) == len(risks)
    assert len(risks) == sum(int(r["risks"]) for r in rows)
    _assert_whole(out)


# -- progress ------------------------------------------------------------------------------
def test_progress_is_silent_without_a_terminal_or_with_quiet(tmp_path: Path) -> None:
    """This test ensures that no bar is drawn when stderr is not a terminal or with -q, and
    that -q leaves out the summary."""
    assert isinstance(for_stderr(quiet=True), PlainProgress)
    assert isinstance(for_stderr(quiet=False), PlainProgress)  # pytest's stderr is no tty
    folder = tmp_path / "in"
    _copies(folder, 2)
    loud = CliRunner().invoke(main, ["batch", str(folder), "-o", str(tmp_path / "a")])
    assert loud.exit_code == 0
    assert _stderr_lines(loud) == [ln for ln in _stderr_lines(loud) if "files" in ln]
    assert "━" not in loud.stderr and "\r" not in loud.stderr
    quiet = CliRunner().invoke(main, ["batch", str(folder), "-o", str(tmp_path / "b"), "-q"])
    assert quiet.exit_code == 0 and quiet.stderr == ""


def test_rich_progress_counts_files_risks_and_failures() -> None:
    """This test ensures that the bar shows files done of total, risks and failures."""
    from rich.console import Console

    buf = io.StringIO()
    bar = RichProgress(Console(file=buf, force_terminal=True, width=120))
    bar.start(3, 1)
    bar.advance(FileResult("a.pdf", "a", Status.OK, risks=4, output="a", resumed=True))
    bar.advance(FileResult("b.pdf", "b", Status.OK, risks=5, output="b"))
    bar.echo("c.pdf: empty - the file is empty")
    bar.advance(FileResult("c.pdf", "c", Status.FAILED, reason="empty"))
    bar.stop()
    text = buf.getvalue()
    assert "3/3" in text and "9 risks" in text and "1 failed" in text
    assert "c.pdf: empty - the file is empty" in text
