"""Running a batch: plan the outputs, hand documents to workers, record every outcome."""

from __future__ import annotations

import functools
import logging
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from icp_extract.batch.model import FileResult, Status, Task
from icp_extract.batch.outputs import (
    RESERVED_STEMS,
    read_manifest,
    read_report_json,
    remove_partials,
    report_sha,
    write_combined,
    write_manifest,
)
from icp_extract.batch.pool import Outcome, WorkerPool, default_jobs
from icp_extract.batch.progress import BatchProgress, NullProgress
from icp_extract.batch.worker import init_worker, process_file, summarize
from icp_extract.errors import (
    ExtractTimeoutError,
    IcpExtractError,
    InternalError,
    NotPdfError,
    OutputError,
)
from icp_extract.export.csvfile import dialect
from icp_extract.model import Report
from icp_extract.read import sha256_of
from icp_extract.review import review_codes

log = logging.getLogger(__name__)

#: Default per-file time limit, seconds: a 1,000-page report takes a few minutes.
DEFAULT_TIMEOUT = 600.0
#: The manifest is rewritten at most this often while results come in (and always at the end).
CHECKPOINT_SECONDS = 1.0


# -- the result ---------------------------------------------------------------------------
@dataclass(frozen=True)
class BatchResult:
    """Every input's outcome (in input order; inputs never reached are left out), and how the
    run ended. ``interrupted``: stopped by Ctrl-C/SIGTERM; ``aborted``: stopped at the first
    failure (``abort_on_error``). Either way the manifest holds what finished."""

    out_dir: Path
    inputs: int
    results: tuple[FileResult, ...]
    seconds: float
    risk_rows: int = 0
    interrupted: bool = False
    aborted: bool = False

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.status is Status.FAILED]

    @property
    def ok(self) -> list[FileResult]:
        return [r for r in self.results if r.status is Status.OK]

    @property
    def no_risk_table(self) -> list[FileResult]:
        return [r for r in self.results if r.status is Status.NO_RISK_TABLE]

    @property
    def resumed(self) -> list[FileResult]:
        return [r for r in self.results if r.resumed]

    @property
    def pending(self) -> int:
        return self.inputs - len(self.results)

    @property
    def complete(self) -> bool:
        return not self.pending

    def summary(self) -> str:
        parts = [
            f"{len(self.results)} of {self.inputs} files",
            f"{len(self.ok)} ok",
            f"{len(self.no_risk_table)} without a risk table",
            f"{len(self.failed)} failed",
        ]
        if self.resumed:
            parts.append(f"{len(self.resumed)} already done")
        parts.append(f"{self.risk_rows} risks in {self.out_dir / 'risks.csv'}")
        return ", ".join(parts) + f" ({self.seconds:.1f} s)"


# -- planning -----------------------------------------------------------------------------
@dataclass
class _Doc:
    """One distinct document (by sha256) and every input path that holds it."""

    sha256: str
    paths: list[Path]
    stem: str = ""
    result: FileResult | None = None


def _previous_results(out_dir: Path, resume: bool) -> dict[str, FileResult]:
    """sha256 -> an earlier run's finished result whose JSON file still proves it."""
    if not resume:
        return {}
    found: dict[str, FileResult] = {}
    for prev in read_manifest(out_dir):
        if prev.finished and prev.sha256 not in found:
            if report_sha(read_report_json(out_dir, prev.output)) == prev.sha256:
                found[prev.sha256] = replace(prev, resumed=True, advice="", detail="")
    return found


def _recovered(out_dir: Path, doc: _Doc, stems: Iterable[str]) -> FileResult | None:
    """A result file of ``doc`` that the manifest does not list (a killed run's last one)."""
    for stem in stems:
        data = read_report_json(out_dir, stem)
        if report_sha(data) != doc.sha256:
            continue
        assert data is not None
        task = Task(doc.paths[0], doc.sha256, stem, out_dir)
        try:
            report = Report.from_dict(data)
            result = summarize(
                task,
                pages=report.source.pages,
                risks=len(report.risks),
                warnings=report.warnings,
                seconds=0.0,
                review=report.flagged,
                report_review=review_codes(report.review),
            )
        except IcpExtractError:
            continue
        return replace(result, resumed=True, advice="")
    return None


