"""Rebuild the calc6 set: LibreOffice Calc risk registers exported to PDF.

    python samples/pending/calc6/build.py            # all reports
    python samples/pending/calc6/build.py NAME ...   # some (module in src/ or PDF stem)

Each report in ``src/r*.py`` is a spreadsheet (``producers.calc.Sheet``) written as flat ODS
(kept in ``src/fods/``) and converted with ``soffice -env:UserInstallation=file:///tmp/lo-calc6
--headless --convert-to pdf`` under the private fontconfig of ``samples/build/libreoffice.py``;
the PDF is rewritten canonically (fixed dates and /ID), every text cell is checked whole in its
own column with pdfplumber and the expected JSON is written beside it.

The kit is used in place, unchanged: ``samples/build/producers/calc.py`` and
``samples/pending/calc4/src/kit4.py`` (both folders on sys.path); ``src/kit6.py`` holds the
one small wrapper this set adds.
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
sys.path.insert(0, str(ROOT / "samples" / "pending" / "calc4" / "src"))
sys.path.insert(0, str(HERE / "src"))

from kit4 import build, write_json  # noqa: E402
from kit6 import expected  # noqa: E402
from producers.calc import private_fontconfig, tool_versions  # noqa: E402

MODULES = ["r1_ost", "r2_kdn", "r3_bolag", "r4_intra", "r5_forb"]
WORK = Path("/tmp/calc6work")
PROFILE = "file:///tmp/lo-calc6"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("names", nargs="*")
    a = ap.parse_args(argv)
    mods = []
    for m in MODULES:
        if not (HERE / "src" / f"{m}.py").exists():
            continue
        mod = importlib.import_module(m)
        rep = mod.report()
        if a.names and m not in a.names and rep.sheet.name not in a.names:
            continue
        mods.append((mod, rep))
    if WORK.exists():
        shutil.rmtree(WORK)
    WORK.mkdir(parents=True)
    fontconf = private_fontconfig(WORK)
    (HERE / "src" / "fods").mkdir(exist_ok=True)
    print(tool_versions())
    for mod, rep in mods:
        sh = rep.sheet
        m, heights, fods = build(rep, HERE, WORK, PROFILE, fontconf)
        (HERE / "src" / "fods" / f"{sh.name}.fods").write_text(fods, encoding="utf-8")
        exp = expected(rep, m, HERE / f"{sh.name}.pdf", getattr(mod, "CONVERT", None))
        write_json(exp, HERE / f"{sh.name}.expected.json")
        print(
            f"{sh.name}: {m.pages} pages, {len(exp['risks'])} risks, pages "
            f"{[r['pages'] for r in exp['risks']]}, {m.hyphen_ends} hyphenated line ends; "
            f"rows raised: {sorted(heights)}"
        )


if __name__ == "__main__":
    main()
