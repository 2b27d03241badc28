"""The command line: exact exit codes, one stderr line per bad file, nothing written for it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SAMPLES
from pdfgen import image_only_pdf, text_pdf

from icp_extract.cli import main

# A short sample: these tests are about the command line, not about extraction.
SMALL_SAMPLE = "ks2023_replica_ruled"


def _good(tmp_path: Path) -> Path:
    src = SAMPLES / f"{SMALL_SAMPLE}.pdf"
    dst = tmp_path / "in" / src.name
    dst.parent.mkdir(exist_ok=True)
    shutil.copy(src, dst)
    return dst


def _bad_inputs(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    good = (SAMPLES / f"{SMALL_SAMPLE}.pdf").read_bytes()
    files = {
        "not_pdf": (folder / "letter.pdf", "Hej, detta är ingen PDF.\n".encode()),
        "empty": (folder / "empty.pdf", b""),
        "damaged": (folder / "damaged.pdf", good[:400]),
        "no_text_layer": (folder / "scan.pdf", image_only_pdf()),
    }
    for path, data in files.values():
        path.write_bytes(data)
    enc = folder / "locked.pdf"
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(SAMPLES / f"{SMALL_SAMPLE}.pdf").pages:
        writer.add_page(page)
    writer.encrypt("hemligt", algorithm="AES-128")
    with enc.open("wb") as fh:
        writer.write(fh)
    out = {reason: path for reason, (path, _) in files.items()}
    out["encrypted"] = enc
    return out


def test_all_good_exits_zero(tmp_path: Path) -> None:
    """This test ensures that a successful run exits 0 and writes JSON and CSV."""
    good = _good(tmp_path)
    result = CliRunner().invoke(main, ["extract", str(good), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "out" / f"{good.stem}.json").read_text(encoding="utf-8"))
    assert data["schema_version"] == "1" and data["risks"]
    assert (tmp_path / "out" / f"{good.stem}.csv").read_text(encoding="utf-8").startswith("seq,")


@pytest.mark.parametrize("reason", ["not_pdf", "empty", "damaged", "no_text_layer", "encrypted"])
def test_bad_input_one_line_nothing_written_others_go_on(tmp_path: Path, reason: str) -> None:
    """This test ensures that a bad file gives one line with its reason code, no output for
    it, exit status 1, and that the good file beside it is still processed."""
    bad = _bad_inputs(tmp_path)[reason]
    good = _good(tmp_path)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", str(bad), str(good), "-o", str(out), "-q"])
    assert result.exit_code == 1
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert lines == [lines[0]] and lines[0].startswith(f"{bad}: {reason} - ")
    assert "Traceback" not in result.output
    assert not (out / f"{bad.stem}.json").exists() and not (out / f"{bad.stem}.csv").exists()
    assert (out / f"{good.stem}.json").exists()
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_encrypted_opens_with_password(tmp_path: Path) -> None:
    """This test ensures that --password opens an encrypted report."""
    enc = _bad_inputs(tmp_path)["encrypted"]
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["extract", str(enc), "-o", str(out), "--password", "hemligt"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads((out / "locked.json").read_text(encoding="utf-8"))["risks"]


def test_no_risk_table_succeeds_with_warning(tmp_path: Path) -> None:
    """This test ensures that a PDF without a risk table succeeds with an empty risks list."""
    pdf = tmp_path / "prose.pdf"
    pdf.write_bytes(text_pdf(["Protokoll fort vid sammantrade", "Narvarande: ordforande"]))
    result = CliRunner().invoke(main, ["extract", str(pdf), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0
    assert "no_risk_table" in result.stderr
    data = json.loads((tmp_path / "out" / "prose.json").read_text(encoding="utf-8"))
    assert data["risks"] == [] and "no risk table found" in data["warnings"]


@pytest.mark.parametrize(
    "args", [["extract"], ["extract", "--no-such-option", "x.pdf"], ["no-such-command"]]
)
def test_usage_errors_exit_two(args: list[str]) -> None:
    """This test ensures that usage errors exit with status 2."""
    assert CliRunner().invoke(main, args).exit_code == 2


def test_missing_file_is_reported(tmp_path: Path) -> None:
    """This test ensures that a path that does not exist is one failure line, exit 1."""
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "nope.pdf"), "-o", str(tmp_path)])
    assert result.exit_code == 1
    assert "nope.pdf" in result.stderr


def test_pdf_library_warnings_stay_off_stderr(tmp_path: Path) -> None:
    """This test ensures that a damaged file gives its one line on stderr and none of
    pdfminer's own WARNING lines (run as a process: logging is set up once per process)."""
    import random
    import subprocess
    import sys

    data = bytearray((SAMPLES / f"{SMALL_SAMPLE}.pdf").read_bytes())
    rng = random.Random(0)
    for _ in range(30):  # bytes flipped in the content streams: pdfminer warns on every page
        data[rng.randrange(len(data) // 10, len(data))] = rng.randrange(256)
    bad = tmp_path / "flipped.pdf"
    bad.write_bytes(bytes(data))
    args = [sys.executable, "-m", "icp_extract.cli", "extract", str(bad), "-o", str(tmp_path)]
    done = subprocess.run([*args, "-q"], capture_output=True, text=True, timeout=120)
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{bad}: "), done.stderr
    verbose = subprocess.run([*args, "-v"], capture_output=True, text=True, timeout=120)
    assert "pdfminer" in verbose.stderr
