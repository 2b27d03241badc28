"""Open a PDF and turn each page into a :class:`PageContent` of words and ruling lines.

Every way a file can fail to open is turned into one of our errors here, so no pdfminer or
pdfium exception travels further up.
"""

from __future__ import annotations

import hashlib
import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSException

from icp_extract.errors import (
    DamagedPdfError,
    EmptyFileError,
    EncryptedPdfError,
    NotPdfError,
)
from icp_extract.model import PageContent, Rule, TaggedCell, Word
from icp_extract.read import marked, objects, ocr_repairs, scan, tokens
from icp_extract.read.chars import (
    detached_line_end_hyphens,
    raised_footnote_marks,
    skia_soft_hyphens,
)
from icp_extract.read.shapes import glyph_shapes, page_shapes
from icp_extract.read.tags import CellTag, cell_of, has_tables, page_cells
from icp_extract.read.underlines import without_underlines

log = logging.getLogger(__name__)

# Ruling lines shorter than this (points) are glyph decorations, not table structure.
MIN_RULE_LENGTH = 4.0
# In turned text a gap wider than this share of the font size is a space between words
# (space characters are not relied on: pdfTeX writes none), and one wider than
# TURNED_LINE_GAP_RATIO ends the turned line: a turned cell's line is read as one "word"
# with its spaces, since lines are put in order top to bottom and upward text reads the
# other way.
WORD_GAP_RATIO = 0.18
TURNED_LINE_GAP_RATIO = 1.0
# A page whose text is nearly all turned (this share of its characters), and nearly all the
# same way round, is a whole page drawn turned, to be read upright, not a page of cells
# turned up and down.
TURNED_PAGE_SHARE = 0.8

PDF_MAGIC = b"%PDF"

#: Called with each pdfplumber page the reader has turned into a :class:`PageContent`, and
#: that content, before the page lets go of its parsed objects: a check of boxes against
#: pdfplumber's own characters (the test suite's provenance checks) reads them here instead
#: of parsing the page a second time. Empty in normal use.
PAGE_WATCHERS: list[Callable[[Any, PageContent], None]] = []

marked.install()  # nested marked-content sections keep their structure element
objects.install()  # pdfplumber's objects as pdfplumber makes them, with less work
tokens.install()  # pdfminer's tokens as pdfminer reads them, with less work


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        raise NotPdfError(f"cannot read the file ({exc.strerror})") from exc
    if not head:
        raise EmptyFileError("the file is empty (0 bytes)")
    if PDF_MAGIC not in head:
        raise NotPdfError("the file is not a PDF")


