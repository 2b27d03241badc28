"""A ruled grid whose header row cannot be read: columns from the rules, fields from the cells.

Layout served: a 1-bit scan of a Word table whose header row was white text on a dark fill
(snno2025 in scan6). The scan turns the header into a solid black band: OCR reads some of
its words or none, the column rules inside the band vanish in the fill, so no header site
gives a grid whose header names a risk column. The body below is an ordinary ruled grid.

When the finder found no table on a page, this unit reads the page's longest grid of column
rules, takes its first row as the header (the words OCR read there name what they can), and
gives each column no header named a field from what its cells hold, as a person would: a
column of "Risk att ..." sentences is the risk; small integers are probability, consequence
and risk value (the column equal to the product of two others is the value); Ja / Nej /
Delvis is follows plan; short names left of the risk are the process; long sentences right
of the risk are controls, then comment, in the order a follow-up table prints them (a
guess, said so in the trace). Such a table's headers stay empty where nothing was read, and
the review flags every record of it (``columns_inferred``): no header confirms the reading.

A grid whose header names a risk column is no concern of this unit (the ruled strategy reads
it); nor is a grid under no prose about risks, or one whose cells give no risk column.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from icp_extract.detect.cells import ruled_body
from icp_extract.detect.common import (
    Normalizer,
    cluster,
    column_of,
    covered_share,
    fields_text,
    h_rule_ys,
    header_texts,
    record_accepted,
)
from icp_extract.detect.headers import is_risk_header, map_headers
from icp_extract.geometry import PageTable, TextLine, group_lines
from icp_extract.lang.sv.headers import (
    FOLLOWS_PLAN_VALUES,
    NEITHER_STATES,
    RISK_SENTENCE,
    RISK_WORD,
)
from icp_extract.model import PageContent, Rule
from icp_extract.settings import Settings
from icp_extract.trace import ACCEPT, CANDIDATE, NOTE, REJECT, Trace

_INTEGER = re.compile(r"^\d{1,3}$")
#: Fields given by order (sentences right of the risk column), in the order printed.
_SENTENCE_FIELDS = ("controls", "comment")


def _rule_pieces(
    page: PageContent, *, settings: Settings
) -> dict[float, list[tuple[float, float]]]:
    """Each column rule's x and its stretches down the page, pieces joined across gaps up
    to ``headless_rule_gap`` (a 1-bit scan's rules break where the straightened image
    steps)."""
    verticals = [r for r in page.rules if not r.horizontal]
    out: dict[float, list[tuple[float, float]]] = {}
    for x in cluster([(r.x0 + r.x1) / 2 for r in verticals], settings.snap):
        pieces = sorted(
            (r.top, r.bottom) for r in verticals if abs((r.x0 + r.x1) / 2 - x) <= settings.snap
        )
        joined: list[list[float]] = []
        for a, b in pieces:
            if joined and a - joined[-1][1] <= settings.headless_rule_gap:
                joined[-1][1] = max(joined[-1][1], b)
            else:
                joined.append([a, b])
        out[x] = [(a, b) for a, b in joined]
    return out


def _grid(page: PageContent, *, settings: Settings) -> tuple[list[float], float, float] | None:
    """(column rule xs, top, bottom) of the page's tallest grid of column rules: the
    longest stretch of one rule, and the rules that cover ``headless_rule_cover`` of it."""
    pieces = _rule_pieces(page, settings=settings)
    stretches = [s for ps in pieces.values() for s in ps]
    if not stretches:
        return None
    top, bottom = max(stretches, key=lambda s: s[1] - s[0])
    height = bottom - top

    def cover(ps: list[tuple[float, float]]) -> float:
        return sum(max(0.0, min(b, bottom) - max(a, top)) for a, b in ps) / max(height, 1.0)

    xs = [x for x, ps in pieces.items() if cover(ps) >= settings.headless_rule_cover]
    if len(xs) < settings.min_ruled_boundaries:
        return None
    inside = [(a, b) for x in xs for a, b in pieces[x] if b > top and a < bottom]
    return sorted(xs), min(a for a, _ in inside), max(b for _, b in inside)


def _row_edges(
    rules: Sequence[Rule], xs: list[float], top: float, bottom: float, *, settings: Settings
) -> tuple[list[float], dict]:
    """Heights of the rules across the grid (its top and bottom included), and the
    horizontal rules by height."""
    hys = h_rule_ys(rules, xs[0], xs[-1], top, bottom, settings=settings)
    ys = [
        y
        for y, iv in hys.items()
        if covered_share(iv, xs[0], xs[-1]) >= settings.spanning_rule_share
        and top + settings.snap < y < bottom - settings.snap
    ]
    return [top, *sorted(ys), bottom], hys


def _cells(
    page: PageContent, columns: list[tuple[float, float]], edges: list[float], *, settings: Settings
) -> list[list[str]]:
    """The text of each body row's cells (rows between the rules under the header row)."""
    rows: list[list[str]] = []
    for a, b in zip(edges[1:], edges[2:], strict=False):
        texts = []
        for c in range(len(columns)):
            words = [
                w
                for w in page.words
                if a <= w.ymid <= b and column_of(w.xmid, columns, settings=settings) == c
            ]
            texts.append(" ".join(ln.text for ln in group_lines(words)).strip())
        rows.append(texts)
    return rows


