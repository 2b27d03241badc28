"""Report 2: a two-level header drawn as merged spreadsheet cells ("Riskbedömning" over
Sannolikhet / Konsekvens / Riskvärde, "Uppföljning" over Genomförd / Kommentar; Process, Risk
and Kontrollmoment merged over both header rows) and process cells merged down over two risk
rows (vertical merge). Cell borders instead of the printed grid; the organ, title and the
counts stand in the page's running header, not in the sheet."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "DejaVu Sans"
B = "0.5pt solid #1f4e79"
STYLES = {
    "head": CellStyle(F, 7.5, bold=True, color="#ffffff", bg="#1f4e79", valign="bottom", border=B),
    "group": CellStyle(F, 7.5, bold=True, color="#ffffff", bg="#1f4e79", align="center",
                       valign="middle", border=B),
    "sub": CellStyle(F, 7.5, bold=True, color="#ffffff", bg="#2e75b6", valign="bottom", border=B),
    "body": CellStyle(F, 7.5, border=B),
    "proc": CellStyle(F, 7.5, bold=True, bg="#ddebf7", border=B),
    "num": CellStyle(F, 7.5, align="center", border=B),
}

HEADERS = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
           "Genomförd", "Kommentar"]
FIELDS = ["process", "risk", "probability", "consequence", "risk_value", "controls",
          "follows_plan", "comment"]
WIDTHS = [2.3, 3.8, 1.35, 1.35, 1.25, 3.4, 1.45, 4.0]

# (process or None when merged from above, span, risk, S, K, control, done, comment)
RISKS = [
    ("Elevhälsa och trygghet", 2,
     "Risk att anmälningar om kränkande behandling inte utreds skyndsamt och att huvudmannen inte "
     "informeras.", 3, 4,
     "Genomgång av samtliga anmälningar i ärendesystemet under januari–juni och jämförelse med "
     "rektorernas rapporter till huvudmannen.", "Ja",
     "84 anmälningar granskades. 79 var utredda inom fyra veckor, för fem saknades dokumenterad "
     "utredning. Rektorerna har fått skriftlig återkoppling."),
    (None, 0,
     "Risk att elevhälsans journaler förs vid sidan av journalsystemet, vilket strider mot "
     "patientdatalagen.", 2, 4,
     "Stickprov på 20 journaler per skolområde hos skolsköterskor och skolpsykologer.", "Delvis",
     "Stickproven i skolområde norr och söder är klara utan anmärkning. Skolområde väster "
     "granskas i oktober."),
    ("Skolskjuts", 1,
     "Risk att skolskjuts beviljas elever som inte uppfyller kriterierna i kommunens riktlinjer.",
     3, 3, "Kontroll av 30 beviljade ansökningar mot avståndsberäkningen i kartsystemet.", "Ja",
     "28 av 30 beslut var korrekta. Två beslut saknade motivering och har rättats av "
     "handläggaren."),
    ("Ekonomi och inköp", 2,
     "Risk att fakturor attesteras av en person utan delegation eller av samma person som har "
     "beställt varan.", 3, 3, "Kontroll av attestflödet för 50 slumpvis valda fakturor.", "Ja",
     "Inga avvikelser mot attestförteckningen. Två attestanter som slutat har tagits bort ur "
     "systemet."),
    (None, 0,
     "Risk att läromedel och förbrukningsmaterial köps utanför avtal.", 4, 3,
     "Avtalstrohetsanalys per skola i inköpsanalysverktyget.", "Delvis",
     "Avtalstroheten var 81 procent mot målet 90 procent. Tre skolor har fått en särskild "
     "genomgång med inköpssamordnaren."),
    ("Personal och kompetensförsörjning", 2,
     "Risk att lärare undervisar i ämnen där de saknar legitimation och behörighet utan att "
     "rektor känner till det.", 3, 3,
     "Jämförelse mellan tjänstefördelningen och Skolverkets lärarlegitimationsregister.", "Ja",
     "Elva lärare saknade behörighet i minst ett ämne. Samtliga finns med i rektorernas "
     "kompetensutvecklingsplaner."),
    (None, 0,
     "Risk att utdrag ur belastningsregistret inte begärs in före anställning i skola och "
     "fritidshem.", 2, 4, "Kontroll av registerutdrag för samtliga nyanställda under perioden.",
     "Nej",
     "Kontrollen kunde inte slutföras eftersom rekryteringssystemet inte sparar uppgiften. En "
     "manuell logg förs från och med september."),
]

ORGAN = "Barn- och grundskolenämnden"
TITLE = "Delårsuppföljning av internkontrollplan 2025"
COUNTS = (
    "I riskanalysen bedömdes 19 risker. Sju av dem har riskvärde 8 eller högre."
)


def report() -> Report:
    rows = [
        Row([Cell("Process", "head", rows=2), Cell("Risk", "head", rows=2),
             Cell("Riskbedömning", "group", cols=3), Cell("Kontrollmoment", "head", rows=2),
             Cell("Uppföljning", "group", cols=2)], kind="header"),
        # the second header row: only the positions not covered by the merges above
        Row([Cell("Sannolikhet", "sub"), Cell("Konsekvens", "sub"), Cell("Riskvärde", "sub"),
             Cell("Genomförd", "sub"), Cell("Kommentar", "sub")], kind="header"),
    ]
    for proc, span, risk, s, k, ctrl, done, com in RISKS:
        cells = []
        if proc is not None:
            cells.append(Cell(proc, "proc", rows=span))
        cells += [Cell(risk), Cell(s, "num"), Cell(k, "num"), Cell(s * k, "num"), Cell(ctrl),
                  Cell(done, "num"), Cell(com)]
        rows.append(Row(cells))
    sheet = Sheet(
        name="bgn2025_calc_merged_two_level_header",
        sheet_name="IKP 2025 delår",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(0, 2),
        margins=(1.0, 1.2, 1.0, 1.0),
        grid=False,
        header=([ORGAN, TITLE, COUNTS], "", "Dnr BGN 2025/211"),
        footer=("", "", "Sida {page} av {pages}"),
        hf_font=("DejaVu Sans", 8.0),
        default_font=("DejaVu Sans", 7.5),
    )
    return Report(sheet, ORGAN, 2025, "delår", TITLE, 19, 7, list(zip(HEADERS, FIELDS)))
