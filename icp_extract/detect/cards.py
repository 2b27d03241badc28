"""Labelled records set side by side: one reading stream per column of cards.

Layout served: web planning systems that print each risk as a card (a box holding "Risk",
"Riskvärde", "Kontroll" ... labels with their values) and set the cards two or more to a row
(CSS flex-wrap, a grid of tiles). Read across the page, the left and the right card mix line
by line ("Risk Risk att ... Risk Risk att ..."). Where labels stand again and again at one x
inside the lines, after a gutter, and those labels by themselves make risk records, that x
is the edge of a column of cards: each line is cut there, each side read on its own, and the
records put back in reading order (a row of cards left to right, then the next row).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from icp_extract.detect.headers import is_risk_header
from icp_extract.geometry import BlockRecord, TextLine, group_lines
from icp_extract.model import Word
from icp_extract.settings import Settings
from icp_extract.trace import ACCEPT, Trace

#: (words the label takes, label, field) when a line opens with a label (blocks.label_of).
LabelReader = Callable[[TextLine], "tuple[int, str, str | None] | None"]


def _inner_labels(
    lines: list[TextLine], label_of: LabelReader, settings: Settings
) -> list[tuple[float, str | None]]:
    """(x, field) of every label standing inside a line after a gutter."""
    out = []
    for ln in lines:
        words = ln.words
        for i in range(1, len(words)):
            if words[i].x0 - words[i - 1].x1 < settings.card_gutter:
                continue
            found = label_of(TextLine(words[i:]))
            if found is not None:
                out.append((words[i].x0, found[2]))
    return out


def card_edges(lines: list[TextLine], label_of: LabelReader, *, settings: Settings) -> list[float]:
    """The x of each column of cards after the first, left to right; [] for one column.

    An edge is an x where at least ``card_min_labels`` labels stand inside the lines after a
    gutter of ``card_gutter`` points, whose fields by themselves make a risk record's header
    (a record's own labels set two to a line, "Sannolikhet: 3   Konsekvens: 4", do not)."""
    inner = _inner_labels(lines, label_of, settings)
    edges: list[float] = []
    counts = Counter(round(x / settings.same_column) for x, _ in inner)
    for key, count in counts.most_common():
        if count < settings.card_min_labels:
            break
        at = [(x, f) for x, f in inner if abs(round(x / settings.same_column) - key) <= 1]
        edge = min(x for x, _ in at)
        if any(abs(edge - e) <= settings.same_column for e in edges):
            continue
        if is_risk_header([f for _, f in at]):
            edges.append(edge)
    return sorted(edges)


def _side(word: Word, edges: list[float], settings: Settings) -> int:
    return sum(1 for e in edges if word.x0 >= e - settings.same_column)


def _cut(line: TextLine, edges: list[float], settings: Settings) -> list[list[Word]] | None:
    """A line's words per column of cards, or None when a word runs across an edge's
    gutter (a line of prose over the cards)."""
    parts: list[list[Word]] = [[] for _ in range(len(edges) + 1)]
    for w in line.words:
        side = _side(w, edges, settings)
        if side < len(edges) and w.x1 > edges[side] - settings.card_gutter:
            return None
        parts[side].append(w)
    return parts


def card_streams(
    lines: list[TextLine], label_of: LabelReader, *, settings: Settings, trace: Trace
) -> list[list[TextLine]]:
    """A page's lines as reading streams: one per column of cards (a line across the
    columns goes with the first), or the page's lines as they are when the records are not
    set side by side."""
    edges = card_edges(lines, label_of, settings=settings)
    if not edges:
        return [lines]
    streams: list[list[Word]] = [[] for _ in range(len(edges) + 1)]
    for ln in lines:
        parts = _cut(ln, edges, settings)
        if parts is None:
            streams[0].extend(ln.words)
            continue
        for stream, part in zip(streams, parts, strict=True):
            stream.extend(part)
    page = lines[0].page
    trace.record(
        "detect", "cards.columns", page, ACCEPT,
        f"labels stand again at x {', '.join(f'{e:.0f}' for e in edges)} inside the lines: "
        f"{len(edges) + 1} columns of records side by side, each read on its own",
    )  # fmt: skip
    return [group_lines(words) for words in streams if words]


def reading_order(records: list[BlockRecord], *, settings: Settings) -> list[BlockRecord]:
    """Records read column by column put back in reading order: by their tops, records
    whose tops stand within ``same_line`` points (a row of cards) left to right."""

    def where(record: BlockRecord) -> tuple[float, float]:
        words = [w for ws in record.words for w in ws] + list(record.heading)
        if not words:
            return (0.0, 0.0)
        return (min(w.top for w in words), min(w.x0 for w in words))

    placed = sorted(((where(r), k) for k, r in enumerate(records)), key=lambda p: p[0][0])
    rows: list[list[tuple[tuple[float, float], int]]] = []
    for item in placed:
        if rows and item[0][0] - rows[-1][0][0][0] <= settings.same_line:
            rows[-1].append(item)
        else:
            rows.append([item])
    return [records[k] for row in rows for _, k in sorted(row, key=lambda p: p[0][1])]
