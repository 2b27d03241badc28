"""The work of one batch worker process: extract one document, write its files, report back.

Runs in a child process. It never raises: every outcome, a bug included, comes back as a
:class:`FileResult`, small enough to pickle, so the parent only collects data.
"""

from __future__ import annotations

import logging
import sys
import time
import traceback
from collections.abc import Sequence
from dataclasses import replace

from icp_extract.batch.model import FileResult, Status, Task
from icp_extract.errors import (
    DamagedPdfError,
    IcpExtractError,
    InternalError,
    NoRiskTableError,
)
from icp_extract.pipeline import UNREADABLE_PAGES
from icp_extract.review import review_codes

log = logging.getLogger(__name__)

#: How the pipeline words the warning for pages it could not read.
UNREADABLE_PREFIX = UNREADABLE_PAGES


def warm() -> None:
    """Load the language data now, once per worker (or once in the fork server, shared by all
    workers it forks), instead of during the first document: that costs 1-2 s."""
    try:
        import icp_extract.pipeline  # noqa: F401 - pdfplumber, pdfminer and the stages
        from icp_extract.lang.sv import frequency, lexicon
        from icp_extract.metadata import extract_metadata

        lexicon.load()
        frequency.load()
        extract_metadata([], "Tolv risker har inventerats.", " ".join)  # builds spaCy's matcher
    except Exception as exc:  # noqa: BLE001 - warming is an optimisation; the task will tell
        log.debug("warm-up failed: %r", exc)


def init_worker(log_level: int = logging.WARNING) -> None:
    """Set up a worker: logging to stderr at the parent's level, language data warm.

    pdfminer warns about every oddity of a damaged file ("Could not get FontBBox...");
    hundreds of such lines would bury the one line per file the batch promises, so they are
    shown only at debug level (``-v``)."""
    logging.basicConfig(level=log_level, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")  # fmt: skip
    if log_level > logging.DEBUG:
        logging.getLogger("pdfminer").setLevel(logging.ERROR)
    warm()


def process_file(task: Task) -> FileResult:
    """Extract ``task.path`` and write ``<stem>.json`` and ``<stem>.csv`` atomically."""
    from icp_extract.export import write_outputs
    from icp_extract.pipeline import extract

    started = time.perf_counter()
    try:
        report = extract(task.path, password=task.password)
        write_outputs(report, task.out_dir, task.stem, excel_sv=task.excel_sv)
    except IcpExtractError as exc:
        status = Status.NO_RISK_TABLE if isinstance(exc, NoRiskTableError) else Status.FAILED
        return _failed(task, exc, started, status=status)
    except Exception as exc:  # noqa: BLE001 - a bug in one file must not stop the batch
        err = InternalError(f"{type(exc).__name__}: {exc}")
        return _failed(task, err, started, detail=traceback.format_exc())
    return summarize(
        task,
        pages=report.source.pages,
        risks=len(report.risks),
        warnings=report.warnings,
        seconds=time.perf_counter() - started,
        review=report.flagged,
        report_review=review_codes(report.review),
    )


def _failed(
    task: Task,
    err: IcpExtractError,
    started: float,
    *,
    status: Status = Status.FAILED,
    detail: str = "",
) -> FileResult:
    return FileResult(
        path=str(task.path),
        sha256=task.sha256,
        status=status,
        reason=err.reason,
        message=err.message,
        advice=err.advice,
        detail=detail,
        seconds=time.perf_counter() - started,
    )


def summarize(
    task: Task,
    *,
    pages: int,
    risks: int,
    warnings: Sequence[str],
    seconds: float,
    review: int = 0,
    report_review: str = "",
) -> FileResult:
    """The result of a document whose outputs were written, from its report's warnings.

    Also used by ``--resume`` to rebuild the row of a result file whose manifest row was lost
    when a run was killed."""
    from icp_extract.pipeline import NO_RISK_TABLE

    unreadable = [w for w in warnings if w.startswith(UNREADABLE_PREFIX)]
    others = [w for w in warnings if w != NO_RISK_TABLE and w not in unreadable]
    done = FileResult(
        path=str(task.path),
        sha256=task.sha256,
        status=Status.OK,
        pages=pages,
        risks=risks,
        seconds=seconds,
        output=task.stem,
        message="; ".join(others),
        review=review,
        report_review=report_review,
    )
    if NO_RISK_TABLE in warnings:
        return replace(
            done,
            status=Status.NO_RISK_TABLE,
            reason=NoRiskTableError.reason,
            message="; ".join(["no risk table found; wrote an empty result", *unreadable]),
            advice=NoRiskTableError.advice,
        )
    if unreadable:
        return replace(
            done,
            reason=DamagedPdfError.reason,
            message="; ".join([*unreadable, "the other pages were extracted", *others]),
            advice=DamagedPdfError.advice,
        )
    return done
