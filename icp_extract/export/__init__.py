"""Writing results: JSON (the contract) and CSV, each file written atomically.

Nothing here imports pandas: a batch worker writes its files without it, and
:mod:`icp_extract.export.tabular` brings it in only for DataFrames.
"""

from __future__ import annotations

import json
from pathlib import Path

from icp_extract.export.csvfile import SafeWriter, dialect
from icp_extract.export.files import atomic_path, write_atomic
from icp_extract.model import RISK_COLUMNS, Report, extra_headers, risk_rows

__all__ = [
    "RISK_COLUMNS",
    "atomic_path",
    "report_json",
    "write_atomic",
    "write_csv",
    "write_json",
    "write_outputs",
]


def report_json(report: Report) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"


def write_json(report: Report, path: Path) -> None:
    """The bytes of :func:`report_json`, written as they are encoded: a long report's JSON
    is never held whole as a string and again as bytes."""
    with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8", newline="") as fh:
        json.dump(report.to_dict(), fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def write_csv(report: Report, path: Path, *, excel_sv: bool = False) -> None:
    """One risk a row, columns in contract order, ``extra`` flattened, cells neutralised
    (see :mod:`icp_extract.export.csvfile`). ``excel_sv``: the dialect for Swedish Excel."""
    kind = dialect(excel_sv)
    columns = [*RISK_COLUMNS, *extra_headers([report]), "pages"]
    with atomic_path(path) as tmp, tmp.open("w", encoding=kind.encoding, newline="") as fh:
        writer = SafeWriter(fh, columns, kind)
        for row in risk_rows(report, pages_sep=kind.pages_sep):
            writer.writerow(row)


def write_outputs(
    report: Report, out_dir: Path, stem: str, *, excel_sv: bool = False
) -> list[Path]:
    """Write ``stem.json`` and ``stem.csv``; the JSON last, so its presence means done."""
    csv_path, json_path = out_dir / f"{stem}.csv", out_dir / f"{stem}.json"
    write_csv(report, csv_path, excel_sv=excel_sv)
    write_json(report, json_path)
    return [json_path, csv_path]
