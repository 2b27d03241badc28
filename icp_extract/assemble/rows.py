"""Rows across page breaks, and cells spanning several rows.

A row cut by a page break continues under the repeated header on the next page; its pieces
are joined here. The first row piece on a page is a continuation unless it shows a row's own
start: a risk value where the previous piece already had one, or a sub-risk label opening the
risk cell; failing those, a cut word ("-" at the end) or a lowercase start says continuation.
A new row beside a cut cell means that cell spans rows: its rest is carried into the new row.
A row of one cell across the whole table that opens with a field's label ("Kommentar: ...")
is that field of the row above, even on the next page; the table gains the column if it
has none.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from icp_extract.assemble.rowkinds import repeats_header
from icp_extract.assemble.values import FOOTNOTE_MARKS
from icp_extract.geometry import BlockRecord, CellBlock, PageTable, RowSegment
from icp_extract.model import Word
from icp_extract.settings import Settings
from icp_extract.trace import ACCEPT, REJECT, Trace

LABEL_START = re.compile(r"^\s*[a-zåäö]\)\s")
LABEL_ANYWHERE = re.compile(r"(^|\s)[a-zåäö]\)\s")
SENTENCE_END = re.compile(r"[.!?:)\"”]\s*$")


@dataclass(frozen=True)
class Row:
    """One logical table row: per column, the blocks of text it holds (one per page).
    Frozen; its lists grow while the row's pieces are joined across page breaks."""

    table: int
    cells: list[list[CellBlock]]
    spanning: list[bool]
    pages: list[int] = field(default_factory=list)

    def lines(self, column: int) -> list[str]:
        return [ln for block in self.cells[column] for ln in block.lines()]


@dataclass(frozen=True)
class Table:
    """A risk table, possibly over several pages, with its header as first printed. Frozen:
    its rows and the process a heading names are set by steps that return a new one."""

    headers: list[str]
    fields: list[str | None]
    pieces: list[PageTable]
    rows: list[Row] = field(default_factory=list)
    #: The process of every row of a table without a process column, from the heading it
    #: stands under (its words, label left out), when the pipeline finds one.
    process_words: list[Word] = field(default_factory=list)


def _text(block: CellBlock | None) -> str:
    return " ".join(block.lines()) if block is not None else ""


# Fields whose cells hold a value, which a heading or footnote row never has.
VALUE_FIELDS = ("risk_value", "probability", "consequence", "follows_plan")


def _text_only(cells: Sequence[Sequence[Word]], fields: Sequence[str | None]) -> list[int]:
    """The columns with words, or [] when the row has none or prints a value."""
    filled = [c for c, words in enumerate(cells) if words]
    return [] if any(fields[c] in VALUE_FIELDS for c in filled) else filled


def is_section_heading(
    cells: Sequence[Sequence[Word]], fields: Sequence[str | None], *, settings: Settings
) -> bool:
    """Whether a row's words (per column) are a heading across the table between groups of
    risks ("Ekonomi", "Information och IT-säkerhet"): one short line in one cell or a few
    neighbouring ones (its words may cross a column edge), no value anywhere, no label."""
    filled = _text_only(cells, fields)
    if not filled or filled != list(range(filled[0], filled[-1] + 1)):
        return False
    words = [w for c in filled for w in cells[c]]
    if len(words) > settings.section_max_words or LABEL_START.match(words[0].text + " "):
        return False
    first = words[0]
    return all(w.page == first.page and abs(w.top - first.top) <= settings.same_line for w in words)


def is_footnote(cells: Sequence[Sequence[Word]], fields: Sequence[str | None]) -> bool:
    """Whether a row's words (per column) are a footnote under the table that an unruled
    table took in ("¹ Socialtjänstlagen ..."): its first word opens with a footnote mark,
    and no value is printed."""
    filled = _text_only(cells, fields)
    if not filled:
        return False
    first = min((w for c in filled for w in cells[c]), key=lambda w: (w.page, w.top, w.x0))
    return first.text[:1] in FOOTNOTE_MARKS


@dataclass(frozen=True)
class _Break:
    """The last row piece before a page break and the first after it, with the columns the
    rules look at."""

    prev: RowSegment
    seg: RowSegment
    fields: Sequence[str | None]
    value_col: int | None
    risk_col: int | None
    own: list[int]  # columns whose cell starts in ``seg``