def _assign_stems(docs: list[_Doc], taken: dict[str, str]) -> None:
    """Give each new document an output stem that no other document of the run, nor an
    earlier result kept by ``--resume`` (``taken``: lowercased stem -> sha256), has."""
    counts = Counter(d.paths[0].stem.lower() for d in docs)
    for doc in docs:
        if doc.stem:
            continue
        stem = doc.paths[0].stem
        key = stem.lower()
        clash = counts[key] > 1 or key in RESERVED_STEMS or taken.get(key, doc.sha256) != doc.sha256
        doc.stem = f"{stem}-{doc.sha256[:8]}" if clash else stem


def _failure(
    path: Path, sha: str, err: IcpExtractError, *, seconds: float = 0.0, detail: str = ""
) -> FileResult:
    return FileResult(
        path=str(path),
        sha256=sha,
        status=Status.FAILED,
        reason=err.reason,
        message=err.message,
        advice=err.advice,
        seconds=seconds,
        detail=detail,
    )


def _from_outcome(task: Task, outcome: Outcome, timeout: float | None) -> FileResult:
    if outcome.kind == "done" and isinstance(outcome.value, FileResult):
        return outcome.value
    seconds = outcome.seconds
    if outcome.kind == "timeout":
        err: IcpExtractError = ExtractTimeoutError(
            f"stopped after {timeout:g} s" if timeout else "stopped"
        )
        return _failure(task.path, task.sha256, err, seconds=seconds)
    if outcome.kind == "crashed":
        why = ": out of memory, or killed from outside" if "SIGKILL" in outcome.message else ""
        err = InternalError(outcome.message + why)
        return _failure(task.path, task.sha256, err, seconds=seconds)
    err = InternalError(outcome.message or f"the worker returned {outcome.value!r}")
    return _failure(task.path, task.sha256, err, seconds=seconds, detail=outcome.detail)


# -- running ------------------------------------------------------------------------------
class _Run:
    """The parent's state while a batch runs: results so far, and the manifest checkpoints."""

    def __init__(
        self,
        out: Path,
        paths: list[Path],
        progress: BatchProgress,
        on_result: Callable[[FileResult], None] | None,
    ) -> None:
        self.out = out
        self.paths = paths
        self.order = {str(p): i for i, p in enumerate(paths)}
        self.progress = progress
        self.on_result = on_result
        self.results: dict[str, FileResult] = {}
        self.started_at = datetime.now(UTC).isoformat(timespec="seconds")
        self.last_write: float | None = None

    def record(self, result: FileResult) -> None:
        self.results[result.path] = result
        self.progress.advance(result)
        if self.on_result is not None:
            self.on_result(result)

    def ordered(self) -> list[FileResult]:
        return sorted(self.results.values(), key=lambda r: self.order.get(r.path, len(self.order)))

    def checkpoint(self, *, final: bool = False) -> list[FileResult]:
        """Rewrite the manifest if it is due (always when ``final``); return what it wrote."""
        now = time.monotonic()
        due = self.last_write is None or now - self.last_write >= CHECKPOINT_SECONDS
        if not (final or due):
            return []
        rows = self.ordered()
        complete = final and len(rows) == len(self.paths)
        write_manifest(
            self.out, rows, inputs=len(self.paths), complete=complete, started=self.started_at
        )
        self.last_write = now
        return rows


def _hash_all(paths: list[Path]) -> tuple[dict[str, _Doc], list[FileResult]]:
    """Group the inputs by content; an input that cannot be read is a result already."""
    docs: dict[str, _Doc] = {}
    unreadable: list[FileResult] = []
    for path in paths:
        try:
            sha = sha256_of(path)
        except OSError as exc:
            err = NotPdfError(f"cannot read the file ({exc.strerror or exc})")
            unreadable.append(_failure(path, "", err))
            continue
        docs.setdefault(sha, _Doc(sha, [])).paths.append(path)
    return docs, unreadable


def _plan(out: Path, docs: dict[str, _Doc], resume: bool) -> list[_Doc]:
    """Name every document's outputs, take over finished results; return those left to do."""
    previous = _previous_results(out, resume)
    taken = {r.output.lower(): sha for sha, r in previous.items()}
    for doc in docs.values():
        if doc.sha256 in previous:
            doc.result = previous[doc.sha256]
            doc.stem = doc.result.output
    _assign_stems(list(docs.values()), taken)
    todo = [d for d in docs.values() if d.result is None]
    if not resume:
        return todo
    for doc in todo:
        doc.result = _recovered(out, doc, dict.fromkeys([doc.stem, doc.paths[0].stem]))
        if doc.result is not None:
            doc.stem = doc.result.output
    return [d for d in todo if d.result is None]


