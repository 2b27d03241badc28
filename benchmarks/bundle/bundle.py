"""A long meeting bundle: ``icp-extract extract`` against one bare pdfplumber pass and one
pypdfium2 text pass over every page.

Run: python benchmarks/bundle/bundle.py [--repeat N] [--pages N] [--before DIR]

The input is built from samples/archive/bundle_kallelse.pdf (109 pages, the follow-up on
pages 51-52): the whole bundle, then its pages outside the follow-up and its neighbours
(pages 1-45 and 60-109) again and again up to ``--pages`` (default 300), written once to
benchmarks/.cache/bundle<N>.pdf. Meeting bundles are like that: agenda items, minutes and
appendices, one of them the follow-up. Every figure is a whole process, alternated with the
others, median of N runs (:mod:`measure`); ``--before DIR`` adds ``extract`` with the code
in DIR, alternated with the rest.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from measure import PYTHON, ROOT, alternate, machine, with_code  # noqa: E402

SOURCE = ROOT / "samples" / "archive" / "bundle_kallelse.pdf"
FILLER = [*range(1, 46), *range(60, 110)]  # 1-based pages far from the follow-up
BARE_PDFPLUMBER = (
    "import sys, pdfplumber\n"
    "with pdfplumber.open(sys.argv[1]) as pdf:\n"
    "    for page in pdf.pages:\n"
    "        page.extract_words()\n"
    "        page.flush_cache()\n"
)
BARE_PDFIUM = (
    "import sys, pypdfium2 as pdfium\n"
    "pdf = pdfium.PdfDocument(sys.argv[1])\n"
    "for i in range(len(pdf)):\n"
    "    pdf[i].get_textpage().get_text_range()\n"
)


def build(pages: int) -> Path:
    """The bundle of ``pages`` pages (made once, then reused)."""
    from pypdf import PdfReader, PdfWriter

    out = ROOT / "benchmarks" / ".cache" / f"bundle{pages}.pdf"
    if out.exists():
        return out
    reader = PdfReader(SOURCE)
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    k = 0
    while len(writer.pages) < pages:
        writer.add_page(reader.pages[FILLER[k % len(FILLER)] - 1])
        k += 1
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as fh:
        writer.write(fh)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--before", type=Path, default=None)
    args = ap.parse_args()
    pdf = build(args.pages)
    info = machine()
    here = with_code(None)
    with tempfile.TemporaryDirectory() as out:
        extract = [PYTHON, "-m", "icp_extract.cli", "extract", str(pdf), "-o", out, "-q"]
        commands = {
            "bare_pdfplumber": ([PYTHON, "-c", BARE_PDFPLUMBER, str(pdf)], here),
            "bare_pypdfium2": ([PYTHON, "-c", BARE_PDFIUM, str(pdf)], here),
            "extract": (extract, here),
        }
        if args.before is not None:
            commands["extract_before"] = (extract, with_code(args.before))
        # Warm only the extractions (the data cache); a bare pass over 300 pages is long.
        runs = alternate(commands, args.repeat, warm=[n for n in commands if "extract" in n])
    medians = {name: r.median() for name, r in runs.items()}
    ratios = {
        f"{name}_to_{bare}_{kind}": round(m[f"{kind}_s"] / medians[bare][f"{kind}_s"], 3)
        for name, m in medians.items()
        if name.startswith("extract")
        for bare in ("bare_pdfplumber", "bare_pypdfium2")
        for kind in ("wall", "cpu")
    }
    print(json.dumps({"input": pdf.name, "pages": args.pages, "repeat": args.repeat, **info,
                      "medians": medians, "ratios": ratios}, indent=2))  # fmt: skip


if __name__ == "__main__":
    main()
