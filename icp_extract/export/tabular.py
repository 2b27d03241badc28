"""Risks as rows: the CSV layout, shared by every tabular export."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from icp_extract.model import Report

# Contract order of a risk's columns in CSV and other flat outputs.
RISK_COLUMNS = (
    "seq",
    "process",
    "context",
    "label",
    "risk",
    "risk_value",
    "probability",
    "consequence",
    "controls",
    "handling",
    "follows_plan",
    "comment",
)


def risk_rows(report: Report) -> list[dict[str, Any]]:
    rows = []
    for risk in report.risks:
        d = risk.to_dict()
        row = {name: d[name] for name in RISK_COLUMNS}
        for header, text in risk.extra.items():
            row[header] = text
        row["pages"] = ",".join(str(p) for p in risk.pages)
        rows.append(row)
    return rows


def extra_headers(reports: Sequence[Report]) -> list[str]:
    seen: list[str] = []
    for report in reports:
        for col in report.columns:
            if col.field is None and col.header and col.header not in seen:
                seen.append(col.header)
        for risk in report.risks:
            for header in risk.extra:
                if header not in seen:
                    seen.append(header)
    return seen


def to_dataframe(report: Report) -> pd.DataFrame:
    """One row per risk, columns in contract order, ``extra`` flattened, ints kept as ints."""
    columns = [*RISK_COLUMNS, *extra_headers([report]), "pages"]
    frame = pd.DataFrame(risk_rows(report), columns=columns, dtype=object)
    for name in ("seq", "risk_value", "probability", "consequence"):
        frame[name] = frame[name].astype("Int64")
    return frame
