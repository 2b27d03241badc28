"""Risk registers in LibreOffice Calc: the one kit the calc sets build with
(``samples/pending/calc{1,3,4}/build.py``) on top of ``producers/calc.py`` (used as it is).
Folded from the per-set copies calc1/src/kit.py, calc3/src/kit3.py and calc4/src/kit4.py
(each a copy of the one before with a little added; what a later set added defaults to the
earlier sets' output):

- a report's metadata and column mapping beside its :class:`Sheet` (``Report``; columns as
  (sheet column, header, field), or calc1's (header, field) per sheet column);
- header cells turned 90 degrees (``style:rotation-angle``) for the styles a report names,
  cell notes (``notes``, printed at the end of the sheet with ``print_extra="annotations"``)
  and a column offset for printed row headers, written into the flat ODS after
  ``calc.to_fods``;
- a measurement (cells of 12 or more letters and digits, each unique) that does not need
  every sheet row to be ruled (a heat map beside the prose, a heading between two tables):
  each page is cut into column strips from the sheet geometry (left margin, widths, 100 %
  scale), a strip's characters are grouped into lines, and every text cell of the sheet must
  be found whole as consecutive lines of its own strip; a cell whose last line's glyph box
  ends less than 1 pt above the next horizontal rule below it (descenders on or over the
  rule: Calc's optimal row height is computed before hyphenation) or is not found gets a
  taller row and the sheet is built again;
- the expected JSON from the source cells (never from the PDF text): a risk's fields from
  its own row and, where a report links them, from cells of other rows (a comment table
  under the register, joined by Nr); a cell note on a risk's row is its comment. Only
  sha256, the page count and each risk's ``pages`` (the pages where its text cells stand, or
  with calc1's ``calc.build`` measurement the page of its row) are measured;
- calc9, each off by default: Calc's "shrink to fit" cells (``CellStyle.shrink`` in
  ``calc.py``), the answer as a mark "X" in one of the columns "Ja" / "Delvis" / "Nej"
  (``Report.marks``) and a cell merged down over several risk rows carried to each of them
  (``Report.carry_merged``);
- calc8, each off by default: answers "Ja, med avvikelse" / "Ja, delvis" in ``FOLLOWS``, an
  answer shown only by a cell's colour (``Report.colour_answers``, style -> answer as the
  report's legend gives it), labelled sub-risks "a) ...", "b) ..." in one row
  (``Report.split_labels``, :func:`split_labelled`) and the strip measurement at the printed
  scale of a sheet fitted to the page width (``Report.measure_scale``).

``fods_text`` and ``expected`` are pure, so they are tested without LibreOffice
(``tests/test_sample_kit.py``).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from xml.sax.saxutils import escape
from pathlib import Path

from producers.calc import Sheet, canonical, convert, layout_grid, norm, to_fods

CM = 72 / 2.54
#: the follow-up answer as printed -> follows_plan: answers, Calc's "genomförd" wordings, status
#: words (calc5: "Pågående" and "Ej påbörjad" say neither) and a cancelled control (calc6:
#: "Utgår" says neither that the plan was followed nor that it was not)
FOLLOWS = {
    "Ja": "Ja",
    "Nej": "Nej",
    "Delvis": "Delvis",
    "Genomförd": "Ja",
    "Delvis genomförd": "Delvis",
    "Ej genomförd": "Nej",
    "Klar": "Ja",
    "Pågående": None,
    "Ej påbörjad": None,
    "Utgår": None,
    # calc8: a drop-down list with qualified yeses ("Ja, med avvikelse" is a yes whose control
    # found a deviation that was handled; "Ja, delvis" says the plan was followed in part)
    "Ja, med avvikelse": "Ja",
    "Ja, delvis": "Delvis",
}
#: a risk value cell written as the product "S x K = R" (calc1)
PRODUCT = re.compile(r"^\s*(\d+)\s*[x×*]\s*(\d+)\s*=\s*(\d+)\s*$")
#: a number printed with its scale's word, "9 (medel)" (calc6)
WITH_WORD = re.compile(r"^\s*(\d+)\s+\([^()]+\)\s*$")


@dataclass
class Report:
    sheet: Sheet
    organ: str
    year: int
    period: str | None
    title: str
    inventoried: int | None
    critical: int | None
    columns: list  # (sheet column, header as printed, field or None) of the register
    links: dict = field(default_factory=dict)  # risk row -> [(row, col, header, field)]
    extra_columns: list = field(default_factory=list)  # (header, field) of a second table
    rotated: tuple = ()  # cell style names turned 90 degrees
    notes: dict = field(default_factory=dict)  # (row, col) -> cell note (comment) text
    print_extra: str = ""  # more style:print flags ("annotations headers")
    x_offset: float = 0.0  # pt the printed columns stand right of the left margin
    # calc8 (each default leaves the earlier sets' output unchanged):
    # the answer a follows-plan cell shows only by its colour: cell style -> answer, as the
    # report's own legend gives it (a "●" in green, yellow or red)
    colour_answers: dict = field(default_factory=dict)
    # a risk cell whose paragraphs open with "a) ", "b) " gives one record per label (see
    # :func:`split_labelled`)
    split_labels: bool = False
    # measure the column strips at the printed scale (a sheet fitted to the page width and
    # wider than it); the scale is read from the printed rules of page 1
    measure_scale: bool = False
    # calc9 (each default leaves the earlier sets' output unchanged):
    # the follow-up answered by a mark ("X") in one of several columns headed by the answers
    # ("Ja" / "Delvis" / "Nej" under a group header "Följer plan"): sheet column -> answer.
    # ``columns`` names the first of them once, with the group's header and "follows_plan".
    marks: dict = field(default_factory=dict)
    # a cell merged down over several risk rows (a comment written once for two risks) gives
    # its text to every risk row it spans, as a spanning process cell does; its page counts
    # for the first of them only
    carry_merged: bool = False

    def __post_init__(self) -> None:
        # calc1's reports name (header, field) per sheet column, from the first
        self.columns = [c if len(c) == 3 else (i, *c) for i, c in enumerate(self.columns)]


def sh_cell(grid: list, r: int, c: int):
    """The cell that begins at (r, c) of ``grid``, or None."""
    g = grid[r][c]
    return g[0] if g is not None and (g[1], g[2]) == (r, c) else None


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def cell_text(cell) -> str | None:
    if cell is None:
        return None
    t = collapse(" ".join(cell.paras()))
    return t or None


def fods_text(rep: Report, heights: dict) -> str:
    text = to_fods(rep.sheet, heights)
    for name in rep.rotated:
        head = f'<style:style style:name="{name}" style:family="table-cell"'
        i = text.index(head)
        j = text.index("<style:table-cell-properties ", i) + len("<style:table-cell-properties ")
        text = text[:j] + 'style:rotation-angle="90" style:rotation-align="none" ' + text[j:]
    if rep.print_extra:
        text = text.replace('style:print="', f'style:print="{rep.print_extra} ', 1)
    if rep.notes:
        text = _annotate(text, rep.notes)
    return text


def _annotate(text: str, notes: dict) -> str:
    """Cell notes (office:annotation) in the cells (row, col) of the flat ODS; a note's date is
    fixed so that rebuilds give the same bytes."""
    head, rest = text.split("<table:table-row ", 1)
    rows = ("<table:table-row " + rest).split("<table:table-row ")
    out = [head]
    for r, chunk in enumerate(rows[1:]):
        wanted = {c: t for (rr, c), t in notes.items() if rr == r}
        if wanted:
            parts = re.split(r"(<table:(?:covered-)?table-cell\b[^>]*>)", chunk)
            # parts: [row open, cell tag, content, cell tag, content, ...]
            c = 0
            for k in range(1, len(parts), 2):
                if c in wanted:
                    tag = parts[k]
                    if tag.endswith("/>"):
                        raise ValueError(f"note on an empty cell {r},{c}")
                    ann = (
                        "<office:annotation><dc:creator>Controller</dc:creator>"
                        "<dc:date>2025-01-20T09:00:00</dc:date>"
                        + "".join(f"<text:p>{escape(p)}</text:p>" for p in wanted[c].split("\n"))
                        + "</office:annotation>"
                    )
                    parts[k] = tag + ann
                c += 1
            chunk = "".join(parts)
        out.append("<table:table-row " + chunk)
    return "".join(out)


# --------------------------------------------------------------------------------------------
# Measuring


def _lines(page, x0: float, x1: float) -> list:
    """Upright characters whose centre lies in [x0, x1], grouped into lines:
    [(top, bottom, text)] from the top of the page down."""
    chars = [
        c for c in page.chars
        if c["text"].strip() and c.get("upright", True) and x0 <= (c["x0"] + c["x1"]) / 2 <= x1
    ]
    chars.sort(key=lambda c: (c["top"], c["x0"]))
    lines: list = []
    for ch in chars:
        mid = (ch["top"] + ch["bottom"]) / 2
        for ln in lines[-3:]:
            if ln[0] - 1 <= mid <= ln[1] + 1 and abs(ln[3] - ch["size"]) < 3:
                ln[2].append(ch)
                ln[0] = min(ln[0], ch["top"])
                ln[1] = max(ln[1], ch["bottom"])
                break
        else:
            lines.append([ch["top"], ch["bottom"], [ch], ch["size"]])
    out = []
    for top, bottom, cs, _s in sorted(lines, key=lambda ln: ln[0]):
        cs.sort(key=lambda c: c["x0"])
        out.append((top, bottom, "".join(c["text"] for c in cs)))
    return out


def _find(lines: list, target: str) -> list:
    """Start and end line indexes of every run of consecutive lines whose letters and digits
    are exactly ``target``."""
    hits = []
    for i in range(len(lines)):
        acc = ""
        for j in range(i, len(lines)):
            acc += norm(lines[j][2])
            if not target.startswith(acc):
                break
            if acc == target:
                hits.append((i, j))
                break
    return hits


@dataclass
class Measured:
    pages: int
    cell_pages: dict  # (row, col) -> page
    raise_rows: dict  # row -> new height (cm)
    missing: list
    hyphen_ends: int = 0


def _hrules(page, x0: float, x1: float) -> list:
    """y of the horizontal rules that cross the middle of [x0, x1]."""
    mid = (x0 + x1) / 2
    return sorted(
        {
            round(e["top"], 1)
            for e in page.edges
            if e["orientation"] == "h" and e["width"] > 2 and e["x0"] - 0.5 <= mid <= e["x1"] + 0.5
        }
    )


def measure(rep: Report, pdf_path: Path) -> Measured:
    import pdfplumber

    sh = rep.sheet
    grid = layout_grid(sh)
    h0, h1 = sh.header_rows
    cells = []  # (row, col, cell, target)
    for r in range(len(sh.rows)):
        for c in range(len(sh.widths)):
            g = grid[r][c]
            if g is None or (g[1], g[2]) != (r, c):
                continue
            t = norm(" ".join(g[0].paras()))
            if len(t) >= 12 and g[0].style not in rep.rotated:
                cells.append((r, c, g[0], t))
    # a text repeated in its column (a process written on each of its rows) cannot tell its
    # rows apart: such cells are not measured (their rows have other, unique cells)
    seen: dict = {}
    for r, c, cell, t in cells:
        seen[(c, cell.cols, t)] = seen.get((c, cell.cols, t), 0) + 1
    cells = [x for x in cells if seen[(x[1], x[2].cols, x[3])] == 1]
    left = sh.margins[2] * CM + rep.x_offset
    scale = 1.0
    cell_pages: dict = {}
    raise_rows: dict = {}
    hyph = 0
    with pdfplumber.open(pdf_path) as pdf:
        npages = len(pdf.pages)
        if rep.measure_scale:
            left, scale = _printed_scale(rep, pdf.pages[0])
        xs = [left]
        for w in sh.widths:
            xs.append(xs[-1] + w * CM * scale)
        strips: dict = {}
        for pno, page in enumerate(pdf.pages, 1):
            for r, c, cell, t in cells:
                rules = _hrules(page, xs[c], xs[c + cell.cols])
                key = (c, cell.cols)
                if (pno, key) not in strips:
                    strips[(pno, key)] = _lines(page, xs[c] + 0.3, xs[c + cell.cols] - 0.3)
                lines = strips[(pno, key)]
                hits = _find(lines, t)
                if h0 <= r < h1 and pno > 1:
                    continue  # the repeated header
                if len(hits) > 1:
                    raise SystemExit(f"{sh.name}: cell {r},{c} found {len(hits)} times on page {pno}")
                for i, j in hits:
                    if (r, c) in cell_pages and cell_pages[(r, c)] != pno:
                        if not (h0 <= r < h1):
                            raise SystemExit(f"{sh.name}: cell {r},{c} found on two pages")
                    cell_pages.setdefault((r, c), pno)
                    hyph += sum(1 for k in range(i, j) if lines[k][2].endswith("-"))
                    # the rule under the cell: the first rule below the middle of its first line
                    # (a glyph box may rise above the row's top rule: Carlito's does)
                    top, mid = lines[i][0], (lines[i][0] + lines[i][1]) / 2
                    below = [y for y in rules if y > mid]
                    if below and lines[j][1] > below[0] - 1.0:
                        above = [y for y in rules if y < mid]
                        y0 = above[-1] if above else top - 2
                        need = (lines[j][1] - y0) / scale + cell_size(sh, cell) * 0.8
                        raise_rows[r + cell.rows - 1] = max(
                            raise_rows.get(r + cell.rows - 1, 0), round(need / CM, 3)
                        )
    missing = [(r, c, t[:40]) for r, c, _cell, t in cells if (r, c) not in cell_pages]
    return Measured(npages, cell_pages, raise_rows, missing, hyph)


def _printed_scale(rep: Report, page) -> tuple:
    """(left x, scale) of the printed sheet on ``page``: its outermost vertical rules against
    the sheet's width (calc8: a sheet fitted to the page width prints below 100 %)."""
    xs = [e["x0"] for e in page.edges if e["orientation"] == "v" and e["height"] > 2]
    if not xs:
        raise SystemExit(f"{rep.sheet.name}: no vertical rule on page 1 to read the scale from")
    left, right = min(xs), max(xs)
    want = rep.sheet.margins[2] * CM + rep.x_offset
    if abs(left - want) > 2.0:
        raise SystemExit(f"{rep.sheet.name}: the sheet starts at x {left:.1f}, not {want:.1f}")
    return left, (right - left) / (sum(rep.sheet.widths) * CM)


