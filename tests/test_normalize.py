"""Unit tables for the Swedish text normaliser: line-end hyphens, cells, characters.

The cases come from a real municipal follow-up report (shared/reference), from Swedish
government prose (shared/corpus) and from the administrative Swedish such reports use.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from icp_extract.lang.sv import lemma_table, lexicon
from icp_extract.lang.sv.hyphenation import break_points
from icp_extract.normalize import (
    Decision,
    DocumentLexicon,
    decide,
    explain,
    normalize_cell,
    normalize_inline,
)

J, K, S = Decision.JOIN, Decision.KEEP, Decision.SUSPENDED

# A typesetter broke the word: the hyphen goes, the word is joined.
TYPESETTER_BREAKS = [
    # words of public administration that no word source knows, before a word
    ("tertial-", "rapport."),
    ("attestant-", "förteckningen"),
    # from the reference report (Word, narrow columns)
    ("Omhän-", "dertas"),
    ("omhän-", "dertas"),
    ("Upp-", "handlingssystemet"),
    ("kar-", "riärvägar."),
    ("ut-", "bildning"),
    ("Kompetens-för-", "sörjning"),
    ("Risk-", "värde"),
    ("grans-", "kas"),
    ("återkopp-", "ling"),
    ("hante-", "ringen"),
    ("internkon-", "trollplanen"),
    ("Samhälls-", "utvecklingsnämnden."),
    ("Introdukt-", "ioner"),  # Word breaks where the Swedish patterns would not
    ("funkt-", "ionen."),
    ("väs-", "kor"),
    ("upp-", "drag/"),
    ("ledar-", "arenan,"),
    ("våld/extra-", "ordinära"),
    ("”kvitter-", "larm”"),
    ("Tvåstegsra-", "ket"),
    ("gemen-", "samt"),  # "samt" is also the end of a word
    ("perso-", "nal-omsättning."),
    ("sam-", "verkansgrupper,"),
    ("arbets-", "miljömodul,"),
    # not in the reference: administrative and government Swedish
    ("infrastruk-", "turminister"),
    ("bostads-", "minister"),
    ("regerings-", "beslut"),
    ("tillsyns-", "myndigheten"),
    ("social-", "tjänsten"),
    ("förvalt-", "ningen"),
    ("barn-", "omsorgen"),
    ("skol-", "verket"),
    ("äldre-", "omsorgen"),
    ("budget-", "propositionen"),
    ("nämnd-", "sekreterare"),
    ("lik-", "som"),
    ("in-", "till"),
    ("energi-", "omställningen"),
    ("arbets-", "miljöverket"),
    ("elpris-", "skillnader"),
    ("cybersäkerhets-", "området"),
    ("implemente-", "ringen"),
    ("Kommun-", "fullmäktige"),
    ("över-", "gripande"),
    ("ny-", "anställda"),
    ("verk-", "samhetsplan"),
    ("delårs-", "rapport"),
    ("upphand-", "lingar"),
    ("vård-", "nadshavare"),
    # capitals: a heading, and abbreviations LibreOffice hyphenates that Swedish text
    # writes joined (wordfreq has "amraam", "cbrne")
    ("KOMMUN-", "STYRELSEN"),
    ("AM-", "RAAM"),
    ("CBR-", "NE-händelser"),
    # loans and names the lemma table lacks but Swedish text writes joined
    ("Water-", "front"),
    ("Stener-", "gard"),
    # a name before the last part of a Swedish name, though both parts are words
    ("Hells-", "son,"),
    ("Jäger-", "brand"),
    # a learned prefix Swedish writes closed; a German onset in a name
    ("anti-", "kommersiell"),
    ("Schwar-", "zeneggers"),
    # a piece of an unknown word before a short word ("kare" of "cyberpunkare")
    ("cyberpun-", "kare"),
    ("Eystra-", "salt"),
    ("hbt-", "qi-personer"),
]

# The author wrote the hyphen inside a word: it stays, no space.
AUTHOR_HYPHENS = [
    # from the brief and the reference
    ("SAM-", "modulen"),
    ("IT-", "system"),
    ("covid-", "19"),
    ("2023-", "12-31"),
    ("e-", "tjänster"),
    ("LSS-", "verksamheten"),
    ("EU-", "bidrag"),
    # from the government corpus
    ("EU-", "rätten."),
    ("e-", "post"),
    ("hbtqi-", "personer"),
    ("icke-", "smittsamma"),
    ("svensk-", "brasilianska"),
    ("ekonomisk-", "politisk"),
    ("militär-", "industriella"),
    ("Carl-", "Oskar"),
    ("Göteborg-", "Malmö"),
    ("icke-", "EU-medborgare"),
    ("FoU-", "avdraget"),
    ("SiS-", "hemmen"),
    ("G20-", "länderna"),
    ("3D-", "bilder"),
    ("2021-", "2025"),
    ("1,5-", "gradersmålet"),
    ("Kleist-", "priset"),
    ("text-", "tv"),
    ("AP-", "fonderna"),
    ("CBRNE-", "händelser"),
    ("OECD-", "länderna"),
    ("f-", "skatt"),
    # lowercase abbreviations and conventions of municipal reports
    ("it-", "system"),
    ("it-", "stöd"),
    ("sms-", "lån"),
    ("tv-", "studio"),
    ("dna-", "baserad"),
    ("cbrn-", "skydd"),
    ("pdf-", "fil"),
    ("gps-", "sändare"),
    ("hbtq-", "frågor"),
    ("HVB-", "hem"),
    ("x-", "axeln"),
    ("Stockholm-", "Arlanda"),
    # coordinated adjectives the lemma table lists with comparison forms
    ("privat-", "offentlig"),
    # two abbreviations in capitals that make no word anywhere
    ("RF-", "SISU"),
    # a name before a word, where the joined form is written nowhere
    ("Kleist-", "pris."),
    # English loans: two words Swedish text writes, never joined
    ("life-", "science"),
    ("Follow-", "up"),
    # a reduplication, also around a short word, at either of its hyphens
    ("hysh-", "hysh"),
    ("steg-", "för-steg"),
    ("sida-vid-", "sida."),
    # a quoted phrase as the first part of a compound
    ('betalar"-', "nummer"),
]

# A suspended compound: the hyphen and the space after it are the author's.
SUSPENDED_COMPOUNDS = [
    ("hälso-", "och"),
    ("in-", "och"),
    ("Hot-", "och"),
    ("infrastruktur-", "och"),
    ("energi-", "eller"),
    ("bygg-", "samt"),
    ("kort-", "som"),
    ("förskole-", "till"),
    ("vård-", "respektive"),
    ("Kultur-", "och"),
    ("Vård-", "och"),
    ("barn-", "och"),
    ("fritids-", "eller"),
    ("kort-", "och"),
    ("nationell-", "och"),
    ("sjuk-", "o"),
    ("in-", "resp."),
    ("LSS-", "och"),
    ("2023-", "och"),
    ("klimat-", "och/eller"),
    ("hälso-", "&"),
    ("hälso-", "–"),
    ('"vård"-', "och"),  # a quoted first part, suspended
    ("-", "chef"),  # a free-standing hyphen used as a dash
    ("medarbetare–", "inte"),  # a dash is punctuation
]


@pytest.mark.parametrize(("fragment", "continuation"), TYPESETTER_BREAKS)
def test_typesetter_hyphen_is_joined(fragment: str, continuation: str) -> None:
    """This test ensures that a hyphen a word processor inserted is removed."""
    result = explain(fragment, continuation)
    assert result.decision is J, result.evidence


@pytest.mark.parametrize(("fragment", "continuation"), AUTHOR_HYPHENS)
def test_author_hyphen_is_kept(fragment: str, continuation: str) -> None:
    """This test ensures that a hyphen the author wrote survives a line break after it."""
    result = explain(fragment, continuation)
    assert result.decision is K, result.evidence


@pytest.mark.parametrize(("fragment", "continuation"), SUSPENDED_COMPOUNDS)
def test_suspended_compound_keeps_hyphen_and_space(fragment: str, continuation: str) -> None:
    """This test ensures that "hälso-| och" stays "hälso- och"."""
    result = explain(fragment, continuation)
    assert result.decision is S, result.evidence


@pytest.mark.parametrize(
    ("fragment", "continuation", "expected"),
    [
        ("Omhän\u00ad", "dertas", J),  # a soft hyphen is always the typesetter's
        ("Omhän\u00ad", "", J),
        ("IT\u2011", "system", K),  # a non-breaking hyphen is always the author's
        ("Omhän-", "", K),  # nothing follows: nothing to join
        ("Omhän\u2010", "dertas", J),  # U+2010 is decided like "-"
        ("IT\u2010", "system", K),
        ("", "dertas", S),
        ("  Omhän-  ", "  dertas  ", J),
    ],
)
def test_special_hyphens(fragment: str, continuation: str, expected: Decision) -> None:
    """This test ensures that the hyphen characters and empty sides are handled."""
    assert decide(fragment, continuation) is expected


def test_decision_tables_are_large_enough() -> None:
    """This test ensures that the decision tables keep their breadth (at least 60 cases)."""
    assert len(TYPESETTER_BREAKS) + len(AUTHOR_HYPHENS) + len(SUSPENDED_COMPOUNDS) >= 60


# The document is the best evidence: it overrides word knowledge both ways.


def test_document_that_prints_the_hyphen_keeps_it() -> None:
    """This test ensures that "sam-|modulen" keeps its hyphen when the report writes
    "SAM-modulen" elsewhere, though "sammodulen" parses as a Swedish compound."""
    assert decide("sam-", "modulen") is J
    document = DocumentLexicon.from_lines(["Strukturen i SAM-modulen har utvecklats"])
    assert decide("sam-", "modulen", document) is K


def test_document_that_prints_the_word_joins_it() -> None:
    """This test ensures that a document printing "ArkDes" twice joins "Ark-|Des", which
    spelling alone would keep."""
    assert decide("Ark-", "Des") is K
    document = DocumentLexicon.from_lines(["ArkDes och ArkDes igen", "hos ArkDes"])
    assert decide("Ark-", "Des", document) is J


def test_capitals_that_make_no_word_keep_the_hyphen_unless_the_document_joins_them() -> None:
    """This test ensures that "SS-|BTEK" (two abbreviations for all that word knowledge
    can tell) keeps its hyphen, and that a document printing "SSBTEK" joins it."""
    assert decide("SS-", "BTEK") is K
    document = DocumentLexicon.from_lines(["uppgifter via SSBTEK", "SSBTEK används"])
    assert decide("SS-", "BTEK", document) is J


def test_a_typesetter_that_marks_its_breaks_leaves_plain_hyphens_to_the_author() -> None:
    """This test ensures that in a document whose line-end breaks are soft hyphens
    (Chromium's), a plain hyphen ending a line is kept ("Risk-|id", though "riskid" parses
    as a compound), that a word the lexicon and document know whole is still joined, and
    that two soft breaks, or soft breaks no more than plain ones, mark nothing."""
    soft = ["före\u00ad", "ningar", "verk\u00ad", "samheten", "kom\u00ad", "munen"]
    assert decide("Risk-", "id") is J
    marked = DocumentLexicon.from_lines(soft)
    assert marked.marks_breaks
    assert decide("Risk-", "id", marked) is K
    assert decide("vär-", "de", DocumentLexicon.from_lines([*soft, "riskvärde", "värde"])) is J
    assert not DocumentLexicon.from_lines(soft[:4]).marks_breaks
    assert not DocumentLexicon.from_lines([*soft, "a-", "b", "c-", "d", "e-", "f"]).marks_breaks


def test_document_that_hyphenates_a_first_part_keeps_it() -> None:
    """This test ensures that "Kleist-priset" elsewhere keeps "Kleist-|pris"."""
    document = DocumentLexicon.from_lines(["Kleist-priset delas ut i år"])
    assert decide("Kleist-", "pris.", document) is K


def test_document_that_hyphenates_a_last_part_keeps_it() -> None:
    """This test ensures that "hbtqi-personer" elsewhere keeps "cis-|personer", a first part
    word knowledge cannot place, while a compound the analysis knows ("verksamhets-|systemet"
    beside "IT-systemet") is still joined."""
    document = DocumentLexicon.from_lines(["stöd till hbtqi-personer och IT-systemet"])
    assert document.hyphenated_head("personer") == 1
    assert document.hyphenated_head("systemet") == 1
    assert decide("cis-", "personer.") is J
    assert decide("cis-", "personer.", document) is K
    assert decide("verksamhets-", "systemet", document) is J


def test_document_hyphen_habits_are_one_piece_of_evidence() -> None:
    """This test ensures that a first part and a last part both written with a hyphen
    elsewhere count once, and that a short last part ("tal" of "80-tal") counts not at all:
    it may be a syllable."""
    document = DocumentLexicon.from_lines(["Datapak-tjänsten och Internet-nätet", "på 80-tal"])
    names = [name for name, _ in explain("Datapak-", "nätet", document).evidence]
    assert "document hyphenates this first part" in names
    assert "document hyphenates before this last part" not in names
    assert document.hyphenated_head("tal") == 1
    names = [name for name, _ in explain("an-", "tal", document).evidence]
    assert "document hyphenates before this last part" not in names


def test_document_lexicon_counts_the_parts_of_addresses() -> None:
    """This test ensures that paths and addresses are counted by their parts, so that an
    abbreviation printed whole in one ("tillsyn.sbf@...", "K:\\SBF\\...") settles a
    typesetter's "s-|bf" in another, while a hyphen inside a part stays whole."""
    document = DocumentLexicon.from_lines(
        [
            "Se K:\\SBF\\Tillsyn och skriv till tillsyn.sbf@kommunen.se",
            "eller läs på www.kommunen.se/kommun-politik idag",
        ]
    )
    assert document.count("sbf") == 2
    assert document.count("kommun-politik") == 1
    assert decide("registrator.s-", "bf@kommunen.se") is K
    assert decide("registrator.s-", "bf@kommunen.se", document) is J


