"""The reader: words as printed, also where the text is turned."""

from __future__ import annotations

from pathlib import Path

from pdfgen import turned_text_pdf

from icp_extract.read import open_document


def test_turned_header_words_read_in_their_own_direction(tmp_path: Path) -> None:
    """This test ensures that text turned a quarter turn (narrow header cells print
    "Sannolikhet" up the cell) is read as whole words in reading order, both ways round,
    next to upright text."""
    pdf = tmp_path / "turned.pdf"
    pdf.write_bytes(turned_text_pdf("Risk och kontroll", "Sannolikhet", "Konsekvens"))
    with open_document(pdf) as document:
        page = document.page(1)
    assert page is not None
    texts = sorted(w.text for w in page.words)
    assert texts == ["Konsekvens", "Risk", "Sannolikhet", "kontroll", "och"]
    turned = next(w for w in page.words if w.text == "Sannolikhet")
    assert turned.bottom - turned.top > turned.x1 - turned.x0  # stands up the page
