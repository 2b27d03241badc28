"""Report metadata from prose, and values as printed in cells: unit tables."""

from __future__ import annotations

import pytest
from conftest import SAMPLES

from icp_extract.assemble.values import parse_follows_plan, parse_int, parse_s_k
from icp_extract.detect.furniture import PAGE_NUMBER
from icp_extract.detect.headers import map_header
from icp_extract.metadata import _as_of, _organ, _period, extract_metadata
from icp_extract.metadata.counts import _counts
from icp_extract.pipeline import _pages_to_analyse
from icp_extract.read import open_document

COUNTS = [
    ("I bruttolistan har 21 risker inventerats. Nio av dessa risker har ett riskvärde som "
     "värderar risken som kritisk.", (21, 9)),
    ("Riskanalysen omfattar totalt 18 identifierade risker. Fem risker har ett riskvärde på 9 "
     "eller mer och klassas därmed som kritiska.", (18, 5)),
    ("I socialnämndens riskanalys inför 2023 bedömdes 24 risker, varav sex som kritiska.", (24, 6)),
    ("Internkontrollplanen omfattar åtta risker av de 22 som inventerades i riskanalysen. Alla "
     "åtta bedöms som kritiska.", (22, 8)),
    ("Förvaltningen har inventerat 16 risker. Av de inventerade riskerna bedömdes sju som "
     "kritiska.", (16, 7)),
    ("Enligt kommunallagen 6 kap. 1 § ska nämnden följa upp kontrollen.", (None, None)),
    ("Andelen signeringar var 91 procent under året.", (None, None)),
    ("Planen antogs den 24 januari 2024 och omfattar de risker som bedömts vara kritiska. I "
     "analysen har 22 risker identifierats. Sex av riskerna har ett riskvärde på 8 eller mer "
     "och är därmed kritiska.", (22, 6)),
    ("Av nämndens 15 risker bedöms sex som kritiska, med ett riskvärde på 8 eller högre.",
     (15, 6)),
    ("Nämnden har i sin riskanalys värderat 18 risker, varav sex har ett riskvärde på 8 eller "
     "högre och betraktas som kritiska.", (18, 6)),
    ("Sannolikhet och konsekvens bedöms från 1 till 4, och riskvärdet är produkten S×K. Av de "
     "24 risker som kartlagts har tio ett riskvärde på 9 eller högre.", (24, 10)),
    ("I analysen togs 13 risker fram. Sex av dem bedöms som kritiska.", (13, 6)),
    ("Av nämndens 16 bedömda risker är sex kritiska, och det är dessa som har kontrollerats.",
     (16, 6)),
    ("I den risk- och väsentlighetsanalys som planen bygger på bedömdes 13 risker.", (13, None)),
    ("Inför 2024 bedömde förvaltningen tolv risker inom gatu-, park- och trafikverksamheten. "
     "Fyra av riskerna bedömdes som kritiska.", (12, 4)),
    ("Riskanalysen resulterade i 16 risker. Av dessa har nämnden valt ut sex som kritiska.",
     (16, 6)),
    ("I riskanalysen för 2025 bedömdes 26 risker. Åtta av dem ingår i internkontrollplanen.",
     (26, 8)),
    ("Nämnden har inventerat 19 risker. Åtta av dem har förts in i planen. Av dessa bedöms "
     "tre som kritiska.", (19, 3)),
    ("Inför 2025 har tjugotvå risker inventerats i nämndens riskanalys. Elva av dessa bedöms "
     "vara kritiska.", (22, 11)),
    ("Av de 22 risker som förvaltningen bedömde i riskanalysen hösten 2021 har sex fått ett "
     "kontrollmoment i planen.", (22, 6)),
    ("Identifierade risker 22\nVarav kritiska 11\nVarav i planen 8", (22, 11)),
]  # fmt: skip


