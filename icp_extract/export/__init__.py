"""Writing results: JSON (the contract) and CSV, each file written atomically."""

from __future__ import annotations

import json
from pathlib import Path

from icp_extract.export.files import write_atomic
from icp_extract.export.tabular import RISK_COLUMNS, to_dataframe
from icp_extract.model import Report

__all__ = [
    "RISK_COLUMNS",
    "to_dataframe",
    "write_atomic",
    "write_csv",
    "write_json",
    "write_outputs",
]


def report_json(report: Report) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"


def write_json(report: Report, path: Path) -> None:
    write_atomic(path, report_json(report).encode("utf-8"))


def write_csv(report: Report, path: Path, *, excel_sv: bool = False) -> None:
    """UTF-8 CSV with a header row. ``excel_sv``: semicolons and a BOM for Swedish Excel."""
    frame = to_dataframe(report)
    text = frame.to_csv(index=False, sep=";" if excel_sv else ",", lineterminator="\n")
    data = text.encode("utf-8-sig" if excel_sv else "utf-8")
    write_atomic(path, data)


def write_outputs(
    report: Report, out_dir: Path, stem: str, *, excel_sv: bool = False
) -> list[Path]:
    """Write ``stem.json`` and ``stem.csv``; the JSON last, so its presence means done."""
    csv_path, json_path = out_dir / f"{stem}.csv", out_dir / f"{stem}.json"
    write_csv(report, csv_path, excel_sv=excel_sv)
    write_json(report, json_path)
    return [json_path, csv_path]
