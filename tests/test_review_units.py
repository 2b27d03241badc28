"""The review units read from a record's text and from its table: each code raised by a case
that should raise it and not by a near case that should not. The reports are built by hand,
so each case shows the one thing it is about."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from conftest import SAMPLES

import icp_extract
import icp_extract.pipeline
from icp_extract.model import Column, Provenance, Report, ReportMeta, Risk, Source
from icp_extract.review import REPORT_CODES, RISK_CODES, with_review
from icp_extract.schema import result_schema
from icp_extract.settings import Settings

COLUMNS = (
    Column("Process", "process"),
    Column("Risk", "risk"),
    Column("Riskvärde", "risk_value"),
    Column("Kontrollmoment", "controls"),
    Column("Följer plan", "follows_plan"),
    Column("Kommentar", "comment"),
)


def _risk(seq: int = 1, **changes: Any) -> Risk:
    """A record read right: every field of a plain follow-up table."""
    fields: dict[str, Any] = {
        "seq": seq,
        "process": "Inköp",
        "context": None,
        "label": None,
        "risk": "Risk att inköp görs utanför avtal.",
        "risk_value": 9,
        "probability": None,
        "consequence": None,
        "controls": "Stickprov på 20 fakturor.",
        "handling": None,
        "follows_plan": "Ja",
        "comment": "Inga avvikelser hittades.",
        "pages": (1,),
        "raw": {"risk_value": "9", "follows_plan": "Ja"},
    }
    fields.update(changes)
    return Risk(**fields)


def _report(*risks: Risk, columns: tuple[Column, ...] = COLUMNS, **meta: Any) -> Report:
    return Report(
        source=Source("r.pdf", "0" * 64, 2),
        report=ReportMeta(**meta),
        columns=columns,
        risks=risks or (_risk(),),
    )


def _codes(report: Report, at: int = 0) -> list[tuple[str, str | None]]:
    return [(i.code, i.field) for i in with_review(report).risks[at].review]


def test_a_plain_record_has_nothing_to_review() -> None:
    """This test ensures that the record every case below changes is itself unflagged, so
    each case's flag comes from its one change."""
    assert _codes(_report(_risk(), _risk(2))) == []
    assert _codes(_report(_risk(), _risk(2)), 1) == []


# -- the record's text ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Risk att för sörj nings stöd betalas ut fel ak tigt.", True),  # soft hyphens lost
        ("Risk att inkomster inte kon trol le ras.", True),
        ("Risk att inkomster inte kon - trol le ras.", True),  # a lone hyphen among pieces
        ("Risk att försörjningsstöd betalas ut felaktigt.", False),
        ("Risk att det inte går att följa upp.", False),  # short words side by side
        ("Risk att listan nu ska godkännas av alla.", False),
    ],
)
def test_split_words(text: str, flagged: bool) -> None:
    """This test ensures that pieces that are no words and join into one are flagged, and
    that whole words side by side, however short, are not."""
    assert (("split_words", "risk") in _codes(_report(_risk(risk=text)))) is flagged


@pytest.mark.parametrize(
    ("value", "raw", "flagged"),
    [
        ("IT OCH INFOR-MATIONSSÄKERHET", "IT OCH INFOR-\nMATIONSSÄKERHET", True),
        ("Uppgifter ur GPS-data", "Uppgifter ur GPS-\ndata", False),  # an abbreviation
        ("Säker e-post", "Säker e-\npost", False),
        ("IT OCH INFORMATIONSSÄKERHET", "IT OCH INFOR-\nMATIONSSÄKERHET", False),  # joined
    ],
)
def test_hyphen_kept(value: str, raw: str, flagged: bool) -> None:
    """This test ensures that a line-end hyphen kept inside a word whose first part is no
    word is flagged, and that a compound's own hyphen and a joined word are not."""
    risk = _risk(process=value, raw={"process": raw})
    assert (("hyphen_kept", "process") in _codes(_report(risk))) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Enkät till rektorerna och | uttag av anmälda tillbud.", True),
        ("Stickprov där den gällande = attestförteckningen jämförs.", True),
        ("Stickprov där riskvärdet S3/K4 = 12 prövas.", False),  # a value, not a mark
        ("Stickprov på 20 fakturor.", False),
    ],
)
def test_stray_mark(text: str, flagged: bool) -> None:
    """This test ensures that a bar or an equals sign between words is flagged, and that an
    equals sign in a value is not."""
    assert (("stray_mark", "controls") in _codes(_report(_risk(controls=text)))) is flagged


