"""The data a batch passes around: one task per document, one small result per input.

Plain frozen dataclasses, so they travel between processes cheaply and the manifest is simply
their rows. Nothing here imports the pipeline.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from icp_extract.review import review_note


class Status(StrEnum):
    """What became of one input. ``no_risk_table`` is reported, not a failure."""

    OK = "ok"
    NO_RISK_TABLE = "no_risk_table"
    FAILED = "failed"

    def __str__(self) -> str:
        return self.value


#: The manifest's columns, in order (a stable interface, as the reason codes are).
MANIFEST_FIELDS = (
    "path",
    "sha256",
    "pages",
    "status",
    "reason",
    "message",
    "risks",
    "seconds",
    "output",
    "review",
    "report_review",
)


@dataclass(frozen=True)
class Task:
    """One document to extract: everything a worker needs, nothing it has to look up."""

    path: Path
    sha256: str
    stem: str
    out_dir: Path
    password: str | None = None
    excel_sv: bool = False  # the CSV for Swedish Excel (``--excel-sv``)


@dataclass(frozen=True)
class FileResult:
    """One input's outcome: a manifest row, plus the advice and detail the CLI may print.

    ``reason`` is a stable reason code: empty for a clean success, the failure's code for
    ``failed``, ``no_risk_table`` for that status, and ``damaged`` for a success that could
    not read every page (``message`` names the pages). ``output`` is the stem of the per-file
    ``.json``/``.csv`` written in the output folder, empty when nothing was written.
    """

    path: str
    sha256: str
    status: Status
    pages: int | None = None
    reason: str = ""
    message: str = ""
    risks: int = 0
    seconds: float = 0.0
    output: str = ""
    #: Risks with something to review, and the codes of the report's own review items.
    review: int = 0
    report_review: str = ""
    advice: str = ""
    detail: str = ""  # a traceback, for -v; never written to the manifest
    resumed: bool = False  # taken from an earlier run's manifest, not redone

    @property
    def failed(self) -> bool:
        return self.status is Status.FAILED

    @property
    def finished(self) -> bool:
        """A result that a later ``--resume`` may keep instead of redoing."""
        return self.status is not Status.FAILED and bool(self.output)

    def line(self) -> str:
        """The one stderr line for this input, shaped like :meth:`IcpExtractError.line`."""
        if self.status is Status.OK and not self.reason:
            note = review_note(self.review, self.report_review)
            return f"{self.path}: ok - {self.risks} risks{note}"
        parts = [f"{self.path}: {self.reason}"]
        if self.message:
            parts.append(self.message)
        if self.advice:
            parts.append(self.advice)
        return " - ".join(parts)

    def for_path(self, path: str) -> FileResult:
        """The same outcome for another input holding the same bytes."""
        return replace(self, path=path)

    def to_row(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "sha256": self.sha256,
            "pages": self.pages,
            "status": self.status.value,
            "reason": self.reason,
            "message": self.message,
            "risks": self.risks,
            "seconds": round(self.seconds, 3),
            "output": self.output,
            "review": self.review,
            "report_review": self.report_review,
        }

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> FileResult:
        """A manifest row back as a result (for ``--resume``); raises KeyError/ValueError."""
        pages = row.get("pages")
        return cls(
            path=str(row["path"]),
            sha256=str(row["sha256"]),
            status=Status(row["status"]),
            pages=int(pages) if pages not in (None, "") else None,
            reason=str(row.get("reason") or ""),
            message=str(row.get("message") or ""),
            risks=int(row.get("risks") or 0),
            seconds=float(row.get("seconds") or 0.0),
            output=str(row.get("output") or ""),
            review=int(row.get("review") or 0),
            report_review=str(row.get("report_review") or ""),
        )
