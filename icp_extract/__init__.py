"""icp-extract: Swedish internal-control follow-up reports (PDF) to structured risk records.

>>> import icp_extract
>>> report = icp_extract.extract("samples/ks2023_replica_ruled.pdf")
>>> report.risks[0].process
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from icp_extract.errors import IcpExtractError
from icp_extract.model import Report, Risk

__version__ = "0.1.0"
__all__ = ["IcpExtractError", "Report", "Risk", "extract", "__version__"]


def extract(path: str | Path, *, password: str | None = None, settings: Any = None) -> Report:
    """Extract every risk of one follow-up report PDF (``settings``: a Settings or a dict)."""
    from icp_extract.pipeline import extract as _extract

    return _extract(path, password=password, settings=settings)