@pytest.mark.parametrize(
    ("field", "text", "flagged"),
    [
        ("risk", "Kontrollmoment: Stickprov på körjournaler.", True),  # another column's
        ("process", "Process: Upphandling", True),  # a name with a label
        ("comment", "Kommentar: Inga avvikelser.", False),  # its own field's name
        ("risk", "Risk att konton finns kvar. Kontrollmoment: Jämförelse av konton.", True),
        ("risk", "Risk att konton finns kvar. Exempel: chefer som slutat.", False),
        ("risk", "Risk att beslut fattas utan delegation: en brist.", False),
    ],
)
def test_header_in_text(field: str, text: str, flagged: bool) -> None:
    """This test ensures that a text opening with another column's header and a colon, or a
    name opening with a label, is flagged, and that a sentence labelled with its own field's
    name is not."""
    codes = _codes(_report(_risk(**{field: text})))
    assert (("header_in_text", field) in codes) is flagged


@pytest.mark.parametrize(
    ("text", "label", "flagged"),
    [
        ("1.1 Lantbruk med djurhållning.", None, True),
        ("3. Risk att kontrollen inte blir likvärdig.", None, True),
        ("1.1 Lantbruk med djurhållning.", "1.1", False),  # the label was read too
        ("Risk att 12 ärenden blir liggande.", None, False),
    ],
)
def test_label_in_text(text: str, label: str | None, flagged: bool) -> None:
    """This test ensures that a risk text opening with a number label is flagged when the
    record has no label, and not when it has one or when a number only counts."""
    assert (("label_in_text", "risk") in _codes(_report(_risk(risk=text, label=label)))) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Risk att inköp av idrottsma 3 terial görs utanför avtal.", True),
        ("En ny upphandling pågår. 3", True),  # a footnote mark after the full stop
        ("Av 50 beslut var 47 korrekta.", False),  # numbers that count
        ("Kontrollen gjordes i 3 enheter.", False),
    ],
)
def test_number_in_text(text: str, flagged: bool) -> None:
    """This test ensures that a lone number inside a word or after the last full stop is
    flagged, and that numbers that count something are not."""
    assert (("number_in_text", "comment") in _codes(_report(_risk(comment=text)))) is flagged


# -- the record against its table ----------------------------------------------------------


def test_columns_missing() -> None:
    """This test ensures that a record of a table read without control and follow-up columns
    is flagged, and that a table with a control column, or a risk inventory with a handling
    column, is not."""
    cut = tuple(c for c in COLUMNS if c.field in ("process", "risk", "risk_value"))
    bare = _risk(controls=None, follows_plan=None, comment=None)
    assert ("columns_missing", None) in _codes(_report(bare, columns=cut))
    with_controls = (*cut, Column("Kontrollmoment", "controls"))
    assert ("columns_missing", None) not in _codes(_report(bare, columns=with_controls))
    inventory = (*cut, Column("Åtgärd", "handling"))
    handled = dataclasses.replace(bare, handling="Rutinen ses över.")
    assert ("columns_missing", None) not in _codes(_report(handled, columns=inventory))


def test_follow_up_missing() -> None:
    """This test ensures that a record of a table read with a control column but without any
    follow-up column is flagged, and that one with a comment column, or with neither
    control nor follow-up column (``columns_missing``'s), is not."""
    no_follow_up = tuple(c for c in COLUMNS if c.field not in ("follows_plan", "comment"))
    bare = _risk(follows_plan=None, comment=None, raw={"risk_value": "9"})
    assert ("follow_up_missing", "follows_plan") in _codes(_report(bare, columns=no_follow_up))
    with_comment = (*no_follow_up, Column("Kommentar", "comment"))
    assert "follow_up_missing" not in _names(_report(bare, columns=with_comment))
    cut = tuple(c for c in COLUMNS if c.field in ("process", "risk", "risk_value"))
    assert "follow_up_missing" not in _names(_report(bare, columns=cut))


