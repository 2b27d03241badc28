"""The stages in order: read, find tables, assemble rows and risks, normalise, metadata.

Stages do not import each other; they meet here. The normaliser is handed to the table finder
as a function, so header cells ("Risk-" / "värde") are joined by the same rules as body cells.
"""

from __future__ import annotations

import dataclasses
import gc
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from icp_extract.assemble.answers import answer_columns
from icp_extract.assemble.colours import colour_answers, symbol_answers
from icp_extract.assemble.companion import with_companions
from icp_extract.assemble.headings import processes_from_headings
from icp_extract.assemble.incell import labelled_parts
from icp_extract.assemble.marks import mark_answers
from icp_extract.assemble.notes import cell_notes, printed_notes
from icp_extract.assemble.records import on_turned_pages, risk_from_draft
from icp_extract.assemble.risks import drafts_from_table
from icp_extract.assemble.rows import Table, link_tables, table_from_blocks
from icp_extract.assemble.text import head_lines, printed_columns, prose_text, running_lines
from icp_extract.assemble.yearcolumns import year_columns
from icp_extract.detect.blocks import find_blocks, label_of
from icp_extract.detect.companion import find_companion_grids
from icp_extract.detect.finder import find_tables, is_open
from icp_extract.detect.furniture import furniture_lines
from icp_extract.detect.headers import candidate_pages
from icp_extract.detect.sheet import without_sheet_headings
from icp_extract.errors import DamagedPdfError, NoTextLayerError, NotFoundError
from icp_extract.geometry import PageTable, TextLine, group_lines
from icp_extract.metadata import extract_metadata, filled
from icp_extract.model import (
    PageContent,
    Report,
    Risk,
    Source,
    TableGeometry,
)
from icp_extract.normalize import DocumentLexicon, normalize_cell
from icp_extract.read import open_document, sha256_of
from icp_extract.review import with_review
from icp_extract.settings import DEFAULT_SETTINGS, Settings
from icp_extract.trace import ACCEPT, NOTE, Trace

Normalizer = Callable[[Sequence[str]], str]

log = logging.getLogger(__name__)

TEXT_FIELDS = ("process", "context", "risk", "controls", "handling", "comment")
NO_RISK_TABLE = "no risk table found"
UNREADABLE_PAGES = "pages that could not be read"  # a warning's start: ": 3, 7" follows
OCR_PAGES = "pages read from an OCR text layer"  # a warning's start: ": 1, 2" follows
#: Pages read from one document from which the closed document is collected before the
#: analysis: below it the parser's cache is a few MB, and a full collection in a warm
#: process that has not frozen its heap costs 0.1-0.3 s.
COLLECT_MIN_PAGES = 100


def extract(
    path: str | Path,
    *,
    password: str | None = None,
    first_pass: bool = True,
    settings: Settings | Mapping[str, Any] | None = None,
) -> Report:
    """Extract every risk of one follow-up report. Raises only :class:`IcpExtractError`.

    ``settings``: the detector's tolerances (:class:`~icp_extract.settings.Settings`, or a
    dict of its fields); the defaults when None."""
    return analyse_document(
        path, password=password, first_pass=first_pass, settings=settings
    ).report


@dataclass(frozen=True)
class ReportWarning:
    """A warning as data: a stable ``code``, the pages it concerns, and a detail. ``text``
    is the string the report's ``warnings`` carry (kept as it was: results and their
    consumers compare those strings)."""

    code: str  # "unreadable_pages", "no_risk_table", "ocr_text_layer"
    pages: tuple[int, ...] = ()
    detail: str = ""

    @property
    def text(self) -> str:
        if self.code == "unreadable_pages":
            return f"{UNREADABLE_PAGES}: " + ", ".join(map(str, self.pages))
        if self.code == "ocr_text_layer":
            return f"{OCR_PAGES}: " + ", ".join(map(str, self.pages))
        return self.detail


@dataclass(frozen=True)
class Analysis:
    """What one run found: the report, where its table pieces stand, and the trace of every
    decision that led there (for pictures and explanations, never printed)."""

    report: Report
    geometry: tuple[TableGeometry, ...]
    trace: Trace
    warnings: tuple[ReportWarning, ...] = ()


def analyse(
    path: str | Path,
    *,
    password: str | None = None,
    first_pass: bool = True,
    settings: Settings | Mapping[str, Any] | None = None,
) -> tuple[Report, tuple[TableGeometry, ...]]:
    """The report and where its table pieces stand (see :func:`analyse_document`)."""
    found = analyse_document(path, password=password, first_pass=first_pass, settings=settings)
    return found.report, found.geometry


