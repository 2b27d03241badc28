"""Report 3: the follow-up answer shown only as a coloured circle. The "Följer plan" column
holds a "●" in green, yellow or red (the font colour of the cell, as a controller colours it
by hand), and a legend under the register says what the colours mean. A4 portrait, DejaVu
Serif 8.5 pt, register cells bordered; period "per augusti" in the title; counts in the prose
("Av de 19 risker som inventerats bedöms sju vara kritiska") with a footnote giving last
year's figures. Seven risks."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "DejaVu Serif"
LINE = "0.6pt solid #376092"
GREEN, YELLOW, RED = "#00b050", "#ffc000", "#c00000"
STYLES = {
    "organ": CellStyle(F, 10, italic=True, color="#376092", wrap=False, hyphenate=False),
    "title": CellStyle(F, 14, bold=True, wrap=False, hyphenate=False),
    "prose": CellStyle(F, 9, align="justify"),
    "head": CellStyle(F, 8.5, bold=True, color="#ffffff", bg="#376092", valign="middle",
                      border=LINE),
    "headc": CellStyle(F, 8.5, bold=True, color="#ffffff", bg="#376092", valign="middle",
                       align="center", border=LINE),
    "body": CellStyle(F, 8.5, border=LINE),
    "num": CellStyle(F, 8.5, align="center", border=LINE),
    # the answer: a circle in the colour of the answer, centred both ways
    "green": CellStyle(F, 13, color=GREEN, align="center", valign="middle", border=LINE),
    "yellow": CellStyle(F, 13, color=YELLOW, align="center", valign="middle", border=LINE),
    "red": CellStyle(F, 13, color=RED, align="center", valign="middle", border=LINE),
    # the legend under the register (unbordered)
    "legh": CellStyle(F, 8, bold=True, wrap=False, hyphenate=False),
    "lgreen": CellStyle(F, 11, color=GREEN, align="center", valign="middle"),
    "lyellow": CellStyle(F, 11, color=YELLOW, align="center", valign="middle"),
    "lred": CellStyle(F, 11, color=RED, align="center", valign="middle"),
    "legt": CellStyle(F, 8, valign="middle", wrap=False, hyphenate=False),
    "foot": CellStyle(F, 7.5, italic=True, wrap=False, hyphenate=False),
}
ANSWER = {"green": "Ja", "yellow": "Delvis", "red": "Nej"}

HEADERS = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Följer plan", "Kommentar"]
FIELDS = ["process", "risk", "risk_value", "controls", "follows_plan", "comment"]
WIDTHS = [2.4, 3.9, 1.5, 3.6, 1.5, 4.4]

# (process, risk, risk value, control, colour of the answer, comment)
RISKS = [
    ("Livsmedelskontroll",
     "Risk att planerade kontroller av livsmedelsanläggningar inte genomförs enligt den "
     "nationella kontrollplanen och nämndens kontrollplan.", 12,
     "Uppföljning per tertial av utförda kontroller mot kontrollplanen.",
     "yellow",
     "Per augusti var 61 procent av årets planerade kontroller utförda. Kontrollerna av "
     "anläggningar i högsta riskklassen ligger efter och prioriteras under hösten."),
    ("Avgifter och debitering",
     "Risk att timavgifter för tillsyn inte debiteras eller debiteras med fel belopp.", 12,
     "Stickprov på 20 ärenden per tertial där rapporterad tid jämförs med fakturerad tid.",
     "green",
     "Ingen avvikelse i de 40 granskade ärendena."),
    ("Miljötillsyn",
     "Risk att klagomål om buller och lukt inte handläggs inom två veckor från att de kom "
     "in.", 9,
     "Månadsvis uppföljning av handläggningstider i ärendehanteringssystemet.",
     "red",
     "Den genomsnittliga tiden till första åtgärd var 26 dagar. Två tjänster som "
     "miljöinspektör var vakanta under våren; båda är tillsatta från september."),
    ("Hälsoskydd",
     "Risk att inomhusmiljön i skolor och förskolor inte kontrolleras enligt "
     "tillsynsplanen.", 8,
     "Genomgång av inspektionsrapporter för skolor och förskolor.",
     "green",
     "Samtliga 14 planerade inspektioner var genomförda och rapporterade i juni."),
    ("Delegering",
     "Risk att beslut fattade på delegation inte anmäls till nämnden.", 9,
     "Jämförelse av beslut i ärendehanteringssystemet mot de delegationslistor som anmälts "
     "till nämnden.",
     "green",
     "Alla 312 delegationsbeslut januari–juli var anmälda."),
    ("Registrering av handlingar",
     "Risk att inkomna handlingar i tillsynsärenden inte registreras utan dröjsmål.", 8,
     "Stickprov på 30 handlingar där datum för inkomst jämförs med datum för registrering.",
     "yellow",
     "Fem handlingar registrerades mer än tre arbetsdagar efter att de kom in, alla "
     "inkomna med e-post direkt till en handläggare. Funktionsbrevlådan ska användas."),
    ("Badvatten",
     "Risk att badvattenprover vid de kommunala strandbaden inte tas enligt "
     "provtagningsprogrammet.", 8,
     "Kontroll av provtagningsprotokollen för badsäsongen.",
     "green",
     "Prover togs vid alla nio strandbad enligt programmet. Ett otjänligt prov i juli ledde "
     "till information vid badplatsen och på kommunens webbplats samma dag."),
]

ORGAN = "Miljö- och hälsonämnden"
TITLE = "Uppföljning av internkontrollplanen per augusti 2024"
PROSE = (
    "Miljö- och hälsonämnden följer upp internkontrollplanen två gånger per år. Av de 19 "
    "risker som inventerats bedöms sju vara kritiska¹ och ingår i planen med ett "
    "kontrollmoment var. Resultatet per augusti redovisas nedan; kolumnen Följer plan visar "
    "resultatet med färg enligt teckenförklaringen under tabellen."
)
FOOTNOTE = ("¹ Vid uppföljningen per augusti 2023 hade 23 risker inventerats, varav tio "
            "bedömdes vara kritiska.")


def report() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(ORGAN, "organ", cols=n)], kind="title", height=0.6),
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=0.9),
        Row([Cell(PROSE, "prose", cols=n)], kind="note", height=1.7),
        Row([None] * n, kind="blank", height=0.25),
        Row([Cell(h, "headc" if f in ("risk_value", "follows_plan") else "head")
             for h, f in zip(HEADERS, FIELDS)], kind="header", height=0.75),
    ]
    for proc, risk, rv, ctrl, colour, com in RISKS:
        rows.append(Row([Cell(proc), Cell(risk), Cell(rv, "num"), Cell(ctrl),
                         Cell("●", colour), Cell(com)]))
    rows += [
        Row([None] * n, kind="blank", height=0.3),
        Row([Cell("Teckenförklaring, Följer plan", "legh", cols=2), None, None, None, None],
            kind="note", height=0.5),
        Row([Cell("●", "lgreen"), Cell("Grön = kontrollen följer planen", "legt", cols=2),
             None, None, None], kind="note", height=0.5),
        Row([Cell("●", "lyellow"), Cell("Gul = kontrollen följer planen delvis", "legt",
                                        cols=2), None, None, None], kind="note", height=0.5),
        Row([Cell("●", "lred"), Cell("Röd = kontrollen följer inte planen", "legt", cols=2),
             None, None, None], kind="note", height=0.5),
        Row([None] * n, kind="blank", height=0.3),
        Row([Cell(FOOTNOTE, "foot", cols=n)], kind="note", height=0.45),
    ]
    sheet = Sheet(
        name="mhn2024_calc_colour_circles_legend",
        sheet_name="Internkontroll",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(4, 5),
        page_w=21.0,
        page_h=29.7,
        margins=(2.0, 1.8, 1.8, 1.8),
        grid=False,
        footer=("Miljö- och hälsoförvaltningen", "", "{page} ({pages})"),
        hf_font=(F, 7.5),
        default_font=(F, 8.5),
    )
    cols = [(i, h, f) for i, (h, f) in enumerate(zip(HEADERS, FIELDS))]
    colours = {k: v for k, v in ANSWER.items()}
    return Report(sheet, ORGAN, 2024, "delår", TITLE, 19, 7, cols, colour_answers=colours)
