"""The data model: a few frozen dataclasses shared by every stage.

Geometry is in PDF points with the origin at the top left of the page (pdfplumber's
convention: ``top`` grows downwards). Pages are numbered from 1 as a reader would.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from icp_extract.errors import NotAResultError, NotFoundError

if TYPE_CHECKING:
    import pandas as pd

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom


class _Boxed:
    """Box arithmetic for anything with x0, top, x1 and bottom."""

    __slots__ = ()  # no instance dict, so the slotted boxes below stay small

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def bbox(self) -> BBox:
        return (self.x0, self.top, self.x1, self.bottom)

    @property
    def xmid(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def ymid(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(frozen=True, slots=True)
class Word(_Boxed):
    """One word as the reader saw it: its text exactly as printed, and where it stands.
    Slotted: a long document holds hundreds of thousands (104 bytes each instead of 152 and
    an instance dict)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    page: int
    size: float = 0.0
    fontname: str = ""


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
class Shape(_Boxed):
    """A filled shape that may carry meaning by its colour: a cell's fill, a traffic-light
    circle. ``fill`` is (red, green, blue), each 0-1."""

    x0: float
    top: float
    x1: float
    bottom: float
    page: int
    fill: tuple[float, float, float]


@dataclass(frozen=True)
class TaggedCell:
    """One table cell as a tagged PDF's structure tree makes it (see ``read/tags.py``):
    the author's own cell, with the words whose glyphs it tags. Indices are 0-based within
    the page's tagged tables; ``header`` is a ``TH`` cell."""

    table: int
    row: int
    col: int
    rowspan: int
    colspan: int
    header: bool
    words: tuple[Word, ...]

    @cached_property  # asked for at every header site of the page
    def bbox(self) -> BBox:
        return (
            min(w.x0 for w in self.words),
            min(w.top for w in self.words),
            max(w.x1 for w in self.words),
            max(w.bottom for w in self.words),
        )


@dataclass(frozen=True)
class PageContent:
    """Everything the later stages need of one page, detached from pdfplumber."""

    number: int
    width: float
    height: float
    words: tuple[Word, ...]
    rules: tuple[Rule, ...] = ()
    rotation: int = 0
    #: 90 or 270 when the content was drawn turned on the page and is read upright here
    #: (width and height are the upright page's); boxes map back with :meth:`page_box`.
    turn: int = 0
    #: The cells of the page's tagged tables, in tag order; empty when the PDF is untagged.
    tagged_cells: tuple[TaggedCell, ...] = ()
    #: A scanned page: OCR text over a page image, straightened, with rules read from the
    #: image (``read/scan.py``).
    scanned: bool = False
    #: Filled shapes in colour (cell fills, status circles), for values shown by colour.
    shapes: tuple[Shape, ...] = ()

    def page_box(self, box: BBox) -> BBox:
        """A box of this upright reading as it stands on the PDF page."""
        x0, top, x1, bottom = box
        if self.turn == 90:
            return (top, self.width - x1, bottom, self.width - x0)
        if self.turn == 270:
            return (self.height - bottom, x0, self.height - top, x1)
        return box

    @property
    def h_rules(self) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.horizontal)

    @property
    def v_rules(self) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if not r.horizontal)


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where one field's text was read: page and bounding box (union of its words)."""

    page: int
    bbox: BBox

    def to_dict(self) -> dict[str, Any]:
        return {"page": self.page, "bbox": [round(v, 2) for v in self.bbox]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Provenance:
        x0, top, x1, bottom = (float(v) for v in data["bbox"])
        return cls(page=int(data["page"]), bbox=(x0, top, x1, bottom))


@dataclass(frozen=True)
class Column:
    header: str
    field: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"header": self.header, "field": self.field}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Column:
        return cls(header=data["header"], field=data["field"])


@dataclass(frozen=True)
class ReviewItem:
    """A reason to look twice at a risk, one of its fields, or a whole report.

    ``code`` is a stable review code (listed in the README and the JSON Schema); ``field``
    the field it concerns (a risk field or an extra column's header), None for the record or
    report as a whole; ``detail`` says what was seen, for a person."""

    code: str
    field: str | None
    detail: str

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "field": self.field, "detail": self.detail}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ReviewItem:
        return cls(code=str(data["code"]), field=data.get("field"), detail=str(data["detail"]))


def _review_items(data: Any) -> tuple[ReviewItem, ...]:
    return tuple(ReviewItem.from_dict(item) for item in data or ())


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
    #: Reasons to look twice at this risk (filled by the review stage, last in the pipeline).
    review: tuple[ReviewItem, ...] = ()

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
            "review": [item.to_dict() for item in self.review],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Risk:
        """The inverse of :meth:`to_dict` (bounding boxes keep the JSON's 2 decimals)."""
        return cls(
            seq=data["seq"],
            process=data["process"],
            context=data["context"],
            label=data["label"],
            risk=data["risk"],
            risk_value=data["risk_value"],
            probability=data["probability"],
            consequence=data["consequence"],
            controls=data["controls"],
            handling=data["handling"],
            follows_plan=data["follows_plan"],
            comment=data["comment"],
            extra=dict(data.get("extra") or {}),
            pages=tuple(data.get("pages") or ()),
            raw=dict(data.get("raw") or {}),
            provenance={
                name: tuple(Provenance.from_dict(p) for p in provs)
                for name, provs in (data.get("provenance") or {}).items()
            },
            review=_review_items(data.get("review")),
        )


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

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ReportMeta:
        return cls(**{name: data.get(name) for name in cls.__dataclass_fields__})