def analyse_document(
    path: str | Path,
    *,
    password: str | None = None,
    first_pass: bool = True,
    settings: Settings | Mapping[str, Any] | None = None,
) -> Analysis:
    """The report, and where its table pieces stand (for pictures that check it).

    ``first_pass``: in documents longer than a few pages, analyse only the pages whose plain
    text looks like a risk table, with their neighbours (a table crossing into a neighbour
    page stays whole), and the pages just before them (title and counts stand there).
    """
    settings = Settings.resolve(settings)
    trace = Trace()
    path = Path(path)
    if not path.is_file():
        raise NotFoundError("no such file" if not path.exists() else "not a file")
    digest = sha256_of(path)
    with open_document(path, password=password, read_tags=True) as doc:
        page_count = doc.page_count
        long = first_pass and page_count > settings.first_pass_min_pages  # short: read whole
        pages = list(
            doc.pages(_pages_to_analyse(doc.quick_texts(), settings=settings) if long else None)
        )
        unreadable = list(doc.unreadable_pages)
        if not any(p.words for p in pages):
            raise _no_words(doc.has_images, page_count, unreadable, bool(pages), settings)
    if len(pages) >= COLLECT_MIN_PAGES:
        # pdfplumber's pages and pdfminer's parser refer to each other, so the closed
        # document (its object cache holds every decoded content stream: 22 MB on a
        # 1,000-page report) waits for a full collection; one now keeps it out of the
        # analysis' peak.
        gc.collect()
    report, pieces, warnings = _analyse(
        path.name, digest, page_count, pages, unreadable, settings=settings, trace=trace
    )
    report = colour_answers(report, [_geometry(t) for t in pieces], pages)
    report = symbol_answers(report, pages)
    report = mark_answers(report)
    report = with_review(report, settings)  # the review stage: what to look at twice
    # The detector's geometry of a page read turned has its columns across the PDF page;
    # pictures of such a page draw the fields' boxes only.
    turned = {p.number for p in pages if p.turn}
    for n in sorted(turned):
        trace.record("read", "turned_page", n, NOTE, "read turned: boxes are not the page's")
    geometry = tuple(_geometry(t) for t in pieces if t.page not in turned)
    return Analysis(report, geometry, trace, warnings)


def _no_words(
    has_images: Callable[[int], bool],
    page_count: int,
    unreadable: list[int],
    any_page: bool,
    settings: Settings,
) -> DamagedPdfError | NoTextLayerError:
    """Why a document gave no word: no page could be read (damaged), or its first pages
    are images (a scan without a text layer) or hold no text at all."""
    if unreadable and not any_page:
        pages_text = ", ".join(map(str, unreadable))
        return DamagedPdfError(f"no page could be read (pages {pages_text})")
    probed = range(1, min(page_count, settings.no_text_probe_pages) + 1)
    scanned = any(has_images(n) for n in probed)
    return NoTextLayerError(
        "no text layer: the pages are images" if scanned else "the PDF holds no text"
    )


def _geometry(t: PageTable) -> TableGeometry:
    return TableGeometry(
        page=t.page,
        bbox=(t.columns[0][0], t.top, t.columns[-1][1], t.bottom),
        header_bottom=t.header_bottom,
        ruled=t.ruled,
        columns=tuple(
            (x0, x1, header, field)
            for (x0, x1), header, field in zip(t.columns, t.headers, t.fields, strict=True)
        ),
        rows=tuple((r.top, r.bottom) for r in t.rows),
    )


def _pages_to_analyse(
    texts: list[str], *, settings: Settings = DEFAULT_SETTINGS
) -> list[int] | None:
    """Pages for the full analysis, or None for all of them."""
    if len(texts) <= settings.first_pass_min_pages:
        return None
    if not any(t.strip() for t in texts):
        return None  # pdfium saw no text: let the full reader decide
    hits = candidate_pages(texts, settings=settings)
    if not hits:
        return list(range(1, settings.pages_before + 2))  # enough for metadata; no table to find
    chosen: set[int] = set()
    for n in hits:
        chosen.update(
            range(max(1, n - settings.pages_before), min(len(texts), n + settings.pages_after) + 1)
        )
    chosen.add(1)  # the cover: a report's title and organ when its follow-up is a chapter
    return sorted(chosen)


def _analyse(
    name: str,
    digest: str,
    page_count: int,
    pages: Sequence[PageContent],
    unreadable: list[int],
    *,
    settings: Settings,
    trace: Trace,
) -> tuple[Report, list[PageTable], tuple[ReportWarning, ...]]:
    """The stages in order: page furniture out, tables found page by page, their rows and
    risks assembled and normalised, metadata read from the text outside the tables."""
    clean = _without_furniture(pages, settings=settings)
    clean, sheet_rows = without_sheet_headings(clean, settings=settings, trace=trace)
    lexicon = DocumentLexicon.from_lines(ln.text for _, lines in clean for ln in lines)

    def normalize(lines: Sequence[str]) -> str:
        return normalize_cell(lines, lexicon)

    pieces = _find_pieces(clean, normalize, settings=settings, trace=trace)
    tables = _assemble_tables(pieces, clean, normalize, settings=settings, trace=trace)
    grids = find_companion_grids(clean, pieces, normalize, settings=settings, trace=trace)
    tables = with_companions(tables, grids, settings=settings, trace=trace)
    if sheet_rows:
        notes = [note for _, lines in clean for note in printed_notes(lines)]
        tables = cell_notes(tables, sheet_rows, notes, settings=settings, trace=trace)
    risks = _risks(tables, pages, normalize, settings=settings, trace=trace)
    prose = prose_text(clean, pieces, normalize, settings=settings, trace=trace)
    head, head_pages = head_lines(clean, pieces, settings=settings)
    meta = extract_metadata(head, prose, normalize, has_table=bool(tables), pages=head_pages)
    if meta.title is None and clean:  # nothing before the table: the running lines hold it
        run_head, run_prose = running_lines(pages[0], clean[0][1], normalize, settings=settings)
        if run_head:
            runs = extract_metadata(run_head, run_prose + "\n" + prose, normalize, bool(tables))
            meta = filled(runs, meta)
            trace.record("metadata", "running_lines", pages[0].number, NOTE,
                         "no line before the table: title and counts read from the running "
                         "header and footer")  # fmt: skip
    warnings = _warnings(unreadable, bool(tables), [p.number for p in pages if p.scanned])
    report = Report(
        source=Source(file=name, sha256=digest, pages=page_count),
        report=meta,
        columns=printed_columns(tables),
        risks=risks,
        warnings=tuple(w.text for w in warnings),
    )
    return report, pieces, warnings


