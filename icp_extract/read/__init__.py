"""Reading PDFs: the only part of icp-extract that imports pdfplumber or pypdfium2."""

from __future__ import annotations

from icp_extract.read.pdf import Document, open_document, sha256_of

__all__ = ["Document", "open_document", "sha256_of"]
