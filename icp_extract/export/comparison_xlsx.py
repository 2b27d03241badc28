"""The comparison workbook: years side by side, what changed, and the word changes.

Split out of ``xlsx.py``, which writes the risks workbook and holds the styles both use.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.comments import Comment
from openpyxl.styles import PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from icp_extract.compare import Comparison, Match
from icp_extract.export.headers import FIELD_HEADERS, PAGES_HEADER, SEQ_HEADER
from icp_extract.export.xlsx import (
    BLOCK_EDGE,
    COMPARE_MAX_WIDTH,
    COMPARE_SHEET,
    DELETED_FONT,
    EXTRA_WIDTH,
    FILLS,
    GROUP_FILL,
    HEADER_ALIGN,
    HEADER_FONT,
    INSERTED_FONT,
    NUMBER_FIELDS,
    STATUS_TEXT,
    SUMMARY_SHEET,
    WIDTHS,
    WORDS_SHEET,
    _finish_table,
    _header_row,
    _pages,
    _put,
    _save,
)
from icp_extract.model import Report, Risk, extra_headers


def _side_title(report: Report) -> str:
    meta = report.report
    name = " ".join(str(v) for v in (meta.organ, meta.year) if v) or report.source.file
    return f"{name} ({report.source.file})"


def _year(report: Report, index: int) -> str:
    return str(report.report.year) if report.report.year else f"#{index + 1}"


def _used_fields(reports: Sequence[Report]) -> list[str]:
    """Fields that hold a value in at least one input (empty columns only widen the sheet)."""
    risks = [r for report in reports for r in report.risks]
    return [f for f in FIELD_HEADERS if any(getattr(r, f) is not None for r in risks)]


def lineages(
    reports: Sequence[Report], comparisons: Sequence[Comparison]
) -> list[list[int | None]]:
    """Rows of the comparison sheet: per row, the seq of the risk in each input (or None).

    A risk and its matches in later years share a row. Rows follow the first input's order;
    a risk that is new in a later year goes after the row of the risk printed before it in
    that year (and after any rows of risks removed there), so each year's block reads in
    that year's order from top to bottom.
    """
    rows: list[list[int | None]] = [[r.seq] + [None] * (len(reports) - 1) for r in reports[0].risks]
    for k, comparison in enumerate(comparisons, start=1):
        following = {m.a_seq: m.b_seq for m in comparison.matched}
        for row in rows:
            before = row[k - 1]
            if before is not None:
                row[k] = following.get(before)
        last = -1  # index of the row of the previous risk of year k
        for risk in reports[k].risks:
            found = next((i for i, row in enumerate(rows) if row[k] == risk.seq), None)
            if found is None:
                found = last + 1
                while found < len(rows) and all(v is None for v in rows[found][k:]):
                    found += 1  # a risk gone by this year: the new one comes after it
                rows.insert(found, [None] * k + [risk.seq] + [None] * (len(reports) - k - 1))
            last = found
    return rows


def _diff_text(words: Sequence[Sequence[str]]) -> CellRichText:
    parts: list[TextBlock | str] = []
    for n, (op, text) in enumerate(words):
        sep = " " if n else ""
        if op == "=":
            parts.append(sep + text)
        else:
            if sep:
                parts.append(sep)
            parts.append(TextBlock(DELETED_FONT if op == "-" else INSERTED_FONT, text))
    return CellRichText(parts)


def _change_note(field: str, diff: dict[str, Any]) -> str:
    name = FIELD_HEADERS.get(field, field)
    if field in NUMBER_FIELDS:
        arrow = {"up": " ↑", "down": " ↓"}.get(diff.get("direction") or "", "")
        return f"{name}{arrow} ({diff['a']}→{diff['b']})"
    return name


@dataclass(frozen=True)
class _Layout:
    """The comparison sheet's columns: a status and a changes column per pair of years, then
    one block per year (seq, the used fields, the extra headers, pages)."""

    years: list[str]
    fields: list[str]
    extras: list[str]
    pair_cols: int

    @property
    def block(self) -> list[str]:
        return [SEQ_HEADER] + [FIELD_HEADERS[f] for f in self.fields] + self.extras + [PAGES_HEADER]

    @property
    def names(self) -> list[str]:
        """Each block column's field name, as the match's diff knows it."""
        return ["seq", *self.fields] + [f"extra:{h}" for h in self.extras] + ["pages"]

    def first(self, i: int) -> int:
        """The first column of year ``i``'s block."""
        return self.pair_cols + 1 + i * len(self.block)


@dataclass(frozen=True)
class _Lookups:
    """The comparisons indexed for the rows: risks by seq per year, and per pair the matches
    by later seq, the added later seqs and the removed earlier seqs."""

    by_seq: list[dict[int, Risk]]
    matches: list[dict[int, Match]]
    added: list[set[int]]
    removed: list[set[int]]

    @classmethod
    def of(cls, reports: Sequence[Report], comparisons: Sequence[Comparison]) -> _Lookups:
        return cls(
            by_seq=[{r.seq: r for r in rep.risks} for rep in reports],
            matches=[{m.b_seq: m for m in c.matched} for c in comparisons],
            added=[{a.b_seq for a in c.added} for c in comparisons],
            removed=[{r.a_seq for r in c.removed} for c in comparisons],
        )


