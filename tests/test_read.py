"""The reader: words as printed, also where the text is turned."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import SAMPLES
from pdfgen import turned_page_pdf, turned_text_pdf

import icp_extract
from icp_extract.read import open_document


def test_turned_header_words_read_in_their_own_direction(tmp_path: Path) -> None:
    """This test ensures that text turned a quarter turn (narrow header cells print
    "Sannolikhet" up the cell) is read as whole words in reading order, both ways round,
    next to upright text."""
    pdf = tmp_path / "turned.pdf"
    pdf.write_bytes(turned_text_pdf("Risk och kontroll", "Sannolikhet", "Konsekvens"))
    with open_document(pdf) as document:
        page = document.page(1)
    assert page is not None
    texts = sorted(w.text for w in page.words)
    assert texts == ["Konsekvens", "Risk", "Sannolikhet", "kontroll", "och"]
    turned = next(w for w in page.words if w.text == "Sannolikhet")
    assert turned.bottom - turned.top > turned.x1 - turned.x0  # stands up the page


def test_a_turned_line_keeps_its_words_in_reading_order(tmp_path: Path) -> None:
    """This test ensures that a turned cell's line of several words ("Arbetsmarknad och
    integration" up a narrow process column) reads left to right as printed, not in the
    top-to-bottom order of its words on the page."""
    pdf = tmp_path / "turned.pdf"
    pdf.write_bytes(
        turned_text_pdf("Process", "Arbetsmarknad och integration", "Turism och evenemang")
    )
    with open_document(pdf) as document:
        page = document.page(1)
    assert page is not None
    texts = {w.text for w in page.words}
    assert {"Arbetsmarknad och integration", "Turism och evenemang"} <= texts


@pytest.mark.parametrize("upward", [True, False])
def test_a_page_drawn_turned_without_rotate_is_read_upright(tmp_path: Path, upward: bool) -> None:
    """This test ensures that a landscape page a "print to PDF" driver drew turned on a
    portrait page, with no /Rotate, is read upright: a landscape page, lines top to bottom,
    words left to right, either way round."""
    pdf = tmp_path / "turned-page.pdf"
    pdf.write_bytes(turned_page_pdf(["Riskvärde och kontroll", "Följer plan Ja"], upward))
    with open_document(pdf) as document:
        page = document.page(1)
    assert page is not None
    assert page.width > page.height
    lines: dict[float, list[str]] = {}
    for w in sorted(page.words, key=lambda w: (round(w.top), w.x0)):
        lines.setdefault(round(w.top), []).append(w.text)
    assert list(lines.values()) == [["Riskvärde", "och", "kontroll"], ["Följer", "plan", "Ja"]]


PDFS = Path(__file__).resolve().parent / "pdfs"


def test_chromium_soft_hyphens_are_break_points_not_spaces() -> None:
    """This test ensures that a soft hyphen printed by Chromium's PDF writer (a space glyph
    that does not advance the pen, and a U+2010 drawn over it where the line breaks there)
    does not split a word ("före ningar") and that its line-end break is joined, while a
    real hyphen ("SAM-modul", "hälso- och") stays. tests/pdfs/chromium_soft_hyphens.pdf is
    chromium_soft_hyphens.html printed by headless Chromium 156."""
    with open_document(PDFS / "chromium_soft_hyphens.pdf") as document:
        page = document.page(1)
    assert page is not None
    texts = [w.text for w in page.words]
    assert "före\u00adningar" in texts and "före" not in texts
    assert "Upp\u00ad" in texts and "\u2010" not in "".join(texts)
    report = icp_extract.extract(PDFS / "chromium_soft_hyphens.pdf")
    first, second = report.risks
    assert first.process == "Upphandling"
    assert first.risk == (
        "Risk att föreningar inte redovisar bidrag enligt regelverket och att kommunens "
        "SAM-modul inte används för hälso- och sjukvård"
    )
    assert (second.process, second.follows_plan) == ("Bidragshantering", "Delvis")
    assert [c.header for c in report.columns] == ["Process", "Risk", "Riskvärde", "Följer plan"]


def test_a_space_that_advances_is_a_space() -> None:
    """This test ensures that the soft-hyphen repair leaves ordinary spaces alone: a space
    whose next glyph starts after it, as every producer but Skia writes one."""
    from icp_extract.read.chars import skia_soft_hyphens

    def char(text: str, x0: float, x1: float) -> dict:
        return {"text": text, "x0": x0, "x1": x1, "top": 10.0, "upright": True}

    spaced = [char("a", 0, 5), char(" ", 5, 7.8), char("b", 7.8, 13)]
    assert [c["text"] for c in skia_soft_hyphens(spaced)] == ["a", " ", "b"]
    phantom = [char("a", 0, 5), char(" ", 5, 7.8), char("\u2010", 5, 8.3)]
    assert [c["text"] for c in skia_soft_hyphens(phantom)] == ["a", "\u00ad"]


def test_a_small_raised_digit_after_a_word_is_its_footnote_mark() -> None:
    """This test ensures that a footnote reference printed as a small raised digit right
    after a word ("12" and a raised "2", as Word and Writer set a footnote anchor) is read as
    the superscript on that word, so that the value stays 12; a digit at the line's size, or
    a small one on the baseline, or one after a space, is left as it stands."""
    from icp_extract.assemble.values import parse_int
    from icp_extract.read.chars import raised_footnote_marks

    def char(text: str, x0: float, size: float = 8.5, bottom: float = 463.5) -> dict:
        return {"text": text, "x0": x0, "x1": x0 + size / 2, "top": bottom - size,
                "bottom": bottom, "size": size, "upright": True}  # fmt: skip

    raised = [char("1", 323.4), char("2", 327.65), char("2", 331.9, 4.9, 460.2)]
    texts = [c["text"] for c in raised_footnote_marks(raised)]
    assert texts == ["1", "2", "²"]
    assert parse_int("".join(texts)) == 12
    assert [c["size"] for c in raised_footnote_marks(raised)] == [8.5, 8.5, 8.5]
    level = [char("1", 323.4), char("2", 327.65), char("2", 331.9)]
    on_baseline = [char("1", 323.4), char("2", 327.65), char("2", 331.9, 4.9)]
    after_space = [char("1", 323.4), char(" ", 327.65), char("2", 335.0, 4.9, 460.2)]
    for chars in (level, on_baseline, after_space):
        assert "²" not in "".join(c["text"] for c in raised_footnote_marks(chars))


def test_a_line_end_hyphen_set_a_little_apart_stays_on_its_word() -> None:
    """This test ensures that a hyphen last on its line, a little after the letter before it
    (Calc's "of" 2.5 pt before "-" at 9 pt), is moved to touch it, while a hyphen after a
    space, or one with text after it on the line, is left where it stands."""
    from icp_extract.read.chars import detached_line_end_hyphens

    def char(text: str, x0: float, top: float = 192.4) -> dict:
        return {"text": text, "x0": x0, "x1": x0 + 2.75, "top": top, "size": 9.0,
                "upright": True}  # fmt: skip

    apart = [char("o", 241.5), char("f", 244.26), char("-", 249.51), char("f", 100, 201.5)]
    moved = detached_line_end_hyphens(apart)
    assert moved[2]["x0"] == apart[1]["x1"]
    after_space = [char("f", 244.26), char(" ", 247.01), char("-", 249.51)]
    assert detached_line_end_hyphens(after_space) == after_space
    inside = [char("f", 244.26), char("-", 249.51), char("x", 252.5)]
    assert detached_line_end_hyphens(inside) == inside


def test_nested_marked_content_keeps_its_cell() -> None:
    """This test ensures that every glyph of a tagged Chromium table keeps the marked-content
    id of its cell, also after a soft hyphen that Skia wraps in a nested /Span section
    (pdfplumber alone clears the id at the inner section's end)."""
    import pdfplumber

    from icp_extract.read import marked

    marked.install()
    with pdfplumber.open(PDFS / "chromium_soft_hyphens.pdf") as pdf:
        chars = pdf.pages[0].chars
    assert chars and all(c.get("mcid") is not None for c in chars)


def test_tagged_table_cells_are_read_with_their_words() -> None:
    """This test ensures that a tagged PDF's table structure (Table / TR / TH / TD tied to
    the glyphs by marked-content ids) reaches the later stages: every cell of the Chromium
    table with its words, header cells marked, in row and column order."""
    with open_document(PDFS / "chromium_soft_hyphens.pdf", read_tags=True) as document:
        page = document.page(1)
    assert page is not None
    cells = {(c.row, c.col): c for c in page.tagged_cells}
    assert sorted(cells) == [(r, c) for r in range(3) for c in range(4)]
    assert all(cells[0, c].header for c in range(4))
    assert not any(cells[1, c].header for c in range(4))
    assert [w.text for w in cells[2, 3].words] == ["Del\u00advis"]
    assert cells[1, 1].words[0].text == "Risk"
    with open_document(PDFS / "chromium_soft_hyphens.pdf") as document:
        plain = document.page(1)
    assert plain is not None and plain.tagged_cells == ()  # only when asked for


def test_spanning_tagged_cells_take_their_columns_below() -> None:
    """This test ensures that a tagged cell spanning two rows takes its column in the row
    below, so that row's first cell is counted in the next column, as HTML counts them."""
    from icp_extract.read.tags import count_grid

    # Two rows: a cell spanning both, beside one cell; then the row below's one cell.
    rows = [[("a", False, 2, 1), ("b", False, 1, 1)], [("c", False, 1, 1)]]
    cells = count_grid(rows)
    assert cells["a"][:3] == (0, 0, 2)
    assert cells["c"][:2] == (1, 1)


def test_a_soft_hyphen_inside_a_justified_line_keeps_its_word_whole() -> None:
    """This test ensures that a word with soft hyphens stays one word when the next glyph
    starts a hair left of the zero-advance space (justified text in Chromium), since word
    grouping starts a new word at a glyph left of the one before it."""
    from icp_extract.read.chars import skia_soft_hyphens

    def char(text: str, x0: float, x1: float) -> dict:
        box = {"x0": x0, "x1": x1, "top": 10.0, "bottom": 20.0, "doctop": 10.0}
        return {"text": text, **box, "upright": True, "size": 10.0}

    chars = [char("g", 0, 5), char(" ", 5.0, 7.6), char("e", 4.999, 9.6), char("n", 9.6, 14)]
    words = pdfplumber_words(skia_soft_hyphens(chars))
    assert words == ["g\u00aden"]


def pdfplumber_words(chars: list[dict]) -> list[str]:
    import pdfplumber

    extractor = pdfplumber.utils.text.WordExtractor(x_tolerance=1.5, y_tolerance=2)
    return [w["text"] for w in extractor.extract_words(chars)]


@pytest.mark.parametrize(
    "name",
    [
        "archive/latex_socialnamnd",  # pdfTeX: glyphs and lines
        "archive/gs_redistilled",  # Ghostscript: rectangles too
        "pending/calc1/avn2024_calc_grid_note_rows",  # Calc
        "pending/chromium1/lan2025_colour_circles_per_augusti",  # Chromium: curves
        "pending/scan1/son2024_scan_process_span",  # OCR text over a page image
    ],
)
def test_objects_are_pdfplumbers_own(name: str) -> None:
    """This test ensures that the reader's conversion of pdfminer's objects
    (``read.objects``, installed in pdfplumber's pages) gives every glyph, rule, curve and
    image the very dict pdfplumber's own ``Page.process_object`` gives: the same keys in
    the same order, values of the same types and the same values. A pdfplumber release that
    changes its conversion fails here."""
    import pdfplumber

    from icp_extract.read import objects

    def tree(items: list[Any]) -> Iterator[Any]:
        for item in items:
            yield item
            yield from tree(getattr(item, "_objs", []))

    def exact(attr: dict[str, Any]) -> list[tuple[str, str, str]]:
        return [(k, type(v).__name__, repr(v)) for k, v in attr.items()]

    with pdfplumber.open(SAMPLES / f"{name}.pdf") as pdf:
        page = pdf.pages[0]
        items = list(tree(page.layout._objs))
        ours = [exact(objects.process_object(page, item)) for item in items]
        theirs = [exact(objects.PDFPLUMBER_PROCESS_OBJECT(page, item)) for item in items]
    assert len(items) > 100
    assert ours == theirs


def _tokens(parser_class: type, data: bytes, bufsiz: int) -> list[tuple[Any, ...]]:
    """Every token of ``data`` as ``parser_class`` reads it through a buffer of ``bufsiz``
    bytes: position, type and value."""
    from io import BytesIO

    from pdfminer.psparser import PSEOF

    parser = type("Parser", (parser_class,), {"BUFSIZ": bufsiz})(BytesIO(data))
    out: list[tuple[Any, ...]] = []
    try:
        while True:
            pos, token = parser.nexttoken()
            out.append((pos, type(token).__name__, repr(token)))
    except PSEOF:
        return out


def _parsers() -> tuple[type, type]:
    """pdfminer's base parser with our tokenizer's steps, and with pdfminer's own."""
    from pdfminer.psparser import PSBaseParser

    from icp_extract.read import tokens

    ours = type(
        "Ours", (PSBaseParser,), {"_parse_main": tokens.parse_main, "nexttoken": tokens.nexttoken}
    )
    theirs = type(
        "Theirs",
        (PSBaseParser,),
        {"_parse_main": tokens.PDFMINER_PARSE_MAIN, "nexttoken": tokens.PDFMINER_NEXTTOKEN},
    )
    return ours, theirs


#: Content-stream text with every kind of token, the unusual ones too.
TOKEN_ZOO = (
    rb"0.1 w q 1 0 0 -1 0 792 cm BT /F1#20a 9.5 Tf (Riskv\344rde \(1\)) Tj [<0012 003>-4.5"
    rb"<ab>]TJ T* ' " + b'"' + rb" 1.2.3 +- - . -.5 5. <</Length 3>> <00>> true false% comment"
    b"\r\n/N\xe4me (a(b)c) (x\\\r\ny) <> {} ET Q 12 +7 -0 1e5 /"
)


@pytest.mark.parametrize("bufsiz", [1, 2, 3, 5, 7, 16, 4096])
def test_tokens_are_pdfminers_own_at_every_buffer_edge(bufsiz: int) -> None:
    """This test ensures that the reader's tokenizer (``read.tokens``, installed in
    pdfminer's parsers) gives every token pdfminer's own gives, at the same position and of
    the same type, also where a token runs over the end of the buffer."""
    ours, theirs = _parsers()
    assert _tokens(ours, TOKEN_ZOO, bufsiz) == _tokens(theirs, TOKEN_ZOO, bufsiz)
    assert len(_tokens(theirs, TOKEN_ZOO, bufsiz)) > 40


@pytest.mark.parametrize(
    "name",
    [
        "archive/latex_socialnamnd",  # pdfTeX
        "archive/gs_redistilled",  # Ghostscript
        "pending/calc1/avn2024_calc_grid_note_rows",  # Calc
        "pending/chromium1/lan2025_colour_circles_per_augusti",  # Chromium
        "pending/scan1/son2024_scan_process_span",  # OCR text over a page image
        "pending/word9/" + "*",  # Writer, tagged
    ],
)
def test_tokens_of_sample_files_are_pdfminers_own(name: str) -> None:
    """This test ensures that the reader's tokenizer reads each sample file (its objects
    and the content streams of its pages, as pdfminer has them decoded) into the very tokens
    pdfminer's own tokenizer reads. A pdfminer release that changes its tokenizer fails
    here."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import stream_value

    path = min(SAMPLES.glob(f"{name}.pdf"))
    ours, theirs = _parsers()
    data = [path.read_bytes()]
    with path.open("rb") as fh:
        for page in PDFPage.create_pages(PDFDocument(PDFParser(fh))):
            contents = page.contents if isinstance(page.contents, list) else [page.contents]
            data += [stream_value(c).get_data() for c in contents if c is not None]
    assert len(data) > 1
    for chunk in data:
        assert _tokens(ours, chunk, 4096) == _tokens(theirs, chunk, 4096)


def test_page_watchers_see_each_page_read_with_its_characters() -> None:
    """This test ensures that a page watcher (``read.pdf.PAGE_WATCHERS``, the seam the test
    suite's provenance checks read pdfplumber's characters through) is called once for each
    page read, with that page's content, while pdfplumber's characters are still there."""
    from icp_extract.read import pdf as reader

    seen: list[tuple[int, int]] = []

    def watch(page: Any, content: Any) -> None:
        seen.append((content.number, len(page.chars)))

    reader.PAGE_WATCHERS.append(watch)
    try:
        with open_document(SAMPLES / "sn2021_long_comment_pagebreak.pdf") as document:
            pages = list(document.pages())
    finally:
        reader.PAGE_WATCHERS.remove(watch)
    assert [n for n, _ in seen] == [p.number for p in pages] == list(range(1, len(pages) + 1))
    assert all(chars > 0 for _, chars in seen)


def _word(text: str, x0: float, x1: float, top: float = 100.0, bottom: float = 110.0) -> Any:
    from icp_extract.model import Word

    return Word(text, x0, x1, top, bottom, 1, 9.0)


@pytest.mark.parametrize(
    ("rule", "underline"),
    [
        ((404.4, 108.5, 541.6, 109.2), True),  # under a link the width of its cell's line
        ((404.4, 108.5, 460.0, 109.2), True),  # under its first word only
        ((400.4, 108.5, 547.4, 109.2), False),  # cell edge to cell edge: a rule
        ((404.4, 114.0, 541.6, 114.7), False),  # below the line, between rows: a rule
        ((404.4, 108.0, 541.6, 110.0), False),  # too heavy for an underline
    ],
)
def test_an_underline_is_no_rule(rule: tuple, underline: bool) -> None:
    """This test ensures that a thin stroke under a line's words, reaching no further than
    they do, is an underline and not one of the table's rules, and that a stroke from cell
    edge to cell edge, one between lines, or a heavy one, stays a rule."""
    from icp_extract.model import Rule
    from icp_extract.read.underlines import is_underline

    words = [_word("(https://intra.se/it/", 404.4, 480.0), _word("rutiner/at", 482.0, 541.6)]
    assert is_underline(Rule(*rule, page=1), words) is underline


def test_untagged_words_inside_a_tagged_cell_are_its_text() -> None:
    """This test ensures that words a browser prints untagged inside a tagged cell (a link's
    address after the link) are read as the cell's text, with a trace note, and that the
    tagged table is not rejected for them."""
    from icp_extract.pipeline import analyse_document

    pdf = SAMPLES / "pending" / "chromium10" / "sdig2025_print_link_urls_t2_footnote.pdf"
    analysis = analyse_document(pdf)
    assert analysis.report.risks[0].comment.endswith(
        "(https://intranat.vastbro.se/it/rutiner/aterlasningstest)."
    )
    rules = {e.rule for e in analysis.trace.events}
    assert "tags.untagged_in_cell" in rules and "tags.untagged_text" not in rules
