"""Report 1: a register sorted by risk value with a rank column. The controller sorted the
sheet on Riskvärde (largest first) and let a RANK formula number the rows: tied values share a
rank (1, 2, 2, 2, 5, 5, 7, 7). The Riskvärde column carries a three-colour scale (green -
yellow - red) as conditional formatting prints it: a fill per cell, with the number on it.
A "Riskägare" column names who owns each risk."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "Carlito"
B = "0.5pt solid #a6a6a6"
SCALE = {16: "#f8696b", 12: "#fba777", 9: "#fedd81", 8: "#d9e482"}
STYLES = {
    "organ": CellStyle(F, 10, bold=True, color="#1f4e79", wrap=False, hyphenate=False),
    "title": CellStyle(F, 16, bold=True, color="#1f4e79", wrap=False, hyphenate=False),
    "prose": CellStyle(F, 10, align="justify"),
    "head": CellStyle(F, 9, bold=True, bg="#ddebf7", valign="bottom", border=B),
    "headc": CellStyle(F, 9, bold=True, bg="#ddebf7", valign="bottom", align="center", border=B),
    "body": CellStyle(F, 9, border=B),
    "rank": CellStyle(F, 9, bold=True, align="center", border=B),
    "num": CellStyle(F, 9, align="center", border=B),
    "note": CellStyle(F, 8, italic=True, color="#595959"),
}
for v, colour in SCALE.items():
    STYLES[f"rv{v}"] = CellStyle(F, 9, bold=True, align="center", border=B, bg=colour)

HEADERS = ["Rang", "Process", "Risk", "Riskägare", "S", "K", "Riskvärde", "Kontrollmoment",
           "Följer plan", "Kommentar"]
FIELDS = [None, "process", "risk", None, "probability", "consequence", "risk_value",
          "controls", "follows_plan", "comment"]
WIDTHS = [1.0, 2.5, 4.7, 2.3, 0.8, 0.8, 1.5, 4.7, 1.5, 5.8]

# (rank, process, risk, owner, S, K, value, controls, follows plan, comment), sorted by value
RISKS = [
    (1, "Förskrivning",
     "Risk att hjälpmedel förskrivs av personal som saknar förskrivningsrätt för den aktuella "
     "produktgruppen.", "Verksamhetschef hjälpmedel", 4, 4, 16,
     "Stickprov på 40 förskrivningar i hjälpmedelssystemet jämförs mot förteckningen över "
     "förskrivare.", "Delvis",
     "Tre av 40 förskrivningar var gjorda av förskrivare utan behörighet för produktgruppen. "
     "Behörigheterna i systemet har rättats och utbildning genomförs i oktober."),
    (2, "Upphandling",
     "Risk att inköp av hjälpmedel görs utanför ramavtal utan direktupphandling enligt "
     "riktlinjen.", "Inköpsansvarig", 3, 4, 12,
     "Genomgång av leverantörsreskontran för leverantörer utan avtal, januari–juni 2025.",
     "Ja",
     "Inga inköp utanför avtal hittades. Två direktupphandlingar var dokumenterade enligt "
     "riktlinjen."),
    (2, "Lager och logistik",
     "Risk att lagersaldot i systemet inte stämmer med det fysiska lagret av rekonditionerade "
     "hjälpmedel.", "Lagerchef", 4, 3, 12,
     "Inventering av 100 slumpvis valda artiklar i centrallagret.", "Nej",
     "Saldot avvek för 14 av 100 artiklar. Rutinen för återlämnade hjälpmedel ses över och en "
     "ny inventering görs i november."),
    (2, "Dataskydd",
     "Risk att personuppgifter om brukare i ärendehanteringen är åtkomliga för fler än de som "
     "behöver dem i sitt arbete.", "Systemförvaltare", 3, 4, 12,
     "Logguppföljning av åtkomst till 25 brukarakter.", "Ja",
     "Loggarna visade ingen obehörig åtkomst."),
    (5, "Debitering",
     "Risk att hyror och avgifter för hjälpmedel inte debiteras kommunerna i avtalssamverkan.",
     "Ekonomichef", 3, 3, 9,
     "Avstämning av debiterade hyror mot utlämnade hjälpmedel per kommun och månad.", "Ja",
     "Avstämningen för mars och juni stämde utan avvikelse."),
    (5, "Tekniska hjälpmedel",
     "Risk att förebyggande underhåll av lyftar och elrullstolar inte görs inom den tid "
     "tillverkaren anger.", "Teknikansvarig", 3, 3, 9,
     "Uppföljning av underhållsplanen för samtliga takliftar och elrullstolar.", "Delvis",
     "88 procent av underhållet gjordes i tid. Eftersläpningen beror på vakanser bland "
     "teknikerna och ska vara ikapp i december."),
    (7, "Attest",
     "Risk att fakturor attesteras av samma person som har beställt varan.", "Ekonomichef",
     2, 4, 8,
     "Kontroll av beställare och attestant för 30 fakturor över 10 000 kronor.", "Ja",
     "Samtliga fakturor var attesterade av någon annan än beställaren."),
    (7, "Bisysslor",
     "Risk att anställda har bisysslor hos leverantörer av hjälpmedel utan att det är känt "
     "för arbetsgivaren.", "HR-strateg", 2, 4, 8,
     "Genomgång av att alla medarbetare har lämnat uppgift om bisysslor vid "
     "medarbetarsamtalet.", "Ja",
     "Uppgift fanns för samtliga 52 medarbetare. En bisyssla prövades och bedömdes "
     "förenlig med anställningen."),
]

ORGAN = "Hjälpmedelsnämnden"
TITLE = "Uppföljning av internkontrollplan 2025 – delår januari–augusti"
PROSE = (
    "Uppföljningen avser perioden januari–augusti 2025. I nämndens riskanalys identifierades "
    "19 risker, varav åtta bedöms som kritiska med ett riskvärde på 8 eller högre. De kritiska "
    "riskerna ingår i internkontrollplanen och redovisas nedan sorterade efter riskvärde, med "
    "den högst värderade risken först. Fem kontrollmoment följer planen, två följer den delvis "
    "och ett följer den inte."
)
NOTE = "S = sannolikhet (1–4), K = konsekvens (1–4), Riskvärde = S × K. Lika riskvärden har samma rang."


def report() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(ORGAN, "organ", cols=n)], kind="title", height=0.55),
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=0.9),
        Row([Cell(PROSE, "prose", cols=n)], kind="note"),
        Row([], kind="blank", height=0.25),
        Row([Cell(h, "headc" if h in ("Rang", "S", "K", "Riskvärde", "Följer plan") else "head")
             for h in HEADERS], kind="header"),
    ]
    for rank, proc, risk, owner, s, k, rv, ctrl, fp, com in RISKS:
        assert s * k == rv
        rows.append(Row([Cell(rank, "rank"), Cell(proc), Cell(risk), Cell(owner), Cell(s, "num"),
                         Cell(k, "num"), Cell(rv, f"rv{rv}"), Cell(ctrl), Cell(fp, "num"),
                         Cell(com)]))
    rows.append(Row([Cell(NOTE, "note", cols=n)], kind="note"))
    sheet = Sheet(
        name="hjn2025_calc_rank_colour_scale",
        sheet_name="Kritiska risker",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(4, 5),
        page_w=29.7,
        page_h=21.0,
        margins=(1.3, 1.3, 1.0, 1.0),
        grid=False,
        header=("Hjälpmedelscentrum", "", "Delår 2025"),
        footer=("", "Sida {page}", ""),
        hf_font=(F, 8.0),
        default_font=(F, 9.0),
    )
    cols = [(i, h, f) for i, (h, f) in enumerate(zip(HEADERS, FIELDS))]
    return Report(sheet, ORGAN, 2025, "delår", TITLE, 19, 8, cols)