def _share(cells: Sequence[str], test) -> float:
    filled = [c for c in cells if c]
    return sum(1 for c in filled if test(c)) / len(filled) if filled else 0.0


def _is_answer(text: str) -> bool:
    key = " ".join(text.lower().replace(".", " ").split())
    return key in FOLLOWS_PLAN_VALUES or key in NEITHER_STATES


def _is_name(text: str, *, settings: Settings) -> bool:
    return (
        len(text.split()) <= settings.headless_name_words
        and text[:1].isupper()
        and not text.endswith(".")
        and not RISK_SENTENCE.match(text)
    )


def _products(ints: dict[int, list[int | None]], free: set[str]) -> tuple[int, int, int] | None:
    """(probability, consequence, value) columns: the value equals the product of the two
    others in every row that has all three, the factors in printed order."""
    if not {"probability", "consequence", "risk_value"} <= free:
        return None
    for k in ints:
        for i in ints:
            for j in ints:
                if not i < j or k in (i, j):
                    continue
                rows = [
                    (p, q, v)
                    for p, q, v in zip(ints[i], ints[j], ints[k], strict=True)
                    if p is not None and q is not None and v is not None
                ]
                if rows and all(p * q == v for p, q, v in rows):
                    return i, j, k
    return None


class _Columns:
    """The columns of a headless grid while their fields are inferred: the fields so far,
    the columns still open, and the reason given for each field (for the trace)."""

    def __init__(self, rows: list[list[str]], fields: list[str | None], settings: Settings) -> None:
        self.fields = list(fields)
        self.why: list[str] = []
        self.cells = [[row[c] for row in rows] for c in range(len(fields))]
        self.open = [c for c in range(len(fields)) if fields[c] is None and any(self.cells[c])]
        self.settings = settings
        self.share = settings.headless_cell_share

    def give(self, c: int, field: str, reason: str) -> None:
        """Column ``c`` holds ``field``: it is no longer open."""
        self.fields[c] = field
        self.open.remove(c)
        self.why.append(f"column {c + 1} -> {field}: {reason}")

    def first_open(
        self, test: Callable[[str], object], *, left_of: int | None = None
    ) -> int | None:
        """The first open column (left of ``left_of`` if given) whose cells pass ``test``
        in the share the settings ask."""
        for c in self.open:
            if left_of is not None and c >= left_of:
                continue
            if _share(self.cells[c], test) >= self.share:
                return c
        return None


def _infer_risk(cols: _Columns) -> None:
    """Decides the risk column: the first whose cells open as risks do."""
    if "risk" in cols.fields:
        return
    c = cols.first_open(RISK_SENTENCE.match)
    if c is not None:
        cols.give(c, "risk", 'its cells open as risks do ("Risk att ...")')


def _infer_scores(cols: _Columns) -> None:
    """Decides the probability, consequence and value columns among the integer columns."""
    ints: dict[int, list[int | None]] = {}
    for c in cols.open:
        if _share(cols.cells[c], _INTEGER.match) >= 1.0:
            ints[c] = [int(t) if _INTEGER.match(t) else None for t in cols.cells[c]]
    free = {"probability", "consequence", "risk_value"} - set(cols.fields)
    triple = _products(ints, free)
    if triple is not None:
        for c, field in zip(triple, ("probability", "consequence", "risk_value"), strict=True):
            cols.give(c, field, "small integers; the value column is the product of the other two")
        return
    limit = cols.settings.headless_max_value
    small = [c for c in ints if max(v or 0 for v in ints[c]) <= limit]
    if len(small) == 1 and "risk_value" in free:
        cols.give(small[0], "risk_value", "the one column of small integers")


def _infer_answers(cols: _Columns) -> None:
    """Decides the follows-plan column: the first whose cells are Ja / Nej / Delvis."""
    if "follows_plan" in cols.fields:
        return
    c = cols.first_open(_is_answer)
    if c is not None:
        cols.give(c, "follows_plan", "its cells are follows-plan answers (Ja / Nej / Delvis)")


def _infer_process(cols: _Columns, risk_col: int) -> None:
    """Decides the process column: the first of short names left of the risk column."""
    if "process" in cols.fields:
        return
    settings = cols.settings
    c = cols.first_open(lambda t: _is_name(t, settings=settings), left_of=risk_col)
    if c is not None:
        cols.give(c, "process", "short names left of the risk column")


