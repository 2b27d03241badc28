"""Report 5: a kommunalförbund (an IT-förbund owned by four municipalities). The register is
sorted by risk value, highest first, with the value in the first column, so the process is
repeated on rows that are not next to each other. Several comments also name last year's
outcome. Counts in the prose: "Av 30 identifierade risker bedöms tolv som väsentliga". Calc's
printed grid, A4 landscape, twelve risks over two pages (header repeated)."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "DejaVu Serif"
STYLES = {
    "organ": CellStyle(F, 10, bold=True, color="#7030a0", wrap=False, hyphenate=False),
    "title": CellStyle(F, 14, bold=True, wrap=False, hyphenate=False),
    "prose": CellStyle(F, 9),
    "head": CellStyle(F, 9, bold=True, bg="#e4dfec", valign="bottom"),
    "headc": CellStyle(F, 9, bold=True, bg="#e4dfec", valign="bottom", align="center"),
    "body": CellStyle(F, 8.5),
    "num": CellStyle(F, 9, align="center"),
    "numb": CellStyle(F, 9, align="center", bold=True),
}

HEADERS = ["Riskvärde", "Process", "Risk", "Sannolikhet", "Konsekvens", "Kontrollmoment",
           "Ansvarig", "Följer plan", "Kommentar"]
FIELDS = ["risk_value", "process", "risk", "probability", "consequence", "controls", None,
          "follows_plan", "comment"]
WIDTHS = [1.6, 2.6, 4.4, 1.75, 1.75, 4.3, 2.1, 1.4, 6.0]

# (process, risk, S, K, control, responsible, follows plan, comment)
RISKS = [
    ("Informationssäkerhet",
     "Risk att ett intrång med skadlig kod slår ut medlemskommunernas gemensamma "
     "verksamhetssystem.", 4, 4,
     "Kontroll att säkerhetsuppdateringar installeras inom 14 dagar på samtliga servrar.",
     "Säkerhetschef", "Delvis",
     "96 procent av servrarna var uppdaterade inom fjorton dagar, mot 89 procent 2022. "
     "Elva äldre servrar kan inte uppdateras och avvecklas under 2024."),
    ("Kontinuitet",
     "Risk att förbundet inte kan upprätthålla drift av kritiska system vid ett längre "
     "strömavbrott i datahallen.", 3, 4,
     "Test av reservkraft och genomgång av kontinuitetsplanen.", "Driftchef", "Ja",
     "Reservkraften testades i april och oktober utan anmärkning. Vid kontrollen 2022 "
     "startade reservkraften inte, vilket åtgärdades samma år."),
    ("Upphandling",
     "Risk att licenser och molntjänster köps utan stöd i gällande ramavtal.", 3, 4,
     "Granskning av samtliga fakturor avseende licenser över 25 000 kronor.",
     "Inköpssamordnare", "Ja",
     "Samtliga 18 köp gjordes via avtal. Utfallet 2022 var två köp utanför avtal."),
    ("Informationssäkerhet",
     "Risk att behörigheter med administratörsrätt inte följs upp och tas bort.", 3, 4,
     "Genomgång av samtliga konton med administratörsbehörighet två gånger per år.",
     "Säkerhetschef", "Ja",
     "Vid genomgången i juni togs sex behörigheter bort, i december två."),
    ("Dataskydd",
     "Risk att förbundet som personuppgiftsbiträde behandlar personuppgifter utan "
     "instruktion från medlemskommunerna.", 3, 4,
     "Kontroll att biträdesavtal finns med alla fyra medlemskommuner och att de är "
     "aktuella.", "Dataskyddsombud", "Nej",
     "Avtalet med en kommun är från 2018 och omfattar inte de system som införts sedan dess. "
     "Nytt avtal är skickat för underskrift. Samma brist noterades vid kontrollen 2022."),
    ("Ekonomi",
     "Risk att kostnaderna för tjänster inte fördelas mellan medlemskommunerna enligt "
     "förbundsordningen.", 3, 3,
     "Avstämning av fördelningsnyckeln i årets faktureringsunderlag mot förbundsordningen.",
     "Ekonomichef", "Ja",
     "Fördelningen stämde. Kommunerna har fått underlaget i samband med bokslutet."),
    ("Informationssäkerhet",
     "Risk att loggar från känsliga system inte granskas och att obehörig åtkomst därför inte "
     "upptäcks.", 3, 3,
     "Stickprov på loggar från journalsystemet för en vecka per kvartal.",
     "Säkerhetschef", "Ja",
     "Ingen obehörig åtkomst upptäcktes."),
    ("Personal",
     "Risk för beroende av enskilda nyckelpersoner inom drift och nätverk.", 3, 3,
     "Kontroll att dokumentation och ersättare finns för de tolv mest kritiska "
     "driftrutinerna.", "Driftchef", "Delvis",
     "Ersättare finns för nio av tolv rutiner. 2022 gällde det sju av tolv."),
    ("Ekonomi",
     "Risk att representation och kurser bokförs utan att deltagare och syfte anges.", 2, 4,
     "Stickprov på 20 verifikationer för representation och konferenser.",
     "Ekonomichef", "Ja",
     "Deltagare och syfte var angivet i samtliga verifikationer."),
    ("Upphandling",
     "Risk att avtalade servicenivåer med leverantörer inte följs upp och att viten därför "
     "inte krävs.", 2, 4,
     "Genomgång av leverantörernas rapporter om servicenivåer för de fem största avtalen.",
     "Avtalsförvaltare", "Ja",
     "Servicenivåerna uppfylldes utom i ett fall i mars, då vite om 40 000 kronor krävdes ut."),
    ("Dataskydd",
     "Risk att personuppgiftsincidenter inte anmäls till Integritetsskyddsmyndigheten inom "
     "72 timmar.", 2, 4,
     "Genomgång av förbundets incidentlogg och gjorda anmälningar.", "Dataskyddsombud", "Ja",
     "En incident anmäldes i september, inom 30 timmar. 2022 anmäldes en incident för sent."),
    ("Arkiv",
     "Risk att handlingar i ärendehanteringssystemet inte gallras enligt "
     "informationshanteringsplanen.", 2, 3,
     "Kontroll att gallring har gjorts för de handlingstyper som ska gallras efter två år.",
     "Arkivredogörare", "Nej",
     "Gallring har inte gjorts sedan systembytet 2021. Arbetet planeras till första "
     "kvartalet 2024."),
]

ORGAN = "Sydkustens IT-förbund"
TITLE = "Helårsuppföljning av internkontrollplan 2023"
PROSE = (
    "Förbundsdirektionen antog internkontrollplanen för 2023 i december 2022. Av 30 "
    "identifierade risker bedöms tolv som väsentliga och har kontrollerats under året. "
    "Riskerna redovisas i ordning efter riskvärde, det högsta först."
)


def report() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(ORGAN, "organ", cols=n)], kind="title", height=0.65),
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=0.9),
        Row([Cell(PROSE, "prose", cols=n)], kind="note", height=0.95),
        Row([Cell(h, "headc" if f in ("probability", "consequence", "risk_value",
                                          "follows_plan") else "head")
             for h, f in zip(HEADERS, FIELDS)], kind="header"),
    ]
    order = sorted(RISKS, key=lambda r: -r[2] * r[3])  # stable: equal values keep their order
    assert order == RISKS
    for proc, risk, s, k, ctrl, resp, fp, com in order:
        rows.append(Row([Cell(s * k, "numb"), Cell(proc), Cell(risk), Cell(s, "num"),
                         Cell(k, "num"), Cell(ctrl), Cell(resp), Cell(fp, "num"),
                         Cell(com)]))
    sheet = Sheet(
        name="skit2023_calc_sorted_by_value_last_year",
        sheet_name="IK 2023",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(3, 4),
        page_w=29.7,
        page_h=21.0,
        margins=(1.8, 1.6, 1.3, 1.3),
        grid=True,
        header=("Sydkustens IT-förbund", "", "Dnr SKIT 2024/12"),
        footer=("", "Sida {page} av {pages}", ""),
        hf_font=(F, 7.5),
        default_font=(F, 9),
    )
    cols = [(i, h, f) for i, (h, f) in enumerate(zip(HEADERS, FIELDS))]
    return Report(sheet, ORGAN, 2023, "helår", TITLE, 30, 12, cols)
