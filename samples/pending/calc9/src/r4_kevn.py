"""Report 4: cells shrunk to fit instead of wrapped. The controller formatted the header row,
the Process column and the Kontrollansvarig column with Calc's "shrink to fit cell size"
(wrap off), so each of those cells stands on one line in a type as small as its text needs:
"Sannolikhet" smaller than "Risk" in the same header row, a long process or title in a
smaller type than a short one. A4 landscape, Carlito 11 pt, printed at a fixed 90 %, every
register cell bordered. Period "delårsbokslut" in the title; the counts only in the running
header ("26 inventerade risker, varav 8 kritiska"). Eight risks."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "Carlito"
LINE = "0.5pt solid #5f497a"
STYLES = {
    "organ": CellStyle(F, 11, bold=True, color="#5f497a", wrap=False, hyphenate=False),
    "title": CellStyle(F, 17, bold=True, wrap=False, hyphenate=False),
    "prose": CellStyle(F, 10.5, align="justify"),
    # the header row and two columns shrunk to fit on one line
    "head": CellStyle(F, 11, bold=True, bg="#e4dfec", valign="middle", wrap=False,
                      hyphenate=False, border=LINE, shrink=True),
    "headc": CellStyle(F, 11, bold=True, bg="#e4dfec", valign="middle", align="center",
                       wrap=False, hyphenate=False, border=LINE, shrink=True),
    "fit": CellStyle(F, 11, wrap=False, hyphenate=False, border=LINE, shrink=True),
    "body": CellStyle(F, 11, border=LINE),
    "num": CellStyle(F, 11, align="center", border=LINE),
    "answer": CellStyle(F, 11, align="center", hyphenate=False, border=LINE),
}

HEADERS = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
           "Kontrollansvarig", "Följer plan", "Kommentar"]
FIELDS = ["process", "risk", "probability", "consequence", "risk_value", "controls", None,
          "follows_plan", "comment"]
WIDTHS = [2.5, 5.6, 1.3, 1.3, 1.25, 5.5, 2.3, 1.3, 7.7]

# (process, risk, S, K, control, responsible, follows plan, comment)
RISKS = [
    ("Kulturskola",
     "Risk att elevavgifter inte faktureras för elever som har börjat i kulturskolan under "
     "terminen.", 3, 3,
     "Avstämning av elevregistret mot fakturerade avgifter vid terminsstart och i oktober.",
     "Rektor kulturskolan", "Ja",
     "Avstämningen i februari visade att alla nya elever var fakturerade."),
    ("Kulturskola",
     "Risk att lärare som undervisar barn saknar utdrag ur belastningsregistret.", 2, 4,
     "Kontroll av att utdrag har visats för samtliga nyanställda och timanställda lärare.",
     "Verksamhetschef kulturskolan", "Delvis",
     "Utdrag saknades för två timanställda lärare som började i januari. De har visat "
     "utdrag i mars och rutinen vid timanställning har kompletterats."),
    ("Evenemang och arrangemang",
     "Risk att stora evenemang genomförs utan godkänd säkerhetsplan och tillstånd från "
     "polismyndigheten.", 2, 4,
     "Genomgång av säkerhetsplaner och tillstånd för evenemang med fler än 1 000 besökare.",
     "Evenemangssamordnare", "Ja",
     "Säkerhetsplan och tillstånd fanns för alla sju stora evenemang, bland annat "
     "nationaldagsfirandet och stadsfestivalen."),
    ("Evenemang och arrangemang",
     "Risk att sponsoravtal ingås utan att kommunens riktlinjer för sponsring följs.", 3, 3,
     "Granskning av tecknade sponsoravtal mot riktlinjerna.",
     "Enhetschef evenemang", "Nej",
     "Tre av fem avtal saknade beslut av behörig chef och ett avtal gav motparten "
     "exklusivitet som riktlinjerna inte tillåter. Avtalen omförhandlas inför 2026."),
    ("Föreningsbidrag",
     "Risk att bidrag betalas ut till föreningar på grund av felaktiga uppgifter om antal "
     "medlemmar och aktiviteter.", 3, 4,
     "Stickprov på 15 föreningar där närvarokort och medlemsförteckningar begärs in.",
     "Bidragshandläggare", "Delvis",
     "Två föreningar kunde inte styrka det antal sammankomster som bidraget grundades på. "
     "Återkrav på 38 500 kronor har beslutats."),
    ("Bibliotek",
     "Risk att kontanter från bibliotekens avgifter och försäljning hanteras utan "
     "dubbelkontroll.", 2, 3,
     "Oanmäld kontroll av kassaredovisningen på tre bibliotek.",
     "Bibliotekschef", "Ja",
     "Kassorna stämde och redovisningen var signerad av två personer."),
    ("Konst och kulturarv",
     "Risk att konstverk i kommunens samlingar saknas eller har flyttats utan att det "
     "registreras.", 2, 4,
     "Inventering av 120 slumpvis valda konstverk mot konstregistret.",
     "Konstintendent", "Delvis",
     "Fyra verk fanns inte på registrerad plats; tre har återfunnits efter flytt inom "
     "förvaltningshuset och ett är polisanmält."),
    ("Ekonomi",
     "Risk att inköp görs utanför upphandlade ramavtal.", 3, 3,
     "Analys av leverantörsreskontran för januari–juli mot avtalsdatabasen.",
     "Controller", "Ja",
     "Köp utanför avtal utgjorde 1,8 procent av inköpsvolymen, under målet på 3 procent."),
]

ORGAN = "Kultur- och evenemangsnämnden"
TITLE = "Delårsbokslut per 31 augusti 2025 – uppföljning av internkontrollplan"
PROSE = (
    "Nämnden antog internkontrollplanen för 2025 i februari. Tabellen redovisar de kontroller "
    "som har genomförts under perioden januari–augusti. Kontroller med avvikelse följs upp "
    "vid årets slut."
)


def report() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(ORGAN, "organ", cols=n)], kind="title", height=0.7),
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=1.0),
        Row([Cell(PROSE, "prose", cols=n)], kind="note", height=1.1),
        Row([None] * n, kind="blank", height=0.3),
        Row([Cell(h, "headc" if f in ("probability", "consequence", "risk_value",
                                          "follows_plan") else "head")
             for h, f in zip(HEADERS, FIELDS)], kind="header", height=0.75),
    ]
    for proc, risk, s, k, ctrl, who, fp, com in RISKS:
        rows.append(Row([Cell(proc, "fit"), Cell(risk), Cell(s, "num"), Cell(k, "num"),
                         Cell(s * k, "num"), Cell(ctrl), Cell(who, "fit"),
                         Cell(fp, "answer"), Cell(com)]))
    sheet = Sheet(
        name="kevn2025_calc_shrink_to_fit_headers_scale_90",
        sheet_name="Delårsbokslut 2025",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(4, 5),
        page_w=29.7,
        page_h=21.0,
        margins=(1.5, 1.4, 1.5, 1.5),
        grid=False,
        scale=90,
        header=("Kultur- och evenemangsförvaltningen", "",
                "26 inventerade risker, varav 8 kritiska"),
        footer=("Delårsbokslut 2025", "", "Sida {page} av {pages}"),
        hf_font=(F, 8.5),
        default_font=(F, 10.0),
    )
    cols = [(i, h, f) for i, (h, f) in enumerate(zip(HEADERS, FIELDS))]
    return Report(sheet, ORGAN, 2025, "delår", TITLE, 26, 8, cols, measure_scale=True)