@pytest.mark.parametrize(("prose", "expected"), COUNTS)
def test_counts_stated_in_prose(prose: str, expected: tuple[int | None, int | None]) -> None:
    """This test ensures that the inventoried and critical counts are read as the prose states
    them, in digits or Swedish number words, and that paragraphs, years, shares and days of
    a month are not."""
    assert _counts(prose) == expected


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        ("Helårsuppföljning av kritiska risker i Kommunstyrelsens Internkontrollplan 2023",
         "Kommunstyrelsen"),
        ("Uppföljning av Barn- och utbildningsnämndens internkontrollplan",
         "Barn- och utbildningsnämnden"),
        ("Delårsuppföljning av internkontrollplan 2022 – Tekniska nämnden", "Tekniska nämnden"),
        ("Protokoll från sammanträdet", None),
        ("Skärholmens stadsdelsnämnd\nDelårsrapport 2024", "Skärholmens stadsdelsnämnd"),
        ("Farsta stadsdelsnämnd\nTertialrapport 2 2024", "Farsta stadsdelsnämnd"),
        ("Norra stadsdelsnämnden\nTertialrapport 2 2024", "Norra stadsdelsnämnden"),
        ("Uppföljning för Västra Hisingens stadsdelsnämnd", "Västra Hisingens stadsdelsnämnd"),
        ("Kungsholmens stadsdelsnämnds internkontrollplan", "Kungsholmens stadsdelsnämnd"),
        ("Kommunens revisionsnämnd har granskat", "Revisionsnämnden"),
        ("Nämndens styrelse beslutade", None),
        ("Räddningstjänstförbundet Östra Vättern\nUppföljning av internkontroll",
         "Räddningstjänstförbundet Östra Vättern"),
        ("Samordningsförbundet Göteborg har granskat", "Samordningsförbundet Göteborg"),
        ("Socialnämnden i förbundet", "Socialnämnden"),
        ("Nämnden för funktionsstöd har i sin riskanalys", "Nämnden för funktionsstöd"),
        ("Nämnden för teknisk försörjning har i sin riskanalys",
         "Nämnden för teknisk försörjning"),
        ("Nämnden för konsument- och medborgarservice beslutar",
         "Nämnden för konsument- och medborgarservice"),
        ("nämnden för funktionsstöd", None),
        ("Hägersten-Älvsjö stadsdelsnämnd\nHelår 2023", "Hägersten-Älvsjö stadsdelsnämnd"),
        ("Enskede-Årsta-Vantörs stadsdelsnämnd", "Enskede-Årsta-Vantörs stadsdelsnämnd"),
        ("Älvsjö stadsdelsnämnd beslutar", "Älvsjö stadsdelsnämnd"),
        ("Varje nämnd ska följa upp", None),
        ("Kultur- och fritidsnämnden", "Kultur- och fritidsnämnden"),
        ("Direktionen för Skolförbundet Norrvik", "Direktionen för Skolförbundet Norrvik"),
        ("Rapport om Utbildningsförbundet Norrvik", "Utbildningsförbundet Norrvik"),
        ("Hälsa-, vård- och omsorgsnämnden", "Hälsa-, vård- och omsorgsnämnden"),
        ("Nämnden för gemensam service har i sin", "Nämnden för gemensam service"),
        ("Nämnden för Intraservice", "Nämnden för Intraservice"),
        ("Södermalms stadsdelsnämnd", "Södermalms stadsdelsnämnd"),
        ("Sydkustens IT-förbund\nHelårsuppföljning", "Sydkustens IT-förbund"),
    ],
)  # fmt: skip
def test_organ(text: str, organ: str | None) -> None:
    """This test ensures that the nämnd or styrelse is named in its base form, and one named
    after a place in the genitive as printed ("Skärholmens stadsdelsnämnd"), while a common
    noun in the genitive ("Kommunens") is no part of the name; a place whose parts are joined
    by hyphens is kept whole, and a kommunalförbund keeps its board when printed before it."""
    assert _organ(text) == organ


@pytest.mark.parametrize(
    ("text", "value", "s_k"),
    [("9", 9, (None, None)), ("3x3=9", 9, (3, 3)), ("S3 K4", None, (3, 4)),
     ("12 ", 12, (None, None)), ("", None, (None, None)), ("Hög", None, (None, None)),
     ("12 (hög)", 12, (None, None)), ("16 (mycket hög)", 16, (None, None)),
     ("3 av 4", None, (None, None)), ("4 x 3", None, (4, 3)), ("3×3", None, (3, 3)),
     ("9*", 9, (None, None)), ("4 x 3 x 2", None, (None, None)), ("Hög (12)", 12, (None, None)),
     ("Låg 3", 3, (None, None)), ("Mycket hög (16)", 16, (None, None)),
     ("12 – Hög", 12, (None, None)), ("Risk 3 av 4", None, (None, None)),
     ("S3/K4 = 12", 12, (3, 4)), ("Sannolikhet: 2 Konsekvens: 4 = 8", 8, (2, 4)),
     ("12 (S 3 × K 4)", 12, (3, 4)), ("12 (S\n3 × K\n4)", 12, (3, 4)),
     ("Sannolikhet: 2\nKonsekvens: 3 = 6", 6, (2, 3)), ("Se kommentar", None, (None, None)),
     ("12,0", 12, (None, None)), ("16,0", 16, (None, None)), ("12,5", None, (None, None)),
     ("2 – Mindre sannolik", 2, (None, None)), ("3-4", None, (None, None))],
)  # fmt: skip
def test_risk_values_only_as_printed(text: str, value: int | None, s_k: tuple) -> None:
    """This test ensures that a risk value is read only where the report prints it: "4 x 3"
    states probability and consequence, and no value of our own making."""
    assert parse_int(text) == value
    assert parse_s_k(text) == s_k