def cell_size(sh: Sheet, cell) -> float:
    return sh.styles[cell.style].size


def build(rep: Report, outdir: Path, work: Path, profile: str, fontconf: Path, rounds=6):
    sh = rep.sheet
    heights: dict = {}
    for _ in range(rounds):
        fods = work / f"{sh.name}.fods"
        text = fods_text(rep, heights)
        fods.write_text(text, encoding="utf-8")
        pdf = convert(fods, work, fontconf, profile)
        out = outdir / f"{sh.name}.pdf"
        out.write_bytes(canonical(pdf.read_bytes()))
        m = measure(rep, out)
        todo = {r: h for r, h in m.raise_rows.items() if h > heights.get(r, 0) + 0.01}
        for r, c, t in m.missing:
            cur = heights.get(r + 0, sh.rows[r].height or 0)
            todo.setdefault(r, round(max(cur, 0.5) + 0.4, 3))
        if not todo:
            if m.missing:
                raise SystemExit(f"{sh.name}: not found whole: {m.missing}")
            return m, heights, text
        print(f"  {sh.name}: raising rows {todo}")
        heights.update(todo)
    raise SystemExit(f"{sh.name}: rows still cut after {rounds} rounds: {todo} {m.missing}")


# --------------------------------------------------------------------------------------------
# Expected JSON


