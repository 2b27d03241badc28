#!/usr/bin/env python3
"""Rebuild the chromium2 set: HTML -> headless Chromium -> normalised PDF -> expected JSON.

    python samples/pending/chromium2/build.py           # all
    python samples/pending/chromium2/build.py NAME ...  # some (module names in src/)
    python samples/pending/chromium2/build.py -v        # also list line-end soft-hyphen words

The expected records come from the source objects in src/doc_*.py; only source.sha256,
source.pages and each risk's pages are measured on the built PDF.
"""
from __future__ import annotations

import importlib
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "src"))
sys.path.insert(0, str(HERE.parents[1] / "build"))
from producers.chromium import Locator, Streams, normalise, print_pdf, sha256  # noqa: E402

DOCS = ["doc_gsn", "doc_dmn", "doc_ffn", "doc_mrn", "doc_svn"]


def build(modname: str, verbose=False) -> dict:
    m = importlib.import_module(modname)
    html_dir = HERE / "src" / "html"
    html_dir.mkdir(exist_ok=True)
    html_path = html_dir / f"{m.NAME}.html"
    html_path.write_text(m.html(), encoding="utf-8")
    pdf_path = HERE / f"{m.NAME}.pdf"
    with tempfile.TemporaryDirectory(prefix="chromium2-") as tmp:
        out = Path(tmp) / "out.pdf"
        print_pdf(html_path, out)
        normalise(out)
        pdf_path.write_bytes(out.read_bytes())
    st = Streams(pdf_path)
    locators = {k: Locator(st.stream(**kw)) for k, kw in m.STREAMS.items()}
    risks = []
    for seq, (rec, cells) in enumerate(m.expected(), 1):
        if cells is None:  # a further sub-risk of the same row: the row's pages
            risks.append({"seq": seq, **rec, "pages": risks[-1]["pages"]})
            continue
        pages = set()
        for key, text in cells:
            if text:
                pages |= locators[key].find(text)
        assert pages, (m.NAME, seq)
        risks.append({"seq": seq, **rec, "pages": sorted(pages)})
    doc = {
        "schema_version": "1",
        "source": {"file": pdf_path.name, "sha256": sha256(pdf_path), "pages": st.npages},
        "report": dict(m.META),
        "columns": [{"header": h, "field": f} for h, f in m.COLUMNS],
        "risks": risks,
        "warnings": [],
    }
    soft = st.soft_breaks()
    words = st.soft_break_words(limit=0)
    st.close()
    (HERE / f"{m.NAME}.expected.json").write_text(
        json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{m.NAME}: {doc['source']['pages']} pages, {len(risks)} risks, "
          f"{soft} line-end soft-hyphen breaks, pages {[r['pages'] for r in risks]}")
    if verbose:
        print("   ", " ".join(words))
    return doc


def main(argv):
    verbose = "-v" in argv
    names = [a for a in argv if not a.startswith("-")] or DOCS
    for n in names:
        build(n if n.startswith("doc_") else f"doc_{n}", verbose)


if __name__ == "__main__":
    main(sys.argv[1:])