class Document:
    """An open PDF. Use as a context manager; pages are read lazily and released after use."""

    def __init__(self, path: Path, password: str | None = None, *, read_tags: bool = False) -> None:
        self.path = Path(path)
        self._password = password
        _check_header(self.path)
        try:
            self._pdf = pdfplumber.open(self.path, password=password or "")
            self.page_count = len(self._pdf.pages)
        except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
            raise EncryptedPdfError(
                "the PDF is encrypted" + (" and the password is wrong" if password else "")
            ) from exc
        except Exception as exc:  # pdfminer raises many unrelated types on broken files
            if _is_password_error(exc):
                raise EncryptedPdfError("the PDF is encrypted") from exc
            raise DamagedPdfError(f"the PDF cannot be parsed ({type(exc).__name__})") from exc
        if self.page_count == 0:
            self.close()
            raise DamagedPdfError("the PDF has no pages")
        self.unreadable_pages: list[int] = []
        # A tagged PDF's table cells are read only when asked for, and only when its
        # structure tree holds a table: reading a page's tree costs about a fifth of the
        # word extraction of a tagged page.
        self.tagged = False
        if read_tags:
            try:
                self.tagged = has_tables(self._pdf.doc.catalog)
            except Exception:  # noqa: BLE001 - an unreadable catalog: read it as untagged
                self.tagged = False

    def close(self) -> None:
        """Close the file and let go of pdfplumber's document: its pages and pdfminer's
        object cache (every decoded content stream) may then be freed while the caller, still
        holding this object, analyses the pages it read."""
        pdf = getattr(self, "_pdf", None)
        if pdf is not None:
            pdf.close()
            del self._pdf

    def __enter__(self) -> Document:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def quick_texts(self) -> list[str]:
        """Plain text of every page through pdfium: fast, no geometry. Used to pick the pages
        worth a full analysis in long meeting bundles; a page pdfium cannot read gives ""."""
        import pypdfium2 as pdfium

        texts: list[str] = []
        try:
            pdf = pdfium.PdfDocument(str(self.path), password=self._password)
        except Exception:  # noqa: BLE001 - fall back to analysing every page
            return [""] * self.page_count
        try:
            for i in range(len(pdf)):
                try:
                    page = pdf[i]
                    textpage = page.get_textpage()
                    texts.append(textpage.get_text_range())
                    textpage.close()
                    page.close()
                except Exception:  # noqa: BLE001
                    texts.append("")
        finally:
            pdf.close()
        return texts

    def has_images(self, number: int) -> bool:
        try:
            return bool(self._pdf.pages[number - 1].images)
        except Exception:  # noqa: BLE001 - a broken page simply has no usable images
            return False

    def page(self, number: int) -> PageContent | None:
        """Read page ``number`` (1-based); None, and a note in ``unreadable_pages``, if broken."""
        try:
            plumber_page = self._pdf.pages[number - 1]
        except Exception:  # noqa: BLE001
            self.unreadable_pages.append(number)
            return None
        try:
            content = _page_content(plumber_page, number, tagged=self.tagged)
        except (PSException, PDFSyntaxError, Exception) as exc:  # noqa: BLE001
            log.debug("page %d unreadable: %r", number, exc)
            self.unreadable_pages.append(number)
            plumber_page.close()
            return None
        try:
            for watch in PAGE_WATCHERS:
                watch(plumber_page, content)
        finally:
            plumber_page.close()
        return content

    def pages(self, numbers: Iterable[int] | None = None) -> Iterator[PageContent]:
        for number in numbers if numbers is not None else range(1, self.page_count + 1):
            content = self.page(number)
            if content is not None:
                yield content


def _is_password_error(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, (PDFPasswordIncorrect, PDFEncryptionError)):
            return True
        seen = seen.__cause__ or seen.__context__
    return "password" in str(exc).lower()


def open_document(
    path: str | Path, password: str | None = None, *, read_tags: bool = False
) -> Document:
    """The PDF, open; ``read_tags``: also read a tagged PDF's table cells
    (``PageContent.tagged_cells``)."""
    return Document(Path(path), password=password, read_tags=read_tags)


def _page_content(page: Any, number: int, *, tagged: bool = False) -> PageContent:
    turn = _content_turn(page)
    if turn:
        return _turned_page(page, number, turn)
    cells = page_cells(page) if tagged else {}
    chars = page.chars
    rules = _rules(page, number)
    scanned = bool(chars) and scan.covering_image(page)
    if scanned:  # OCR text over a page image: straighten it, read the rules from the image
        skew = scan.skew_of(chars)
        chars = scan.straighten(chars, skew, float(page.width), float(page.height))
        image = scan.page_image(page, skew)
        rules += [Rule(*box, page=number) for box in scan.rules_in_image(image, chars)]
        chars = ocr_repairs.without_phantom_marks(
            ocr_repairs.without_rule_marks(chars, rules), image
        )
        chars = ocr_repairs.without_edge_rule_letters(
            ocr_repairs.parted_at_rules(chars, rules), rules
        )
    words, tagged_cells = _words(page, number, cells, chars)
    if scanned:
        words = [w for w in words if not ocr_repairs.is_rule_glyph(w, rules)]
    else:
        rules = without_underlines(rules, words)
    return PageContent(
        number=number,
        width=float(page.width),
        height=float(page.height),
        words=tuple(words),
        rules=tuple(rules),
        rotation=int(page.rotation or 0) % 360,
        tagged_cells=tagged_cells,
        scanned=scanned,
        shapes=page_shapes([*page.rects, *page.curves], number) + glyph_shapes(chars, number),
    )


