"""Every tolerance and threshold of table detection and row assembly, as data.

Modelled on pdfplumber's ``TableSettings``: one frozen dataclass that validates itself in
``__post_init__`` and is built from a dict or taken as it is (:meth:`Settings.resolve`). The
stages receive it as an argument; none reads a module constant of its own. Each field says
what it measures and the layout that set it, so a change can be judged against that layout.

Lengths are in PDF points (1/72 inch) unless the name says ``ratio`` (a multiple of the line
pitch or height) or ``share`` (a fraction of a width or a count).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from icp_extract.errors import RequestError


@dataclass(frozen=True)
class Settings:
    """Tolerances of the table finder and the row assembly. Defaults reproduce the outputs
    of every sample report; a field is changed only with a sample that needs it."""

    # --- edges and rules -------------------------------------------------------------------
    #: Rules closer than this are one rule; row and cell edges this close coincide. Set by
    #: the ruled replicas, whose borders are drawn twice (a line and a shaded cell's edge).
    snap: float = 2.5
    #: Slack on an edge: a word whose middle stands this far outside a column or cell still
    #: belongs to it (glyph boxes overhang the grid in every sample by up to a point).
    slack: float = 1.0
    #: Half a point: a boundary set this far above a line's top keeps the line below it.
    nudge: float = 0.5
    #: How far a vertical rule may stop short of a header line and still cross it (rules
    #: drawn from cell top to cell bottom, with the text's box a little taller).
    rule_reach: float = 2.0
    #: Boundaries a ruled header needs: two columns at least (three vertical rules).
    min_ruled_boundaries: int = 3
    #: Share of the table's width a horizontal rule covers to bound the header row or close
    #: the table (the under-header rule of the Kommunstyrelsen replicas spans it all; rules
    #: under a group cell cover only its columns).
    spanning_rule_share: float = 0.6
    #: Share of a column's width a horizontal rule covers to be an edge of a cell in it (a
    #: group cell over the column's header cell, a cell of the body): a shorter one is a
    #: mark under a word, unless it runs on across the table (``spanning_rule_share``: a
    #: scan's real rules have gaps, 73 % of a column in scan2's gsn2024). On round 28's
    #: 200 dpi scan the foot of bold header letters read as rules over 29 % and 52 % of
    #: their columns, the foot of a cell's line over 23 %.
    cell_rule_share: float = 0.8
    #: Share of the body's height a vertical rule covers to be a column boundary when it
    #: does not cross the header line (a scan's header fill hides the rule there; round
    #: 31's Calc register: 85 % of its body, in pieces).
    body_rule_share: float = 0.6
    #: Tallest unfilled band a banded table's column rules may skip (points): the rows
    #: between filled ones have no vertical rules of their own.
    band_max_gap: float = 120.0
    #: Share of the width a rule covers to bound rows of a body ruled only by full-width
    #: horizontal rules ("horizontal lines only" table styles).
    full_width_rule_share: float = 0.9

    # --- companion tables ------------------------------------------------------------------
    #: Pages after a risk table's last page on which a separate table keyed by its numbers
    #: ("Nr | Kommentar") may start; it may run on to the pages after that. Set by word3's
    #: fsdn2024, whose Tabell 2 stands alone on the page after the risk table.
    companion_pages_after: int = 1
    #: Share of a companion table's keys that must be keys of the risk table it follows:
    #: every one (chromium3/pnn2024, calc3/son2023), so a table of other numbers is never
    #: merged into the risks.
    companion_min_key_share: float = 1.0
    #: Longest key, in characters: keys are short identifiers ("1.", "R1", "PV-01"); a
    #: column of longer text is no key column.
    companion_max_key_chars: int = 12

    # --- header rows -----------------------------------------------------------------------
    #: How far below its first line a header row may reach (three-line headers in 10 pt).
    header_band: float = 80.0
    #: Header keyword hits a header band needs, at distinct x positions.
    header_min_hits: int = 3
    #: Hits count as apart only when this far apart horizontally (two words of one cell).
    header_x_spread: float = 20.0
    #: More columns than this is not a risk table (prose cut into bogus columns).
    max_columns: int = 14
    #: Share of a header's columns that must carry a known wording.
    plausible_header_share: float = 0.6
    #: Lines of a foot-aligned unruled header above its first keyword line ("Sannolik-"
    #: over "het").
    max_header_lines_above: int = 3
    #: Most space between two lines of one header, in line pitches.
    header_line_gap: float = 1.0
    #: Share of a header word's width that must lie in its column.
    within_column_share: float = 0.8
    #: The same for a header line above the first: unruled column edges fall mid-gutter, and
    #: a wide header over a narrow value column ("Riskvär-" over "12") reaches past one. A
    #: group heading centred over several columns has at most half in any.
    header_above_share: float = 0.6
    #: Rows three adjacent columns with unreadable headers need, each printing whole
    #: numbers a, b and a × b, to be named probability, consequence and risk value (ptn2025
    #: in scan3: headers turned 90°, read by OCR as junk; ``detect/values.py``).
    value_columns_min_rows: int = 3
    #: Highest probability or consequence such columns may print (scales of 1-4 and 1-5).
    value_columns_max_scale: int = 10

    # --- unruled tables: gutters and extent ------------------------------------------------
    #: Narrowest empty strip between two unruled columns.
    min_gutter: float = 2.0
    #: Narrowest free strip kept while following gutters down a table; narrower ones are
    #: word spaces that happen to line up.
    min_strip: float = 0.3
    #: Lines from a header's first line whose spacing gives the table's line pitch.
    pitch_window: int = 12
    #: Lines from a header's first line whose extent gives the table's width.
    extent_window: int = 6
    #: A line starts a new block when this many pitches below the last.
    block_gap_ratio: float = 1.35
    #: A vertical gap this many pitches ends an unruled table.
    table_gap_ratio: float = 4.0
    #: Lines a gutter must keep apart before prose covering it ends the table.
    gutter_min_age: int = 6
    #: Old gutters a line (with the line before) must cover to end the table.
    gutters_to_end: int = 2
    #: Share of the table's width a line covering old gutters spans to be prose after it.
    prose_width_share: float = 0.6
    #: Body lines a strip must stay empty (lines starting at its edge) to count as a gutter.
    body_gutter_age: int = 3
    #: Line starts this close share a column's left edge.
    align_tolerance: float = 1.5
    #: Points a table body's lines may differ in font size; a heading in another size ends it.
    body_size_tolerance: float = 1.0
    #: Lines an unruled band needs (a header and one row at least).
    min_band_lines: int = 2
    #: Columns an unruled table needs.
    min_unruled_columns: int = 3

    # --- rows ------------------------------------------------------------------------------
    #: Columns that must start a block at one height for a row of an unruled table to
    #: start there (one column alone is a cell's new paragraph).
    row_start_columns: int = 2
    #: Rows a table needs before its rows are judged cut in pieces.
    fragmented_min_rows: int = 3
    #: Gap between rows of vertically centred cells, in line heights (padded cells).
    row_spacing_ratio: float = 0.6
    #: Row starts found by spacing that make a table (the header's foot and one row).
    min_spaced_starts: int = 2
    #: A row is tall enough to show centring when this many times its text's height.
    centred_row_ratio: float = 2.0
    #: A cell is centred when its middle is this share of the row's height from the row's.
    centred_offset_share: float = 0.2
    #: Value cells that must vote before a table is judged centred, and the share that must.
    centred_min_votes: int = 3
    centred_vote_share: float = 2 / 3
    #: Rows a table needs before a centred process cell is spread over the rows it spans.
    centred_min_rows: int = 3
    #: Runs of rows this near (points) to the nearest are as near, for a centred cell.
    centred_span_slack: float = 1.0

    #: Rows whose risk cell opens with an outline number ("1.", "1.1") a table needs before
    #: the numbers are read as the risks' labels (one numbered row may be a risk's own text).
    outline_min_rows: int = 2
    #: Share of a table's risk rows that must open with an outline number for that reading.
    outline_row_share: float = 0.5

    #: Cells stating a share of a count ("4 av 5") a table's last row needs, beside its text
    #: and nothing else, to be read as a totals row.
    totals_min_shares: int = 2
    #: Cells a row needs that read as their columns' headers to be a repeated header.
    repeated_header_min_cells: int = 2

    # --- labelled rows and headings --------------------------------------------------------
    #: Share of the table's width a labelled row ("Kommentar: ...") may start from its edge.
    labelled_row_indent: float = 0.15
    #: Share of the table's width a labelled row's first line covers, at least.
    labelled_row_width: float = 0.3
    #: A line ending this share of the width near the right edge wrapped: the next goes on.
    labelled_row_wrap: float = 0.25
    #: Most space between a heading and its table, in the heading's heights.
    heading_gap: float = 2.5
    #: More words than this is prose, not a heading above a table.
    heading_max_words: int = 10
    #: Most words of a section heading row across a table ("Personal och arbetsmiljö").
    section_max_words: int = 6
    #: Columns a section heading covers when it opens a page under a repeated header: the
    #: text of one cell going on from the page before covers one.
    heading_min_columns: int = 2
    #: Tables without a process column, each under a heading of its own (all different),
    #: before the headings name their processes: one heading alone may be the report's
    #: ("Riskregister").
    per_process_min_tables: int = 2
    #: Rows whose cell holds a second part under a field's label ("Risk: ... Kontrollmoment:
    #: ...") a table needs, and the share of its filled cells, before such parts are split:
    #: a column built that way labels its parts in (nearly) every row; a comment column whose
    #: "Resultat: ..." goes on with "Åtgärd: ..." in half of its rows (holdout4 ln2024) is
    #: one comment, kept as printed.
    incell_min_rows: int = 2
    incell_row_share: float = 0.8
    #: A column of short answers ("Utfall" over "Ja", "Delvis") in a table with no
    #: follows-plan column is that column: rows it needs, and most words a cell may have.
    answer_min_rows: int = 3
    answer_max_words: int = 3
    #: How far apart (points) the tops of one printed line's words may be.
    same_line: float = 2.0
    #: Points a column edge may move between the pages of one table.
    same_column: float = 6.0

    # --- scoring candidates (detect/score.py; how they were set: docs/design.md) ------------
    #: Weights of the shared checks, each a share from 0 to 1.
    weight_header: float = 1.0
    weight_coverage: float = 1.0
    weight_values: float = 1.0
    weight_consistency: float = 1.0
    #: What a strategy's kind of evidence is worth before the checks: rules drawn by the
    #: author are stronger evidence of columns than white space.
    prior_ruled: float = 1.0
    prior_unruled: float = 0.0
    #: The PDF's own table tags, checked against the page (detect/tags.py), are the
    #: author's cells themselves: stronger evidence than drawn rules.
    prior_tags: float = 1.5

    # --- the PDF's own table tags (detect/tags.py) -----------------------------------------
    #: Most words of a tagged table's region that may stand in no tagged cell (a share):
    #: more, and the tags are partial (a tree that tags some rows only).
    tags_max_untagged_share: float = 0.02
    #: An untagged line joins a tagged cell when it stands within the cell's text or under
    #: it with a gap of at most this many line heights (a browser's untagged link address
    #: inside a paragraph); lines further down belong to a row the tree left out.
    tags_untagged_line_gap: float = 0.5
    #: Share of a tagged table's row breaks at the line pitch, with no rule between, that
    #: shows a table tagged one row per printed line ...
    tags_line_rows_share: float = 0.5
    #: ... counted in tables of at least this many rows; where every cell is one line, the
    #: line pitch is taken as this many times the text's height (text set solid, as
    #: ``geometry.line_pitch`` takes it).
    tags_min_line_rows: int = 3
    tags_solid_pitch: float = 1.2
    #: A table scoring at least this needs no second look at the header sites inside it;
    #: a weaker one (a caption with header words read as the header: its values do not
    #: parse) is compared with their tables. Round 24's Word appendix scored 1.73 that way
    #: and 2.9 from its real header; every golden sample's tables score 2.0 or more.
    strong_site_score: float = 2.0
    #: Most header sites inside a weak table that are tried.
    max_inner_sites: int = 3
    #: A grid with no readable header (:mod:`detect.headless`): a column rule is one when
    #: its pieces (a 1-bit scan's rules break at each step of the straightened image) cover
    #: this share of the grid's height...
    headless_rule_cover: float = 0.8
    #: ...bridging gaps up to this long (points) between the pieces.
    headless_rule_gap: float = 6.0
    #: Body rows (between rules across the grid) such a grid needs.
    headless_min_rows: int = 3
    #: Columns with a field (the risk among them) such a grid needs.
    headless_min_fields: int = 3
    #: Share of a column's filled cells that must read alike to give the column a field
    #: ("Risk att ...", a small integer, a follows-plan answer, a short name).
    headless_cell_share: float = 0.75
    #: Largest probability or consequence; larger integers are risk values.
    headless_max_factor: int = 5
    #: Largest risk value read from a column of bare integers.
    headless_max_value: int = 25
    #: Most words of a process name; a column of cells this short or shorter is a name.
    headless_name_words: int = 4
    #: Fewest words of the sentences in a controls or comment column (on average).
    headless_sentence_words: int = 5

    # --- a sheet printed with its headings (detect/sheet.py, assemble/notes.py) -----------
    #: Column letters in order from A a line needs to be the sheet's column headings (and
    #: row numbers counting up in the margin, to be its row headings)...
    sheet_min_letters: int = 4
    #: ... and points between the row numbers and every other word of the page.
    sheet_margin_gap: float = 4.0

    # --- columns by year (assemble/yearcolumns.py) ------------------------------------------
    #: Distinct years among headers that are the same words but for the year ("Riskvärde
    #: 2024" / "Riskvärde 2025") that make them one field's columns by year.
    year_column_min_count: int = 2

    # --- labelled blocks (Stratsys, Hypergene exports) -------------------------------------
    #: Most words of a label ("Risk i verksamheten:").
    max_label_words: int = 4
    #: Points between a colon-less label and its value in a label/value table.
    value_gap: float = 10.0
    #: A vertical gap of this many line pitches ends a record.
    record_gap_ratio: float = 2.0
    #: Labels a record needs.
    min_record_fields: int = 2
    #: Most words of a numbered section heading over a record, number not counted ("3.4
    #: Upphandling av entreprenader"; round 23's web export of records without a grid).
    max_heading_words: int = 8
    #: Font sizes (points) this close are one size.
    same_size: float = 0.3
    #: Line pitch assumed on a page without lines.
    default_pitch: float = 12.0
    #: Records set side by side (detect/cards.py): points of white before a label inside a
    #: line that may open a column of cards (a word space is 2-4 points; the gutter between
    #: two cards 10 or more), and the labels that must stand there, at one x, on one page.
    card_gutter: float = 8.0
    card_min_labels: int = 4

    # --- page furniture --------------------------------------------------------------------
    #: Share of the page height, at top and bottom, where running headers and footers stand.
    margin_band: float = 0.12
    #: A line repeated on this share of pages is furniture...
    repeat_share: float = 0.5
    #: ...and on this many pages at least.
    min_repeats: int = 2

    # --- header wordings -------------------------------------------------------------------
    #: Shortest abbreviation of a header wording ("Kons.") read as that wording.
    min_abbreviation: int = 3
    #: Fuzzy score (0-100) a header needs to count as a synonym's variant.
    fuzzy_min_score: float = 88.0
    #: Shortest word of a longer header that may decide its field alone.
    min_deciding_word: int = 3
    #: Shortest start of a header word cut by a line-end hyphen ("Sann-") that counts.
    min_cut_keyword: int = 4
    #: A page is worth a full analysis when its plain text holds this many distinct header
    #: keywords within a window of this many words (a header row prints them together).
    candidate_min_keywords: int = 4
    candidate_window: int = 16

    # --- first pass and prose --------------------------------------------------------------
    #: Documents up to this many pages are analysed whole.
    first_pass_min_pages: int = 6
    #: Pages before a table page that are analysed too (title and counted prose stand there).
    pages_before: int = 2
    #: Pages after it (a table crossing into the next page without a repeated header).
    pages_after: int = 1
    #: First pages probed for images when a document gives no word: a scan, or no text.
    no_text_probe_pages: int = 5
    #: Line pitches between two paragraphs of prose.
    paragraph_gap: float = 1.4
    #: A figure beside the prose on its lines (assemble/beside.py): a gap of this many font
    #: sizes (justified text's spaces stay under 1.5), with this many words of prose before
    #: it and this many words after it, cuts the line (round 26's heat map: 3.1 sizes).
    beside_gap: float = 2.5
    beside_min_prose_words: int = 6
    beside_min_words: int = 2
    #: A row of dashboard tiles (assemble/tiles.py): numbers set at least this many times
    #: the size of the labels under them ("24" in 30 pt over "identifierade risker" in 10)...
    tile_number_ratio: float = 1.8
    #: ... with the labels at most this many label sizes below the numbers.
    tile_label_gap: float = 1.5
    #: A gap this many font sizes wide splits a line before the first table into two: a
    #: spreadsheet's title cell and a "Dnr ..." cell on its row, a title and a right tab.
    head_split_gap: float = 4.0
    #: A number standing alone this many font sizes right of a label on its line is a key
    #: figure ("Risker i nämndens riskanalys   22" in a summary table, round 28's Calc
    #: register): the row reads as one line, not as two columns of prose.
    key_figure_gap: float = 4.0

    # --- review flags (icp_extract/review/; tuned on blind rounds 13-23 at first contact) --
    #: Most tokens a word read in pieces may fall into ("kon trol le ras" is four).
    review_max_pieces: int = 4
    #: Shortest word, joined, that one-letter pieces may make (shorter joins are chance).
    review_min_joined: int = 6
    #: Zipf frequency (log10 per billion words) at which a token is a word of its own even
    #: when the lemma table lacks it ("att", "innan"); syllables of split words fall below.
    review_word_zipf: float = 3.0
    #: Shortest first part of a kept line-end hyphen that is judged (shorter ones are
    #: abbreviations: "GPS-data", "e-post").
    review_min_cut_part: int = 4
    #: Words in pieces a text needs to be flagged.
    review_min_split_words: int = 1
    #: Largest risk value and factor any risk scale gives (5 x 5): a larger one was misread.
    review_max_risk_value: int = 25
    review_max_factor: int = 5
    #: A text without a sentence's end is cut when this share of at least ``review_ended_min``
    #: other records' texts in its column end with one.
    review_ended_share: float = 0.9
    review_ended_min: int = 4
    #: Shortest word on a scanned page that is judged against the word lists (shorter ones
    #: are abbreviations and pieces the lists hold by chance).
    review_ocr_min_word: int = 3
    #: A column of the report's own is judged as a numbering ("Nr": "1.", "2.") when it has
    #: this many cells...
    review_ocr_min_column: int = 4
    #: ... and this share of them are numbers: a cell of another shape was misread.
    review_ocr_column_share: float = 0.6

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            want = int if f.type in ("int", int) else float
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise RequestError(
                    f"setting {f.name} must be a number, not {value!r}",
                    advice="give a number",
                )
            if want is int and not isinstance(value, int):
                raise RequestError(
                    f"setting {f.name} must be a whole number, not {value!r}",
                    advice="give a whole number",
                )
            if value < 0:
                raise RequestError(
                    f"setting {f.name} must not be negative, not {value!r}",
                    advice="give a number of zero or more",
                )
            if f.name.endswith("_share") and value > 1:
                raise RequestError(
                    f"setting {f.name} is a share and must be at most 1, not {value!r}",
                    advice="give a share between 0 and 1",
                )

    @classmethod
    def resolve(cls, settings: Settings | Mapping[str, Any] | None) -> Settings:
        """The settings as given, built from a dict of fields, or the defaults for None."""
        if settings is None:
            return DEFAULT_SETTINGS
        if isinstance(settings, cls):
            return settings
        if isinstance(settings, Mapping):
            known = {f.name for f in dataclasses.fields(cls)}
            unknown = sorted(set(settings) - known)
            if unknown:
                raise RequestError(
                    f"unknown settings: {', '.join(map(str, unknown))}",
                    advice="see icp_extract.settings.Settings for their names",
                )
            return cls(**settings)
        raise RequestError(
            f"settings must be a Settings or a dict, not {type(settings).__name__}",
            advice="pass icp_extract.settings.Settings(...) or a dict of its fields",
        )


DEFAULT_SETTINGS = Settings()
