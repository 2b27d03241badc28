#!/usr/bin/env python3
"""Build the year pair: two Socialnämnden reports (2022, 2023) and their expected JSON.

    python samples/yearpair/build_yearpair.py

The text is in ``spec.py``. Everything else is the sample builder's (``samples/build/``):
the flat-ODF writer with Swedish hyphenation on, LibreOffice with a private font
configuration, the canonical rewrite of the PDF (byte-identical rebuilds), and the
independent check that every cell was printed where the spec put it, which also measures
each risk's ``pages``. This script only points that builder at this folder and at its own
LibreOffice profile, so it runs safely beside a build of the other samples.

Writes ``samples/yearpair/<name>.pdf``, ``<name>.expected.json`` and the ``.fodt`` sources in
``src/``. ``compare.expected.json`` is NOT written here: it is written by hand from the list
of differences in ``spec.py``, so that ``icp-extract compare`` is checked against the spec
rather than against itself.

Needs what ``samples/build/build_samples.py`` needs (LibreOffice Writer, hyphen-sv, fonts).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "build"))

import build_samples as builder  # noqa: E402
from spec import SAMPLES  # noqa: E402

builder.SAMPLES_DIR = HERE
builder.LO_PROFILE = "file:///tmp/lo-profile-audit"


def main() -> int:
    if shutil.which("soffice") is None:
        raise SystemExit("soffice (LibreOffice) is not on PATH")
    sources = HERE / "src"
    sources.mkdir(exist_ok=True)
    for sample in SAMPLES:
        builder.validate(sample)
    with tempfile.TemporaryDirectory(prefix="icp-yearpair-") as t:
        tmp = Path(t)
        fontconf = builder.private_fontconfig(tmp)
        for sample in SAMPLES:
            info = builder.build_one(sample, tmp, fontconf, sources)
            print(
                f"{info['name']}: {info['pages']} pages, {info['risks']} risks, "
                f"{info['soft_hyphens']} hyphenated line ends, "
                f"{info['real_hyphens_at_line_end']} real hyphens at line end"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
