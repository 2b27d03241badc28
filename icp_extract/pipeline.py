"""The stages in order: read, find tables, assemble rows and risks, normalise, metadata.

Stages do not import each other; they meet here. The normaliser is handed to the table finder
as a function, so header cells ("Risk-" / "värde") are joined by the same rules as body cells.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from pathlib import Path

from icp_extract.assemble.risks import FieldText, RiskDraft, drafts_from_table
from icp_extract.assemble.rows import Table, link_tables, table_from_blocks
from icp_extract.assemble.values import parse_follows_plan, parse_int, parse_s_k
from icp_extract.detect.blocks import find_blocks, label_of
from icp_extract.detect.furniture import furniture_lines
from icp_extract.detect.headers import candidate_pages
from icp_extract.detect.tables import PageTable, find_tables, is_open
from icp_extract.errors import DamagedPdfError, NoTextLayerError, NotFoundError
from icp_extract.geometry import TextLine, group_lines, line_pitch, prose_reading_order
from icp_extract.metadata import extract_metadata
from icp_extract.model import (
    Column,
    PageContent,
    Provenance,
    Report,
    Risk,
    Source,
    TableGeometry,
)
from icp_extract.normalize import DocumentLexicon, normalize_cell
from icp_extract.read import open_document, sha256_of

log = logging.getLogger(__name__)

TEXT_FIELDS = ("process", "context", "risk", "controls", "handling", "comment")
NO_RISK_TABLE = "no risk table found"
UNREADABLE_PAGES = "pages that could not be read"  # a warning's start: ": 3, 7" follows
# First pass: documents up to this many pages are analysed whole.
FIRST_PASS_MIN_PAGES = 6
PAGES_BEFORE = 2  # the report's title and counted prose stand before its table
PARAGRAPH_GAP = 1.4  # line pitches between two paragraphs of prose
SAME_SIZE = 0.3  # font sizes (points) this close are one size
PAGES_AFTER = 1  # a table crossing into the next page without a repeated header


def extract(path: str | Path, *, password: str | None = None, first_pass: bool = True) -> Report:
    """Extract every risk of one follow-up report. Raises only :class:`IcpExtractError`."""
    return analyse(path, password=password, first_pass=first_pass)[0]


def analyse(
    path: str | Path, *, password: str | None = None, first_pass: bool = True
) -> tuple[Report, tuple[TableGeometry, ...]]:
    """The report, and where its table pieces stand (for pictures that check it).

    ``first_pass``: in documents longer than a few pages, analyse only the pages whose plain
    text looks like a risk table, with their neighbours (a table crossing into a neighbour
    page stays whole), and the pages just before them (title and counts stand there).
    """
    path = Path(path)
    if not path.is_file():
        raise NotFoundError("no such file" if not path.exists() else "not a file")
    digest = sha256_of(path)
    with open_document(path, password=password) as doc:
        page_count = doc.page_count
        long = first_pass and page_count > FIRST_PASS_MIN_PAGES  # short ones are read whole
        pages = list(doc.pages(_pages_to_analyse(doc.quick_texts()) if long else None))
        unreadable = list(doc.unreadable_pages)
        if not any(p.words for p in pages):
            if unreadable and not pages:
                pages_text = ", ".join(map(str, unreadable))
                raise DamagedPdfError(f"no page could be read (pages {pages_text})")
            scanned = any(doc.has_images(n) for n in range(1, min(page_count, 5) + 1))
            raise NoTextLayerError(
                "no text layer: the pages are images" if scanned else "the PDF holds no text"
            )
    report, pieces = _analyse(path.name, digest, page_count, pages, unreadable)
    # The detector's geometry of a page read turned has its columns across the PDF page;
    # pictures of such a page draw the fields' boxes only.
    turned = {p.number for p in pages if p.turn}
    return report, tuple(_geometry(t) for t in pieces if t.page not in turned)


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


def _pages_to_analyse(texts: list[str]) -> list[int] | None:
    """Pages for the full analysis, or None for all of them."""
    if len(texts) <= FIRST_PASS_MIN_PAGES:
        return None
    if not any(t.strip() for t in texts):
        return None  # pdfium saw no text: let the full reader decide
    hits = candidate_pages(texts)
    if not hits:
        return list(range(1, PAGES_BEFORE + 2))  # enough for metadata; no table to find
    chosen: set[int] = set()
    for n in hits:
        chosen.update(range(max(1, n - PAGES_BEFORE), min(len(texts), n + PAGES_AFTER) + 1))
    return sorted(chosen)


def _analyse(
    name: str, digest: str, page_count: int, pages: Sequence[PageContent], unreadable: list[int]
) -> tuple[Report, list[PageTable]]:
    lined = [(p, group_lines(p.words)) for p in pages]
    clean: list[tuple[PageContent, list[TextLine]]] = []
    for (page, lines), furniture in zip(lined, furniture_lines(lined), strict=True):
        kept = [ln for ln in lines if ln not in furniture]
        words = tuple(w for ln in kept for w in ln.words)
        clean.append((dataclasses.replace(page, words=words), kept))

    lexicon = DocumentLexicon.from_lines(ln.text for _, lines in clean for ln in lines)

    def normalize(lines: Sequence[str]) -> str:
        return normalize_cell(lines, lexicon)

    pieces: list[PageTable] = []
    open_table: PageTable | None = None
    for page, lines in clean:
        found = find_tables(page, lines, normalize, open_table)
        pieces.extend(found)
        last = found[-1] if found else None
        open_table = last if last is not None and is_open(last, lines) else None
    tables = link_tables(pieces)
    _processes_from_headings(tables)
    if not tables:
        records = find_blocks(clean)
        if records:
            tables = [table_from_blocks(records)]
    drafts = [d for i, t in enumerate(tables) for d in drafts_from_table(i, t)]
    risks = tuple(_risk(seq, d, normalize) for seq, d in enumerate(drafts, start=1))
    turned = {p.number: p for p in pages if p.turn}
    if turned:
        risks = tuple(_on_turned_pages(r, turned) for r in risks)

    warnings: list[str] = []
    if unreadable:
        warnings.append(f"{UNREADABLE_PAGES}: " + ", ".join(map(str, unreadable)))
    if not tables:
        warnings.append(NO_RISK_TABLE)

    prose = _prose(clean, pieces, normalize)
    head = _head_lines(clean, pieces)
    meta = extract_metadata(head, prose, normalize, has_table=bool(tables))
    report = Report(
        source=Source(file=name, sha256=digest, pages=page_count),
        report=meta,
        columns=_columns(tables),
        risks=risks,
        warnings=tuple(warnings),
    )
    return report, pieces


def _processes_from_headings(tables: Sequence[Table]) -> None:
    """Tables without a process column, each under a heading of its own, name their process
    there: one table per process ("Trafikavtal och ersättningar" over its risks). So only
    when two or more such tables all have headings, and different ones; a heading labelled
    as the process ("Process: Inköp") counts alone."""
    bare = [t for t in tables if "process" not in t.fields]
    headings = [t.pieces[0].heading if t.pieces else None for t in bare]
    labelled = [label_of(h, colon_only=True) if h is not None else None for h in headings]
    per_process = (
        len(bare) >= 2
        and all(h is not None for h in headings)
        and len({h.text for h in headings if h is not None}) == len(headings)
    )
    for table, heading, label in zip(bare, headings, labelled, strict=True):
        if heading is None:
            continue
        if label is not None and label[2] == "process":
            table.process_words = list(heading.words[label[0] :])
        elif per_process and label is None:
            table.process_words = list(heading.words)


def _head_lines(clean, pieces: Sequence[PageTable]) -> list[tuple[str, float]]:
    """(text, font size) of the lines before the first risk table (the first pages when
    there is none): the title stands among them."""
    first = min(((t.page, t.top) for t in pieces), default=None)
    out: list[tuple[str, float]] = []
    for page, lines in clean if first else clean[:3]:
        for ln in lines:
            if first and (page.number, ln.top) >= first:
                return out
            out.append((ln.text, ln.size))
    return out


def _columns(tables: Sequence[Table]) -> tuple[Column, ...]:
    """Each distinct header as printed, in reading order: every page's header row (a table
    may reword it on the next page), then the columns a table gained from labelled rows."""
    seen: list[Column] = []
    for t in tables:
        printed = [(h, f) for p in t.pieces for h, f in zip(p.headers, p.fields, strict=True)]
        gained = [(h, f) for h, f in zip(t.headers, t.fields, strict=True) if h]
        for header, field in printed + gained:  # a row without a label gains no header
            col = Column(header, field)
            if col not in seen:
                seen.append(col)
    return tuple(seen)


def _prose(clean, pieces: Sequence[PageTable], normalize) -> str:
    """Text outside the risk tables for metadata, one paragraph a line: a paragraph ends at a
    wider gap than its line spacing, or where the font size changes (a heading)."""
    out: list[str] = []
    for page, lines in clean:
        regions = [(t.top, t.bottom) for t in pieces if t.page == page.number]
        kept = prose_reading_order(
            [
                ln
                for ln in lines
                if not any(top - 1 <= ln.top <= bottom + 1 for top, bottom in regions)
            ],
            page.width,
        )
        pitch = line_pitch(kept) if kept else 0.0
        block: list[TextLine] = []
        for ln in kept:
            if block and (
                ln.top - block[-1].top > PARAGRAPH_GAP * pitch
                or abs(ln.size - block[-1].size) > SAME_SIZE
            ):
                out.append(normalize([b.text for b in block]))
                block = []
            block.append(ln)
        if block:
            out.append(normalize([b.text for b in block]))
    return "\n".join(out)


def _provenance(ft: FieldText) -> tuple[Provenance, ...]:
    by_page: dict[int, list] = {}
    for w in ft.words:
        by_page.setdefault(w.page, []).append(w)
    return tuple(
        Provenance(
            page,
            (
                min(w.x0 for w in ws),
                min(w.top for w in ws),
                max(w.x1 for w in ws),
                max(w.bottom for w in ws),
            ),
        )
        for page, ws in sorted(by_page.items())
    )


def _on_turned_pages(risk: Risk, turned: dict[int, PageContent]) -> Risk:
    """The risk with its boxes where they stand on pages whose content was drawn turned
    (read upright, boxed as the PDF has them)."""
    provenance = {
        name: tuple(
            Provenance(p.page, turned[p.page].page_box(p.bbox)) if p.page in turned else p
            for p in provs
        )
        for name, provs in risk.provenance.items()
    }
    return dataclasses.replace(risk, provenance=provenance)


def _risk(seq: int, draft: RiskDraft, normalize) -> Risk:
    texts: dict[str, str | None] = {}
    raw: dict[str, str] = {}
    provenance: dict[str, tuple[Provenance, ...]] = {}
    for name, ft in draft.fields.items():
        if not ft:
            texts[name] = None
            continue
        if name == "label":  # the letter itself comes from the draft; keep where it stood
            raw[name] = "\n".join(ft.lines)
            provenance[name] = _provenance(ft)
            continue
        texts[name] = normalize(ft.lines) or None
        raw[name] = "\n".join(ft.lines)
        provenance[name] = _provenance(ft)
    extra: dict[str, str] = {}
    for header, ft in draft.extra.items():
        value = normalize(ft.lines) if ft else ""
        if value:
            extra[header] = value
            raw[header] = "\n".join(ft.lines)
            provenance[header] = _provenance(ft)
    value_text = texts.get("risk_value")
    probability = parse_int(texts.get("probability"))
    consequence = parse_int(texts.get("consequence"))
    s, k = parse_s_k(value_text)
    for name, derived in (("probability", s), ("consequence", k)):
        if derived is not None and name not in provenance and "risk_value" in provenance:
            provenance[name] = provenance["risk_value"]  # read from the value cell ("S3 K4")
    return Risk(
        seq=seq,
        process=texts.get("process"),
        context=texts.get("context"),
        label=draft.label,
        risk=texts.get("risk"),
        risk_value=parse_int(value_text),
        probability=probability if probability is not None else s,
        consequence=consequence if consequence is not None else k,
        controls=texts.get("controls"),
        handling=texts.get("handling"),
        follows_plan=parse_follows_plan(texts.get("follows_plan")),
        comment=texts.get("comment"),
        extra=extra,
        pages=tuple(draft.pages),
        raw=raw,
        provenance=provenance,
    )