def test_document_lexicon_skips_words_split_across_lines() -> None:
    """This test ensures that a line-end fragment and the next line's first word are not
    counted as words of the document."""
    document = DocumentLexicon.from_lines(["upp i modul SAM. Omhän-", "dertas genom planen"])
    assert document.count("omhän") == 0
    assert document.count("dertas") == 0
    assert document.count("genom") == 1
    assert document.count("sam") == 1


def test_document_lexicon_counts_whole_and_hyphenated_words() -> None:
    """This test ensures that words are counted lowercase, without edge punctuation, with
    hyphenated forms kept whole and suspended first parts left out."""
    document = DocumentLexicon.from_lines(
        ["Omhändertas (omhändertas), SAM-modulen.", "uppdrag/ökat hälso- och vård"]
    )
    assert document.count("omhändertas") == 2
    assert document.count("sam-modulen") == 1
    assert document.hyphenated_modifier("SAM") == 1
    assert document.count("uppdrag") == 1
    assert document.count("ökat") == 1
    assert document.count("hälso") == 0
    assert len(DocumentLexicon()) == 0


# normalize_cell: the lines of one cell, top to bottom.

CELLS = [
    (
        [
            "a) Hanteras genom att följas",
            "upp i modul SAM. Omhän-",
            "dertas genom kompetensför-",
            "sörjningsplan och kompe-",
            "tensskattningar i VP 2023. ",
        ],
        "a) Hanteras genom att följas upp i modul SAM. Omhändertas genom "
        "kompetensförsörjningsplan och kompetensskattningar i VP 2023.",
    ),
    (["Risk-", "värde"], "Riskvärde"),
    # A word broken twice in a narrow column is judged whole at each break.
    (["IT OCH INFOR-", "MATIONSSÄ-", "KERHET"], "IT OCH INFORMATIONSSÄKERHET"),
    (["e-", "post-", "adress"], "e-postadress"),
    (["Följer ", "plan:  "], "Följer plan:"),
    (["Kompetens-för-", "sörjning ", "(HR) "], "Kompetens-försörjning (HR)"),
    (
        ["a) Omhändertas i fortsatt ut-", "vecklingsarbete. Hot- och", "vålds utbildning behöver"],
        "a) Omhändertas i fortsatt utvecklingsarbete. Hot- och vålds utbildning behöver",
    ),
    (["Strukturen i SAM-", "modulen har utvecklats"], "Strukturen i SAM-modulen har utvecklats"),
    (["ska vara klart 2023-", "12-31."], "ska vara klart 2023-12-31."),
    (["insatser inom hälso-", "och sjukvård"], "insatser inom hälso- och sjukvård"),
    (
        ["Krisplaner/hot", "och våld/extra-", "ordinära händel-", "ser (larm) för"],
        "Krisplaner/hot och våld/extraordinära händelser (larm) för",
    ),
    (
        ["b) Sam - Stratsys arbets-", "miljömodul, enhetsnivå där"],
        "b) Sam - Stratsys arbetsmiljömodul, enhetsnivå där",
    ),
    (["dialog medarbetare - ", "chef "], "dialog medarbetare - chef"),
    (
        ["kunna leverera på upp-", "drag/ ökat antal sjukskriv-", "ningar"],
        "kunna leverera på uppdrag/ ökat antal sjukskrivningar",
    ),
    (["nya medarbetare –", "inte kunna"], "nya medarbetare – inte kunna"),
    (["under perioden 2025–", "2027"], "under perioden 2025–2027"),
    (["längs Västkustbanan Göteborg–", "Malmö."], "längs Västkustbanan Göteborg–Malmö."),
    (["dialog medarbetare —", "chef"], "dialog medarbetare — chef"),
    (["inom hälso–", "och sjukvård"], "inom hälso– och sjukvård"),  # a dash for a hyphen
    (["hemdatorer på 80--", "talet"], "hemdatorer på 80--talet"),  # two hyphens for a dash
    (["under 1998--", "99"], "under 1998--99"),
    (["80--", "och 90-talet"], "80-- och 90-talet"),
    (["nya medarbetare --", "inte kunna"], "nya medarbetare -- inte kunna"),
    (["Omhän\u00ad", "dertas"], "Omhändertas"),
    (["Omhän\u00ad ", "dertas"], "Omhändertas"),
    (["IT\u2011", "system"], "IT-system"),
    (["IT\u2010", "system"], "IT-system"),
    (["Omhän\u2010", "dertas"], "Omhändertas"),
    (["• Utbildning i e-", "tjänster"], "Utbildning i e-tjänster"),
    (["", "  ", "\u00a0"], ""),
    ([], ""),
    (["Arbetet avslutas 2024-"], "Arbetet avslutas 2024-"),
    (["Ansvarsområde/ ", "process "], "Ansvarsområde/process"),
    # addresses and paths broken where a typesetter may break them
    (["sparas i G:\\Ekonomi\\", "Attest"], "sparas i G:\\Ekonomi\\Attest"),
    (["filen Stickprov_2024", ".xlsx visar"], "filen Stickprov_2024.xlsx visar"),
    (["på www.kommunen.-", "se/internkontroll"], "på www.kommunen.se/internkontroll"),
    (["skriv till registrator@-", "kommunen.se"], "skriv till registrator@kommunen.se"),
    # a link's address printed after it, broken with no hyphen inside its bracket
    (
        ["enligt rutinen (https://intra.se/it/at", "erlasningstest)."],
        "enligt rutinen (https://intra.se/it/aterlasningstest).",
    ),
    (
        ["riktlinjen (https://intra.se/styrdokum", "ent/riktlinje.pdf) och har"],
        "riktlinjen (https://intra.se/styrdokument/riktlinje.pdf) och har",
    ),
    (["se https://intra.se/it/at", "rutinen"], "se https://intra.se/it/at rutinen"),
    (["(https://intra.se/it) gäller", "rutinen"], "(https://intra.se/it) gäller rutinen"),
    (["Klart.", "Nästa steg"], "Klart. Nästa steg"),
    (
        ["a)  Individuella   utvecklings-", "planer i medarbetarsamtal,"],
        "a) Individuella utvecklingsplaner i medarbetarsamtal,",
    ),
    (
        ["\ufb01nansiering av ", "\ufb02era \ufb00 \ufb03 \ufb04"],
        "finansiering av flera ff ffi ffl",
    ),
    (["a\u030angra"], "ångra"),
    (["efter covid-", "19-pandemin"], "efter covid-19-pandemin"),
    (["en punkt", "• en annan"], "en punkt en annan"),
    (["gäller e-", "• tjänster"], "gäller e- tjänster"),  # a new item is no continuation
    (["ett\u00a0ord\u2009till"], "ett ord till"),
    (
        ["kommunens infrastruktur- och bostads-", "frågor"],
        "kommunens infrastruktur- och bostadsfrågor",
    ),
    (["hot/", "(våld)"], "hot/ (våld)"),
    (["både kort- och lång-", "siktigt"], "både kort- och långsiktigt"),
]


