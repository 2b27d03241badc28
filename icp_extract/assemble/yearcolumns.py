"""Columns of one field told apart by a year: the latest year's is the field.

Layout served: web planning systems and registers that print last year's assessment beside
this year's ("Riskvärde 2024" / "Riskvärde 2025"), so a reader sees how a risk moved. Both
headers map to the same field; the header mapping gives it to the leftmost, which is the
earlier year in every such layout seen, and this year's value goes to ``extra``. Columns whose
headers are the same words but for a year (``year_column_min_count`` or more of them) are one
field's columns by year: the latest year's is the current assessment and takes the field, the
others keep their text in ``extra`` as printed ("ny" for a risk new this year included).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from icp_extract.assemble.rows import Table
from icp_extract.settings import Settings
from icp_extract.trace import ACCEPT, Trace

#: A year as printed in a header ("Riskvärde 2025", "Riskvärde 2024/2025" is not one).
_YEAR = re.compile(r"(?<![\d/])((?:19|20)\d\d)(?![\d/])")


def _split_year(header: str) -> tuple[str, int] | None:
    """(the header's words without the year, the year) for a header holding one year."""
    years = _YEAR.findall(header)
    if len(years) != 1:
        return None
    rest = " ".join(_YEAR.sub(" ", header).split()).lower()
    return (rest, int(years[0])) if rest else None


def year_columns(tables: Sequence[Table], *, settings: Settings, trace: Trace) -> list[Table]:
    """Each table with the field of columns that differ only by a year given to the latest."""
    out = []
    for table in tables:
        fields = _latest_year_fields(table.headers, table.fields, settings=settings)
        if fields == table.fields:
            out.append(table)
            continue
        moved = [c for c, (a, b) in enumerate(zip(table.fields, fields, strict=True)) if a != b]
        page = table.pieces[0].page if table.pieces else None
        taker = next(c for c in moved if fields[c] is not None)
        trace.record(
            "assemble", "year_columns", page, ACCEPT,
            f"columns {[table.headers[c] for c in moved]} differ only by a year: the latest, "
            f"{table.headers[taker]!r}, is the {fields[taker]} column",
        )  # fmt: skip
        pieces = [
            dataclasses.replace(
                p, fields=_latest_year_fields(p.headers, p.fields, settings=settings)
            )
            for p in table.pieces
        ]
        out.append(dataclasses.replace(table, fields=fields, pieces=pieces))
    return out


def _latest_year_fields(
    headers: Sequence[str], fields: Sequence[str | None], *, settings: Settings
) -> list[str | None]:
    """The fields of a header row with each field that columns by year share moved to the
    column of the latest year."""
    out = list(fields)
    groups: dict[str, list[tuple[int, int]]] = {}
    for c, header in enumerate(headers):
        split = _split_year(header)
        if split is not None:
            groups.setdefault(split[0], []).append((split[1], c))
    for members in groups.values():
        if len({year for year, _ in members}) < settings.year_column_min_count:
            continue  # one year (or one year twice): not columns by year
        named = [out[c] for _, c in members if out[c] is not None]
        if len(named) != 1:
            continue  # no field, or each column has its own: nothing to move
        latest = max(members)[1]
        for _, c in members:
            out[c] = None
        out[latest] = named[0]
    return out
