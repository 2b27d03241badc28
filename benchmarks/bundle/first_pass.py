"""The first pass in a meeting bundle: time against a full analysis of every page.

Run: python benchmarks/bundle/first_pass.py [--repeat N] [PDF]

Default input: samples/archive/bundle_kallelse.pdf (109 pages, the follow-up on pages 50-52).
Both ways run in this one process, alternating, after one warm-up extraction (so the Swedish
lexicon is loaded before either is timed); the best of N runs is reported, and the two results
must hold the same risks.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from icp_extract.pipeline import extract

ROOT = Path(__file__).resolve().parents[2]
DEFAULT = ROOT / "samples" / "archive" / "bundle_kallelse.pdf"


def _timed(pdf: Path, first_pass: bool) -> tuple[float, list[dict]]:
    t = time.perf_counter()
    report = extract(pdf, first_pass=first_pass)
    return time.perf_counter() - t, [r.to_dict() for r in report.risks]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("pdf", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    extract(ROOT / "samples" / "mbn2024_unruled_no_counts.pdf")  # warm-up: lexicon loaded
    fast, full = [], []
    for _ in range(args.repeat):
        t_fast, risks_fast = _timed(args.pdf, True)
        t_full, risks_full = _timed(args.pdf, False)
        assert risks_fast == risks_full, "the first pass changed the result"
        fast.append(t_fast)
        full.append(t_full)
    print(f"{args.pdf.name}: {len(risks_fast)} risks, same with and without the first pass")
    print(f"first pass + analysis of candidate pages: {min(fast):.2f} s (best of {args.repeat})")
    print(f"full analysis of every page:              {min(full):.2f} s (best of {args.repeat})")
    print(f"ratio: {min(fast) / min(full):.3f} (target: at most 0.2)")


if __name__ == "__main__":
    main()
