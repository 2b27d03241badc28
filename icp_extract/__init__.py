"""icp-extract: Swedish internal-control follow-up reports (PDF) to structured risk records.

>>> import icp_extract
>>> report = icp_extract.extract("samples/ks2023_replica_ruled.pdf")
>>> report.risks[0].process
>>> risks = icp_extract.read_results("ut/")   # every result in a folder, one DataFrame
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from icp_extract.errors import IcpExtractError
from icp_extract.model import Report, Risk

if TYPE_CHECKING:
    import pandas as pd

__version__ = "0.1.0"
__all__ = ["IcpExtractError", "Report", "Risk", "extract", "read_results", "__version__"]


def extract(path: str | Path, *, password: str | None = None, settings: Any = None) -> Report:
    """Extract every risk of one follow-up report PDF (``settings``: a Settings or a dict)."""
    from icp_extract.pipeline import extract as _extract

    return _extract(path, password=password, settings=settings)


def read_results(folder: str | os.PathLike[str], *, recursive: bool = True) -> pd.DataFrame:
    """Every risk of every result file (``<name>.json``) in ``folder`` as one DataFrame, with
    the PDF's file name, nämnd, year and period in front; other JSON files (a batch's
    manifest, ``compare.json``) are skipped. Needs pandas."""
    from icp_extract.export.tabular import read_results as _read_results

    return _read_results(folder, recursive=recursive)
