"""Stacked sub-risk values: one value per labelled sub-risk, stacked in one cell.

Layout served: a row whose risk cell holds sub-risks "a) ...", "b) ..." and whose value
cells (Riskvärde, Sannolikhet, Konsekvens, Följer plan / Status) print one value per
sub-risk in the same order, top to bottom ("9" over "6", "Ja" over "Ja, delvis"), as web
planning systems print them and the report's prose may explain. Each sub-risk gets its own
value; a cell with one value gives it to every sub-risk (the caller's default).
"""

from __future__ import annotations

from collections.abc import Callable

from icp_extract.assemble.values import parse_follows_plan, parse_int
from icp_extract.geometry import TextLine

#: The fields whose cells may stack one value per sub-risk, each with the reader that says
#: whether a piece of the cell is a value of that field.
STACKABLE: dict[str, Callable[[str], object]] = {
    "risk_value": parse_int,
    "probability": parse_int,
    "consequence": parse_int,
    "follows_plan": parse_follows_plan,
}


def _items(lines: list[TextLine]) -> list[list[TextLine]]:
    """The cell's lines as values: a value starts on a line that opens with a capital or a
    digit; a line in lowercase goes on with the value above (a wrapped "Delvis genom-" /
    "förd", "Ja, med av-" / "vikelse")."""
    items: list[list[TextLine]] = []
    for ln in lines:
        first = ln.text.lstrip()[:1]
        if items and not (first.isupper() or first.isdigit()):
            items[-1].append(ln)
        else:
            items.append([ln])
    return items


def stacked_values(field: str, lines: list[TextLine], parts: int) -> list[list[TextLine]] | None:
    """The cell's values, one per sub-risk in order, when it stacks exactly ``parts`` values
    that each read as a value of ``field``; otherwise None (the cell is one value, or its
    pieces are no values: "12" over "Hög" is a value and its level)."""
    reader = STACKABLE.get(field)
    if reader is None:
        return None
    items = _items(lines)
    if len(items) != parts:
        return None
    # Soft hyphens (Chromium) are break points, not letters; the normaliser joins the
    # words later, the reader only asks whether each piece is a value.
    texts = [" ".join(ln.text for ln in item).replace("\u00ad", "") for item in items]
    if any(reader(text) is None for text in texts):
        return None
    return items
