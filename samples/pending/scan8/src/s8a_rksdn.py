"""scan8 document A: Rinkeby-Kista stadsdelsnämnd, helår 2024 ("årsrapport"): a LibreOffice
Calc register printed on A4 portrait (Carlito 9 pt, every table cell bordered, light blue
header), six columns in the usual order, two rows of key figures above it ("Identifierade
risker 23" / "Varav i planen 8"), all on one page, **no quirk**. Scanned grey at 250 dpi."""

from producers.calc import Cell, CellStyle, Row, Sheet
from producers.calc_report import Report

F = "Carlito"
B = "0.5pt solid #000000"
P = 0.06  # cm between the text and the cell rules
STYLES = {
    "organ": CellStyle(F, 11, bold=True, wrap=False, hyphenate=False),
    "title": CellStyle(F, 15, bold=True, wrap=False, hyphenate=False),
    "prose": CellStyle(F, 10, align="justify"),
    "key": CellStyle(F, 10, wrap=False, hyphenate=False),
    "keyn": CellStyle(F, 10, bold=True, align="end", wrap=False, hyphenate=False),
    "head": CellStyle(F, 9, bold=True, bg="#dce6f1", border=B, padding=P),
    "headc": CellStyle(F, 9, bold=True, bg="#dce6f1", align="center", border=B, padding=P),
    "body": CellStyle(F, 9, border=B, align="justify", padding=P),
    "left": CellStyle(F, 9, border=B, padding=P),
    "num": CellStyle(F, 9, align="center", border=B, padding=P),
}

HEADERS = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Följer plan", "Kommentar"]
FIELDS = ["process", "risk", "risk_value", "controls", "follows_plan", "comment"]
WIDTHS = [2.5, 3.9, 1.45, 3.6, 1.45, 5.1]

RISKS = [
    ("Ekonomiskt bistånd",
     "Risk att ekonomiskt bistånd betalas ut utan att den sökandes inkomster och tillgångar "
     "har kontrollerats.", 12,
     "Stickprov på 30 beviljade ansökningar per tertial med kontroll av att inkomster och "
     "tillgångar har stämts av.", "Ja",
     "90 ärenden granskades. Avstämningen var dokumenterad i samtliga."),
    ("Barn och unga",
     "Risk att barnavårdsutredningar inte avslutas inom den lagstadgade tiden om fyra "
     "månader.", 12,
     "Månadsvis uppföljning av utredningstiderna i verksamhetssystemet.", "Delvis",
     "86 procent av utredningarna avslutades inom fyra månader. Beslut om förlängd "
     "utredningstid saknades i sex ärenden."),
    ("Hemtjänst",
     "Risk att utförd hemtjänsttid inte stämmer med beställd tid, så att brukaren får för "
     "lite hjälp eller utföraren för hög ersättning.", 9,
     "Jämförelse av beställd och utförd tid i tidsregistreringssystemet för 40 brukare.",
     "Ja",
     "Avvikelsen var under fem procent hos alla utförare. Två utförare har fått återkoppling."),
    ("Förskola",
     "Risk att barnomsorgsavgifter debiteras med fel belopp när vårdnadshavarnas "
     "inkomstuppgifter inte uppdateras.", 8,
     "Årlig inkomstkontroll mot Skatteverkets uppgifter för samtliga hushåll.", "Ja",
     "Inkomstkontrollen visade att 112 hushåll betalat för låg avgift. Efterdebitering har "
     "gjorts enligt taxan."),
    ("Feriejobb",
     "Risk att ungdomar med feriejobb får lön för timmar som inte har arbetats.", 8,
     "Avstämning av tidrapporter mot närvarolistor på tio arbetsplatser.", "Nej",
     "Närvarolistor saknades på fyra arbetsplatser, så avstämningen kunde inte göras fullt "
     "ut. Rutinen för närvaroregistrering ses över till sommaren 2025."),
    ("Föreningsbidrag",
     "Risk att lokala aktivitetsbidrag betalas ut till föreningar som inte uppfyller "
     "bidragsreglerna.", 9,
     "Granskning av ansökan och redovisning för alla föreningar som fått mer än 20 000 "
     "kronor.", "Ja",
     "Elva föreningar granskades utan anmärkning."),
    ("Leverantörsfakturor",
     "Risk att fakturor attesteras av en person som saknar behörighet enligt "
     "attestförteckningen.", 8,
     "Stickprov på 50 fakturor i ekonomisystemet jämförda med gällande attestförteckning.",
     "Delvis",
     "Två fakturor var attesterade av en vikarierande chef som inte fanns i förteckningen. "
     "Förteckningen uppdateras nu vid varje chefsbyte."),
    ("Informationssäkerhet",
     "Risk att medarbetare som slutat har kvar behörighet till socialtjänstens "
     "verksamhetssystem.", 12,
     "Kvartalsvis jämförelse av aktiva användarkonton med personalförteckningen.", "Ja",
     "Behörigheten avslutades i tid för alla 27 medarbetare som slutade under året."),
]

ORGAN = "Rinkeby-Kista stadsdelsnämnd"
TITLE = "Årsrapport 2024 – uppföljning av internkontrollplan"
PROSE = (
    "Stadsdelsnämnden följer i årsrapporten upp internkontrollplanen för 2024. Riskerna har "
    "bedömts efter sannolikhet och konsekvens på en skala från 1 till 4, och riskvärdet är "
    "produkten av dem. Risker med ett riskvärde på 8 eller mer ingår i planen med ett "
    "kontrollmoment. Fem kontroller följer planen, två följer den delvis och en följer den "
    "inte."
)


def rksdn2024() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(ORGAN, "organ", cols=n)], kind="title", height=0.65),
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=0.95),
        Row([Cell(PROSE, "prose", cols=n)], kind="note", height=1.95),
        Row([Cell("Identifierade risker", "key", cols=2), Cell(23, "keyn")], kind="note",
            height=0.5),
        Row([Cell("Varav i planen", "key", cols=2), Cell(8, "keyn")], kind="note",
            height=0.75),
        Row([Cell(h, "headc" if h == "Riskvärde" else "head") for h in HEADERS],
            kind="header"),
    ]
    for proc, risk, value, ctrl, fp, comment in RISKS:
        rows.append(Row([Cell(proc, "left"), Cell(risk), Cell(value, "num"), Cell(ctrl),
                         Cell(fp, "left"), Cell(comment)]))
    sheet = Sheet(
        name="rksdn2024_scan_250dpi_calc_plain_register.original",
        sheet_name="Internkontroll 2024",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(5, 6),
        page_w=21.0,
        page_h=29.7,
        margins=(1.6, 1.6, 1.5, 1.5),
        grid=False,
        unruled_top=5,
        footer=("Rinkeby-Kista stadsdelsnämnd", "Årsrapport 2024", "Sida {page} av {pages}"),
        hf_font=("Carlito", 8.5),
        default_font=("Carlito", 10.0),
    )
    return Report(sheet, ORGAN, 2024, "helår", TITLE, 23, 8, list(zip(HEADERS, FIELDS)))
