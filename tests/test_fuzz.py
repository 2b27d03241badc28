"""Mutated sample PDFs (truncated, bytes flipped, broken xref, damaged streams) each end in a
result or a clean reason code within a time bound: never an unhandled exception, never a hang.

The mutations are seeded, so the same files are tried on every run. The longer, randomised
run is ``benchmarks/fuzz/fuzz_extract.py``, which reuses :data:`MUTATIONS`.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import SAMPLES

from icp_extract.batch import Status, run_batch

Mutation = Callable[[bytes, random.Random], bytes]

#: Reason codes a broken input may end with. Not ``internal_error`` (an exception we did
#: not turn into a reason) and not ``timeout`` (a hang).
CLEAN_REASONS = {"", "not_pdf", "empty", "damaged", "encrypted", "no_text_layer", "no_risk_table"}
#: Seconds a mutated file may take before it counts as a hang: far above the seconds a real
#: one takes, so a slow machine does not fail the test.
TIME_BOUND = 90.0


def truncated(data: bytes, rng: random.Random) -> bytes:
    """Cut off anywhere after the header: an interrupted download."""
    return data[: rng.randrange(16, len(data) - 1)]


def bytes_flipped(data: bytes, rng: random.Random) -> bytes:
    """A few random bytes changed: bit rot."""
    out = bytearray(data)
    for _ in range(rng.randrange(1, 40)):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def broken_xref(data: bytes, rng: random.Random) -> bytes:
    """The cross-reference table's offsets scrambled, or startxref pointing elsewhere."""
    out = bytearray(data)
    table = data.rfind(b"\nxref")
    tail = len(data) - 1024
    match = re.search(rb"startxref\s+(\d+)", data[tail:])
    if match and (table < 0 or rng.random() < 0.3):
        pos, old = tail + match.start(1), match.group(1)
        new = str((int(old) + rng.randrange(1, 10 ** len(old))) % 10 ** len(old))
        out[pos : pos + len(old)] = new.zfill(len(old)).encode()
    elif table >= 0:
        end = data.find(b"trailer", table)
        digits = [i for i in range(table, end if end > 0 else len(data)) if 48 <= out[i] <= 57]
        for pos in rng.sample(digits, k=max(1, len(digits) // 5)):
            out[pos] = 48 + (out[pos] - 48 + rng.randrange(1, 10)) % 10
    else:  # no table and no startxref: cut where they would be
        return data[: len(data) - rng.randrange(20, 200)]
    return bytes(out)


def damaged_streams(data: bytes, rng: random.Random) -> bytes:
    """Junk written into some streams (content, fonts, images): a damaged disk sector."""
    out = bytearray(data)
    starts = [m.end() for m in re.finditer(rb"stream\r?\n", data)]
    for start in rng.sample(starts, k=min(len(starts), rng.randrange(1, 4))):
        end = data.find(b"endstream", start)
        if end <= start:
            continue
        for pos in range(start, end):
            if rng.random() < 0.3:
                out[pos] = rng.randrange(256)
    return bytes(out)


def objects_cut(data: bytes, rng: random.Random) -> bytes:
    """Some ``endobj`` keywords and a slice of the body removed: a badly spliced file."""
    out = data
    for _ in range(rng.randrange(1, 4)):
        positions = [m.start() for m in re.finditer(rb"endobj", out)]
        if not positions:
            break
        pos = rng.choice(positions)
        out = out[:pos] + out[pos + rng.randrange(6, 200) :]
    return out


MUTATIONS: dict[str, Mutation] = {
    "truncated": truncated,
    "bytes_flipped": bytes_flipped,
    "broken_xref": broken_xref,
    "damaged_streams": damaged_streams,
    "objects_cut": objects_cut,
}
SEEDS = (1, 2)


def sample_pdfs() -> list[Path]:
    return sorted(SAMPLES.glob("*.pdf"))


def mutants(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for sample in sample_pdfs():
        data = sample.read_bytes()
        for name, mutate in MUTATIONS.items():
            for seed in SEEDS:
                rng = random.Random(f"{sample.name}:{name}:{seed}")
                path = folder / f"{sample.stem}.{name}.{seed}.pdf"
                path.write_bytes(mutate(data, rng))
                out.append(path)
    return out


def test_mutations_are_deterministic_and_change_the_file(tmp_path: Path) -> None:
    """This test ensures that the fuzz inputs are the same on every run, and mutated."""
    first = [p.read_bytes() for p in mutants(tmp_path / "a")]
    second = [p.read_bytes() for p in mutants(tmp_path / "b")]
    assert first == second
    originals = {p.read_bytes() for p in sample_pdfs()}
    assert not originals & set(first)


def test_mutated_pdfs_end_cleanly_within_the_time_bound(tmp_path: Path) -> None:
    """This test ensures that every mutated sample ends as a result or a clean reason code
    (never ``internal_error``, an exception that escaped; never ``timeout``, a hang), and
    that the batch around them writes only whole files."""
    files = mutants(tmp_path / "in")
    assert len(files) >= 50
    result = run_batch(files, tmp_path / "out", jobs=2, timeout=TIME_BOUND)
    assert result.complete
    unclean = [r.line() + "\n" + r.detail for r in result.results if r.reason not in CLEAN_REASONS]
    assert unclean == [], "\n".join(unclean)
    for r in result.results:
        if r.status is Status.FAILED:
            assert r.output == "" and r.message
        else:
            assert (tmp_path / "out" / f"{r.output}.json").is_file()
    assert not list((tmp_path / "out").glob(".*.part"))
    # The mutations must reach more than the file-level checks, or the test proves little.
    reasons = {r.reason for r in result.results}
    assert {"", "damaged"} <= reasons


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_each_mutation_keeps_a_pdf_header(name: str) -> None:
    """This test ensures that the mutations damage the body, not only the header (a file
    without %PDF is just not_pdf and would exercise nothing)."""
    data = sample_pdfs()[0].read_bytes()
    assert MUTATIONS[name](data, random.Random(0)).startswith(b"%PDF")
