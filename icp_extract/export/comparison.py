"""The files of a comparison of years: ``compare.xlsx`` and ``compare.json``."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from icp_extract.compare import Comparison, comparison_json
from icp_extract.export.comparison_xlsx import write_comparison_xlsx
from icp_extract.export.files import write_atomic
from icp_extract.model import Report


def write_comparison(
    reports: Sequence[Report], comparisons: Sequence[Comparison], out_dir: Path
) -> list[Path]:
    """Write ``compare.xlsx`` and then ``compare.json`` (its presence means done)."""
    out_dir = Path(out_dir)
    xlsx, js = out_dir / "compare.xlsx", out_dir / "compare.json"
    write_comparison_xlsx(reports, comparisons, xlsx)
    text = json.dumps(comparison_json(comparisons), ensure_ascii=False, indent=2) + "\n"
    write_atomic(js, text.encode("utf-8"))
    return [js, xlsx]
