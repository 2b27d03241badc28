"""The data model: a few frozen dataclasses shared by every stage.

Geometry is in PDF points with the origin at the top left of the page (pdfplumber's
convention: ``top`` grows downwards). Pages are numbered from 1 as a reader would.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom


@dataclass(frozen=True)
class Word:
    """One word as the reader saw it: its text exactly as printed, and where it stands."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    page: int
    size: float = 0.0
    fontname: str = ""

    @property
    def bbox(self) -> BBox:
        return (self.x0, self.top, self.x1, self.bottom)

    @property
    def xmid(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def ymid(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(frozen=True)
class Rule:
    """A ruling line: a drawn line, or one edge of a thin or cell-bordering rectangle."""

    x0: float
    top: float
    x1: float
    bottom: float
    page: int

    @property
    def horizontal(self) -> bool:
        return (self.x1 - self.x0) >= (self.bottom - self.top)


@dataclass(frozen=True)
class PageContent:
    """Everything the later stages need of one page, detached from pdfplumber."""

    number: int
    width: float
    height: float
    words: tuple[Word, ...]
    rules: tuple[Rule, ...] = ()
    rotation: int = 0

    @property
    def h_rules(self) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.horizontal)

    @property
    def v_rules(self) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if not r.horizontal)


@dataclass(frozen=True)
class Provenance:
    """Where one field's text was read: page and bounding box (union of its words)."""

    page: int
    bbox: BBox

    def to_dict(self) -> dict[str, Any]:
        return {"page": self.page, "bbox": [round(v, 2) for v in self.bbox]}


@dataclass(frozen=True)
class Column:
    header: str
    field: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"header": self.header, "field": self.field}


@dataclass(frozen=True)
class Risk:
    seq: int
    process: str | None
    context: str | None
    label: str | None
    risk: str | None
    risk_value: int | None
    probability: int | None
    consequence: int | None
    controls: str | None
    handling: str | None
    follows_plan: str | None
    comment: str | None
    extra: dict[str, str] = field(default_factory=dict)
    pages: tuple[int, ...] = ()
    raw: dict[str, str] = field(default_factory=dict)
    provenance: dict[str, tuple[Provenance, ...]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "process": self.process,
            "context": self.context,
            "label": self.label,
            "risk": self.risk,
            "risk_value": self.risk_value,
            "probability": self.probability,
            "consequence": self.consequence,
            "controls": self.controls,
            "handling": self.handling,
            "follows_plan": self.follows_plan,
            "comment": self.comment,
            "extra": dict(self.extra),
            "pages": list(self.pages),
            "raw": dict(self.raw),
            "provenance": {
                name: [p.to_dict() for p in provs] for name, provs in self.provenance.items()
            },
        }


@dataclass(frozen=True)
class ReportMeta:
    organ: str | None = None
    year: int | None = None
    period: str | None = None
    title: str | None = None
    risks_inventoried: int | None = None
    risks_critical: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "organ": self.organ,
            "year": self.year,
            "period": self.period,
            "title": self.title,
            "risks_inventoried": self.risks_inventoried,
            "risks_critical": self.risks_critical,
        }


@dataclass(frozen=True)
class Source:
    file: str
    sha256: str
    pages: int

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "sha256": self.sha256, "pages": self.pages}


SCHEMA_VERSION = "1"


@dataclass(frozen=True)
class Report:
    source: Source
    report: ReportMeta
    columns: tuple[Column, ...]
    risks: tuple[Risk, ...]
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "source": self.source.to_dict(),
            "report": self.report.to_dict(),
            "columns": [c.to_dict() for c in self.columns],
            "risks": [r.to_dict() for r in self.risks],
            "warnings": list(self.warnings),
        }
