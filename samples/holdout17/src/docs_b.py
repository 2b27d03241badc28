"""Holdout17 document B: Kommunledningsnämnden, a fully ruled risk table whose header row is
set in capitals ("PROCESS", "RISK", "RISKVÄRDE", "KONTROLLMOMENT", "FÖLJER PLAN",
"KOMMENTAR"), the columns so narrow that header words break with a hyphen, and whose
process cells are in capitals too ("EKONOMI", "LÖNER OCH ERSÄTTNINGAR"), some of them
hyphenated. A4 portrait, the table fills page 1, the closing assessment stands on page 2."""

from h17kit import EdgeTable, H17Doc
from holdout_model import Col, P, Page

KLN_ROWS = [
    {
        "process": "EKONOMI",
        "risk": "Risk att leverantörsfakturor attesteras av en person som saknar "
        "beslutsattesträtt för det aktuella ansvaret, eller av samma person som har "
        "beställt varan.",
        "value": "12",
        "controls": "Stickprov på 40 fakturor ur ekonomisystemet mot den gällande "
        "attestförteckningen.",
        "follows": "Delvis",
        "comment": "Tre fakturor var attesterade av en ersättare vars behörighet hade "
        "upphört. Attestförteckningen uppdateras nu varje kvartal.",
    },
    {
        "process": "EKONOMI",
        "risk": "Risk att representation och interna konferenser redovisas utan "
        "deltagarförteckning och syfte, så att momsavdrag görs felaktigt.",
        "value": "6",
        "controls": "Granskning av samtliga verifikationer på konton för "
        "representation under mars och oktober.",
        "follows": "Nej",
        "comment": "Deltagarförteckning saknades på 9 av 26 verifikationer. Ekonomienheten "
        "har informerat alla budgetansvariga om kraven.",
    },
    {
        "process": "LÖNER OCH ERSÄTTNINGAR",
        "risk": "Risk att lön betalas ut efter avslutad anställning, eftersom "
        "avslutsblanketten registreras för sent i personal- och lönesystemet.",
        "value": "9",
        "controls": "Avstämning av alla avslutade anställningar mot utbetalningarna i "
        "nästkommande lönekörning.",
        "follows": "Ja",
        "comment": "Ingen felaktig utbetalning hittades bland de 64 avslutade "
        "anställningarna under året.",
    },
    {
        "process": "LÖNER OCH ERSÄTTNINGAR",
        "risk": "Risk att förtroendevalda får arvode och ersättning för förlorad "
        "arbetsinkomst utan underlag från sammanträdet.",
        "value": "8",
        "controls": "Stickprov på 20 arvodesutbetalningar mot närvarolistor och "
        "intyg om förlorad arbetsinkomst.",
        "follows": "Ja",
        "comment": "Alla utbetalningar hade underlag. Intygen för förlorad arbetsinkomst "
        "förnyas nu vid varje årsskifte.",
    },
    {
        "process": "UPPHANDLING OCH INKÖP",
        "risk": "Risk att direktupphandlingar över 100 000 kronor genomförs utan "
        "dokumentation, i strid med lagen om offentlig upphandling.",
        "value": "12",
        "controls": "Genomgång av leverantörer med inköp över 100 000 kronor som "
        "saknas i avtalskatalogen.",
        "follows": "Delvis",
        "comment": "Fyra direktupphandlingar saknade dokumentation. Upphandlingsenheten "
        "har hållit två utbildningstillfällen för beställare.",
    },
    {
        "process": "DOKUMENTHANTERING OCH ARKIV",
        "risk": "Risk att allmänna handlingar som kommer in via e-post inte registreras, "
        "så att de inte kan lämnas ut när någon begär det.",
        "value": "9",
        "controls": "Kontroll av att handlingar till kommunens funktionsbrevlådor har "
        "registrerats i ärendehanteringssystemet.",
        "follows": "Delvis",
        "comment": "Av 120 kontrollerade handlingar var 104 registrerade. "
        "Registreringsrutinen för funktionsbrevlådorna har förtydligats.",
    },
    {
        "process": "IT OCH INFORMATIONSSÄKERHET",
        "risk": "Risk att konton för anställda som har slutat inte avslutas, så att "
        "obehöriga får åtkomst till kommunens system och handlingar.",
        "value": "12",
        "controls": "Jämförelse mellan aktiva konton i katalogtjänsten och "
        "personalsystemets förteckning över avslutade anställningar.",
        "follows": "Nej",
        "comment": "Elva konton var fortfarande aktiva mer än en månad efter avslutad "
        "anställning. Avslut sker nu automatiskt från personalsystemet.",
    },
]


def kln2024() -> H17Doc:
    cols = [
        Col("process", "PROCESS", 2.5, "process", align="left"),
        Col("risk", "RISK", 4.6, "risk"),
        Col("value", "RISKVÄRDE", 1.85, "risk_value", align="left"),
        Col("controls", "KONTROLLMOMENT", 2.5, "controls"),
        Col("follows", "FÖLJER PLAN", 1.6, "follows_plan", align="left"),
        Col("comment", "KOMMENTAR", 4.95, "comment"),
    ]
    rule = "0.5pt solid #595959"
    table = EdgeTable(
        "Risktabell", cols, KLN_ROWS, rule=rule, header_fill="#dbe5f1", size=9,
        head_size=9, font="Liberation Sans", pad=0.12, margin_top=0.15,
        edges={c.key: "tblr" for c in cols}, head_edges={c.key: "tblr" for c in cols},
    )
    blocks = [
        P("Kommunledningsnämnden", "Sub"),
        P("Uppföljning av internkontrollplan 2024, helår", "Title"),
        P("Kommunledningsnämnden ansvarar för kommunens gemensamma ekonomi-, personal-, "
          "upphandlings- och IT-funktioner. Nämnden antog internkontrollplanen för 2024 "
          "den 6 december 2023. I riskanalysen bedömdes 18 risker, och sju av dem "
          "bedömdes som kritiska. De ingår i planen med ett kontrollmoment var. "
          "Tabellen nedan redovisar kontrollernas resultat per process."),
        table,
        P("Samlad bedömning", "H2"),
        P("Kommunledningskontoret bedömer att den interna kontrollen i huvudsak är "
          "tillräcklig. Kontrollerna av representation och avslutade användarkonton visar "
          "brister som följs upp i internkontrollplanen för 2025."),
    ]
    return H17Doc(
        name="kln2024_headers_in_capitals",
        blocks=blocks,
        page=Page(top=1.8, bottom=1.8, left=1.5, right=1.5),
        font="DejaVu Serif",
        body_size=10.0,
        cell_size=9.0,
        footer="Kommunledningsnämnden · Uppföljning av internkontrollplan 2024 · sida "
        "{page} av {pages}",
        organ="Kommunledningsnämnden",
        year=2024,
        period="helår",
        title="Uppföljning av internkontrollplan 2024, helår",
        risks_inventoried=18,
        risks_critical=7,
    )