def _names(report: Report, at: int = 0) -> list[str]:
    return [code for code, _ in _codes(report, at)]


@pytest.mark.parametrize(
    ("header", "flagged"),
    [("nolikhet", True), ("5", True), ("C", True), ("Ansvarig", False), ("Nr", False)],
)
def test_header_fragment(header: str, flagged: bool) -> None:
    """This test ensures that a value under a header that is a word's tail, a bare number
    or a column letter is flagged, and that one under a heading of the report's own is not."""
    risk = _risk(extra={header: "3"})
    columns = (*COLUMNS, Column(header, None))
    assert ("header_fragment" in _names(_report(risk, columns=columns))) is flagged
    assert "header_fragment" not in _names(_report(_risk(extra={header: ""}), columns=columns))


@pytest.mark.parametrize(("read", "year", "flagged"), [
    ("Riskvärde 2024", 2025, True), ("Riskvärde 2025", 2025, False),
    ("Riskvärde 2025", None, True),
])  # fmt: skip
def test_field_by_year(read: str, year: int | None, flagged: bool) -> None:
    """This test ensures that a field read from one of two columns naming it for different
    years is flagged unless that column is of the report's year, and that one column with
    a year is not."""
    other = "Riskvärde 2025" if read.endswith("2024") else "Riskvärde 2024"
    columns = (COLUMNS[0], COLUMNS[1], Column(read, "risk_value"), Column(other, None),
               *COLUMNS[3:])  # fmt: skip
    report = _report(_risk(extra={other: "6"}), columns=columns, year=year)
    assert (("field_by_year", "risk_value") in _codes(report)) is flagged
    alone = (COLUMNS[0], COLUMNS[1], Column(read, "risk_value"), *COLUMNS[3:])
    assert "field_by_year" not in _names(_report(_risk(), columns=alone, year=year))


@pytest.mark.parametrize(("answer", "comment", "flagged"), [
    (None, "Delvis. Åtta kök hade fullständiga listor.", True),
    (None, "Ja, alla intyg fanns.", True),
    ("Delvis", "Delvis. Åtta kök hade fullständiga listor.", False),
    (None, "Janssons rutin följdes inte.", False),
])  # fmt: skip
def test_answer_in_text(answer: str | None, comment: str, flagged: bool) -> None:
    """This test ensures that a record without a follows-plan value whose comment opens
    with an answer is flagged, and that one with its answer read, or a comment opening
    with a word that only begins like an answer, is not."""
    risk = _risk(follows_plan=answer, comment=comment, raw={"risk_value": "9"})
    assert (("answer_in_text", "follows_plan") in _codes(_report(risk))) is flagged


@pytest.mark.parametrize(("value", "flagged"), [("✔", True), ("◐", True), ("–", False),
                                                 ("A", False), ("Ja", False)])  # fmt: skip
def test_symbol_in_extra(value: str, flagged: bool) -> None:
    """This test ensures that an icon column's symbol is flagged when no follows-plan value
    was read, and that an empty-cell mark, a letter or a word is not, nor a symbol beside a
    follows-plan value that was read."""
    columns = (Column("⚑", None), *COLUMNS[:4], Column("Resultat", "comment"))
    risk = _risk(follows_plan=None, extra={"⚑": value}, raw={"risk_value": "9"})
    codes = _codes(_report(risk, columns=columns))
    assert (("symbol_in_extra", "follows_plan") in codes) is flagged
    read = _risk(extra={"⚑": value})
    assert "symbol_in_extra" not in _names(_report(read, columns=(Column("⚑", None), *COLUMNS)))


def test_column_claimed() -> None:
    """This test ensures that a column headed by the field's own name read as extra, while a
    lesser wording took the field, is flagged, and that the reverse is not."""
    weaker = (*COLUMNS[:5], Column("Utfall", "comment"), Column("Kommentar", None))
    risk = _risk(extra={"Kommentar": "Bemanningen var låg."})
    assert ("column_claimed", "comment") in _codes(_report(risk, columns=weaker))
    right = (*COLUMNS[:5], Column("Kommentar", "comment"), Column("Utfall", None))
    risk = _risk(extra={"Utfall": "412 beslut."})
    assert ("column_claimed", "comment") not in _codes(_report(risk, columns=right))