@pytest.mark.parametrize(
    ("text", "canonical"),
    [("Ja", "Ja"), ("JA", "Ja"), ("nej.", "Nej"), ("Delvis", "Delvis"), ("Ja, delvis", "Delvis"),
     ("", None), ("Pågår", None), ("Genomförd", "Ja"), ("Genomförd enligt plan", "Ja"),
     ("Ej genomförd", "Nej"), ("Inte genomförd, se kommentar", "Nej"), ("Uppfyllt", "Ja"),
     ("Delvis uppfyllt", "Delvis"), ("Ej uppfyllt", "Nej"),
     ("Delvis genomförd", "Delvis"), ("Ej aktuellt", None), ("Ja, se kommentar", "Ja"),
     ("Ja¹", "Ja"), ("Nej²", "Nej"), ("Klar", "Ja"), ("Avslutad", "Ja"),
     ("Ej påbörjad", None), ("Pågående", None), ("☒ Ja ☐ Nej", "Ja"), ("☐ Ja ☒ Nej", "Nej"),
     ("☐ Ja ☐ Nej", None), ("☐ Ja ☐ Nej ☒ Delvis", "Delvis"), ("☒ Ja ☒ Nej", None),
     ("✔ Ja", "Ja"), ("◐ Delvis", "Delvis"), ("✖ Nej", "Nej"), ("✔", None),
     ("☑ Ja □ Nej", "Ja"), ("Följer plan", "Ja"), ("Avvikelse", "Nej"),
     ("Ja, med avvikelse", "Ja"), ("Följer inte planen", "Nej")],
)  # fmt: skip
def test_follows_plan_canonical(text: str, canonical: str | None) -> None:
    """This test ensures that "Följer plan" answers map to Ja / Nej / Delvis, nothing invented:
    a state whose meaning depends on the deadline ("Ej påbörjad", "Pågår") says neither, and of
    check boxes printed as characters only the one checked box answers."""
    assert parse_follows_plan(text) == canonical


def test_first_pass_picks_the_follow_up_in_a_bundle() -> None:
    """This test ensures that the quick pdfium pass over a 109-page meeting bundle leaves only
    the pages around the follow-up section (its table stands on pages 51-52) for the full
    analysis."""
    with open_document(SAMPLES / "archive" / "bundle_kallelse.pdf") as doc:
        pages = _pages_to_analyse(doc.quick_texts())
    assert pages is not None
    assert {51, 52} <= set(pages)
    assert len(pages) <= 16  # under 15 % of the 109 pages


@pytest.mark.parametrize(
    ("header", "field"),
    [("Enligt plan (Ja/Nej)", "follows_plan"), ("Sannolikhet (1-4)", "probability"),
     ("R", "risk_value"), ("S", "probability"), ("K", "consequence"),
     ("Riskvärde (S x K)", "risk_value"), ("Risk (S×K)", "risk_value"), ("S*K", "risk_value"),
     ("Sannolikhet x konsekvens", "risk_value"), ("Bedömd risk", "risk_value"),
     ("Allvarlighetsgrad", "consequence"), ("Metod för kontroll", "controls"),
     ("Åtgärdsbehov", "handling"), ("Uppfylld", "follows_plan"), ("Rutin/system", "process"),
     ("Kontrollfrekvens", None), ("Ansvarig", None), ("Sannol.", "probability"),
     ("Kons.", "consequence"), ("Riskv.", "risk_value"), ("Kontrollmom.", "controls"),
     ("Komm.", "comment"), ("RV", "risk_value"), ("Ställningstagande", "handling"),
     ("Bedömning (S × K)", "risk_value"), ("Följer plan / kommentar", "follows_plan"),
     ("Kommentar/åtgärd", "comment")],
)  # fmt: skip
def test_header_wordings(header: str, field: str | None) -> None:
    """This test ensures that header wordings map to their field, also with a remark in
    brackets after them, as the single letters S, K, R, with "×" or "*" for "x", and
    abbreviated with a full stop ("Sannol.", "Riskv.")."""
    assert map_header(header) == (field, True)


