"""Tiny PDFs written byte by byte, for inputs no word processor would make on purpose."""

from __future__ import annotations

import zlib


def pdf_from_objects(objects: list[bytes]) -> bytes:
    """A PDF of the numbered ``objects`` (1 the catalog), with its xref table and trailer."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _stream(data: bytes, extra: str = "") -> bytes:
    return f"<< /Length {len(data)} {extra}>>\nstream\n".encode() + data + b"\nendstream"


def _helvetica_page(content: bytes) -> bytes:
    """One A4 page drawn by ``content``, with Helvetica as font /F1."""
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            _stream(content),
        ]
    )


def text_pdf(lines: list[str]) -> bytes:
    """One A4 page of Helvetica text lines (Latin-1 only)."""
    ops = ["BT /F1 11 Tf 72 770 Td 14 TL"]
    for line in lines:
        esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({esc}) Tj T*")
    ops.append("ET")
    content = "\n".join(ops).encode("latin-1")
    return _helvetica_page(content)


def turned_text_pdf(upright: str, up: str, down: str) -> bytes:
    """One A4 page: ``upright`` text, ``up`` turned a quarter counter-clockwise (read from
    the bottom up, as narrow table headers print), ``down`` turned clockwise."""

    def esc(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = [
        f"BT /F1 9 Tf 1 0 0 1 72 770 Tm ({esc(upright)}) Tj ET",
        f"BT /F1 9 Tf 0 1 -1 0 200 600 Tm ({esc(up)}) Tj ET",
        f"BT /F1 9 Tf 0 -1 1 0 260 700 Tm ({esc(down)}) Tj ET",
    ]
    content = "\n".join(ops).encode("latin-1")
    return _helvetica_page(content)


def turned_page_pdf(lines: list[str], upward: bool = True) -> bytes:
    """One portrait A4 page whose text lines are all drawn turned a quarter (as a landscape
    page a "print to PDF" driver turns without setting /Rotate): read from the bottom up when
    ``upward``, from the top down otherwise."""

    def esc(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = []
    for k, line in enumerate(lines):
        if upward:  # line k of the landscape page stands k lines to the right
            ops.append(f"BT /F1 10 Tf 0 1 -1 0 {60 + 14 * k} 60 Tm ({esc(line)}) Tj ET")
        else:
            ops.append(f"BT /F1 10 Tf 0 -1 1 0 {535 - 14 * k} 780 Tm ({esc(line)}) Tj ET")
    return _helvetica_page("\n".join(ops).encode("latin-1"))


def image_only_pdf() -> bytes:
    """One page holding only a grey image, as a scanner makes them: no text layer."""
    w = h = 64
    pixels = zlib.compress(bytes([(x ^ y) & 0xFF for y in range(h) for x in range(w)]))
    image = _stream(
        pixels,
        f"/Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray "
        "/BitsPerComponent 8 /Filter /FlateDecode ",
    )
    content = b"q 500 0 0 700 47 70 cm /Im1 Do Q"
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
            image,
            _stream(content),
        ]
    )
