"""Risks as DataFrames: one report's, or a whole folder of results at once (pandas)."""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from icp_extract.errors import IcpExtractError
from icp_extract.model import INT_COLUMNS, RISK_COLUMNS, Report, extra_headers

__all__ = ["RISK_COLUMNS", "SOURCE_COLUMNS", "extra_headers", "read_results", "to_dataframe"]

log = logging.getLogger(__name__)

#: Where each risk of a folder's table comes from; the risk's own columns follow.
SOURCE_COLUMNS = ("file", "result", "organ", "year", "period")


def to_dataframe(report: Report) -> pd.DataFrame:
    """One row per risk, columns in contract order, ``extra`` flattened, ints kept as ints."""
    return report.to_dataframe()


def _frame(report: Report, result: Path) -> pd.DataFrame:
    frame = report.to_dataframe()
    meta = report.report
    source = {
        "file": report.source.file,
        "result": str(result),
        "organ": meta.organ,
        "year": meta.year,
        "period": meta.period,
    }
    for n, (name, value) in enumerate(source.items()):
        frame.insert(n, name, pd.Series([value] * len(frame), dtype=object))
    frame["year"] = frame["year"].astype("Int64")
    return frame


def read_results(folder: str | os.PathLike[str], *, recursive: bool = True) -> pd.DataFrame:
    """Every risk of every result file in ``folder`` (and its subfolders) as one DataFrame.

    Columns: :data:`SOURCE_COLUMNS` (the PDF's file name, the result file read, nämnd, year,
    period), then the risk's columns as in its CSV, with every report's extra columns (empty
    where a report has no such column). JSON files that are not results, such as a batch's
    ``manifest.json``, ``compare.json`` or ``inspect``'s files, are skipped, so the folder an
    ``extract`` or ``batch`` run wrote reads as it is. Results are read in path order."""
    root = Path(folder)
    found = sorted(root.rglob("*.json") if recursive else root.glob("*.json"))
    reports: list[tuple[Report, Path]] = []
    for path in found:
        try:
            reports.append((Report.from_json(path), path))
        except IcpExtractError as exc:
            log.debug("%s skipped: %s", path, exc.message)
    return _concat([_frame(report, path) for report, path in reports], [r for r, _ in reports])


def _concat(frames: Sequence[pd.DataFrame], reports: Sequence[Report]) -> pd.DataFrame:
    columns = [*SOURCE_COLUMNS, *RISK_COLUMNS, *extra_headers(reports), "pages"]
    if not frames:
        empty = pd.DataFrame(columns=columns, dtype=object)
        for name in (*INT_COLUMNS, "year"):
            empty[name] = empty[name].astype("Int64")
        return empty
    return pd.concat(frames, ignore_index=True).reindex(columns=columns)
