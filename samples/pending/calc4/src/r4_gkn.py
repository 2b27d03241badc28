"""Report 4: comments as cell notes. The controller wrote each follow-up comment as a note
(Calc "kommentar" / Excel "anteckning") on the risk's "Följer plan" cell and printed the sheet
with notes, grid lines and row and column headers: Calc prints the notes after the sheet, on a
page of their own, each as the cell reference and the text ("I8: ..."). The printed row
numbers and column letters let a reader find the cell. One note stands on the title cell and
belongs to no risk. Rows without a note have no comment."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "Liberation Sans"
STYLES = {
    "organ": CellStyle(F, 9, color="#c00000", wrap=False, hyphenate=False),
    "title": CellStyle(F, 12.5, bold=True, wrap=False, hyphenate=False),
    "prose": CellStyle(F, 9, align="justify"),
    "head": CellStyle(F, 8, bold=True, bg="#fce4d6", valign="bottom"),
    "headc": CellStyle(F, 8, bold=True, bg="#fce4d6", valign="bottom", align="center"),
    "body": CellStyle(F, 8.5),
    "num": CellStyle(F, 8.5, align="center"),
}

HEADERS = ["Nr", "Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
           "Ansvarig", "Följer plan"]
FIELDS = [None, "process", "risk", "probability", "consequence", "risk_value", "controls", None,
          "follows_plan"]
WIDTHS = [0.7, 2.2, 3.6, 1.35, 1.35, 1.3, 3.4, 1.9, 1.3]
FP_COL = 8

# (nr, process, risk, S, K, controls, owner, follows plan, note on the Följer plan cell)
RISKS = [
    ("1", "Betygssättning",
     "Risk att betyg i gymnasieskolan sätts eller ändras av lärare som inte är legitimerad i "
     "ämnet.", 3, 4,
     "Stickprov på 50 betyg i elevregistret jämförs mot lärarnas legitimation.", "Rektorer",
     "Delvis",
     "Två betyg i moderna språk var satta av en olegitimerad lärare utan att en legitimerad "
     "lärare hade fattat beslutet tillsammans med henne. Betygen har beslutats på nytt."),
    ("2", "Interkommunal ersättning",
     "Risk att ersättning till andra huvudmän betalas för elever som har avbrutit sina studier.",
     3, 3,
     "Avstämning av elevlistor från andra kommuner mot folkbokföring och CSN-uppgifter per "
     "termin.", "Antagningshandläggare", "Ja", None),
    ("3", "Vuxenutbildning",
     "Risk att utbildningsanordnare inom upphandlad vuxenutbildning rapporterar deltagare som "
     "inte deltar.", 4, 4,
     "Närvarokontroll vid oanmälda besök hos två anordnare per termin.", "Enhetschef vux",
     "Nej",
     "Vid besöken var 31 av 58 rapporterade deltagare närvarande. Anordnaren har fått en "
     "skriftlig erinran och avräkning görs mot närvarolistor från 2023."),
    ("4", "Upphandling",
     "Risk att läromedel och digitala licenser köps utanför avtal.", 3, 3,
     "Genomgång av kortköp och e-handel för läromedel under perioden.", "Ekonom", "Ja",
     "Kontrollen gjordes av ekonomienheten i stället för av skolorna."),
    ("5", "Elevhälsa",
     "Risk att journaler i elevhälsan förs eller läses av personal som inte deltar i elevens "
     "vård.", 2, 4,
     "Logguppföljning av tio journaler per skola i elevhälsans journalsystem.",
     "Verksamhetschef elevhälsa", "Ja", None),
    ("6", "Bisysslor",
     "Risk att lärare har bisysslor hos fristående skolor som påverkar förtroendet för "
     "myndighetsutövningen.", 2, 4,
     "Uppföljning av att alla lärare har redovisat bisysslor i medarbetarsamtalet.",
     "HR-partner", "Delvis",
     "Redovisning saknades för 12 av 214 lärare. Uppgifterna kom in i januari 2023."),
    ("7", "Skolskjuts",
     "Risk att elevresor i gymnasiet beviljas utan att avståndskravet är uppfyllt.", 3, 3,
     "Stickprov på 30 beviljade elevresekort jämförs mot avståndet enligt kartsystemet.",
     "Handläggare elevresor", "Ja", None),
]

ORGAN = "Gymnasie- och kompetensnämnden"
TITLE = "Uppföljning av internkontroll 2022 – helår"
TITLE_NOTE = ("Rapporten uppdaterad 2023-01-20 efter att redovisningen av bisysslor "
              "kompletterats.")
PROSE = (
    "I nämndens riskanalys för 2022 identifierades 20 risker, varav sju bedömdes som kritiska "
    "och ingår i internkontrollplanen. Riskvärde = sannolikhet × konsekvens (skala 1–4). "
    "Kommentarerna till uppföljningen är skrivna som anteckningar i kolumnen Följer plan och "
    "skrivs ut sist i rapporten med cellens adress."
)


def report() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(ORGAN, "organ", cols=n)], kind="title", height=0.55),
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=0.8),
        Row([Cell(PROSE, "prose", cols=n)], kind="note"),
        Row([], kind="blank", height=0.3),
        Row([Cell(h, "headc" if 3 <= i <= 5 or i == FP_COL else "head")
             for i, h in enumerate(HEADERS)], kind="header"),
    ]
    notes = {(1, 0): TITLE_NOTE}
    for nr, proc, risk, s, k, ctrl, owner, fp, note in RISKS:
        if note:
            notes[(len(rows), FP_COL)] = note
        rows.append(Row([Cell(nr, "num"), Cell(proc), Cell(risk), Cell(s, "num"), Cell(k, "num"),
                         Cell(s * k, "num"), Cell(ctrl), Cell(owner), Cell(fp, "num")]))
    sheet = Sheet(
        name="gkn2022_calc_cell_notes_printed_at_end",
        sheet_name="Uppföljning",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(4, 5),
        margins=(1.5, 1.5, 1.2, 1.0),
        grid=True,
        footer=("Gymnasie- och kompetensförvaltningen", "", "Sida {page} av {pages}"),
        hf_font=(F, 7.5),
        default_font=(F, 8.5),
    )
    cols = [(i, h, f) for i, (h, f) in enumerate(zip(HEADERS, FIELDS))]
    return Report(sheet, ORGAN, 2022, "helår", TITLE, 20, 7, cols, notes=notes,
                  print_extra="annotations headers",
                  x_offset=28.3)  # the printed row-number column (measured: 28.3 pt)
