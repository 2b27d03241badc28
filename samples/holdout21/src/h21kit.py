"""What the twenty-first holdout set adds to the shared kit (``../../build/holdout_kit.py``,
``holdout_model.py``, ``holdout_fodt.py``, ``holdout_ext.py``, all unchanged):

- ``H21Table``: the extension's ``ExtTable`` with ``repeat_header``; False writes the header
  row as the table's first ordinary row (not in ``table:table-header-rows``), so a table
  that runs onto the next page goes on there **without** its header (``H21Writer``).
- **page content turned without /Rotate** (``turn_pdf``): a document whose ``extra_info``
  holds ``{"turn": True}`` is typeset in landscape, measured as built (upright), and then
  each page's content is wrapped in ``0 1 -1 0 H 0 cm`` (H the landscape page's height)
  inside a portrait MediaBox [0 0 H W] with no /Rotate entry, as some print-to-PDF drivers
  write it: a reader shows the page sideways. The turned file is rewritten canonically
  (``canonical_pdf``), and ``check_turned`` asserts that it has the same pages and the same
  characters as the upright one, every character with ``upright=False`` and no page with a
  rotation. The expected records and their pages come from the upright build (the text is
  the same); ``source.sha256`` is that of the turned file.

``main`` is the extension's ``main`` with this writer and this measuring; LibreOffice's
profile and the temporary files go to ``WORK``.
"""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import holdout_ext as ext
import pdfplumber
from build_samples import canonical_pdf
from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.generic import NameObject, RectangleObject

WORK = Path("/tmp/h21work")  # LibreOffice profile and temporary files


@dataclass
class H21Table(ext.ExtTable):
    #: False: the header row is not repeated on the next page (an ordinary first row)
    repeat_header: bool = True


class H21Writer(ext.ExtWriter):
    def head_row(self, t, row: str, headers: list) -> str:
        xml = super().head_row(t, row, headers)
        if getattr(t, "repeat_header", True):
            return xml
        return (xml.replace("<table:table-header-rows>", "", 1)
                .replace("</table:table-header-rows>", "", 1))


def turn_pdf(data: bytes) -> bytes:
    """Every landscape page's content drawn turned 90° on a portrait MediaBox, no /Rotate."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for page in writer.pages:
        box = page.mediabox
        assert (float(box.left), float(box.bottom)) == (0.0, 0.0)
        w, h = float(box.width), float(box.height)
        assert w > h and "/Rotate" not in page, "expected an upright landscape page"
        page.add_transformation(Transformation((0, 1, -1, 0, h, 0)))
        page.mediabox = RectangleObject([0, 0, h, w])
        for name in ("/CropBox", "/BleedBox", "/TrimBox", "/ArtBox"):
            if name in page:
                del page[name]
    pages = writer.root_object["/Pages"]  # the inherited box too, as a driver writes it
    if "/MediaBox" in pages:
        box = pages["/MediaBox"]
        pages[NameObject("/MediaBox")] = RectangleObject([0, 0, box[3], box[2]])
    buf = io.BytesIO()
    writer.write(buf)
    return canonical_pdf(buf.getvalue())


def check_turned(upright: bytes, turned: Path) -> None:
    """The turned file: same pages and characters, all not upright, portrait, no rotation."""
    assert not any("/Rotate" in pg for pg in PdfReader(turned).pages), "a /Rotate entry"
    with pdfplumber.open(io.BytesIO(upright)) as a, pdfplumber.open(turned) as b:
        assert len(a.pages) == len(b.pages)
        for pa, pb in zip(a.pages, b.pages, strict=True):
            assert pb.rotation == 0 and pb.width < pb.height
            assert (round(pb.width, 1), round(pb.height, 1)) == \
                (round(pa.height, 1), round(pa.width, 1))
            assert pb.chars and not any(c["upright"] for c in pb.chars)
            assert Counter(c["text"] for c in pa.chars) == Counter(c["text"] for c in pb.chars)


def measure(doc, pdf_path: Path):
    """The extension's measuring; then, for a document to be turned, the turning."""
    result = ext.measure(doc, pdf_path)
    if (doc.extra_info or {}).get("turn"):
        upright = pdf_path.read_bytes()
        pdf_path.write_bytes(turn_pdf(upright))
        check_turned(upright, pdf_path)
    return result


def main(here: Path, doc_factories: list, description: str, argv=None) -> int:
    """The extension's ``main`` with this writer and this measuring."""
    return ext.main(here, doc_factories, description, argv, about=__doc__, writer=H21Writer,
                    measure_pdf=measure, work=WORK)
