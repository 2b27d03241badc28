"""CSV that is safe to open in a spreadsheet, in two dialects.

Spreadsheets run a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula (and some
treat a leading tab or carriage return the same way), so a report whose text starts so could
run code on an auditor's machine. Every CSV cell that starts with one of them gets a ``'``
in front, as OWASP recommends against CSV injection: a spreadsheet then shows the text, and
the ``'`` tells a reader the cell was neutralised. This touches CSV only; JSON and Parquet
keep the text exactly as printed, and the workbooks store text as text.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import IO, Any

from icp_extract.export.headers import swedish

#: Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: What goes in front of such a cell.
NEUTRALISER = "'"


def neutralise(value: Any) -> Any:
    """``value`` with a ``'`` in front when it is text a spreadsheet would run."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return NEUTRALISER + value
    return value


def restore(value: str) -> str:
    """The text :func:`neutralise` was given (for reading back a CSV this module wrote)."""
    if value.startswith(NEUTRALISER) and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


@dataclass(frozen=True)
class CsvDialect:
    """How a CSV is written. ``swedish``: Swedish headers, as the workbooks have them, and a
    risk's pages as "2, 3", which Swedish Excel keeps as text (it reads "2,3" as 2.3)."""

    delimiter: str = ","
    encoding: str = "utf-8"
    swedish: bool = False

    @property
    def pages_sep(self) -> str:
        return ", " if self.swedish else ","


#: The default: comma-separated UTF-8, English (contract) column names.
PLAIN = CsvDialect()
#: ``--excel-sv``: semicolons and a byte order mark, so Swedish Excel opens it by a double click.
EXCEL_SV = CsvDialect(delimiter=";", encoding="utf-8-sig", swedish=True)


def dialect(excel_sv: bool) -> CsvDialect:
    return EXCEL_SV if excel_sv else PLAIN


class SafeWriter:
    """Rows of dicts to CSV, every cell (headers too) through :func:`neutralise`.

    Lines end in "\n"; Python's csv module then quotes a cell holding "\n" but not one
    holding a bare "\r", which readers take for a line end, so a row with one is written
    with every cell quoted."""

    def __init__(self, fh: IO[str], columns: Sequence[str], kind: CsvDialect = PLAIN) -> None:
        self.columns = tuple(columns)
        self._writer = csv.writer(fh, delimiter=kind.delimiter, lineterminator="\n")
        self._quoted = csv.writer(
            fh, delimiter=kind.delimiter, lineterminator="\n", quoting=csv.QUOTE_ALL
        )
        headers = [swedish(c) for c in self.columns] if kind.swedish else list(self.columns)
        self._write([neutralise(h) for h in headers])

    def writerow(self, row: Mapping[str, Any]) -> None:
        cells = []
        for name in self.columns:
            value = row.get(name)
            cells.append("" if value is None else neutralise(value))
        self._write(cells)

    def _write(self, cells: list[Any]) -> None:
        if any(isinstance(c, str) and "\r" in c for c in cells):
            self._quoted.writerow(cells)
        else:
            self._writer.writerow(cells)
