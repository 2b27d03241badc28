#!/usr/bin/env python3
"""Check each expected JSON of this set cell by cell against its built PDF, without any
extractor: the text of every TD of the risk table in the PDF's structure tree (letters and
digits) against the field its column maps to (``extra`` for a column without a field; the
printed Följer plan / Status word through the README's mapping); a row of one cell across
the table is a process row and must equal the ``process`` of the records under it; title and
organ must stand in the PDF text. ``python samples/pending/word6/check.py [JSON ...]``."""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

sys.dont_write_bytecode = True

import pdfplumber  # noqa: E402
from pdfplumber.structure import PDFStructTree  # noqa: E402

HERE = Path(__file__).resolve().parent
#: printed answer or status (letters only, lower case) -> follows_plan
ANSWER = {"ja": "Ja", "nej": "Nej", "delvis": "Delvis", "klar": "Ja", "pågående": None,
          "ejpåbörjad": None, "": None}


def norm(text) -> str:
    return "".join(ch for ch in (text or "").lower() if ch.isalnum())


def struct_tables(pdf) -> list:
    """Per Table element: per TR the (tag, text) of its TH / TD children."""
    chars = defaultdict(list)
    for pno, page in enumerate(pdf.pages, 1):
        for ch in page.chars:
            if ch.get("mcid") is not None:
                chars[(pno, ch["mcid"])].append(ch["text"])

    def text(el) -> str:
        out = []
        if el.page_number is not None:
            out += ["".join(chars[(el.page_number, m)]) for m in el.mcids or []]
        out += [text(c) for c in el.children]
        return " ".join(out)

    def trs(el):
        for c in el.children:
            if c.type == "TR":
                yield c
            elif c.type in ("THead", "TBody", "TFoot"):
                yield from trs(c)

    tables = []

    def walk(el):
        if el.type == "Table":
            tables.append([[(c.type, text(c)) for c in tr.children if c.type in ("TH", "TD")]
                           for tr in trs(el)])
        for c in el.children:
            walk(c)

    for el in PDFStructTree(pdf):
        walk(el)
    return tables


def check(path: Path) -> int:
    exp = json.loads(path.read_text(encoding="utf-8"))
    cols = exp["columns"]
    with pdfplumber.open(path.with_name(exp["source"]["file"])) as pdf:
        tables = struct_tables(pdf)
        alltext = norm(" ".join(p.extract_text() or "" for p in pdf.pages))
    heads = [norm(c["header"]) for c in cols]
    table = next(t for t in tables if t and [norm(x[1]) for x in t[0]] == heads)
    body = [r for r in table if not all(tag == "TH" for tag, _ in r)]
    records, bad, proc = iter(exp["risks"]), 0, None

    def miss(msg):
        nonlocal bad
        print(f"  {path.name}: {msg}")
        bad += 1

    for row in body:
        if len(row) == 1 and len(cols) > 1:  # a process row across the table
            proc = row[0][1]
            continue
        rec = next(records)
        row = row + [("TD", "")] * (len(cols) - len(row))  # Writer tags no empty last cells
        for (_tag, got), col in zip(row, cols, strict=True):
            f = col["field"]
            want = rec["extra"].get(col["header"]) if f is None else rec[f]
            if f == "follows_plan":
                if ANSWER[norm(got)] != want:
                    miss(f"seq {rec['seq']} {col['header']}: PDF {got!r}, expected {want!r}")
            elif norm(got) != norm("" if want is None else str(want)):
                miss(f"seq {rec['seq']} {col['header']}: PDF {got!r}, expected {want!r}")
        if proc is not None and norm(proc) != norm(rec["process"]):
            miss(f"seq {rec['seq']} process: row above {proc!r}, expected {rec['process']!r}")
    if next(records, None) is not None:
        miss("more records than table rows")
    for key in ("organ", "title"):
        if norm(exp["report"][key]) not in alltext:
            miss(f"{key} not in the PDF text")
    print(f"{path.name}: {len(exp['risks'])} records, {bad} mismatches")
    return bad


if __name__ == "__main__":
    paths = [Path(a) for a in sys.argv[1:]] or sorted(HERE.glob("*.expected.json"))
    sys.exit(1 if sum(check(p) for p in paths) else 0)
