"""Start-up: one small report through ``icp-extract extract`` against a bare pdfplumber
process over the same file, and ``icp-extract --help``.

Run: python benchmarks/startup/startup.py [--repeat N] [--before DIR] [PDF]

``--before DIR``: also time ``extract`` with the code in DIR (e.g. an earlier commit unpacked
by ``git archive``), alternated with this one, so before and after share the machine's load.

Default input: samples/ks2023_replica_ruled.pdf (4 pages). Every figure is a whole process
(interpreter start included), alternated with the others, median of N runs
(:mod:`benchmarks.measure`); the Swedish data cache is warm (the untimed first round fills
it), as it is for every run after the first on a machine.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from measure import PYTHON, ROOT, alternate, machine, with_code  # noqa: E402

DEFAULT = ROOT / "samples" / "ks2023_replica_ruled.pdf"
BARE = (
    "import sys, pdfplumber\n"
    "with pdfplumber.open(sys.argv[1]) as pdf:\n"
    "    for page in pdf.pages:\n"
    "        page.extract_words()\n"
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("pdf", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--before", type=Path, default=None)
    args = ap.parse_args()
    info = machine()
    here = with_code(None)
    with tempfile.TemporaryDirectory() as out:
        extract = [PYTHON, "-m", "icp_extract.cli", "extract", str(args.pdf), "-o", out, "-q"]
        commands = {
            "bare_pdfplumber": ([PYTHON, "-c", BARE, str(args.pdf)], here),
            "extract": (extract, here),
            "help": ([PYTHON, "-m", "icp_extract.cli", "--help"], here),
            "python_only": ([PYTHON, "-c", "pass"], here),
        }
        if args.before is not None:
            commands["extract_before"] = (extract, with_code(args.before))
            commands["help_before"] = (commands["help"][0], with_code(args.before))
        runs = alternate(commands, args.repeat)
    medians = {name: r.median() for name, r in runs.items()}
    bare = medians["bare_pdfplumber"]
    ratio = {
        f"{name}_{kind}": round(m[f"{kind}_s"] / bare[f"{kind}_s"], 2)
        for name, m in medians.items()
        if name != "bare_pdfplumber"
        for kind in ("wall", "cpu")
    }
    print(json.dumps({"input": args.pdf.name, "repeat": args.repeat, **info,
                      "medians": medians, "ratio_to_bare": ratio}, indent=2))  # fmt: skip


if __name__ == "__main__":
    main()
