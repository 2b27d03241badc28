"""Page images, for people checking an extraction (``icp-extract inspect``).

pdfium draws the page as a viewer shows it: ``/Rotate`` applied, cropped to the CropBox. The
image is then exactly ``scale`` times the page size that pdfplumber reports, so a box in the
JSON's points (origin top left) becomes pixels by multiplying by ``scale``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image

from icp_extract.errors import DamagedPdfError, EncryptedPdfError


@dataclass(frozen=True)
class PageImage:
    number: int  # from 1
    width: float  # page size in points, as displayed (after /Rotate)
    height: float
    scale: float  # pixels per point
    image: Image.Image


def _open(path: Path, password: str | None) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise EncryptedPdfError("the PDF is encrypted") from exc
        raise DamagedPdfError(f"the PDF cannot be rendered ({exc})") from exc


def page_count(path: str | Path, *, password: str | None = None) -> int:
    doc = _open(Path(path), password)
    try:
        return len(doc)
    finally:
        doc.close()


def render_pages(
    path: str | Path,
    numbers: Iterable[int] | None = None,
    *,
    scale: float = 2.0,
    password: str | None = None,
) -> Iterator[PageImage]:
    """RGB images of the pages ``numbers`` (1-based; all pages by default), in that order."""
    doc = _open(Path(path), password)
    try:
        wanted = list(numbers) if numbers is not None else list(range(1, len(doc) + 1))
        for number in wanted:
            page = doc[number - 1]
            try:
                width, height = page.get_size()
                bitmap = page.render(scale=scale, may_draw_forms=True)
                image = bitmap.to_pil().convert("RGB")
                size = (round(width * scale), round(height * scale))
                if image.size != size:  # pdfium rounds up by a pixel at some scales
                    image = image.resize(size)
                yield PageImage(number, float(width), float(height), scale, image)
            except pdfium.PdfiumError as exc:
                raise DamagedPdfError(f"page {number} cannot be rendered ({exc})") from exc
            finally:
                page.close()
    finally:
        doc.close()
