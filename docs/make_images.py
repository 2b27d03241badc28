#!/usr/bin/env python3
"""Make the README's pictures from the samples.

    python docs/make_images.py

- ``docs/inspect-page.png``: ``icp-extract inspect`` of page 1 of the 2023 year-pair sample.
- ``docs/compare-sheet.png``: the "Jämförelse" sheet of ``icp-extract compare`` on the year
  pair, as LibreOffice Calc prints it. For legibility the picture hides the columns
  "Befintliga kontroller", "Hantering" and "Sidor" (as an auditor might in Excel); the
  workbook itself is unchanged.

Needs LibreOffice Calc (``soffice``, with its own profile so that it runs beside other
builds) and ``pdftoppm`` (poppler-utils).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from openpyxl import load_workbook
from PIL import Image, ImageChops

import icp_extract
from icp_extract.compare import compare, write_comparison
from icp_extract.inspect import inspect

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
YEARPAIR = ROOT / "samples" / "yearpair"
LO_PROFILE = "file:///tmp/lo-profile-audit"
HIDDEN = {"Befintliga kontroller", "Hantering", "Sidor"}


def trim(image: Image.Image, margin: int = 12) -> Image.Image:
    """Crop the white paper around the content."""
    background = Image.new(image.mode, image.size, (255, 255, 255))
    box = ImageChops.difference(image, background).getbbox()
    if box is None:
        return image
    x0, y0, x1, y1 = box
    return image.crop(
        (max(x0 - margin, 0), max(y0 - margin, 0), min(x1 + margin, image.width),
         min(y1 + margin, image.height))
    )  # fmt: skip


def inspect_picture(tmp: Path) -> None:
    result = inspect(YEARPAIR / "sn2023_yearpair.pdf", tmp / "inspect", pages=(1, 1), scale=1.6)
    image = Image.open(result.pages[0].image).convert("RGB")
    trim(image, 24).save(HERE / "inspect-page.png", optimize=True)


def compare_picture(tmp: Path) -> None:
    reports = [icp_extract.extract(YEARPAIR / f"sn{y}_yearpair.pdf") for y in (2022, 2023)]
    write_comparison(reports, compare(reports), tmp / "compare")
    book = load_workbook(tmp / "compare" / "compare.xlsx")
    for name in book.sheetnames[1:]:
        book[name].sheet_state = "hidden"
    sheet = book["Jämförelse"]
    for cell in sheet[2]:
        if cell.value in HIDDEN:
            sheet.column_dimensions[cell.column_letter].hidden = True
    xlsx = tmp / "view.xlsx"
    book.save(xlsx)
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp), str(xlsx)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    subprocess.run(
        ["pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", str(tmp / "view.pdf"),
         str(tmp / "view")],
        check=True,
    )  # fmt: skip
    page = next(tmp.glob("view*.png"))
    trim(Image.open(page).convert("RGB")).save(HERE / "compare-sheet.png", optimize=True)


def main() -> int:
    for tool in ("soffice", "pdftoppm"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is not on PATH")
    with tempfile.TemporaryDirectory(prefix="icp-docs-") as t:
        tmp = Path(t)
        inspect_picture(tmp)
        compare_picture(tmp)
    print("wrote docs/inspect-page.png and docs/compare-sheet.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