@pytest.mark.parametrize(("lines", "expected"), CELLS)
def test_normalize_cell(lines: list[str], expected: str) -> None:
    """This test ensures that a cell's printed lines become the text the author wrote."""
    assert normalize_cell(lines) == expected


def test_normalize_cell_uses_the_document() -> None:
    """This test ensures that the lexicon passed to normalize_cell reaches the decision."""
    document = DocumentLexicon.from_lines(["i SAM-modulen", "och SAM-modulen"])
    lines = ["uppföljning i sam-", "modulen"]
    assert normalize_cell(lines, document) == "uppföljning i sam-modulen"
    assert normalize_cell(lines) == "uppföljning i sammodulen"


# normalize_inline: characters only.

INLINE = [
    ("\ufb01nansiering", "finansiering"),
    ("\ufb02ytt \ufb00 \ufb03 \ufb04", "flytt ff ffi ffl"),
    ("Omhän\u00addertas", "Omhändertas"),
    ("IT\u2010system och IT\u2011stöd", "IT-system och IT-stöd"),
    ("a\u00a0b\u202fc\u2009d\u2007e", "a b c d e"),
    ("• Punkt", "Punkt"),
    ("\u25aa Punkt", "Punkt"),
    ("\u25e6 Punkt", "Punkt"),
    ("  •  • Punkt", "Punkt"),
    ("•Punkt", "Punkt"),
    ("första\n• andra", "första andra"),
    ("a • b", "a • b"),
    ("medarbetare – chef", "medarbetare – chef"),
    ("se — här", "se — här"),
    ("”kvitterlarm” och \"larm\" 'x'", "”kvitterlarm” och \"larm\" 'x'"),
    ("\u22125 grader", "\u22125 grader"),
    ("Omhän-", "Omhän-"),
    ("a\u030a", "å"),
    ("  a   b  ", "a b"),
    ("a\nb\tc\r\nd", "a b c d"),
    ("noll\u200bbredd", "nollbredd"),
    ("", ""),
]


