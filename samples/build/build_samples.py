#!/usr/bin/env python3
"""Build the sample PDFs and their expected JSON from the specs in ``specs/``.

    python samples/build/build_samples.py            # rebuild every sample
    python samples/build/build_samples.py NAME ...   # rebuild some
    python samples/build/build_samples.py --keep DIR # also keep the .fodt sources in DIR

For each sample: write a flat ODF text document (``.fodt``) with Swedish automatic hyphenation
on, convert it with LibreOffice headless to ``samples/<name>.pdf``, canonicalise the PDF
(object order, CreationDate, /ID) so rebuilds are byte-identical, then write
``samples/<name>.expected.json``.
Every field of the JSON comes from the spec (the source text), except ``source`` (hash and page
count of the built PDF) and each risk's ``pages``, which are measured on the PDF by
``locate_cells`` (pdfplumber, independent of icp_extract): each column is cropped to its known
x-range, and the text of its cells is matched, in order, against the words found there
(compared with whitespace, hyphens and punctuation removed; the repeated header row skipped at
each page start). A cell that cannot be found aborts the build, so this also checks that
LibreOffice printed every cell where the spec put it.

Needs: LibreOffice Writer (soffice), hyphen-sv, fonts-liberation(2), fonts-dejavu,
fonts-crosextra-carlito, fontconfig (fc-match), pdfplumber.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import sys
import tempfile
import unicodedata
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
SAMPLES_DIR = HERE.parent
sys.path.insert(0, str(HERE))

from libreoffice import NAMESPACES, cm, convert, paragraphs, private_fontconfig  # noqa: E402
from specmodel import CM, FIELDS, Column, Layout, PageGeom, Sample  # noqa: E402
from specs import SAMPLES  # noqa: E402

LO_PROFILE = "file:///tmp/lo-profile-samples"
FIXED_DATE = b"20240101000000"
LABEL_RE = re.compile(r"^([a-zåäö])\)\s+(.*)$", re.S)

# --------------------------------------------------------------------------------------------
# Spec helpers


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def joined(value) -> str | None:
    text = collapse(" ".join(paragraphs(value)))
    return text or None


def row_processes(sample: Sample) -> list[tuple[str | None, bool]]:
    """Per row: the process text that applies to it, and whether the process cell starts there."""
    out: list[tuple[str | None, bool]] = []
    left = 0
    current = None
    for i, row in enumerate(sample.rows):
        if left > 0:
            if "process" in row:
                raise ValueError(f"{sample.name}: row {i + 1} lies under a spanning process cell")
            out.append((current, False))
            left -= 1
            continue
        if "process" not in row:
            raise ValueError(f"{sample.name}: row {i + 1} has no process cell")
        current = joined(row["process"])
        span = row.get("process_span", 1)
        left = span - 1
        out.append((current, True))
    if left:
        raise ValueError(f"{sample.name}: process span runs past the last row")
    return out


def split_labels(paras: list[str]) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """Paragraphs before the first label, and (label, paragraphs) for each labelled part."""
    head: list[str] = []
    parts: list[tuple[str, list[str]]] = []
    for p in paras:
        m = LABEL_RE.match(p.strip())
        if m:
            parts.append((m.group(1), [m.group(2)]))
        elif parts:
            parts[-1][1].append(p)
        else:
            head.append(p)
    return head, parts


def col_for_field(sample: Sample, fld: str) -> Column | None:
    for c in sample.columns:
        if c.field == fld:
            return c
    return None


def expected_risks(sample: Sample, row_pages: list[tuple[set[int], set[int]]]) -> list[dict]:
    """The ``risks`` list, from the spec. row_pages[i] = (pages of the row's own cells except a
    process cell, pages of the process cell if it starts on this row)."""
    procs = row_processes(sample)
    risks: list[dict] = []
    risk_col = col_for_field(sample, "risk")
    for i, row in enumerate(sample.rows):
        process, starts = procs[i]
        rcell = paragraphs(row.get(risk_col.key)) if risk_col else []
        head, parts = split_labels(rcell)
        if not parts:
            units = [(None, None, rcell)]
        else:
            context = collapse(" ".join(head)) or None
            units = [(lab, context if n == 0 else None, ps) for n, (lab, ps) in enumerate(parts)]
            if head and len(parts) > 1:
                # a heading before several labelled parts introduces all of them
                units = [(lab, context, ps) for (lab, _c, ps) in units]
        own_pages, proc_pages = row_pages[i]
        for n, (label, context, rparas) in enumerate(units):
            rec: dict = {
                "seq": len(risks) + 1,
                "process": process,
                "context": context,
                "label": label,
                "risk": collapse(" ".join(rparas)) or None,
                "risk_value": None,
                "probability": None,
                "consequence": None,
                "controls": None,
                "handling": None,
                "follows_plan": None,
                "comment": None,
                "extra": {},
            }
            for col in sample.columns:
                if col.field in ("process", "risk"):
                    continue
                cparas = paragraphs(row.get(col.key))
                if col.field in ("controls", "handling"):
                    chead, cparts = split_labels(cparas)
                    if cparts:
                        if chead:
                            raise ValueError(f"{sample.name}: text before the label in {col.key}")
                        bylab = {lab: ps for lab, ps in cparts}
                        if label is None or label not in bylab:
                            raise ValueError(
                                f"{sample.name} row {i + 1}: {col.key} labels {list(bylab)} "
                                f"do not match risk label {label}"
                            )
                        text = collapse(" ".join(bylab[label])) or None
                    else:
                        text = collapse(" ".join(cparas)) or None
                else:
                    text = collapse(" ".join(cparas)) or None
                if col.field in ("risk_value", "probability", "consequence"):
                    rec[col.field] = int(text) if text is not None else None
                elif col.field is None:
                    if text is not None:
                        rec["extra"][collapse(col.header)] = text
                else:
                    rec[col.field] = text
            pages = set(own_pages)
            if starts and n == 0:
                pages |= proc_pages
            rec["pages"] = sorted(pages)
            risks.append(rec)
    return risks


# --------------------------------------------------------------------------------------------
# Flat ODF writer


SV_HYPHENATION = (
    'fo:language="sv" fo:country="SE" fo:hyphenate="true" '
    'fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"'
)


def _pstyle(
    name: str,
    layout: Layout,
    size: float,
    *,
    bold=False,
    align="justify",
    before=0.0,
    after=0.0,
    parent: str | None = None,
) -> str:
    weight = ' fo:font-weight="bold"' if bold else ""
    par = f' style:parent-style-name="{parent}"' if parent else ""
    single = ' style:justify-single-word="false"' if align == "justify" else ""
    return (
        f'<style:style style:name="{name}" style:family="paragraph"{par}>'
        f'<style:paragraph-properties fo:text-align="{align}"{single} '
        f'fo:margin-top="{cm(before)}" fo:margin-bottom="{cm(after)}" '
        f'fo:hyphenation-ladder-count="no-limit" fo:orphans="2" fo:widows="2"/>'
        f'<style:text-properties style:font-name="{layout.font}" fo:font-size="{size}pt"'
        f"{weight} {SV_HYPHENATION}/>"
        "</style:style>"
    )


def _page_layout(name: str, geom: PageGeom, layout: Layout) -> str:
    orient = "landscape" if geom.landscape else "portrait"
    header = footer = ""
    if layout.running_header:
        header = (
            '<style:header-style><style:header-footer-properties fo:min-height="0.5cm" '
            'fo:margin-bottom="0.4cm"/></style:header-style>'
        )
    if layout.footer:
        footer = (
            '<style:footer-style><style:header-footer-properties fo:min-height="0.5cm" '
            'fo:margin-top="0.4cm"/></style:footer-style>'
        )
    return (
        f'<style:page-layout style:name="{name}"><style:page-layout-properties '
        f'fo:page-width="{cm(geom.width)}" fo:page-height="{cm(geom.height)}" '
        f'style:print-orientation="{orient}" fo:margin-top="{cm(geom.margin_top)}" '
        f'fo:margin-bottom="{cm(geom.margin_bottom)}" fo:margin-left="{cm(geom.margin_left)}" '
        f'fo:margin-right="{cm(geom.margin_right)}" style:writing-mode="lr-tb"/>'
        f"{header}{footer}</style:page-layout>"
    )


def _master(name: str, layout_name: str, layout: Layout) -> str:
    inner = ""
    if layout.running_header:
        inner += (
            f'<style:header><text:p text:style-name="PageHeader">'
            f"{escape(layout.running_header)}</text:p></style:header>"
        )
    if layout.footer:
        before, _, after = layout.footer.partition("{page}")
        inner += (
            f'<style:footer><text:p text:style-name="PageFooter">{escape(before)}'
            f'<text:page-number text:select-page="current"/>{escape(after)}</text:p></style:footer>'
        )
    return (
        f'<style:master-page style:name="{name}" style:page-layout-name="{layout_name}">'
        f"{inner}</style:master-page>"
    )


def _border_props(layout: Layout, header: bool) -> str:
    line = f"{layout.rule_width} solid {layout.rule_color}"
    if layout.rules == "full":
        return f'fo:border="{line}"'
    if layout.rules == "horizontal":
        top = f'fo:border-top="{line}"' if header else 'fo:border-top="none"'
        return f'{top} fo:border-bottom="{line}" fo:border-left="none" fo:border-right="none"'
    return 'fo:border="none"'


def _font_decl(font: str) -> str:
    generic = "roman" if "Serif" in font else "swiss"
    return (
        f'<style:font-face style:name="{font}" svg:font-family="&apos;{font}&apos;" '
        f'style:font-family-generic="{generic}" style:font-pitch="variable"/>'
    )


def _para(style: str, text: str) -> str:
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def build_fodt(sample: Sample) -> str:
    L = sample.layout
    head_size = L.head_size or L.cell_size
    styles = [
        '<style:default-style style:family="paragraph"><style:paragraph-properties '
        'fo:hyphenation-ladder-count="no-limit"/>'
        f'<style:text-properties style:font-name="{L.font}" fo:font-size="{L.body_size}pt" '
        f"{SV_HYPHENATION}/></style:default-style>",
        _pstyle("Standard", L, L.body_size, align="left"),
        _pstyle("Title", L, L.title_size, bold=True, align="left", after=0.4),
        _pstyle("Heading1", L, L.heading_size, bold=True, align="left", before=0.4, after=0.2),
        _pstyle("Body", L, L.body_size, align="justify", after=0.25),
        _pstyle("Cell", L, L.cell_size, align="justify"),
        _pstyle("CellCenter", L, L.cell_size, align="center"),
        _pstyle("CellLeft", L, L.cell_size, align="left"),
        _pstyle("CellHead", L, head_size, bold=L.header_bold, align="left"),
        _pstyle("PageHeader", L, 8.0, align="right"),
        _pstyle("PageFooter", L, 8.0, align="center"),
        _pstyle("TableEnd", L, 1.0, align="left"),
    ]
    geoms = [("PL_Table", L.page)]
    if L.prose_page:
        geoms.append(("PL_Prose", L.prose_page))
    auto = [_page_layout(n, g, L) for n, g in geoms]

    # table styles
    total = sum(c.width for c in sample.columns)
    master_attr = ' style:master-page-name="TableMaster"' if L.prose_page else ""
    auto.append(
        f'<style:style style:name="Tbl" style:family="table"{master_attr}>'
        f'<style:table-properties style:width="{cm(total)}" table:align="left" '
        'fo:margin-left="0cm" fo:margin-top="0.2cm" fo:margin-bottom="0cm" '
        'style:may-break-between-rows="true"/></style:style>'
    )
    for i, c in enumerate(sample.columns):
        auto.append(
            f'<style:style style:name="Tbl.C{i}" style:family="table-column">'
            f'<style:table-column-properties style:column-width="{cm(c.width)}"/></style:style>'
        )
    auto.append(
        '<style:style style:name="Tbl.Row" style:family="table-row">'
        '<style:table-row-properties fo:keep-together="auto"/></style:style>'
    )
    pad = f'fo:padding="{cm(L.cell_padding)}"'
    for kind in ("H", "B"):
        fill = ""
        if kind == "H" and L.header_fill:
            fill = f' fo:background-color="{L.header_fill}"'
        auto.append(
            f'<style:style style:name="Tbl.{kind}" style:family="table-cell">'
            f'<style:table-cell-properties style:vertical-align="top" {pad} '
            f"{_border_props(L, kind == 'H')}{fill}/></style:style>"
        )

    masters = [_master("Standard", "PL_Prose" if L.prose_page else "PL_Table", L)]
    if L.prose_page:
        masters.append(_master("TableMaster", "PL_Table", L))

    body: list[str] = [_para("Title", sample.title)]
    for kind, text in sample.prose:
        body.append(_para({"h1": "Heading1", "p": "Body"}[kind], text))

    cols = "".join(
        f'<table:table-column table:style-name="Tbl.C{i}"/>' for i in range(len(sample.columns))
    )
    hdr = "".join(
        f'<table:table-cell table:style-name="Tbl.H" office:value-type="string">'
        f"{_para('CellHead', c.header)}</table:table-cell>"
        for c in sample.columns
    )
    rows_xml = []
    procs = row_processes(sample)
    for i, row in enumerate(sample.rows):
        cells = []
        for c in sample.columns:
            if c.field == "process" and not procs[i][1]:
                cells.append("<table:covered-table-cell/>")
                continue
            span = ""
            if c.field == "process" and row.get("process_span", 1) > 1:
                span = f' table:number-rows-spanned="{row["process_span"]}"'
            pstyle = {"justify": "Cell", "center": "CellCenter", "left": "CellLeft"}[c.align]
            paras = paragraphs(row.get(c.key)) or [""]
            inner = "".join(_para(pstyle, p) for p in paras)
            cells.append(
                f'<table:table-cell table:style-name="Tbl.B" office:value-type="string"{span}>'
                f"{inner}</table:table-cell>"
            )
        rows_xml.append(
            f'<table:table-row table:style-name="Tbl.Row">{"".join(cells)}</table:table-row>'
        )
    body.append(
        '<table:table table:name="Risker" table:style-name="Tbl">'
        f"{cols}<table:table-header-rows><table:table-row>{hdr}</table:table-row>"
        f"</table:table-header-rows>{''.join(rows_xml)}</table:table>"
    )
    for kind, text in sample.prose_after:
        body.append(_para({"h1": "Heading1", "p": "Body"}[kind], text))
    if not sample.prose_after:
        # Writer always keeps a paragraph after a table; make it tiny so it never spills onto
        # a page of its own.
        body.append('<text:p text:style-name="TableEnd"/>')

    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document {NAMESPACES} office:version="1.3" '
        'office:mimetype="application/vnd.oasis.opendocument.text">\n'
        f"<office:meta><dc:title>{escape(sample.title)}</dc:title>"
        "<dc:language>sv-SE</dc:language></office:meta>\n"
        f"<office:font-face-decls>{_font_decl(L.font)}</office:font-face-decls>\n"
        f"<office:styles>{''.join(styles)}</office:styles>\n"
        f"<office:automatic-styles>{''.join(auto)}</office:automatic-styles>\n"
        f"<office:master-styles>{''.join(masters)}</office:master-styles>\n"
        "<office:body><office:text>\n" + "\n".join(body) + "\n</office:text></office:body>\n"
        "</office:document>\n"
    )


# --------------------------------------------------------------------------------------------
# Fonts, LibreOffice, PDF normalisation


REF_RE = re.compile(rb"(?<![0-9])(\d+) 0 R(?![A-Za-z0-9])")


def canonical_pdf(data: bytes) -> bytes:
    """Rewrite LibreOffice's PDF so that two runs give the same bytes.

    LibreOffice emits font objects in an order that changes from run to run (the pages and
    fonts are the same, only the object numbers are permuted) and stamps a CreationDate, an
    /ID and a /DocChecksum. Here the objects are renumbered in the order they are reached from
    the trailer (depth first, references in the order they are written), the xref table is
    rebuilt, the dates are fixed, /DocChecksum is dropped and /ID becomes a hash of the result.
    Stream data is copied unchanged. Only the plain (non-object-stream) layout LibreOffice
    writes is supported."""
    xref_at = int(re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data).group(1))
    m = re.match(rb"xref\s+0\s+(\d+)\s+", data[xref_at:])
    if not m:
        raise ValueError("unexpected PDF layout (no classic xref table)")
    count = int(m.group(1))
    table = data[xref_at + m.end() : xref_at + m.end() + 20 * count]
    offsets = {}
    for n in range(count):
        entry = table[20 * n : 20 * n + 18].split()
        if entry[2] == b"n":
            offsets[n] = int(entry[0])
    trailer = data[data.index(b"trailer", xref_at) : data.rindex(b"startxref")]
    starts = sorted(offsets.values()) + [xref_at]
    objects: dict[int, tuple[bytes, bytes]] = {}  # number -> (object text, stream data incl.)
    for n, off in offsets.items():
        end = starts[starts.index(off) + 1]
        chunk = data[off:end]
        head = re.match(rb"(\d+) 0 obj\s*", chunk)
        assert int(head.group(1)) == n, (n, head.group(0))
        body = chunk[head.end() : chunk.rindex(b"endobj")]
        k = body.find(b"stream\n")
        if k >= 0 and body.lstrip().startswith(b"<<"):
            objects[n] = (body[:k], body[k:])
        else:
            objects[n] = (body, b"")

    order: list[int] = []
    seen: set[int] = set()

    def visit(n: int) -> None:
        stack = [n]
        while stack:
            cur = stack.pop()
            if cur in seen or cur not in objects:
                continue
            seen.add(cur)
            order.append(cur)
            refs = [int(r) for r in REF_RE.findall(objects[cur][0])]
            stack.extend(reversed(refs))

    for key in (rb"/Root", rb"/Info"):
        r = re.search(key + rb"\s+(\d+) 0 R", trailer)
        if r:
            visit(int(r.group(1)))
    order += [n for n in sorted(objects) if n not in seen]
    new_no = {old: i + 1 for i, old in enumerate(order)}

    def renum(text: bytes) -> bytes:
        return REF_RE.sub(lambda mm: b"%d 0 R" % new_no[int(mm.group(1))], text)

    out = bytearray(data[: min(offsets.values())])
    new_offsets = []
    for old in order:
        text, stream = objects[old]
        text = renum(text)
        text = re.sub(
            rb"(/(?:CreationDate|ModDate)\s*\(D:)\d{14}[^)]*", rb"\g<1>" + FIXED_DATE + b"Z", text
        )
        new_offsets.append(len(out))
        out += b"%d 0 obj\n" % new_no[old] + text + stream + b"endobj\n\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(order) + 1)
    for off in new_offsets:
        out += b"%010d 00000 n \n" % off
    root = new_no[int(re.search(rb"/Root\s+(\d+) 0 R", trailer).group(1))]
    info = re.search(rb"/Info\s+(\d+) 0 R", trailer)
    info_part = b"/Info %d 0 R" % new_no[int(info.group(1))] if info else b""
    digest = hashlib.md5(bytes(out)).hexdigest().upper().encode()
    out += b"trailer\n<</Size %d/Root %d 0 R%s\n/ID [ <%s> <%s> ]\n>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(order) + 1,
        root,
        info_part,
        digest,
        digest,
        xref,
    )
    return bytes(out)


# --------------------------------------------------------------------------------------------
# Measuring the built PDF (independent of icp_extract)


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if ch.isalnum())


def _geom_for(layout: Layout, width: float, height: float) -> PageGeom | None:
    for g in (layout.page, layout.prose_page):
        if g and abs(g.width * CM - width) < 2 and abs(g.height * CM - height) < 2:
            return g
    return None


def _body_zone(layout: Layout, g: PageGeom) -> tuple[float, float]:
    top = g.margin_top * CM
    bottom = (g.height - g.margin_bottom) * CM
    if layout.running_header:
        top += 0.9 * CM - 2
    if layout.footer:
        bottom -= 0.9 * CM - 2
    return top, bottom


def column_words(pdf, sample: Sample) -> dict[str, list[dict]]:
    """Per column key: the words standing in that column's x-range on table-geometry pages,
    in reading order, each with its page number."""
    L = sample.layout
    out: dict[str, list[dict]] = {c.key: [] for c in sample.columns}
    for pno, page in enumerate(pdf.pages, 1):
        g = _geom_for(L, float(page.width), float(page.height))
        if g is None or g != L.page:
            continue
        top, bottom = _body_zone(L, g)
        x = g.margin_left * CM
        for c in sample.columns:
            x0, x1 = x, x + c.width * CM
            x = x1
            region = page.within_bbox((x0 - 0.5, top, x1 + 0.5, bottom))
            for w in region.extract_words(keep_blank_chars=False, use_text_flow=False):
                out[c.key].append({"text": w["text"], "top": w["top"], "x0": w["x0"], "page": pno})
    return out


class MatchError(Exception):
    pass


def _skip_headers(stream: list, chars: str, hdr: str, p: int) -> int:
    """At a page change, step over the repeated header row (once per page)."""
    while 0 < p < len(stream) and stream[p][1] != stream[p - 1][1] and chars.startswith(hdr, p):
        p += len(hdr)
    return p


def locate_cells(pdf_path: Path, sample: Sample):
    """Pages of every non-empty table cell: {(row index, column key): set of pages}.

    Each column's words are turned into one character stream; the header and then the cells of
    that column are matched against it strictly in order. At a page change the repeated header
    row is skipped. Returns (cell pages, column words) or raises MatchError."""
    import pdfplumber

    procs = row_processes(sample)
    with pdfplumber.open(pdf_path) as pdf:
        words = column_words(pdf, sample)
    result: dict[tuple[int, str], set[int]] = {}
    for c in sample.columns:
        stream: list[tuple[str, int, int]] = []  # (character, page, index of its word)
        for wi, w in enumerate(words[c.key]):
            stream.extend((ch, w["page"], wi) for ch in norm(w["text"]))
        chars = "".join(entry[0] for entry in stream)
        hdr = norm(c.header)
        pos = chars.find(hdr)
        if pos < 0:
            raise MatchError(f"{sample.name}: header {c.header!r} not found in its column")
        first_word = stream[pos][2]
        pos += len(hdr)

        for i, row in enumerate(sample.rows):
            if c.field == "process" and not procs[i][1]:
                continue
            target = norm(" ".join(paragraphs(row.get(c.key))))
            if not target:
                continue
            pages: set[int] = set()
            for k, ch in enumerate(target):
                pos = _skip_headers(stream, chars, hdr, pos)
                if pos >= len(stream) or stream[pos][0] != ch:
                    got = chars[pos : pos + 40]
                    raise MatchError(
                        f"{sample.name}: column {c.key!r} row {i + 1}: expected "
                        f"{target[k : k + 40]!r}, found {got!r}"
                    )
                pages.add(stream[pos][1])
                pos += 1
            result[(i, c.key)] = pages
        # keep only the table's words (from the header to the last cell) for the statistics
        words[c.key] = words[c.key][first_word : stream[pos - 1][2] + 1]
    return result, words


def hyphen_stats(sample: Sample, words: dict[str, list[dict]]) -> dict[str, int]:
    """Count table lines ending in '-' (split into hyphenation points and real hyphens) and
    lines ending in '/'."""
    soft = real = slash = 0
    for c in sample.columns:
        source = " ".join(" ".join(paragraphs(r.get(c.key))) for r in sample.rows) + " " + c.header
        src_norm = collapse(source)
        lines: list[list[dict]] = []
        for w in words[c.key]:
            prev = lines[-1][0] if lines else None
            if prev and prev["page"] == w["page"] and abs(prev["top"] - w["top"]) < 2:
                lines[-1].append(w)
            else:
                lines.append([w])
        for a, b in zip(lines, lines[1:], strict=False):
            last = a[-1]["text"]
            first = b[0]["text"]
            if last.endswith("-") and len(last) > 1:
                stem = last[:-1]
                if f"{stem}-{first}" in src_norm or f"{stem}- {first}" in src_norm:
                    real += 1
                else:
                    soft += 1
            elif last.endswith("/"):
                slash += 1
    return {"soft_hyphens": soft, "real_hyphens_at_line_end": real, "slash_breaks": slash}


# --------------------------------------------------------------------------------------------


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build_one(sample: Sample, tmp: Path, fontconf: Path, keep: Path | None) -> dict:
    fodt = tmp / f"{sample.name}.fodt"
    fodt.write_text(build_fodt(sample), encoding="utf-8")
    if keep:
        shutil.copy(fodt, keep / fodt.name)
    outdir = tmp / "out"
    outdir.mkdir(exist_ok=True)
    pdf_tmp = convert(fodt, outdir, fontconf, LO_PROFILE)
    pdf = SAMPLES_DIR / f"{sample.name}.pdf"
    pdf.write_bytes(canonical_pdf(pdf_tmp.read_bytes()))
    pdf_tmp.unlink()

    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        page_count = len(doc.pages)
    cells, words = locate_cells(pdf, sample)
    procs = row_processes(sample)
    row_pages = []
    for i, _row in enumerate(sample.rows):
        own: set[int] = set()
        proc: set[int] = set()
        for c in sample.columns:
            got = cells.get((i, c.key), set())
            if c.field == "process":
                proc |= got
            else:
                own |= got
        row_pages.append((own, proc if procs[i][1] else set()))

    expected = {
        "schema_version": "1",
        "source": {"file": pdf.name, "sha256": sha256(pdf), "pages": page_count},
        "report": {
            "organ": sample.organ,
            "year": sample.year,
            "period": sample.period,
            "title": collapse(sample.title),
            "risks_inventoried": sample.risks_inventoried,
            "risks_critical": sample.risks_critical,
        },
        "columns": [{"header": collapse(c.header), "field": c.field} for c in sample.columns],
        "risks": expected_risks(sample, row_pages),
        "warnings": [],
    }
    (SAMPLES_DIR / f"{sample.name}.expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    stats = hyphen_stats(sample, words)
    return {"name": sample.name, "pages": page_count, "risks": len(expected["risks"]), **stats}


def validate(sample: Sample) -> None:
    keys = [c.key for c in sample.columns]
    if len(set(keys)) != len(keys):
        raise ValueError(f"{sample.name}: duplicate column keys")
    for c in sample.columns:
        if c.field is not None and c.field not in FIELDS:
            raise ValueError(f"{sample.name}: unknown field {c.field}")
    for i, row in enumerate(sample.rows):
        unknown = set(row) - set(keys) - {"process_span"}
        if unknown:
            raise ValueError(f"{sample.name} row {i + 1}: unknown keys {unknown}")
    row_processes(sample)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("names", nargs="*", help="samples to build (default: all)")
    ap.add_argument("--keep", type=Path, help="also write the .fodt sources to this directory")
    args = ap.parse_args(argv)
    chosen = [s for s in SAMPLES if not args.names or s.name in args.names]
    missing = set(args.names) - {s.name for s in SAMPLES}
    if missing:
        ap.error(f"unknown samples: {', '.join(sorted(missing))}")
    if shutil.which("soffice") is None:
        raise SystemExit("soffice (LibreOffice) is not on PATH")
    for s in chosen:
        validate(s)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="icp-samples-") as t:
        tmp = Path(t)
        fontconf = private_fontconfig(tmp)
        for s in chosen:
            info = build_one(s, tmp, fontconf, args.keep)
            print(
                f"{info['name']}: {info['pages']} pages, {info['risks']} risks, "
                f"{info['soft_hyphens']} hyphenated line ends, "
                f"{info['real_hyphens_at_line_end']} real hyphens at line end, "
                f"{info['slash_breaks']} breaks after '/'"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