def _new_value(b: _Break, settings: Settings) -> bool | None:
    """A new risk value where the previous piece had one starts a row, even beside a cell
    cut at the foot of the page: a process cell spanning several risks goes on there."""
    v = b.value_col
    if v is not None and b.seg.cells[v] is not None and b.prev.cells[v] is not None:
        return False
    return None


def _cut_word(b: _Break, settings: Settings) -> bool | None:
    """A word cut at the foot of the page ("-" ends the previous piece): the strongest sign
    that the row goes on."""
    return True if _cut_columns(b.prev, b.seg) else None


def _heading_opens_page(b: _Break, settings: Settings) -> bool | None:
    """A section heading across the table ("Drift och underhåll") heads the next rows: a
    capitalised line over two or more columns, which the text of one cell never is."""
    words = [
        cell.words if cell is not None and not b.seg.spanning[c] else []
        for c, cell in enumerate(b.seg.cells)
    ]
    if (
        sum(1 for ws in words if ws) >= settings.heading_min_columns
        and is_section_heading(words, b.fields, settings=settings)
        and next(w for ws in words for w in ws).text[:1].isupper()
    ):
        return False
    return None


def _sub_risk_labels(b: _Break, settings: Settings) -> bool | None:
    """Labelled sub-risks ("a) ...", "b) ...") across a page break: a label after labelled
    text starts a row; a label after a risk heading that ends mid-sentence goes on (the
    previous piece held only the heading before the label); a piece with no risk text and
    no value of its own goes on."""
    r = b.risk_col
    if r is None:
        return None
    starts_labelled = bool(LABEL_START.match(_text(b.seg.cells[r])))
    prev_risk = _text(b.prev.cells[r])
    if starts_labelled and LABEL_ANYWHERE.search(prev_risk):
        return False
    if starts_labelled and prev_risk and not SENTENCE_END.search(prev_risk):
        return True
    if r not in b.own and (b.value_col is None or b.value_col not in b.own):
        return True
    return None


def _lowercase_start(b: _Break, settings: Settings) -> bool | None:
    """A cell that starts in lowercase after a cell ending mid-sentence goes on."""
    for c in b.own:
        before, after = _text(b.prev.cells[c]), _text(b.seg.cells[c])
        if before and after[:1].islower() and not SENTENCE_END.search(before):
            return True
    return None


#: The rules that decide whether the first row piece on a page continues the row before,
#: in order; the first that decides wins, and a piece none decides starts a row.
CONTINUATION_RULES = (
    _new_value,
    _cut_word,
    _heading_opens_page,
    _sub_risk_labels,
    _lowercase_start,
)


def _is_continuation(
    prev: RowSegment, seg: RowSegment, fields: Sequence[str | None], *, settings: Settings
) -> tuple[bool, str]:
    """Whether the first row piece on a page continues the last row of the page before, and
    the name of the rule that said so."""

    def col(name: str) -> int | None:
        return fields.index(name) if name in fields else None

    own = [c for c, cell in enumerate(seg.cells) if cell is not None and not seg.spanning[c]]
    b = _Break(prev, seg, fields, col("risk_value"), col("risk"), own)
    for rule in CONTINUATION_RULES:
        verdict = rule(b, settings)
        if verdict is not None:
            return verdict, rule.__name__.lstrip("_")
    return False, "no_sign"


def _cut_columns(prev: RowSegment, seg: RowSegment) -> list[int]:
    """Columns whose text the page break cut inside a word: "-" ends the previous piece."""
    return [
        c
        for c, cell in enumerate(seg.cells)
        if cell is not None and not seg.spanning[c] and _text(prev.cells[c]).endswith("-")
    ]


def _same_table(a: PageTable, b: PageTable, *, settings: Settings) -> bool:
    """Whether ``b`` goes on with ``a``: a repeated header row prints the same headers, or
    reworded ones ("Process (forts.)", "Riskv.") over the same columns. Another table may
    map to the same fields, but seldom on the same column edges."""
    if len(a.columns) != len(b.columns) or not (b.page == a.page + 1 or b.page == a.page):
        return False
    if a.headers == b.headers:
        return True
    return a.fields == b.fields and all(
        abs(x - y) <= settings.same_column
        for (a0, a1), (b0, b1) in zip(a.columns, b.columns, strict=True)
        for x, y in ((a0, b0), (a1, b1))
    )


