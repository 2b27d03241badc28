#!/usr/bin/env python3
"""Build the archive samples (messy real-world layouts) and their expected JSON.

    python samples/archive/build.py            # rebuild every sample
    python samples/archive/build.py NAME ...   # rebuild some
    python samples/archive/build.py --keep     # also keep the generated .fodt/.tex in src/out/

The documents are written in ``src/content_*.py`` as source text (words whole, real hyphens
kept). LibreOffice (flat ODF -> PDF, Swedish hyphenation, private profile and fontconfig) or
pdfTeX typesets them; Ghostscript and pypdf post-process two of them. Every field of the
expected JSON comes from the source objects, except ``source`` (hash and page count of the
built PDF) and each risk's ``pages``, which ``src/measure.py`` finds on the built PDF with
pdfplumber (independent of icp_extract). A cell that cannot be found aborts the build.

Needs: soffice, hyphen-sv, fonts-liberation(2), fonts-dejavu, fonts-crosextra-carlito,
fontconfig, pdflatex (texlive-latex-base/-extra, texlive-lang-european, lmodern), gs, pdfplumber,
pypdf, pdftoppm (checks by eye only).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
LO_PROFILE = "file:///tmp/lo-profile-archive"  # own LibreOffice profile: builders may run at once
sys.path.insert(0, str(HERE / "src"))
sys.path.insert(1, str(HERE.parent / "build"))

import pdfplumber  # noqa: E402

import expected as X  # noqa: E402
import measure as M  # noqa: E402
from fodt import build_fodt  # noqa: E402
from build_samples import canonical_pdf  # noqa: E402  (the core samples' PDF clean-up)
from libreoffice import convert, private_fontconfig  # noqa: E402
from model import CM, Doc, RiskBlock, Table  # noqa: E402

FIXED_DATE = b"20240101000000"


# ---------------------------------------------------------------------------------------------
# PDF normalisation (byte-identical rebuilds)


def normalise_pdf(data: bytes) -> bytes:
    """Fix dates, XMP uuids, LibreOffice's /DocChecksum and /ID in place (same byte lengths, so xref offsets stay valid)."""
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)\d{14}", lambda m: m.group(1) + FIXED_DATE, data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d",
                  lambda m: m.group(1) + b"2024-01-01T00:00:00", data)
    data = re.sub(rb"uuid:[0-9a-fA-F-]{36}", b"uuid:00000000-0000-0000-0000-000000000000", data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    ids = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")
    blank = ids.sub(lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1)))
                    .replace(m.group(2), b"0" * len(m.group(2))), data)
    digest = hashlib.md5(blank).hexdigest().upper().encode()

    def fill(m: re.Match) -> bytes:
        a, b = m.group(1), m.group(2)
        return m.group(0).replace(a, digest[: len(a)]).replace(b, digest[: len(b)])

    return ids.sub(fill, data)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---------------------------------------------------------------------------------------------
# Measuring an LibreOffice-built Doc


def measure_lo_doc(doc: Doc, pdf_path: Path, zone=None, xranges_for=None, pages=None):
    """Risks (with pages) and column list of ``doc``, measured on ``pdf_path``; plus stats.
    ``xranges_for(table)`` gives the columns' x-ranges (default: LibreOffice table at the left
    margin)."""
    zone = zone or M.lo_zone(doc)
    left = doc.page.left * CM
    risks: list[dict] = []
    colsrc: list = []
    hyph_words: list[list[dict]] = []
    source_text: list[str] = []
    with pdfplumber.open(pdf_path) as pdf:
        after = (0, -1.0)
        full = None  # stream of the whole text width (labelled blocks)
        fpos = 0
        vstream = None  # value-column stream (label/value tables)
        vpos = 0
        for blk in doc.blocks:
            if isinstance(blk, Table) and blk.risk:
                xr, x = [], left
                for c in blk.cols:
                    xr.append((x - 1, x + c.width * CM + 1))
                    x += c.width * CM
                if xranges_for:
                    xr = xranges_for(blk)
                streams = M.column_streams(pdf, xr, zone, pages)
                cells = X.table_cells(blk)
                got, end, anchor = M.locate_grid(streams, [X.header_text(c) for c in blk.cols],
                                                 cells, after, name=f"{doc.name}/{blk.name}")
                after = end
                for rec in X.table_risks(blk, got):
                    rec["seq"] = len(risks) + 1
                    risks.append(rec)
                colsrc.append(blk)
                hyph_words.extend([w for w in s.words
                                   if anchor <= (w["page"], round(w["top"])) <= (end[0], end[1] + 1)]
                                  for s in streams)
                source_text.extend(c for row in cells for c in row if c)
                source_text.extend(X.header_text(c) for c in blk.cols)
            elif isinstance(blk, RiskBlock) and blk.table:
                if vstream is None:
                    x0 = left + blk.table[0] * CM
                    vstream = M.column_streams(pdf, [(x0 - 1, x0 + blk.table[1] * CM + 1)], zone)[0]
                    hyph_words.append(vstream.words)
                vals = [str(v) for _l, _f, v in blk.lines]
                found, vpos = M.locate_sequence(vstream, vals, vpos, name=f"{doc.name}/{blk.heading}")
                rec = X.block_risk(blk, set().union(*found))
                rec["seq"] = len(risks) + 1
                risks.append(rec)
                colsrc.append(blk)
                source_text.extend(vals)
            elif isinstance(blk, RiskBlock):
                if full is None:
                    right = float(pdf.pages[0].width) - doc.page.right * CM
                    full = M.column_streams(pdf, [(left - 1, right + 1)], zone)[0]
                    hyph_words.append(full.words)
                lines = [f"{lab} {v}" for lab, _f, v in blk.lines]
                found, fpos = M.locate_sequence(full, lines, fpos, name=f"{doc.name}/{blk.heading}")
                rec = X.block_risk(blk, set().union(*found))
                rec["seq"] = len(risks) + 1
                risks.append(rec)
                colsrc.append(blk)
                source_text.extend(lines)
    stats = M.line_end_hyphens(hyph_words, " ".join(source_text))
    return risks, X.columns_of(colsrc), stats