def test_value_missing() -> None:
    """This test ensures that an empty value cell between records with a value is flagged,
    and that one beside a record without it (a second table's columns), or beside a status
    saying the control is not done yet, is not."""
    empty = _risk(2, follows_plan=None, raw={"risk_value": "9"})
    assert ("value_missing", "follows_plan") in _codes(_report(_risk(1), empty, _risk(3)), 1)
    other = _risk(3, follows_plan=None, raw={"risk_value": "9"})
    assert ("value_missing", "follows_plan") not in _codes(_report(_risk(1), empty, other), 1)
    waiting = dataclasses.replace(empty, extra={"Status": "Pågår"})
    assert ("value_missing", "follows_plan") not in _codes(_report(_risk(1), waiting, _risk(3)), 1)
    done = dataclasses.replace(empty, extra={"Status": "Klar"})
    assert ("value_missing", "follows_plan") in _codes(_report(_risk(1), done, _risk(3)), 1)


def test_column_empty() -> None:
    """This test ensures that a follows-plan column with no value in any record is flagged,
    and that one with a value somewhere is not."""
    empty = [_risk(n, follows_plan=None, raw={"risk_value": "9"}) for n in (1, 2)]
    assert ("column_empty", "follows_plan") in _codes(_report(*empty))
    assert ("column_empty", "follows_plan") not in _codes(_report(empty[0], _risk(2)))


@pytest.mark.parametrize(
    ("probability", "consequence", "value", "flagged"),
    [
        (None, 3, 9, True),  # one factor alone
        (3, 4, 10, True),  # neither product nor sum
        (3, 3, 9, False),
        (3, 4, 7, False),  # a matrix that adds
        (None, None, 9, False),  # a risk value alone is whole
    ],
)
def test_score_incomplete(
    probability: int | None, consequence: int | None, value: int, flagged: bool
) -> None:
    """This test ensures that a risk value with one factor, or values that do not agree, is
    flagged, and that agreeing values or a risk value alone are not."""
    risk = _risk(probability=probability, consequence=consequence, risk_value=value)
    assert any(c == "score_incomplete" for c, _ in _codes(_report(risk))) is flagged


def _at(box: tuple[float, float, float, float]) -> tuple[Provenance, ...]:
    return (Provenance(1, box),)


def test_shared_cell() -> None:
    """This test ensures that one comment cell read for two neighbouring records is flagged,
    and that a process spanning them, or a comment merged over two rows whose risks stand
    apart, is not."""
    process = _at((50, 100, 120, 110))
    first = _risk(1, provenance={"process": process, "comment": _at((400, 100, 500, 200))})
    second = _risk(2, provenance={"process": process, "comment": _at((400, 100, 500, 200))})
    assert ("shared_cell", "comment") in _codes(_report(first, second))
    own = _risk(2, provenance={"process": process, "comment": _at((400, 150, 500, 200))})
    assert _codes(_report(first, own)) == []
    # one comment merged over two rows whose risks stand in cells of their own: the layout's
    comment = _at((400, 100, 500, 200))
    merged = [
        _risk(k, provenance={"risk": _at((130, top, 300, top + 40)), "comment": comment})
        for k, top in ((1, 100), (2, 150))
    ]
    assert _codes(_report(*merged)) == []


def test_prose_row() -> None:
    """This test ensures that a row of running text read as a record is flagged, with the
    record above it, and that a row whose value cells hold an assessment in words is not."""
    prose = _risk(2, risk_value=None, follows_plan=None,
                  raw={"risk_value": "föreningar\nbidragsreglerna",
                       "follows_plan": "bidraget har\nansökningsomgång."})  # fmt: skip
    report = _report(_risk(1), prose)
    assert ("prose_row", None) in _codes(report, 0)
    assert ("prose_row", None) in _codes(report, 1)
    words = _risk(2, risk_value=None, follows_plan=None, raw={"risk_value": "Hög",
                                                              "follows_plan": "Pågår"})  # fmt: skip
    assert ("prose_row", None) not in _codes(_report(_risk(1), words), 0)


