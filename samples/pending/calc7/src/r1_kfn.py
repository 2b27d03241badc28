"""Report 1: an ordinary register with no quirk. A4 landscape, Liberation Serif, printed grid,
organ and title in the first rows, the counts in a prose row, seven risks."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "Liberation Serif"
STYLES = {
    "organ": CellStyle(F, 11, bold=True, color="#385723", wrap=False, hyphenate=False),
    "title": CellStyle(F, 15, bold=True, wrap=False, hyphenate=False),
    "prose": CellStyle(F, 10, align="justify"),
    "head": CellStyle(F, 9.5, bold=True, bg="#e2efda", valign="bottom"),
    "headc": CellStyle(F, 9.5, bold=True, bg="#e2efda", valign="bottom", align="center"),
    "body": CellStyle(F, 9.5, align="justify"),
    "num": CellStyle(F, 9.5, align="center"),
}

HEADERS = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontroll",
           "Kontrollansvarig", "Följer plan", "Kommentar"]
FIELDS = ["process", "risk", "probability", "consequence", "risk_value", "controls", None,
          "follows_plan", "comment"]
WIDTHS = [2.6, 4.4, 1.7, 1.7, 1.5, 4.2, 2.4, 1.5, 5.2]

RISKS = [
    ("Föreningsbidrag",
     "Risk att aktivitetsstöd betalas ut till föreningar på grund av felaktigt redovisade "
     "deltagartillfällen.", 3, 4,
     "Stickprov på tio föreningars närvarokort mot redovisade sammankomster.",
     "Bidragshandläggare", "Ja",
     "Redovisningen stämde för samtliga tio föreningar. Två föreningar fick påpekanden om "
     "ofullständiga närvarokort."),
    ("Bokningar av anläggningar",
     "Risk att lokaler och idrottshallar bokas utan att avgift debiteras.", 3, 3,
     "Avstämning av bokningssystemet mot fakturerade bokningar för mars och september.",
     "Bokningsansvarig", "Delvis",
     "I september saknades faktura för sex bokningar av sporthallen. Rutinen för "
     "efterregistrering har förtydligats."),
    ("Upphandling och inköp",
     "Risk att direktupphandlingar över 100 000 kronor inte dokumenteras enligt "
     "riktlinjerna.", 3, 4,
     "Genomgång av samtliga direktupphandlingar över beloppsgränsen under året.",
     "Förvaltningsekonom", "Nej",
     "Dokumentation saknades för tre av elva direktupphandlingar, bland annat inköp av "
     "scenteknik. Utbildning för beställare genomförs under våren."),
    ("Biblioteksverksamhet",
     "Risk att personuppgifter om låntagare sparas längre än vad som är nödvändigt.", 2, 4,
     "Kontroll av gallringsinställningar i bibliotekssystemet.",
     "Bibliotekschef", "Ja",
     "Gallring sker automatiskt efter tre år utan lån, i enlighet med "
     "informationshanteringsplanen."),
    ("Kontanthantering",
     "Risk att kontanta intäkter vid badhusets kassa inte redovisas fullständigt.", 2, 4,
     "Oanmäld kassainventering två gånger per år.",
     "Enhetschef badhus", "Ja",
     "Inventeringarna i maj och november visade inga differenser."),
    ("Arbetsmiljö",
     "Risk att ensamarbete på fritidsgårdar kvällstid leder till hot- och våldssituationer.",
     3, 4,
     "Kontroll att riskbedömning och rutin för ensamarbete finns på varje fritidsgård.",
     "Fritidschef", "Delvis",
     "Rutin fanns på fyra av fem fritidsgårdar. Den femte har tagit fram en rutin tillsammans "
     "med skyddsombudet under hösten."),
    ("Attest och delegation",
     "Risk att fakturor attesteras av person som saknar attesträtt för ansvaret.", 2, 3,
     "Jämförelse av attesterade fakturor mot förteckningen över beslutsattestanter.",
     "Controller", "Ja",
     "Samtliga granskade fakturor var attesterade av behörig attestant."),
]

ORGAN = "Kultur- och fritidsnämnden"
TITLE = "Uppföljning av intern kontroll 2025 – helårsrapport"
PROSE = (
    "Nämnden antog internkontrollplanen för 2025 i februari. I riskanalysen identifierades "
    "22 risker, varav sju bedöms som kritiska. De kritiska riskerna har kontrollerats under "
    "året och resultatet redovisas i tabellen nedan."
)


def report() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(ORGAN, "organ", cols=n)], kind="title", height=0.65),
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=0.9),
        Row([Cell(PROSE, "prose", cols=n)], kind="note", height=1.0),
        Row([Cell(h, "headc" if f in ("probability", "consequence", "risk_value",
                                          "follows_plan") else "head")
             for h, f in zip(HEADERS, FIELDS)], kind="header"),
    ]
    for proc, risk, s, k, ctrl, who, fp, com in RISKS:
        rows.append(Row([Cell(proc), Cell(risk), Cell(s, "num"), Cell(k, "num"),
                         Cell(s * k, "num"), Cell(ctrl), Cell(who), Cell(fp, "num"),
                         Cell(com)]))
    sheet = Sheet(
        name="kfn2025_calc_plain_landscape_serif",
        sheet_name="Internkontroll 2025",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(3, 4),
        page_w=29.7,
        page_h=21.0,
        margins=(1.5, 1.5, 1.2, 1.2),
        grid=True,
        footer=("Kultur- och fritidsförvaltningen", "", "Sida {page}"),
        hf_font=(F, 8.0),
        default_font=(F, 9.5),
    )
    cols = [(i, h, f) for i, (h, f) in enumerate(zip(HEADERS, FIELDS))]
    return Report(sheet, ORGAN, 2025, "helår", TITLE, 22, 7, cols)