def write_expected(doc: Doc, pdf: Path, risks: list[dict], columns: list[dict]) -> None:
    with pdfplumber.open(pdf) as p:
        pages = len(p.pages)
    data = {
        "schema_version": "1",
        "source": {"file": pdf.name, "sha256": sha256(pdf), "pages": pages},
        "report": {
            "organ": doc.organ,
            "year": doc.year,
            "period": doc.period,
            "title": X.collapse(doc.title) if doc.title else None,
            "risks_inventoried": doc.risks_inventoried,
            "risks_critical": doc.risks_critical,
        },
        "columns": columns,
        "risks": risks,
        "warnings": list(doc.warnings),
    }
    out = pdf.with_name(pdf.stem + ".expected.json")
    out.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


class Ctx:
    def __init__(self, tmp: Path, keep: Path | None):
        self.tmp = tmp
        self.keep = keep
        self.fontconf = private_fontconfig(tmp)

    def lo_pdf(self, doc: Doc, name: str | None = None) -> Path:
        """Typeset ``doc`` with LibreOffice; returns the normalised PDF in tmp."""
        name = name or doc.name
        fodt = self.tmp / f"{name}.fodt"
        fodt.write_text(build_fodt(doc), encoding="utf-8")
        if self.keep:
            shutil.copy(fodt, self.keep / fodt.name)
        outdir = self.tmp / "lo"
        outdir.mkdir(exist_ok=True)
        pdf = convert(fodt, outdir, self.fontconf, LO_PROFILE)
        final = self.tmp / f"{name}.pdf"
        final.write_bytes(canonical_pdf(pdf.read_bytes()))
        pdf.unlink()
        return final


def finish(doc: Doc, pdf_tmp: Path, zone=None, xranges_for=None, pages=None) -> dict:
    """Copy the PDF into the archive, measure it and write the expected JSON."""
    final = HERE / f"{doc.name}.pdf"
    shutil.copy(pdf_tmp, final)
    risks, columns, stats = measure_lo_doc(doc, final, zone, xranges_for, pages)
    write_expected(doc, final, risks, columns)
    return {"risks": len(risks), **stats}


# ---------------------------------------------------------------------------------------------
# The samples


def build_simple(ctx: Ctx, make) -> dict:
    doc = make()
    return finish(doc, ctx.lo_pdf(doc))


def build_gs(ctx: Ctx) -> dict:
    import content_producers as CP

    doc = CP.gs_source()
    src = ctx.lo_pdf(doc, "gs_source")
    out = ctx.tmp / "gs_out.pdf"
    subprocess.run(["gs", "-sDEVICE=pdfwrite", "-dNOPAUSE", "-dBATCH", "-dQUIET", "-o", str(out),
                    str(src)], check=True, env=dict(os.environ, TZ="UTC", SOURCE_DATE_EPOCH="1704067200"))
    out.write_bytes(normalise_pdf(out.read_bytes()))
    return finish(doc, out)


def rotate_to_print(src: Path, dst: Path) -> None:
    """Store each landscape page as a portrait MediaBox with the content turned 90 degrees
    counter-clockwise and /Rotate 90, so that viewers show it landscape again."""
    from pypdf import PdfWriter, Transformation
    from pypdf.generic import RectangleObject

    writer = PdfWriter(clone_from=src)
    for page in writer.pages:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        page.add_transformation(Transformation((0, 1, -1, 0, h, 0)))
        box = RectangleObject([0, 0, h, w])
        page.mediabox = box
        page.cropbox = box
        page.rotate(90)
    writer.add_metadata({"/Producer": "Microsoft: Print To PDF"})
    with open(dst, "wb") as f:
        writer.write(f)
    dst.write_bytes(normalise_pdf(dst.read_bytes()))


