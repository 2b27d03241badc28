"""Value columns named by what they print, where their headers cannot be read.

Layout served: narrow Sannolikhet / Konsekvens / Riskvärde columns whose headers are turned
90° to fit, in a scan (ptn2025 in scan3): OCR reads the turned header text as junk ("2? =
213", "£ 24"), so the header mapping names none of the three and their numbers went to
``extra``. What the cells print names them instead: in every row the third is the product of
the first two (3, 3, 9; 2, 4, 8), which is how a risk value is made from its probability and
consequence. A run of three unnamed columns does so in every filled row, or it is left alone.
"""

from __future__ import annotations

import dataclasses
import re

from icp_extract.detect.common import table_box
from icp_extract.geometry import PageTable
from icp_extract.settings import Settings
from icp_extract.trace import ACCEPT, Trace

#: The fields a value run is named with, in its order.
VALUE_FIELDS = ("probability", "consequence", "risk_value")
#: A cell holding one whole number and nothing else.
_NUMBER = re.compile(r"^\d{1,2}$")


def _numbers(table: PageTable, first: int) -> list[tuple[int, int, int]] | None:
    """The three numbers of each row with text in columns ``first``..``first + 2``; None
    when a filled row prints anything else there."""
    found = []
    for row in table.rows:
        texts = []
        for c in range(first, first + len(VALUE_FIELDS)):
            cell = row.cells[c] if c < len(row.cells) else None
            texts.append(" ".join(w.text for w in cell.words).strip() if cell else "")
        if not any(texts):
            continue
        if not all(_NUMBER.match(t) for t in texts):
            return None
        a, b, c = (int(t) for t in texts)
        found.append((a, b, c))
    return found


def _product_run(numbers: list[tuple[int, int, int]], *, settings: Settings) -> bool:
    """Whether rows of numbers read as probability, consequence and their product: enough
    rows, each on the scale and a × b = c, and not every row 1, 1, 1."""
    top = settings.value_columns_max_scale
    return (
        len(numbers) >= settings.value_columns_min_rows
        and all(1 <= a <= top and 1 <= b <= top and a * b == c for a, b, c in numbers)
        and any(a > 1 and b > 1 for a, b, _ in numbers)
    )


def name_value_columns(table: PageTable, *, settings: Settings, trace: Trace) -> PageTable:
    """The table with a run of three unnamed columns that print probability, consequence
    and their product named so (traced); unchanged when its header names any of the three
    or no run prints them."""
    if any(f in table.fields for f in VALUE_FIELDS):
        return table
    width = len(VALUE_FIELDS)
    for first in range(len(table.fields) - width + 1):
        if any(table.fields[first + k] is not None for k in range(width)):
            continue
        numbers = _numbers(table, first)
        if numbers is None or not _product_run(numbers, settings=settings):
            continue
        fields = list(table.fields)
        fields[first : first + width] = VALUE_FIELDS
        trace.record(
            "detect",
            "value_columns",
            table.page,
            ACCEPT,
            f"columns {first + 1}-{first + width} print a, b and a × b in all "
            f"{len(numbers)} filled rows: probability, consequence, risk value "
            f"(headers read {table.headers[first : first + width]!r})",
            bbox=table_box(table),
        )
        return dataclasses.replace(table, fields=fields)
    return table