def link_tables(pieces: Sequence[PageTable], *, settings: Settings, trace: Trace) -> list[Table]:
    """Group page pieces into tables: a piece on the next page with the same header continues."""
    tables: list[Table] = []
    for piece in pieces:
        if tables and piece.page != tables[-1].pieces[-1].page:
            if piece.heading is not None:  # a table under a heading of its own starts anew
                why = "it stands under a heading of its own"
            elif not _same_table(tables[-1].pieces[-1], piece, settings=settings):
                why = "its header or columns differ from the table before"
            else:
                trace.record(
                    "assemble",
                    "link.same_table",
                    piece.page,
                    ACCEPT,
                    f"the table of page {tables[-1].pieces[-1].page} goes on here",
                )
                tables[-1].pieces.append(piece)
                continue
            trace.record("assemble", "link.same_table", piece.page, REJECT, f"a new table: {why}")
        # Copies: a labelled row may add a column to the table, not to its pieces.
        tables.append(Table(list(piece.headers), list(piece.fields), [piece]))
    return [
        dataclasses.replace(
            table, rows=_assemble_rows(index, table, settings=settings, trace=trace)
        )
        for index, table in enumerate(tables)
    ]


def _join_piece(row: Row, seg: RowSegment) -> None:
    """A row piece after a page break into the row it continues; a spanning cell the row
    already holds is not added again."""
    for c, cell in enumerate(seg.cells):
        if cell is not None and not (seg.spanning[c] and row.cells[c]):
            row.cells[c].append(cell)
    if seg.page not in row.pages:
        row.pages.append(seg.page)


def _new_row(index: int, table: Table, seg: RowSegment) -> Row:
    added = len(table.fields) - len(seg.cells)  # columns labelled rows added
    return Row(
        table=index,
        cells=[[cell] if cell is not None else [] for cell in seg.cells]
        + [[] for _ in range(added)],
        spanning=list(seg.spanning) + [False] * added,
        pages=[seg.page],
    )


def _goes_on(
    rows: list[Row],
    last: RowSegment | None,
    seg: RowSegment,
    table: Table,
    *,
    settings: Settings,
    trace: Trace,
) -> bool:
    """Whether the first row piece on a page continues the row before (traced)."""
    if not rows or last is None:
        return False
    verdict, rule = _is_continuation(last, seg, table.fields, settings=settings)
    trace.record(
        "assemble",
        f"row_continuation.{rule}",
        seg.page,
        ACCEPT if verdict else REJECT,
        "the first row on the page goes on with the last of the page before"
        if verdict
        else "the first row on the page starts a row of its own",
    )
    return verdict


def _assemble_rows(index: int, table: Table, *, settings: Settings, trace: Trace) -> list[Row]:
    """The table's rows from its pieces' row segments: labelled rows go to the row above,
    the first piece on a page may continue the row before (and carry cut cells)."""
    rows: list[Row] = []
    last: RowSegment | None = None
    for p, piece in enumerate(table.pieces):
        filled = [seg for seg in piece.rows if any(seg.cells)]
        if p > 0:
            filled = _without_repeated_header(filled, table, settings=settings, trace=trace)
        for s, seg in enumerate(filled):
            if seg.label is not None and rows:
                _add_labelled_row(table, rows, seg, *seg.label)
                continue
            first_on_page = s == 0 and p > 0  # the first row piece with text
            if first_on_page and _goes_on(rows, last, seg, table, settings=settings, trace=trace):
                _join_piece(rows[-1], seg)
            else:
                row = _new_row(index, table, seg)
                if first_on_page and last is not None:
                    _carry_cut_cells(rows, row, last, seg, table.fields)
                rows.append(row)
            last = seg
    return rows


def _without_repeated_header(
    segs: list[RowSegment], table: Table, *, settings: Settings, trace: Trace
) -> list[RowSegment]:
    """A continued page's row pieces without a first one that repeats the table's header
    (the finder went on with the open table and took the repeated header for a row): a
    row cut by the page break goes on with the piece after it."""
    if not segs:
        return segs
    first = segs[0]
    texts = [_text(cell) for cell in first.cells]
    spanning = {c for c, span in enumerate(first.spanning) if span}
    if not repeats_header(texts, spanning, table.headers, settings=settings):
        return segs
    trace.record(
        "assemble", "repeated_header_row", first.page, ACCEPT,
        "the page's first row repeats the table's header: left out",
    )  # fmt: skip
    return segs[1:]