@pytest.mark.parametrize(
    "prose", ["varje kritisk risk vid årets slut.", "hantering,", "Risk att allt blir fel."]
)
def test_a_piece_of_a_sentence_is_no_header(prose: str) -> None:
    """This test ensures that a would-be header cell that reads as a piece of a sentence (a
    comma at its end, or several words and a full stop) maps to no field, while one
    abbreviated word with a stop ("Riskv.") still does (see test_header_wordings)."""
    assert map_header(prose) == (None, False)
    assert map_header(prose.rstrip(",."))[0] is not None


@pytest.mark.parametrize(
    ("headers", "fields"),
    [(["Process", "Risk", "Utfall", "Kommentar"], ["process", "risk", None, "comment"]),
     (["Process", "Risk", "Utfall"], ["process", "risk", "comment"]),
     (["Risk", "Riskbeskrivning", "Riskvärde"], ["risk", None, "risk_value"])],
)  # fmt: skip
def test_a_field_claimed_twice_goes_to_the_column_of_its_own_name(
    headers: list[str], fields: list[str | None]
) -> None:
    """This test ensures that where two columns are wordings of one field ("Utfall" beside
    "Kommentar"), the one headed by the field's own name takes it, whichever stands first,
    and the other keeps its text in ``extra``; alone, "Utfall" is the comment."""
    from icp_extract.detect.headers import map_headers

    assert map_headers(headers) == fields


@pytest.mark.parametrize(
    ("text", "page_number"),
    [("7", True), ("Sida 3 av 7", True), ("3/7", True), ("sida 12", True), ("2024", False),
     ("Internkontrollplan 2024", False)],
)  # fmt: skip
def test_page_numbers(text: str, page_number: bool) -> None:
    """This test ensures that a number alone in the margin counts as a page number, but a year
    closing a title line does not."""
    assert bool(PAGE_NUMBER.match(text)) is page_number


@pytest.mark.parametrize(
    ("title", "period"),
    [("Helårsuppföljning av internkontrollplan 2023", "helår"),
     ("Delårsrapport augusti", "delår"), ("Uppföljning tertial 2 2024", "tertial"),
     ("Internkontrollplan 2024 – uppföljning per den 31 augusti (T2)", "tertial"),
     ("Uppföljning av internkontrollplan 2024", None)],
)  # fmt: skip
def test_period(title: str, period: str | None) -> None:
    """This test ensures that the period is read from the words a title uses for it, also
    from a tertial's short name ("T2"), and that a title naming none gives none."""
    assert _period(title) == period


@pytest.mark.parametrize(
    ("title", "period"),
    [("Uppföljning av internkontrollplan 2025 per augusti", "delår"),
     ("Uppföljning per den 30 april 2025", "tertial"),
     ("Riskregister med kontrollresultat per 2024-12-31", "helår"),
     ("Uppföljning per december", "helår"),
     ("Uppföljning av internkontrollplan 2024", None),
     ("Kommunstyrelsen per capita", None)],
)  # fmt: skip
def test_period_from_a_date_of_reporting(title: str, period: str | None) -> None:
    """This test ensures that a follow-up as of April's end is the first tertial, as of another
    month's end before December a delår, as of December a helår, and that "per" without a
    date implies nothing."""
    assert _as_of(title) == period


def _meta(*lines: str, prose: str = "") -> tuple:
    head = [(line, 14.0 if i == 0 else 10.0) for i, line in enumerate(lines)]
    m = extract_metadata(head, prose, " ".join)
    return m.organ, m.year, m.period, m.title


def test_subtitle_gives_period_year_and_organ() -> None:
    """This test ensures that a subtitle under the title ("<nämnd>, tertial 1 2025") gives the
    organ, the year and the period the title lacks, and that its specific period word wins
    over the date of reporting in the title ("per 30 april")."""
    got = _meta(
        "Uppföljning av internkontrollplan per 30",
        "Kultur- och föreningsnämnden, tertial 1 2025",
        prose="Nämnden följer upp planen. Kommunfullmäktige beslutade 2023.",
    )
    assert got == (
        "Kultur- och föreningsnämnden",
        2025,
        "tertial",
        "Uppföljning av internkontrollplan per 30",
    )


