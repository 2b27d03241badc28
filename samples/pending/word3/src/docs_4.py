"""Word report 4: Primärvårdsnämnden (a region's nämnd), helår 2025. Portrait prose in
DejaVu Sans (Verdana-like, as some regions' templates), **a landscape section in the middle**
holding the risk table and back to portrait after it. The counts stand **in a heading**
("2 Riskanalys: 26 risker, varav 9 kritiska"). The table is a risk register in Word's "List
Table 3" look (horizontal rules only): a **Risk-ID first** ("PV-01"), **the process in the
third column**, "Hantering" (controls in the plan or handling in other planning), "Ansvarig",
"Klart senast" (a date) and **"Status"** ("Klar", "Pågår", "Ej påbörjad", "Ej genomförd")
instead of Följer plan."""

from holdout_model import P, Page
from word_report import C, Grid, ReportDoc, rec

ORGAN = "Primärvårdsnämnden"
TITLE = "Uppföljning av internkontrollplan 2025"
STATUS = {"Klar": "Ja", "Pågår": None, "Ej påbörjad": None, "Ej genomförd": "Nej"}

# Risk-ID, risk, process, riskvärde, hantering, ansvarig, klart senast, status, kommentar
RISKS = [
    ("PV-01", "Risk att remisser blir liggande obesvarade eftersom vårdcentralerna inte "
     "följer rutinen för remisshantering.", "Remisshantering", 12,
     "Kontroll i internkontrollplanen: uttag ur journalsystemet av obesvarade remisser "
     "äldre än 14 dagar, två gånger per år.", "Verksamhetschefer", "2025-11-30", "Klar",
     "43 remisser var äldre än 14 dagar vid det första uttaget och 9 vid det andra. "
     "Påminnelsefunktionen i journalsystemet har aktiverats."),
    ("PV-02", "Risk att ersättning till vårdcentraler betalas ut för listade patienter som "
     "har avlidit eller flyttat från regionen.", "Vårdval", 9,
     "Kontroll i internkontrollplanen: avstämning av listningsregistret mot "
     "folkbokföringen varje kvartal.", "Vårdvalsenheten", "2025-12-31", "Klar",
     "Ersättning för 118 patienter hade betalats ut felaktigt; 312 400 kronor har "
     "återkrävts."),
    ("PV-03", "Risk att journaler läses av medarbetare utan vårdrelation till patienten.",
     "Informationssäkerhet", 12,
     "Kontroll i internkontrollplanen: riktade loggkontroller av 200 journaler per "
     "vårdcentral och år.", "Informationssäkerhetssamordnare", "2025-12-31", "Pågår",
     "Loggkontrollerna är gjorda på 11 av 14 vårdcentraler. De tre som återstår görs i "
     "januari 2026."),
    ("PV-04", "Risk att läkemedel och förbrukningsmaterial köps in utanför regionens "
     "avtal.", "Inköp", 8,
     "Kontroll i internkontrollplanen: stickprov på 30 fakturor för läkemedel och "
     "förbrukningsmaterial.", "Ekonomichef primärvård", "2025-09-30", "Klar",
     "Två fakturor avsåg inköp utanför avtal. Beställarna har fått information om "
     "avtalen."),
    ("PV-05", "Risk att hyrläkare anlitas utan avrop från regionens avtal om inhyrd "
     "personal.", "Bemanning", 12,
     "Kontroll i internkontrollplanen: genomgång av samtliga fakturor för inhyrd "
     "personal.", "HR-chef", "2025-12-31", "Ej påbörjad",
     "Kontrollen har inte kunnat göras eftersom fakturorna inte går att särskilja i "
     "ekonomisystemet. Kontoplanen ändras från 2026."),
    ("PV-06", "Risk att det inte går att rekrytera och behålla distriktssköterskor.",
     "Kompetensförsörjning", 16,
     "Hanteras i verksamhetsplanen: handlingsplan för rekrytering och betald "
     "vidareutbildning.", "Primärvårdsdirektör", "2025-12-31", "Klar",
     "Sex sjuksköterskor har påbörjat specialistutbildning med bibehållen lön."),
    ("PV-07", "Risk att patienter inte når vårdcentralen per telefon samma dag.",
     "Tillgänglighet", 9,
     "Hanteras i verksamhetsplanen: digital vårdkontakt och återuppringning på alla "
     "vårdcentraler.", "Verksamhetschefer", "2025-06-30", "Pågår",
     "Återuppringning finns på tolv av 14 vårdcentraler; de två sista inför den i mars "
     "2026."),
    ("PV-08", "Risk att hot och våld mot medarbetare inte förebyggs.", "Arbetsmiljö", 9,
     "Hanteras i det systematiska arbetsmiljöarbetet: riskbedömning och larmrutiner på "
     "alla vårdcentraler.", "Verksamhetschefer", "2025-10-31", "Klar",
     "Riskbedömningar och larmrutiner finns på alla vårdcentraler."),
    ("PV-09", "Risk att avvikelser i läkemedelshanteringen inte rapporteras.",
     "Patientsäkerhet", 8,
     "Hanteras i patientsäkerhetsarbetet: utbildning i avvikelsesystemet för alla "
     "sjuksköterskor.", "Medicinskt ledningsansvarig", "2025-12-31", "Ej genomförd",
     "Utbildningen ställdes in när avvikelsesystemet byttes ut. Den ges i det nya systemet "
     "under våren 2026."),
]

