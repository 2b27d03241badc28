"""Report 2: a bordered register with a dark header row (white bold text) whose first column is
"Riskområde" (a category of risk: Ekonomi, Personal, ...) in place of a process, and whose
risk value is printed with the scale's word: "9 (medel)", "12 (hög)". No probability or
consequence columns. A4 landscape, seven risks; the counts in a prose row under the title."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "Liberation Sans"
B = "0.5pt solid #1f3864"
STYLES = {
    "organ": CellStyle(F, 11, bold=True, color="#1f3864", wrap=False, hyphenate=False),
    "title": CellStyle(F, 16, wrap=False, hyphenate=False),
    "prose": CellStyle(F, 9.5),
    "head": CellStyle(F, 9, bold=True, color="#ffffff", bg="#1f3864", valign="middle",
                      border=B),
    "headc": CellStyle(F, 9, bold=True, color="#ffffff", bg="#1f3864", valign="middle",
                       align="center", border=B),
    "body": CellStyle(F, 8.5, border=B),
    "num": CellStyle(F, 8.5, align="center", border=B),
}

HEADERS = ["Riskområde", "Risk", "Riskvärde", "Kontrollmoment", "Kontrollansvarig",
           "Följer plan", "Kommentar"]
FIELDS = ["process", "risk", "risk_value", "controls", None, "follows_plan", "comment"]
WIDTHS = [2.5, 5.2, 1.9, 5.0, 2.6, 1.5, 7.6]

# (area, risk, value as printed, control, responsible, follows plan, comment)
RISKS = [
    ("Ekonomi",
     "Risk att föreningsbidrag betalas ut till föreningar som inte uppfyller villkoren i "
     "nämndens bidragsregler.", "12 (hög)",
     "Stickprov på 15 beviljade aktivitetsbidrag mot inlämnade närvarolistor och "
     "årsmötesprotokoll.", "Bidragshandläggare", "Delvis",
     "I tre av femton ärenden saknades årsmötesprotokoll. Bidragen var rätt beräknade. "
     "Föreningarna har fått komplettera och rutinen för ansökan har förtydligats."),
    ("Ekonomi",
     "Risk att intäkter från kassan på kulturhuset inte redovisas fullständigt.", "9 (medel)",
     "Avstämning av dagskassor mot kassasystemets dagsrapport för två månader.",
     "Enhetschef kulturhus", "Ja",
     "Samtliga dagskassor stämde mot systemets rapporter."),
    ("Personal",
     "Risk att timavlönad personal vid evenemang registreras med felaktig tid eller ersättning "
     "i lönesystemet.", "8 (medel)",
     "Jämförelse av registrerade timmar mot bemanningsschema för fem evenemang.",
     "Evenemangssamordnare", "Ja",
     "Inga avvikelser."),
    ("Personal",
     "Risk att kränkande särbehandling inte uppmärksammas och utreds.", "9 (medel)",
     "Genomgång av inkomna anmälningar och hur de har hanterats.",
     "HR-partner", "Ja",
     "Två anmälningar kom in. Båda utreddes inom den tid som rutinen anger."),
    ("Informationssäkerhet",
     "Risk att personuppgifter om låntagare på biblioteken behandlas i strid med "
     "dataskyddsförordningen, till exempel genom att lånehistorik sparas för länge.",
     "12 (hög)",
     "Kontroll av gallringsinställningar i bibliotekssystemet och av behörigheter för "
     "personalen.", "Bibliotekschef", "Nej",
     "Lånehistorik sparades utan tidsgräns för låntagare som inte aktivt valt bort funktionen. "
     "Leverantören har ändrat inställningen till gallring efter tre månader från den 1 "
     "september. Fjorton konton med administratörsbehörighet tillhörde personer som slutat."),
    ("Demokrati och delaktighet",
     "Risk att medborgardialoger inte dokumenteras och att synpunkterna därför inte når "
     "nämnden.", "6 (medel)",
     "Genomgång av dokumentation från de dialoger som hölls under perioden.",
     "Demokratiutvecklare", "Ja",
     "Fyra dialoger hölls. Sammanställningar redovisades för nämnden i april och juni."),
    ("Upphandling och inköp",
     "Risk att artister och föreläsare anlitas utan skriftligt avtal, vilket kan leda till "
     "tvister om ersättning och rättigheter.", "16 (hög)",
     "Granskning av samtliga arvodesutbetalningar över 10 000 kronor mot avtal.",
     "Kultursekreterare", "Delvis",
     "För 23 av 27 uppdrag fanns skriftliga avtal. I fyra fall hade bokningen gjorts via "
     "e-post utan signerat avtal. En mall för artistavtal finns nu på intranätet."),
]

ORGAN = "Kultur- och demokratinämnden"
TITLE = "Internkontroll 2025 – uppföljning tertial 2"
PROSE = (
    "Nämndens riskanalys omfattar 19 risker. Sju av dem bedöms som kritiska och granskas under "
    "året enligt internkontrollplanen. Riskvärdet anges med skalans benämning: låg (1–4), "
    "medel (6–9) och hög (12–16)."
)


def report() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(ORGAN, "organ", cols=n)], kind="title", height=0.7),
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=0.95),
        Row([Cell(PROSE, "prose", cols=n)], kind="note", height=1.1),
        Row([Cell(h, "headc" if f in ("risk_value", "follows_plan") else "head")
             for h, f in zip(HEADERS, FIELDS)], kind="header", height=0.9),
    ]
    for area, risk, val, ctrl, resp, fp, com in RISKS:
        rows.append(Row([Cell(area), Cell(risk), Cell(val, "num"), Cell(ctrl), Cell(resp),
                         Cell(fp, "num"), Cell(com)]))
    sheet = Sheet(
        name="kdn2025_calc_dark_header_area_value_words",
        sheet_name="Uppföljning T2",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(3, 4),
        page_w=29.7,
        page_h=21.0,
        margins=(1.5, 1.5, 1.6, 1.6),
        grid=False,
        header=("Kultur- och demokratiförvaltningen", "", "Tertial 2 2025"),
        footer=("", "Sida {page} av {pages}", ""),
        hf_font=(F, 8.0),
        default_font=(F, 8.5),
    )
    cols = [(i, h, f) for i, (h, f) in enumerate(zip(HEADERS, FIELDS))]
    return Report(sheet, ORGAN, 2025, "tertial", TITLE, 19, 7, cols)
