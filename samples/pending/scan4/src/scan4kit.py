"""scan4: the scan step, as ``../../scan3/src/scan3kit.py`` does it (grey mode only, no marks
on the paper), reusing the shared producer ``../../../build/producers/scan.py`` unchanged for
``normalise``, ``text_words``, ``wer`` and ``bag_wer``.

Each page: ``pdftoppm -r 300 -gray``, turned by a slight skew on a white ground, the paper's
white taken down a little (``paper``), an **uneven brightness** (a linear darkening towards
one edge, ``shade``) multiplied over it, Gaussian noise (seeded) and a blur, saved as a grey
JPEG; ``img2pdf``; ``ocrmypdf -l swe --jobs 1 --optimize 0`` with ``OMP_THREAD_LIMIT=1``;
``normalise`` (fixed dates, no XMP, OCR form names from the page number, /ID from the
content). Every step is seeded or fixed, so the picture is the same on every run.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

from producers import scan as scanner

DPI = 300


def degrade(src: Path, dst: Path, skew: float, seed: int, paper: float = 1.0,
            shade: tuple = (0.0, "east"), noise: float = 0.35, blur: float = 0.55,
            quality: int = 75) -> None:
    """One grey page image: skew, paper grey, uneven brightness, noise, blur, JPEG."""
    w, h = subprocess.run(["identify", "-format", "%w %h", str(src)], capture_output=True,
                          text=True, check=True).stdout.split()
    cmd = ["convert", str(src), "-gravity", "center", "-background", "white",
           "-rotate", f"{skew}", "-extent", f"{w}x{h}", "+repage"]
    if paper < 1.0:
        cmd += ["+level", f"0%,{paper * 100:.1f}%"]
    depth, side = shade
    if depth:
        turn = {"east": 90, "west": -90, "south": 0, "north": 180}[side]
        gw, gh = (h, w) if turn in (90, -90) else (w, h)
        cmd += ["(", "-size", f"{gw}x{gh}", f"gradient:white-gray({100 - depth * 100:.0f}%)",
                "-rotate", str(-turn), ")", "-compose", "multiply", "-composite"]
    cmd += ["-seed", str(seed), "-attenuate", f"{noise}", "+noise", "Gaussian",
            "-blur", f"0x{blur}", "-colorspace", "Gray", "-type", "Grayscale",
            "-units", "PixelsPerInch", "-density", str(DPI), "-strip", "-quality",
            str(quality), str(dst)]
    subprocess.run(cmd, check=True)


def scan(original: Path, out: Path, skews: list, seed: int = 1, work: Path | None = None,
         **opts) -> None:
    """Scan ``original`` into ``out``; ``skews``: degrees per page (the last repeats)."""
    original, out = Path(original), Path(out)
    with tempfile.TemporaryDirectory(prefix="scan-", dir=work) as td:
        tmp = Path(td)
        subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", str(original),
                        str(tmp / "p")], check=True)
        pages = sorted(tmp.glob("p-*.png"), key=lambda p: int(p.stem.split("-")[-1]))
        imgs = []
        for i, png in enumerate(pages):
            img = tmp / f"s-{i + 1:02d}.jpg"
            degrade(png, img, skews[min(i, len(skews) - 1)], seed * 100 + i, **opts)
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