def _content_turn(page: Any) -> int:
    """90 when nearly all of a page's text runs upward, 270 when it runs downward, else 0:
    a landscape page a "print to PDF" driver drew turned on a portrait page without setting
    /Rotate, so that viewers show it sideways."""
    shown = turned = upward = 0
    for c in page.chars:
        if c["text"].strip():
            shown += 1
            if not c.get("upright", True):
                turned += 1
                upward += float(c["matrix"][1]) > 0
    if not shown or turned < TURNED_PAGE_SHARE * shown:
        return 0
    if TURNED_PAGE_SHARE * turned <= upward:
        return 90
    if TURNED_PAGE_SHARE * turned <= turned - upward:
        return 270
    return 0  # turned both ways: cells of a table turned up and down, not a turned page


def _turn_box(obj: dict[str, Any], turn: int, width: float, height: float) -> dict[str, Any]:
    """A char's or an edge's box as it stands on the page turned upright."""
    x0, x1, top, bottom = (float(obj[k]) for k in ("x0", "x1", "top", "bottom"))
    if turn == 90:  # text ran upward: the page's foot is the upright page's left edge
        box = {"x0": height - bottom, "x1": height - top, "top": x0, "bottom": x1}
    else:  # downward: the page's head is the upright page's left edge
        box = {"x0": top, "x1": bottom, "top": width - x1, "bottom": width - x0}
    # pdfminer gives a turned character the advance as its size; upright, a character's
    # size is its box's height, which is what turning the box gives back.
    size = box["bottom"] - box["top"]
    upright = {"doctop": box["top"], "upright": True, "matrix": (1, 0, 0, 1, 0, 0), "size": size}
    return {**obj, **box, **upright}


def _turned_page(page: Any, number: int, turn: int) -> PageContent:
    """A page whose content is drawn turned (see :func:`_content_turn`), read upright."""
    width, height = float(page.width), float(page.height)
    chars = [_turn_box(c, turn, width, height) for c in page.chars if c.get("upright") is False]
    raw = pdfplumber.utils.text.WordExtractor(**WORD_SETTINGS).extract_words(chars)
    edges = [_turn_box(e, turn, width, height) for e in page.edges]
    return PageContent(
        number=number,
        width=height,
        height=width,
        words=tuple(_to_words(raw, number, _shared())),
        rules=tuple(_to_rules(edges, number, height, width)),
        turn=turn,
    )


#: How pdfplumber groups characters into words, upright or turned upright.
WORD_SETTINGS: dict[str, Any] = {
    "x_tolerance": 1.5,
    "y_tolerance": 2,
    "keep_blank_chars": False,
    "use_text_flow": False,
    "expand_ligatures": True,
    "extra_attrs": ["size"],
    "split_at_punctuation": False,
}


def _shared() -> Callable[[Any], float]:
    """A float interner. Words of one line share their top, bottom and size, words of one
    column their x0: one float object per distinct value instead of one per word keeps a
    long document's pages smaller (28 MB less peak on a 1,000-page report; the values
    themselves are unchanged)."""
    shared: dict[float, float] = {}

    def same(value: Any) -> float:
        as_float = float(value)
        return shared.setdefault(as_float, as_float)

    return same


def _words(
    page: Any,
    number: int,
    cells: dict[int, CellTag] | None = None,
    chars: list[dict[str, Any]] | None = None,
) -> tuple[list[Word], tuple[TaggedCell, ...]]:
    """The page's words (from ``chars``, the page's own by default), and where the page is
    tagged, the words of each tagged cell."""
    settings = {**WORD_SETTINGS, "extra_attrs": ["size", "upright"]}
    chars = skia_soft_hyphens(page.chars if chars is None else chars)
    chars = detached_line_end_hyphens(raised_footnote_marks(chars))
    extractor = pdfplumber.utils.text.WordExtractor(**settings)
    raw = [w for w in extractor.extract_words(chars, return_chars=bool(cells)) if w["upright"]]
    same = _shared()
    words = _to_words(raw, number, same)
    tagged: tuple[TaggedCell, ...] = ()
    if cells:
        shown = [w for w in raw if w["text"].strip()]  # the raw words _to_words kept, in order
        by_cell: dict[CellTag, list[Word]] = {}
        for word, raw_word in zip(words, shown, strict=True):
            tag = cell_of(raw_word["chars"], cells)
            if tag is not None:
                by_cell.setdefault(tag, []).append(word)
        tagged = tuple(
            TaggedCell(t.table, t.row, t.col, t.rowspan, t.colspan, t.header, tuple(ws))
            for t, ws in sorted(by_cell.items(), key=lambda kv: (kv[0].table, kv[0].row, kv[0].col))
        )
    return words + _turned_words(page, number, same), tagged


