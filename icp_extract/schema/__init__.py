"""The JSON Schema of a result file, shipped inside the package.

The schema is the contract that :meth:`icp_extract.model.Report.to_dict` fulfils; the tests
validate every sample's output against it, so the two cannot drift apart silently.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

RESULT_SCHEMA = "result.schema.json"


def schema_text() -> str:
    """The schema exactly as shipped (what ``icp-extract schema`` prints)."""
    return resources.files(__package__).joinpath(RESULT_SCHEMA).read_text(encoding="utf-8")


def result_schema() -> dict[str, Any]:
    """The schema as a dict (parsed afresh on each call, so callers may change it)."""
    return json.loads(schema_text())
