"""Report 5: a register with a totals row at its foot, as a spreadsheet with formulas prints
it: "Medelvärde, 11 risker" with the averages of Sannolikhet, Konsekvens and Riskvärde
(decimal comma) in those columns and the answers counted ("Följer plan: Ja 6, Delvis 4,
Nej 1") over the last columns. The totals row is no risk although it has numbers in the
value columns. Eleven risks over two pages with the header repeated; counts in number words
in the prose."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "DejaVu Serif"
B = "0.5pt solid #595959"
STYLES = {
    "organ": CellStyle(F, 10.5, bold=True, wrap=False, hyphenate=False),
    "title": CellStyle(F, 13, wrap=False, hyphenate=False, color="#833c0b"),
    "prose": CellStyle(F, 9, align="justify"),
    "head": CellStyle(F, 9.5, bold=True, bg="#f2f2f2", valign="middle", border=B),
    "headc": CellStyle(F, 9.5, bold=True, bg="#f2f2f2", valign="middle", align="center",
                       border=B),
    "body": CellStyle(F, 9.5, border=B),
    "num": CellStyle(F, 9.5, align="center", border=B),
    "tot": CellStyle(F, 9.5, bold=True, bg="#fbe5d6", border="1.1pt solid #595959"),
    "totc": CellStyle(F, 9.5, bold=True, bg="#fbe5d6", align="center",
                      border="1.1pt solid #595959"),
    "note": CellStyle(F, 7.5, italic=True, color="#595959"),
}

HEADERS = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
           "Följer plan", "Kommentar"]
FIELDS = ["process", "risk", "probability", "consequence", "risk_value", "controls",
          "follows_plan", "comment"]
WIDTHS = [2.3, 3.7, 1.35, 1.35, 1.2, 3.5, 1.3, 3.9]

RISKS = [
    ("Bygglov",
     "Risk att beslut om bygglov inte fattas inom lagstadgad tid, vilket leder till reducerad "
     "avgift.", 4, 3,
     "Uttag ur ärendesystemet av handläggningstider för beslut januari–juni.", "Delvis",
     "14 av 198 beslut fattades efter tidsfristen. Avgifterna reducerades med sammanlagt "
     "96 000 kronor."),
    ("Bygglov",
     "Risk att beslut fattas av handläggare utan delegation enligt nämndens "
     "delegationsordning.", 2, 4,
     "Stickprov på 25 delegationsbeslut mot delegationsordningen.", "Ja",
     "Samtliga beslut var fattade med rätt delegation."),
    ("Miljötillsyn",
     "Risk att planerad tillsyn av miljöfarliga verksamheter inte genomförs enligt "
     "tillsynsplanen.", 3, 3,
     "Avstämning av genomförda tillsynsbesök mot tillsynsplanen per den 31 augusti.", "Delvis",
     "61 procent av de planerade besöken var gjorda. Resterande besök är inplanerade under "
     "hösten."),
    ("Miljötillsyn",
     "Risk att timavgift för tillsyn inte debiteras för nedlagd handläggningstid.", 3, 3,
     "Jämförelse av tidrapporterad tid mot fakturerad tid i tio ärenden.", "Nej",
     "I fyra ärenden hade tid inte fakturerats, sammanlagt 23 timmar. Rutinen för "
     "tidrapportering ses över."),
    ("Livsmedelskontroll",
     "Risk att kontrollrapporter inte skickas till livsmedelsföretagaren inom föreskriven tid.",
     3, 4,
     "Genomgång av datum för kontroll och utskick i 30 ärenden.", "Ja",
     "Rapporten skickades inom tre veckor i samtliga ärenden."),
    ("Jäv",
     "Risk att handläggare hanterar ärenden där de själva eller närstående är part.", 2, 4,
     "Jämförelse av handläggare och sökande i ärendesystemet för ärenden på handläggarnas "
     "bostadsorter.", "Ja", "Inga jävssituationer upptäcktes."),
    ("Registrering",
     "Risk att handlingar som kommer in med e-post inte registreras.", 4, 3,
     "Stickprov på 40 e-postmeddelanden i nämndens funktionsbrevlåda.", "Delvis",
     "36 av 40 meddelanden var registrerade. Fyra registrerades i efterhand."),
    ("Dataskydd",
     "Risk att personuppgifter i klagomål om olägenheter lämnas ut utan sekretessprövning.",
     3, 4,
     "Granskning av utlämnade handlingar i 15 ärenden om olägenhet.", "Ja",
     "Sekretessprövning fanns dokumenterad i samtliga ärenden."),
    ("Strandskydd",
     "Risk att dispenser från strandskyddet beslutas utan tillräcklig motivering och upphävs "
     "vid överprövning.", 3, 3,
     "Genomgång av samtliga beslut om strandskyddsdispens januari–juni.", "Ja",
     "Sju beslut granskades. Länsstyrelsen har inte överprövat något av dem."),
    ("Kompetens",
     "Risk att nyanställda handläggare saknar introduktion i förvaltningslagen och nämndens "
     "rutiner.", 3, 3,
     "Kontroll av introduktionsplaner för medarbetare anställda under 2024.", "Delvis",
     "Introduktionsplan fanns för fyra av sex nyanställda."),
    ("Byggsanktionsavgifter",
     "Risk att byggsanktionsavgift inte tas ut när skyldighet finns enligt plan- och "
     "bygglagen.", 3, 4,
     "Genomgång av ärenden om olovligt byggande som avslutats under perioden.", "Ja",
     "Byggsanktionsavgift hade tagits ut i alla nio ärenden där skyldighet fanns."),
]

ORGAN = "Myndighetsnämnden"
TITLE = "Delårsuppföljning av internkontrollplan 2024"
PROSE = (
    "Uppföljningen avser januari–augusti 2024 och visar läget per 2024-08-31. Nämnden bedömde i "
    "riskanalysen för 2024 sammanlagt trettiotvå risker. Elva av dem bedömdes som kritiska "
    "(riskvärde 8 eller högre) och ingår i internkontrollplanen. Raden Medelvärde under "
    "tabellen beräknas i kalkylbladet."
)
NOTE = "Sannolikhet och konsekvens bedöms på en skala 1–4; riskvärde = sannolikhet × konsekvens."


def _dec(x: float) -> str:
    return f"{x:.1f}".replace(".", ",")


def report() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(ORGAN, "organ", cols=n)], kind="title", height=0.6),
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=0.8),
        Row([Cell(PROSE, "prose", cols=n)], kind="note"),
        Row([], kind="blank", height=0.25),
        Row([Cell(h, "headc" if 2 <= i <= 4 or h == "Följer plan" else "head")
             for i, h in enumerate(HEADERS)], kind="header"),
    ]
    for proc, risk, s, k, ctrl, fp, com in RISKS:
        rows.append(Row([Cell(proc), Cell(risk), Cell(s, "num"), Cell(k, "num"),
                         Cell(s * k, "num"), Cell(ctrl), Cell(fp, "num"), Cell(com)]))
    m = len(RISKS)
    fps = [r[5] for r in RISKS]
    avg_s = sum(r[2] for r in RISKS) / m
    avg_k = sum(r[3] for r in RISKS) / m
    avg_v = sum(r[2] * r[3] for r in RISKS) / m
    rows.append(Row([
        Cell(f"Medelvärde, {m} risker", "tot", cols=2),
        Cell(_dec(avg_s), "totc"), Cell(_dec(avg_k), "totc"), Cell(_dec(avg_v), "totc"),
        Cell(f"Följer plan: Ja {fps.count('Ja')}, Delvis {fps.count('Delvis')}, "
             f"Nej {fps.count('Nej')}", "tot", cols=3),
    ], kind="total"))
    rows.append(Row([Cell(NOTE, "note", cols=n)], kind="note", height=0.5))
    sheet = Sheet(
        name="myn2024_calc_totals_row_two_pages",
        sheet_name="Internkontroll",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(4, 5),
        page_w=21.0,
        page_h=29.7,
        margins=(1.5, 1.5, 1.2, 1.2),
        grid=False,
        header=("Myndighetsnämnden", "", "Delår 2024"),
        footer=("", "Sida {page} av {pages}", ""),
        hf_font=("DejaVu Sans", 7.5),
        default_font=(F, 9.5),
    )
    cols = [(i, h, f) for i, (h, f) in enumerate(zip(HEADERS, FIELDS))]
    return Report(sheet, ORGAN, 2024, "delår", TITLE, 32, 11, cols)
