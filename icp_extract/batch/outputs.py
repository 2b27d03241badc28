"""The batch's own files: the manifest (CSV and JSON) and the combined risk table of the run
(CSV and Parquet). Each is written to a temporary file beside its target and renamed over it,
so a reader, or a run killed half-way, never sees half a file.

Every CSV cell a spreadsheet would run as a formula is neutralised
(:mod:`icp_extract.export.csvfile`); pyarrow is imported only when the combined table is
written, so the parent process of a batch stays small and starts its workers quickly.
"""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from icp_extract.batch.model import MANIFEST_FIELDS, FileResult, Status
from icp_extract.export.csvfile import PLAIN, CsvDialect, SafeWriter, restore
from icp_extract.export.files import atomic_path
from icp_extract.model import RISK_COLUMNS

log = logging.getLogger(__name__)

MANIFEST_CSV = "manifest.csv"
MANIFEST_JSON = "manifest.json"
RISKS_CSV = "risks.csv"
RISKS_PARQUET = "risks.parquet"
#: Names the batch writes itself; a per-file output may not take them.
RESERVED_STEMS = frozenset({"manifest", "risks"})
MANIFEST_SCHEMA_VERSION = "1"

#: Where each risk of the combined table comes from; its other columns follow.
SOURCE_COLUMNS = ("source_file", "sha256", "organ", "year", "period")
INT_COLUMNS = frozenset({"year", "seq", "risk_value", "probability", "consequence"})
#: Rows buffered per Parquet row group.
ROW_GROUP = 10_000


def remove_partials(out_dir: Path, stem: str | None = None) -> list[Path]:
    """Delete temporary files a killed writer left (all of them, or those of ``stem``)."""
    if not out_dir.is_dir():
        return []
    pattern = f".{stem}.*.part" if stem is not None else ".*.part"
    removed = []
    for tmp in out_dir.glob(pattern):
        try:
            tmp.unlink()
            removed.append(tmp)
        except OSError:
            pass
    return removed


# -- manifest -----------------------------------------------------------------------------
def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def totals(results: Iterable[FileResult], inputs: int) -> dict[str, int]:
    counts = {
        "inputs": inputs, "ok": 0, "no_risk_table": 0, "failed": 0, "resumed": 0, "risks": 0,
        "review": 0,
    }  # fmt: skip
    done = 0
    for r in results:
        done += 1
        counts[r.status.value] += 1
        counts["resumed"] += r.resumed
        counts["risks"] += r.risks
        counts["review"] += r.review
    counts["pending"] = inputs - done
    return counts


def write_manifest(
    out_dir: Path, results: list[FileResult], *, inputs: int, complete: bool, started: str
) -> None:
    """Write ``manifest.json`` then ``manifest.csv``: one row per input that has an outcome."""
    rows = [r.to_row() for r in results]
    doc = {
        "schema_version": MANIFEST_SCHEMA_VERSION,
        "complete": complete,
        "started": started,
        "updated": _now(),
        "totals": totals(results, inputs),
        "files": rows,
    }
    with atomic_path(out_dir / MANIFEST_JSON) as tmp:
        with tmp.open("w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    with atomic_path(out_dir / MANIFEST_CSV) as tmp:
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            writer = SafeWriter(fh, MANIFEST_FIELDS)
            for row in rows:
                writer.writerow(row)


def read_manifest(out_dir: Path) -> list[FileResult]:
    """The rows of an earlier run's manifest (JSON, else CSV); empty if there is none."""
    rows: list[dict[str, Any]] = []
    try:
        doc = json.loads((out_dir / MANIFEST_JSON).read_text(encoding="utf-8"))
        rows = list(doc["files"])
    except (OSError, ValueError, KeyError, TypeError):
        try:
            with (out_dir / MANIFEST_CSV).open(encoding="utf-8", newline="") as fh:
                rows = [{k: restore(v or "") for k, v in r.items()} for r in csv.DictReader(fh)]
        except (OSError, csv.Error, UnicodeDecodeError):
            rows = []
    out = []
    for row in rows:
        try:
            out.append(FileResult.from_row(row))
        except (KeyError, ValueError, TypeError):
            log.debug("ignoring a malformed manifest row: %r", row)
    return out


def read_report_json(out_dir: Path, stem: str) -> dict[str, Any] | None:
    """A per-file result as written by ``export.write_outputs``, or None if unreadable."""
    try:
        data = json.loads((out_dir / f"{stem}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def report_sha(data: dict[str, Any] | None) -> str | None:
    try:
        return str(data["source"]["sha256"]) if data else None
    except (KeyError, TypeError):
        return None


# -- combined risk table ------------------------------------------------------------------
def combined_columns() -> tuple[str, ...]:
    """The combined table's columns: the source, then the risk as in a per-file CSV, then
    ``extra``, the report's own extra columns as a JSON object, so that the table keeps one
    schema however many different extra headers an archive has."""
    return (*SOURCE_COLUMNS, *RISK_COLUMNS, "pages", "extra")


def _rows(result: FileResult, data: dict[str, Any]) -> Iterator[dict[str, Any]]:
    meta = data.get("report") or {}
    for risk in data.get("risks") or []:
        row: dict[str, Any] = {
            "source_file": result.path,
            "sha256": result.sha256,
            "organ": meta.get("organ"),
            "year": meta.get("year"),
            "period": meta.get("period"),
        }
        for name in RISK_COLUMNS:
            row[name] = risk.get(name)
        row["pages"] = ",".join(str(p) for p in risk.get("pages") or [])
        extra = risk.get("extra") or {}
        row["extra"] = json.dumps(extra, ensure_ascii=False) if extra else None
        yield row


def _schema() -> Any:
    import pyarrow as pa  # type: ignore[import-untyped]

    return pa.schema(
        [(name, pa.int32() if name in INT_COLUMNS else pa.string()) for name in combined_columns()]
    )


def write_combined(out_dir: Path, results: Iterable[FileResult], kind: CsvDialect = PLAIN) -> int:
    """Write ``risks.csv`` (in the dialect ``kind``) and ``risks.parquet``: every risk of every
    finished input, one row each, read back from the per-file JSON files. Streams, so an
    archive of any size fits in memory. Returns the number of rows."""
    import pyarrow as pa  # type: ignore[import-untyped]
    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    schema = _schema()
    count = 0
    with (
        atomic_path(out_dir / RISKS_CSV) as csv_tmp,
        atomic_path(out_dir / RISKS_PARQUET) as pq_tmp,
        csv_tmp.open("w", encoding=kind.encoding, newline="") as fh,
        pq.ParquetWriter(str(pq_tmp), schema) as parquet,
    ):
        writer = SafeWriter(fh, combined_columns(), kind)
        buffer: list[dict[str, Any]] = []
        for result in results:
            if result.status is Status.FAILED or not result.output or not result.risks:
                continue
            data = read_report_json(out_dir, result.output)
            if report_sha(data) != result.sha256:
                log.warning("%s: its result file %s.json is missing or changed; left out of %s",
                            result.path, result.output, RISKS_CSV)  # fmt: skip
                continue
            assert data is not None
            for row in _rows(result, data):
                writer.writerow({**row, "pages": row["pages"].replace(",", kind.pages_sep)})
                buffer.append(row)
                count += 1
            if len(buffer) >= ROW_GROUP:
                parquet.write_table(pa.Table.from_pylist(buffer, schema=schema))
                buffer = []
        # An empty table still gets its schema, so readers of an empty run see the columns.
        parquet.write_table(pa.Table.from_pylist(buffer, schema=schema))
    return count
