"""Build a holdout set (``../holdout2`` ... ``../holdout8``) and its expected
JSON: the code the sets share; each folder's ``build.py`` names its documents and calls
:func:`main`.

The documents are written in the folder's ``src/docs_*.py`` as source text (words whole,
real hyphens kept, a manual line break written "\\n"). ``holdout_fodt.py`` writes each as flat
ODF (kept in ``src/fodt/``) with Swedish automatic hyphenation on every paragraph style;
LibreOffice converts it (own profile ``/tmp/lo-<folder>``, private fontconfig from
``libreoffice.py``) and the PDF is rewritten canonically with ``canonical_pdf`` (from
``build_samples.py``), so rebuilds are byte-identical with the same LibreOffice and
fonts.

Every field of the expected JSON comes from the source objects, except ``source`` (hash and
page count) and each risk's ``pages``, measured on the built PDF with pdfplumber
(independent of icp_extract). The header rows are found by their text, not by a fill
colour: on each page, a line that starts with the first column's header word at the
column's left edge and below which every column's words (and the group heading, if any)
spell that column's header. The words below the header (inside the body zone, above the
footer) are given to the column whose x-range holds the word's centre, and the cells' text
is matched in order, per column, with case, whitespace, hyphens, bullets and punctuation
removed. A cell that cannot be found aborts the build. Header text turned 90° (pdfplumber:
not upright) is read bottom to top, glyph by glyph; body cells turned 90° (holdout6) are read
cell by cell, their lines left to right; the words of a section row (a line that spells a section
row's text) belong to no column; section rows give no record and no ``seq``.

Needs: soffice (LibreOffice Writer), hyphen-sv, fonts-liberation(2), fonts-dejavu,
fonts-crosextra-carlito, fontconfig (fc-match), pdfplumber; pdftoppm for --png.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.dont_write_bytecode = True  # write nothing into the sample folders (the imports below)



import pdfplumber  # noqa: E402
from build_samples import canonical_pdf  # noqa: E402  (the core samples' PDF clean-up)
from holdout_fodt import build_fodt  # noqa: E402
from holdout_model import CM, DROPPED_MARKERS, SECTION, Doc, Table, plain  # noqa: E402
from libreoffice import convert, paragraphs, private_fontconfig  # noqa: E402

PRODUCT = re.compile(r"(\d+)\s*[×x]\s*(\d+)\s*=\s*(\d+)")
#: a value printed with a word in brackets (holdout6): "12 (hög)" -> 12, the word dropped
VALUE_WORD = re.compile(r"(\d+) \((?:[a-zåäö]+ ?)+\)")
#: a value with a level word on a line of its own (holdout8): "12" / "Hög" in one cell (a
#: manual line break, joined with a space) -> 12, the word dropped
VALUE_LEVEL = re.compile(r"(\d+) (?:[Mm]ycket )?(?:[Ll]åg|[Mm]edel|[Hh]ög|[Kk]ritisk)")
LABEL = re.compile(r"([a-z])\) (.+)")
FOLLOWS = {"ja": "Ja", "nej": "Nej", "delvis": "Delvis"}
#: a footnote marker after a Följer plan value (holdout7): "Ja¹" -> "Ja", "Nej²" -> "Nej"; the
#: superscript digits are characters (U+00B9, U+00B2, U+00B3, U+2070-U+2079), the footnote
#: itself stands under the table and belongs to no record
FOOTNOTE_MARK = re.compile("[\u00b9\u00b2\u00b3\u2070-\u2079]+$")


# ---------------------------------------------------------------------------------------------
# expected records from the source objects


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def strip_bullet(p: str) -> str:
    s = p.strip()
    for b in DROPPED_MARKERS:
        if s.startswith(b):
            return s[len(b):]
    return s


def joined(value) -> str | None:
    """Paragraphs joined with one space, bullet glyphs and bold / italic markers dropped,
    whitespace collapsed."""
    return collapse(" ".join(strip_bullet(plain(p)) for p in paragraphs(value))) or None


def risk_rows(t: Table) -> list[int]:
    """Indices of the rows that hold risks (not section rows)."""
    return [r for r, row in enumerate(t.rows) if SECTION not in row]


def risk_tables(doc: Doc) -> list:
    """The document's risk tables in document order (blocks with columns; the first holdout
    set's model has a ``Table`` class of its own). Several risk tables (holdout5) give one
    run of records, ``seq`` going on from table to table."""
    tables = [b for b in doc.blocks if hasattr(b, "cols")]
    assert tables
    return tables


def risk_table(doc: Doc) -> Table:
    """The document's one risk table."""
    tables = risk_tables(doc)
    assert len(tables) == 1
    return tables[0]


