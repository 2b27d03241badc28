#!/usr/bin/env python3
"""Build the scan1 set: born-digital reports typeset by LibreOffice Writer (the shared kit in
``../../build``, unchanged), then printed-and-scanned with an OCR text layer by
``../../build/producers/scan.py``.

``python samples/pending/scan1/build.py [NAME ...] [--png DIR]``

For each document: ``src/fodt/<name>.fodt`` -> ``<name>.original.pdf`` (LibreOffice, canonical
rewrite) -> ``<name>.pdf`` (pdftoppm 300 dpi grey, skew + noise + blur, JPEG, img2pdf,
ocrmypdf -l swe, pikepdf clean-up) and ``<name>.expected.json``. The expected records come
from the source objects in ``src/docs_*.py``; each risk's ``pages`` are measured on the
original (the scan has the same pages, one image per page); ``source`` is the scan's. The
OCR's word error rate against the original's text layer is printed."""

from __future__ import annotations

import argparse
import hashlib
import json
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

import fillkit  # noqa: E402

import importlib  # noqa: E402
import importlib.util  # noqa: E402

#: (module in src/, document factory, skew per page in degrees, noise seed)
DOCS = [
    ("docs_a", "bgn2023", [0.7, -0.4], 11),
    ("docs_b", "son2024", [-1.1, 0.5], 12),
    ("docs_c", "fsn2022", [0.9, 1.2], 13),
    ("docs_d", "gan2025", [-0.3, -0.8], 14),
]
#: born-digital reports (LibreOffice only, no scan): issue 15's values
BORN_DIGITAL = [("docs_e", "mtn2024"), ("docs_f", "kbn2025")]
PROFILE = "file:///tmp/lo-scan1"


def build(doc, skews, seed, tmp: Path, fontconf: Path, png: Path | None) -> dict:
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
    scanner.scan(original, final, skews, seed=seed, work=tmp)
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
        import subprocess
        png.mkdir(parents=True, exist_ok=True)
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(final), str(png / doc.name)],
                       check=True)
    return {"pages": npages, "risks": len(risks), "risk_pages": [r["pages"] for r in risks],
            "soft": stats["soft"], "header_pages": stats["header_pages"],
            "words": len(ref), "wer": scanner.wer(ref, hyp), "bag": scanner.bag_wer(ref, hyp)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*")
    ap.add_argument("--png", type=Path, help="render the scans at 60 dpi into this directory")
    args = ap.parse_args(argv)
    docs = [(getattr(importlib.import_module(m), f)(), sk, sd) for m, f, sk, sd in DOCS
            if importlib.util.find_spec(m)]
    born = [getattr(importlib.import_module(m), f)() for m, f in BORN_DIGITAL
            if importlib.util.find_spec(m)]
    unknown = set(args.names) - {d.name for d, _, _ in docs} - {d.name for d in born}
    if unknown:
        ap.error(f"unknown samples: {', '.join(sorted(unknown))}")
    start = time.monotonic()
    work = Path("/tmp/scan1work")
    work.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="icp-scan1-", dir=work) as td:
        tmp = Path(td)
        fontconf = private_fontconfig(tmp)
        for doc, skews, seed in docs:
            if args.names and doc.name not in args.names:
                continue
            i = build(doc, skews, seed, tmp, fontconf, args.png)
            print(f"{doc.name}: {i['pages']} pages, {i['risks']} risks (pages "
                  f"{i['risk_pages']}), header rows on pages {i['header_pages']}, "
                  f"{i['soft']} hyphenated line ends; OCR vs original text layer "
                  f"({i['words']} words): WER {i['wer']:.1%} in reading order, "
                  f"{i['bag']:.1%} of the words missing (order-free)", flush=True)
        for doc in born:
            if args.names and doc.name not in args.names:
                continue
            i = kit.build(doc, HERE, tmp, fontconf, args.png, write_fodt=fillkit.build_fodt,
                          measure_pdf=fillkit.measure, profile=PROFILE)
            print(f"{doc.name} (born-digital): {i['pages']} pages, {i['risks']} risks (pages "
                  f"{i['risk_pages']}), header rows on pages {i['header_pages']}, "
                  f"{i['soft']} hyphenated line ends, {i['slash']} breaks after '/'",
                  flush=True)
    print(f"built in {time.monotonic() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
