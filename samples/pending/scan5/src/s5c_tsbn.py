"""scan5 document C: Teknik- och samhällsbyggnadsnämnden, helår 2023: a LibreOffice Calc
register printed on A4 portrait (DejaVu Sans 8 pt, every cell bordered, S, K and value in
three number columns); the one quirk: a last column **"Åtgärd vid avvikelse"** (the action
for a deviation, empty where the control follows the plan). Scanned **black and white**
(1 bit, CCITT G4) at 300 dpi."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "DejaVu Sans"
B = "0.5pt solid #000000"
STYLES = {
    "organ": CellStyle(F, 9.5, wrap=False, hyphenate=False),
    "title": CellStyle(F, 13, bold=True, wrap=False, hyphenate=False),
    "prose": CellStyle(F, 9, align="justify"),
    "head": CellStyle(F, 8, bold=True, bg="#d9d9d9", border=B),
    "headc": CellStyle(F, 8, bold=True, bg="#d9d9d9", align="center", border=B),
    "body": CellStyle(F, 8, border=B, align="justify"),
    "left": CellStyle(F, 8, border=B),
    "num": CellStyle(F, 8, align="center", border=B),
}

HEADERS = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
           "Följer plan", "Kommentar", "Åtgärd vid avvikelse"]
FIELDS = ["process", "risk", "probability", "consequence", "risk_value", "controls",
          "follows_plan", "comment", "handling"]
WIDTHS = [2.1, 3.4, 1.35, 1.35, 1.15, 3.1, 1.15, 2.6, 2.4]

RISKS = [
    ("Bygglov",
     "Risk att bygglov beviljas trots att ansökan inte är komplett, så att beslutet kan "
     "upphävas vid överprövning.", 2, 4,
     "Stickprov på 20 beviljade bygglov mot checklistan för komplett ansökan.", "Ja",
     "Alla 20 ansökningar var kompletta när beslutet fattades.", None),
    ("Bygglovsavgifter",
     "Risk att avgift för bygglov tas ut med fel belopp enligt plan- och bygglovstaxan.",
     3, 3,
     "Kontroll av 25 avgiftsbeslut mot taxan.", "Delvis",
     "Tre beslut hade fel tidsfaktor. Felen var sammanlagt 18 400 kronor.",
     "Taxan läggs in som mall i ärendesystemet."),
    ("Vatten och avlopp",
     "Risk att anläggningsavgift inte faktureras när en fastighet ansluts till det "
     "kommunala ledningsnätet.", 3, 4,
     "Avstämning av nya servisanslutningar mot fakturerade anläggningsavgifter.", "Nej",
     "Fem av 31 anslutningar hade inte fakturerats.",
     "Fakturering i efterhand och en ny rutin mellan VA-driften och ekonomienheten."),
    ("Vinterväghållning",
     "Risk att entreprenörer fakturerar snöröjning och halkbekämpning som inte har "
     "utförts.", 3, 3,
     "Jämförelse av fakturor med fordonens GPS-loggar vid tre snöfall.", "Ja",
     "Fakturerade insatser stämde med loggarna.", None),
    ("Investeringsprojekt",
     "Risk att investeringsprojekt överskrider budget utan att nämnden informeras i tid.",
     3, 4,
     "Genomgång av prognoserna för alla projekt över 5 miljoner kronor varje tertial.",
     "Delvis",
     "Två projekt hade överskridanden som rapporterades först i bokslutet.",
     "Projektrapport till nämnden varje tertial från 2024."),
    ("Dataskydd",
     "Risk att personuppgifter i bygglovsärenden ligger kvar på den digitala anslagstavlan "
     "längre än tillåtet.", 2, 4,
     "Genomgång av kungörelserna på anslagstavlan en gång per kvartal.", "Ja",
     "Inga kungörelser låg kvar efter överklagandetiden.", None),
    ("Direktupphandling",
     "Risk att direktupphandlingar över 100 000 kronor inte dokumenteras enligt riktlinjen.",
     3, 3,
     "Granskning av inköp från leverantörer som saknar avtal med kommunen.", "Nej",
     "Sex direktupphandlingar saknade dokumentation.",
     "Utbildning för beställare i november 2023."),
    ("Arbetsmiljö",
     "Risk att skyddsronder inte genomförs på reningsverket och i förråden.", 2, 4,
     "Kontroll att skyddsrond har genomförts och protokollförts på alla arbetsplatser.",
     "Ja",
     "Skyddsronder var protokollförda på samtliga sju arbetsplatser.", None),
]

ORGAN = "Teknik- och samhällsbyggnadsnämnden"
TITLE = "Helårsuppföljning av internkontrollplan 2023"
PROSE = (
    "Nämnden har i riskanalysen för 2023 bedömt tjugo risker. Åtta av dem har ett riskvärde "
    "på 8 eller mer och ingår med kontrollmoment i internkontrollplanen. Riskvärdet är "
    "sannolikhet gånger konsekvens, båda bedömda på en skala från 1 till 4. Fyra kontroller "
    "följer planen, två följer den delvis och två följer den inte. För avvikelserna anges "
    "åtgärd i tabellens sista kolumn."
)


def tsbn2023() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(ORGAN, "organ", cols=n)], kind="title", height=0.6),
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=0.9),
        Row([Cell(PROSE, "prose", cols=n)], kind="note", height=1.75),
        Row([Cell(h, "headc" if h in ("Sannolikhet", "Konsekvens", "Riskvärde")
                  else "head") for h in HEADERS], kind="header"),
    ]
    for proc, risk, s, k, ctrl, fp, comment, action in RISKS:
        rows.append(Row([Cell(proc, "left"), Cell(risk), Cell(s, "num"), Cell(k, "num"),
                         Cell(s * k, "num"), Cell(ctrl), Cell(fp, "left"), Cell(comment),
                         Cell(action)]))
    sheet = Sheet(
        name="tsbn2023_scan_bw_calc_atgard_vid_avvikelse.original",
        sheet_name="Internkontroll 2023",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(3, 4),
        page_w=21.0,
        page_h=29.7,
        margins=(1.5, 1.5, 1.2, 1.2),
        grid=False,
        unruled_top=3,
        footer=(None, "Teknik- och samhällsbyggnadsnämnden – helår 2023", "Sida {page}"),
        hf_font=("DejaVu Sans", 7.5),
        default_font=("DejaVu Sans", 9.0),
    )
    return Report(sheet, ORGAN, 2023, "helår", TITLE, 20, 8, list(zip(HEADERS, FIELDS)))