def _set(rec: dict, header: str, fld, text):
    if fld is None:
        if text is not None:
            rec["extra"][header] = text
        return
    if text is None:
        return
    product = PRODUCT.match(text) if fld == "risk_value" and isinstance(text, str) else None
    if product:
        p, k, v = map(int, product.groups())
        assert p * k == v, text
        rec["probability"], rec["consequence"], rec["risk_value"] = p, k, v
    elif fld in ("probability", "consequence", "risk_value"):
        word = WITH_WORD.match(text) if isinstance(text, str) else None
        if word:
            rec[fld] = int(word.group(1))
        else:
            rec[fld] = int(text.replace(",0", "")) if isinstance(text, str) else int(text)
    elif fld == "follows_plan":
        rec[fld] = FOLLOWS[text]
    else:
        rec[fld] = text


def expected(rep: Report, m: Measured, pdf_path: Path) -> dict:
    sh = rep.sheet
    grid = layout_grid(sh)
    cell_pages = getattr(m, "cell_pages", {})
    row_page = getattr(m, "row_page", None)
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
            "pages": [],
        }
        pages = set()
        spots = [(r, c, h, f) for c, h, f in rep.columns] + list(rep.links.get(r, []))
        for rr, c, header, fld in spots:
            if fld == "follows_plan" and rep.marks:
                # calc9: the answer is the header of the one answer column holding a mark
                marked = [a for mc, a in sorted(rep.marks.items()) if cell_text(sh_cell(grid, rr, mc))]
                if len(marked) > 1:
                    raise SystemExit(f"{sh.name}: row {rr}: marks in {len(marked)} answer columns")
                rec[fld] = marked[0] if marked else None
                continue
            g = grid[rr][c]
            if g is None:
                continue
            cell, r0, c0 = g
            if r0 != rr and fld != "process" and not rep.carry_merged:
                raise ValueError(f"{sh.name}: row {rr} col {c}: a merged non-process cell")
            if fld == "follows_plan" and cell.style in rep.colour_answers:
                # calc8: the answer shown as a colour; the legend's word for that colour
                rec[fld] = rep.colour_answers[cell.style]
            else:
                _set(rec, header, fld, cell_text(cell))
            if r0 == rr and (r0, c0) in cell_pages:
                pages.add(cell_pages[(r0, c0)])
        if row_page is not None:  # calc.build's measurement (calc1): the page of the row
            pages = {row_page[r]}
        if row.risk:
            rec.update(row.risk)
        for (nr, nc), note in sorted(rep.notes.items()):
            if nr != r:
                continue
            # a cell note on the risk's row is the risk's comment (the sheet has no comment
            # column); its page is where the note is printed, at the end of the sheet
            assert rec["comment"] is None, rec
            rec["comment"] = collapse(note)
            pages.add(_note_page(pdf_path, note))
        if rec["probability"] and rec["consequence"] and rec["risk_value"]:
            assert rec["probability"] * rec["consequence"] == rec["risk_value"], rec
        if not pages:
            raise SystemExit(f"{sh.name}: no page for the risk in row {r}")
        rec["pages"] = sorted(pages)
        for part in split_labelled(rep, grid, r, rec) if rep.split_labels else [rec]:
            part["seq"] = len(risks) + 1
            risks.append(part)
    data = pdf_path.read_bytes()
    cols = [{"header": h, "field": f} for _c, h, f in rep.columns]
    cols += [{"header": h, "field": f} for h, f in rep.extra_columns]
    return {
        "schema_version": "1",
        "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": m.pages},
        "report": {
            "organ": rep.organ,
            "year": rep.year,
            "period": rep.period,
            "title": collapse(rep.title),
            "risks_inventoried": rep.inventoried,
            "risks_critical": rep.critical,
        },
        "columns": cols,
        "risks": risks,
        "warnings": [],
    }


