"""Where the memory of a long PDF goes: tracemalloc through the pipeline's steps.

    python benchmarks/batch/memory.py benchmarks/.cache/big1000.pdf

Replays ``pipeline.extract`` step by step (read every page, then analyse) and reports Python
heap in use after each step, the peak, and the allocation sites that hold most at the moment
analysis is fullest (just before metadata, when every intermediate list is alive). tracemalloc
counts Python allocations only; RSS adds the interpreter, C libraries and the allocator's
slack, so the peak RSS of bench.py is the figure to hold against the 500 MB budget.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

MB = 1024 * 1024


def _mb(n: float) -> float:
    return round(n / MB, 1)


ROOT = Path(__file__).resolve().parents[2]  # the repository: paths are shown below it


def _top(snapshot: tracemalloc.Snapshot, limit: int) -> list[dict[str, Any]]:
    filtered = snapshot.filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
    out = []
    for stat in filtered.statistics("lineno")[:limit]:
        frame = stat.traceback[0]
        where = frame.filename.split("site-packages/")[-1].split(f"{ROOT}/")[-1]
        out.append({"where": f"{where}:{frame.lineno}", "mb": _mb(stat.size), "blocks": stat.count})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdf", type=Path)
    parser.add_argument("--top", type=int, default=12)
    args = parser.parse_args()

    from icp_extract import pipeline
    from icp_extract.batch.worker import warm
    from icp_extract.read import open_document, sha256_of

    warm()  # language data: loaded once per process, not per document; counted apart
    rss_warm = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    tracemalloc.start(1)
    steps: dict[str, Any] = {}
    started = time.perf_counter()

    digest = sha256_of(args.pdf)
    with open_document(args.pdf) as doc:
        pages = list(doc.pages())
        unreadable = list(doc.unreadable_pages)
        page_count = doc.page_count
        steps["after reading every page (PDF still open)"] = _mb(tracemalloc.get_traced_memory()[0])
        cached = getattr(getattr(doc._pdf, "doc", None), "_cached_objs", {})
        steps["pdfminer cached objects (count)"] = len(cached)
        read_snapshot = tracemalloc.take_snapshot()
    steps["after closing the PDF (pages kept)"] = _mb(tracemalloc.get_traced_memory()[0])
    words = sum(len(p.words) for p in pages)
    rules = sum(len(p.rules) for p in pages)

    fullest: dict[str, Any] = {}
    real_metadata = pipeline.extract_metadata

    def spy(*a: Any, **kw: Any) -> Any:
        fullest["mb"] = _mb(tracemalloc.get_traced_memory()[0])
        fullest["snapshot"] = tracemalloc.take_snapshot()
        return real_metadata(*a, **kw)

    pipeline.extract_metadata = spy  # type: ignore[assignment]
    tracemalloc.reset_peak()
    analysed = pipeline._analyse(args.pdf.name, digest, page_count, pages, unreadable)
    report = analysed[0] if isinstance(analysed, tuple) else analysed  # (report, table pieces)
    current, peak = tracemalloc.get_traced_memory()
    steps["analysis: in use just before metadata"] = fullest["mb"]
    steps["analysis: peak"] = _mb(peak)
    del pages
    steps["after analysis, pages dropped (report kept)"] = _mb(tracemalloc.get_traced_memory()[0])
    result = {
        "pdf": str(args.pdf),
        "pages": page_count,
        "words": words,
        "rules": rules,
        "risks": len(report.risks),
        "seconds_with_tracemalloc": round(time.perf_counter() - started, 1),
        "rss_after_warm_up_mb": round(rss_warm, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "python_heap_mb": steps,
        "top_sites_after_reading": _top(read_snapshot, args.top),
        "top_sites_at_fullest_analysis": _top(fullest["snapshot"], args.top),
    }
    json.dump(result, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
