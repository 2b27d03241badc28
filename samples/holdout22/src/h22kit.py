"""What the twenty-second holdout set adds to the shared kit (``../../build/holdout_kit.py``,
``holdout_model.py``, ``holdout_fodt.py``, all unchanged). The kit's writer already writes a
two-level header with any number of group cells and "- " paragraphs as plain paragraphs (only
"• " and "– " get a hanging indent); what is new is in the records:

- **numbered sub-rows** (``expected_risks``): in a table with a Nr column (key ``nr``), a row
  whose number N is followed by rows numbered "N.1", "N.2", ... is a **lead-in row**: it
  holds only N, the process (spanning it and its sub-rows) and a lead-in text in the risk
  cell, and gives **no record**; its risk text (collapsed) is the ``context`` of each
  sub-row's record. Every other row gives one record (the kit's ``set_field``; Nr goes to
  ``extra`` under its header, as in ``../holdout4``).
- **measuring** (``measure``): the kit's column words and ``locate``; a record's ``pages``
  are those of its own row's cells; the lead-in row's cells (its number, the lead-in text
  and the process cell spanning the sub-rows) count for its first sub-row only, as a
  spanning cell counts for its first risk only (``../archive/README.md``).

``main`` is the kit's ``main`` with these records and this measuring; LibreOffice's profile
and the temporary files go to ``WORK``.
"""

from __future__ import annotations

from pathlib import Path

import holdout_kit as kit
import pdfplumber
from holdout_model import Doc, Table

WORK = Path("/tmp/h22work")  # LibreOffice profile and temporary files
NR = "nr"  # key of a Nr column
#: cells a lead-in row must leave empty (it carries no assessment of its own)
EMPTY_IN_LEAD = ("value", "probability", "consequence", "controls", "follows", "comment")


def lead_rows(t: Table) -> set[int]:
    """Rows whose number N is followed directly by rows numbered "N.1", "N.2", ..."""
    nrs = [kit.joined(r.get(NR)) for r in t.rows]
    out = set()
    for i, n in enumerate(nrs[:-1]):
        if n and nrs[i + 1] == f"{n}.1":
            out.add(i)
            row = t.rows[i]
            assert not any(kit.joined(row.get(k)) for k in EMPTY_IN_LEAD), (t.name, n)
    return out


def row_records(t: Table) -> list[tuple[int, int | None, dict]]:
    """(row, lead-in row or None, record) for every row that gives a record."""
    leads = lead_rows(t)
    out, lead = [], None
    for r, (row, cells) in enumerate(zip(t.rows, kit.cell_grid(t), strict=True)):
        assert cells is not None
        nr = kit.joined(row.get(NR)) or ""
        if r in leads:
            lead = r
            continue
        if lead is not None and not nr.startswith(kit.joined(t.rows[lead][NR]) + "."):
            lead = None
        rec = kit.new_record(len(out) + 1)
        for c in t.cols:
            text = kit.joined(cells[c.key][0])
            if text is not None:
                kit.set_field(rec, c, text)
        if lead is not None:
            rec["context"] = kit.joined(t.rows[lead]["risk"])
        out.append((r, lead, rec))
    return out


def expected_risks(t: Table) -> list[dict]:
    return [rec for _, _, rec in row_records(t)]


def measure(doc: Doc, pdf_path: Path):
    """Page count, expected records with their pages, hyphen statistics (the kit's
    ``measure_table`` with the records above)."""
    t = kit.risk_table(doc)
    with pdfplumber.open(pdf_path) as pdf:
        npages = len(pdf.pages)
        body, head, bands = kit.column_words(doc, pdf, t)
    cells, ends = kit.locate(doc, body, t)
    body = [kit.Column([w for w, st in zip(b.words, b.starts, strict=True) if st < e])
            for b, e in zip(body, ends, strict=True)]
    src = [kit.joined(r.get(c.key)) or "" for r in t.rows for c in t.cols]
    src += [c.header for c in t.cols] + [c.group for c in t.cols if c.group]
    merged = [kit.Column(h.words + b.words) for h, b in zip(head, body, strict=True)]
    stats = kit.hyphen_stats(merged, " ".join(src))
    stats["header_pages"] = sorted(bands)
    risks, done = [], set()
    for r, lead, rec in row_records(t):
        rows = [r]
        if lead is not None and lead not in done:  # the first sub-row: the lead-in row too
            rows.append(lead)
            done.add(lead)
        pages = set()
        for rr in rows:
            for k in range(len(t.cols)):
                pages |= cells.get((rr, k), set())
        rec["pages"] = sorted(pages)
        risks.append(rec)
    return npages, risks, stats


def main(here: Path, doc_factories: list, description: str, argv=None) -> int:
    """The kit's ``main`` with these records and this measuring."""
    return kit.main(here, doc_factories, description, argv, about=__doc__, work=WORK,
                    measure_pdf=measure)
