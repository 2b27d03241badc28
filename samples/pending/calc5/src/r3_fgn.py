"""Report 3: a two-page register whose second page holds a single risk under the repeated
header row, and whose follow-up answer is a "Status" column with the words the controller's
drop-down list offers: "Klar", "Pågående", "Ej påbörjad". A "Tidpunkt" column says when each
control is due, so a control due in the autumn is rightly "Ej påbörjad" at the August
follow-up."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "DejaVu Sans"
B = "0.4pt solid #2f5597"
STYLES = {
    "organ": CellStyle(F, 9, bold=True, color="#2f5597", wrap=False, hyphenate=False),
    "title": CellStyle(F, 13, bold=True, color="#1f3864", wrap=False, hyphenate=False),
    "prose": CellStyle(F, 9, align="justify"),
    "head": CellStyle(F, 9, bold=True, color="#ffffff", bg="#2f5597", valign="middle", border=B),
    "body": CellStyle(F, 9, border=B),
    "num": CellStyle(F, 9, align="center", border=B),
    "status": CellStyle(F, 9, border=B, hyphenate=False),
}

HEADERS = ["Verksamhetsområde", "Risk", "Riskvärde", "Kontrollmoment", "Tidpunkt", "Status",
           "Kommentar"]
FIELDS = ["process", "risk", "risk_value", "controls", None, "follows_plan", "comment"]
WIDTHS = [2.5, 3.6, 1.45, 3.6, 1.65, 2.0, 3.75]

# (area, risk, value, controls, due, status, comment)
RISKS = [
    ("Förskola",
     "Risk att barn inte erbjuds plats inom fyra månader från anmälan enligt skollagen.", 12,
     "Uppföljning av placeringsdatum mot önskat datum för samtliga ansökningar.",
     "Mars och augusti", "Klar",
     "Sju av 412 barn fick plats efter garantitiden, samtliga i centrala området. Två "
     "avdelningar öppnar i Norrskogens förskola i januari."),
    ("Förskola",
     "Risk att avgifter för förskola och fritidshem beräknas på inaktuella inkomstuppgifter.",
     9,
     "Inkomstkontroll mot Skatteverkets uppgifter för ett urval av 60 hushåll.",
     "Oktober", "Ej påbörjad",
     "Kontrollen görs i oktober när taxeringsuppgifterna för 2023 finns."),
    ("Grundskola",
     "Risk att elevers upprepade frånvaro inte uppmärksammas och utreds enligt skollagen.",
     16,
     "Genomgång av frånvarorapporter och påbörjade utredningar på fem skolor.",
     "Löpande", "Pågående",
     "Vårterminen är granskad: på fyra av fem skolor var utredning inledd i rätt tid. "
     "Höstterminen följs upp i december."),
    ("Grundskola",
     "Risk att anmälningar om kränkande behandling inte når huvudmannen utan dröjsmål.", 12,
     "Jämförelse av rektorernas anmälningar mot registrerade ärenden hos huvudmannen.",
     "Maj", "Klar",
     "143 anmälningar registrerades under vårterminen. Elva kom in senare än en vecka efter "
     "händelsen; rutinen har förtydligats för rektorerna."),
    ("Grundskola",
     "Risk att betyg sätts utan dokumenterat underlag, vilket försvårar omprövning.", 9,
     "Stickprov på 30 slutbetyg i årskurs 9 där betygsunderlaget granskas.", "Juni", "Klar",
     "Underlag fanns för samtliga 30 betyg."),
    ("Elevhälsa",
     "Risk att journalanteckningar i elevhälsans medicinska insats inte förs enligt "
     "patientdatalagen.", 12,
     "Granskning av 20 journaler per skolsköterska under våren.", "April", "Klar",
     "Journalerna höll god kvalitet. Två skolsköterskor saknade signering av anteckningar "
     "och har fått stöd av MLA."),
    ("Skolskjuts",
     "Risk att skolskjuts beviljas elever som inte uppfyller kriterierna i kommunens "
     "riktlinjer.", 8,
     "Stickprov på 25 beslut om skolskjuts inför höstterminen.", "Augusti", "Klar",
     "Tre beslut saknade motivering till avsteg från avståndskravet. Besluten har "
     "kompletterats."),
    ("Personal",
     "Risk att personal anställs i förskola och skola utan att utdrag ur "
     "belastningsregistret har visats upp.", 12,
     "Kontroll av registerutdrag för samtliga nyanställda januari–augusti.", "Löpande",
     "Pågående",
     "Kontrollerat till och med juni: utdrag fanns för 96 av 97 nyanställda. Ett utdrag "
     "begärdes in i efterhand."),
    ("Ekonomi",
     "Risk att inköp av läromedel görs utanför upphandlade avtal.", 9,
     "Genomgång av leverantörsfakturor för läromedel över 20 000 kronor.", "September",
     "Ej påbörjad", None),
    ("Dataskydd",
     "Risk att elevers personuppgifter i lärplattformen är åtkomliga för personal som inte "
     "undervisar eleven.", 12,
     "Kontroll av behörigheter i lärplattformen för tre skolor.", "Maj", "Klar",
     "Elva lärare hade behörighet till klasser de inte undervisar. Behörigheterna togs bort "
     "och kontrolleras nu vid varje terminsstart."),
    ("Systematiskt brandskyddsarbete",
     "Risk att utrymningsövningar inte genomförs på förskolor och skolor.", 8,
     "Uppföljning av dokumenterade utrymningsövningar per enhet.", "December", "Ej påbörjad",
     "Följs upp i samband med helårsuppföljningen."),
]

ORGAN = "För- och grundskolenämnden"
TITLE = "Delårsuppföljning av internkontrollplan 2024"
PROSE = (
    "Uppföljningen avser perioden januari–augusti 2024. Av 24 inventerade risker bedömdes "
    "elva som kritiska och fick kontrollmoment i internkontrollplanen. Status anges som Klar, "
    "Pågående eller Ej påbörjad; kontroller med tidpunkt under hösten redovisas i "
    "helårsuppföljningen."
)


def report() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(ORGAN, "organ", cols=n)], kind="title", height=0.55),
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=0.85),
        Row([Cell(PROSE, "prose", cols=n)], kind="note"),
        Row([], kind="blank", height=0.2),
        Row([Cell(h, "head") for h in HEADERS], kind="header", height=0.75),
    ]
    for area, risk, rv, ctrl, due, status, com in RISKS:
        rows.append(Row([Cell(area), Cell(risk), Cell(rv, "num"), Cell(ctrl), Cell(due),
                         Cell(status, "status"), Cell(com)]))
    sheet = Sheet(
        name="fgn2024_calc_status_words_last_row_alone",
        sheet_name="Delår 2024",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(4, 5),
        page_w=21.0,
        page_h=29.7,
        margins=(1.8, 1.8, 1.2, 1.2),
        grid=False,
        footer=("För- och grundskoleförvaltningen", "", "Sida {page} av {pages}"),
        hf_font=(F, 7.0),
        default_font=(F, 9.0),
    )
    cols = [(i, h, f) for i, (h, f) in enumerate(zip(HEADERS, FIELDS))]
    return Report(sheet, ORGAN, 2024, "delår", TITLE, 24, 11, cols)