def _add_labelled_row(
    table: Table, rows: list[Row], seg: RowSegment, header: str, fld: str
) -> None:
    """Add a row of one cell across the table that opens with a label ("Kommentar:") to the
    field it names in the row above; the table gains the column if it has none."""
    if fld in table.fields:
        column = table.fields.index(fld)
    else:
        table.headers.append(header)
        table.fields.append(fld)
        for row in rows:
            row.cells.append([])
            row.spanning.append(False)
        column = len(table.fields) - 1
    text = seg.cells[0]
    if text is not None and text.words:
        row = rows[-1]
        row.cells[column].append(CellBlock(column, seg.top, seg.bottom, text.words))
        if seg.page not in row.pages:
            row.pages.append(seg.page)


def _carry_cut_cells(
    rows: list[Row],
    row: Row,
    prev: RowSegment,
    seg: RowSegment,
    fields: Sequence[str | None],
) -> None:
    """A new row under the repeated header beside a cell the page break cut: that cell spans
    rows and goes on here. Its rest joins the rows it stood in, and the new row carries it.
    Only a cell that can span rows (the process cell, or one already spanning) is carried;
    another column's text in the new row is that row's own."""
    for c in _cut_columns(prev, seg):
        if not (prev.spanning[c] or fields[c] == "process"):
            continue
        cut_block, rest = prev.cells[c], seg.cells[c]
        if cut_block is None or rest is None:
            continue
        for earlier in rows:
            if earlier.cells[c] and earlier.cells[c][-1] is cut_block:
                earlier.cells[c].append(rest)
                if not earlier.spanning[c] and seg.page not in earlier.pages:
                    earlier.pages.append(seg.page)
        row.cells[c] = [*rows[-1].cells[c]] if rows else [rest]
        row.spanning[c] = True


def _record_cells(record: BlockRecord, headers: list[str]) -> list[list[CellBlock]]:
    """A labelled block's values as cells under its labels' columns. Words of one value may
    cross a page: split per page to keep lines apart."""
    cells: list[list[CellBlock]] = [[] for _ in headers]
    for label, words in zip(record.labels, record.words, strict=True):
        if not words:
            continue
        c = headers.index(label)
        top, bottom = min(w.top for w in words), max(w.bottom for w in words)
        for page in sorted({w.page for w in words}):
            on_page = [w for w in words if w.page == page]
            cells[c].append(CellBlock(c, top, bottom, on_page))
    return cells


def _block_columns(records: Sequence[BlockRecord]) -> tuple[list[str], list[str | None]]:
    """A column per label wording, in order of first use; a first column of no printed
    header for the process when section headings name it and no label does."""
    headers: list[str] = []
    fields: list[str | None] = []
    for record in records:
        for label, fld in zip(record.labels, record.fields, strict=True):
            if label not in headers:
                headers.append(label)
                fields.append(fld)
    if "process" not in fields and any(r.heading for r in records):
        headers.insert(0, "")
        fields.insert(0, "process")
    return headers, fields


def table_from_blocks(
    records: Sequence[BlockRecord], clean_label: Callable[[str], str] = str
) -> Table:
    """Labelled blocks as one table: a column per label wording, a row per record.
    ``clean_label`` gives the header of a label as printed ("Kom\u00admen\u00adtar" with a
    web page's soft hyphens is "Kommentar"), as a table's header cells are normalised."""
    headers, fields = _block_columns(records)
    headed = headers[:1] == [""]
    table = Table([clean_label(h) if h else h for h in headers], fields, [])
    for record in records:
        pages = sorted({w.page for ws in record.words for w in ws})
        cells = _record_cells(record, headers)
        if headed and record.heading:
            words = record.heading
            top, bottom = min(w.top for w in words), max(w.bottom for w in words)
            cells[0] = [CellBlock(0, top, bottom, words)]
        table.rows.append(Row(0, cells, [False] * len(headers), pages))
    return table