def test_page_unread() -> None:
    """This test ensures that a page the record lists with none of its fields read there is
    flagged, and that a page with a field read on it is not."""
    risk = _risk(pages=(1, 2), provenance={"risk": _at((50, 100, 120, 110))})
    assert ("page_unread", None) in _codes(_report(risk))
    both = (*_at((50, 100, 120, 110)), Provenance(2, (50, 40, 120, 60)))
    assert ("page_unread", None) not in _codes(_report(dataclasses.replace(risk,
                                               provenance={"risk": both})))  # fmt: skip


def test_text_cut_in_a_comment() -> None:
    """This test ensures that a comment cut at a page break ("som inte") is flagged, and a
    whole comment not."""
    cut = _risk(comment="Vitet har tagits ut för de missade tömningar som inte")
    assert ("text_cut", "comment") in _codes(_report(cut))
    assert ("text_cut", "comment") not in _codes(_report(_risk()))


def test_no_risk_at_all_against_a_stated_count() -> None:
    """This test ensures that a report giving no risk while its prose states a count is
    flagged at report level, and that one stating no count is not."""
    empty = dataclasses.replace(_report(risks_critical=8), risks=())
    assert [i.code for i in with_review(empty).review] == ["count_mismatch"]
    assert with_review(dataclasses.replace(_report(), risks=())).review == ()


def test_the_schema_lists_every_review_code() -> None:
    """This test ensures that the JSON Schema's review codes are exactly the codes the review
    stage can give, for risks and for the report, so a new unit cannot go unlisted."""
    schema = result_schema()
    risk = schema["$defs"]["risk"]["properties"]["review"]["items"]["properties"]["code"]
    report = schema["properties"]["review"]["items"]["properties"]["code"]
    assert risk["enum"] == list(RISK_CODES)
    assert report["enum"] == list(REPORT_CODES)


def test_settings_given_to_extract_reach_the_review(monkeypatch: pytest.MonkeyPatch) -> None:
    """This test ensures that the settings an extraction is given are the ones its review
    stage weighs with (the review_* thresholds), not the defaults."""
    seen: list[Settings | None] = []

    def spy(report: Report, settings: Settings | None = None) -> Report:
        seen.append(settings)
        return with_review(report, settings)

    monkeypatch.setattr(icp_extract.pipeline, "with_review", spy)
    chosen = Settings(review_min_split_words=3)
    icp_extract.extract(SAMPLES / "ks2023_replica_ruled.pdf", settings=chosen)
    assert seen == [chosen]


# -- records read by OCR ---------------------------------------------------------------------

OCR_WARNING = "pages read from an OCR text layer: 1"


def _scanned(*risks: Risk, columns: tuple[Column, ...] = COLUMNS) -> Report:
    return dataclasses.replace(_report(*risks, columns=columns), warnings=(OCR_WARNING,))