@pytest.mark.parametrize(
    ("text", "split"),
    [("Delvis. Åtta kök hade listor.", ("Delvis", "Åtta kök hade listor.")),
     ("Ej påbörjad. Görs i maj.", ("Ej påbörjad", "Görs i maj.")),
     ("Ja.", ("Ja.", None)), ("Ja, med avvikelse", ("Ja, med avvikelse", None)),
     ("Kontrollen visade fel. Rättat.", ("Kontrollen visade fel. Rättat.", None))],
)  # fmt: skip
def test_an_answer_opening_its_comment(text: str, split: tuple) -> None:
    """This test ensures that a follows-plan cell that opens with an answer closed by a stop
    ("Delvis. Åtta kök ...", a column "Följer plan / kommentar") gives the answer and the
    comment after it, a neutral state included, while an answer alone, an answer with its
    own remark after a comma, or a sentence that opens with no answer stay whole."""
    from icp_extract.assemble.values import answer_and_comment

    assert answer_and_comment(text) == split


def test_a_subtitle_before_a_numbered_heading_gives_the_period() -> None:
    """This test ensures that a subtitle's date of reporting ("Rapport per 2025-12-31") is
    read although the next line is a numbered heading in a larger size ("1 Inledning", which
    opens with a digit as a wrapped line may), and that a wrapped line in the same size
    still ends the subtitle."""
    head = [
        ("Uppföljning av internkontrollplan 2025", 26.0),
        ("Rapport per 2025-12-31 · Dnr PVN 2026-0019", 11.5),
        ("1 Inledning", 14.5),
    ]
    assert extract_metadata(head, "", " ".join).period == "helår"
    wrapped = [*head[:2], ("2 risker följs upp", 11.5)]
    assert extract_metadata(wrapped, "", " ".join).period is None


def test_a_title_line_does_not_swallow_the_next_line() -> None:
    """This test ensures that a title is joined only with lines that wrap into it ("... 2024
    – delårsrapport" / "per augusti"), not with a following line that starts anew."""
    head = [
        ("Uppföljning av internkontrollplan 2024 – delårsrapport", 14.0),
        ("per augusti", 14.0),
        ("Dnr 2024/12", 14.0),
    ]
    m = extract_metadata(head, "", " ".join)
    assert m.title == "Uppföljning av internkontrollplan 2024 – delårsrapport per augusti"


def test_a_title_goes_on_past_side_text_in_smaller_type() -> None:
    """This test ensures that a title whose lines a navigation column in small type stands
    between ("... – upp\u00adfölj\u00ad" / "Om oss" / "ning av ...") is read whole, and that a
    heading of the title's size after a small line is not joined to it."""
    head = [
        ("Start", 8.5),
        ("Miljönämnden – upp\u00adfölj\u00ad", 17.0),
        ("Om oss", 8.5),
        ("ning av internkontrollplan 2024, helår", 17.0),
        ("Nämnden", 8.5),
    ]
    m = extract_metadata(head, "", lambda lines: "".join(x.rstrip("\u00ad") for x in lines))
    assert m.title == "Miljönämnden – uppföljning av internkontrollplan 2024, helår"
    heading = [("Uppföljning av internkontrollplan 2024", 17.0), ("Om oss", 8.5),
               ("1 Inledning", 17.0)]  # fmt: skip
    assert extract_metadata(heading, "", " ".join).title == "Uppföljning av internkontrollplan 2024"


def test_side_text_on_a_title_row_is_read_after_the_title() -> None:
    """This test ensures that a head line holding a navigation entry in small type far left
    of a title line gives the title part first, each part at its own size."""
    from icp_extract.assemble.text import head_parts
    from icp_extract.geometry import TextLine
    from icp_extract.model import Word
    from icp_extract.settings import DEFAULT_SETTINGS

    line = TextLine((Word("Nämnden", 39, 75, 155, 164, 1, size=8.5),
                     Word("ning", 153, 190, 150, 167, 1, size=17.0),
                     Word("av", 196, 215, 150, 167, 1, size=17.0)))  # fmt: skip
    assert head_parts(line, settings=DEFAULT_SETTINGS) == [("ning av", 17.0), ("Nämnden", 8.5)]