@pytest.mark.parametrize(("text", "expected"), INLINE)
def test_normalize_inline(text: str, expected: str) -> None:
    """This test ensures that character cleanup changes encoding, never punctuation."""
    assert normalize_inline(text) == expected


# The offline Swedish knowledge the decision stands on.


def test_lemma_table_is_available() -> None:
    """This test ensures that spacy-lookups-data's Swedish table is found and read: without
    it decisions silently lose their strongest word evidence."""
    assert lexicon.is_word("omhändertas")
    assert lexicon.is_word("upp")  # a particle, from the closed-class list
    assert not lexicon.is_word("dertas")


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("upphandlingssystemet", True),
        ("kompetensförsörjningsplan", True),
        ("karriärvägar", True),
        ("arbetsmiljömodul", True),
        ("inrymningsplan", True),
        ("elprisskillnader", True),
        ("itsystem", False),
        ("omhän", False),
        ("hbtqipersoner", False),
    ],
)
def test_compound_analysis(word: str, expected: bool) -> None:
    """This test ensures that closed Swedish compounds are recognised from their parts,
    with linking letters, and that abbreviations are not taken for first parts."""
    assert lexicon.is_compound(word) is expected


def test_word_form_cache_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """This test ensures that the on-disk cache of the lemma table gives back exactly the
    forms parsed from the table, and that an empty setting switches it off."""
    table = Path(str(resources.files("spacy_lookups_data").joinpath(*lemma_table.TABLE_PATH)))
    monkeypatch.setenv(lemma_table.CACHE_ENV, str(tmp_path))
    parsed = lemma_table._load(table)
    assert len(list(tmp_path.glob("sv-word-forms-*.bin"))) == 1
    cached = lemma_table._load(table)
    assert cached._data[:] == parsed._data  # the mapped file holds exactly the parsed store
    assert len(cached) > 600_000 and "riskerna" in cached and "riskernaxyz" not in cached
    assert cached.count_prefixed("tv-") == parsed.count_prefixed("tv-") > 0
    monkeypatch.setenv(lemma_table.CACHE_ENV, "")
    assert lemma_table._cache_file(table) is None


