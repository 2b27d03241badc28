"""Risks printed as labelled blocks, as planning systems (Stratsys, Hypergene) export them.

Each risk is a run of "Label: value" lines ("Process: ...", "Risk: ...", "Riskvärde: 12"), or
a two-column table of label and value. A label is a known header wording at the start of a
line, closed by a colon or followed by a wide gap (the value column). A record ends where a
label it already holds comes again, or at a wide vertical gap.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from icp_extract.detect.cards import card_streams, reading_order
from icp_extract.detect.headers import exact_header, is_risk_header, map_header
from icp_extract.geometry import BlockRecord, TextLine, line_pitch
from icp_extract.lang.sv.headers import SECTION_NUMBER
from icp_extract.model import PageContent, Word
from icp_extract.settings import Settings
from icp_extract.trace import ACCEPT, REJECT, Trace


def label_of(
    line: TextLine, colon_only: bool = False, *, settings: Settings
) -> tuple[int, str, str | None] | None:
    """(words used by the label, label text, field) when the line opens with a label; with
    ``colon_only``, only a label closed by a colon ("Kommentar:") counts."""
    words = line.words
    for k in range(1, min(settings.max_label_words, len(words)) + 1):
        text = " ".join(w.text for w in words[:k])
        colon = text.endswith(":")
        gap_after = words[k].x0 - words[k - 1].x1 if k < len(words) else None
        if not colon and (colon_only or not (gap_after is None or gap_after >= settings.value_gap)):
            continue
        if colon:
            fld, known = map_header(text.rstrip(":"), settings=settings)
        else:
            # Without a colon only an exact wording is a label, never a heading that starts
            # with one ("Uppföljning per kontrollpunkt").
            fld, known = exact_header(text)
        if not known:
            continue
        return k, text.rstrip(":").strip(), fld
    return None


def section_heading(line: TextLine, *, settings: Settings) -> list[Word] | None:
    """The words after the number of a numbered section heading, or None.

    Layout served: records without a grid, each risk a numbered section ("3.2
    Bygglovshantering") followed by "Label: value" paragraphs, as web planning systems
    print them. The heading ends the record above (its last value does not run on into
    it) and names the process of the record under it. A heading is short, opens with a
    section number and a capital, and holds no label.
    """
    number, *title = line.words
    if not title or len(title) > settings.max_heading_words:
        return None
    if not SECTION_NUMBER.match(number.text) or not title[0].text[:1].isupper():
        return None
    if line.text.rstrip().endswith((".", ":")):
        return None
    return title


@dataclass
class _Reader:
    """Where the reading of labelled blocks stands: the record being read, the value its
    last label opened (``slot``), that value's font size, and a section heading waiting to
    name the next record's process."""

    settings: Settings
    records: list[BlockRecord] = field(default_factory=list)
    current: BlockRecord | None = None
    slot: int | None = None
    value_size: float = 0.0
    heading: list[Word] = field(default_factory=list)
    #: The line just read when it joined no value: a bar heading if a record opens next.
    bar: TextLine | None = None
    #: Records whose heading is such a bar (see :func:`bar_heading`).
    barred: list[BlockRecord] = field(default_factory=list)

    def label(self, ln: TextLine, found: tuple[int, str, str | None]) -> None:
        """A label opens a value; one the record already holds opens the next record."""
        k, text, fld = found
        if self.current is None or self.current.key_index(text, fld) is not None:
            bar = bar_heading(self.bar, settings=self.settings) if not self.heading else None
            self.current = BlockRecord(heading=self.heading or bar or [])
            if bar:
                self.barred.append(self.current)
            self.heading = []
            self.records.append(self.current)
        self.current.labels.append(text)
        self.current.fields.append(fld)
        self.current.words.append(list(ln.words[k:]))
        self.slot = len(self.current.labels) - 1
        self.value_size = ln.size
        self.bar = None

    def value(self, ln: TextLine) -> None:
        """A line without a label goes on with the open value, unless it is set in another
        size (a heading ends the record's last value)."""
        self.bar = ln
        if self.current is None or self.slot is None:
            return
        if abs(ln.size - self.value_size) > self.settings.same_size:
            self.slot = None
        else:
            self.current.words[self.slot].extend(ln.words)
            self.bar = None


def bar_heading(line: TextLine | None, *, settings: Settings) -> list[Word] | None:
    """The words of an unnumbered heading right over a record, or None.

    Layout served: risk cards whose top bar holds the process with no label ("Attest" in
    white on a coloured bar, then "Risk", "Riskvärde" ... inside the card). The line right
    before a record's first label that joined no value, short (at most ``max_heading_words``
    words) and no sentence or label (not ending in a full stop or colon), is the record's
    heading. :func:`find_blocks` keeps such headings only when every record has one: a
    single heading over the first record is the section's title, not a process."""
    if line is None or len(line.words) > settings.max_heading_words:
        return None
    if line.text.rstrip().endswith((".", ":")) or not line.words[0].text[:1].isupper():
        return None
    return list(line.words)


def find_blocks(
    pages: Sequence[tuple[PageContent, Sequence[TextLine]]], *, settings: Settings, trace: Trace
) -> list[BlockRecord]:
    reader = _Reader(settings)
    for _page, lines in pages:
        pitch = line_pitch(lines) if lines else settings.default_pitch
        streams = card_streams(
            list(lines), lambda ln: label_of(ln, settings=settings), settings=settings, trace=trace
        )
        first = len(reader.records)
        for stream in streams:
            if len(streams) > 1:  # a column of cards: no record goes on from the last one
                reader.current, reader.slot, reader.bar = None, None, None
            _read_lines(reader, stream, pitch, settings=settings)
        if len(streams) > 1:
            reader.records[first:] = reading_order(reader.records[first:], settings=settings)
    records = [r for r in reader.records if _is_risk_record(r, settings=settings)]
    _keep_bar_headings(records, reader.barred, trace)
    return records


def _read_lines(
    reader: _Reader, lines: Sequence[TextLine], pitch: float, *, settings: Settings
) -> None:
    prev: TextLine | None = None
    for ln in lines:
        if prev is not None and ln.top - prev.top > settings.record_gap_ratio * pitch:
            reader.slot = None  # a wide gap ends the open value
        prev = ln
        found = label_of(ln, settings=settings)
        numbered = section_heading(ln, settings=settings) if found is None else None
        if numbered is not None:
            reader.slot, reader.heading, reader.bar = None, numbered, None
        elif found is not None:
            reader.label(ln, found)
        else:
            reader.value(ln)


def _keep_bar_headings(records: list[BlockRecord], barred: list[BlockRecord], trace: Trace) -> None:
    """Bar headings name the processes only when every record has a heading."""
    mine = [r for r in records if any(r is b for b in barred)]
    if not mine:
        return
    page = mine[0].heading[0].page
    if all(r.heading for r in records):
        why = f"a heading over each of the {len(records)} records: their processes"
        trace.record("detect", "blocks.bar_heading", page, ACCEPT, why)
        return
    for r in mine:
        r.heading = []
    why = f"headings over {len(mine)} of {len(records)} records only: section titles"
    trace.record("detect", "blocks.bar_heading", page, REJECT, why)


def _is_risk_record(record: BlockRecord, *, settings: Settings) -> bool:
    return len(record.labels) >= settings.min_record_fields and is_risk_header(record.fields)