def _to_words(
    raw: Iterable[dict[str, Any]], number: int, same: Callable[[Any], float]
) -> list[Word]:
    """pdfplumber's words as ours, blank ones left out. The texts are interned: a report
    repeats its words ("risk", "att", a process's name), and one string a distinct word keeps
    a long document's pages smaller (values unchanged)."""
    return [
        Word(
            text=sys.intern(w["text"]),
            x0=same(w["x0"]),
            x1=same(w["x1"]),
            top=same(w["top"]),
            bottom=same(w["bottom"]),
            page=number,
            size=same(w.get("size") or (w["bottom"] - w["top"])),
        )
        for w in raw
        if w["text"].strip()
    ]


#: How far apart (points) two turned characters' left edges may stand and still be one turned
#: line: glyphs of one line share their x0 up to rounding.
TURNED_LINE_SLACK = 1.0


def _turned_words(page: Any, number: int, same: Callable[[Any], float]) -> list[Word]:
    """Text turned a quarter turn, as narrow cells print "Sannolikhet" or a process name up
    the cell: one word per turned line, spaces kept inside it. Its characters stand one
    above the other. Text turned counter-clockwise reads from the bottom up, clockwise from
    the top down (the character matrix tells which)."""
    chars = sorted(
        (c for c in page.chars if not c.get("upright", True) and c["text"].strip()),
        key=lambda c: (round(float(c["x0"]), 1), float(c["top"])),
    )
    return [_turned_word(group, number, same) for group in _turned_lines(chars)]


def _turned_lines(chars: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Turned characters (sorted by x0, then top) grouped into lines: the next character
    stands in the same column and at most a line gap below the last."""
    groups: list[list[dict[str, Any]]] = []
    for c in chars:
        last = groups[-1][-1] if groups else None
        size = float(c.get("size") or 0)
        if (
            last is not None
            and abs(float(c["x0"]) - float(last["x0"])) <= TURNED_LINE_SLACK
            and float(c["top"]) - float(last["bottom"]) <= TURNED_LINE_GAP_RATIO * size
        ):
            groups[-1].append(c)
        else:
            groups.append([c])
    return groups


def _turned_word(group: list[dict[str, Any]], number: int, same: Callable[[Any], float]) -> Word:
    """One turned line as a word: each character top to bottom, with a space before it
    where the gap is wide, read upward when the text turns counter-clockwise."""
    pieces = [group[0]["text"]]
    for a, b in zip(group, group[1:], strict=False):
        gap = float(b["top"]) - float(a["bottom"])
        pieces += [" " if gap > WORD_GAP_RATIO * float(b.get("size") or 0) else "", b["text"]]
    upward = float(group[0]["matrix"][1]) > 0
    return Word(
        text="".join(reversed(pieces) if upward else pieces),
        x0=same(min(c["x0"] for c in group)),
        x1=same(max(c["x1"] for c in group)),
        top=same(min(c["top"] for c in group)),
        bottom=same(max(c["bottom"] for c in group)),
        page=number,
        size=same(group[0].get("size") or 0.0),
    )


def _rules(page: Any, number: int) -> list[Rule]:
    return _to_rules(page.edges, number, float(page.width), float(page.height))


def _to_rules(
    edges: Iterable[dict[str, Any]], number: int, width: float, height: float
) -> list[Rule]:
    """Ruling lines from pdfplumber's edges: long enough to be table structure, on the page."""
    rules = []
    for e in edges:
        x0, x1 = float(e["x0"]), float(e["x1"])
        top, bottom = float(e["top"]), float(e["bottom"])
        if max(x1 - x0, bottom - top) < MIN_RULE_LENGTH:
            continue
        if x1 < 0 or x0 > width or bottom < 0 or top > height:
            continue
        rules.append(Rule(x0=x0, top=top, x1=x1, bottom=bottom, page=number))
    return rules
