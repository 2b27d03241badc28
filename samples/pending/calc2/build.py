"""Rebuild the calc2 set: LibreOffice Calc risk registers exported to PDF.

    python samples/pending/calc2/build.py            # all reports
    python samples/pending/calc2/build.py NAME ...   # some (module in src/ or PDF stem)
"""

from __future__ import annotations

import argparse
import importlib
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "samples" / "build"))
sys.path.insert(0, str(HERE / "src"))

from kit2 import build  # noqa: E402
from libreoffice import private_fontconfig  # noqa: E402

MODULES = ["r1_kin", "r2_infra", "r3_vsn", "r4_mrn", "r5_sfn"]
WORK = Path("/tmp/calc2work")
PROFILE = "file:///tmp/lo-calc2"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("names", nargs="*")
    a = ap.parse_args(argv)
    if WORK.exists():
        shutil.rmtree(WORK)
    WORK.mkdir(parents=True)
    fontconf = private_fontconfig(WORK)
    (HERE / "src" / "fods").mkdir(exist_ok=True)
    print(subprocess.run(["soffice", "--version"], capture_output=True, text=True).stdout.strip())
    for m in MODULES:
        if not (HERE / "src" / f"{m}.py").exists():
            continue
        rep = importlib.import_module(m).report()
        if a.names and m not in a.names and rep.book.name not in a.names:
            continue
        fods, exp = build(rep, HERE, WORK, PROFILE, fontconf)
        (HERE / "src" / "fods" / f"{rep.book.name}.fods").write_text(fods, encoding="utf-8")
        pages = [r["pages"] for r in exp["risks"]]
        print(f"{rep.book.name}: {exp['source']['pages']} pages, {len(exp['risks'])} risks, pages {pages}")


if __name__ == "__main__":
    main()