def build_rotated(ctx: Ctx) -> dict:
    import content_producers as CP

    doc = CP.rotated_source()
    src = ctx.lo_pdf(doc, "rotated_source")
    out = ctx.tmp / "rotated_out.pdf"
    rotate_to_print(src, out)
    return finish(doc, out)


def build_latex(ctx: Ctx) -> dict:
    import content_latex as CL

    doc = CL.latex_doc()
    tex = CL.to_tex(doc)
    (HERE / "src" / f"{doc.name}.tex").write_text(tex, encoding="utf-8")
    work = ctx.tmp / "tex"
    work.mkdir(exist_ok=True)
    (work / f"{doc.name}.tex").write_text(tex, encoding="utf-8")
    env = dict(os.environ, SOURCE_DATE_EPOCH="1704067200", FORCE_SOURCE_DATE="1", TZ="UTC")
    for _ in range(2):  # longtable widths and LastPage need a second run
        res = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error",
                              f"{doc.name}.tex"], cwd=work, capture_output=True, text=True,
                             errors="replace", env=env)
        if res.returncode != 0:
            raise SystemExit(f"pdflatex failed:\n{res.stdout[-3000:]}")
    log = (work / f"{doc.name}.log").read_text(errors="replace")
    overfull = log.count("Overfull \\hbox")
    pdf = work / f"{doc.name}.pdf"
    pdf.write_bytes(normalise_pdf(pdf.read_bytes()))
    pg = doc.page

    def zone(page):
        return pg.top * CM - 2, float(page.height) - pg.bottom * CM + 2

    info = finish(doc, pdf, zone, lambda t: CL.column_xranges(doc, t))
    info["overfull"] = overfull
    return info


def heading_pages(pdf_path: Path) -> dict[int, int]:
    """Pages of the bundle's parts (for its table of contents): 0 kallelse, -1 närvarolista,
    -2 protocol, N agenda item N; searched after the table of contents page."""
    import content_bundle as CBD

    with pdfplumber.open(pdf_path) as pdf:
        lines = [[X.collapse(ln) for ln in (p.extract_text() or "").splitlines()] for p in pdf.pages]
    toc = next(i for i, ls in enumerate(lines) if "Innehållsförteckning" in ls)
    wanted = {-1: "Närvarolista", -2: "Protokoll från Tekniska nämndens sammanträde 2023-01-17"}
    wanted.update({i: f"{i}. {t}" for i, (t, _d) in enumerate(CBD.AGENDA, 1)})
    out = {0: 1}
    for key, text in wanted.items():
        head = text[:30]
        out[key] = next(i + 1 for i in range(toc + 1, len(lines))
                        if any(ln.startswith(head) for ln in lines[i]))
    return out


def build_bundle(ctx: Ctx) -> dict:
    import content_bundle as CBD

    toc = None
    for _ in range(3):
        doc = CBD.bundle_doc(toc)
        pdf = ctx.lo_pdf(doc)
        found = heading_pages(pdf)
        if found == toc:
            break
        toc = found
    else:
        raise SystemExit("bundle: table of contents page numbers do not settle")
    pages = set(range(toc[6], toc[7] + 1))
    info = finish(doc, pdf, pages=pages)
    info["section"] = (toc[6], toc[7])
    return info


def registry():
    import content_blocks as CB
    import content_tables as CT

    return {
        "bundle_kallelse": build_bundle,
        "latex_socialnamnd": build_latex,
        "gs_redistilled": build_gs,
        "rotated_print": build_rotated,
        "several_tables": lambda ctx: build_simple(ctx, CT.several_tables),
        "value_variants": lambda ctx: build_simple(ctx, CT.value_variants),
        "no_risk_table": lambda ctx: build_simple(ctx, CT.no_risk_table),
        "labelled_blocks": lambda ctx: build_simple(ctx, CB.labelled_blocks),
        "label_value_tables": lambda ctx: build_simple(ctx, CB.label_value_tables),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*")
    ap.add_argument("--keep", action="store_true", help="keep generated sources in src/out/")
    args = ap.parse_args(argv)
    reg = registry()
    unknown = set(args.names) - set(reg)
    if unknown:
        ap.error(f"unknown samples: {', '.join(sorted(unknown))}")
    keep = None
    if args.keep:
        keep = HERE / "src" / "out"
        keep.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="icp-archive-") as t:
        ctx = Ctx(Path(t), keep)
        for name, fn in reg.items():
            if args.names and name not in args.names:
                continue
            info = fn(ctx)
            with pdfplumber.open(HERE / f"{name}.pdf") as p:
                n = len(p.pages)
            print(f"{name}: {n} pages, {info['risks']} risks, {info['soft']} hyphenated line ends, "
                  f"{info['real']} real hyphens at line end, {info['slash']} breaks after '/'")
    return 0


if __name__ == "__main__":
    sys.exit(main())