def comparison_workbook(reports: Sequence[Report], comparisons: Sequence[Comparison]) -> Workbook:
    """ "Jämförelse" (one block of columns per year), "Sammanfattning" and "Ordändringar"."""
    wb = Workbook()
    ws = wb.active
    ws.title = COMPARE_SHEET
    layout = _Layout(
        years=[_year(r, i) for i, r in enumerate(reports)],
        fields=_used_fields(reports),
        extras=extra_headers(reports),
        pair_cols=2 * len(comparisons),
    )
    headers = _compare_header(ws, layout, reports)
    found = _Lookups.of(reports, comparisons)
    for n, seqs in enumerate(lineages(reports, comparisons), start=3):
        for k in range(len(comparisons)):
            _status_cells(ws, n, k, seqs[k], seqs[k + 1], found)
        for i, seq in enumerate(seqs):
            ws.cell(row=n, column=layout.first(i)).border = BLOCK_EDGE
            if seq is not None:
                _risk_cells(ws, n, i, seqs, layout, found)
    _finish_table(ws, 2, len(headers))
    ws.freeze_panes = ws.cell(row=3, column=layout.pair_cols + 2)

    _summary_sheet(wb.create_sheet(SUMMARY_SHEET), reports, comparisons, layout.years)
    _words_sheet(wb.create_sheet(WORDS_SHEET), comparisons, layout.years)
    return wb


def _compare_header(ws: Worksheet, layout: _Layout, reports: Sequence[Report]) -> list[str]:
    """Row 2, the column headers, with the widths; row 1 above it, "Jämförelse" over the
    status columns and each year's title over its block. Returns the headers."""
    # Narrower than on "Risker": two or more blocks must fit side by side.
    block_widths = [7] + [min(WIDTHS[f], COMPARE_MAX_WIDTH) for f in layout.fields]
    block_widths += [EXTRA_WIDTH] * len(layout.extras) + [7]
    headers: list[str] = []
    widths: list[float] = []
    for k in range(layout.pair_cols // 2):
        step = f"{layout.years[k]}→{layout.years[k + 1]}"
        headers += [f"Status {step}", f"Ändringar {step}"]
        widths += [14, 24]
    for year in layout.years:
        headers += [f"{h} {year}" if h == SEQ_HEADER else h for h in layout.block]
        widths += block_widths
    _header_row(ws, 2, headers, widths)
    ws.cell(row=1, column=1, value="Jämförelse").font = HEADER_FONT
    ws.cell(row=1, column=1).fill = GROUP_FILL
    if layout.pair_cols > 1:
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=layout.pair_cols)
    width = len(layout.block)
    for i, report in enumerate(reports):
        first = layout.first(i)
        cell = ws.cell(row=1, column=first, value=_side_title(report))
        cell.font, cell.fill, cell.alignment = HEADER_FONT, GROUP_FILL, HEADER_ALIGN
        ws.merge_cells(start_row=1, start_column=first, end_row=1, end_column=first + width - 1)
        for row in (1, 2):
            ws.cell(row=row, column=first).border = BLOCK_EDGE
    return headers


def _pair_status(
    k: int, a_seq: int | None, b_seq: int | None, found: _Lookups
) -> tuple[str | None, str]:
    """(status, notes) of one row for the pair of years ``k`` and ``k + 1``: the later
    risk matched (changed or not, with the changed fields), added, or the earlier one
    removed; None when the row has no risk in either year of the pair."""
    if b_seq is not None and b_seq in found.matches[k]:
        m = found.matches[k][b_seq]
        notes = "; ".join(_change_note(f, m.diff[f]) for f in m.changed)
        return ("changed" if m.changed else "unchanged"), notes
    if b_seq is not None and b_seq in found.added[k]:
        return "added", ""
    if a_seq is not None and a_seq in found.removed[k]:
        return "removed", ""
    return None, ""


def _status_cells(
    ws: Worksheet, n: int, k: int, a_seq: int | None, b_seq: int | None, found: _Lookups
) -> None:
    """Row ``n``'s status and changes columns for the pair of years ``k`` and ``k + 1``."""
    status, notes = _pair_status(k, a_seq, b_seq, found)
    if status:
        cell = _put(ws, n, 2 * k + 1, STATUS_TEXT[status])
        if status != "unchanged":
            cell.fill = FILLS[status]
    _put(ws, n, 2 * k + 2, notes or None)


def _row_fill(i: int, seqs: Sequence[int | None], found: _Lookups) -> PatternFill | None:
    """The fill of a whole block: a risk added this year (none the year before) or removed
    the year after (none the year after)."""
    seq = seqs[i]
    fill = None
    if i > 0 and seqs[i - 1] is None and seq in found.added[i - 1]:
        fill = FILLS["added"]
    if i + 1 < len(seqs) and seqs[i + 1] is None and seq in found.removed[i]:
        fill = FILLS["removed"]
    return fill


