"""Report 2: a register without a process column. The controller grouped the risks under a
row per process written across the whole table (one merged, filled cell: "Livsmedels-
kontroll", "Miljö- och hälsoskydd", ...) and printed the sheet with Calc's own grid, title
and prose rows included. Two Kontrollmoment cells hold numbered steps "1." / "2." as
paragraphs of the cell."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "Carlito"
STYLES = {
    "organ": CellStyle(F, 11, bold=True, color="#375623", wrap=False, hyphenate=False),
    "title": CellStyle(F, 14, bold=True, wrap=False, hyphenate=False),
    "prose": CellStyle(F, 9.5, align="justify"),
    "head": CellStyle(F, 9, bold=True, bg="#c6e0b4", valign="bottom"),
    "headc": CellStyle(F, 9, bold=True, bg="#c6e0b4", valign="bottom", align="center"),
    "section": CellStyle(F, 9.5, bold=True, bg="#e2efda", hyphenate=False),
    "body": CellStyle(F, 9),
    "num": CellStyle(F, 9, align="center"),
}

HEADERS = ["Risk", "Riskvärde", "Kontrollmoment", "Kontrollansvarig", "Följer plan",
           "Kommentar"]
FIELDS = ["risk", "risk_value", "controls", None, "follows_plan", "comment"]
WIDTHS = [4.6, 1.45, 4.5, 2.25, 1.3, 4.6]

# process -> [(risk, value, controls (str or paragraphs), responsible, follows plan, comment)]
SECTIONS = [
    ("Livsmedelskontroll", [
        ("Risk att planerade kontroller av livsmedelsanläggningar med hög riskklass inte "
         "genomförs, så att kontrollskulden växer.", 12,
         ["1. Uppföljning av genomförda kontroller mot kontrollplanen per månad.",
          "2. Genomgång av anläggningar som inte fått kontroll på mer än 24 månader."],
         "Enhetschef livsmedel", "Delvis",
         "58 av 70 planerade kontroller under tertialet är gjorda. Tolv skjuts till maj på "
         "grund av sjukfrånvaro. Två anläggningar har inte kontrollerats på över 24 månader "
         "och prioriteras."),
        ("Risk att årliga kontrollavgifter inte faktureras för nyregistrerade anläggningar.",
         9,
         "Avstämning av nyregistrerade anläggningar i ärendesystemet mot fakturerade avgifter.",
         "Administratör", "Ja",
         "Samtliga 17 nyregistrerade anläggningar var fakturerade."),
    ]),
    ("Miljö- och hälsoskydd", [
        ("Risk att klagomål på buller och inomhusmiljö inte registreras och handläggs, vilket "
         "kan leda till att sökande inte får svar.", 9,
         "Stickprov på 15 klagomål som kommit in per e-post eller telefon.",
         "Enhetschef miljö", "Ja",
         "Alla 15 klagomål var registrerade och hade fått en handläggare inom fem dagar."),
        ("Risk att beslut om sanktionsavgift fattas utan att verksamhetsutövaren fått "
         "tillfälle att yttra sig.", 8,
         ["1. Genomgång av samtliga beslut om miljösanktionsavgift under tertialet.",
          "2. Kontroll av att kommunicering är dokumenterad i akten."],
         "Miljöjurist", "Ja",
         "Sex beslut fattades, alla med dokumenterad kommunicering."),
    ]),
    ("Konsumentvägledning", [
        ("Risk att uppgifter om enskilda konsumenter i vägledningsärenden sparas längre än "
         "vad som behövs.", 8,
         "Kontroll av att ärenden äldre än två år har gallrats enligt "
         "dokumenthanteringsplanen.", "Konsumentvägledare", "Nej",
         "Ingen gallring har gjorts sedan 2022. Cirka 1 400 ärenden ska gallras. Gallringen "
         "görs under maj i samråd med arkivarien."),
    ]),
    ("Ekonomi och administration", [
        ("Risk att representation och kurser betalas med betalkort utan underlag om syfte "
         "och deltagare.", 9,
         "Granskning av samtliga betalkortstransaktioner januari–april.",
         "Förvaltningsekonom", "Delvis",
         "Av 46 transaktioner saknade fem underlag om deltagare. Kortinnehavarna har "
         "kompletterat och påmints om riktlinjen."),
        ("Risk att jäv inte anmäls när inspektörer handlägger ärenden som rör närstående.",
         8,
         "Genomgång av att jävsdeklaration finns för samtliga inspektörer.",
         "Förvaltningschef", "Ja",
         "Jävsdeklaration fanns för samtliga 23 inspektörer."),
    ]),
]

ORGAN = "Miljö- och konsumentnämnden"
TITLE = "Uppföljning av internkontrollplan 2025 – tertial 1"
PROSE = (
    "Uppföljningen avser januari–april 2025. I nämndens riskanalys bedömdes tjugo risker, "
    "och sju av dem fick ett riskvärde på 8 eller mer. De sju riskerna kontrolleras i "
    "internkontrollplanen och redovisas nedan per process."
)


def report() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(ORGAN, "organ", cols=n)], kind="title", height=0.65),
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=0.85),
        Row([Cell(PROSE, "prose", cols=n)], kind="note"),
        Row([Cell(h, "headc" if f in ("risk_value", "follows_plan") else "head")
             for h, f in zip(HEADERS, FIELDS)], kind="header"),
    ]
    for proc, risks in SECTIONS:
        rows.append(Row([Cell(proc, "section", cols=n)], kind="section", height=0.55))
        for risk, rv, ctrl, resp, fp, com in risks:
            rows.append(Row([Cell(risk), Cell(rv, "num"), Cell(ctrl), Cell(resp),
                             Cell(fp, "num"), Cell(com)], risk={"process": proc}))
    sheet = Sheet(
        name="mkn2025_calc_process_rows_across_grid",
        sheet_name="IKP T1 2025",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(3, 4),
        page_w=21.0,
        page_h=29.7,
        margins=(1.5, 1.5, 1.1, 1.0),
        grid=True,
        header=("Miljö- och konsumentförvaltningen", "", "Tertial 1 2025"),
        footer=("", "Sida {page}", ""),
        hf_font=(F, 8.0),
        default_font=(F, 9.0),
    )
    cols = [(i, h, f) for i, (h, f) in enumerate(zip(HEADERS, FIELDS))]
    return Report(sheet, ORGAN, 2025, "tertial", TITLE, 20, 7, cols)
