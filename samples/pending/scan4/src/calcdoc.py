"""scan4: a LibreOffice Calc report as this set's born-digital original. The sheet is built by
the shared producer ``../../../build/producers/calc.py`` (unchanged: flat ODS, soffice under a
private fontconfig, canonical PDF, every cell checked whole in its own box with pdfplumber,
rows raised until no line is cut); the expected records come from the source cells."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from producers import calc
from producers.calc import Sheet, layout_grid

FOLLOWS = {"Ja": "Ja", "Nej": "Nej", "Delvis": "Delvis"}


@dataclass
class CalcDoc:
    sheet: Sheet  # its name is "<report>.original" (the PDF the build writes)
    organ: str
    year: int
    period: str | None
    title: str
    inventoried: int | None
    critical: int | None
    columns: list  # (header as printed, canonical field or None) per table column


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def original(doc: CalcDoc, here: Path, tmp: Path, fontconf: Path, profile: str):
    sh = doc.sheet
    m, heights, fods = calc.build(sh, here, tmp, profile, fontconf)
    name = sh.name[: -len(".original")]
    (here / "src" / "fods").mkdir(exist_ok=True)
    (here / "src" / "fods" / f"{name}.fods").write_text(fods, encoding="utf-8")
    grid = layout_grid(sh)
    risks = []
    for r, row in enumerate(sh.rows):
        if row.kind != "risk":
            continue
        rec = {"seq": len(risks) + 1, "process": None, "context": None, "label": None,
               "risk": None, "risk_value": None, "probability": None, "consequence": None,
               "controls": None, "handling": None, "follows_plan": None, "comment": None,
               "extra": {}, "pages": [m.row_page[r]]}
        for c, (header, fld) in enumerate(doc.columns):
            g = grid[r][c]
            assert g is not None and g[1] == r, (sh.name, r, c, "merged cell")
            text = collapse(" ".join(g[0].paras())) or None
            if text is None:
                continue
            if fld is None:
                rec["extra"][header] = text
            elif fld in ("probability", "consequence", "risk_value"):
                rec[fld] = int(text)
            elif fld == "follows_plan":
                rec[fld] = FOLLOWS[text]
            else:
                rec[fld] = text
        assert rec["probability"] * rec["consequence"] == rec["risk_value"], rec
        risks.append(rec)
    meta = {"organ": doc.organ, "year": doc.year, "period": doc.period,
            "title": collapse(doc.title), "risks_inventoried": doc.inventoried,
            "risks_critical": doc.critical}
    columns = [{"header": h, "field": f} for h, f in doc.columns]
    return here / f"{sh.name}.pdf", m.pages, risks, columns, meta, m.hyphen_ends