@pytest.mark.parametrize(
    ("field", "text", "flagged"),
    [
        ("comment", "Utdrag «saknades för två stödpersoner.", True),  # ocr_glyph
        ("controls", "Uppföljning hos tvål utförare — enligt planen.", True),  # an em dash
        ("comment", "Utdrag saknades för två stödpersoner.", False),
        ("risk", "Risk att tillstånd för)8 hantering beviljas.", True),  # ocr_shape: digit
        ("risk", "Risk att 8 tillstånd beviljas utan prövning.", False),
        ("comment", "Rutinen för av-Slut i personalsystemet ändras.", True),  # a capital inside
        ("comment", "Rutinen för VA-driften och e-post ändras.", False),
        ("controls", "Genomgång av ru-l tinen för identifiering.", True),  # a letter after "-"
        ("controls", "Avstämning av genom- D förda tillsynsbesök.", True),  # a lone letter
        ("controls", "Genomgång av hälso- och sjukvårdens rutin, punkt a) och b).", False),
        ("controls", "Genomgång av hyres- 2023-05-31 avtal.", True),  # "-" before no "och"
        ("controls", "Loggkontroll av 20/slumpvis valda användare.", True),
        ("controls", "Loggkontroll av 20 slumpvis valda användare, 1/3 av dem.", False),
        ("comment", "1 två av 20 akter saknades kontroll.", True),  # "I" read as "1"
        ("comment", "Sedan maj kräver Ssystemet två godkännanden.", True),  # a capital twice
        ("comment", "Sedan maj kräver IT-systemet och SSBTEK två godkännanden.", False),
        ("risk", "Risk att utredningar enligt 11 kap. 2 8 SoL dröjer.", True),  # "§" as "8"
        ("risk", "Risk att 12 400 kronor betalas ut fel.", False),  # a thousands space
        ("controls", "Avstämning av fakturor! för externa placeringar.", True),  # "l" as "!"
        ("comment", "12 av 20 akter saknade kontroll.", False),
        ("controls", "Stickprov på tio deegationsbeslut.", True),  # ocr_unknown_word
        ("controls", "Stickprov på tio delegationsbeslut.", False),
        ("controls", "Besök januari-augusti jämförda med planen.", True),  # ocr_dash
        ("controls", "Besök januari–augusti jämförda med planen, 2023-08-31.", False),
        ("handling", "inhyrd inspektör under hösten.", True),  # ocr_lowercase_start
        ("handling", "Inhyrd inspektör under hösten.", False),
    ],
)
def test_ocr_text_on_a_scanned_page(field: str, text: str, flagged: bool) -> None:
    """This test ensures that a field read by OCR is flagged ocr_text when its text shows a
    sign of a misreading (an odd glyph, a shape typed text has not, an unknown word, a
    range's dash read as a hyphen, a lowercase start), and not when it reads as typed
    text; and that the same text on a born-digital page is never flagged ocr_text."""
    risk = _risk(**{field: text})
    assert ((CODE_OCR, field) in _codes(_scanned(risk))) is flagged
    assert (CODE_OCR, field) not in _codes(_report(risk))


CODE_OCR = "ocr_text"


def test_ocr_value_lost() -> None:
    """This test ensures that an empty value cell on a scanned page is flagged (OCR drops
    short cells), a factor too where the risk value stands, and that a filled one, or an
    empty answer beside a status saying the control is not done yet, is not."""
    columns = (*COLUMNS, Column("S", "probability"), Column("K", "consequence"), Column("St", None))
    lost = _risk(probability=None, consequence=3)
    assert (CODE_OCR, "probability") in _codes(_scanned(lost, columns=columns))
    kept = _risk(probability=3, consequence=3)
    assert _codes(_scanned(kept, columns=columns)) == []
    pending = _risk(follows_plan=None, probability=3, consequence=3, extra={"St": "Pågår"}, raw={})
    assert (CODE_OCR, "follows_plan") not in _codes(_scanned(pending, columns=columns))


def test_ocr_column_outlier() -> None:
    """This test ensures that a cell of a numbering column on a scanned page that is no
    number, or ends with a mark a numbering does not, is flagged, and a cell like the
    rest of its column not."""
    columns = (Column("Nr", None), *COLUMNS)
    cells = ["1.", "2.", "SE", "4:", "5."]
    report = _scanned(
        *(_risk(k + 1, extra={"Nr": c}) for k, c in enumerate(cells)), columns=columns
    )
    flagged = [(CODE_OCR, "Nr") in _codes(report, k) for k in range(len(cells))]
    assert flagged == [False, False, True, True, False]


@pytest.mark.parametrize(
    ("controls", "flagged"),
    [
        ("Stickprov på 30 beviljade Ja", True),
        ("Månadsvis uppföljning av Delvis utredningstiderna.", True),
        ("Stickprov på 30 beviljade ansökningar. Ja, alla fanns.", False),  # a sentence's start
    ],
)
def test_answer_inside_a_text(controls: str, flagged: bool) -> None:
    """This test ensures that a capitalised answer after a lowercase word inside a text is
    flagged when no follows-plan value was read, and not where it opens a sentence or is
    spoken of as a word."""
    risk = _risk(controls=controls, follows_plan=None, raw={"risk_value": "9"})
    assert (("answer_in_text", "follows_plan") in _codes(_report(risk))) is flagged


