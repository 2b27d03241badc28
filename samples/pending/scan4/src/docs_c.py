"""scan4 document C: Gatu- och fastighetsnämnden, helår 2023: a LibreOffice Calc risk register
printed on A4 landscape in **small type** (Liberation Sans 7.5 pt), every cell bordered, the
columns in an **unusual order** (the risk first, values, control, **date of the control**,
result, follows plan, the person who checked, and the **process last**), all on one page. Scanned grey at 300 dpi with mild effects."""

from producers.calc import Cell, CellStyle, Row, Sheet
from producers.calc_report import Report

F = "Liberation Sans"
B = "0.5pt solid #7f7f7f"
STYLES = {
    "organ": CellStyle(F, 10, bold=True, wrap=False, hyphenate=False),
    "title": CellStyle(F, 14, bold=True, wrap=False, hyphenate=False, color="#1f4e78"),
    "prose": CellStyle(F, 9, align="justify"),
    "head": CellStyle(F, 7.5, bold=True, bg="#ddebf7", valign="bottom", border=B),
    "headc": CellStyle(F, 7.5, bold=True, bg="#ddebf7", valign="bottom", align="center",
                       border=B),
    "body": CellStyle(F, 7.5, border=B, align="justify"),
    "left": CellStyle(F, 7.5, border=B),
    "num": CellStyle(F, 7.5, align="center", border=B),
}

HEADERS = ["Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment", "Kontrolldatum",
           "Resultat", "Följer plan", "Kontrollant", "Process"]
FIELDS = ["risk", "probability", "consequence", "risk_value", "controls", None, "comment",
          "follows_plan", None, "process"]
WIDTHS = [4.8, 1.55, 1.5, 1.35, 4.3, 1.85, 4.9, 1.3, 2.2, 2.6]

RISKS = [
    ("Risk att felanmälningar om gatubelysning inte åtgärdas inom den tid som avtalet med "
     "entreprenören anger.", 3, 3,
     "Uttag ur felanmälningssystemet av åtgärdstider för alla ärenden om gatubelysning under "
     "andra kvartalet.", "2023-07-14",
     "312 ärenden. 281 åtgärdades inom avtalad tid, 31 senare. Vite har inte krävts.",
     "Delvis", "Driftingenjör", "Gatubelysning"),
    ("Risk att hyresavtal för kommunens lokaler löper vidare utan omförhandling av hyran.",
     2, 4,
     "Genomgång av alla externa hyresavtal med förfallodag 2023–2024 i avtalsregistret.",
     "2023-05-31",
     "Alla 14 avtal hade bevakning och omförhandling var påbörjad i tid.",
     "Ja", "Förvaltare", "Lokalförsörjning"),
    ("Risk att fakturor från ramavtalsleverantörer för fastighetsunderhåll betalas med fel "
     "timpris eller påslag.", 3, 4,
     "Stickprov på 25 fakturor jämförda med ramavtalens prisbilagor.", "2023-09-22",
     "Fyra fakturor hade för högt påslag på material. Leverantören har krediterat 41 600 "
     "kronor.",
     "Nej", "Controller", "Fastighetsunderhåll"),
    ("Risk att bidrag till enskilda vägar betalas ut trots att väghållaren inte har lämnat "
     "redovisning.", 2, 3,
     "Kontroll att redovisning finns för samtliga vägsamfälligheter som fått bidrag 2023.",
     "2023-11-10",
     "Redovisning fanns för 46 av 47 samfälligheter. Den saknade har kommit in.",
     "Ja", "Handläggare", "Enskilda vägar"),
    ("Risk att schakttillstånd ges utan att återställningen av gatan kontrolleras och "
     "besiktas.", 3, 3,
     "Genomgång av 20 avslutade schakttillstånd och deras slutbesiktningar.", "2023-10-05",
     "Slutbesiktning saknades för sex tillstånd. Efterbesiktning är beställd.",
     "Delvis", "Gatuingenjör", "Schakt och ledningar"),
    ("Risk att arbetsmiljöansvaret på byggarbetsplatser där nämnden är byggherre inte är "
     "fördelat skriftligt.", 2, 4,
     "Kontroll att utsedd BAS-P och BAS-U finns dokumenterad för varje pågående projekt.",
     "2023-06-16",
     "Dokumentation fanns för samtliga nio projekt.",
     "Ja", "Projektchef", "Byggprojekt"),
    ("Risk att avgifter för markupplåtelse på allmän plats inte faktureras.", 3, 3,
     "Avstämning av beviljade upplåtelser i ärendesystemet mot fakturerade avgifter.",
     "2023-12-08",
     "Sju upplåtelser för uteserveringar hade inte fakturerats. Fakturor har skickats.",
     "Nej", "Ekonom", "Markupplåtelse"),
    ("Risk att energiförbrukningen i kommunens fastigheter inte följs upp, så att fel i "
     "styrning och ventilation upptäcks sent.", 3, 3,
     "Månadsvis jämförelse av förbrukning per fastighet mot föregående år.", "2023-12-15",
     "Uppföljningen gjordes varje månad. Två fastigheter med avvikande förbrukning har "
     "åtgärdats.",
     "Ja", "Energisamordnare", "Energi"),
]

ORGAN = "Gatu- och fastighetsnämnden"
TITLE = "Internkontrollplan 2023 – uppföljning helår"
PROSE = (
    "Registret nedan är nämndens uppföljning av internkontrollplanen för 2023 (januari–"
    "december). Av de 22 risker som nämnden bedömde i riskanalysen valdes åtta ut till "
    "planen. Sannolikhet och konsekvens bedöms på en skala 1–4; riskvärdet är deras produkt."
)


def gfn2023() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(ORGAN, "organ", cols=n)], kind="title", height=0.6),
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=0.85),
        Row([Cell(PROSE, "prose", cols=n)], kind="note", height=0.95),
        Row([Cell(h, "headc" if h in ("Sannolikhet", "Konsekvens", "Riskvärde",
                                       "Följer plan") else "head") for h in HEADERS],
            kind="header"),
    ]
    for risk, s, k, ctrl, date, res, fp, who, proc in RISKS:
        rows.append(Row([Cell(risk), Cell(s, "num"), Cell(k, "num"), Cell(s * k, "num"),
                         Cell(ctrl), Cell(date, "left"), Cell(res), Cell(fp, "left"),
                         Cell(who, "left"), Cell(proc, "left")]))
    sheet = Sheet(
        name="gfn2023_scan_calc_landscape_process_last.original",
        sheet_name="IK 2023",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(3, 4),
        page_w=29.7,
        page_h=21.0,
        margins=(1.3, 1.3, 1.2, 1.2),
        grid=False,
        unruled_top=3,
        footer=("Gatu- och fastighetsnämnden", "Internkontroll 2023", "Sida {page} av {pages}"),
        hf_font=("Liberation Sans", 8.0),
        default_font=("Liberation Sans", 9.0),
    )
    return Report(sheet, ORGAN, 2023, "helår", TITLE, 22, 8, list(zip(HEADERS, FIELDS)))
