"""What the twentieth holdout set adds to the shared kit (``../../build/holdout_kit.py``,
``holdout_model.py``, ``holdout_fodt.py``; per-cell vertical alignment and the writer of
tables with comment rows are in ``holdout_ext.py``, all unchanged):

- **values with level words** (``put``): a Riskvärde cell printed "Hög (12)", "Medel (6)",
  "12 – Hög" or "Låg 3" gives the printed number (``LEVEL_VALUE``), the level word dropped;
  a Följer plan cell gives the answer it opens with (``FOLLOWS_FORMS``: "Ja, delvis" ->
  Delvis, "Nej – se kommentar" -> Nej, "Ja." -> Ja). Anything else goes to the kit's
  ``set_field``.
- **labelled sub-risks inside one row** (``expected_risks``): a risk cell whose paragraphs
  are an optional lead-in and then "a) ...", "b) ...", "c) ..." gives one record per label
  (``label`` without ")", the lead-in as ``context``); a cell of the same row whose
  paragraphs carry the same labels gives each record its own part (label stripped); any
  other cell (process, value, Följer plan) is copied to every record of the row.
- **measuring** (``measure``): the kit's column words and matching, cell by cell in order
  per column, but with the pages of every *part* of a labelled cell. A record's ``pages``
  are the pages of its own parts; the lead-in and the cells the row's records share count
  for its first record only (as a process cell spanning rows counts for its first risk
  only, ``../archive/README.md``).

``main`` is the kit's ``main`` with the extension's writer (``ExtWriter``: per-cell
vertical alignment, rows split over pages), these records and this measuring; LibreOffice's
profile and the temporary files go to ``WORK``.
"""

from __future__ import annotations

import re
from pathlib import Path

import holdout_ext as ext
import holdout_kit as kit
import pdfplumber
from holdout_model import Doc, Table
from libreoffice import paragraphs

WORK = Path("/tmp/h20work")  # LibreOffice profile and temporary files

H20Table = ext.ExtTable
VALIGN = ext.VALIGN

LEVEL = r"(?:Låg|Medel|Hög|Mycket hög)"
#: a risk value printed with a level word: "Hög (12)", "Medel (6)", "12 – Hög", "Låg 3";
#: the number is the value, the word (derived from it by the municipality's scale) is dropped
LEVEL_VALUE = re.compile(
    rf"{LEVEL} \((?P<a>\d+)\)|(?P<b>\d+) – {LEVEL}|{LEVEL} (?P<c>\d+)", re.IGNORECASE)
#: Följer plan as printed -> follows_plan (the answer word it opens with; "Ja, delvis" is
#: Delvis as the repository README lists it)
FOLLOWS_FORMS = {
    "Ja": "Ja", "Ja.": "Ja", "Nej": "Nej", "Nej.": "Nej", "Delvis": "Delvis",
    "Ja, delvis": "Delvis", "Nej – se kommentar": "Nej",
}
#: a labelled part of a cell: "b) Risk att ..."
PART = re.compile(r"([a-z])\) (.+)", re.DOTALL)


def put(rec: dict, c, text: str) -> None:
    """Put one cell's expected text into the record (level words, answer forms)."""
    if c.field in ("risk_value", "probability", "consequence") and LEVEL_VALUE.fullmatch(text):
        m = LEVEL_VALUE.fullmatch(text)
        rec[c.field] = int(m.group("a") or m.group("b") or m.group("c"))
    elif c.field == "follows_plan":
        rec[c.field] = FOLLOWS_FORMS[text]
    else:
        kit.set_field(rec, c, text)


def parts_of(value) -> tuple[str | None, list] | None:
    """(lead-in, [(label, paragraph text), ...]) of a cell whose paragraphs after an optional
    first one all open with a label; None for a cell without labels."""
    ps = paragraphs(value)
    if not ps:
        return None
    lead = None
    if not PART.fullmatch(ps[0]):
        lead, ps = ps[0], ps[1:]
    if not ps or not all(PART.fullmatch(p) for p in ps):
        return None
    return lead, [PART.fullmatch(p).groups() for p in ps]