def expected_columns(doc: Doc) -> list[dict]:
    """``columns`` of the expected JSON: each table's headers in order; with several tables
    (holdout5) the distinct (header, field) pairs in first-seen order."""
    tables = risk_tables(doc)
    if len(tables) == 1:
        return [{"header": collapse(c.header), "field": c.field} for c in tables[0].cols]
    out = []
    for t in tables:
        for c in t.cols:
            col = {"header": collapse(c.header), "field": c.field}
            if col not in out:
                out.append(col)
    return out


def cell_grid(t: Table) -> list[dict]:
    """Per row: column key -> (value, owner row). A spanning cell is carried down to the rows
    it covers (owner = the row that holds it); so is a cell of a ``carry_blank`` column
    (holdout6) to the empty cells below it (owner = the row that holds the text)."""
    grid, carry = [], {}
    for r, row in enumerate(t.rows):
        if SECTION in row:  # no risk; no span crosses it
            assert not any(v[1] > 0 for v in carry.values()), (t.name, r)
            grid.append(None)
            continue
        cells = {}
        for c in t.cols:
            if c.key in carry and carry[c.key][1] > 0:
                val, left, owner = carry[c.key]
                carry[c.key] = (val, left - 1, owner)
                cells[c.key] = (val, owner)
                continue
            span = row.get("_span", {}).get(c.key, 1)
            if c.key in getattr(t, "carry_blank", ()) and not joined(row.get(c.key)):
                above = next((g[c.key] for g in reversed(grid) if g is not None), None)
                if above is not None:
                    cells[c.key] = above
                    continue
            carry[c.key] = (row.get(c.key), span - 1, r)
            cells[c.key] = (row.get(c.key), r)
        grid.append(cells)
    return grid


def new_record(seq: int) -> dict:
    """An expected record with every field empty."""
    return {
        "seq": seq, "process": None, "context": None, "label": None, "risk": None,
        "risk_value": None, "probability": None, "consequence": None, "controls": None,
        "handling": None, "follows_plan": None, "comment": None, "extra": {},
    }


def expected_risks(t: Table, put=None) -> list[dict]:
    """One record per risk row, each cell's text put into it by ``put`` (default
    :func:`set_field`; a set with cells of its own passes its own). With ``section_process``
    (holdout15) the text of the section row above gives ``process``."""
    put = put or set_field
    out, section = [], None
    for row, cells in zip(t.rows, cell_grid(t), strict=True):
        if cells is None:  # a section row
            section = collapse(row[SECTION])
            continue
        rec = new_record(len(out) + 1)
        if getattr(t, "section_process", False):
            assert section, (t.name, "a risk row before the first section row")
            assert not any(c.field == "process" for c in t.cols)
            rec["process"] = section
        for c in t.cols:
            text = joined(cells[c.key][0])
            if text is not None:
                put(rec, c, text)
        out.append(rec)
    return out


