"""Report 3: a register printed with Calc's own grid lines, in very tall rows (the controller
set a fixed row height of 3.2 cm for every risk so that long entries would fit and centred
everything vertically), with three Ja/Nej columns from a data-validation list side by side:
"Kontroll utförd", "Avvikelse" and "Följer plan". Only "Följer plan" is the follow-up answer;
"Avvikelse: Ja" is the opposite of a good result. A "Kontrolldatum" column holds ISO dates."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "DejaVu Sans"
STYLES = {
    "organ": CellStyle(F, 9, bold=True, color="#385623", wrap=False, hyphenate=False),
    "title": CellStyle(F, 13, color="#385623", wrap=False, hyphenate=False),
    "prose": CellStyle(F, 8.5, align="justify", valign="middle"),
    "head": CellStyle(F, 8, bold=True, bg="#e2efda", valign="middle"),
    "headc": CellStyle(F, 8, bold=True, bg="#e2efda", valign="middle", align="center"),
    "body": CellStyle(F, 8, valign="middle"),
    "proc": CellStyle(F, 8, bold=True, valign="middle"),
    "num": CellStyle(F, 8, align="center", valign="middle"),
    "yn": CellStyle(F, 8, align="center", valign="middle", bg="#f2f2f2"),
    "date": CellStyle(F, 8, align="center", valign="middle", hyphenate=False),
}

HEADERS = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Kontrolldatum", "Kontroll utförd",
           "Avvikelse", "Följer plan", "Kommentar"]
FIELDS = ["process", "risk", "risk_value", "controls", None, None, None, "follows_plan",
          "comment"]
WIDTHS = [2.6, 4.3, 1.5, 4.1, 2.0, 1.6, 1.6, 1.5, 5.6]
ROW_H = 3.2

RISKS = [
    ("Avfallsinsamling",
     "Risk att entreprenören inte tömmer kärl enligt avtalad turlista och att avvikelser inte "
     "följs upp med vite.", 12,
     "Genomgång av kundtjänstens ärenden om missade tömningar och jämförelse med entreprenörens "
     "avvikelserapporter.", "2023-10-31", "Ja", "Ja", "Delvis",
     "142 missade tömningar registrerades i kundtjänsten, men entreprenören rapporterade 97. "
     "Vite har krävts för september och oktober."),
    ("Vatten och avlopp",
     "Risk att provtagning av dricksvatten inte görs enligt provtagningsprogrammet.", 16,
     "Kontroll av att samtliga planerade prov i programmet har tagits och analyserats.",
     "2023-12-15", "Ja", "Nej", "Ja",
     "Alla 64 planerade prov togs. Inget prov visade otjänligt vatten."),
    ("Miljötillsyn",
     "Risk att planerad tillsyn av miljöfarliga verksamheter inte genomförs och att avgifter "
     "uteblir.", 12,
     "Uppföljning av tillsynsplanen mot genomförda besök i ärendesystemet.", "2023-12-31",
     "Ja", "Ja", "Nej",
     "67 av 90 planerade besök gjordes. Två inspektörstjänster var vakanta under hösten. "
     "Resterande besök prioriteras i 2024 års plan."),
    ("Delegation",
     "Risk att beslut om föreläggande fattas av tjänsteperson utan delegation.", 9,
     "Stickprov på 20 förelägganden jämförs mot delegationsordningen.", "2023-06-30", "Ja",
     "Nej", "Ja", "Alla beslut var fattade med rätt delegation."),
    ("Fordon och maskiner",
     "Risk att drivmedelskort används för tankning av privata fordon.", 8,
     "Jämförelse av tankade volymer per kort mot fordonens tankvolym och körjournal.", None,
     "Nej", None, "Nej",
     "Kontrollen genomfördes inte eftersom transaktionslistan från kortleverantören inte kunde "
     "tas ut. Den görs i januari 2024."),
    ("Offentlig upphandling",
     "Risk att avrop från ramavtal för markentreprenad inte görs enligt avtalets "
     "fördelningsnyckel.", 12,
     "Granskning av samtliga avrop över 500 000 kronor under året.", "2023-11-30", "Ja",
     "Ja", "Delvis",
     "I två av elva avrop gick uppdraget till leverantör två utan dokumenterat skäl. "
     "Avropsrutinen har kompletterats med en mall."),
    ("Dataskydd",
     "Risk att personuppgifter i klagomålsärenden lämnas ut utan sekretessprövning.", 9,
     "Genomgång av utlämnade handlingar i tio klagomålsärenden.", "2023-09-29", "Ja", "Nej",
     "Ja", "Sekretessprövning var dokumenterad i samtliga ärenden."),
]

ORGAN = "Teknik- och miljönämnden"
TITLE = "Uppföljning av internkontrollplan 2023 – helår"
PROSE = (
    "Av nämndens 26 identifierade risker bedömdes sju som kritiska. För dessa har kontroller "
    "gjorts under 2023 enligt planen nedan. Ja/Nej i kolumnerna Kontroll utförd och Avvikelse "
    "väljs ur en lista; Följer plan anger om kontrollmomentet har följt planen."
)


def report() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(ORGAN, "organ", cols=n)], kind="title", height=0.55),
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=0.8),
        Row([Cell(PROSE, "prose", cols=n)], kind="note", height=1.0),
        Row([Cell(h, "headc" if i >= 2 and h not in ("Kontrollmoment", "Kommentar") else "head")
             for i, h in enumerate(HEADERS)], kind="header", height=1.0),
    ]
    for proc, risk, rv, ctrl, date, done, dev, fp, com in RISKS:
        rows.append(Row([Cell(proc, "proc"), Cell(risk), Cell(rv, "num"), Cell(ctrl),
                         Cell(date, "date"), Cell(done, "yn"), Cell(dev, "yn"), Cell(fp, "yn"),
                         Cell(com)], height=ROW_H))
    sheet = Sheet(
        name="tmn2023_calc_tall_rows_grid_yes_no_lists",
        sheet_name="IKP 2023",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(3, 4),
        page_w=29.7,
        page_h=21.0,
        margins=(1.5, 1.5, 2.0, 1.5),
        grid=True,
        header=("", "Teknik- och miljönämnden – internkontroll 2023", ""),
        footer=("", "", "Sida {page} av {pages}"),
        hf_font=(F, 7.0),
        default_font=(F, 8.0),
    )
    cols = [(i, h, f) for i, (h, f) in enumerate(zip(HEADERS, FIELDS))]
    return Report(sheet, ORGAN, 2023, "helår", TITLE, 26, 7, cols)