#: a sub-risk label opening a paragraph of a cell: "a) " (calc8)
LABEL = re.compile(r"^([a-z])\)\s+(.*)$", re.S)


def _labelled(paras: list) -> tuple:
    """(text before the first label or None, [(label, text)]) of a cell's paragraphs; a
    paragraph without a label belongs to the label above it."""
    lead: list = []
    parts: list = []
    for p in paras:
        m = LABEL.match(p.strip())
        if m:
            parts.append([m.group(1), [m.group(2)]])
        elif parts:
            parts[-1][1].append(p)
        else:
            lead.append(p)
    return (collapse(" ".join(lead)) or None), [(lab, collapse(" ".join(t))) for lab, t in parts]


def split_labelled(rep: Report, grid: list, r: int, rec: dict) -> list:
    """The records of risk row ``r`` whose risk cell holds labelled sub-risks ("a) ...",
    "b) ..."): one per label, in order, as samples/README.md's conventions give them: the
    label without ")" in ``label`` and removed from the text, the risk cell's text before the
    first label in ``context``; a controls or handling cell labelled with the same labels is
    split by them, every other cell (values, answer, comment, extra) is copied to each part;
    the parts share the row's pages. A row without labels gives ``[rec]``."""
    cells = {}
    for c, _h, fld in rep.columns:
        g = grid[r][c]
        if fld in ("risk", "controls", "handling") and g is not None and (g[1], g[2]) == (r, c):
            cells[fld] = g[0].paras()
    if "risk" not in cells:
        return [rec]
    context, parts = _labelled(cells["risk"])
    if not parts:
        return [rec]
    labels = [lab for lab, _t in parts]
    split = {}
    for fld in ("controls", "handling"):
        lead, fparts = _labelled(cells.get(fld, []))
        if fparts:
            if lead is not None or [lab for lab, _t in fparts] != labels:
                raise SystemExit(f"{rep.sheet.name}: row {r}: {fld} labelled otherwise than the risk")
            split[fld] = dict(fparts)
    out = []
    for lab, text in parts:
        part = dict(rec, extra=dict(rec["extra"]), pages=list(rec["pages"]))
        part.update(context=context, label=lab, risk=text)
        for fld, by_label in split.items():
            part[fld] = by_label[lab]
        out.append(part)
    return out