def set_field(rec: dict, c, text: str) -> None:
    """Put one cell's expected text into the record: extra columns by header, products and
    numbers as ints, a label out of the risk text, Följer plan as Ja / Nej / Delvis."""
    if c.field is None:
        rec["extra"][collapse(c.header)] = text
    elif c.field == "risk_value" and PRODUCT.fullmatch(text):
        s, k, v = (int(g) for g in PRODUCT.fullmatch(text).groups())
        if s * k != v:
            raise ValueError(f"{c.header}: {text!r} is not a product")
        rec["probability"], rec["consequence"], rec["risk_value"] = s, k, v
    elif c.field in ("risk_value", "probability", "consequence") and VALUE_WORD.fullmatch(text):
        rec[c.field] = int(VALUE_WORD.fullmatch(text).group(1))
    elif c.field in ("risk_value", "probability", "consequence") and VALUE_LEVEL.fullmatch(text):
        rec[c.field] = int(VALUE_LEVEL.fullmatch(text).group(1))
    elif c.field in ("risk_value", "probability", "consequence"):
        if not re.fullmatch(r"\d+", text):
            raise ValueError(f"{c.header}: {text!r} is not a plain number")
        rec[c.field] = int(text)
    elif c.field == "risk" and LABEL.fullmatch(text):
        rec["label"], rec["risk"] = LABEL.fullmatch(text).groups()
    elif c.field == "follows_plan":
        rec[c.field] = FOLLOWS[FOOTNOTE_MARK.sub("", text).lower()]
    else:
        rec[c.field] = text


# ---------------------------------------------------------------------------------------------
# measuring the built PDF


class MatchError(Exception):
    pass


def norm(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def spell(words: list[dict], target: str) -> list[dict] | None:
    """The first run of consecutive ``words`` whose normalised text is exactly ``target``."""
    for i in range(len(words)):
        acc, part = "", []
        for w in words[i:]:
            nxt = acc + norm(w["text"])
            if not target.startswith(nxt):
                break
            acc = nxt
            part.append(w)
            if acc == target:
                return part
    return None


def header_band(words: list[dict], t: Table, ncols: int):
    """(top, bottom, header words) of the table's header rows among this page's words (each
    with its column index ``col``), found by their text; None when the page has none."""
    targets = [norm(c.header) for c in t.cols]
    by_col = [sorted((w for w in words if w["col"] == k), key=lambda w: (round(w["top"]), w["x0"]))
              for k in range(ncols)]
    for cand in by_col[0]:
        n = norm(cand["text"])
        if not n or not targets[0].startswith(n):
            continue
        t0 = cand["top"]
        used: list[dict] = []
        for k in range(ncols):
            win = [w for w in by_col[k] if t0 - 40 <= w["top"] <= t0 + 60]
            found = spell(win, targets[k])
            if not found:
                break
            used += found
        else:
            for g in dict.fromkeys(c.group for c in t.cols if c.group):
                ks = [k for k, c in enumerate(t.cols) if c.group == g]
                win = sorted((w for k in ks for w in by_col[k]
                              if t0 - 40 <= w["top"] <= t0 + 60 and w not in used),
                             key=lambda w: (round(w["top"]), w["x0"]))
                found = spell(win, norm(g))
                if not found:
                    break
                used += found
            else:
                return min(w["top"] for w in used), max(w["bottom"] for w in used), used
    return None


def drop_sections(words: list[dict], t: Table) -> list[dict]:
    """The words without those of section rows: a line whose words, left to right, spell a
    section row's text."""
    targets = {norm(row[SECTION]) for row in t.rows if SECTION in row}
    if not targets:
        return words
    lines: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - w["top"]) < 2:
            lines[-1].append(w)
        else:
            lines.append([w])
    drop = [id(w) for ln in lines
            if "".join(norm(w["text"]) for w in sorted(ln, key=lambda w: w["x0"])) in targets
            for w in ln]
    return [w for w in words if id(w) not in drop]


