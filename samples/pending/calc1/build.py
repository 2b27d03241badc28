"""Rebuild the calc1 set: LibreOffice Calc risk registers exported to PDF.

    python samples/pending/calc1/build.py            # all reports
    python samples/pending/calc1/build.py NAME ...   # some (name = module in src/ or PDF stem)
    python samples/pending/calc1/build.py -v         # also print the rows raised while building

Each report in ``src/r*.py`` is a spreadsheet written as flat ODS (kept in ``src/fods/``) and
converted with ``soffice -env:UserInstallation=file:///tmp/lo-calc1 --headless --convert-to
pdf`` under a private fontconfig; the PDF is rewritten canonically and checked with pdfplumber
(every cell's text whole inside its own cell); the expected JSON is written beside it.
"""

from __future__ import annotations

import argparse
import importlib
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "samples" / "build"))
sys.path.insert(0, str(HERE / "src"))

from kit import expected, write_json  # noqa: E402
from producers.calc import build, private_fontconfig, tool_versions  # noqa: E402

MODULES = ["r1_avn", "r2_bgn", "r3_nff", "r4_btn", "r5_kfab"]
WORK = Path("/tmp/calc1work")
PROFILE = "file:///tmp/lo-calc1"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("names", nargs="*")
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args(argv)
    mods = []
    for m in MODULES:
        if not (HERE / "src" / f"{m}.py").exists():
            continue
        mod = importlib.import_module(m)
        rep = mod.report()
        if a.names and m not in a.names and rep.sheet.name not in a.names:
            continue
        mods.append(rep)
    if WORK.exists():
        shutil.rmtree(WORK)
    WORK.mkdir(parents=True)
    fontconf = private_fontconfig(WORK)
    (HERE / "src" / "fods").mkdir(exist_ok=True)
    print(tool_versions())
    for rep in mods:
        sh = rep.sheet
        m, heights, fods = build(sh, HERE, WORK, PROFILE, fontconf, verbose=a.v)
        (HERE / "src" / "fods" / f"{sh.name}.fods").write_text(fods, encoding="utf-8")
        exp = expected(rep, m, HERE / f"{sh.name}.pdf")
        write_json(exp, HERE / f"{sh.name}.expected.json")
        pages = sorted({p for r in exp["risks"] for p in r["pages"]})
        print(
            f"{sh.name}: {m.pages} pages, {len(exp['risks'])} risks on pages {pages}, "
            f"{m.hyphen_ends} hyphenated line ends, {m.real_hyphen_ends} real; "
            f"rows raised: {sorted(heights)}"
        )


if __name__ == "__main__":
    main()
