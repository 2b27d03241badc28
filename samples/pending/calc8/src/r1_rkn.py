"""Report 1: an ordinary register with no quirk (the control case). A4 portrait, Carlito 9 pt,
register cells bordered, no printed grid; the title row, a subtitle row naming the nämnd and
the period ("Rinkeby-Kista stadsdelsnämnd, helår 2024"), a prose row with the counts written
as words, eight risks."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "Carlito"
LINE = "0.5pt solid #8497b0"
STYLES = {
    "title": CellStyle(F, 15, bold=True, color="#203764", wrap=False, hyphenate=False),
    "sub": CellStyle(F, 11, color="#203764", wrap=False, hyphenate=False),
    "prose": CellStyle(F, 10, align="justify"),
    "head": CellStyle(F, 9, bold=True, bg="#dce6f1", valign="bottom", border=LINE),
    "headc": CellStyle(F, 9, bold=True, bg="#dce6f1", valign="bottom", align="center",
                       border=LINE),
    "body": CellStyle(F, 9, border=LINE),
    "num": CellStyle(F, 9, align="center", border=LINE),
}

HEADERS = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
           "Ansvarig", "Följer plan", "Kommentar"]
FIELDS = ["process", "risk", "probability", "consequence", "risk_value", "controls", None,
          "follows_plan", "comment"]
WIDTHS = [2.0, 3.3, 1.4, 1.4, 1.3, 3.0, 1.8, 1.1, 2.9]

# (process, risk, S, K, control, responsible, follows plan, comment)
RISKS = [
    ("Förskola",
     "Risk att barngruppernas storlek överstiger Skolverkets riktmärken utan att det "
     "dokumenteras och åtgärdas.", 3, 3,
     "Uppföljning av barngruppernas storlek per avdelning i mars och oktober.",
     "Förskolechef", "Ja",
     "Två avdelningar låg över riktmärket i oktober. En åtgärdsplan finns och följs upp av "
     "biträdande förskolechef."),
    ("Äldreomsorg",
     "Risk att genomförandeplaner inom hemtjänsten inte upprättas inom föreskriven tid efter "
     "biståndsbeslut.", 3, 4,
     "Stickprov på 25 nya ärenden per halvår i verksamhetssystemet.",
     "Enhetschef hemtjänst", "Delvis",
     "Genomförandeplan saknades eller var försenad i sex av 50 granskade ärenden. Rutinen har "
     "gåtts igenom på arbetsplatsträffarna."),
    ("Ekonomiskt bistånd",
     "Risk för felaktiga utbetalningar av ekonomiskt bistånd på grund av ofullständig "
     "utredning av sökandens inkomster.", 3, 4,
     "Stickprov på 30 utbetalningar per tertial: underlag och kontroll mot SSBTEK.",
     "Sektionschef försörjningsstöd", "Ja",
     "Underlag och kontroll mot SSBTEK fanns i samtliga 90 granskade ärenden."),
    ("Barn och unga",
     "Risk att förhandsbedömningar av orosanmälningar inte görs inom fjorton dagar.", 2, 4,
     "Månadsvis uppföljning av handläggningstider i verksamhetssystemet.",
     "Enhetschef barn och unga", "Nej",
     "Andelen förhandsbedömningar inom fjorton dagar var 81 procent. Hög personalomsättning "
     "under våren påverkade resultatet; två socialsekreterare har rekryterats."),
    ("Parkmiljö",
     "Risk att felanmälningar om trasig lekplatsutrustning inte åtgärdas inom avtalad tid.",
     2, 4,
     "Genomgång av felanmälningar i felanmälningssystemet mot entreprenörens åtgärdstider.",
     "Parkingenjör", "Ja",
     "Samtliga akuta fel åtgärdades inom ett dygn, övriga inom avtalade fem arbetsdagar."),
    ("Upphandling och inköp",
     "Risk att inköp görs utanför ramavtal, vilket kan strida mot lagen om offentlig "
     "upphandling.", 3, 3,
     "Stickprov på leverantörsfakturor mot avtalsdatabasen två gånger per år.",
     "Controller", "Delvis",
     "Elva procent av de granskade fakturorna gällde leverantörer utan avtal, främst "
     "livsmedelsinköp till fritidsgårdarna."),
    ("Informationssäkerhet",
     "Risk att behörigheter i verksamhetssystemen inte tas bort när medarbetare slutar.", 3,
     3,
     "Jämförelse av aktiva behörigheter mot avslutade anställningar i HR-systemet.",
     "Systemförvaltare", "Ja",
     "Inga aktiva behörigheter för avslutade medarbetare hittades."),
    ("Arbetsmiljö",
     "Risk att det systematiska arbetsmiljöarbetet inte genomförs med skyddsronder och "
     "riskbedömningar vid förändringar.", 2, 3,
     "Kontroll av att skyddsrond och årlig uppföljning av arbetsmiljöarbetet genomförts på "
     "alla enheter.",
     "HR-specialist", "Ja",
     "Skyddsronder genomfördes på samtliga 23 enheter. Riskbedömning gjordes inför "
     "omorganisationen av hemtjänsten i maj."),
]

ORGAN = "Rinkeby-Kista stadsdelsnämnd"
TITLE = "Uppföljning av internkontrollplan 2024"
SUB = "Rinkeby-Kista stadsdelsnämnd, helår 2024"
PROSE = (
    "I stadsdelsnämndens riskanalys för 2024 har tjugotvå risker inventerats. Åtta av dessa "
    "bedöms som kritiska och har fått kontrollmoment i internkontrollplanen, som nämnden "
    "beslutade i januari. Resultatet av årets kontroller redovisas i tabellen nedan."
)


def report() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=0.85),
        Row([Cell(SUB, "sub", cols=n)], kind="title", height=0.7),
        Row([Cell(PROSE, "prose", cols=n)], kind="note", height=1.45),
        Row([None] * n, kind="blank", height=0.25),
        Row([Cell(h, "headc" if f in ("probability", "consequence", "risk_value",
                                          "follows_plan") else "head")
             for h, f in zip(HEADERS, FIELDS)], kind="header"),
    ]
    for proc, risk, s, k, ctrl, who, fp, com in RISKS:
        rows.append(Row([Cell(proc), Cell(risk), Cell(s, "num"), Cell(k, "num"),
                         Cell(s * k, "num"), Cell(ctrl), Cell(who), Cell(fp, "num"),
                         Cell(com)]))
    sheet = Sheet(
        name="rkn2024_calc_plain_portrait_subtitle",
        sheet_name="IKP 2024 helår",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(4, 5),
        page_w=21.0,
        page_h=29.7,
        margins=(1.7, 1.5, 1.3, 1.3),
        grid=False,
        footer=("Rinkeby-Kista stadsdelsförvaltning", "", "Sida {page} av {pages}"),
        hf_font=(F, 8.0),
        default_font=(F, 9.0),
    )
    cols = [(i, h, f) for i, (h, f) in enumerate(zip(HEADERS, FIELDS))]
    return Report(sheet, ORGAN, 2024, "helår", TITLE, 22, 8, cols)