def test_word_form_store_answers_like_sorted_strings() -> None:
    """This test ensures that the compact word-form store answers membership and prefix
    questions as a sorted list of the same strings would (UTF-8 order is code point order,
    "å" after "z"), and that a store cut short is refused, not misread."""
    words = ["tv-serie", "tv-program", "tv", "ärende", "åtgärd", "zon", "risk", "risker"]
    store = lemma_table.Forms.build([*words, ""])
    assert list(store) == sorted(set(words))
    assert "risk" in store and "ris" not in store and "" not in store
    assert store.count_prefixed("tv-") == 2 and store.count_prefixed("å") == 1
    assert store.has_longer("ris") and store.has_longer("risk") and not store.has_longer("zon")
    data = lemma_table._pack(words)
    with pytest.raises(ValueError):
        lemma_table.Forms(data[:-2])


def test_explanation_names_the_evidence() -> None:
    """This test ensures that a decision can be explained: the evidence is listed by name."""
    names = [name for name, _ in explain("SAM-", "modulen").evidence]
    assert "abbreviation" in names
    joined = explain("Omhän-", "dertas")
    assert joined.score > 0
    assert "joined is a word" in [name for name, _ in joined.evidence]


def test_hyphenation_patterns_are_available() -> None:
    """This test ensures that pyphen's Swedish patterns load."""
    assert 5 in break_points("omhändertas")


