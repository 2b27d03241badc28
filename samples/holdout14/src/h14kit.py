"""What the fourteenth holdout set adds to the shared kit (``../../build/holdout_kit.py``,
``holdout_model.py``, ``holdout_fodt.py``; the header and body rows are written by
``holdout_ext.py``):

- ``H14Table``: one logical risk table written as **several table objects** (``Part``s),
  each with
  - an optional **heading** above it (a Heading 3 paragraph kept with the table), which may
    name the **process** of every risk of that part (``Part.process``: the tables have no
    process column, the heading is the only place the process is named);
  - its **own header wording** (``Part.headers``: column key -> header as printed, e.g.
    "Process (forts.)", "Riskv." on the second page), repeated if the part runs over a page;
  - an optional page break before it (``Part.break_before``);
  - **continuation rows** (a row ``{CONT: True, key: text}``: the cells left empty except the
    ones that go on with the text of the last risk of the part before: the comment a user
    went on with at the top of the next page, in a new table);
  and a table-wide **body fill** with the rules in any colour (``body_fill``, ``rule``: white
  1.5 pt rules over a light grey body, a dark header with white bold text).
- the expected records: each part's rows through the kit's ``cell_grid`` / ``set_field``;
  ``process`` from the part's heading when the part names one; a continuation row's texts
  appended (one space) to the same fields of the record before it; ``columns`` the distinct
  (header as printed, field) pairs of all parts in first-seen order.
- measuring: the words of each part are those from its start (its heading line, or its
  first header row) to the start of the next part; on each page of a part its header row is
  found by the kit's ``header_band`` with the part's own wording and the body is what stands
  below it; the rows are matched in order by the kit's ``locate``; every part but the last
  must use up its words exactly (nothing unaccounted between two table objects).

``main`` is the kit's ``main`` with this writer, these records and this measuring.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import holdout_ext as ext
import holdout_kit as kit
import pdfplumber
from holdout_model import CM, Doc, Table

#: a continuation row: ``{CONT: True, "comment": "... rest of the comment"}``
CONT = "_cont"


@dataclass
class Part:
    """One table object of a logical risk table."""

    rows: list
    heading: str | None = None  # a Heading 3 paragraph above the table
    process: str | None = None  # the process every risk of this part belongs to
    headers: dict = field(default_factory=dict)  # column key -> header as printed here
    break_before: bool = False  # start the table on a new page


@dataclass
class H14Table(ext.ExtTable):
    parts: list = field(default_factory=list)

    def header_of(self, part: Part, c) -> str:
        return part.headers.get(c.key, c.header)


# ---------------------------------------------------------------------------------------------
# writing


class H14Writer(ext.ExtWriter):
    def named(self, style, master=None, bb=False):
        if style == "H3":
            return self.pstyle(self.doc.body_size, "left", True, before=0.35, after=0.12,
                               keep_next=True, master=master, break_before=bb)
        return super().named(style, master, bb)

    def table(self, t: Table) -> str:
        if not isinstance(t, H14Table):
            return super().table(t)
        assert not any(c.group or c.rotate or c.body_rotate for c in t.cols)
        out = []
        for i, part in enumerate(t.parts):
            if part.heading:
                out.append(self.para(self.named("H3"), part.heading))
            out.append(self.write_part(t, part, f"{t.name} {i + 1}"))
        return "".join(out)

    def write_part(self, t: H14Table, part: Part, name: str) -> str:
        row, xml = self.table_shell(name, [c.width for c in t.cols], t.margin_top, t.keep_rows,
                                    part.break_before)
        xml.append(self.head_row(t, row, [t.header_of(part, c) for c in t.cols]))
        xml += self.body_rows(t, row, part.rows)
        xml.append("</table:table>")
        return "".join(xml)


# ---------------------------------------------------------------------------------------------
# expected records


def the_table(doc: Doc) -> H14Table:
    t = kit.risk_table(doc)
    assert isinstance(t, H14Table) and t.parts
    return t


def part_table(t: H14Table, part: Part):
    """The kit's view of one part: its columns with this part's header wording, its rows."""
    cols = [SimpleNamespace(key=c.key, header=t.header_of(part, c), width=c.width,
                            field=c.field, group=None, body_rotate=False) for c in t.cols]
    return SimpleNamespace(name=t.name, cols=cols, rows=part.rows, carry_blank=())


def expected_columns(doc: Doc) -> list[dict]:
    """Each distinct (header as printed, field) pair of all parts, in first-seen order."""
    t = the_table(doc)
    out = []
    for part in t.parts:
        for c in t.cols:
            col = {"header": kit.collapse(t.header_of(part, c)), "field": c.field}
            if col not in out:
                out.append(col)
    return out


def expected_risks(t: H14Table) -> list[tuple]:
    """[(record, [(part index, row index), ...])]: the records, each with the rows it is
    made of (its own row and any continuation rows)."""
    out: list[tuple] = []
    for p_i, part in enumerate(t.parts):
        pt = part_table(t, part)
        for r_i, cells in enumerate(kit.cell_grid(pt)):
            row = part.rows[r_i]
            if row.get(CONT):
                rec, rows = out[-1]
                for c in pt.cols:
                    text = kit.joined(row.get(c.key))
                    if text is None:
                        continue
                    assert c.field in ("risk", "controls", "handling", "comment"), c.field
                    rec[c.field] = f"{rec[c.field]} {text}" if rec[c.field] else text
                rows.append((p_i, r_i))
                continue
            rec = kit.new_record(len(out) + 1)
            if part.process:
                rec["process"] = part.process
            for c in pt.cols:
                text = kit.joined(cells[c.key][0])
                if text is not None:
                    kit.set_field(rec, c, text)
            out.append((rec, [(p_i, r_i)]))
    return out


# ---------------------------------------------------------------------------------------------
# measuring


def page_words(doc: Doc, pdf, xr):
    """Every word of the body zone of every page (above the footer), with ``page`` and
    ``col`` (the column whose x-range holds its centre, or None)."""
    pg = doc.page
    out = []
    for pno, page in enumerate(pdf.pages, 1):
        top_limit = float(page.height) - pg.bottom * CM - (0.9 * CM - 4 if doc.footer else 0)
        for w in page.extract_words():
            if w["top"] > top_limit or w["top"] < pg.top * CM - 2:
                continue
            xc = (w["x0"] + w["x1"]) / 2
            k = next((i for i, (a, b) in enumerate(xr) if a <= xc <= b), None)
            out.append(dict(w, page=pno, col=k))
    out.sort(key=lambda w: (w["page"], round(w["top"]), w["x0"]))
    return out


def pos(w):
    return (w["page"], w["top"])


def part_starts(words, t: H14Table, ncols: int):
    """(page, top) where each part starts: its heading line, else its first header row."""
    starts, cursor = [], (0, -1.0)
    for part in t.parts:
        after = [w for w in words if pos(w) > cursor]
        if part.heading:
            target = kit.norm(part.heading)
            line = next((ln for ln in ext.lines_of(after)
                         if "".join(kit.norm(w["text"]) for w in ln) == target), None)
            if line is None:
                raise kit.MatchError(f"heading {part.heading!r} not found")
            start = pos(line[0])
        else:
            start = None
            for pno in sorted({w["page"] for w in after}):
                band = kit.header_band([w for w in after if w["page"] == pno
                                        and w["col"] is not None],
                                       part_table(t, part), ncols)
                if band:
                    start = (pno, band[0] - 0.5)
                    break
            if start is None:
                raise kit.MatchError(f"header of part {len(starts) + 1} not found")
        starts.append(start)
        cursor = (start[0], start[1] + 0.5)
    return starts


def measure(doc: Doc, pdf_path: Path):
    t = the_table(doc)
    pg = doc.page
    xr, x = [], pg.left * CM
    for c in t.cols:
        xr.append((x, x + c.width * CM))
        x += c.width * CM
    with pdfplumber.open(pdf_path) as pdf:
        npages = len(pdf.pages)
        words = page_words(doc, pdf, xr)
    ncols = len(t.cols)
    starts = part_starts(words, t, ncols)
    cells: dict = {}
    stats = {"soft": 0, "real": 0, "slash": 0, "examples": [], "header_pages": []}
    src = [kit.joined(r.get(c.key)) or "" for p in t.parts for r in p.rows for c in t.cols]
    src += [t.header_of(p, c) for p in t.parts for c in t.cols]
    src += [p.heading or "" for p in t.parts]
    source = " ".join(src)
    for p_i, part in enumerate(t.parts):
        lo = starts[p_i]
        hi = starts[p_i + 1] if p_i + 1 < len(t.parts) else (10**6, 0.0)
        region = [w for w in words if lo <= pos(w) < hi and w["col"] is not None]
        pt = part_table(t, part)
        body = [[] for _ in t.cols]
        head = [[] for _ in t.cols]
        for pno in sorted({w["page"] for w in region}):
            on = [w for w in region if w["page"] == pno]
            band = kit.header_band(on, pt, ncols)
            if pno == lo[0] and not band:
                raise kit.MatchError(f"{doc.name}: part {p_i + 1}: no header on page {pno}")
            if band:
                stats["header_pages"].append(pno)
                for w in band[2]:
                    head[w["col"]].append(w)
                on = [w for w in on if w["top"] >= band[1] - 0.5]
            for w in on:
                body[w["col"]].append(w)
        bcols = [kit.Column(ws) for ws in body]
        found, ends = kit.locate(doc, bcols, pt)
        if p_i + 1 < len(t.parts):
            for k, (b, e) in enumerate(zip(bcols, ends, strict=True)):
                if b.text[e:]:
                    raise kit.MatchError(f"{doc.name}: part {p_i + 1} column {k}: words left "
                                         f"over: {b.text[e:e + 50]!r}")
        for (r, k), pages in found.items():
            cells[(p_i, r, k)] = pages
        bcols = [kit.Column([w for w, st in zip(b.words, b.starts, strict=True) if st < e])
                 for b, e in zip(bcols, ends, strict=True)]
        merged = [kit.Column(h + b.words) for h, b in zip(head, bcols, strict=True)]
        st = kit.hyphen_stats(merged, source)
        for key in ("soft", "real", "slash"):
            stats[key] += st[key]
        stats["examples"] += st["examples"]
    stats["header_pages"] = sorted(set(stats["header_pages"]))
    risks = []
    for rec, rows in expected_risks(t):
        pages = set()
        for p_i, r_i in rows:
            for k in range(ncols):
                pages |= cells.get((p_i, r_i, k), set())
        rec["pages"] = sorted(pages)
        risks.append(rec)
    return npages, risks, stats


def main(here: Path, doc_factories: list, description: str, argv=None) -> int:
    """The kit's ``main`` with this writer, these records and this measuring."""
    return ext.main(here, doc_factories, description, argv, about=__doc__, writer=H14Writer,
                    measure_pdf=measure, columns=expected_columns)
