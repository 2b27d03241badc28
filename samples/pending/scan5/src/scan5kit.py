"""scan5: the scan step of ``../../scan4/src/scan4kit.py`` (imported in place, unchanged) at a
chosen resolution, and a **black-and-white** variant.

- ``dpi``: ``scan4kit`` reads its module constant ``DPI`` at call time (pdftoppm's
  resolution and the image's density); :func:`scan` sets it for the one call and restores it.
- ``bilevel`` (a threshold in percent): each page is degraded by ``scan4kit.degrade`` into a
  grey PNG (skew, paper, shade, noise, blur, as for a grey scan), then thresholded to 1 bit
  and written as a CCITT Group 4 TIFF (what an office scanner's "black and white" mode
  gives), which img2pdf embeds as ``/CCITTFaxDecode``; OCR and clean-up as in ``scan4kit``.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

import scan4kit
from producers import scan as scanner


def _bilevel(original: Path, out: Path, skews: list, seed: int, work: Path | None,
             threshold: float, **opts) -> None:
    with tempfile.TemporaryDirectory(prefix="scan-", dir=work) as td:
        tmp = Path(td)
        dpi = str(scan4kit.DPI)
        subprocess.run(["pdftoppm", "-r", dpi, "-gray", "-png", str(original),
                        str(tmp / "p")], check=True)
        pages = sorted(tmp.glob("p-*.png"), key=lambda p: int(p.stem.split("-")[-1]))
        imgs = []
        for i, png in enumerate(pages):
            grey = tmp / f"g-{i + 1:02d}.png"
            scan4kit.degrade(png, grey, skews[min(i, len(skews) - 1)], seed * 100 + i,
                             **opts)
            img = tmp / f"s-{i + 1:02d}.tif"
            subprocess.run(["convert", str(grey), "-threshold", f"{threshold}%", "-type",
                            "Bilevel", "-units", "PixelsPerInch", "-density", dpi, "-strip",
                            "-compress", "Group4", str(img)], check=True)
            imgs.append(img)
        image_pdf = tmp / "image.pdf"
        subprocess.run(["img2pdf", "--creationdate", "2025-01-01T00:00:00",
                        "--moddate", "2025-01-01T00:00:00", "-o", str(image_pdf)]
                       + [str(j) for j in imgs], check=True)
        ocr = tmp / "ocr.pdf"
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        subprocess.run(["ocrmypdf", "-l", "swe", "--output-type", "pdf", "--jobs", "1",
                        "--optimize", "0", "--quiet", str(image_pdf), str(ocr)],
                       check=True, env=env)
        scanner.normalise(ocr, out)


def scan(original: Path, out: Path, skews: list, seed: int = 1, work: Path | None = None,
         dpi: int = 300, bilevel: float | None = None, **opts) -> None:
    """Scan ``original`` into ``out`` at ``dpi``; grey JPEG pages (``scan4kit.scan``) or,
    with ``bilevel``, 1-bit Group 4 pages thresholded at that percentage."""
    saved = scan4kit.DPI
    scan4kit.DPI = dpi
    try:
        if bilevel is None:
            scan4kit.scan(original, out, skews, seed=seed, work=work, **opts)
        else:
            _bilevel(Path(original), Path(out), skews, seed, work, bilevel, **opts)
    finally:
        scan4kit.DPI = saved