# Round trip: typeset a paragraph into narrow lines the way LibreOffice does (break words at
# the Swedish patterns' points, or after a hyphen the author wrote), then normalise it back.

PARAGRAPHS = [
    # the reference report's prose
    "Nämnden har för 2023 antagit en internkontrollplan som anger nio kritiska risker som ska "
    "granskas och/eller hanteras på annat sätt. För att säkerställa ett systematiskt arbetssätt "
    "sker återkoppling dels av risker som ska granskas, dels av risker som bedömts som kritiska "
    "men där hanteringen bedömts till annan än till granskning i internkontrollplanen",
    "a) Omhändertas i fortsatt utvecklingsarbete. Hot- och vålds utbildning behöver t ex "
    "genomföras kontinuerligt. Strukturen i SAM-modulen har utvecklats och förenklats under "
    "våren 2023. Uppföljningen av LSS-verksamheten ska vara klar 2023-12-31.",
    # government prose (shared/corpus, first half)
    "Skolverket ska utveckla och stärka den vetenskapliga grunden i myndighetens insatser som "
    "bygger på kollegialt lärande, bland annat de så kallade Matematik- och Läslyften. Syftet är "
    "att stärka kvaliteten i undervisningen i bland annat matematik, teknik och naturvetenskap "
    "samt språk-, läs- och skrivutveckling.",
    "Utredningen föreslår bland annat att tillståndsplikt införs för sändningar av radio och tv "
    "via satellit. Utredningen lämnar också förslag om när ett tillstånd av Myndigheten för "
    "press, radio och tv att sända tv och sökbar text-tv ska kunna återkallas på grund av "
    "yttrandefrihetsbrott.",
    "– Mötesplatser för unga hbtqi-personer kan ge trygghet, bekräftelse och gemenskap, "
    "speciellt för de unga som lever i familjer där en hbtqi-identitet inte är accepterad. Nu "
    "vill vi förbättra förutsättningarna för att skapa mötesplatser i hela landet, säger "
    "jämställdhets- och biträdande arbetsmarknadsminister Paulina Brandberg.",
    "I uppdraget ska myndigheten särskilt beakta behovet av geografisk spridning av "
    "mötesplatser, särskilt till landsbygdskommuner och till områden med socioekonomiska "
    "utmaningar. Kartläggningen ska också innehålla en analys av covid-19-pandemins "
    "konsekvenser för mötesplatser.",
    "– Vikten av att sluta upp bakom ukrainarna i deras kamp mot Ryssland kan inte "
    "understrykas nog. Därför innehåller en stor del av ändringsbudgeten pengar för att snabbt "
    "göra verklighet av den viktiga vapenleveransen till Ukraina, säger Oscar Sjöstedt, "
    "ekonomisk-politisk talesperson Sverigedemokraterna.",
    "Det finns nu över 10 000 PFAS-ämnen identifierade. Många av dem är fett-, smuts-, och "
    "vattenavvisande och används i en mängd konsument- och industriprodukter som till exempel "
    "i impregneringssprayer, skidvalla, pappersförpackningar och brandskum.",
    "För att kunna få legitimation utfärdad efter läkarexamen krävs såväl genomgången "
    "Allmäntjänstgöring (AT) som ett godkänt resultat i en skriftlig datorbaserad examination, "
    "det så kallade eAT-provet. Provet administreras av AT-kansliet vid Karolinska institutet.",
    "– Jag är stolt över att Sverige kan visa solidaritet med Ukraina och samtidigt säkra WHO:s "
    "livsavgörande arbete i kampen mot icke-smittsamma sjukdomar. Omlokaliseringen är en del "
    "av Sveriges starka och ihållande politiska stöd till Ukraina, säger bistånds- och "
    "utrikeshandelsminister Johan Forssell.",
]

