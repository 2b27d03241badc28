"""scan9 document C: Social- och familjenämnden, helår 2023 ("Bokslut 2023" in the title): a
LibreOffice Calc register printed on A4 portrait (Liberation Sans 8.5 pt, every table cell
bordered, light green header), six columns in the usual order; the one quirk: **the process
typed only in the first row of its group**, the process cells of the rows below left empty
(bordered, not merged), as a register's author types it. Counts in number words with
"väsentliga": "omfattar tjugosex risker, varav åtta bedöms som väsentliga". Scanned grey at
200 dpi."""

from producers.calc import Cell, CellStyle, Row, Sheet
from producers.calc_report import Report

F = "Liberation Sans"
B = "0.5pt solid #000000"
P = 0.06  # cm between the text and the cell rules
STYLES = {
    "organ": CellStyle(F, 10, bold=True, wrap=False, hyphenate=False),
    "title": CellStyle(F, 14, bold=True, wrap=False, hyphenate=False),
    "prose": CellStyle(F, 9.5, align="justify"),
    "head": CellStyle(F, 8.5, bold=True, bg="#e2efda", border=B, padding=P),
    "headc": CellStyle(F, 8.5, bold=True, bg="#e2efda", align="center", border=B, padding=P),
    "body": CellStyle(F, 8.5, border=B, align="justify", padding=P),
    "left": CellStyle(F, 8.5, border=B, padding=P),
    "num": CellStyle(F, 8.5, align="center", border=B, padding=P),
}

HEADERS = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Följer plan", "Kommentar"]
FIELDS = ["process", "risk", "risk_value", "controls", "follows_plan", "comment"]
WIDTHS = [2.4, 3.9, 1.4, 3.6, 1.4, 5.1]

#: (process, or None where the author left the cell empty under the group's first row; risk,
#: value, control, answer, comment)
RISKS = [
    ("Ekonomiskt bistånd",
     "Risk att bistånd betalas ut till sökande som har inkomster eller tillgångar som inte "
     "har redovisats.", 12,
     "Stickprov på 30 ärenden per kvartal med kontroll av inkomstuppgifter via SSBTEK.",
     "Ja",
     "120 ärenden granskades. I två ärenden upptäcktes inkomster som inte redovisats, och "
     "återkrav har beslutats."),
    (None,
     "Risk att utbetalningar görs till fel kontonummer efter att den sökande har bytt bank.",
     8,
     "Kontroll av att varje ändring av kontonummer har verifierats av en andra handläggare.",
     "Delvis",
     "Verifiering saknades för 6 av 48 ändringar. Sedan november kräver systemet två "
     "personers godkännande av en ändring."),
    (None,
     "Risk att handläggningstiden för nyansökningar blir längre än fyra veckor.", 9,
     "Månatlig uppföljning av handläggningstiden för nyansökningar.", "Ja",
     "Den genomsnittliga handläggningstiden var 17 dagar. Inget ärende tog längre tid än "
     "fyra veckor."),
    ("Barn och unga",
     "Risk att barnavårdsutredningar enligt 11 kap. 2 § socialtjänstlagen inte avslutas "
     "inom fyra månader.", 12,
     "Månatlig uppföljning av utredningstiderna i verksamhetssystemet.", "Delvis",
     "83 procent av utredningarna avslutades inom fyra månader. I de flesta övriga ärenden "
     "fanns ett beslut om förlängd utredningstid."),
    (None,
     "Risk att placerade barn inte får de lagstadgade besöken av sin socialsekreterare.",
     12,
     "Journalgranskning av 20 barn i familjehem och på hem för vård eller boende.", "Ja",
     "Besöken var genomförda och dokumenterade för alla 20 barn."),
    ("Missbruk och beroende",
     "Risk att kostnaderna för externa placeringar inom missbruksvården inte stäms av mot "
     "gällande avtal.", 9,
     "Avstämning av fakturor för externa placeringar mot avtalade dygnspriser.", "Nej",
     "Fakturor från två leverantörer avvek från avtalen med sammanlagt 214 000 kronor. "
     "Återbetalning har begärts och avstämningen görs nu varje månad."),
    ("Administration",
     "Risk att leverantörsfakturor attesteras av en person som saknar behörighet enligt "
     "attestförteckningen.", 8,
     "Stickprov på 40 leverantörsfakturor i ekonomisystemet.", "Ja",
     "Alla fakturor var attesterade av behörig person."),
    (None,
     "Risk att allmänna handlingar med uppgifter som omfattas av sekretess lämnas ut utan "
     "sekretessprövning.", 8,
     "Genomgång av samtliga utlämnanden av akter under året.", "Ja",
     "Sekretessprövningen var dokumenterad i alla 63 utlämnanden."),
]

ORGAN = "Social- och familjenämnden"
TITLE = "Bokslut 2023 – uppföljning av internkontrollplan"
PROSE = (
    "Nämnden följer i bokslutet upp internkontrollplanen för 2023. Riskanalysen för 2023 "
    "omfattar tjugosex risker, varav åtta bedöms som väsentliga och ingår i planen med ett "
    "kontrollmoment. Riskvärdet är sannolikhet gånger konsekvens, båda bedömda på en skala "
    "från 1 till 4. Fem kontroller följer planen, två följer den delvis och en följer den "
    "inte."
)


def sofn2023() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(ORGAN, "organ", cols=n)], kind="title", height=0.6),
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=0.9),
        Row([Cell(PROSE, "prose", cols=n)], kind="note", height=1.9),
        Row([Cell(h, "headc" if h == "Riskvärde" else "head") for h in HEADERS],
            kind="header"),
    ]
    group = None
    for proc, risk, value, ctrl, fp, comment in RISKS:
        # the process of an empty cell is the group's, as printed in the first row above it
        group = proc or group
        rows.append(Row([Cell(proc, "left"), Cell(risk), Cell(value, "num"), Cell(ctrl),
                         Cell(fp, "left"), Cell(comment)],
                        risk=None if proc else {"process": group}))
    sheet = Sheet(
        name="sofn2023_scan_200dpi_calc_blank_process_cells.original",
        sheet_name="Internkontroll 2023",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(3, 4),
        page_w=21.0,
        page_h=29.7,
        margins=(1.7, 1.6, 1.6, 1.6),
        grid=False,
        unruled_top=3,
        footer=("Social- och familjenämnden", "Bokslut 2023", "Sida {page} av {pages}"),
        hf_font=("Liberation Sans", 8.0),
        default_font=("Liberation Sans", 9.5),
    )
    return Report(sheet, ORGAN, 2023, "helår", TITLE, 26, 8, list(zip(HEADERS, FIELDS)))
