"""What the calc1 set adds on top of ``samples/build/producers/calc.py``: a report's metadata
and column mapping beside its :class:`Sheet`, and the expected JSON built from the source
cells (never from the PDF; only sha256, page count and each risk's pages are measured)."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from producers.calc import Sheet, layout_grid

FOLLOWS = {
    "Ja": "Ja",
    "Nej": "Nej",
    "Delvis": "Delvis",
    "Genomförd": "Ja",
    "Delvis genomförd": "Delvis",
    "Ej genomförd": "Nej",
}
PRODUCT = re.compile(r"^\s*(\d+)\s*[x×*]\s*(\d+)\s*=\s*(\d+)\s*$")


@dataclass
class Report:
    sheet: Sheet
    organ: str
    year: int
    period: str | None
    title: str
    inventoried: int | None
    critical: int | None
    columns: list  # (header as printed, canonical field or None) per printed table column
    about: str = ""


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def cell_text(cell) -> str | None:
    if cell is None:
        return None
    t = collapse(" ".join(cell.paras()))
    return t or None


def expected(rep: Report, measured, pdf_path: Path) -> dict:
    sh = rep.sheet
    grid = layout_grid(sh)
    risks = []
    for r, row in enumerate(sh.rows):
        if row.kind != "risk":
            continue
        rec = {
            "seq": len(risks) + 1,
            "process": None,
            "context": None,
            "label": None,
            "risk": None,
            "risk_value": None,
            "probability": None,
            "consequence": None,
            "controls": None,
            "handling": None,
            "follows_plan": None,
            "comment": None,
            "extra": {},
            "pages": [measured.row_page[r]],
        }
        for c, (header, fld) in enumerate(rep.columns):
            g = grid[r][c]
            text = cell_text(g[0]) if g else None
            if g and g[1] != r and fld != "process":
                raise ValueError(f"{sh.name}: row {r} col {c}: a merged non-process cell")
            if fld is None:
                if text is not None:
                    rec["extra"][header] = text
                continue
            if text is None:
                continue
            if fld in ("probability", "consequence"):
                rec[fld] = int(text)
            elif fld == "risk_value":
                m = PRODUCT.match(text)
                if m:
                    p, k, v = map(int, m.groups())
                    assert p * k == v, text
                    rec["probability"], rec["consequence"], rec["risk_value"] = p, k, v
                else:
                    rec["risk_value"] = int(text)
            elif fld == "follows_plan":
                rec[fld] = FOLLOWS[text]
            else:
                rec[fld] = text
        if row.risk:
            rec.update(row.risk)
        if rec["probability"] and rec["consequence"] and rec["risk_value"]:
            assert rec["probability"] * rec["consequence"] == rec["risk_value"], rec
        risks.append(rec)
    data = pdf_path.read_bytes()
    return {
        "schema_version": "1",
        "source": {
            "file": pdf_path.name,
            "sha256": hashlib.sha256(data).hexdigest(),
            "pages": measured.pages,
        },
        "report": {
            "organ": rep.organ,
            "year": rep.year,
            "period": rep.period,
            "title": rep.title,
            "risks_inventoried": rep.inventoried,
            "risks_critical": rep.critical,
        },
        "columns": [{"header": h, "field": f} for h, f in rep.columns],
        "risks": risks,
        "warnings": [],
    }


def write_json(obj: dict, path: Path) -> None:
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