def test_a_cell_far_right_of_the_title_is_not_part_of_it() -> None:
    """This test ensures that a title line with a cell far to its right on the same row ("Dnr
    BGN 2025/211", as a spreadsheet prints it) is read as two parts, the title alone, while a
    line with ordinary spaces stays one."""
    from icp_extract.assemble.text import head_parts
    from icp_extract.geometry import TextLine
    from icp_extract.model import Word
    from icp_extract.settings import DEFAULT_SETTINGS

    def line(*spans: tuple[str, float]) -> TextLine:
        return TextLine(tuple(Word(t, x, x + 5 * len(t), 37, 45, 1, size=8) for t, x in spans))

    wide = line(("Delårsuppföljning", 28), ("2025", 117), ("Dnr", 491), ("2025/211", 508))
    assert [t for t, _ in head_parts(wide, settings=DEFAULT_SETTINGS)] == [
        "Delårsuppföljning 2025",
        "Dnr 2025/211",
    ]
    near = line(("Delårsuppföljning", 28), ("2025", 117))
    assert [t for t, _ in head_parts(near, settings=DEFAULT_SETTINGS)] == ["Delårsuppföljning 2025"]


def test_the_running_lines_hold_the_title_when_nothing_stands_before_the_table() -> None:
    """This test ensures that a page's running header and footer (its lines taken out as
    furniture) are read as head lines and prose, split at wide gaps, so that a spreadsheet
    whose title and counts stand only there gets them; and that the metadata read from them
    only fills what the report's own lines left empty."""
    from icp_extract.assemble.text import running_lines
    from icp_extract.geometry import group_lines
    from icp_extract.metadata import filled
    from icp_extract.model import PageContent, ReportMeta, Word
    from icp_extract.settings import DEFAULT_SETTINGS

    def words(top: float, *spans: tuple[str, float]) -> list[Word]:
        return [Word(t, x, x + 5 * len(t), top, top + 8, 1, size=8) for t, x in spans]

    header = words(20, ("Infrastrukturnämnden", 28), ("Delårsuppföljning", 300),
                   ("2024", 390))  # fmt: skip
    body = words(100, ("Nr", 28), ("Risk", 60))
    page = PageContent(1, 595, 842, tuple(header + body))
    head, prose = running_lines(page, group_lines(body), " ".join, settings=DEFAULT_SETTINGS)
    assert [t for t, _ in head] == ["Infrastrukturnämnden", "Delårsuppföljning 2024"]
    assert prose == "Infrastrukturnämnden Delårsuppföljning 2024"
    own = ReportMeta(organ=None, year=2024, period="delår")
    runs = ReportMeta(organ="Infrastrukturnämnden", year=2023, period=None, title="T")
    assert filled(runs, own) == ReportMeta("Infrastrukturnämnden", 2023, "delår", "T")


def test_a_title_broken_at_a_soft_hyphen_is_joined() -> None:
    """This test ensures that a title wrapped inside a word at a soft hyphen (Chromium:
    "... 2023 – uppfölj\u00ad" / "ning helår") is joined into the word, while invisible
    characters inside a line are still dropped."""
    from icp_extract.normalize.cell import normalize_cell

    head = [("Nämndens internkontrollplan 2023 – uppfölj\u00ad", 16.0), ("ning helår", 16.0)]
    title = extract_metadata(head, "", lambda lines: normalize_cell(lines)).title
    assert title == "Nämndens internkontrollplan 2023 – uppföljning helår"
    inside = [("Intern\u00adkontroll\u200b 2023", 16.0)]
    assert extract_metadata(inside, "", " ".join).title == "Internkontroll 2023"


def test_organ_in_capitals_and_company_around_the_title() -> None:
    """This test ensures that an organ printed in capitals above the title is named as a
    sentence writes it, and that a municipal company ("... AB") is named as printed when it
    stands around the title, but not when only the prose names a company."""
    caps = _meta("KULTUR- OCH BILDNINGSNÄMNDEN", "Internkontroll 2024 – uppföljning helår")
    assert caps[0] == "Kultur- och bildningsnämnden"
    company = _meta("Kommunfastigheter i Norrhamra AB", "Internkontroll 2024 – helårsuppföljning")
    assert company[0] == "Kommunfastigheter i Norrhamra AB"
    prose_only = _meta("Internkontroll 2024", prose="Avtalet med Sweco AB förlängdes.")
    assert prose_only[0] is None


