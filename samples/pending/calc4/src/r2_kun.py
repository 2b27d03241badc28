"""Report 2: two registers on one sheet. The critical risks (riskvärde 12 or higher) stand in a
first register under the heading "Kritiska risker"; under it a second register with its own
heading and its own header row holds the other risks the nämnd chose to follow up. Both are
risks of the plan and both give records, in sheet order; the Nr column ("K1" ..., "Ö1" ...)
tells the two apart."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "Liberation Serif"
H = "Liberation Sans"
B = "0.6pt solid #7030a0"
STYLES = {
    "organ": CellStyle(H, 9.5, color="#7030a0", wrap=False, hyphenate=False),
    "title": CellStyle(H, 14, bold=True, wrap=False, hyphenate=False),
    "prose": CellStyle(F, 10, align="justify"),
    "sect": CellStyle(H, 10.5, bold=True, color="#7030a0", valign="bottom", wrap=False,
                      hyphenate=False),
    "head": CellStyle(H, 8.5, bold=True, bg="#e6dcf0", valign="middle", border=B),
    "headc": CellStyle(H, 8.5, bold=True, bg="#e6dcf0", valign="middle", align="center", border=B),
    "body": CellStyle(F, 9, border=B),
    "nr": CellStyle(F, 9, bold=True, border=B),
    "num": CellStyle(F, 9, align="center", border=B),
}

HEADERS = ["Nr", "Process", "Risk", "Riskvärde", "Kontrollmoment", "Följer plan", "Kommentar"]
FIELDS = [None, "process", "risk", "risk_value", "controls", "follows_plan", "comment"]
WIDTHS = [0.9, 2.4, 3.9, 1.4, 3.6, 1.3, 4.2]

CRITICAL = [
    ("K1", "Föreningsbidrag",
     "Risk att föreningar får aktivitetsbidrag för deltagartillfällen som inte har ägt rum.", 16,
     "Stickprov på närvarokort hos tio föreningar som fått mer än 50 000 kronor i bidrag.",
     "Delvis",
     "Två föreningar kunde inte visa närvarokort för alla redovisade tillfällen. Bidraget för "
     "de tillfällena återkrävs och föreningarna har fått information om reglerna."),
    ("K2", "Fritidsgårdar",
     "Risk att personal på fritidsgårdarna inte har lämnat utdrag ur belastningsregistret före "
     "anställningen.", 12,
     "Genomgång av personakter för samtliga medarbetare som anställts under året.", "Ja",
     "Utdrag fanns för alla 14 nyanställda, även för timavlönade."),
    ("K3", "Kulturskolan",
     "Risk att avgifter för kulturskolan inte faktureras eller faktureras fel belopp.", 12,
     "Avstämning av inskrivna elever i elevregistret mot fakturerade avgifter för vår- och "
     "hösttermin.", "Ja",
     "Avstämningen stämde för båda terminerna efter rättelse av fyra syskonrabatter."),
    ("K4", "Upphandling",
     "Risk att köp av konsert- och scentekniska tjänster görs utan avtal och över "
     "direktupphandlingsgränsen.", 12,
     "Analys av leverantörsreskontran: samlade köp per leverantör och år jämförs med gränsen.",
     "Nej",
     "Köpen från en leverantör av ljud och ljus uppgick till 812 000 kronor utan avtal. En "
     "upphandling påbörjas under första kvartalet 2025."),
    ("K5", "Arbetsmiljö",
     "Risk att hot och våld mot personal vid evenemang inte rapporteras och följs upp.", 12,
     "Jämförelse av incidentrapporter i KIA med händelseloggar från väktarbolaget.", "Delvis",
     "Fem av åtta händelser i väktarnas loggar fanns rapporterade. Rutinen har förtydligats på "
     "arbetsplatsträffar."),
]
OTHER = [
    ("Ö1", "Bibliotek",
     "Risk att låneregistret innehåller personuppgifter om låntagare som inte har lånat på "
     "flera år.", 8,
     "Kontroll av att gallring av inaktiva låntagare görs enligt dokumenthanteringsplanen.",
     "Ja", "Gallringen kördes i mars och omfattade 3 214 låntagare."),
    ("Ö2", "Lokaluthyrning",
     "Risk att bokningar av idrottshallar debiteras med fel taxa.", 6,
     "Stickprov på 25 bokningar jämförs mot taxan som nämnden har beslutat.", "Ja",
     "Inga fel hittades."),
    ("Ö3", "Konstsamlingen",
     "Risk att konstverk som är utplacerade i kommunens lokaler försvinner utan att det "
     "upptäcks.", 6,
     "Inventering av konstverk i tre förvaltningars lokaler.", "Delvis",
     "Två grafiska blad saknades vid inventeringen. Polisanmälan är gjord."),
]

ORGAN = "Kultur- och ungdomsnämnden"
TITLE = "Uppföljning av internkontrollplan 2024 – helår"
PROSE = (
    "Nämnden gjorde i september 2023 en riskanalys där 23 risker bedömdes. Fem av dem har ett "
    "riskvärde på 12 eller högre och är kritiska; de redovisas i tabell 1. Därutöver har nämnden "
    "valt att följa upp tre risker med lägre riskvärde, som redovisas i tabell 2. Uppföljningen "
    "avser hela året 2024."
)


def register(rows: list, heading: str, items: list) -> None:
    rows.append(Row([Cell(heading, "sect", cols=len(HEADERS))], kind="title", height=0.8))
    rows.append(Row([Cell(h, "headc" if h in ("Riskvärde", "Följer plan") else "head")
                     for h in HEADERS], kind="header"))
    for nr, proc, risk, rv, ctrl, fp, com in items:
        rows.append(Row([Cell(nr, "nr"), Cell(proc), Cell(risk), Cell(rv, "num"), Cell(ctrl),
                         Cell(fp, "num"), Cell(com)]))


def report() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(ORGAN, "organ", cols=n)], kind="title", height=0.55),
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=0.85),
        Row([Cell(PROSE, "prose", cols=n)], kind="note"),
    ]
    register(rows, "Tabell 1. Kritiska risker", CRITICAL)
    register(rows, "Tabell 2. Övriga risker i internkontrollplanen", OTHER)
    sheet = Sheet(
        name="kun2024_calc_two_registers_one_sheet",
        sheet_name="Internkontroll 2024",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(0, 0),
        margins=(1.8, 1.5, 1.6, 1.6),
        grid=False,
        footer=("Kultur- och ungdomsförvaltningen", "", "{page} ({pages})"),
        hf_font=(H, 7.5),
        default_font=(F, 9.0),
    )
    cols = [(i, h, f) for i, (h, f) in enumerate(zip(HEADERS, FIELDS))]
    return Report(sheet, ORGAN, 2024, "helår", TITLE, 23, 5, cols)
