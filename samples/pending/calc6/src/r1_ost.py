"""Report 1: an ordinary register with Calc's printed grid and nothing else special. A4
portrait, fit to page width, organ and title in the first rows, a note row with the counts,
the header row, eight risks. The control case of the set."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "Carlito"
STYLES = {
    "organ": CellStyle(F, 10, bold=True, color="#7f6000", wrap=False, hyphenate=False),
    "title": CellStyle(F, 14, bold=True, wrap=False, hyphenate=False),
    "prose": CellStyle(F, 9.5, align="justify"),
    "head": CellStyle(F, 9, bold=True, bg="#fff2cc", valign="bottom"),
    "headc": CellStyle(F, 9, bold=True, bg="#fff2cc", valign="bottom", align="center"),
    "body": CellStyle(F, 9),
    "num": CellStyle(F, 9, align="center"),
}

HEADERS = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
           "Metod", "Följer plan", "Kommentar"]
FIELDS = ["process", "risk", "probability", "consequence", "risk_value", "controls", None,
          "follows_plan", "comment"]
WIDTHS = [1.9, 3.2, 1.3, 1.3, 1.2, 3.0, 1.7, 1.2, 3.3]

# (process, risk, S, K, control, method, follows plan, comment)
RISKS = [
    ("Äldreomsorg",
     "Risk att biståndsbeslut om hemtjänst inte verkställs inom tre månader, vilket ska "
     "rapporteras till IVO.", 3, 4,
     "Uppföljning av ej verkställda beslut per kvartal.", "Registeruttag", "Ja",
     "Sju beslut var ej verkställda vid årets slut, samtliga rapporterade till IVO i tid."),
    ("Äldreomsorg",
     "Risk att läkemedelsavvikelser på särskilt boende inte rapporteras och följs upp.", 3, 3,
     "Genomgång av avvikelserapporter på två boenden under september.", "Stickprov",
     "Delvis",
     "På ett boende saknades analys av fem avvikelser. Medicinskt ansvarig sjuksköterska har "
     "gått igenom rutinen med personalen."),
    ("Individ- och familjeomsorg",
     "Risk att förhandsbedömning av orosanmälan inte görs inom 14 dagar.", 3, 4,
     "Kontroll av handläggningstid för samtliga anmälningar i mars och oktober.",
     "Registeruttag", "Nej",
     "I mars gjordes 81 procent av förhandsbedömningarna inom fjorton dagar och i oktober "
     "88 procent. Målet är 100 procent. Bemanningen i mottagningsgruppen har förstärkts."),
    ("Ekonomiskt bistånd",
     "Risk för felaktiga utbetalningar av ekonomiskt bistånd på grund av ofullständigt "
     "underlag.", 3, 3,
     "Stickprov på 30 utbetalningar mot underlag i akten.", "Stickprov", "Ja",
     "Inga felaktiga utbetalningar hittades."),
    ("Förskola",
     "Risk att barnens närvaro inte registreras korrekt, vilket påverkar både säkerheten vid "
     "utrymning och underlaget för debitering.", 2, 4,
     "Jämförelse av närvarolistor mot registrerad vistelsetid för en vecka per enhet.",
     "Stickprov", "Ja",
     "Registreringen stämde för samtliga tolv förskolor."),
    ("Inköp",
     "Risk att inköp görs utanför avtal, särskilt av livsmedel och förbrukningsmaterial.", 4, 3,
     "Granskning av leverantörsfakturor under perioden april–juni.", "Registeruttag",
     "Delvis",
     "Avtalstroheten var 91 procent. Köp utanför avtal gällde främst blommor och "
     "tårtor vid personalaktiviteter. Information har gått ut till chefer."),
    ("Bisysslor",
     "Risk att medarbetare har bisysslor som är förtroendeskadliga eller konkurrerar med "
     "förvaltningens verksamhet.", 2, 4,
     "Kontroll att samtliga medarbetare har svarat på frågan om bisysslor i "
     "medarbetarsamtalet.", "Enkät till chefer", "Ja",
     "Samtliga chefer har redovisat. Två anmälda bisysslor prövades och godkändes."),
    ("Systematiskt arbetsmiljöarbete",
     "Risk att riskbedömning inte görs före förändringar i verksamheten.", 3, 3,
     "Genomgång av genomförda organisationsförändringar och tillhörande riskbedömningar.",
     "Dokumentgranskning", "Ja",
     "Riskbedömning fanns för alla fyra förändringarna, undertecknade av skyddsombud."),
]

ORGAN = "Östermalms stadsdelsnämnd"
TITLE = "Uppföljning av internkontrollplan 2024 – helår"
PROSE = (
    "I nämndens riskanalys för 2024 inventerades 26 risker. Av dessa bedömdes åtta som "
    "kritiska och ingår i internkontrollplanen. Nedan redovisas resultatet av kontrollerna."
)


def report() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(ORGAN, "organ", cols=n)], kind="title", height=0.6),
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=0.85),
        Row([Cell(PROSE, "prose", cols=n)], kind="note", height=0.95),
        Row([Cell(h, "headc" if f in ("probability", "consequence", "risk_value",
                                          "follows_plan") else "head")
             for h, f in zip(HEADERS, FIELDS)], kind="header"),
    ]
    for proc, risk, s, k, ctrl, meth, fp, com in RISKS:
        rows.append(Row([Cell(proc), Cell(risk), Cell(s, "num"), Cell(k, "num"),
                         Cell(s * k, "num"), Cell(ctrl), Cell(meth), Cell(fp, "num"),
                         Cell(com)]))
    sheet = Sheet(
        name="ost2024_calc_printed_grid_fit_width",
        sheet_name="IKP 2024",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(3, 4),
        page_w=21.0,
        page_h=29.7,
        margins=(1.8, 1.8, 1.4, 1.4),
        grid=True,
        fit_width=True,
        footer=("Östermalms stadsdelsförvaltning", "", "Sida {page}"),
        hf_font=(F, 8.0),
        default_font=(F, 9.0),
    )
    cols = [(i, h, f) for i, (h, f) in enumerate(zip(HEADERS, FIELDS))]
    return Report(sheet, ORGAN, 2024, "helår", TITLE, 26, 8, cols)