@pytest.mark.parametrize(
    ("prose", "counts"),
    [("Antal risker 21 Varav kritiska 7 Ja 4 Delvis 2", (21, 7)),
     ("Identifierade risker: 24\nKritiska risker: 8", (24, 8)),
     ("Inventerade risker 25 Kritiska risker i planen 9 Följer plan 5", (25, 9)),
     ("Antal risker i riskanalysen: 25 Varav kritiska (riskvärde 9 eller högre): 5", (25, 5)),
     ("Identifierade risker 22 Kritiska risker Följer plan 5", (None, None)),
     ("Antal risker 21", (None, None)),
     ("Risker i nämndens riskanalys 22 Varav kritiska risker (riskvärde 9–16) 9", (22, 9)),
     ("Risker i nämndens riskanalys Varav kritiska risker (riskvärde 9–16) 22 9", (None, None)),
     ("Av de 18 riskerna bedöms fem som kritiska.", (None, None))],
)  # fmt: skip
def test_key_figures(prose: str, counts: tuple[int | None, int | None]) -> None:
    """This test ensures that counts printed as key figures (a label and its number, in a
    fact box or a summary sheet) are read, both or none, and that sentences are left to the
    sentence reading."""
    from icp_extract.metadata.counts import _key_figures

    got = _key_figures(prose)
    assert (got if None not in got else (None, None)) == counts


def test_organ_with_soft_hyphens_in_its_name() -> None:
    """This test ensures that a web page's soft hyphens inside an organ's name do not cut it
    ("Nämnden för de\u00admo\u00adkra\u00adti och medborgarservice")."""
    head = [("Nämnden för de\u00admo\u00adkra\u00adti och medborgarservice", 10.0),
            ("Uppföljning av internkontrollplan 2025", 14.0)]  # fmt: skip
    assert (
        extract_metadata(head, "", " ".join).organ == "Nämnden för demokrati och medborgarservice"
    )


@pytest.mark.parametrize(("text", "company"), [
    ("Ekbacka Vatten AB", "Ekbacka Vatten AB"),
    ("Uppföljning Tornby Parkering AB", "Tornby Parkering AB"),
    ("Bostäder i Norrvik AB", "Bostäder i Norrvik AB"),
    ("Inga bolag här", None),
])  # fmt: skip
def test_company(text: str, company: str | None) -> None:
    """This test ensures that a company is named as printed before "AB", with every word of
    its name, and that a common word opening the line before it is no part of it."""
    from icp_extract.metadata import _company

    assert _company(text) == company


@pytest.mark.parametrize(("text", "period"), [
    ("Rapport till styrelsen, januari–augusti 2025", "delår"),
    ("Uppföljning januari-december 2024", "helår"),
    ("Möten i januari och augusti", None),
])  # fmt: skip
def test_months_reported_on_give_the_period(text: str, period: str | None) -> None:
    """This test ensures that the months a report covers ("januari–augusti") give a delår,
    through December the whole year, and that two months named apart give nothing."""
    assert _as_of(text) == period


def test_a_period_under_a_fact_box_beside_the_title() -> None:
    """This test ensures that a date of reporting a few lines under the title, below a fact
    box's lines beside it, gives the period, and that one further down does not."""
    head = [
        ("Tornby Parkering AB", 10.0), ("14", 10.0), ("Identifierade risker", 8.0),
        ("Uppföljning av internkontrollplan 2025", 14.0), ("6", 10.0), ("Varav kritiska", 8.0),
        ("Rapport till styrelsen, januari–augusti 2025", 10.0),
    ]  # fmt: skip
    assert extract_metadata(head, "", " ".join).period == "delår"
    far = [*head[:6], ("a", 8.0), ("b", 8.0), ("c", 8.0), head[6]]
    assert extract_metadata(far, "", " ".join).period is None


@pytest.mark.parametrize(("prose", "expected"), [
    ("Av 30 identifierade risker bedöms 12 som väsentliga.", (30, 12)),
    ("Kostnaderna ökade väsentligt. I analysen identifierades 30 risker.", (30, None)),
    ("I riskanalysen ingick 26 risker, och 8 av dem fick ett riskvärde som gör att de ska "
     "följas upp i internkontrollplanen.", (26, 8)),
    ("Av 15 risker följs fem upp i internkontrollplanen.", (None, 5)),
    ("I analysen identifierades 20 risker. Kontrollerna följs upp i planen varje tertial.",
     (20, None)),
])  # fmt: skip
def test_significant_risks_are_the_critical_count(
    prose: str, expected: tuple[int | None, int | None]
) -> None:
    """This test ensures that risks called "väsentliga" give the critical count, as
    "kritiska" does, and that the adverb "väsentligt" does not; that the risks "followed up
    in the plan" are the critical ones, not the count they were taken out of ("Av 15"),
    and that controls followed up in the plan give no count."""
    assert _counts(prose) == expected


