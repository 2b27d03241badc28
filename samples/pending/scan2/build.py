#!/usr/bin/env python3
"""Build the scan2 set: born-digital reports typeset by LibreOffice Writer (the shared kit in
``../../build``, unchanged), then printed-and-scanned with an OCR text layer by
``src/scan2kit.py`` (the shared producer ``../../build/producers/scan.py`` with resolution,
JPEG quality, upside-down pages and ocrmypdf options as parameters).

``python samples/pending/scan2/build.py [NAME ...] [--png DIR]``

For each document: ``src/fodt/<name>.fodt`` -> ``<name>.original.pdf`` (LibreOffice, canonical
rewrite) -> ``<name>.pdf`` (pdftoppm grey, skew + noise + blur, JPEG, img2pdf, ocrmypdf -l swe,
pikepdf clean-up) and ``<name>.expected.json``. The expected records come from the source
objects in ``src/docs_*.py``; each risk's ``pages`` are measured on the original (the scan has
the same pages, one image per page); ``source`` is the scan's. The OCR's word error rate
against the original's text layer is printed."""

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
from holdout_fodt import build_fodt  # noqa: E402
from libreoffice import convert, private_fontconfig  # noqa: E402
from producers import scan as scanner  # noqa: E402

import scan2kit  # noqa: E402

#: (module in src/, document factory, skew per page in degrees (180 + x: fed upside down),
#: noise seed, scan options)
DOCS = [
    ("docs_a", "gsn2024", [0.6, -0.5], 21, {"dpi": 200, "quality": 38}),
    ("docs_b", "ndm2023", [1.7, -1.9], 22, {}),
    ("docs_c", "mbn2025", [-0.5, 0.4], 23, {}),
    ("docs_d", "kin2022", [0.4, 180.5], 24, {"ocr_args": ("--rotate-pages",)}),
]
PROFILE = "file:///tmp/lo-scan2"


def rotations(pdf: Path) -> list[int]:
    import pikepdf
    with pikepdf.open(pdf) as p:
        return [int(pg.obj.get("/Rotate", 0)) for pg in p.pages]


def build(doc, skews, seed, opts, tmp: Path, fontconf: Path, png: Path | None) -> dict:
    srcdir = HERE / "src" / "fodt"
    srcdir.mkdir(exist_ok=True)
    fodt = srcdir / f"{doc.name}.fodt"
    fodt.write_text(build_fodt(doc), encoding="utf-8")
    pdf = convert(fodt, tmp, fontconf, PROFILE)
    original = HERE / f"{doc.name}.original.pdf"
    original.write_bytes(canonical_pdf(pdf.read_bytes()))
    pdf.unlink()
    npages, risks, stats = kit.measure(doc, original)
    final = HERE / f"{doc.name}.pdf"
    scan2kit.scan(original, final, skews, seed=seed, work=tmp, **opts)
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
        "columns": kit.expected_columns(doc),
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
            "soft": stats["soft"], "header_pages": stats["header_pages"],
            "words": len(ref), "wer": scanner.wer(ref, hyp), "bag": scanner.bag_wer(ref, hyp),
            "rotate": rotations(final)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*")
    ap.add_argument("--png", type=Path, help="render the scans at 60 dpi into this directory")
    args = ap.parse_args(argv)
    docs = [(getattr(importlib.import_module(m), f)(), sk, sd, op) for m, f, sk, sd, op in DOCS
            if importlib.util.find_spec(m)]
    unknown = set(args.names) - {d.name for d, *_ in docs}
    if unknown:
        ap.error(f"unknown samples: {', '.join(sorted(unknown))}")
    start = time.monotonic()
    work = Path("/tmp/scan2work")
    work.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="icp-scan2-", dir=work) as td:
        tmp = Path(td)
        fontconf = private_fontconfig(tmp)
        for doc, skews, seed, opts in docs:
            if args.names and doc.name not in args.names:
                continue
            i = build(doc, skews, seed, opts, tmp, fontconf, args.png)
            print(f"{doc.name}: {i['pages']} pages, {i['risks']} risks (pages "
                  f"{i['risk_pages']}), header rows on pages {i['header_pages']}, "
                  f"{i['soft']} hyphenated line ends; /Rotate per page {i['rotate']}; "
                  f"OCR vs original text layer ({i['words']} words): WER {i['wer']:.1%} in "
                  f"reading order, {i['bag']:.1%} of the words missing (order-free)",
                  flush=True)
    print(f"built in {time.monotonic() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
