"""How long the test suite takes: the README's test command, timed as a whole process.

Run: python benchmarks/tests/suite.py [--repeat N] [--before DIR] [--variant LABEL=ARGS ...]

Runs ``python -m pytest -q -p no:cacheprovider`` over this repository's tests (and, with
``--before DIR``, over the tests and code in DIR, e.g. an earlier commit unpacked by
``git archive``), alternated, median of N runs (:mod:`measure`). CPU time counts the pytest
process and the processes it waited for; batch workers forked by multiprocessing's fork
server are not among them, so wall time is the figure to read, and on a shared machine the
ratio of two alternated runs. ``--variant n0="-n 0"`` adds a run of this repository's tests
with those pytest arguments added (e.g. without pytest-xdist), alternated with the rest. The
untimed first round of :func:`measure.alternate` is skipped here (a run takes minutes): the
Swedish data cache is warm from any earlier run.
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from measure import PYTHON, ROOT, Runs, machine, run_once, with_code  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--before", type=Path, default=None)
    ap.add_argument("--variant", action="append", default=[], metavar="LABEL=ARGS")
    args = ap.parse_args()
    info = machine()
    trees: dict[str, tuple[Path, list[str]]] = {"suite": (ROOT, [])}
    if args.before is not None:
        trees["suite_before"] = (args.before.resolve(), [])
    for variant in args.variant:
        label, _, extra = variant.partition("=")
        trees[f"suite_{label}"] = (ROOT, shlex.split(extra))
    runs = {name: Runs() for name in trees}
    for _ in range(args.repeat):
        for name, (tree, extra) in trees.items():
            argv = [
                PYTHON,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                *extra,
                str(tree / "tests"),
            ]
            wall, cpu, rss = run_once(argv, with_code(tree), check=False)
            runs[name].wall.append(wall)
            runs[name].cpu.append(cpu)
            runs[name].rss.append(rss)
    medians = {name: r.median() for name, r in runs.items()}
    out: dict[str, object] = {"repeat": args.repeat, **info, "medians": medians}
    out["wall_ratio_to_suite"] = {
        name: round(m["wall_s"] / medians["suite"]["wall_s"], 3) for name, m in medians.items()
    }
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