def _note_page(pdf_path: Path, note: str) -> int:
    import pdfplumber

    want = norm(note)
    found = []
    with pdfplumber.open(pdf_path) as pdf:
        for pno, page in enumerate(pdf.pages, 1):
            if want in norm(page.extract_text() or ""):
                found.append(pno)
    if len(found) != 1:
        raise SystemExit(f"note found on pages {found}: {note[:50]!r}")
    return found[0]


def write_json(obj: dict, path: Path) -> None:
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------------------------
# A set's build


def main(here: Path, modules: list, argv=None, measure_rows: bool = False) -> None:
    """Build the set in ``here``: each module of ``modules`` (in ``here/src``) gives a
    ``report()``; all of them, or those named in ``argv`` (module or PDF stem). The flat ODS
    is kept in ``src/fods/``, the PDF and expected JSON beside the set's README.
    ``measure_rows``: raise rows with ``calc.build``'s ruled-grid measurement (calc1) instead
    of this module's column strips. LibreOffice runs with a profile of this run's own."""
    import argparse
    import importlib
    import tempfile

    from producers import calc

    ap = argparse.ArgumentParser(description=f"Rebuild the {here.name} set.")
    ap.add_argument("names", nargs="*")
    ap.add_argument("-v", action="store_true", help="print the rows raised while building")
    a = ap.parse_args(argv)
    reps = []
    for mod in modules:
        if not (here / "src" / f"{mod}.py").exists():
            continue  # a report not written yet
        rep = importlib.import_module(mod).report()
        if a.names and mod not in a.names and rep.sheet.name not in a.names:
            continue
        reps.append(rep)
    (here / "src" / "fods").mkdir(exist_ok=True)
    print(calc.tool_versions())
    with tempfile.TemporaryDirectory(prefix=f"icp-{here.name}-") as tmpdir:
        work = Path(tmpdir)
        profile = (work / "lo-profile").as_uri()
        fontconf = calc.private_fontconfig(work)
        for rep in reps:
            sh = rep.sheet
            if measure_rows:
                m, heights, fods = calc.build(sh, here, work, profile, fontconf, verbose=a.v)
            else:
                m, heights, fods = build(rep, here, work, profile, fontconf)
            (here / "src" / "fods" / f"{sh.name}.fods").write_text(fods, encoding="utf-8")
            exp = expected(rep, m, here / f"{sh.name}.pdf")
            write_json(exp, here / f"{sh.name}.expected.json")
            print(
                f"{sh.name}: {m.pages} pages, {len(exp['risks'])} risks, pages "
                f"{[r['pages'] for r in exp['risks']]}, {m.hyphen_ends} hyphenated line ends; "
                f"rows raised: {sorted(heights)}"
            )
