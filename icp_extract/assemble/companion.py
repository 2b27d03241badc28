"""A companion table's fields merged into the risks of the table before it, by key.

Layout served: a risk table with a key column ("Nr", "Risk-ID", "Risknr") and no comment
column, followed on its page or the next by a separate small table "Nr | Kommentar" (with
"Följer plan" or other fields at times) whose rows refer to the risks by that key, some
risks having no row there (blind round 25, once per producer: chromium3/pnn2024,
calc3/son2023, word3/fsdn2024). The report ties the two tables only by the key, so rows are
paired by key, never by position: pairing by position goes wrong from the first risk
without a row.

A grid (from :mod:`icp_extract.detect.companion`) is a companion of the nearest risk table
before it when all of these hold, each a rule with its trace record:

- it has no risk column of its own (a table with one is a risk table, read as such);
- one of its headers is a header of that risk table (compared without case or punctuation),
  whose cells there are short, unique keys: the key column;
- every key it holds (``companion_min_key_share``) is a key of the risk table, after
  normalising "1." / "1" / "R01" (case, spaces, closing dot, leading zeros; failing an
  exact match, the numbers alone when they are unique on both sides);
- it gives a field the risk table lacks, or leaves empty in a row it has a key for.

Its other columns then join the risk table: a field the table lacks as a new column (so the
report's ``columns`` gain its headers after the table's own, its key column not again); a
field the table has, only into the rows that left it empty. A row's ``pages`` gain the page
of its companion row, where that part of the record is printed. A grid cut by a page break
(under a repeated header or none) is one companion; a row cut by it goes on in the first
row of the next page's piece, which has no key of its own.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from icp_extract.assemble.rows import Row, Table
from icp_extract.geometry import CellBlock, PageTable
from icp_extract.settings import Settings
from icp_extract.trace import ACCEPT, REJECT, Trace

_SPACE = re.compile(r"\s+")
_NUMBER = re.compile(r"\d+")
_NOT_WORD = re.compile(r"[\W_]+")
_CLOSING = ".:)"
STAGE = "assemble"


@dataclass(frozen=True)
class Companion:
    """One companion grid, its pieces over pages joined: the header as first printed and
    its rows, each with the blocks of every column (one per page it stands on)."""

    headers: tuple[str, ...]
    fields: tuple[str | None, ...]
    pieces: tuple[PageTable, ...]

    @property
    def page(self) -> int:
        return self.pieces[0].page

    def rows(self, key_col: int) -> list[list[list[CellBlock]]]:
        """Rows across the pieces; a piece's first row without a key goes on with the last
        row of the piece before (a row cut by the page break)."""
        rows: list[list[list[CellBlock]]] = []
        for piece in self.pieces:
            for k, seg in enumerate(piece.rows):
                cells = [[b] if b is not None else [] for b in seg.cells]
                if k == 0 and rows and not cells[key_col]:
                    for c, blocks in enumerate(cells):
                        rows[-1][c].extend(blocks)
                else:
                    rows.append(cells)
        return rows


def key_of(text: str) -> str:
    """A key as compared: no case, spaces or closing punctuation, numbers without leading
    zeros ("1." and "1", "R01" and "r1" are one key)."""
    bare = _SPACE.sub("", text).casefold().rstrip(_CLOSING)
    return _NUMBER.sub(lambda m: str(int(m.group())), bare)


def _number_of(key: str) -> str:
    """The numbers of a key alone ("r1" -> "1"), the looser match."""
    return ".".join(_NUMBER.findall(key))


def _header_of(text: str) -> str:
    return _NOT_WORD.sub("", text.casefold())


def _text(blocks: Sequence[CellBlock]) -> str:
    return " ".join(ln for b in blocks for ln in b.lines()).strip()


def _position(piece: PageTable) -> tuple[int, float]:
    return piece.page, piece.top


def link_grids(grids: Sequence[PageTable], tables: Sequence[Table]) -> list[Companion]:
    """Grids joined into companions: a grid with the same header as the one before, at the
    top of the next page, with no risk table between them, goes on with it."""
    starts = sorted(_position(p) for t in tables for p in t.pieces)
    out: list[Companion] = []
    for grid in grids:
        prev = out[-1] if out else None
        if (
            prev is not None
            and grid.headers == list(prev.headers)
            and grid.page == prev.pieces[-1].page + 1
            and not any(_position(prev.pieces[-1]) < s < _position(grid) for s in starts)
        ):
            out[-1] = dataclasses.replace(prev, pieces=(*prev.pieces, grid))
        else:
            out.append(Companion(tuple(grid.headers), tuple(grid.fields), (grid,)))
    return out


def _owner(tables: Sequence[Table], companion: Companion) -> int | None:
    """The risk table the companion follows: the last to start before it."""
    before = [
        (max(_position(p) for p in t.pieces), k)
        for k, t in enumerate(tables)
        if t.pieces and min(_position(p) for p in t.pieces) < _position(companion.pieces[0])
    ]
    return max(before)[1] if before else None


@dataclass(frozen=True)
class _Verdict:
    """Why a companion is not merged, or None."""

    rule: str
    reason: str


def _table_keys(
    table: Table, t: int, header: str, *, settings: Settings
) -> dict[str, int] | _Verdict | None:
    """Row by key of the table's column ``t`` (its rows with a risk), a verdict when the
    column holds no keys, or None when it is empty."""
    risk_col = table.fields.index("risk") if "risk" in table.fields else t
    texts = [_text(row.cells[t]) if _text(row.cells[risk_col]) else "" for row in table.rows]
    keys = [(r, key_of(s)) for r, s in enumerate(texts) if s]
    if not keys:
        return None
    if any(len(s) > settings.companion_max_key_chars for s in texts):
        return _Verdict("companion.key", f"{header!r} holds text, not keys, in the risk table")
    by_key = {k: r for r, k in keys}
    if len(by_key) < len(keys):
        return _Verdict("companion.key", f"{header!r} repeats keys in the risk table")
    return by_key


def _key_column(
    table: Table, companion: Companion, *, settings: Settings
) -> tuple[int, dict[str, int]] | _Verdict:
    """(companion column, table row by key) of the first key column both tables share."""
    for c, header in enumerate(companion.headers):
        for t, h in enumerate(table.headers):
            if h and _header_of(h) == _header_of(header):
                found = _table_keys(table, t, header, settings=settings)
                if isinstance(found, _Verdict):
                    return found
                if found is not None:
                    return c, found
                break
    return _Verdict(
        "companion.key",
        "no header of it is a header of the risk table with keys: "
        + ", ".join(repr(h) for h in companion.headers),
    )


def _pair(
    table_keys: dict[str, int], rows: list[list[list[CellBlock]]], key_col: int
) -> tuple[dict[int, int], list[str]]:
    """(table row -> companion row, companion keys not found): exact keys, failing that the
    numbers alone when they tell the rows apart on both sides."""
    keys = [key_of(_text(r[key_col])) for r in rows]
    lookups = [table_keys]
    loose = {_number_of(k): r for k, r in table_keys.items()}
    if len(loose) == len(table_keys) and len({_number_of(k) for k in keys}) == len(keys):
        lookups.append(loose)
    best: tuple[dict[int, int], list[str]] = ({}, keys)
    for n, lookup in enumerate(lookups):
        paired: dict[int, int] = {}
        missing: list[str] = []
        for i, k in enumerate(keys):
            key = k if n == 0 else _number_of(k)
            if key in lookup and lookup[key] not in paired:
                paired[lookup[key]] = i
            else:
                missing.append(k)
        if len(missing) < len(best[1]):
            best = (paired, missing)
    return best


def _targets(
    table: Table, companion: Companion, key_col: int
) -> tuple[list[str], list[str | None], dict[int, int]]:
    """(the table's headers and fields with the companion's new ones after them, companion
    column -> table column): a field the table has goes into its column, another one (or
    a header without a field that the table does not print) into a new column."""
    headers, fields = list(table.headers), list(table.fields)
    targets: dict[int, int] = {}
    for c, (header, field) in enumerate(zip(companion.headers, companion.fields, strict=True)):
        if c == key_col:
            continue
        same = [
            t
            for t, (h, f) in enumerate(zip(table.headers, table.fields, strict=True))
            if (f == field if field is not None else _header_of(h) == _header_of(header))
        ]
        targets[c] = same[0] if same else len(headers)
        if not same:
            headers.append(header)
            fields.append(field)
    return headers, fields, targets


def _filled_rows(
    table: Table,
    rows: Sequence[list[list[CellBlock]]],
    paired: dict[int, int],
    targets: dict[int, int],
    added: int,
) -> tuple[list[Row], int]:
    """The table's rows with the blocks of their companion rows in the cells they left
    empty (their pages with them), and how many cells were filled."""
    new_rows: list[Row] = []
    filled = 0
    for r, row in enumerate(table.rows):
        cells = [list(blocks) for blocks in row.cells] + [[] for _ in range(added)]
        pages = list(row.pages)
        own = rows[paired[r]] if r in paired else []
        for c, t in targets.items() if own else ():
            if own[c] and not _text(cells[t]):
                cells[t] = list(own[c])
                filled += 1
                pages.extend(w.page for b in own[c] for w in b.words)
        spanning = list(row.spanning) + [False] * added
        new_rows.append(
            dataclasses.replace(row, cells=cells, spanning=spanning, pages=sorted(set(pages)))
        )
    return new_rows, filled


def _merge(
    table: Table, companion: Companion, *, settings: Settings
) -> tuple[Table, str] | _Verdict:
    """The table with the companion's fields in the rows of its keys, and what was merged."""
    if "risk" in companion.fields:
        return _Verdict("companion.risk_column", "it has a risk column: a risk table of its own")
    found = _key_column(table, companion, settings=settings)
    if isinstance(found, _Verdict):
        return found
    key_col, table_keys = found
    rows = [r for r in companion.rows(key_col) if _text(r[key_col])]
    if not rows:
        return _Verdict("companion.keys", "no row of it has a key")
    paired, missing = _pair(table_keys, rows, key_col)
    if len(paired) / len(rows) < settings.companion_min_key_share:
        return _Verdict(
            "companion.keys",
            f"keys {', '.join(missing)} are not keys of the risk table "
            f"({len(paired)} of {len(rows)} are)",
        )
    headers, fields, targets = _targets(table, companion, key_col)
    added = len(headers) - len(table.headers)
    new_rows, filled = _filled_rows(table, rows, paired, targets, added)
    if not filled:
        return _Verdict(
            "companion.fields", "it gives no field the risk table lacks or leaves empty"
        )
    without = [k for k, r in table_keys.items() if r not in paired]
    how = (
        f"{filled} cells by {companion.headers[key_col]!r} into {len(paired)} risks"
        + (f"; no row for {', '.join(without)}" if without else "")
        + f"; new columns: {', '.join(headers[len(table.headers) :]) or 'none'}"
    )
    return dataclasses.replace(table, headers=headers, fields=fields, rows=new_rows), how


def with_companions(
    tables: Sequence[Table], grids: Sequence[PageTable], *, settings: Settings, trace: Trace
) -> list[Table]:
    """The risk tables with the fields of the companion tables that follow them merged in
    by key (see the module's docstring for the rules); every grid accepted or rejected in
    the trace."""
    out = list(tables)
    for companion in link_grids(grids, tables):
        owner = _owner(out, companion)
        if owner is None:
            trace.record(
                STAGE, "companion.owner", companion.page, REJECT, "no risk table stands before it"
            )
            continue
        merged = _merge(out[owner], companion, settings=settings)
        if isinstance(merged, _Verdict):
            trace.record(STAGE, merged.rule, companion.page, REJECT, merged.reason)
            continue
        out[owner], how = merged
        trace.record(
            STAGE,
            "companion.merge",
            companion.page,
            ACCEPT,
            f"a table keyed by the risks' {companion.headers} gives its fields: {how}",
        )
    return out