def row_records(t: Table, row: dict, cells: dict, seq: int) -> list[dict]:
    """The records of one risk row (one, or one per label of its risk cell)."""
    rc = next(c for c in t.cols if c.field == "risk")
    split = parts_of(row.get(rc.key)) if rc.key in row else None
    labels = [lab for lab, _ in split[1]] if split else [None]
    recs = [kit.new_record(seq + i) for i in range(len(labels))]
    for c in t.cols:
        value = cells[c.key][0]
        own = parts_of(value) if split else None
        if own:
            assert [lab for lab, _ in own[1]] == labels, (t.name, c.key, labels)
            assert c is rc or own[0] is None, (t.name, c.key, "a lead-in outside the risk cell")
            for rec, (lab, text) in zip(recs, own[1], strict=True):
                rec["label"] = lab
                put(rec, c, kit.joined(text))
                if own[0]:
                    rec["context"] = kit.collapse(own[0])
            continue
        text = kit.joined(value)
        if text is not None:
            for rec in recs:
                put(rec, c, text)
    return recs


def expected_risks(t: Table) -> list[dict]:
    out: list[dict] = []
    for row, cells in zip(t.rows, kit.cell_grid(t), strict=True):
        assert cells is not None
        out += row_records(t, row, cells, len(out) + 1)
    return out


def measure(doc: Doc, pdf_path: Path):
    """Page count, expected records with their pages (per labelled part), hyphen statistics."""
    t = ext.the_table(doc)
    with pdfplumber.open(pdf_path) as pdf:
        npages = len(pdf.pages)
        body, head, bands = kit.column_words(doc, pdf, t)
    risks = expected_risks(t)
    pages = {rec["seq"]: set() for rec in risks}
    ends, seq = [0] * len(t.cols), 0
    firsts = []
    for row in t.rows:
        n = len(row_records(t, row, {c.key: (row.get(c.key), 0) for c in t.cols}, 1))
        firsts.append(seq + 1)
        for k, c in enumerate(t.cols):
            if c.key not in row:
                continue  # covered by a cell spanning rows
            value = row[c.key]
            own = parts_of(value) if n > 1 else None
            chunks = []  # (normalised text, seq it counts for)
            if own:
                if own[0]:
                    chunks.append((kit.norm(own[0]), seq + 1))
                chunks += [(kit.norm(f"{lab}) {kit.joined(p)}"), seq + 1 + i)
                           for i, (lab, p) in enumerate(own[1])]
            else:
                chunks.append((kit.norm(kit.joined(value) or ""), seq + 1))
            s = body[k]
            for target, owner in chunks:
                p = ends[k]
                if s.text[p : p + len(target)] != target:
                    raise kit.MatchError(f"{doc.name}: column {c.header!r}: expected "
                                         f"{target[:50]!r}, found {s.text[p : p + 50]!r}")
                pages[owner] |= set(s.page_of[p : p + len(target)])
                ends[k] = p + len(target)
        seq += n
    body = [kit.Column([w for w, st in zip(b.words, b.starts, strict=True) if st < e])
            for b, e in zip(body, ends, strict=True)]
    src = [kit.joined(r.get(c.key)) or "" for r in t.rows for c in t.cols]
    src += [c.header for c in t.cols]
    merged = [kit.Column(h.words + b.words) for h, b in zip(head, body, strict=True)]
    stats = kit.hyphen_stats(merged, " ".join(src))
    stats["header_pages"] = sorted(bands)
    for rec in risks:
        rec["pages"] = sorted(pages[rec["seq"]])
    return npages, risks, stats


def main(here: Path, doc_factories: list, description: str, argv=None) -> int:
    """The kit's ``main`` with the extension's writer, these records and this measuring."""
    return kit.main(here, doc_factories, description, argv, about=__doc__, work=WORK,
                    write_fodt=lambda doc: ext.ExtWriter(doc).render(), measure_pdf=measure,
                    columns=kit.expected_columns)