def turned_order(words: list[dict]) -> list[dict]:
    """Words of text turned 90° (holdout6 body cells) in reading order: per page, cells one
    below the other (blocks of words whose vertical extents touch), in a cell the lines left
    to right, in a line the words bottom to top."""
    out = []
    for pno in sorted({w["page"] for w in words}):
        blocks: list[list[dict]] = []
        for w in sorted((w for w in words if w["page"] == pno), key=lambda w: w["top"]):
            if blocks and w["top"] <= max(v["bottom"] for v in blocks[-1]) + 5:
                blocks[-1].append(w)
            else:
                blocks.append([w])
        for b in blocks:
            lines: list[list[dict]] = []
            for w in sorted(b, key=lambda w: w["x0"]):
                if lines and abs(lines[-1][0]["x0"] - w["x0"]) < 2:
                    lines[-1].append(w)
                else:
                    lines.append([w])
            for ln in lines:
                out += sorted(ln, key=lambda w: -w["bottom"])
    return out


class Column:
    """The words of one column in reading order, as one normalised character stream; words
    set in newspaper columns (holdout16) carry the ``frame`` they stand in, read frame by
    frame on each page."""

    def __init__(self, words, turned=False):
        if turned:
            self.words = turned_order(words)
        else:
            self.words = sorted(words, key=lambda w: (w["page"], w.get("frame", 0),
                                                      round(w["top"]), w["x0"]))
        self.turned = turned
        self.text = ""
        self.page_of: list[int] = []
        self.starts: list[int] = []  # offset of each word in ``text``
        for w in self.words:
            n = norm(w["text"])
            self.starts.append(len(self.text))
            self.text += n
            self.page_of += [w["page"]] * len(n)

    def lines(self):
        out: list[list[dict]] = []
        pos = "x0" if self.turned else "top"  # a line of turned text is a column of words
        for w in self.words:
            if (out and out[-1][0]["page"] == w["page"] and abs(out[-1][0][pos] - w[pos]) < 2
                    and out[-1][0].get("frame", 0) == w.get("frame", 0)):
                out[-1].append(w)
            else:
                out.append([w])
        return out


def column_words(doc: Doc, pdf, t: Table, header_pages_only=False):
    """(body columns, header columns, header bands by page): the words of the table's pages
    from its first header row on, given to the column whose x-range holds their centre; with
    ``header_pages_only`` (holdout12: a table interrupted by another page) only the pages that
    show the header row."""
    pg = doc.table_page()
    xr, x = [], pg.left * CM
    for c in t.cols:
        xr.append((x, x + c.width * CM))
        x += c.width * CM
    body = [[] for _ in t.cols]
    head = [[] for _ in t.cols]
    started = False
    bands = {}
    for pno, page in enumerate(pdf.pages, 1):
        top_limit = float(page.height) - pg.bottom * CM - (0.9 * CM - 4 if doc.footer else 0)
        words = []
        for w in page.extract_words(return_chars=True):
            if not w["upright"]:  # text turned 90° reads from bottom to top (glyph by
                # glyph: a ligature "ti" stays "ti")
                w = dict(w, text="".join(c["text"] for c in reversed(w["chars"])))
            if w["top"] > top_limit or w["top"] < pg.top * CM - 2:
                continue
            xc = (w["x0"] + w["x1"]) / 2
            k = next((i for i, (a, b) in enumerate(xr) if a <= xc <= b), None)
            if k is None:
                continue
            words.append(dict(w, page=pno, col=k))
        words = drop_sections(words, t)
        band = header_band(words, t, len(t.cols))
        if band:
            started = True
            bands[pno] = band[:2]
            for w in band[2]:
                head[w["col"]].append(w)
        if not started or (header_pages_only and not band):
            continue
        for w in words:
            if band and w["top"] < band[1] - 0.5:
                continue  # above the table (prose) or in the header rows
            body[w["col"]].append(w)
    turned = [getattr(c, "body_rotate", False) for c in t.cols]
    return ([Column(ws, tu) for ws, tu in zip(body, turned, strict=True)],
            [Column(ws) for ws in head], bands)