@dataclass(frozen=True)
class Source:
    file: str
    sha256: str
    pages: int

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "sha256": self.sha256, "pages": self.pages}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Source:
        return cls(file=data["file"], sha256=data["sha256"], pages=data["pages"])


@dataclass(frozen=True)
class TableGeometry:
    """Where one piece of a risk table stands on one page, as the detector saw it: for
    pictures that check an extraction (``icp-extract inspect``), not part of the JSON."""

    page: int
    bbox: BBox
    header_bottom: float
    ruled: bool
    columns: tuple[tuple[float, float, str, str | None], ...]  # x0, x1, header, field
    rows: tuple[tuple[float, float], ...]  # top, bottom of each row piece


SCHEMA_VERSION = "1"

#: Contract order of a risk's columns in CSV and other flat outputs (``extra`` flattened after
#: them, then ``pages``). Kept with the model so that every tabular writer, and comparing
#: years, share one order without importing each other.
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
#: Columns of a flat risk that hold whole numbers.
INT_COLUMNS = ("seq", "risk_value", "probability", "consequence")


def extra_headers(reports: Sequence[Report]) -> list[str]:
    """The headers of the reports' columns without a field of their own, first seen first."""
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


def risk_rows(report: Report, *, pages_sep: str = ",") -> list[dict[str, Any]]:
    """One flat row per risk: :data:`RISK_COLUMNS`, the extra columns by header, ``pages``."""
    rows = []
    for risk in report.risks:
        row: dict[str, Any] = {name: getattr(risk, name) for name in RISK_COLUMNS}
        row.update(risk.extra)
        row["pages"] = pages_sep.join(str(p) for p in risk.pages)
        rows.append(row)
    return rows


@dataclass(frozen=True)
class Report:
    source: Source
    report: ReportMeta
    columns: tuple[Column, ...]
    risks: tuple[Risk, ...]
    warnings: tuple[str, ...] = ()
    #: Reasons to look twice at the report as a whole (risk counts, pages, warnings).
    review: tuple[ReviewItem, ...] = ()

    @property
    def flagged(self) -> int:
        """How many of its risks have something to review."""
        return sum(1 for risk in self.risks if risk.review)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "source": self.source.to_dict(),
            "report": self.report.to_dict(),
            "columns": [c.to_dict() for c in self.columns],
            "risks": [r.to_dict() for r in self.risks],
            "warnings": list(self.warnings),
            "review": [item.to_dict() for item in self.review],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        """A report from its JSON form (what :meth:`to_dict` wrote, or a result file).

        Raises :class:`~icp_extract.errors.IcpExtractError` for anything that is not a result
        of this schema version, so callers never see a bare ``KeyError``.
        """
        advice = "give a JSON file written by `icp-extract extract`, or the PDF itself"
        if not isinstance(data, dict) or "risks" not in data or "source" not in data:
            raise NotAResultError("not an icp-extract result", advice=advice)
        if data.get("schema_version") != SCHEMA_VERSION:
            raise NotAResultError(
                f"schema version {data.get('schema_version')!r}, expected {SCHEMA_VERSION!r}",
                advice="extract the PDF again with this version of icp-extract",
            )
        try:
            return cls(
                source=Source.from_dict(data["source"]),
                report=ReportMeta.from_dict(data.get("report") or {}),
                columns=tuple(Column.from_dict(c) for c in data.get("columns") or ()),
                risks=tuple(Risk.from_dict(r) for r in data["risks"]),
                warnings=tuple(data.get("warnings") or ()),
                review=_review_items(data.get("review")),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise NotAResultError(
                f"malformed result ({type(exc).__name__}: {exc})", advice=advice
            ) from exc

    @classmethod
    def from_json(cls, path: str | Path) -> Report:
        """Read a result file written by ``icp-extract extract`` (``<name>.json``)."""
        import json

        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as exc:
            raise NotFoundError(
                f"cannot read {path} ({exc.strerror})", advice="check the path"
            ) from exc
        except ValueError as exc:
            raise NotAResultError(
                f"{Path(path).name} is not valid JSON ({exc})",
                advice="give a JSON file written by `icp-extract extract`, or the PDF itself",
            ) from exc
        return cls.from_dict(data)

    def to_dataframe(self) -> pd.DataFrame:
        """One row per risk (the CSV layout), numbers as nullable integers.

        pandas is imported here, when asked for, never by the extraction itself."""
        import pandas as pd

        columns = [*RISK_COLUMNS, *extra_headers([self]), "pages"]
        frame = pd.DataFrame(risk_rows(self), columns=columns, dtype=object)
        for name in INT_COLUMNS:
            frame[name] = frame[name].astype("Int64")
        return frame
