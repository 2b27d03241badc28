"""scan6 document C: Äldre- och omsorgsnämnden, helår 2023, A4 portrait: a ruled Word table
in a serif face (Liberation Serif 9.5 pt) where **one row is shaded grey because its control
was cancelled during the year** ("Utgår" in the Följer plan column; the one quirk). The value
column stands after the control column. Scanned grey at 250 dpi."""

from holdout_model import Col, Doc, P, Page, Table

from producers.scan_report import SHADE

ROWS = [
    {"process": "Avgifter",
     "risk": "Risk att avgiften för hemtjänst beräknas på inaktuella uppgifter om "
             "brukarens inkomster.",
     "controls": "Stickprov på 30 avgiftsbeslut som jämförs med den senaste "
                 "inkomstförfrågan.",
     "value": "12",
     "follows": "Ja",
     "comment": "Samtliga granskade beslut byggde på aktuella inkomstuppgifter."},
    {"process": "Läkemedelshantering",
     "risk": "Risk att signeringslistor för läkemedel inte förs, så att given dos inte kan "
             "följas upp.",
     "controls": "Genomgång av signeringslistor på två särskilda boenden under en vecka "
                 "per kvartal.",
     "value": "16",
     "follows": "Delvis",
     "comment": "Brister i signeringen på ett boende under första kvartalet. Efter "
                "utbildning av personalen fanns inga brister i kvartal 3 och 4."},
    {"process": "Bemanning",
     "risk": "Risk att timavlönade medarbetare arbetar mer än arbetstidslagen tillåter.",
     "controls": "Uttag ur bemanningssystemet av övertid och brott mot dygnsvilan per "
                 "månad.",
     "value": "9",
     "follows": "Nej",
     "comment": "Dygnsvilan bröts vid 47 tillfällen, främst under semesterperioden. "
                "Semesterplaneringen för 2024 började redan i januari."},
    {"process": "Brukarnas privata medel",
     "risk": "Risk att boendes kontanter och bankkort hanteras utan kvittens.",
     "controls": "Kontroll av kassaböcker och kvitton på samtliga särskilda boenden i "
                 "oktober.",
     "value": "12",
     "follows": "Ja",
     "comment": "Kassaböckerna var förda och alla uttag kvitterade."},
    {"process": "Nyckelhantering",
     "risk": "Risk att nycklar till brukarnas bostäder kommer bort eller lämnas ut utan "
             "kvittens.",
     "controls": "Inventering av nyckelskåp och kvittenslistor i hemtjänsten två gånger "
                 "per år.",
     "value": "9",
     "follows": "Utgår",
     "comment": "Kontrollen utgår. Digitala lås infördes i hela hemtjänsten i maj och "
                "nycklar hanteras inte längre.",
     SHADE: "#d0cece"},
    {"process": "Inköp",
     "risk": "Risk att inkontinenshjälpmedel köps in utanför det upphandlade avtalet.",
     "controls": "Granskning av leverantörsfakturor för hjälpmedel under mars och "
                 "september.",
     "value": "8",
     "follows": "Ja",
     "comment": "Alla inköp gjordes inom avtalet."},
    {"process": "Dokumentation",
     "risk": "Risk att genomförandeplan saknas eller inte följs upp inom sex månader.",
     "controls": "Stickprov på 40 brukare i hemtjänsten och på särskilda boenden.",
     "value": "12",
     "follows": "Delvis",
     "comment": "Genomförandeplan fanns för 36 av 40 brukare. Sju planer var äldre än sex "
                "månader."},
    {"process": "Dataskydd",
     "risk": "Risk att personuppgifter skickas med okrypterad e-post till externa "
             "vårdgivare.",
     "controls": "Genomgång av anmälda personuppgiftsincidenter och stickprov i två "
                 "funktionsbrevlådor.",
     "value": "8",
     "follows": "Ja",
     "comment": "En incident anmäldes och har hanterats enligt rutinen."},
]


def aon2023() -> Doc:
    cols = [
        Col("process", "Process", 2.4, "process", align="left"),
        Col("risk", "Risk", 3.9, "risk"),
        Col("controls", "Kontrollmoment", 3.8, "controls"),
        Col("value", "Riskvärde", 1.4, "risk_value", align="center"),
        Col("follows", "Följer plan", 1.5, "follows_plan", align="left"),
        Col("comment", "Kommentar", 4.5, "comment"),
    ]
    table = Table("Internkontroll 2023", cols, ROWS, rule="0.5pt solid #000000",
                  header_fill="#e7e6e6", size=9.5, head_size=9.5, font="Liberation Serif",
                  pad=0.1, keep_rows=True, margin_top=0.2)
    title = "Internkontrollplan 2023 – uppföljning helår"
    blocks = [
        P("Äldre- och omsorgsnämnden", "Sub"),
        P(title, "Title"),
        P("I nämndens riskanalys för 2023 bedömdes 22 risker. Åtta av dem bedömdes som "
          "kritiska och fick kontrollmoment i internkontrollplanen. Riskvärdet är "
          "sannolikhet gånger konsekvens, vardera på en skala 1–4."),
        P("Nämnden beslutade i juni att kontrollen av nyckelhanteringen i hemtjänsten "
          "utgår, eftersom digitala lås har ersatt nycklarna. Raden är markerad grå i "
          "tabellen. Av de övriga sju kontrollerna följer fyra planen, två följer den "
          "delvis och en följer den inte."),
        table,
        P("Förvaltningen bedömer att den interna kontrollen är godtagbar. Arbetstiden för "
          "timavlönade och signeringen av läkemedel följs upp igen under 2024."),
    ]
    return Doc(
        name="aon2023_scan_250dpi_cancelled_row_grey",
        blocks=blocks,
        page=Page(top=2.0, bottom=2.0, left=1.75, right=1.75),
        font="Liberation Serif",
        body_size=11.5,
        cell_size=9.5,
        footer="Äldre- och omsorgsnämnden · Uppföljning av internkontrollplan 2023 · "
               "Sida {page}",
        organ="Äldre- och omsorgsnämnden",
        year=2023,
        period="helår",
        title=title,
        risks_inventoried=22,
        risks_critical=8,
    )
