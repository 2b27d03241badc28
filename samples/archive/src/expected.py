"""Expected JSON records, derived from the source objects (never from the PDF text)."""

from __future__ import annotations

import re

from fodt import paragraphs
from model import FIELDS, Cell, Col, RiskBlock, Table

LABEL_RE = re.compile(r"^([a-zåäö])\)\s+(.*)$", re.S)
FOLLOWS = {"ja": "Ja", "nej": "Nej", "delvis": "Delvis", "ja, delvis": "Delvis"}


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def joined(value) -> str | None:
    return collapse(" ".join(paragraphs(value))) or None


def header_text(col: Col) -> str:
    return collapse(" ".join(paragraphs(col.header)))


def split_labels(paras):
    head, parts = [], []
    for p in paras:
        m = LABEL_RE.match(p.strip())
        if m:
            parts.append((m.group(1), [m.group(2)]))
        elif parts:
            parts[-1][1].append(p)
        else:
            head.append(p)
    return head, parts


def empty_record() -> dict:
    rec = {"seq": 0, "process": None, "context": None, "label": None, "risk": None}
    for f in FIELDS[2:]:
        rec[f] = None
    rec["extra"] = {}
    return rec


def set_field(rec: dict, fld: str | None, header: str, text: str | None) -> None:
    if text is None:
        return
    if fld is None:
        rec["extra"][header] = text
    elif fld in ("risk_value", "probability", "consequence"):
        if not re.fullmatch(r"\d+", text):
            raise ValueError(f"{header}: {text!r} is not a plain number; give the value in _x")
        rec[fld] = int(text)
    elif fld == "follows_plan":
        key = text.lower()
        if key not in FOLLOWS:
            raise ValueError(f"{header}: {text!r} has no canonical follows_plan value")
        rec[fld] = FOLLOWS[key]
    else:
        rec[fld] = text


def table_cells(t: Table) -> list[list[str | None]]:
    """Source text per (row, column) as it stands in the PDF (None: empty or covered)."""
    out = []
    covered = set()
    for r, row in enumerate(t.rows):
        line = []
        for k, c in enumerate(t.cols):
            if (r, k) in covered:
                line.append(None)
                continue
            span = row.get("_span", {}).get(c.key, 1)
            for i in range(1, span):
                covered.add((r + i, k))
            line.append(joined(row.get(c.key)))
        out.append(line)
    return out


def table_risks(t: Table, cell_pages: dict) -> list[dict]:
    """Risk records of one risk table; ``cell_pages[(r, k)]`` = pages of that cell."""
    risks = []
    keys = [c.key for c in t.cols]
    pcol = next((k for k, c in enumerate(t.cols) if c.field == "process"), None)
    rcol = next(k for k, c in enumerate(t.cols) if c.field == "risk")
    process = None
    for r, row in enumerate(t.rows):
        starts = False
        if pcol is not None and keys[pcol] in row:
            process = joined(row.get(keys[pcol]))
            starts = True
        rparas = paragraphs(row.get(keys[rcol]))
        head, parts = split_labels(rparas)
        if not parts:
            units = [(None, None, rparas)]
        else:
            ctx = collapse(" ".join(head)) or None
            units = [(lab, ctx, ps) for lab, ps in parts]
        own = set()
        for k in range(len(t.cols)):
            if k != pcol:
                own |= cell_pages.get((r, k), set())
        for n, (label, ctx, ps) in enumerate(units):
            rec = empty_record()
            rec["process"] = process
            rec["context"] = ctx
            rec["label"] = label
            rec["risk"] = collapse(" ".join(ps)) or None
            for k, c in enumerate(t.cols):
                if c.field in ("process", "risk"):
                    continue
                cparas = paragraphs(row.get(c.key))
                if c.field in ("controls", "handling", "comment") and label:
                    chead, cparts = split_labels(cparas)
                    if cparts:
                        text = collapse(" ".join(dict(cparts).get(label, []))) or None
                    else:
                        text = collapse(" ".join(cparas)) or None
                else:
                    text = collapse(" ".join(cparas)) or None
                if c.field not in row.get("_x", {}):
                    set_field(rec, c.field, header_text(c), text)
            for f, v in row.get("_x", {}).items():
                rec[f] = v
            pages = set(own)
            if starts and n == 0 and pcol is not None:
                pages |= cell_pages.get((r, pcol), set())
            rec["pages"] = sorted(pages)
            risks.append(rec)
    return risks


def block_risk(b: RiskBlock, pages: set[int]) -> dict:
    rec = empty_record()
    for label, fld, value in b.lines:
        set_field(rec, fld, label, collapse(str(value)) or None)
    for f, v in b.x.items():
        rec[f] = v
    rec["pages"] = sorted(pages)
    return rec


def columns_of(tables_or_blocks) -> list[dict]:
    seen, out = set(), []
    for t in tables_or_blocks:
        if isinstance(t, Table):
            pairs = [(header_text(c), c.field) for c in t.cols]
        else:
            pairs = [(label, fld) for label, fld, _v in t.lines]
        for pair in pairs:
            if pair not in seen:
                seen.add(pair)
                out.append({"header": pair[0], "field": pair[1]})
    return out