_WORD = re.compile(r"[^\W\d_]+")


def _breaks(token: str) -> list[tuple[str, str]]:
    """Where a typesetter may break ``token``: after an author's hyphen, or at a pattern
    point of one of its words (adding a hyphen). Longest first part first."""
    found = [(token[: i + 1], token[i + 1 :]) for i, c in enumerate(token[:-1]) if c == "-"]
    for word in _WORD.finditer(token):
        for point in break_points(word.group().lower()):
            at = word.start() + point
            found.append((token[:at] + "-", token[at:]))
    return sorted(found, key=lambda pair: -len(pair[0]))


def typeset(text: str, width: int) -> list[str]:
    """Greedy justified-column line breaking with hyphenation, as a word processor does."""
    lines: list[str] = []
    line = ""
    queue = text.split(" ")
    while queue:
        token = queue.pop(0)
        candidate = f"{line} {token}" if line else token
        if len(candidate) <= width or not line and len(token) > width and not _breaks(token):
            line = candidate
            continue
        for first, rest in _breaks(token):
            if len(f"{line} {first}".strip()) <= width and len(rest) >= 2:
                lines.append(f"{line} {first}".strip())
                line = ""
                queue.insert(0, rest)
                break
        else:
            if line:
                lines.append(line)
                line = ""
                queue.insert(0, token)
            else:
                line = token
    return [*lines, line] if line else lines


