"""What share of extraction time the Swedish text normaliser takes, over the sample PDFs.

Run: python benchmarks/normaliser/share.py [--repeat N]

Times every call of normalize_cell and DocumentLexicon.from_lines inside the pipeline (all
samples below samples/), against the wall time of the whole extraction. The one-time load of
the Swedish lexicon is measured apart: a batch worker pays it once, not per file. So is the
cost of one warm line-end hyphen decision (what a timed unit test used to assert).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import icp_extract.pipeline as pipeline
from icp_extract.lang.sv import frequency as sv_frequency
from icp_extract.lang.sv import lexicon as sv_lexicon
from icp_extract.normalize import DocumentLexicon, decide

ROOT = Path(__file__).resolve().parents[2]


#: Line-end hyphens of every kind, decided again and again for :func:`_decision_cost`.
DECISIONS = (
    ("Omhän-", "dertas"),
    ("Upp-", "handlingssystemet"),
    ("SAM-", "modulen"),
    ("hälso-", "och"),
    ("covid-", "19"),
    ("privat-", "offentlig"),
    ("Kleist-", "pris."),
    ("cyberpun-", "kare"),
)


def _decision_cost(repeat: int) -> float:
    """Seconds per ``decide`` call with a document lexicon, after the first calls filled
    the caches (the state during a long report)."""
    document = DocumentLexicon.from_lines(["Omhändertas i SAM-modulen"] * 50)
    for fragment, continuation in DECISIONS:
        decide(fragment, continuation, document)
    rounds = 200 * repeat
    start = time.perf_counter()
    for _ in range(rounds):
        for fragment, continuation in DECISIONS:
            decide(fragment, continuation, document)
    return (time.perf_counter() - start) / (rounds * len(DECISIONS))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    pdfs = sorted((ROOT / "samples").rglob("*.pdf"))

    t0 = time.perf_counter()
    sv_lexicon.load()
    sv_frequency.load()
    load = time.perf_counter() - t0

    spent = {"normalize": 0.0}
    real_cell, real_from_lines = pipeline.normalize_cell, pipeline.DocumentLexicon.from_lines

    def timed_cell(lines, lexicon=None):  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        try:
            return real_cell(lines, lexicon)
        finally:
            spent["normalize"] += time.perf_counter() - t

    def timed_from_lines(lines):  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        try:
            return real_from_lines(lines)
        finally:
            spent["normalize"] += time.perf_counter() - t

    pipeline.normalize_cell = timed_cell
    pipeline.DocumentLexicon.from_lines = staticmethod(timed_from_lines)  # type: ignore[method-assign]
    total = 0.0
    for _ in range(args.repeat):
        for pdf in pdfs:
            t = time.perf_counter()
            pipeline.extract(pdf)
            total += time.perf_counter() - t
    share = spent["normalize"] / total
    per_decision = _decision_cost(args.repeat)
    print(f"samples: {len(pdfs)} PDFs x {args.repeat} runs")
    print(f"extraction total: {total:.2f} s; normaliser: {spent['normalize']:.2f} s")
    print(f"normaliser share of extraction time: {share:.1%}")
    print(f"one line-end hyphen decided, warm: {per_decision * 1e6:.1f} µs")
    print(f"one-time load of lemma table and word frequencies (per process): {load:.2f} s")


if __name__ == "__main__":
    main()