HEAD = ["Risk-ID", "Risk", "Process", "Riskvärde", "Hantering", "Ansvarig", "Klart senast",
        "Status", "Kommentar"]
WIDTHS = [1.4, 4.6, 2.4, 1.5, 5.0, 2.4, 1.8, 1.6, 5.4]  # 26.1 cm


def pvn2025():
    page = Page(21.0, 29.7, 2.5, 2.2, 2.3, 2.3)
    landscape = Page(29.7, 21.0, 2.0, 1.8, 1.8, 1.8)
    rows, records = [], []
    for i, (rid, risk, proc, value, hand, resp, date, status, comment) in enumerate(RISKS, 1):
        rows.append((i, [C(rid, bold=True), C(risk), C(proc), C(str(value), align="center"),
                         C(hand), C(resp), C(date), C(status), C(comment)]))
        records.append(rec(process=proc, risk=risk, risk_value=value, handling=hand,
                           follows_plan=STATUS[status], comment=comment,
                           extra={"Risk-ID": rid, "Ansvarig": resp, "Klart senast": date}))
    blocks = [
        P("Region Västmark", "Organ"),
        P(ORGAN, "Organ"),
        P(TITLE, "Title"),
        P("Rapport per 2025-12-31 · Diarienummer PVN 2026-0019", "Subtitle"),
        P("1 Inledning", "H1"),
        P("Regionfullmäktiges reglemente för intern kontroll anger att varje nämnd årligen "
          "ska anta en internkontrollplan och följa upp den. Primärvårdsnämnden antog planen "
          "för 2025 den 17 december 2024. Uppföljningen omfattar hela året och de 14 "
          "vårdcentralerna i egen regi samt vårdvalsenheten."),
        P("2 Riskanalys: 26 risker, varav 9 kritiska", "H1"),
        P("Riskerna har bedömts efter sannolikhet och konsekvens på en skala från 1 till 4. "
          "Riskvärdet är produkten av dem, och ett riskvärde på 8 eller mer räknas som "
          "kritiskt. Fem av de kritiska riskerna följs upp med kontroller i "
          "internkontrollplanen. Fyra hanteras i annan planering: i verksamhetsplanen, i "
          "det systematiska arbetsmiljöarbetet och i patientsäkerhetsarbetet."),
        P("Tabell 1 på nästa sida visar varje kritisk risk med dess hantering, ansvarig, "
          "datum då hanteringen ska vara klar och status vid årets slut."),
        P("3 Kritiska risker och deras hantering", "H1", master="Landscape"),
        P("Tabell 1. Kritiska risker 2025, hantering och status per 2025-12-31", "Caption"),
        Grid("Tabell 1", WIDTHS, [HEAD], rows, rule="0.5pt solid #4472C4", rules="horizontal",
             header_fill="#4472C4", header_color="#FFFFFF", size=8.0, font="DejaVu Sans",
             pad=0.12, pad_v=0.05),
        P("4 Samlad bedömning", "H1", master="Standard"),
        P("Fem av de nio kritiska riskerna har hanterats som planerat. Tre åtgärder pågår "
          "eller har inte påbörjats och en har inte genomförts. Nämnden bedömer att den "
          "interna kontrollen i huvudsak är tillräcklig men att kontrollen av inhyrd "
          "personal måste kunna göras under 2026."),
        P("Förslag till beslut", "H2"),
        P("Primärvårdsnämnden godkänner uppföljningen av internkontrollplanen för 2025."),
    ]
    return ReportDoc(
        name="pvn2025_landscape_middle_register_status",
        blocks=blocks, page=page, masters={"Landscape": landscape},
        font="DejaVu Sans", body_size=9.5, heading_color="#1F4E79",
        header="Region Västmark · Primärvårdsnämnden",
        footer="Uppföljning av internkontrollplan 2025 · {page}/{pages}", footer_align="right",
        organ=ORGAN, year=2025, period="helår", title=TITLE,
        risks_inventoried=26, risks_critical=9,
        columns=[{"header": "Risk-ID", "field": None},
                 {"header": "Risk", "field": "risk"},
                 {"header": "Process", "field": "process"},
                 {"header": "Riskvärde", "field": "risk_value"},
                 {"header": "Hantering", "field": "handling"},
                 {"header": "Ansvarig", "field": None},
                 {"header": "Klart senast", "field": None},
                 {"header": "Status", "field": "follows_plan"},
                 {"header": "Kommentar", "field": "comment"}],
        records=records, grids=("Tabell 1",),
    )
