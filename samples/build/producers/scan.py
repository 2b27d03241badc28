"""Producer: a scanned report with an OCR text layer (issue 15, "Scanned reports").

A born-digital PDF is printed and scanned, then run through OCR, the way archives hold old
reports: each page is rendered at 300 dpi in grey (``pdftoppm -r 300 -gray``), turned by a
slight skew and given noise and a little blur with ImageMagick (``convert``, seeded, so the
picture is the same on every run), saved as JPEG (what office scanners write), put into an
image-only PDF with ``img2pdf`` and run through ``ocrmypdf -l swe --output-type pdf``
(Tesseract, Swedish): one image per page with Tesseract's invisible text (render mode 3)
over it. The rules of the tables are in the image only; the text layer holds words only.

The result is rewritten with pikepdf: fixed CreationDate / ModDate, the XMP metadata
dropped (ocrmypdf writes the run's time and a random document id there), /ID derived from
the content.

Usage from a set's build script::

    from producers.scan import scan, wer, text_words
    scan(original_pdf, scanned_pdf, skews=[0.6, -0.9], seed=7)
    print(wer(text_words(original_pdf), text_words(scanned_pdf)))

Needs poppler-utils, ImageMagick, img2pdf, ocrmypdf, tesseract-ocr-swe, pikepdf.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import tempfile
from pathlib import Path

DPI = 300
FIXED_DATE = "D:20250101000000Z"


def tool_versions() -> dict:
    """Versions of the tools, for a set's README."""
    def first(cmd):
        try:
            out = subprocess.run(cmd, capture_output=True, text=True)
            return (out.stdout or out.stderr).strip().splitlines()[0]
        except (OSError, IndexError):
            return "missing"
    return {
        "pdftoppm": first(["pdftoppm", "-v"]),
        "convert": first(["convert", "-version"]),
        "img2pdf": first(["img2pdf", "--version"]),
        "ocrmypdf": first(["ocrmypdf", "--version"]),
        "tesseract": first(["tesseract", "--version"]),
    }


def degrade(src: Path, dst: Path, skew: float, seed: int, noise: float = 0.35,
            blur: float = 0.55, quality: int = 72, dpi: int = DPI) -> None:
    """One page image: turned by ``skew`` degrees (positive: clockwise; 180 + x: a page fed
    upside down) on a white ground, cropped back to its size, Gaussian noise (seeded), a
    slight blur, grey JPEG at ``dpi`` (scan2 scans at 200 dpi)."""
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


def normalise(pdf_in: Path, pdf_out: Path) -> None:
    """Fixed dates, no XMP metadata, /ID from the content."""
    import pikepdf

    pdf_out = Path(pdf_out)
    with pikepdf.open(pdf_in) as pdf:
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        # ocrmypdf names each page's text-layer form XObject "/OCR-<random>": give it a
        # name from the page number (and change the page's "Do" to match)
        for n, page in enumerate(pdf.pages, 1):
            xo = page.Resources.get("/XObject", {})
            for k in [k for k in xo.keys() if k.startswith("/OCR-")]:
                new = f"/OCR{n}"
                xo[new] = xo[k]
                del xo[k]
                contents = page.obj.Contents
                streams = list(contents) if isinstance(contents, pikepdf.Array) else [contents]
                for st in streams:
                    data = st.read_bytes()
                    if k.encode() in data:
                        st.write(data.replace(k.encode() + b" ", new.encode() + b" "))
        info = pdf.docinfo
        for k in ("/CreationDate", "/ModDate"):
            info[k] = pikepdf.String(FIXED_DATE)
        if "/ID" in pdf.trailer:  # qpdf would keep the first half of the old, random /ID
            del pdf.trailer["/ID"]
        tmp = pdf_out.with_suffix(".tmp.pdf")
        pdf.save(tmp, deterministic_id=True, compress_streams=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.preserve)
    data = tmp.read_bytes()
    tmp.unlink()
    pdf_out.write_bytes(data)


def scan(original: Path, out: Path, skews: list[float], seed: int = 1,
         work: Path | None = None, dpi: int = DPI, ocr_args: tuple = (),
         **degrade_opts) -> None:
    """Scan ``original`` (born-digital PDF) into ``out`` (image PDF with OCR text).
    ``skews``: degrees per page (the last repeats for further pages); ``dpi`` the scan's
    resolution; ``ocr_args`` more ``ocrmypdf`` options (``--rotate-pages``)."""
    original, out = Path(original), Path(out)
    with tempfile.TemporaryDirectory(prefix="scan-", dir=work) as td:
        tmp = Path(td)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(original),
                        str(tmp / "p")], check=True)
        pages = sorted(tmp.glob("p-*.png"), key=lambda p: int(p.stem.split("-")[-1]))
        jpgs = []
        for i, png in enumerate(pages):
            jpg = tmp / f"s-{i + 1:02d}.jpg"
            degrade(png, jpg, skews[min(i, len(skews) - 1)], seed * 100 + i, dpi=dpi,
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
        normalise(ocr, out)


def text_words(pdf: Path) -> list[str]:
    """The words of a PDF's text layer (pdftotext, reading order), lower case; a line-end
    hyphen joined to the next word, as a reader would."""
    txt = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    txt = re.sub(r"(\w)[-\u00ad\u2010]\n\s*(\w)", r"\1\2", txt)
    return [w for w in re.findall(r"\w+(?:[-–/]\w+)*", txt.lower())]


def wer(ref: list[str], hyp: list[str]) -> float:
    """Word error rate of ``hyp`` against ``ref``: word-level edit distance / len(ref). The
    scan's reading order may differ from the original's in tables, which counts as errors
    too, so this is a rough upper figure."""
    prev = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        cur = [i] + [0] * len(hyp)
        for j, h in enumerate(hyp, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (r != h))
        prev = cur
    return prev[-1] / max(1, len(ref))


def bag_wer(ref: list[str], hyp: list[str]) -> float:
    """Order-free error rate: the share of the original's words (as a multiset) that the
    OCR text does not hold. Not affected by reading order."""
    from collections import Counter

    r, h = Counter(ref), Counter(hyp)
    missing = sum((r - h).values())
    return missing / max(1, sum(r.values()))


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()