def _risks(
    tables: list[Table],
    pages: Sequence[PageContent],
    normalize: Normalizer,
    *,
    settings: Settings,
    trace: Trace,
) -> tuple[Risk, ...]:
    """Every table's risks, numbered in reading order; boxes on turned pages as drawn."""
    drafts = [
        d
        for i, t in enumerate(tables)
        for d in drafts_from_table(i, t, settings=settings, trace=trace)
    ]
    risks = tuple(risk_from_draft(seq, d, normalize) for seq, d in enumerate(drafts, start=1))
    turned = {p.number: p for p in pages if p.turn}
    if turned:
        risks = tuple(on_turned_pages(r, turned) for r in risks)
    return risks


Clean = list[tuple[PageContent, list[TextLine]]]


def _without_furniture(pages: Sequence[PageContent], *, settings: Settings) -> Clean:
    """Each page with its running headers, footers and page numbers taken out."""
    lined = [(p, group_lines(p.words)) for p in pages]
    clean: Clean = []
    for (page, lines), furniture in zip(
        lined, furniture_lines(lined, settings=settings), strict=True
    ):
        kept = [ln for ln in lines if ln not in furniture]
        words = tuple(w for ln in kept for w in ln.words)
        clean.append((dataclasses.replace(page, words=words), kept))
    return clean


def _find_pieces(
    clean: Clean, normalize: Normalizer, *, settings: Settings, trace: Trace
) -> list[PageTable]:
    """The table pieces of every page; a table running to the foot of a page is handed to
    the next, which may go on with it."""
    pieces: list[PageTable] = []
    open_table: PageTable | None = None
    for page, lines in clean:
        found = find_tables(page, lines, normalize, open_table, settings=settings, trace=trace)
        pieces.extend(found)
        last = found[-1] if found else None
        open_table = last if last is not None and is_open(last, lines, settings=settings) else None
    return pieces


def _assemble_tables(
    pieces: list[PageTable],
    clean: Clean,
    normalize: Normalizer,
    *,
    settings: Settings,
    trace: Trace,
) -> list[Table]:
    """Pieces linked into tables across pages; failing any table, labelled blocks."""
    tables = link_tables(pieces, settings=settings, trace=trace)
    tables = processes_from_headings(tables, _heading_label, settings=settings)
    tables = labelled_parts(tables, _cell_label, settings=settings, trace=trace)
    tables = answer_columns(tables, settings=settings, trace=trace)
    tables = year_columns(tables, settings=settings, trace=trace)
    if not tables:
        records = find_blocks(clean, settings=settings, trace=trace)
        if records:
            trace.record(
                "pipeline",
                "labelled_blocks",
                None,
                ACCEPT,
                f"no table; {len(records)} labelled blocks read as one",
            )
            tables = [table_from_blocks(records, lambda label: normalize([label]))]
    return tables


def _cell_label(line: TextLine, settings: Settings) -> tuple[int, str, str | None] | None:
    """(words the label takes, label, field) when a line in a cell opens with a label."""
    return label_of(line, colon_only=True, settings=settings)


def _heading_label(line: TextLine, settings: Settings) -> tuple[int, str | None] | None:
    """(words the label takes, field) when a heading opens with a label and a colon."""
    found = label_of(line, colon_only=True, settings=settings)
    return (found[0], found[2]) if found is not None else None


def _warnings(
    unreadable: list[int], has_table: bool, scanned: Sequence[int] = ()
) -> tuple[ReportWarning, ...]:
    warnings: list[ReportWarning] = []
    if unreadable:
        warnings.append(ReportWarning("unreadable_pages", tuple(unreadable)))
    if scanned:  # OCR's misreadings stay as read: every value there is worth a look
        warnings.append(ReportWarning("ocr_text_layer", tuple(scanned)))
    if not has_table:
        warnings.append(ReportWarning("no_risk_table", detail=NO_RISK_TABLE))
    return tuple(warnings)
