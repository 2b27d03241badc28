"""What the later holdout sets (``../holdout10`` ... ``../holdout16``) add to the shared kit
(``holdout_kit.py``, ``holdout_model.py``, ``holdout_fodt.py``) for risk tables with one
header row; each set's ``src/hNkit.py`` keeps only what is its own.

- ``ExtTable``: a risk table with
  - **comment rows** (a row ``{COMMENT: text}`` is one cell spanning all columns, "Kommentar:
    text" with the label bold, optionally shaded ``comment_fill``; it belongs to the risk row
    above it; holdout10, holdout11) and **labelled rows** (a row ``{LAB: ("Åtgärd",
    "handling", text)}``, "**Åtgärd:** text", which gives its text to the named field of the
    risk row above; a risk may have several; holdout16);
  - **per-cell fills** (a row's ``"_fill": {key: colour}``, the traffic-light cells),
    **per-cell vertical alignment** (a row's ``"_valign": {key: "middle"}``) and a fill of
    every body cell (``body_fill``);
  - **blank template rows** (a row ``{BLANK: True}``: ruled, every cell empty, at least
    ``blank_height`` high), which give no risk;
  - rows that never split over a page break (``keep_rows``, here a row style of its own);
  - a **status map** (the words of a Status column -> ``follows_plan``, README "Expected
    JSON");
  - an optional **split**: ``split_at`` rows in a first table object, then the blocks of
    ``between`` (another page), then the other rows in a second table object with the same
    header (holdout12).
- ``Caption``: a caption or source line ("Tabell 1. ...", "Källa: ..."), which may start a
  new page.
- the expected records: the kit's, the status words mapped; a comment or labelled row's text
  (without its label) in its field of the risk above; ``columns``: the header row's entries,
  the comment label's (``comment_header``), then one entry per label in first-seen order.
- measuring: the kit's column words; the comment and labelled rows are taken out first as
  runs of whole lines spelling "Label: text", the rest is matched per column by the kit's
  ``locate``. A risk's ``pages`` are those of its cells and of its comment or labelled rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import holdout_kit as kit
import pdfplumber
from holdout_fodt import Writer
from holdout_model import BOLD, SECTION, Doc, Table

#: a comment row: ``{COMMENT: "text"}``, printed "Kommentar: text" over all columns
COMMENT = "_comment"
#: a labelled row: ``{LAB: ("Kommentar", "comment", "text")}``, printed "Kommentar: text"
LAB = "_lab"
#: a blank template row: ``{BLANK: True}``, every cell empty (ruled like the others)
BLANK = "_blank"
#: per-cell fills of a row: ``{"_fill": {"status": "#c6efce"}}``
FILL = "_fill"
#: per-cell vertical alignment of a row: ``{"_valign": {"value": "middle"}}``
VALIGN = "_valign"


@dataclass
class ExtTable(Table):
    comment_label: str = "Kommentar:"
    comment_header: str | None = None  # the label as a ``columns`` entry ("Kommentar")
    comment_fill: str | None = None  # fill of the comment and labelled rows
    comment_size: float | None = None
    #: cm, minimum height of a blank template row (None: the table declares no such row style)
    blank_height: float | None = None
    #: Status word (lower case) -> follows_plan value (None: the word says neither)
    status_map: dict | None = None
    #: rows[:split_at] in the first table object, rows[split_at:] in the second
    split_at: int | None = None
    #: blocks written between the two table objects (the interrupting page)
    between: list = field(default_factory=list)
    body_fill: str | None = None  # fill of every body cell


@dataclass
class Caption:
    """A caption or source line (italic or not), left-aligned, small; ``break_before`` starts
    a new page."""

    text: str
    italic: bool = False
    bold: bool = False
    size: float | None = None
    before: float = 0.1
    after: float = 0.1
    keep_next: bool = False
    break_before: bool = False


def note_of(t: Table, r: dict) -> tuple | None:
    """A comment or labelled row as (label as printed, field, text); None for other rows."""
    if COMMENT in r:
        return t.comment_label, "comment", r[COMMENT]
    if LAB in r:
        label, fld, text = r[LAB]
        return f"{label}:", fld, text
    return None


# ---------------------------------------------------------------------------------------------
# writing


class ExtWriter(Writer):
    def block(self, blk) -> str:
        if isinstance(blk, Caption):
            return self.caption(blk)
        return super().block(blk)

    def caption(self, c: Caption) -> str:
        size = c.size or self.doc.body_size - 1.5
        ps = self.pstyle(size, "left", c.bold, c.italic, before=c.before, after=c.after,
                         keep_next=c.keep_next, break_before=c.break_before)
        return self.para(ps, c.text)

    def row_style(self, row: str, suffix: str, min_height: float | None = None) -> str:
        """The start of a row like ``row`` (from ``table_shell``) with a row style of its own,
        ``<table>.<suffix>``: never split over a page break, at least ``min_height`` cm high."""
        tname = row.split('"')[1].rsplit(".", 1)[0]
        mh = f'style:min-row-height="{min_height:.3f}cm" ' if min_height is not None else ""
        self.auto.append(
            f'<style:style style:name="{tname}.{suffix}" style:family="table-row">'
            f'<style:table-row-properties {mh}fo:keep-together="always"/></style:style>'
        )
        return f'<table:table-row table:style-name="{tname}.{suffix}">'

    def table(self, t: Table) -> str:
        if not isinstance(t, ExtTable):
            return super().table(t)
        if t.split_at is None:
            return self.table_part(t, t.name, t.rows)
        out = [self.table_part(t, t.name, t.rows[: t.split_at])]
        out += [self.block(b) for b in t.between]
        out.append(self.table_part(t, f"{t.name} forts", t.rows[t.split_at:]))
        return "".join(out)

    def table_part(self, t: ExtTable, name: str, rows: list) -> str:
        """One table object: the header row and ``rows``."""
        assert not any(c.group or c.rotate or c.body_rotate for c in t.cols)
        row, xml = self.table_shell(name, [c.width for c in t.cols], t.margin_top)
        if t.keep_rows:  # a row style of its own: the row is never split
            row = self.row_style(row, "RK")
        blank_row = None
        if t.blank_height is not None:
            blank_row = self.row_style(row, "RB", t.blank_height)
        xml.append(self.head_row(t, row, [c.header for c in t.cols]))
        xml += self.body_rows(t, row, rows, blank_row)
        xml.append("</table:table>")
        return "".join(xml)

    def head_row(self, t: Table, row: str, headers: list) -> str:
        """The one header row (repeated on every page), ``headers`` as printed."""
        size = t.size or self.doc.cell_size
        hs = self.cellstyle(t.rule, t.header_fill, t.header_valign, t.pad, rules=t.rules,
                            bottom=t.head_rule, pad_v=t.pad_v)
        hp = self.pstyle(t.head_size or size, t.header_align, True, font=t.font or self.doc.font,
                         color=t.header_color)
        return ("<table:table-header-rows>" + row + "".join(self.cell(hs, hp, h) for h in headers)
                + "</table:table-row></table:table-header-rows>")

    def body_rows(self, t: ExtTable, row: str, rows: list, blank_row: str | None = None) -> list:
        """The body rows: comment and labelled rows, blank rows, risk rows (cells spanning
        rows, per-cell fills and vertical alignment)."""
        font = t.font or self.doc.font
        size = t.size or self.doc.cell_size
        n = len(t.cols)
        out = []
        covered: dict[str, int] = {}
        for r_i, r in enumerate(rows):
            assert SECTION not in r
            note = note_of(t, r)
            if note:  # one cell over all columns: "Label: text"
                assert not any(covered.values()), (t.name, r_i, "a span crosses a comment")
                cs = self.cellstyle(t.rule, t.comment_fill, pad=t.pad, rules=t.rules,
                                    pad_v=t.pad_v)
                cp = self.pstyle(t.comment_size or size, "left", font=font,
                                 line_height=t.line_height)
                text = f"{BOLD}{note[0]}{BOLD} {note[2]}"
                out.append(row + self.cell(cs, cp, text, f' table:number-columns-spanned="{n}"')
                           + "<table:covered-table-cell/>" * (n - 1) + "</table:table-row>")
                continue
            if BLANK in r:  # a template row left empty: ruled cells, no text
                assert not any(covered.values()), (t.name, r_i, "a span crosses a blank row")
                bs = self.cellstyle(t.rule, None, t.body_valign, pad=t.pad, rules=t.rules,
                                    pad_v=t.pad_v)
                ps = self.pstyle(size, "left", font=font)
                out.append(blank_row + "".join(self.cell(bs, ps, None) for _ in t.cols)
                           + "</table:table-row>")
                continue
            zebra = t.zebra if (t.zebra and r_i % 2 == 1) else None
            cells = []
            for c in t.cols:
                extra = self.row_span(t, r, r_i, c, covered)
                if extra is None:
                    cells.append("<table:covered-table-cell/>")
                    continue
                fill = r.get(FILL, {}).get(c.key)
                valign = r.get(VALIGN, {}).get(c.key, t.body_valign)
                bs = self.cellstyle(t.rule, fill or zebra or t.body_fill, valign, pad=t.pad,
                                    rules=t.rules, pad_v=t.pad_v)
                ps, ls = self.body_styles(t, c, size, font)
                cells.append(self.cell(bs, ps, r.get(c.key), extra, ls))
            out.append(row + "".join(cells) + "</table:table-row>")
        return out


# ---------------------------------------------------------------------------------------------
# expected records


def the_table(doc: Doc) -> ExtTable:
    """The document's one risk table, also one set among the blocks of a block (newspaper
    columns)."""
    found = [b for b in doc.blocks if isinstance(b, Table)]
    found += [x for b in doc.blocks for x in getattr(b, "blocks", ()) if isinstance(x, Table)]
    assert len(found) == 1, doc.name
    return found[0]


def risk_part(t: Table) -> Table:
    """The table without its comment, labelled and blank rows (what the kit's helpers
    understand)."""
    return Table(t.name, t.cols, [r for r in t.rows if not note_of(t, r) and BLANK not in r])


def notes_of(t: Table) -> list[list]:
    """Per risk row (in order): its comment and labelled rows [(label, field, text), ...]."""
    out: list[list] = []
    for r in t.rows:
        note = note_of(t, r)
        if note:
            assert out, "a comment or labelled row must follow a risk row"
            out[-1].append(note)
        elif BLANK not in r:
            out.append([])
    return out


def expected_columns(doc: Doc) -> list[dict]:
    """The header row's entries, the comment label's, then one per label in first-seen
    order."""
    t = the_table(doc)
    cols = [{"header": kit.collapse(c.header), "field": c.field} for c in t.cols]
    if t.comment_header:
        cols.append({"header": t.comment_header, "field": "comment"})
    for r in t.rows:
        if LAB in r:
            col = {"header": r[LAB][0], "field": r[LAB][1]}
            if col not in cols:
                cols.append(col)
    return cols


def expected_risks(t: Table) -> list[dict]:
    """The kit's records with a Status column's words mapped through ``status_map``, each
    comment or labelled row's text in its field of the risk above."""
    smap = getattr(t, "status_map", None)

    def put(rec: dict, c, text: str) -> None:
        if c.field == "follows_plan" and smap is not None:
            rec[c.field] = smap[text.lower()]
        else:
            kit.set_field(rec, c, text)

    out = kit.expected_risks(risk_part(t), put)
    for rec, notes in zip(out, notes_of(t), strict=True):
        for _label, fld, text in notes:
            assert rec[fld] is None, (rec["seq"], fld)
            rec[fld] = kit.joined(text)
    return out


