"""Risks printed as labelled blocks, as planning systems (Stratsys, Hypergene) export them.

Each risk is a run of "Label: value" lines ("Process: ...", "Risk: ...", "Riskvärde: 12"), or
a two-column table of label and value. A label is a known header wording at the start of a
line, closed by a colon or followed by a wide gap (the value column). A record ends where a
label it already holds comes again, or at a wide vertical gap.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from icp_extract.detect.headers import exact_header, is_risk_header, map_header
from icp_extract.geometry import BlockRecord, TextLine, line_pitch
from icp_extract.lang.sv.headers import SECTION_NUMBER
from icp_extract.model import PageContent, Word
from icp_extract.settings import Settings


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

    def label(self, ln: TextLine, found: tuple[int, str, str | None]) -> None:
        """A label opens a value; one the record already holds opens the next record."""
        k, text, fld = found
        if self.current is None or self.current.key_index(text, fld) is not None:
            self.current = BlockRecord(heading=self.heading)
            self.heading = []
            self.records.append(self.current)
        self.current.labels.append(text)
        self.current.fields.append(fld)
        self.current.words.append(list(ln.words[k:]))
        self.slot = len(self.current.labels) - 1
        self.value_size = ln.size

    def value(self, ln: TextLine) -> None:
        """A line without a label goes on with the open value, unless it is set in another
        size (a heading ends the record's last value)."""
        if self.current is None or self.slot is None:
            return
        if abs(ln.size - self.value_size) > self.settings.same_size:
            self.slot = None
        else:
            self.current.words[self.slot].extend(ln.words)


def find_blocks(
    pages: Sequence[tuple[PageContent, Sequence[TextLine]]], *, settings: Settings
) -> list[BlockRecord]:
    reader = _Reader(settings)
    prev: TextLine | None = None
    for _page, lines in pages:
        pitch = line_pitch(lines) if lines else settings.default_pitch
        for ln in lines:
            if (
                prev is not None
                and ln.page == prev.page
                and ln.top - prev.top > settings.record_gap_ratio * pitch
            ):
                reader.slot = None  # a wide gap ends the open value
            prev = ln
            found = label_of(ln, settings=settings)
            numbered = section_heading(ln, settings=settings) if found is None else None
            if numbered is not None:
                reader.slot, reader.heading = None, numbered
            elif found is not None:
                reader.label(ln, found)
            else:
                reader.value(ln)
    return [r for r in reader.records if _is_risk_record(r, settings=settings)]


def _is_risk_record(record: BlockRecord, *, settings: Settings) -> bool:
    return len(record.labels) >= settings.min_record_fields and is_risk_header(record.fields)
