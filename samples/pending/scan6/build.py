#!/usr/bin/env python3
"""Build the scan6 set: born-digital reports typeset with LibreOffice Writer through the shared
kit in ``../../build`` (``holdout_fodt``, ``holdout_kit``, ``libreoffice``), printed and
scanned with an OCR text layer by ``../scan4/src/scan4kit.py`` through
``../scan5/src/scan5kit.py`` (resolution, black and white), which reuse
``../../build/producers/scan.py``. Every kit module is imported in place, unchanged; this
set's own code is ``src/s6kit.py`` (the "Utgår" status word, a grey-shaded table row).

``python samples/pending/scan6/build.py [NAME ...] [--png DIR]``

For each document: ``src/fodt/<name>.fodt`` -> ``<name>.original.pdf`` -> ``<name>.pdf``
(the scan: pdftoppm, skew, paper, noise, blur, grey JPEG or 1-bit G4, img2pdf, ocrmypdf -l
swe, pikepdf clean-up) and ``<name>.expected.json``. The expected records come from the
source objects in ``src/s6*.py``; each risk's ``pages`` are measured on the original (the
scan has the same pages, one image per page); ``source`` is the scan's. The OCR's word error
rate against the original's text layer is printed."""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
BUILD = HERE.parent.parent / "build"
SCAN4 = HERE.parent / "scan4" / "src"
SCAN5 = HERE.parent / "scan5" / "src"
sys.path[:0] = [str(HERE / "src"), str(SCAN5), str(SCAN4), str(BUILD)]

import holdout_kit as kit  # noqa: E402
from build_samples import canonical_pdf  # noqa: E402
from holdout_fodt import build_fodt  # noqa: E402
from libreoffice import convert, private_fontconfig  # noqa: E402
from producers import scan as scanner  # noqa: E402

import scan5kit  # noqa: E402  (../scan5/src, over ../scan4/src/scan4kit.py)
import s6kit  # noqa: E402

#: (module in src/, document factory, skew per page (the last repeats), noise seed, scan
#: options for scan5kit.scan)
DOCS = [
    ("s6a_nio", "nio2024", [-0.5], 61, {"paper": 0.97, "shade": (0.06, "east")}),
    ("s6b_snno", "snno2025", [0.4, -0.3], 62, {"bilevel": 55, "noise": 0.25}),
    ("s6c_aon", "aon2023", [0.8], 63,
     {"dpi": 250, "paper": 0.96, "shade": (0.08, "south"), "quality": 72}),
]
PROFILE = "file:///tmp/lo-scan6"
WORK = Path("/tmp/scan6work")


def writer_original(doc, tmp: Path, fontconf: Path):
    """Writer: .fodt -> original PDF; (pages, records, columns, meta, hyphen count)."""
    srcdir = HERE / "src" / "fodt"
    srcdir.mkdir(exist_ok=True)
    fodt = srcdir / f"{doc.name}.fodt"
    fodt.write_text(s6kit.shade_rows(build_fodt(doc), kit.risk_table(doc)), encoding="utf-8")
    pdf = convert(fodt, tmp, fontconf, PROFILE)
    original = HERE / f"{doc.name}.original.pdf"
    original.write_bytes(canonical_pdf(pdf.read_bytes()))
    pdf.unlink()
    npages, risks, stats = kit.measure(doc, original, records=s6kit.records)
    meta = {"organ": doc.organ, "year": doc.year, "period": doc.period,
            "title": kit.collapse(doc.title), "risks_inventoried": doc.risks_inventoried,
            "risks_critical": doc.risks_critical}
    return original, npages, risks, kit.expected_columns(doc), meta, stats["soft"]


def build(doc, skews, seed, opts, tmp: Path, fontconf: Path, png: Path | None) -> dict:
    original, npages, risks, columns, meta, soft = writer_original(doc, tmp, fontconf)
    name = original.name[: -len(".original.pdf")]
    final = HERE / f"{name}.pdf"
    scan5kit.scan(original, final, skews, seed=seed, work=tmp, **opts)
    data = {
        "schema_version": "1",
        "source": {
            "file": final.name,
            "sha256": hashlib.sha256(final.read_bytes()).hexdigest(),
            "pages": npages,
        },
        "report": meta,
        "columns": columns,
        "risks": risks,
        "warnings": [],
    }
    (HERE / f"{name}.expected.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    ref, hyp = scanner.text_words(original), scanner.text_words(final)
    if png:
        png.mkdir(parents=True, exist_ok=True)
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(final), str(png / name)],
                       check=True)
    return {"name": name, "pages": npages, "risks": len(risks),
            "risk_pages": [r["pages"] for r in risks], "soft": soft, "words": len(ref),
            "wer": scanner.wer(ref, hyp), "bag": scanner.bag_wer(ref, hyp)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*")
    ap.add_argument("--png", type=Path, help="render the scans at 60 dpi into this directory")
    args = ap.parse_args(argv)
    start = time.monotonic()
    WORK.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="icp-scan6-", dir=WORK) as td:
        tmp = Path(td)
        fontconf = private_fontconfig(tmp)
        for mod, factory, skews, seed, opts in DOCS:
            if not (HERE / "src" / f"{mod}.py").exists():
                continue
            doc = getattr(importlib.import_module(mod), factory)()
            if args.names and not any(n in doc.name for n in args.names):
                continue
            i = build(doc, skews, seed, opts, tmp, fontconf, args.png)
            print(f"{i['name']}: {i['pages']} pages, {i['risks']} risks (pages "
                  f"{i['risk_pages']}), {i['soft']} hyphenated line ends; OCR vs original "
                  f"text layer ({i['words']} words): WER {i['wer']:.1%} in reading order, "
                  f"{i['bag']:.1%} of the words missing (order-free)", flush=True)
    print(f"built in {time.monotonic() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