def _risk_cells(
    ws: Worksheet, n: int, i: int, seqs: Sequence[int | None], layout: _Layout, found: _Lookups
) -> None:
    """Row ``n``'s block of year ``i``: the risk's values, the block's fill, and on each
    changed cell the change's colour with the earlier year's value as a comment."""
    seq = seqs[i]
    assert seq is not None
    risk = found.by_seq[i][seq]
    values = [risk.seq] + [getattr(risk, f) for f in layout.fields]
    values += [risk.extra.get(h) for h in layout.extras] + [_pages(risk)]
    fill = _row_fill(i, seqs, found)
    match = found.matches[i - 1].get(seq) if i > 0 else None
    first = layout.first(i)
    for j, (name, value) in enumerate(zip(layout.names, values, strict=True)):
        cell = _put(ws, n, first + j, value)
        if j == 0:
            cell.border = BLOCK_EDGE
        if fill is not None:
            cell.fill = fill
        if match is not None:
            _mark_change(cell, name, match, layout.years[i - 1])


def _mark_change(cell: Cell, name: str, match: Match, year_before: str) -> None:
    """Colour a cell whose field changed (up, down or changed) and note the value it had."""
    changed = _changed_field(name, match)
    if not changed:
        return
    d = match.diff[changed]
    direction = d.get("direction") if changed in NUMBER_FIELDS else None
    cell.fill = FILLS.get(direction or "changed", FILLS["changed"])
    before = d["a"] if changed != "extra" else d["a"].get(name.removeprefix("extra:"))
    shown = "—" if before is None else before
    cell.comment = Comment(f"{year_before}: {shown}", "icp-extract")


def _changed_field(name: str, match: Match) -> str | None:
    """The changed field a cell of column ``name`` shows, if it changed."""
    if name in match.changed:
        return name
    if name.startswith("extra:") and "extra" in match.changed:
        header, extra = name.removeprefix("extra:"), match.diff["extra"]
        return "extra" if extra["a"].get(header) != extra["b"].get(header) else None
    return None


SUMMARY_HEADERS = (
    ("Från", 30),
    ("Till", 30),
    ("Oförändrade", 12),
    ("Ändrade", 10),
    ("Tillkomna", 10),
    ("Borttagna", 10),
    ("Riskvärde upp", 10),
    ("Riskvärde ned", 10),
    ("Följer plan ändrad", 12),
    ("Risktext ändrad", 12),
)


def summary_counts(comparison: Comparison) -> list[int]:
    """The counts of one row of the summary sheet, in :data:`SUMMARY_HEADERS` order."""
    changed = [m for m in comparison.matched if m.changed]

    def direction(d: str) -> int:
        return sum(1 for m in changed if m.diff.get("risk_value", {}).get("direction") == d)

    return [
        len(comparison.matched) - len(changed),
        len(changed),
        len(comparison.added),
        len(comparison.removed),
        direction("up"),
        direction("down"),
        sum(1 for m in changed if "follows_plan" in m.changed),
        sum(1 for m in changed if "risk" in m.changed),
    ]


def _summary_sheet(
    ws: Worksheet, reports: Sequence[Report], comparisons: Sequence[Comparison], years: list[str]
) -> None:
    _header_row(ws, 1, [h for h, _ in SUMMARY_HEADERS], [w for _, w in SUMMARY_HEADERS])
    for k, comparison in enumerate(comparisons):
        row = k + 2
        values = [_side_title(reports[k]), _side_title(reports[k + 1]), *summary_counts(comparison)]
        for col, value in enumerate(values, start=1):
            _put(ws, row, col, value)
    _finish_table(ws, 1, len(SUMMARY_HEADERS))


WORDS_HEADERS = (
    ("Från", 8),
    ("Till", 8),
    ("Löpnr från", 8),
    ("Löpnr till", 8),
    ("Fält", 14),
    ("Före", 50),
    ("Efter", 50),
    ("Ändring ord för ord", 60),
)


def _words_sheet(ws: Worksheet, comparisons: Sequence[Comparison], years: list[str]) -> None:
    """Every changed text field with a word-level diff: struck red words out, green words in."""
    _header_row(ws, 1, [h for h, _ in WORDS_HEADERS], [w for _, w in WORDS_HEADERS])
    row = 1
    for k, comparison in enumerate(comparisons):
        for m in comparison.matched:
            for field in m.changed:
                d = m.diff[field]
                if "words" not in d:
                    continue
                row += 1
                values: list[Any] = [
                    years[k], years[k + 1], m.a_seq, m.b_seq, FIELD_HEADERS.get(field, field),
                    d["a"], d["b"], _diff_text(d["words"]),
                ]  # fmt: skip
                for col, value in enumerate(values, start=1):
                    _put(ws, row, col, value)
    _finish_table(ws, 1, len(WORDS_HEADERS))


def write_comparison_xlsx(
    reports: Sequence[Report], comparisons: Sequence[Comparison], path: Path
) -> None:
    _save(comparison_workbook(reports, comparisons), path)