def _infer_sentences(cols: _Columns, risk_col: int) -> None:
    """Decides the sentence columns right of the risk column, by printed order."""
    sentence_fields = [f for f in _SENTENCE_FIELDS if f not in cols.fields]
    for c in list(cols.open):
        filled = [t for t in cols.cells[c] if t]
        if c < risk_col or not sentence_fields or not filled:
            continue
        words = sum(len(t.split()) for t in filled) / len(filled)
        if words >= cols.settings.headless_sentence_words:
            field = sentence_fields.pop(0)
            cols.give(c, field, "sentences right of the risk column: the field by printed order "
                      "(controls, then comment), a guess")  # fmt: skip


def infer_fields(
    rows: list[list[str]], fields: list[str | None], *, settings: Settings
) -> tuple[list[str | None], list[str]]:
    """Fields for the columns no header named, from what their cells hold; with one line of
    reasoning per column given a field (for the trace)."""
    cols = _Columns(rows, fields, settings)
    _infer_risk(cols)
    _infer_scores(cols)
    _infer_answers(cols)
    if "risk" not in cols.fields:
        return cols.fields, cols.why
    risk_col = cols.fields.index("risk")
    _infer_process(cols, risk_col)
    _infer_sentences(cols, risk_col)
    return cols.fields, cols.why


def _talks_of_risks(lines: Sequence[TextLine], top: float) -> bool:
    return any(ln.bottom <= top and RISK_WORD.search(ln.text) for ln in lines)


def find_headless(
    page: PageContent,
    lines: Sequence[TextLine],
    normalize: Normalizer,
    *,
    settings: Settings,
    trace: Trace,
) -> PageTable | None:
    """The page's ruled grid read without its header (see the module's docstring), or None.
    Called only for a page on which no header site gave a table."""
    grid = _grid(page, settings=settings)
    if grid is None:
        return None
    xs, top, bottom = grid
    columns = list(zip(xs, xs[1:], strict=False))
    box = (xs[0], top, xs[-1], bottom)
    edges, hys = _row_edges(page.rules, xs, top, bottom, settings=settings)
    if len(edges) - 2 < settings.headless_min_rows:
        trace.record(
            "detect", "headless.rows", page.number, REJECT,
            f"{len(edges) - 2} rows under the grid's first row; a table needs "
            f"{settings.headless_min_rows}",
            bbox=box, shape=CANDIDATE,
        )  # fmt: skip
        return None
    header_bottom = edges[1]
    headers = header_texts(page.words, columns, top, header_bottom, normalize, settings=settings)
    named = map_headers(headers, settings=settings)
    if is_risk_header(named):
        trace.record(
            "detect", "headless.header", page.number, REJECT,
            "the grid's header reads as a risk table's; the ruled strategy reads such a grid",
            bbox=box, shape=CANDIDATE,
        )  # fmt: skip
        return None
    if not _talks_of_risks(lines, top):
        trace.record(
            "detect", "headless.prose", page.number, REJECT,
            "no prose above the grid speaks of risks", bbox=box, shape=CANDIDATE,
        )  # fmt: skip
        return None
    rows = _cells(page, columns, edges, settings=settings)
    fields, why = infer_fields(rows, named, settings=settings)
    if "risk" not in fields or sum(f is not None for f in fields) < settings.headless_min_fields:
        trace.record(
            "detect", "headless.fields", page.number, REJECT,
            "the grid's cells give no risk column with two columns beside it: "
            + fields_text(headers, fields),
            bbox=box, shape=CANDIDATE,
        )  # fmt: skip
        return None
    for line in why:
        trace.record("detect", "headless.column", page.number, NOTE, line, bbox=box)
    # A column given its field from its cells keeps no header: what OCR read there (if
    # anything) did not name it.
    headers = [
        h if named[c] is not None or fields[c] is None else "" for c, h in enumerate(headers)
    ]
    table = PageTable(page.number, columns, headers, fields, top, header_bottom, bottom, True)
    table = ruled_body(page, table, hys, settings=settings)
    header_words = [
        w for w in page.words if top <= w.ymid <= header_bottom and xs[0] <= w.xmid <= xs[-1]
    ]
    table = PageTable(
        table.page, table.columns, table.headers, table.fields, table.top,
        table.header_bottom, table.bottom, table.ruled, table.rows, header_words,
    )  # fmt: skip
    record_accepted(trace, "headless.grid", table, "a grid with no readable header")
    trace.record(
        "detect", "headless.inferred", page.number, ACCEPT,
        "the fields of columns no header names were read from their cells; "
        "every record is flagged columns_inferred",
        bbox=box,
    )  # fmt: skip
    return table