@pytest.mark.parametrize("width", range(22, 38, 3))
@pytest.mark.parametrize("paragraph", PARAGRAPHS, ids=lambda p: p[:24])
def test_typeset_paragraph_comes_back(paragraph: str, width: int) -> None:
    """This test ensures that a paragraph hyphenated into a narrow column is normalised back
    to exactly what was written, real hyphens and suspended compounds included."""
    lines = typeset(paragraph, width)
    assert any(line.endswith("-") for line in lines[:-1])
    assert normalize_cell(lines) == paragraph


# Word frequencies (wordfreq) and adjectives (the lemma table's comparison forms).


def test_frequency_list_knows_written_forms() -> None:
    """This test ensures that the Swedish frequency list is loaded: common forms score
    high, loans and names it has score above zero, fragments zero."""
    from icp_extract.lang.sv import frequency

    assert frequency.zipf("och") > 6
    assert frequency.is_attested("arkdes") and frequency.is_attested("waterfront")
    assert not frequency.is_attested("omhän") and frequency.zipf("dertas") == 0.0
    assert frequency.is_common_word("science") and not frequency.is_common_word("fu")


def test_decisions_without_a_frequency_list(monkeypatch: pytest.MonkeyPatch) -> None:
    """This test ensures that a missing wordfreq costs evidence, not the extraction:
    clear cases are still decided right."""
    from icp_extract.lang.sv import frequency
    from icp_extract.normalize import hyphens

    empty = frequency.Frequencies(np.zeros((2, 0), dtype=np.uint64))
    monkeypatch.setattr(frequency, "_frequencies", lambda: empty)
    frequency.zipf.cache_clear()
    hyphens._lexical_evidence.cache_clear()
    try:
        assert decide("Omhän-", "dertas") is J
        assert decide("SAM-", "modulen") is K
        assert decide("hälso-", "och") is S
    finally:
        frequency.zipf.cache_clear()
        hyphens._lexical_evidence.cache_clear()


def test_frequency_cache_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """This test ensures that the cached frequency store gives back what wordfreq says,
    for forms it has and forms it has not, and that an empty setting switches it off."""
    import wordfreq

    from icp_extract.lang.sv import frequency

    source = Path(str(resources.files("wordfreq").joinpath("data", frequency.SOURCE_FILE)))
    assert frequency._source_file() == source
    monkeypatch.setenv(frequency.cache.CACHE_ENV, str(tmp_path))
    derived = frequency._load(source)
    assert len(list(tmp_path.glob("sv-word-frequencies-*.npy"))) == 1
    cached = frequency._load(source)
    for word in ("och", "upphandling", "arkdes", "omhän", "zzzqx"):
        expected = wordfreq.zipf_frequency(word, "sv", "large")
        for store in (derived, cached):
            bucket = store.bucket(word)
            got = 0.0 if bucket is None else frequency.ZIPF_OF_BUCKET_0 - bucket / 100
            assert got == pytest.approx(expected, abs=0.01), word
    monkeypatch.setenv(frequency.cache.CACHE_ENV, "")
    assert frequency.cache.cache_file(source, "x", "1", ".npy") is None


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("privat", True),
        ("offentliga", True),
        ("industriellt", True),
        ("mål", False),  # "målare" is a noun, and there is no "målaste"
        ("kommun", False),
        ("planering", False),
    ],
)
def test_adjectives_by_comparison_forms(word: str, expected: bool) -> None:
    """This test ensures that adjectives are known by the forms the lemma table lists."""
    from icp_extract.lang.sv import lexicon

    assert lexicon.is_adjective(word) is expected
