"""The long fuzz run: hypothesis draws a sample PDF and a chain of mutations (those of
tests/test_fuzz.py, plus bytes of its own spliced in), and each result must be a report or an
IcpExtractError within a time bound. Unlike a test it does not stop at the first problem: it
counts every outcome and keeps each input that broke the rule.

    python benchmarks/fuzz/fuzz_extract.py --examples 3000 --seed 1

Writes benchmarks/.cache/fuzz/summary.json and, per problem, the input as
benchmarks/.cache/fuzz/problem-<n>.pdf with its traceback beside it. In-process for speed:
the time bound is a SIGALRM that raises a BaseException, which no ``except Exception`` in
the PDF libraries can swallow.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "benchmarks" / ".cache" / "fuzz"
sys.path.insert(0, str(ROOT / "tests"))

from test_fuzz import MUTATIONS, sample_pdfs  # noqa: E402

import icp_extract  # noqa: E402
from icp_extract.errors import IcpExtractError  # noqa: E402


class Hang(BaseException):
    """Raised by the alarm: a BaseException, so no ``except Exception`` swallows it."""


def _alarm(signum: int, frame: object) -> None:
    raise Hang


def splice(data: bytes, at: float, chunk: bytes, cut: int) -> bytes:
    pos = int(at * len(data))
    return data[:pos] + chunk + data[pos + cut :]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--time-bound", type=float, default=60.0, help="seconds per input")
    args = parser.parse_args()
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # damaged files make it chatty
    CACHE.mkdir(parents=True, exist_ok=True)
    samples = [(p.name, p.read_bytes()) for p in sample_pdfs()]
    tally: Counter[str] = Counter()
    problems: list[dict[str, str]] = []
    slowest = [0.0, ""]
    signal.signal(signal.SIGALRM, _alarm)
    workdir = Path(tempfile.mkdtemp(prefix="icp-fuzz-"))
    target = workdir / "input.pdf"

    op = st.one_of(
        st.tuples(st.sampled_from(sorted(MUTATIONS)), st.integers(0, 2**32 - 1)),
        st.tuples(
            st.just("splice"),
            st.floats(0.01, 1),  # after the header: a file without %PDF only tests one check
            st.binary(max_size=64),
            st.integers(0, 64),
        ),
    )

    @seed(args.seed)
    @settings(
        max_examples=args.examples,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(st.integers(0, len(samples) - 1), st.lists(op, min_size=1, max_size=3))
    def one(index: int, ops: list[tuple]) -> None:
        name, data = samples[index]
        for step in ops:
            if step[0] == "splice":
                data = splice(data, step[1], step[2], step[3])
            else:
                data = MUTATIONS[step[0]](data, random.Random(step[1]))
        target.write_bytes(data)
        started = time.perf_counter()
        signal.setitimer(signal.ITIMER_REAL, args.time_bound)
        try:
            report = icp_extract.extract(target)
            outcome = "ok" if report.risks else "ok_no_risks"
            if any(w.startswith("pages that could not be read") for w in report.warnings):
                outcome = "ok_partly_damaged"
        except IcpExtractError as exc:
            outcome = exc.reason
        except Hang:
            outcome = "HANG"
        except Exception as exc:  # noqa: BLE001 - that is what we are looking for
            outcome = f"UNHANDLED {type(exc).__name__}"
            detail = traceback.format_exc()
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        seconds = time.perf_counter() - started
        if seconds > slowest[0]:
            slowest[:] = [seconds, f"{name} {ops!r}"[:300]]
        tally[outcome] += 1
        if outcome == "HANG" or outcome.startswith("UNHANDLED"):
            n = len(problems)
            (CACHE / f"problem-{n}.pdf").write_bytes(data)
            text = detail if outcome.startswith("UNHANDLED") else "no result in time"
            (CACHE / f"problem-{n}.txt").write_text(f"{name} {ops!r}\n{text}", encoding="utf-8")
            problems.append({"outcome": outcome, "sample": name, "file": f"problem-{n}.pdf"})

    started = time.perf_counter()
    one()
    elapsed = time.perf_counter() - started
    summary = {
        "examples": sum(tally.values()),
        "seed": args.seed,
        "seconds": round(elapsed, 1),
        "outcomes": dict(tally.most_common()),
        "problems": problems,
        "slowest_input_seconds": round(slowest[0], 2),
        "slowest_input": slowest[1],
    }
    (CACHE / "summary.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