def run_batch(
    files: Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    jobs: int | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    password: str | None = None,
    excel_sv: bool = False,
    resume: bool = False,
    abort_on_error: bool = False,
    progress: BatchProgress | None = None,
    on_result: Callable[[FileResult], None] | None = None,
    max_tasks_per_worker: int | None = 200,
    log_level: int = logging.WARNING,
    worker: Callable[[Task], FileResult] = process_file,
) -> BatchResult:
    """Extract every file into ``out_dir``; see the module docstring for what is written.

    ``jobs``: worker processes (default: every core). ``timeout``: seconds one file may take
    before its worker is killed (None or 0: no limit). ``excel_sv``: every CSV of the run in
    the dialect for Swedish Excel (semicolons, a BOM, Swedish headers). ``on_result`` is
    called in the parent for each input as its outcome arrives (resumed ones first).
    ``worker`` is the function a worker runs per document; tests substitute one. Ctrl-C
    (KeyboardInterrupt) stops the workers and returns a result with ``interrupted`` set,
    after writing the manifest and combined tables of what finished. ``log_level`` is the
    workers' logging level (the PDF libraries' own warnings show only at DEBUG). Raises only
    :class:`OutputError`, when the output folder itself cannot be written.
    """
    started = time.monotonic()
    out = _output_folder(out_dir)
    progress = progress or NullProgress()
    paths = [Path(f) for f in files]
    docs, unreadable = _hash_all(paths)
    todo = _plan(out, docs, resume)
    run = _Run(out, paths, progress, on_result)
    done_before = [d for d in docs.values() if d.result is not None]
    interrupted = aborted = False
    progress.start(len(paths), sum(len(d.paths) for d in done_before))
    try:
        _record_known(run, unreadable, done_before)
        if abort_on_error and unreadable:
            aborted = True
        elif todo:
            run.checkpoint()
            pool: WorkerPool[Task] = WorkerPool(
                worker,
                max(1, min(jobs or default_jobs(), len(todo))),
                timeout=timeout if timeout and timeout > 0 else None,
                max_tasks=max_tasks_per_worker,
                initializer=functools.partial(init_worker, log_level),
            )
            tasks = [Task(d.paths[0], d.sha256, d.stem, out, password, excel_sv) for d in todo]
            with pool:
                aborted = _execute(run, pool, tasks, todo, abort_on_error)
    except KeyboardInterrupt:
        interrupted = True
        remove_partials(out)
    finally:
        progress.stop()
    final = run.checkpoint(final=True)
    rows = write_combined(out, final, dialect(excel_sv))
    return BatchResult(
        out_dir=out,
        inputs=len(paths),
        results=tuple(final),
        seconds=time.monotonic() - started,
        risk_rows=rows,
        interrupted=interrupted,
        aborted=aborted,
    )


def _output_folder(out_dir: str | os.PathLike[str]) -> Path:
    """The output folder, created if need be, with the partial files of a killed run gone.
    Raises :class:`OutputError` when it cannot be created."""
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create {out} ({exc.strerror})") from exc
    remove_partials(out)
    return out


def _record_known(run: _Run, unreadable: list[FileResult], done_before: list[_Doc]) -> None:
    """Record the outcomes known before any work: inputs that cannot be read, and documents
    an earlier run finished (``--resume``), once per input path that holds them."""
    for result in unreadable:
        run.record(result)
    for doc in done_before:
        assert doc.result is not None
        for path in doc.paths:
            run.record(doc.result.for_path(str(path)))


def _execute(
    run: _Run, pool: WorkerPool[Task], tasks: list[Task], todo: list[_Doc], abort_on_error: bool
) -> bool:
    """Collect the pool's outcomes as results; True if stopped at a failure."""
    paths = {d.sha256: d.paths for d in todo}
    for task, outcome in pool.run(tasks):
        result = _from_outcome(task, outcome, pool.timeout)
        if outcome.kind in ("timeout", "crashed"):
            remove_partials(run.out, task.stem)
        for path in paths[task.sha256]:
            run.record(result.for_path(str(path)))
        run.checkpoint()
        if abort_on_error and result.failed:
            return True
    return False
