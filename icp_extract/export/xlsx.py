"""Excel workbooks: the risks of one or many reports, and the comparison of years.

Auditors read these in Excel or LibreOffice, so the sheets carry Swedish headers, wrapped
text, a frozen header row and an autofilter. Values stay values (risk values are numbers,
texts are the extracted texts exactly); highlighting is done with fills and cell comments,
never by changing what a cell holds, so a filtered or copied cell is still the record.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.cell.text import InlineFont
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from icp_extract.export.files import write_atomic
from icp_extract.export.headers import FIELD_HEADERS, PAGES_HEADER, SEQ_HEADER, SOURCE_HEADER
from icp_extract.model import Report, ReviewItem, Risk, extra_headers

RISKS_SHEET = "Risker"
REPORTS_SHEET = "Rapporter"
COMPARE_SHEET = "Jämförelse"
SUMMARY_SHEET = "Sammanfattning"
WORDS_SHEET = "Ordändringar"

#: Column widths in characters: long texts get room, numbers and letters very little.
WIDTHS: dict[str, float] = {
    "process": 24,
    "context": 30,
    "label": 9,
    "risk": 48,
    "risk_value": 10,
    "probability": 11,
    "consequence": 11,
    "controls": 42,
    "handling": 42,
    "follows_plan": 11,
    "comment": 60,
}
EXTRA_WIDTH = 30
SEQ_WIDTH = 7
COMPARE_MAX_WIDTH = 34
#: Row-height estimate: characters of running text per unit of column width, points per line
#: of 11 pt text, and Excel's largest row height.
CHARS_PER_WIDTH = 1.1
LINE_HEIGHT = 14.5
MAX_ROW_HEIGHT = 409.0
NUMBER_FIELDS = frozenset({"risk_value", "probability", "consequence"})

REPORT_HEADERS = (
    ("Källa", 34),
    ("Nämnd", 26),
    ("År", 8),
    ("Period", 9),
    ("Titel", 60),
    ("Inventerade risker", 12),
    ("Kritiska risker", 10),
    ("Utdragna risker", 10),
    ("Sidor", 7),
    ("SHA-256", 20),
    ("Varningar", 40),
    ("Granska", 40),
)
#: The column that says why a risk needs a second look (empty when nothing is doubtful).
REVIEW_HEADER = "Granska"
REVIEW_WIDTH = 40
#: A flagged field's cell (light yellow); its comment says why.
REVIEW_FILL = PatternFill("solid", fgColor="FFFFF2CC")

# Looks. ARGB colours; fills are light so that text stays readable when printed.
HEADER_FONT = Font(name="Calibri", size=11, bold=True)  # the body's font, in bold
HEADER_FILL = PatternFill("solid", fgColor="FFD9E1F2")
GROUP_FILL = PatternFill("solid", fgColor="FFB4C6E7")
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
HEADER_ALIGN = Alignment(wrap_text=True, vertical="center", horizontal="center")
THIN = Side(style="thin", color="FF808080")
BLOCK_EDGE = Border(left=Side(style="medium", color="FF404040"))

#: Fills marking a comparison: the names are what tests and the README refer to.
FILLS: dict[str, PatternFill] = {
    "changed": PatternFill("solid", fgColor="FFFFEB9C"),  # a changed field (yellow)
    "up": PatternFill("solid", fgColor="FFFFC7CE"),  # risk value raised (red)
    "down": PatternFill("solid", fgColor="FFC6EFCE"),  # risk value lowered (green)
    "added": PatternFill("solid", fgColor="FFDDEBF7"),  # a risk new in the later year (blue)
    "removed": PatternFill("solid", fgColor="FFE7E6E6"),  # a risk gone in the later year (grey)
}
STATUS_TEXT = {
    "unchanged": "Oförändrad",
    "changed": "Ändrad",
    "added": "Tillkommen",
    "removed": "Borttagen",
}
DELETED_FONT = InlineFont(color="FFC00000", strike=True)
INSERTED_FONT = InlineFont(color="FF00803C", b=True, u="single")


def _save(workbook: Workbook, path: Path) -> None:
    buffer = io.BytesIO()
    workbook.save(buffer)
    write_atomic(Path(path), buffer.getvalue())


def _header_row(ws: Worksheet, row: int, headers: Sequence[str], widths: Sequence[float]) -> None:
    for col, (text, width) in enumerate(zip(headers, widths, strict=True), start=1):
        cell = _text_cell(ws.cell(row=row, column=col, value=text))
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = HEADER_ALIGN
        ws.column_dimensions[get_column_letter(col)].width = width


def _finish_table(ws: Worksheet, header_row: int, ncols: int) -> None:
    """Freeze everything above the first data row and filter on the header row; print
    landscape, as wide as the paper, with the header rows on every page."""
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    last = max(ws.max_row, header_row)
    ws.auto_filter.ref = f"A{header_row}:{get_column_letter(ncols)}{last}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = f"1:{header_row}"
    _fit_rows(ws, header_row)


def _fit_rows(ws: Worksheet, first: int) -> None:
    """Give each row the height its longest wrapped cell needs.

    Neither Excel nor LibreOffice reliably grows rows of a generated file when it opens
    it, so the lines are estimated here: a column ``width`` characters wide holds about
    ``CHARS_PER_WIDTH * width`` characters of running text per line.
    """
    widths = {letter: dim.width or 10 for letter, dim in ws.column_dimensions.items() if dim.width}
    for row in ws.iter_rows(min_row=first):
        lines = 1
        for cell in row:
            text = cell.value
            if text is None or isinstance(text, (int, float)):
                continue
            per_line = max(4, int(widths.get(cell.column_letter, 10) * CHARS_PER_WIDTH))
            needed = sum(max(1, -(-len(part) // per_line)) for part in str(text).split("\n"))
            lines = max(lines, needed)
        ws.row_dimensions[row[0].row].height = min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines + 3)


def _put(ws: Worksheet, row: int, column: int, value: Any) -> Cell:
    """A data cell, top-aligned and wrapped. Numbers stay numbers; text stays text even when
    it starts with "=" (openpyxl would otherwise store it as a formula)."""
    cell = _text_cell(ws.cell(row=row, column=column, value=value))
    cell.alignment = WRAP_TOP
    return cell


def _text_cell(cell: Cell) -> Cell:
    """Text stays text: openpyxl would store a string starting with "=" as a formula."""
    if isinstance(cell.value, str) and cell.value.startswith("="):
        cell.data_type = "s"
    return cell


def _pages(risk: Risk) -> str:
    return ", ".join(str(p) for p in risk.pages)


# ------------------------------------------------------------------------------------------
# Risks of one or many reports


def risks_workbook(reports: Sequence[Report]) -> Workbook:
    """The "Risker" sheet (one row per risk, all reports) and "Rapporter" (one per report)."""
    wb = Workbook()
    ws = wb.active
    ws.title = RISKS_SHEET
    extras = extra_headers(reports)
    fields = list(FIELD_HEADERS)
    headers = [SEQ_HEADER] + [FIELD_HEADERS[f] for f in fields] + extras
    headers += [PAGES_HEADER, SOURCE_HEADER, REVIEW_HEADER]
    widths = [SEQ_WIDTH] + [WIDTHS[f] for f in fields] + [EXTRA_WIDTH] * len(extras)
    widths += [8, 30, REVIEW_WIDTH]
    _header_row(ws, 1, headers, widths)
    column_of = {name: n for n, name in enumerate(["seq", *fields, *extras], start=1)}
    row = 1
    for report in reports:
        for risk in report.risks:
            row += 1
            values = [risk.seq] + [getattr(risk, f) for f in fields]
            values += [risk.extra.get(h) for h in extras]
            values += [_pages(risk), report.source.file, _review_text(risk.review)]
            for col, value in enumerate(values, start=1):
                _put(ws, row, col, value)
            _mark_review(ws, row, risk.review, column_of, len(headers))
    _finish_table(ws, 1, len(headers))

    rs = wb.create_sheet(REPORTS_SHEET)
    _header_row(rs, 1, [h for h, _ in REPORT_HEADERS], [w for _, w in REPORT_HEADERS])
    for row, report in enumerate(reports, start=2):
        meta = report.report
        values = [
            report.source.file,
            meta.organ,
            meta.year,
            meta.period,
            meta.title,
            meta.risks_inventoried,
            meta.risks_critical,
            len(report.risks),
            report.source.pages,
            report.source.sha256,
            "; ".join(report.warnings) or None,
            _review_text(report.review),
        ]
        for col, value in enumerate(values, start=1):
            _put(rs, row, col, value)
        if report.review:
            rs.cell(row=row, column=len(values)).fill = REVIEW_FILL
    _finish_table(rs, 1, len(REPORT_HEADERS))
    return wb


def _review_line(item: ReviewItem) -> str:
    where = FIELD_HEADERS.get(item.field, item.field) if item.field else None
    return f"{item.code} ({where}): {item.detail}" if where else f"{item.code}: {item.detail}"


def _review_text(items: Sequence[ReviewItem]) -> str | None:
    """What the Granska column says: each item's code, field and detail, one a line."""
    return "\n".join(_review_line(item) for item in items) or None


def _mark_review(
    ws: Worksheet,
    row: int,
    items: Sequence[ReviewItem],
    column_of: dict[str, int],
    review_column: int,
) -> None:
    """Yellow the cells of flagged fields, each with a comment saying why, and the Granska
    cell. The values stay as they are: a filtered or copied cell is still the record."""
    if not items:
        return
    ws.cell(row=row, column=review_column).fill = REVIEW_FILL
    by_column: dict[int, list[str]] = {}
    for item in items:
        column = column_of.get(item.field or "")
        if column is not None:
            by_column.setdefault(column, []).append(f"{item.code}: {item.detail}")
    for column, notes in by_column.items():
        cell = ws.cell(row=row, column=column)
        cell.fill = REVIEW_FILL
        cell.comment = Comment("\n".join(notes), "icp-extract")


def write_xlsx(reports: Report | Sequence[Report], path: Path) -> None:
    """Write the risks workbook for one report or many (one "Rapporter" row each)."""
    batch = [reports] if isinstance(reports, Report) else list(reports)
    _save(risks_workbook(batch), path)


# ------------------------------------------------------------------------------------------
# Comparison of years
