"""Report 3: header cells turned 90 degrees over narrow columns (Sannolikhet, Konsekvens,
Riskvärde, Risknivå, Följer plan), a first column of running numbers written "1.", "2.", ...,
and the risk level as a word ("Hög", "Mycket hög", "Medel") in a column of its own beside the
number. The number is the risk value; the level word goes to `extra`. One risk of medium
level is in the plan by the nämnd's decision, so the table holds one risk more than the
critical count."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "DejaVu Sans"
B = "0.5pt solid #bf9000"
LEVEL_BG = {"Medel": "#ffe699", "Hög": "#f4b183", "Mycket hög": "#ff7c80"}
STYLES = {
    "organ": CellStyle(F, 10, color="#7f6000", wrap=False, hyphenate=False),
    "title": CellStyle(F, 13, bold=True, wrap=False, hyphenate=False),
    "prose": CellStyle(F, 8.5, align="justify"),
    "head": CellStyle(F, 7.5, bold=True, bg="#fff2cc", valign="bottom", border=B),
    "headr": CellStyle(F, 7.5, bold=True, bg="#fff2cc", valign="bottom", align="center",
                       border=B, wrap=False, hyphenate=False),
    "body": CellStyle(F, 7.5, border=B),
    "nr": CellStyle(F, 7.5, align="end", border=B),
    "num": CellStyle(F, 7.5, align="center", border=B),
    "lvMedel": CellStyle(F, 7.5, align="center", border=B, bg=LEVEL_BG["Medel"]),
    "lvHög": CellStyle(F, 7.5, align="center", border=B, bg=LEVEL_BG["Hög"]),
    "lvMycket hög": CellStyle(F, 7.5, align="center", border=B, bg=LEVEL_BG["Mycket hög"]),
    "note": CellStyle(F, 7, italic=True),
}

HEADERS = ["Nr", "Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Risknivå",
           "Kontrollmoment", "Följer plan", "Kommentar"]
FIELDS = [None, "process", "risk", "probability", "consequence", "risk_value", None,
          "controls", "follows_plan", "comment"]
ROTATED = {"Sannolikhet", "Konsekvens", "Riskvärde", "Risknivå", "Följer plan"}
WIDTHS = [0.75, 2.45, 4.0, 0.75, 0.75, 0.75, 1.45, 3.75, 0.85, 3.8]


def level(v: int) -> str:
    return "Mycket hög" if v >= 12 else "Hög" if v >= 8 else "Medel" if v >= 4 else "Låg"


RISKS = [
    ("Föreningsbidrag",
     "Risk att aktivitetsbidrag betalas ut på grund av felaktigt redovisade "
     "deltagartillfällen.", 3, 4,
     "Stickprov på tio föreningars närvarolistor jämförda med ansökan för vårterminen.",
     "Delvis",
     "I två föreningar saknades närvarolistor för delar av terminen. Bidrag på 18 400 kronor "
     "har återkrävts."),
    ("Badanläggningar",
     "Risk att livräddare saknar giltig livräddarutbildning när de tjänstgör i simhallen.", 2, 4,
     "Kontroll av utbildningsbevis mot schemalagd personal under juni–augusti.", "Ja",
     "Alla 46 schemalagda livräddare hade giltig utbildning."),
    ("Fritidsgårdar",
     "Risk att rutinen för orosanmälan inte är känd av timanställd personal på "
     "fritidsgårdarna.", 3, 3,
     "Enkät till och samtal med timanställda på fyra fritidsgårdar.", "Delvis",
     "Nio av 14 timanställda kände till rutinen. Introduktionen har kompletterats."),
    ("Lokalbokning",
     "Risk att bokade tider i idrottshallar inte faktureras eller faktureras med fel taxa.",
     4, 3,
     "Jämförelse av bokningssystemets bokningar mot fakturerade timmar för maj och juni.", "Nej",
     "Bokningar för 212 timmar hade inte fakturerats på grund av ett fel i överföringen till "
     "ekonomisystemet. Felet är rättat och fakturorna skickas i september."),
    ("Kontanthantering",
     "Risk att kontantförsäljning i kiosk och entré vid ishallen inte redovisas fullständigt.",
     2, 3,
     "Avstämning av kassarapporter mot insättningar för mars och maj.", "Ja",
     "Inga avvikelser."),
    ("Direktupphandling",
     "Risk att direktupphandlingar över 100 000 kronor inte dokumenteras enligt riktlinjen.",
     3, 3,
     "Granskning av samtliga direktupphandlingar januari–augusti.", "Ja",
     "Fem direktupphandlingar gjordes och samtliga var dokumenterade enligt riktlinjen."),
    ("Arbetsmiljö",
     "Risk att vaktmästare på idrottsanläggningar arbetar ensamma med riskfyllda "
     "arbetsmoment utan larm.", 3, 4,
     "Genomgång av riskbedömningar och larmutrustning på sex anläggningar.", "Delvis",
     "Larm fanns på fem av sex anläggningar. Larm till Rosendalshallen är beställt."),
    ("Dataskydd",
     "Risk att medlemsförteckningar med personuppgifter som lämnas in med bidragsansökan "
     "sparas i e-postlådan.", 3, 3,
     "Sökning i funktionsbrevlådan efter bilagor med personnummer.", "Ja",
     "Inga bilagor äldre än en vecka fanns kvar i brevlådan."),
]

ORGAN = "Idrotts- och fritidsnämnden"
TITLE = "Internkontroll 2024 – uppföljning tertial 2"
PROSE = (
    "Uppföljningen omfattar perioden januari–augusti 2024. Av de 17 risker som har bedömts i "
    "nämndens riskanalys har sju hög eller mycket hög risknivå. De sju ingår i "
    "internkontrollplanen. Därutöver har nämnden valt att kontrollera kontanthanteringen, som "
    "har medelhög risknivå, eftersom ishallens kassarutin är ny för året."
)
NOTE = (
    "Risknivå: Medel = riskvärde 4–6, Hög = 8–9, Mycket hög = 12–16 (sannolikhet × konsekvens, "
    "skala 1–4)."
)


def report() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(ORGAN, "organ", cols=n)], kind="title", height=0.55),
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=0.8),
        Row([Cell(PROSE, "prose", cols=n)], kind="note"),
        Row([], kind="blank", height=0.25),
        Row([Cell(h, "headr" if h in ROTATED else "head") for h in HEADERS], kind="header",
            height=2.3),
    ]
    for i, (proc, risk, s, k, ctrl, fp, com) in enumerate(RISKS, 1):
        v = s * k
        rows.append(Row([Cell(f"{i}.", "nr"), Cell(proc), Cell(risk), Cell(s, "num"),
                         Cell(k, "num"), Cell(v, "num"), Cell(level(v), "lv" + level(v)),
                         Cell(ctrl), Cell(fp, "num"), Cell(com)]))
    rows.append(Row([], kind="blank", height=0.2))
    rows.append(Row([Cell(NOTE, "note", cols=n)], kind="note"))
    sheet = Sheet(
        name="ifn2024_calc_rotated_headers_level_words",
        sheet_name="Tertial 2",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(4, 5),
        page_w=21.0,
        page_h=29.7,
        margins=(1.6, 1.4, 0.8, 0.8),
        grid=False,
        footer=("Kultur- och fritidsförvaltningen · Idrott och fritid", "", "Sida {page}"),
        hf_font=(F, 7.0),
        default_font=(F, 7.5),
    )
    cols = [(i, h, f) for i, (h, f) in enumerate(zip(HEADERS, FIELDS))]
    return Report(sheet, ORGAN, 2024, "tertial", TITLE, 17, 7, cols, rotated=("headr",))