def locate(doc: Doc, cols: list[Column], t: Table):
    """{(row, col): pages} for every non-empty cell, matched in order per column, and per
    column the offset where the table's text ends."""
    result, ends = {}, []
    for k, c in enumerate(t.cols):
        s, p = cols[k], 0
        for r, row in enumerate(t.rows):
            if c.key not in row:
                continue  # covered by a cell spanning rows
            target = norm(joined(row[c.key]) or "")
            if not target:
                continue
            if s.text[p : p + len(target)] != target:
                raise MatchError(
                    f"{doc.name}: column {c.header!r} row {r + 1}: expected "
                    f"{target[:50]!r}, found {s.text[p : p + 50]!r}"
                )
            result[(r, k)] = set(s.page_of[p : p + len(target)])
            p += len(target)
        ends.append(p)
    return result, ends


def hyphen_stats(cols: list[Column], source: str):
    """Line-end hyphens in the table's columns (header rows included): 'soft' where the
    source text has no hyphen there, 'real' where it has one; line breaks after '/'."""
    soft = real = slash = 0
    examples = []
    for col in cols:
        lines = col.lines()
        for a, b in zip(lines, lines[1:], strict=False):
            last, first = a[-1]["text"], b[0]["text"]
            if last.endswith("/"):
                slash += 1
            if not last.endswith("-") or len(last) < 2:
                continue
            stem = last.lstrip("(«\"")
            nxt = first.rstrip(".,;:)»\"")
            if stem + nxt in source or f"{stem} {nxt}" in source:
                real += 1
                examples.append(f"[{last}/{first}]")
            else:
                soft += 1
                examples.append(f"{last}/{first}")
    return {"soft": soft, "real": real, "slash": slash, "examples": examples}


def measure(doc: Doc, pdf_path: Path, **steps):
    """Page count, expected records with their pages, and typesetting statistics; with
    several risk tables (holdout5) each is measured by itself and ``seq`` goes on. ``steps``
    go to :func:`measure_table`."""
    tables = risk_tables(doc)
    if len(tables) == 1:
        return measure_table(doc, pdf_path, tables[0], **steps)
    risks, stats = [], {"soft": 0, "real": 0, "slash": 0, "examples": [], "header_pages": []}
    for t in tables:
        npages, rs, st = measure_table(doc, pdf_path, t, **steps)
        for rec in rs:
            rec["seq"] = len(risks) + 1
            risks.append(rec)
        for k in ("soft", "real", "slash"):
            stats[k] += st[k]
        stats["examples"] += st["examples"]
        stats["header_pages"] = sorted(set(stats["header_pages"]) | set(st["header_pages"]))
    return npages, risks, stats


def measure_table(doc: Doc, pdf_path: Path, t: Table, records=expected_risks,
                  words=column_words):
    """Page count, expected records (``records``, from the table) with their pages, and
    typesetting statistics of one risk table, its words found by ``words`` (as
    :func:`column_words`)."""
    with pdfplumber.open(pdf_path) as pdf:
        npages = len(pdf.pages)
        body, head, bands = words(doc, pdf, t)
    cells, ends = locate(doc, body, t)
    # the table's own words only (not the prose or the other table after it)
    body = [Column([w for w, st in zip(b.words, b.starts, strict=True) if st < e],
                   getattr(c, "body_rotate", False))
            for b, e, c in zip(body, ends, t.cols, strict=True)]
    src = [joined(r.get(c.key)) or "" for r in t.rows for c in t.cols]
    src += [c.header for c in t.cols] + [c.group for c in t.cols if c.group]
    merged = [Column(h.words + b.words, b.turned) for h, b in zip(head, body, strict=True)]
    stats = hyphen_stats(merged, " ".join(src))
    stats["header_pages"] = sorted(bands)
    risks = records(t)
    for r, rec in zip(risk_rows(t), risks, strict=True):
        pages = set()
        for k in range(len(t.cols)):
            pages |= cells.get((r, k), set())
        rec["pages"] = sorted(pages)
    return npages, risks, stats


# ---------------------------------------------------------------------------------------------
# building


