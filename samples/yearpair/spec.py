"""Socialnämnden, helår 2022 and 2023: the source text of the year pair.

The two reports share four risks word for word, and differ in exactly these ways (the
expected ``compare.expected.json`` is written by hand from this list):

=====================================  =====================================================
2022 (A)                               2023 (B)
=====================================  =====================================================
1 Myndighetsutövning barn och unga     1 unchanged
2 Ekonomiskt bistånd, riskvärde 9      2 riskvärde 12 (up), nothing else
3 Hemtjänst                            removed
4 LSS-verksamheten, följer plan Ja     3 följer plan Delvis, and a new comment
-                                      4 Socialpsykiatri: added
5 Hälso- och sjukvård                  5 the risk text reworded slightly (must still match)
6 Administration                       6 unchanged
=====================================  =====================================================

The 2023 template has other column widths than 2022 (as when a kansli adjusts a template),
so the two PDFs hyphenate differently and only the text can match them.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "build"))

from specmodel import Column, Layout, PageGeom, Sample  # noqa: E402

MYNDIGHET = {
    "process": "Myndighetsutövning barn och unga",
    "risk": "Risk att förhandsbedömning inte görs inom 14 dagar efter att en anmälan har "
    "inkommit, vilket strider mot socialtjänstlagen.",
    "value": 12,
    "controls": "Månadsvis uttag ur verksamhetssystemet av inkomna anmälningar och beslutsdatum.",
    "handling": "Granskas inom internkontrollplanen.",
    "follows": "Ja",
    "comment": "Av 436 anmälningar har 418 förhandsbedömts inom 14 dagar. Avvikelserna "
    "gällde främst semesterperioden, då bemanningen på mottagningsenheten var låg.",
}

BISTAND_2022 = {
    "process": "Ekonomiskt bistånd",
    "risk": "Risk för felaktiga utbetalningar av ekonomiskt bistånd på grund av "
    "ofullständigt beslutsunderlag.",
    "value": 9,
    "controls": "Attest av utbetalningar av två handläggare och stickprov i 25 akter per kvartal.",
    "handling": "Granskas inom internkontrollplanen.",
    "follows": "Ja",
    "comment": "Stickproven visade tre ärenden där kontroll mot Försäkringskassan saknades. "
    "Inga felaktiga utbetalningar har konstaterats.",
}
BISTAND_2023 = {**BISTAND_2022, "value": 12}

HEMTJANST = {
    "process": "Hemtjänst",
    "risk": "Risk att beviljade insatser inte utförs enligt beslut på grund av bristande "
    "planering av arbetsscheman.",
    "value": 8,
    "controls": "Jämförelse mellan beviljad och utförd tid i planeringssystemet varje månad.",
    "handling": "Åtgärdas genom ny rutin för schemaläggning.",
    "follows": "Ja",
    "comment": "Skillnaden mellan beviljad och utförd tid har minskat till under fem procent.",
}

LSS_2022 = {
    "process": "LSS-verksamheten",
    "risk": "Risk att genomförandeplaner saknas eller inte följs upp för brukare med insatser "
    "enligt LSS.",
    "value": 9,
    "controls": "Stickprov i 20 akter per halvår och granskning av uppföljningsdatum.",
    "handling": "Utbildning i dokumentationsskyldighet för baspersonal.",
    "follows": "Ja",
    "comment": "Samtliga granskade akter hade en aktuell genomförandeplan.",
}
LSS_2023 = {
    **LSS_2022,
    "follows": "Delvis",
    "comment": "Fyra av de granskade akterna saknade en aktuell genomförandeplan.",
}

SOCIALPSYKIATRI = {
    "process": "Socialpsykiatri",
    "risk": "Risk att personer med psykisk funktionsnedsättning inte erbjuds samordnad "
    "individuell plan trots behov av insatser från både kommun och region.",
    "value": 12,
    "controls": "Uppföljning av antalet upprättade samordnade individuella planer per kvartal.",
    "handling": "En ny rutin för samverkan med regionen tas fram.",
    "follows": "Nej",
    "comment": "Rutinen är försenad och beräknas vara klar under våren.",
}

HALSO_2022 = {
    "process": "Hälso- och sjukvård i särskilt boende",
    "risk": "Risk för felaktig läkemedelshantering, till exempel att delegerad personal ger "
    "fel dos eller att signeringslistor inte förs.",
    "value": 12,
    "controls": "Kvartalsvisa avvikelserapporter och årlig egenkontroll av läkemedelsförråd.",
    "handling": "Omhändertas i patientsäkerhetsberättelsen.",
    "follows": "Ja",
    "comment": "Antalet läkemedelsavvikelser har minskat jämfört med föregående år.",
}
HALSO_2023 = {
    **HALSO_2022,
    "risk": "Risk för brister i läkemedelshanteringen, till exempel att delegerad personal "
    "ger fel dos eller att signeringslistorna inte förs.",
}

ADMINISTRATION = {
    "process": "Administration",
    "risk": "Risk att allmänna handlingar inte diarieförs och att sekretessbelagda uppgifter "
    "lämnas ut felaktigt.",
    "value": 6,
    "controls": "Stickprov i diariet och genomgång av utlämnade handlingar.",
    "handling": "Utbildning i offentlighet och sekretess för nyanställda.",
    "follows": "Ja",
    "comment": "Inga felaktiga utlämnanden har rapporterats.",
}


def _layout(year: int) -> Layout:
    return Layout(
        page=PageGeom(29.7, 21.0, 2.0, 2.0, 2.0, 2.0),
        font="Liberation Sans",
        body_size=10.5,
        cell_size=9.0,
        title_size=15,
        heading_size=12,
        rules="full",
        header_fill="#d9d9d9",
        cell_padding=0.1,
        footer=f"Socialnämnden – uppföljning av internkontroll {year}, sida {{page}}",
    )


def _prose(year: int, inventoried: str, critical: str) -> list:
    return [
        ("h1", "Inledning"),
        (
            "p",
            "Socialnämnden ansvarar enligt kommunallagen för att den interna kontrollen inom "
            f"nämndens verksamheter är tillräcklig. Internkontrollplanen för {year} bygger på "
            "förvaltningens risk- och väsentlighetsanalys.",
        ),
        ("h1", "Resultat"),
        (
            "p",
            f"Förvaltningen har inventerat {inventoried} risker. Av de inventerade riskerna "
            f"bedömdes {critical} som kritiska och följs upp i tabellen nedan.",
        ),
    ]


def _columns(widths: tuple[float, ...]) -> list:
    process, risk, value, controls, handling, follows, comment = widths
    return [
        Column("process", "Ansvarsområde/process", "process", process),
        Column("risk", "Risk", "risk", risk),
        Column("value", "Riskvärde", "risk_value", value, "center"),
        Column("controls", "Befintliga kontroller", "controls", controls),
        Column("handling", "Hantering", "handling", handling),
        Column("follows", "Följer plan", "follows_plan", follows, "center"),
        Column("comment", "Kommentar", "comment", comment),
    ]


SN2022 = Sample(
    name="sn2022_yearpair",
    organ="Socialnämnden",
    year=2022,
    period="helår",
    title="Uppföljning av Socialnämndens internkontrollplan 2022 – helår",
    risks_inventoried=18,
    risks_critical=6,
    layout=_layout(2022),
    prose=_prose(2022, "18", "sex"),
    columns=_columns((3.0, 4.6, 1.7, 4.2, 3.4, 1.8, 6.8)),
    rows=[MYNDIGHET, BISTAND_2022, HEMTJANST, LSS_2022, HALSO_2022, ADMINISTRATION],
    made="A4 landscape, Liberation Sans 9 pt, every cell ruled, grey header row, footer with "
    "page number. Columns 3.0 / 4.6 / 1.7 / 4.2 / 3.4 / 1.8 / 6.8 cm.",
    tests="Earlier year of the year pair: six risks (see spec.py for the differences).",
)

SN2023 = Sample(
    name="sn2023_yearpair",
    organ="Socialnämnden",
    year=2023,
    period="helår",
    title="Uppföljning av Socialnämndens internkontrollplan 2023 – helår",
    risks_inventoried=17,
    risks_critical=6,
    layout=_layout(2023),
    prose=_prose(2023, "17", "sex"),
    columns=_columns((2.6, 4.0, 1.7, 4.8, 3.8, 1.8, 6.8)),
    rows=[MYNDIGHET, BISTAND_2023, LSS_2023, SOCIALPSYKIATRI, HALSO_2023, ADMINISTRATION],
    made="As 2022, with columns 2.6 / 4.0 / 1.7 / 4.8 / 3.8 / 1.8 / 6.8 cm (so lines break and "
    "hyphenate elsewhere).",
    tests="Later year of the year pair: one risk removed, one added, a risk value raised, "
    "follows plan changed (with its comment), one risk reworded, two unchanged.",
)

SAMPLES = [SN2022, SN2023]