@pytest.mark.parametrize(
    ("prose", "counts"),
    [
        ("Riskvärdet är produkten av de två, och en risk med ett riskvärde på 8 eller högre "
         "bedöms som kritisk. Av de 21 risker som inventerats bedöms sju vara kritiska.", (21, 7)),
        ("Av de två risker som tillkom i år bedöms båda vara kritiska.", (None, 2)),
    ],
)  # fmt: skip
def test_a_number_that_refers_back_is_no_count(prose: str, counts: tuple) -> None:
    """This test ensures that "de två" referring back ("produkten av de två,") is not read as
    a count of critical risks, while "de två risker" still counts."""
    from icp_extract.metadata.counts import _stated_counts

    assert _stated_counts(prose) == counts


@pytest.mark.parametrize(
    ("prose", "critical"),
    [("Identifierade risker  24\nVarav i planen  8", 8),
     ("Identifierade risker 24\nVarav i internkontrollplanen 8", 8),
     ("Identifierade risker 24\nKontroller med avvikelse 3", None)],
)  # fmt: skip
def test_key_figure_of_the_risks_in_the_plan(prose: str, critical: int | None) -> None:
    """This test ensures that a key figure naming the risks by the plan they went into
    ("Varav i planen 8") is the critical count, and that another key figure is not."""
    from icp_extract.metadata.counts import _stated_counts

    assert _stated_counts(prose)[1] == critical


def test_the_organ_above_a_title_is_on_the_titles_page() -> None:
    """This test ensures that in a meeting bundle the lines ending the paper before the
    report (a protocol's "Beslutet skickas till Kommunstyrelsen, ...") do not name the
    report's organ, while the same lines on the title's own page would."""
    head = [
        ("Beslutet skickas till", 10.0),
        ("Kommunstyrelsen, förvaltningschefen, rektorerna", 10.0),
        ("Uppföljning av internkontrollplan per 30 april 2025", 16.0),
    ]
    prose = "Skol- och kulturnämnden godkänner uppföljningen av internkontrollplanen."
    assert extract_metadata(head, prose, " ".join, pages=[1, 1, 2]).organ == (
        "Skol- och kulturnämnden"
    )
    assert extract_metadata(head, prose, " ".join, pages=[2, 2, 2]).organ == "Kommunstyrelsen"


@pytest.mark.parametrize(
    ("prose", "counts"),
    [
        ("Risker i nämndens riskanalys 26\nRisker med kontrollmoment i planen 8", (26, 8)),
        ("Riskanalysen omfattade 18 risker. Sex av dem har bedömts som så allvarliga att de "
         "in går i planen med ett kontrollmoment.", (18, 6)),  # OCR's spaced "ingår"
        ("Vi följer upp risker som finns i planen 2024.", (None, None)),  # a year, no count
        ("Av de 22 risker som nämnden bedömde i riskanalysen valdes åtta ut till planen.",
         (22, 8)),  # chosen for the plan
    ],
)  # fmt: skip
def test_counts_of_risks_in_the_plan_in_other_words(prose: str, counts: tuple) -> None:
    """This test ensures that a key figure with words between "Risker" and "i planen" is
    the critical count, that a verb OCR read in two pieces ("in går") still puts risks into
    the plan, and that a year after "i planen" is no count."""
    from icp_extract.metadata.counts import _stated_counts

    assert _stated_counts(prose) == counts


def test_the_part_before_av_de_is_the_critical_count() -> None:
    """This test ensures that in "Sju av de 26 risker ... bedöms som kritiska" the seven are
    the critical risks and the 26 the inventory they were taken out of."""
    from icp_extract.metadata.counts import _stated_counts

    prose = "Sju av de 26 risker som inventerades i riskanalysen bedöms som kritiska."
    assert _stated_counts(prose) == (26, 7)


def test_a_number_counting_something_else_after_de_is_no_risk_count() -> None:
    """This test ensures that "produkten av de två bedömningarna ... räknas som kritisk"
    counts assessments, not critical risks, while "de 21 riskerna" counts risks."""
    from icp_extract.metadata.counts import _stated_counts

    prose = (
        "Riskvärdet är produkten av de två bedömningarna, och en risk med ett riskvärde på 8 "
        "eller mer räknas som kritisk. Som kritiska bedöms åtta av de 26 risker som har "
        "inventerats."
    )
    assert _stated_counts(prose) == (26, 8)
    assert _stated_counts("Av de 21 riskerna bedöms sju vara kritiska.") == (21, 7)