def build(
    doc: Doc,
    here: Path,
    tmp: Path,
    fontconf: Path,
    png: Path | None,
    write_fodt=build_fodt,
    measure_pdf=None,
    columns=None,
    profile=None,
) -> dict:
    """Write ``doc`` as .fodt (in ``here/src/fodt``), PDF and expected JSON (in ``here``).
    ``write_fodt``, ``measure_pdf`` and ``columns`` (the expected ``columns`` of a document)
    let the first holdout set (its own model, writer and measuring by header colour) and the
    sets with features of their own use the same steps; ``profile``: LibreOffice's user
    profile (default ``/tmp/lo-<folder>``)."""
    measure_pdf = measure_pdf or measure
    columns = columns or expected_columns
    srcdir = here / "src" / "fodt"
    srcdir.mkdir(exist_ok=True)
    fodt = srcdir / f"{doc.name}.fodt"
    fodt.write_text(write_fodt(doc), encoding="utf-8")
    pdf = convert(fodt, tmp, fontconf, profile or f"file:///tmp/lo-{here.name}")
    final = here / f"{doc.name}.pdf"
    final.write_bytes(canonical_pdf(pdf.read_bytes()))
    pdf.unlink()
    npages, risks, stats = measure_pdf(doc, final)
    data = {
        "schema_version": "1",
        "source": {
            "file": final.name,
            "sha256": hashlib.sha256(final.read_bytes()).hexdigest(),
            "pages": npages,
        },
        "report": {
            "organ": doc.organ,
            "year": doc.year,
            "period": doc.period,
            "title": collapse(doc.title),
            "risks_inventoried": doc.risks_inventoried,
            "risks_critical": doc.risks_critical,
        },
        "columns": columns(doc),
        "risks": risks,
        "warnings": [],
    }
    (here / f"{doc.name}.expected.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    if png:
        png.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["pdftoppm", "-r", "50", "-png", str(final), str(png / doc.name)], check=True
        )
    return {"pages": npages, "risks": len(risks), "risk_pages": [r["pages"] for r in risks],
            **stats}


def main(here: Path, doc_factories: list, description: str, argv=None, about=None, work=None,
         header_rows="on pages", **steps) -> int:
    """Build the samples of one holdout folder ``here`` from its document factories.
    ``about``: the help text after the description (default this module's); ``work``: a
    folder for LibreOffice's profile and the temporary files (default ``/tmp``);
    ``header_rows``: how the report line names ``header_pages``; ``steps`` go to
    :func:`build`."""
    ap = argparse.ArgumentParser(
        description=description + "\n\n" + (about or __doc__),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("names", nargs="*")
    ap.add_argument("--png", type=Path, help="render pages at 50 dpi into this directory")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the line-end hyphens")
    args = ap.parse_args(argv)
    docs = [f() for f in doc_factories]
    unknown = set(args.names) - {d.name for d in docs}
    if unknown:
        ap.error(f"unknown samples: {', '.join(sorted(unknown))}")
    start = time.monotonic()
    if work:
        work.mkdir(parents=True, exist_ok=True)
        steps["profile"] = f"file://{work}/lo-profile"
    with tempfile.TemporaryDirectory(prefix=f"icp-{here.name}-", dir=work) as tmpdir:
        tmp = Path(tmpdir)
        fontconf = private_fontconfig(tmp)
        for doc in docs:
            if args.names and doc.name not in args.names:
                continue
            info = build(doc, here, tmp, fontconf, args.png, **steps)
            print(
                f"{doc.name}: {info['pages']} pages, {info['risks']} risks "
                f"(pages {info['risk_pages']}), header rows {header_rows} "
                f"{info['header_pages']}, {info['soft']} hyphenated line ends, "
                f"{info['real']} real hyphens at line end, {info['slash']} breaks after '/'"
            )
            if args.verbose:
                print("   ", " ".join(info["examples"]))
    print(f"built in {time.monotonic() - start:.1f} s")
    return 0

