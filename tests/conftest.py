from __future__ import annotations

import contextlib
import os
import pickle
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
PENDING = "pending"  # blind sets not yet read right: scored, not golden-tested
sys.path.insert(0, str(Path(__file__).resolve().parent))

#: Test modules whose module-scoped fixtures are worth more than spreading their tests:
#: under pytest-xdist each module's tests run in one worker, so the fixture is built once.
SHARED_FIXTURES = frozenset({"ks", "analysis", "comparison_book", "zoo_run"})

#: Where the workers of one pytest-xdist run share their samples' analyses (set by the
#: session fixture below; None in a single process).
_shared_dir: Path | None = None


def sample_names() -> list[str]:
    """Every sample with an expected extraction, as a path below samples/ without suffix
    ("ks2023_replica_ruled", "archive/bundle_kallelse").

    ``samples/pending/`` is left out: blind sets wait there, scored by
    ``benchmarks/blind/score.py``, until the extractor reads them right (samples/pending/README.md);
    the reports of theirs listed in ``samples/pending/golden.txt`` are read right and in.
    """
    settled = sorted(
        str(p.relative_to(SAMPLES)).removesuffix(".expected.json")
        for p in SAMPLES.rglob("*.expected.json")
        if p.name != "compare.expected.json" and p.relative_to(SAMPLES).parts[0] != PENDING
    )
    return settled + pending_read_right()


def pending_read_right() -> list[str]:
    """The reports of pending sets listed as read right (samples/pending/golden.txt)."""
    listing = SAMPLES / PENDING / "golden.txt"
    lines = listing.read_text(encoding="utf-8").splitlines() if listing.is_file() else []
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]


#: One printed character as pdfplumber gives it: text, x0, x1, top, bottom.
Char = tuple[str, float, float, float, float]


@dataclass(frozen=True)
class Sample:
    """One sample's analysis, and pdfplumber's own characters of each page a box of its
    risks points to (width, height, chars), taken from the pages as the reader read them."""

    analysis: Any  # icp_extract.pipeline.Analysis
    pages: dict[int, tuple[float, float, list[Char]]]


@cache
def analysed(name: str) -> Sample:
    """Each sample (a path below samples/ without ".pdf") is analysed once per test session:
    golden, provenance, schema, review, export and inspect tests share it. Under pytest-xdist
    the first worker to need a sample analyses it and the others load its pickle."""
    if _shared_dir is None:
        return _analyse(name)
    import fcntl

    stem = name.replace("/", "__")
    done = _shared_dir / f"{stem}.pickle"
    with (_shared_dir / f"{stem}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if done.is_file():
            return pickle.loads(done.read_bytes())  # noqa: S301 - written by this run
        sample = _analyse(name)
        part = done.with_suffix(".part")
        part.write_bytes(pickle.dumps(sample))
        part.replace(done)
        return sample


def extracted(name: str):
    """Each sample's report, extracted once per test session (see :func:`analysed`)."""
    return analysed(name).analysis.report


def printed_chars(name: str, number: int) -> tuple[float, float, list[Char]] | None:
    """pdfplumber's characters of page ``number`` of a sample, when the reader read that page
    and a box points to it; None otherwise."""
    return analysed(name).pages.get(number)


def _analyse(name: str) -> Sample:
    from icp_extract.pipeline import analyse_document

    read: dict[int, tuple[float, float, list[Char]]] = {}
    with _recording_pages(read):
        analysis = analyse_document(SAMPLES / f"{name}.pdf")
    boxed = {p.page for r in analysis.report.risks for ps in r.provenance.values() for p in ps}
    return Sample(analysis, {n: read[n] for n in boxed if n in read})


@contextlib.contextmanager
def _recording_pages(read: dict[int, tuple[float, float, list[Char]]]) -> Iterator[None]:
    """Keep pdfplumber's characters of every page the reader turns into a ``PageContent``.
    They are the page's own (pdfplumber caches them on the page), so a check against them is a
    check against what is printed; reading them again would parse the page twice."""
    from icp_extract.read import pdf as reader

    def recording(page: Any, content: Any) -> None:
        chars = [(c["text"], c["x0"], c["x1"], c["top"], c["bottom"]) for c in page.chars]
        read[content.number] = (float(page.width), float(page.height), chars)

    reader.PAGE_WATCHERS.append(recording)
    try:
        yield
    finally:
        reader.PAGE_WATCHERS.remove(recording)


@pytest.fixture(scope="session", autouse=True)
def _share_between_workers(request: pytest.FixtureRequest, tmp_path_factory: Any) -> None:
    """Under pytest-xdist, a folder every worker of this run sees: the run's base temporary
    folder, whose subfolders are the workers' own."""
    global _shared_dir
    if hasattr(request.config, "workerinput") and os.name == "posix":
        _shared_dir = tmp_path_factory.getbasetemp().parent / "samples"
        _shared_dir.mkdir(exist_ok=True)


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under pytest-xdist (``--dist loadgroup``), the tests of a module with an expensive
    module-scoped fixture stay in one worker, so the fixture is built once."""
    for item in items:
        if SHARED_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::")[0]))


@pytest.hookimpl(optionalhook=True)  # pytest-xdist's hook: unknown without it
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """``-n auto``: one worker a core this process may use, at most 4: every worker loads the
    pipeline and the language data and starts its own batch workers."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(cores or 1, 4))


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES
