#!/usr/bin/env python3
"""Build the scan3 set: born-digital reports typeset by LibreOffice Writer (the shared kit in
``../../build``, unchanged, with this set's blocks in ``src/s3kit.py``), then printed and
scanned with an OCR text layer by ``src/scan3kit.py`` (the shared producer
``../../build/producers/scan.py`` with colour and black-and-white scans, grey paper, uneven
brightness, stamps, handwriting and a landscape page fed in portrait).

``python samples/pending/scan3/build.py [NAME ...] [--png DIR]``

For each document: ``src/fodt/<name>.fodt`` -> ``<name>.original.pdf`` (LibreOffice, canonical
rewrite) -> ``<name>.pdf`` (pdftoppm, overlays, turn + skew, paper, shade, noise, blur, JPEG or
G4 TIFF, img2pdf, ocrmypdf -l swe, pikepdf clean-up) and ``<name>.expected.json``. The
expected records come from the source objects in ``src/docs_*.py``; each risk's ``pages`` are
measured on the original (the scan has the same pages, one image per page); ``source`` is the
scan's. The OCR's word error rate against the original's text layer is printed."""

from __future__ import annotations

import argparse
import hashlib
import importlib
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
BUILD = HERE.parent.parent / "build"
sys.path[:0] = [str(HERE / "src"), str(BUILD)]

import holdout_kit as kit  # noqa: E402
from build_samples import canonical_pdf  # noqa: E402
from libreoffice import convert, private_fontconfig  # noqa: E402
from producers import scan as scanner  # noqa: E402

import s3kit  # noqa: E402
import scan3kit  # noqa: E402
from scan3kit import Ink, Sheet, Stamp  # noqa: E402

#: (module in src/, document factory, one Sheet per page (the last repeats), noise seed,
#: scan options)
DOCS = [
    ("docs_a", "mexn2024",
     [Sheet(0.8, overlays=[Stamp(["MARK- OCH EXPLOATERINGSNÄMNDEN", "INKOM 2025-02-11",
                                  "Dnr MEX 2025/0031"], x=10.6, y=0.3, angle=-4.0)]),
      Sheet(-0.6)],
     31, {"mode": "rgb", "paper": 0.97, "shade": (0.10, "south"), "quality": 80}),
    ("docs_b", "fhn2023",
     [Sheet(-0.4, overlays=[Ink("FHN § 87\n2023-09-26", x=15.2, y=0.7, color="#4a4a4a",
                                size=52, angle=-3.0)]),
      Sheet(0.6, turn=-90), Sheet(-0.5, turn=-90)],
     32, {"shade": (0.12, "east"), "ocr_args": ("--rotate-pages",)}),
    ("docs_c", "ptn2025",
     [Sheet(1.3, overlays=[Ink("✓", x=19.3, y=y, size=46) for y in (11.2, 12.9, 18.8, 20.5)]
      + [Ink("Gr. 2026-02-12 /EL", x=12.2, y=25.2, size=60, angle=-2.0)])],
     33, {"mode": "bw", "noise": 0.25}),
    ("docs_d", "fritun2022",
     [Sheet(-0.9), Sheet(0.7)],
     34, {"paper": 0.84, "shade": (0.30, "west"), "quality": 70}),
]
PROFILE = "file:///tmp/lo-scan3"


def rotations(pdf: Path) -> list[int]:
    import pikepdf
    with pikepdf.open(pdf) as p:
        return [int(pg.obj.get("/Rotate", 0)) for pg in p.pages]


def build(doc, sheets, seed, opts, tmp: Path, fontconf: Path, png: Path | None) -> dict:
    srcdir = HERE / "src" / "fodt"
    srcdir.mkdir(exist_ok=True)
    fodt = srcdir / f"{doc.name}.fodt"
    fodt.write_text(s3kit.build_fodt(doc), encoding="utf-8")
    pdf = convert(fodt, tmp, fontconf, PROFILE)
    original = HERE / f"{doc.name}.original.pdf"
    original.write_bytes(canonical_pdf(pdf.read_bytes()))
    pdf.unlink()
    npages, risks, stats = kit.measure(doc, original)
    columns = kit.expected_columns(doc)
    info = doc.extra_info or {}
    if "comments" in info:  # comments in a table of their own below, keyed by Nr
        comments = info["comments"]
        where = s3kit.text_pages(original, comments)
        for rec in risks:
            nr = rec["extra"][info["key_header"]]
            if nr in comments:
                rec["comment"] = kit.collapse(comments[nr])
                rec["pages"] = sorted(set(rec["pages"]) | set(where[nr]))
        columns.append({"header": info["comment_header"], "field": "comment"})
    final = HERE / f"{doc.name}.pdf"
    scan3kit.scan(original, final, sheets, seed=seed, work=tmp, **opts)
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
            "title": kit.collapse(doc.title),
            "risks_inventoried": doc.risks_inventoried,
            "risks_critical": doc.risks_critical,
        },
        "columns": columns,
        "risks": risks,
        "warnings": [],
    }
    (HERE / f"{doc.name}.expected.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    ref, hyp = scanner.text_words(original), scanner.text_words(final)
    if png:
        png.mkdir(parents=True, exist_ok=True)
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(final), str(png / doc.name)],
                       check=True)
    return {"pages": npages, "risks": len(risks), "risk_pages": [r["pages"] for r in risks],
            "soft": stats["soft"], "real": stats["real"],
            "header_pages": stats["header_pages"], "words": len(ref),
            "wer": scanner.wer(ref, hyp), "bag": scanner.bag_wer(ref, hyp),
            "rotate": rotations(final)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*")
    ap.add_argument("--png", type=Path, help="render the scans at 60 dpi into this directory")
    args = ap.parse_args(argv)
    docs = [(getattr(importlib.import_module(m), f)(), sh, sd, op) for m, f, sh, sd, op in DOCS
            if importlib.util.find_spec(m)]
    unknown = set(args.names) - {d.name for d, *_ in docs}
    if unknown:
        ap.error(f"unknown samples: {', '.join(sorted(unknown))}")
    start = time.monotonic()
    work = Path("/tmp/scan3work")
    work.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="icp-scan3-", dir=work) as td:
        tmp = Path(td)
        fontconf = private_fontconfig(tmp)
        for doc, sheets, seed, opts in docs:
            if args.names and doc.name not in args.names:
                continue
            i = build(doc, sheets, seed, opts, tmp, fontconf, args.png)
            print(f"{doc.name}: {i['pages']} pages, {i['risks']} risks (pages "
                  f"{i['risk_pages']}), header rows on pages {i['header_pages']}, "
                  f"{i['soft']} hyphenated line ends, {i['real']} real; /Rotate per page "
                  f"{i['rotate']}; OCR vs original text layer ({i['words']} words): WER "
                  f"{i['wer']:.1%} in reading order, {i['bag']:.1%} of the words missing "
                  f"(order-free)", flush=True)
    print(f"built in {time.monotonic() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
