"""scan2: a variant of the shared scan producer (``../../../build/producers/scan.py``, used
unchanged for its ``normalise``, ``text_words``, ``wer`` and ``bag_wer``) with what scan1 did
not need: the resolution and JPEG quality as parameters (200 dpi, stronger compression), a
page turned 180° (fed upside down: a skew of 180 + x degrees) and extra ``ocrmypdf`` options
(``--rotate-pages``)."""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

from producers import scan as scanner


def degrade(src: Path, dst: Path, skew: float, seed: int, dpi: int, noise: float = 0.35,
            blur: float = 0.55, quality: int = 72) -> None:
    """As ``scanner.degrade``, with the resolution written into the JPEG a parameter."""
    out = subprocess.run(["identify", "-format", "%w %h", str(src)], capture_output=True,
                         text=True, check=True).stdout.split()
    w, h = out[0], out[1]
    subprocess.run([
        "convert", str(src),
        "-background", "white", "-rotate", f"{skew}", "-gravity", "center",
        "-extent", f"{w}x{h}", "+repage",
        "-seed", str(seed), "-attenuate", f"{noise}", "+noise", "Gaussian",
        "-blur", f"0x{blur}",
        "-colorspace", "Gray", "-type", "Grayscale",
        "-units", "PixelsPerInch", "-density", str(dpi),
        "-strip", "-quality", str(quality), str(dst),
    ], check=True)


def scan(original: Path, out: Path, skews: list[float], seed: int = 1, dpi: int = 300,
         work: Path | None = None, ocr_args: tuple = (), **degrade_opts) -> None:
    """Scan ``original`` into ``out`` (image PDF with OCR text) at ``dpi``; ``skews`` per page
    (the last repeats); a skew of 180 + x is a page fed upside down."""
    original, out = Path(original), Path(out)
    with tempfile.TemporaryDirectory(prefix="scan-", dir=work) as td:
        tmp = Path(td)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(original),
                        str(tmp / "p")], check=True)
        pages = sorted(tmp.glob("p-*.png"), key=lambda p: int(p.stem.split("-")[-1]))
        jpgs = []
        for i, png in enumerate(pages):
            jpg = tmp / f"s-{i + 1:02d}.jpg"
            degrade(png, jpg, skews[min(i, len(skews) - 1)], seed * 100 + i, dpi,
                    **degrade_opts)
            jpgs.append(jpg)
        img = tmp / "image.pdf"
        subprocess.run(["img2pdf", "--creationdate", "2025-01-01T00:00:00",
                        "--moddate", "2025-01-01T00:00:00", "-o", str(img)]
                       + [str(j) for j in jpgs], check=True)
        ocr = tmp / "ocr.pdf"
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        subprocess.run(["ocrmypdf", "-l", "swe", "--output-type", "pdf", "--jobs", "1",
                        "--optimize", "0", "--quiet", *ocr_args, str(img), str(ocr)],
                       check=True, env=env)
        scanner.normalise(ocr, out)
