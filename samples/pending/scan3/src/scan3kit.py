"""scan3: what this set adds to the shared scan producer (``../../../build/producers/scan.py``,
used unchanged for ``normalise``, ``text_words``, ``wer``, ``bag_wer``):

- page **modes**: ``"gray"`` (grey JPEG, as scan1/scan2), ``"rgb"`` (a colour scan, RGB
  JPEG) and ``"bw"`` (a black-and-white scan: grey picture thresholded to 1 bit, written as a
  CCITT Group 4 TIFF, which img2pdf embeds as ``/CCITTFaxDecode``);
- **paper**: the grey level the white paper scans to (1.0 white, 0.84 a greyish recycled or
  yellowed sheet scanned grey), and **shade**: uneven brightness, a linear darkening towards
  one edge (a sheet not lying flat, a book fold) multiplied over the page;
- **overlays** put on the paper before it is scanned (so they turn with the page): a rubber
  **stamp** (coloured ink, a rounded box with lines of text, turned a few degrees) and
  **handwriting** (pen ticks drawn as strokes, initials and a note in a script font,
  URW Z003);
- a **landscape page fed in portrait** (``turn=-90``): the page image is turned a quarter
  so the scan is portrait with the text running bottom to top; ``ocrmypdf --rotate-pages``
  finds that and sets ``/Rotate``.

Every step is seeded or fixed, so the picture is the same on every run.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from producers import scan as scanner

DPI = 300
PX_CM = DPI / 2.54
SCRIPT_FONT = "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf"
STAMP_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


@dataclass
class Stamp:
    """A rubber stamp: ``lines`` of text in a rounded box, ``color`` ink, at (x, y) cm from
    the page's top left corner (of the box's top left), turned ``angle`` degrees."""

    lines: list
    x: float
    y: float
    color: str = "#b3262d"
    angle: float = -6.0
    size: int = 40  # pointsize at 300 dpi


@dataclass
class Ink:
    """Handwriting: ``text`` in a script font (``size`` in points at 300 dpi) at (x, y) cm,
    or a tick (``text`` "✓") drawn as a pen stroke, in ``color``."""

    text: str
    x: float
    y: float
    color: str = "#1d2f80"
    size: int = 64
    angle: float = -4.0


@dataclass
class Sheet:
    """How one page is scanned."""

    skew: float = 0.0  # degrees, positive clockwise
    turn: int = 0  # -90: a landscape page fed in portrait (text runs bottom to top)
    overlays: list = field(default_factory=list)


def _px(v: float) -> int:
    return int(round(v * PX_CM))


def overlay_args(overlays: list, tmp: Path, page: int) -> list[str]:
    """ImageMagick arguments compositing the overlays onto the page image."""
    args = []
    for i, o in enumerate(overlays):
        png = tmp / f"ov-{page}-{i}.png"
        if isinstance(o, Stamp):
            # the lines as one centred label (sized by ImageMagick), a border, then the box
            lab = tmp / f"ov-{page}-{i}-label.png"
            subprocess.run(["convert", "-background", "none", "-fill", o.color, "-font",
                            STAMP_FONT, "-pointsize", str(o.size), "-gravity", "center",
                            "-interline-spacing", str(o.size // 4), "label:" + "\n".join(o.lines),
                            "-bordercolor", "none", "-border", "34x26", str(lab)], check=True)
            w, h = (int(v) for v in subprocess.run(
                ["identify", "-format", "%w %h", str(lab)], capture_output=True, text=True,
                check=True).stdout.split())
            cmd = ["convert", str(lab), "-fill", "none", "-stroke", o.color, "-strokewidth",
                   "7", "-draw", f"roundrectangle 5,5 {w - 6},{h - 6} 22,22",
                   "-background", "none", "-rotate", str(o.angle), "-channel", "A",
                   "-evaluate", "multiply", "0.82", "+channel", str(png)]
        elif o.text == "✓":  # a tick: a short down stroke and a long up stroke
            s = o.size
            cmd = ["convert", "-size", f"{2 * s}x{2 * s}", "xc:none", "-fill", "none",
                   "-stroke", o.color, "-strokewidth", "6", "-draw",
                   f"path 'M {int(s * 0.15)},{int(s * 1.0)} Q {int(s * 0.45)},{int(s * 1.3)} "
                   f"{int(s * 0.62)},{int(s * 1.75)} Q {int(s * 1.0)},{int(s * 0.8)} "
                   f"{int(s * 1.85)},{int(s * 0.2)}'", str(png)]
        else:
            lines = o.text.split("\n")
            w = int(max(len(s) for s in lines) * o.size * 0.75) + 40
            h = int(o.size * 1.5 * len(lines)) + 40
            cmd = ["convert", "-size", f"{w}x{h}", "xc:none", "-fill", o.color, "-font",
                   SCRIPT_FONT, "-pointsize", str(o.size), "-gravity", "northwest",
                   "-annotate", f"+10+10", o.text, "-background", "none", "-rotate",
                   str(o.angle), str(png)]
        subprocess.run(cmd, check=True)
        args += [str(png), "-gravity", "northwest", "-geometry",
                 f"+{_px(o.x)}+{_px(o.y)}", "-compose", "over", "-composite"]
    return args


def degrade(src: Path, dst: Path, sheet: Sheet, seed: int, mode: str, tmp: Path, page: int,
            paper: float = 1.0, shade: tuple = (0.0, "east"), noise: float = 0.35,
            blur: float = 0.55, quality: int = 72, threshold: int = 58) -> None:
    """One page image: overlays, turn + skew on a paper-white ground, paper grey, uneven
    brightness, noise, blur; then a grey or colour JPEG or a 1-bit Group 4 TIFF."""
    w, h = subprocess.run(["identify", "-format", "%w %h", str(src)], capture_output=True,
                          text=True, check=True).stdout.split()
    if sheet.turn in (90, -90):
        w, h = h, w
    cmd = ["convert", str(src)] + overlay_args(sheet.overlays, tmp, page)
    cmd += ["-gravity", "center", "-background", "white",
            "-rotate", f"{sheet.turn + sheet.skew}", "-extent", f"{w}x{h}", "+repage"]
    if paper < 1.0:
        cmd += ["+level", f"0%,{paper * 100:.1f}%"]
    depth, side = shade
    if depth:
        grad = {"east": ("white", f"gray({100 - depth * 100:.0f}%)", 90),
                "west": ("white", f"gray({100 - depth * 100:.0f}%)", -90),
                "south": ("white", f"gray({100 - depth * 100:.0f}%)", 0)}[side]
        gw, gh = (h, w) if grad[2] else (w, h)
        cmd += ["(", "-size", f"{gw}x{gh}", f"gradient:{grad[0]}-{grad[1]}", "-rotate",
                str(-grad[2]), ")", "-compose", "multiply", "-composite"]
    cmd += ["-seed", str(seed), "-attenuate", f"{noise}", "+noise", "Gaussian",
            "-blur", f"0x{blur}"]
    if mode == "rgb":
        cmd += ["-colorspace", "sRGB", "-type", "TrueColor"]
    else:
        cmd += ["-colorspace", "Gray"]
    if mode == "bw":
        cmd += ["-threshold", f"{threshold}%", "-type", "Bilevel", "-units",
                "PixelsPerInch", "-density", str(DPI), "-strip", "-compress", "Group4",
                str(dst)]
    else:
        if mode == "gray":
            cmd += ["-type", "Grayscale"]
        cmd += ["-units", "PixelsPerInch", "-density", str(DPI), "-strip", "-quality",
                str(quality), str(dst)]
    subprocess.run(cmd, check=True)


def scan(original: Path, out: Path, sheets: list, seed: int = 1, mode: str = "gray",
         work: Path | None = None, ocr_args: tuple = (), keep_image: Path | None = None,
         **degrade_opts) -> None:
    """Scan ``original`` into ``out``: one ``Sheet`` per page (the last repeats);
    ``keep_image``: also write the image-only PDF there (before OCR)."""
    original, out = Path(original), Path(out)
    with tempfile.TemporaryDirectory(prefix="scan-", dir=work) as td:
        tmp = Path(td)
        subprocess.run(["pdftoppm", "-r", str(DPI)] + ([] if mode == "rgb" else ["-gray"])
                       + ["-png", str(original), str(tmp / "p")], check=True)
        pages = sorted(tmp.glob("p-*.png"), key=lambda p: int(p.stem.split("-")[-1]))
        imgs = []
        for i, png in enumerate(pages):
            ext = "tif" if mode == "bw" else "jpg"
            img = tmp / f"s-{i + 1:02d}.{ext}"
            degrade(png, img, sheets[min(i, len(sheets) - 1)], seed * 100 + i, mode, tmp,
                    i + 1, **degrade_opts)
            imgs.append(img)
        image_pdf = tmp / "image.pdf"
        subprocess.run(["img2pdf", "--creationdate", "2025-01-01T00:00:00",
                        "--moddate", "2025-01-01T00:00:00", "-o", str(image_pdf)]
                       + [str(j) for j in imgs], check=True)
        if keep_image:
            Path(keep_image).write_bytes(image_pdf.read_bytes())
        ocr = tmp / "ocr.pdf"
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        subprocess.run(["ocrmypdf", "-l", "swe", "--output-type", "pdf", "--jobs", "1",
                        "--optimize", "0", "--quiet", *ocr_args, str(image_pdf), str(ocr)],
                       check=True, env=env)
        scanner.normalise(ocr, out)