# ---------------------------------------------------------------------------------------------
# measuring


def lines_of(words: list[dict]) -> list[list[dict]]:
    """The words in lines (page, frame, top), each line left to right."""
    out: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (w["page"], w.get("frame", 0), round(w["top"]),
                                          w["x0"])):
        if (out and out[-1][0]["page"] == w["page"] and out[-1][0].get("frame", 0)
                == w.get("frame", 0) and abs(out[-1][0]["top"] - w["top"]) < 2):
            out[-1].append(w)
        else:
            out.append([w])
    return [sorted(ln, key=lambda w: w["x0"]) for ln in out]


def take_notes(words: list[dict], t: Table):
    """(per comment or labelled row, in order: its words; the other words). Such a row is a
    run of whole lines that spells "Label: text"."""
    lines = lines_of(words)
    texts = ["".join(kit.norm(w["text"]) for w in ln) for ln in lines]
    found, taken, i = [], set(), 0
    for label, _f, text in (n for r in t.rows if (n := note_of(t, r))):
        target = kit.norm(f"{label} {text}")
        while i < len(lines) and not (texts[i] and target.startswith(texts[i])
                                      and texts[i].startswith(kit.norm(label))):
            i += 1
        if i == len(lines):
            raise kit.MatchError(f"{t.name}: row {target[:50]!r} not found")
        acc, ws = "", []
        while i < len(lines) and acc != target and target.startswith(acc + texts[i]):
            acc += texts[i]
            ws += lines[i]
            i += 1
        if acc != target:
            raise kit.MatchError(f"{t.name}: row {target[:50]!r}: found {acc[:80]!r}")
        found.append(ws)
        taken |= {id(w) for w in ws}
    return found, [w for w in words if id(w) not in taken]


