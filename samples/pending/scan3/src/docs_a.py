"""scan3 document A: Mark- och exploateringsnämnden, helår 2024, A4 portrait: a risk matrix
(heat-map, risk numbers in coloured cells) above a ruled risk table whose first column is a
running number "1.", "2.", ... and whose risk level is printed twice, as a number (Riskvärde)
and as a word (Risknivå); scanned in colour with a red "received" stamp in the top margin."""

from holdout_model import Col, Doc, P, Page, Table
from producers.scan_report import Matrix

ROWS = [
    {"nr": "1.", "process": "Markförvärv",
     "risk": "Risk att mark förvärvas till ett pris över marknadsvärdet utan oberoende "
             "värdering.",
     "value": "12", "level": "Mycket hög",
     "controls": "Granskning av samtliga förvärv över 1 miljon kronor: finns extern värdering "
                 "och beslut enligt delegationsordningen?",
     "follows": "Ja",
     "comment": "Fyra förvärv granskades. Alla hade extern värdering och rätt beslutsfattare."},
    {"nr": "2.", "process": "Tomtförsäljning",
     "risk": "Risk att småhustomter anvisas i strid med tomtköns regler eller att "
             "köordningen frångås utan dokumenterat skäl.",
     "value": "9", "level": "Hög",
     "controls": "Stickprov på tio av årets 38 tomtanvisningar, jämförda med tomtkön.",
     "follows": "Delvis",
     "comment": "I två fall saknades dokumenterat skäl till att sökande hoppades över. "
                "Rutinen förtydligas."},
    {"nr": "3.", "process": "Exploateringsavtal",
     "risk": "Risk att kostnader för allmän platsmark inte regleras i exploateringsavtalen "
             "och i stället belastar kommunen.",
     "value": "12", "level": "Mycket hög",
     "controls": "Genomgång av exploateringsavtal tecknade 2024 mot checklistan för "
                 "avtalsinnehåll.",
     "follows": "Ja",
     "comment": "Tre avtal granskades utan anmärkning."},
    {"nr": "4.", "process": "Arrenden och nyttjanderätter",
     "risk": "Risk att arrendeavgifter inte räknas upp enligt avtalens indexklausul eller "
             "inte faktureras alls.",
     "value": "8", "level": "Medel",
     "controls": "Avstämning av arrenderegistret mot fakturerade avgifter för 2024.",
     "follows": "Nej",
     "comment": "Elva avtal hade inte räknats upp sedan 2021. Faktureringsrutinen ses över "
                "under våren 2025."},
    {"nr": "5.", "process": "Jäv",
     "risk": "Risk att en handläggare med jäv deltar i beredningen av en markanvisning.",
     "value": "9", "level": "Hög",
     "controls": "Kontroll att jävsdeklaration finns för alla som berett markanvisningar.",
     "follows": "Ja",
     "comment": "Deklarationer fanns för samtliga åtta handläggare."},
    {"nr": "6.", "process": "Dataskydd",
     "risk": "Risk att personuppgifter i tomtkön sparas längre än informationshanteringsplanen "
             "medger.",
     "value": "8", "level": "Medel",
     "controls": "Genomgång av gallringen i tomtköregistret.",
     "follows": "Delvis",
     "comment": "Gallring görs årligen men inte för köplatser som avslutades före 2019."},
    {"nr": "7.", "process": "Upphandling",
     "risk": "Risk att konsulttjänster för värdering och projektering köps utan avtal eller "
             "dokumenterad direktupphandling.",
     "value": "16", "level": "Mycket hög",
     "controls": "Inköp över 100 000 kronor i leverantörsreskontran jämförda med "
                 "avtalsdatabasen.",
     "follows": "Delvis",
     "comment": "Inköp för 286 000 kronor saknade avtal. Direktupphandlingen dokumenterades "
                "i efterhand."},
]

# S and K of each risk (for the matrix only; the table prints the value and the level)
SK = {"1.": (3, 4), "2.": (3, 3), "3.": (4, 3), "4.": (2, 4), "5.": (3, 3), "6.": (4, 2),
      "7.": (4, 4)}


def fill_of(v: int) -> str:
    return "#63be7b" if v <= 3 else "#ffeb84" if v <= 8 else "#f8a45c" if v <= 11 else "#f8696b"


def matrix() -> Matrix:
    rows, fills = [], []
    for s in (4, 3, 2, 1):
        cells = []
        for k in (1, 2, 3, 4):
            nrs = [nr.rstrip(".") for nr, sk in SK.items() if sk == (s, k)]
            cells.append(", ".join(nrs))
        rows.append((str(s), cells))
        fills.append([fill_of(s * k) for k in (1, 2, 3, 4)])
    return Matrix(rows, fills, ["1", "2", "3", "4"], "Sannolikhet", "Konsekvens")


def mexn2024() -> Doc:
    cols = [
        Col("nr", "Nr", 0.8, None, align="left"),
        Col("process", "Process", 2.4, "process", align="left"),
        Col("risk", "Risk", 3.9, "risk"),
        Col("value", "Riskvärde", 1.3, "risk_value", align="center"),
        Col("level", "Risknivå", 1.6, None, align="left"),
        Col("controls", "Kontrollmoment", 3.4, "controls"),
        Col("follows", "Följer plan", 1.3, "follows_plan", align="left"),
        Col("comment", "Kommentar", 2.7, "comment"),
    ]
    table = Table("Internkontrollplan", cols, ROWS, rule="0.5pt solid #2e5e8c",
                  header_fill="#c5d9f1", size=8.5, head_size=8.5, font="Carlito", pad=0.1,
                  keep_rows=True, margin_top=0.25)
    title = "Uppföljning av internkontrollplan 2024 – helår"
    blocks = [
        P("Mark- och exploateringsnämnden", "Sub"),
        P(title, "Title"),
        P("Mark- och exploateringsnämnden ansvarar för kommunens markförvärv, "
          "exploateringsavtal, försäljning av tomter och arrenden. Nämnden antog "
          "internkontrollplanen för 2024 den 14 december 2023."),
        P("I risk- och väsentlighetsanalysen identifierades 19 risker. Sju av dem bedömdes ha "
          "ett riskvärde på 8 eller högre och fick ett kontrollmoment i planen. Riskvärdet är "
          "produkten av sannolikhet och konsekvens (1–4). Risknivå: Låg 1–3, Medel 4–8, Hög "
          "9–11, Mycket hög 12–16. Matrisen visar var planens risker ligger; siffrorna i "
          "rutorna är riskernas nummer i tabellen."),
        matrix(),
        P("Tabell 1. Kontrollmoment och resultat 2024", "H2"),
        table,
        P("Sammanfattningsvis följde fyra av sju kontroller planen helt. Avvikelserna gäller "
          "arrendeavgifterna, tomtanvisningen, gallringen och konsultinköpen och följs upp i "
          "planen för 2025."),
    ]
    return Doc(
        name="mexn2024_scan_colour_heatmap_stamp",
        blocks=blocks,
        page=Page(top=2.2, bottom=1.4, left=1.8, right=1.8),
        font="Carlito",
        body_size=10.5,
        cell_size=8.5,
        footer="Mark- och exploateringsnämnden – internkontroll 2024 – sida {page}",
        organ="Mark- och exploateringsnämnden",
        year=2024,
        period="helår",
        title=title,
        risks_inventoried=19,
        risks_critical=7,
    )