def test_header_joined() -> None:
    """This test ensures that a column headed by two fields' headers side by side is flagged
    when no column was read as the second field, and that it is not when one is."""
    joined = (*COLUMNS[:3], Column("Kontrollmoment Följer plan", "controls"), COLUMNS[5])
    risk = _risk(follows_plan=None, raw={"risk_value": "9"})
    assert ("header_joined", "controls") in _codes(_report(risk, columns=joined))
    both = (*COLUMNS[:3], Column("Kontrollmoment Följer plan", "controls"), *COLUMNS[4:])
    assert ("header_joined", "controls") not in _codes(_report(_risk(), columns=both))


def test_text_cut_at_an_open_bracket() -> None:
    """This test ensures that a text whose bracket is opened and not closed is flagged as
    cut, and a closed one not."""
    cut = _risk(comment="Enligt rutinen för återläsning (https://intranat.se/it/at")
    assert ("text_cut", "comment") in _codes(_report(cut))
    whole = _risk(comment="Enligt rutinen för återläsning (https://intranat.se/it/atl).")
    assert ("text_cut", "comment") not in _codes(_report(whole))


def test_a_text_without_an_end_among_ended_ones_is_cut() -> None:
    """This test ensures that a control without a full stop in a column whose other
    controls all end with one is flagged as cut, and that a column where none ends with a
    full stop raises nothing."""
    ended = [_risk(k, controls=f"Stickprov på {k} fakturor.") for k in range(2, 7)]
    cut = _risk(1, controls="Stickprov på 30 beviljade")
    assert ("text_cut", "controls") in _codes(_report(cut, *ended))
    assert ("text_cut", "controls") not in _codes(_report(_risk(1, controls="–"), *ended))
    bare = [_risk(k, controls=f"Stickprov på {k} fakturor") for k in range(2, 7)]
    assert ("text_cut", "controls") not in _codes(_report(cut, *bare))


def test_a_value_header_cut_at_its_hyphen() -> None:
    """This test ensures that every record lacking the probability is flagged under a column
    headed "Sannolik-" (a header cut at its hyphen, not read as its field), and that a
    record with a probability, or a column headed by an unknown word's head, is not."""
    columns = (*COLUMNS, Column("Sannolik-", None))
    assert ("header_fragment", "probability") in _codes(_report(_risk(), columns=columns))
    read = _risk(probability=3, consequence=3)
    assert ("header_fragment", "probability") not in _codes(_report(read, columns=columns))
    other = (*COLUMNS, Column("Kontrollda-", None))
    assert not any(c == "header_fragment" for c, _ in _codes(_report(_risk(), columns=other)))


@pytest.mark.parametrize(
    ("value", "raw", "flagged"),
    [
        ("via SS-BTEK för alla", "via SS-\nBTEK för alla", True),  # two capital parts
        ("via SS-BTEK för alla", "via SS-BTEK\nför alla", False),  # not at a line end
        ("utsedd BAS-P", "utsedd BAS-\nP", False),  # a single letter: no word to doubt
    ],
)
def test_a_kept_hyphen_between_capitals(value: str, raw: str, flagged: bool) -> None:
    """This test ensures that a line-end hyphen kept between two capital parts is flagged
    (written joined or with a hyphen, only the author knows), and a hyphen inside a line
    not."""
    risk = _risk(controls=value, raw={"controls": raw})
    assert (("hyphen_kept", "controls") in _codes(_report(risk))) is flagged


@pytest.mark.parametrize(
    ("changes", "flagged"),
    [
        ({"risk_value": 167}, True),
        ({"risk_value": 16, "probability": 4, "consequence": 4}, False),
        ({"risk_value": 12, "probability": 3, "consequence": 14}, True),
        ({"risk_value": 25}, False),
    ],
)
def test_value_out_of_scale(changes: dict, flagged: bool) -> None:
    """This test ensures that a risk value above 25 or a factor above 5 is flagged, and
    values on a 4 x 4 or 5 x 5 scale are not."""
    codes = [c for c, _ in _codes(_report(_risk(**changes)))]
    assert ("value_out_of_scale" in codes) is flagged