def column_words(doc: Doc, pdf, t: Table):
    """The kit's ``column_words`` with the comment and labelled rows' words taken out: (body
    columns, header columns, header pages, those rows' words)."""
    body, head, bands = kit.column_words(doc, pdf, t)
    words = [w for col in body for w in col.words]
    notes, words = take_notes(words, t)
    cols = [kit.Column([w for w in words if w["col"] == k]) for k in range(len(t.cols))]
    return cols, head, sorted(bands), notes


def measure(doc: Doc, pdf_path: Path, words=column_words):
    """The kit's ``measure_table`` for a table with comment, labelled or blank rows, its
    words found by ``words`` (as :func:`column_words`)."""
    t = the_table(doc)
    rt = risk_part(t)
    with pdfplumber.open(pdf_path) as pdf:
        npages = len(pdf.pages)
        body, head, header_pages, noted = words(doc, pdf, t)
    cells, ends = kit.locate(doc, body, rt)
    body = [kit.Column([w for w, st in zip(b.words, b.starts, strict=True) if st < e])
            for b, e in zip(body, ends, strict=True)]
    notes = notes_of(t)
    src = [kit.joined(r.get(c.key)) or "" for r in rt.rows for c in t.cols]
    src += [c.header for c in t.cols]
    src += [f"{label} {kit.joined(text)}" for ns in notes for label, _f, text in ns]
    merged = [kit.Column(h.words + b.words) for h, b in zip(head, body, strict=True)]
    merged += [kit.Column(ws) for ws in noted]
    stats = kit.hyphen_stats(merged, " ".join(src))
    stats["header_pages"] = header_pages
    risks = expected_risks(t)
    note_pages = iter([{w["page"] for w in ws} for ws in noted])
    for r, (rec, ns) in enumerate(zip(risks, notes, strict=True)):
        pages = set()
        for k in range(len(t.cols)):
            pages |= cells.get((r, k), set())
        for _ in ns:
            pages |= next(note_pages)
        rec["pages"] = sorted(pages)
    return npages, risks, stats


def main(here: Path, doc_factories: list, description: str, argv=None, about=None,
         writer=ExtWriter, **options) -> int:
    """The kit's ``main`` with ``writer``, these records and this measuring (``options`` go
    to the kit's ``main``)."""
    options.setdefault("measure_pdf", measure)
    options.setdefault("columns", expected_columns)
    return kit.main(here, doc_factories, description, argv, about=about,
                    write_fodt=lambda doc: writer(doc).render(), **options)
