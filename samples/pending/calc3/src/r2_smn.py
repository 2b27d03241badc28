"""Report 2: a risk-matrix heat map in the sheet, beside the title and prose and above the
register, as a controller builds it in the same worksheet: a 4 x 4 grid of coloured cells
(sannolikhet 4..1 down, konsekvens 1..4 across) holding the number of assessed risks per
square (all 26, zeros printed). The matrix's numbers are no risk and no value of any risk.
Register columns Nr, S, K and RV abbreviated; counts in the prose beside the matrix."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "Carlito"
B = "0.5pt solid #00594f"
M = "0.75pt solid #ffffff"
GREEN, YELLOW, RED = "#a9d08e", "#ffe699", "#f8696b"
STYLES = {
    "organ": CellStyle(F, 11, bold=True, color="#00594f", wrap=False, hyphenate=False),
    "title": CellStyle(F, 16, bold=True, wrap=False, hyphenate=False),
    "prose": CellStyle(F, 9.5, align="justify"),
    "mhead": CellStyle(F, 9, bold=True, wrap=False, hyphenate=False, align="center"),
    "mnote": CellStyle(F, 7.5, italic=True, wrap=False, hyphenate=False, align="center",
                       color="#595959"),
    "maxis": CellStyle(F, 8, bold=True, align="center", valign="middle", bg="#d9d9d9", border=M),
    "mg": CellStyle(F, 9, align="center", valign="middle", bg=GREEN, border=M),
    "my": CellStyle(F, 9, align="center", valign="middle", bg=YELLOW, border=M),
    "mr": CellStyle(F, 9, bold=True, align="center", valign="middle", bg=RED, border=M),
    "head": CellStyle(F, 9, bold=True, bg="#d9ead3", valign="bottom", border=B),
    "headc": CellStyle(F, 9, bold=True, bg="#d9ead3", valign="bottom", align="center", border=B),
    "body": CellStyle(F, 9, border=B),
    "num": CellStyle(F, 9, align="center", border=B),
    "foot": CellStyle(F, 8, italic=True, color="#595959"),
}

HEADERS = ["Nr", "Process", "Risk", "S", "K", "RV", "Kontrollmoment", "Följer plan", "Kommentar"]
FIELDS = [None, "process", "risk", "probability", "consequence", "risk_value", "controls",
          "follows_plan", "comment"]
WIDTHS = [0.8, 2.6, 4.8, 0.7, 0.7, 0.8, 4.4, 1.4, 5.0, 0.4, 1.6, 0.9, 0.9, 0.9, 0.9]

RISKS = [
    ("Markupplåtelse",
     "Risk att avgift för upplåtelse av offentlig plats inte debiteras för uteserveringar och "
     "byggetableringar.", 3, 4,
     "Jämförelse av beviljade tillstånd enligt ordningslagen mot fakturerade avgifter "
     "januari–juni.", "Delvis",
     "Av 142 tillstånd var 135 fakturerade. Sju fakturor på sammanlagt 48 300 kronor har "
     "skickats i efterhand."),
    ("Lekplatser",
     "Risk att brister i lekredskap inte åtgärdas inom föreskriven tid efter besiktning.", 4, 3,
     "Uppföljning av anmärkningar från huvudbesiktningen 2025 för 30 lekplatser.", "Ja",
     "Samtliga anmärkningar av klass A åtgärdades inom fyra veckor."),
    ("Driftentreprenader",
     "Risk att entreprenören för park- och gatudrift fakturerar tilläggsarbeten utan "
     "beställning.", 3, 3,
     "Stickprov på 25 fakturor med tilläggsarbeten mot beställningarna i beställarsystemet.",
     "Ja", "Alla 25 fakturor hade en beställning från behörig beställare."),
    ("Parkering",
     "Risk att betalningar från parkeringsautomater och parkeringsappar inte redovisas "
     "fullständigt.", 4, 4,
     "Månadsvis avstämning av automaternas transaktionsloggar mot inbetalningarna på "
     "bankkontot.", "Nej",
     "Differenser i mars och april på totalt 12 900 kronor är ännu inte utredda. Leverantören "
     "har kontaktats."),
    ("Parkeringstillstånd",
     "Risk att personuppgifter i ansökningar om parkeringstillstånd för rörelsehindrade sparas "
     "längre än gallringsbeslutet medger.", 3, 4,
     "Kontroll av att ärenden äldre än två år har gallrats i ärendesystemet.", "Delvis",
     "Gallring var gjord för 2021 men inte för 2022. Gallringen körs i oktober."),
    ("Attest",
     "Risk att kostnader för representation och interna konferenser saknar uppgift om "
     "deltagare och syfte.", 3, 3,
     "Stickprov på 20 verifikationer med representation.", "Ja",
     "18 av 20 verifikationer var kompletta. Två har kompletterats."),
    ("Bidrag till enskilda vägar",
     "Risk att villkoren för driftbidrag till enskilda vägar inte följs upp innan nästa "
     "utbetalning.", 4, 3,
     "Granskning av att vägföreningarnas redovisning har kommit in för samtliga 58 bidrag.",
     "Delvis",
     "Redovisning saknas för sex vägföreningar. Utbetalningen för 2026 hålls inne tills "
     "redovisningen har kommit in."),
    ("Arbete på väg",
     "Risk att arbete på kommunala gator bedrivs utan godkänd trafikanordningsplan.", 3, 4,
     "Fältkontroll av 15 arbetsplatser på kommunala gator.", "Ja",
     "Samtliga arbetsplatser hade en godkänd TA-plan. På två platser saknades skyltning, vilket "
     "rättades samma dag."),
    ("Bisysslor",
     "Risk att medarbetare som handlägger tillstånd har bisysslor som kan rubba förtroendet "
     "för deras opartiskhet.", 4, 4,
     "Kontroll att samtliga handläggare har redovisat bisysslor i medarbetarsamtalet 2025.",
     "Nej", "Redovisning saknas för nio av 31 medarbetare. Ny kontroll görs i november."),
]

# number of assessed risks per square: MATRIX[s][k], s and k 1..4
MATRIX = {
    4: {1: 0, 2: 3, 3: 2, 4: 2},
    3: {1: 0, 2: 3, 3: 2, 4: 3},
    2: {1: 1, 2: 3, 3: 3, 4: 2},
    1: {1: 0, 2: 1, 3: 1, 4: 0},
}

ORGAN = "Stadsmiljönämnden"
TITLE = "Internkontrollplan 2025 – delårsuppföljning"
PROSE = (
    "Uppföljningen avser perioden januari–augusti 2025 och redovisar läget per den 31 augusti. "
    "I förvaltningens riskanalys bedömdes 26 risker. Nio av dem har ett riskvärde på 9 eller "
    "högre (sannolikhet × konsekvens, skala 1–16) och ingår i internkontrollplanen med ett "
    "kontrollmoment var. Matrisen till höger visar hur samtliga bedömda risker fördelar sig; "
    "de nio kritiska står i de röda rutorna. S = sannolikhet, K = konsekvens, RV = riskvärde."
)


def _mstyle(s: int, k: int) -> str:
    v = s * k
    return "mr" if v >= 9 else "my" if v >= 4 else "mg"


def report() -> Report:
    # consistency of the matrix with the register and the counts
    assert sum(sum(r.values()) for r in MATRIX.values()) == 26
    for s in range(1, 5):
        for k in range(1, 5):
            if s * k >= 9:
                assert MATRIX[s][k] == sum(1 for r in RISKS if (r[2], r[3]) == (s, k)), (s, k)
    n = 9  # register columns
    gap = [None]
    rows = [
        Row([Cell(ORGAN, "organ", cols=n)] + gap + [Cell("Riskmatris", "mhead", cols=5)],
            kind="title", height=0.6),
        Row([Cell(TITLE, "title", cols=n)] + gap + [Cell("Antal bedömda risker per ruta", "mnote", cols=5)],
            kind="title", height=0.85),
        Row([Cell(PROSE, "prose", cols=n, rows=5)] + gap
            + [Cell("S \\ K", "maxis")] + [Cell(str(k), "maxis") for k in range(1, 5)],
            kind="note", height=0.55),
    ]
    for s in (4, 3, 2, 1):
        rows.append(Row(gap + [Cell(str(s), "maxis")]
                        + [Cell(MATRIX[s][k], _mstyle(s, k)) for k in range(1, 5)],
                        kind="note", height=0.55))
    rows.append(Row([], kind="blank", height=0.35))
    rows.append(Row([Cell(h, "headc" if h in ("Nr", "S", "K", "RV", "Följer plan") else "head")
                     for h in HEADERS], kind="header"))
    for i, (proc, risk, s, k, ctrl, fp, com) in enumerate(RISKS, 1):
        rows.append(Row([Cell(i, "num"), Cell(proc), Cell(risk), Cell(s, "num"), Cell(k, "num"),
                         Cell(s * k, "num"), Cell(ctrl), Cell(fp, "num"), Cell(com)]))
    sheet = Sheet(
        name="smn2025_calc_heat_map_beside_prose",
        sheet_name="Uppföljning T2",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(8, 9),
        page_w=29.7,
        page_h=21.0,
        margins=(1.0, 1.0, 1.0, 1.0),
        grid=False,
        header=("Stadsmiljöförvaltningen", "", "Dnr SMN 2025/0412"),
        footer=("", "{page} ({pages})", ""),
        hf_font=(F, 8.0),
        default_font=(F, 9.0),
    )
    cols = [(i, h, f) for i, (h, f) in enumerate(zip(HEADERS, FIELDS))]
    return Report(sheet, ORGAN, 2025, "delår", TITLE, 26, 9, cols)
