"""Report 2: a "Nr" column numbering the risks per process (1.1, 1.2, 2.1, ...), the process
cell spanning its risks' rows, and a "Kontrollmetod" column. A4 portrait, DejaVu Sans 8 pt,
tertial report."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "DejaVu Sans"
STYLES = {
    "organ": CellStyle(F, 9, bold=True, color="#1f3864", wrap=False, hyphenate=False),
    "title": CellStyle(F, 13, bold=True, color="#1f3864", wrap=False, hyphenate=False),
    "prose": CellStyle(F, 8.5, align="justify"),
    "head": CellStyle(F, 8, bold=True, bg="#d9e1f2", valign="bottom"),
    "headc": CellStyle(F, 8, bold=True, bg="#d9e1f2", valign="bottom", align="center"),
    "body": CellStyle(F, 8),
    "proc": CellStyle(F, 8, bold=True),
    "num": CellStyle(F, 8, align="center"),
}

HEADERS = ["Nr", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Sannolikhet",
           "Konsekvens", "Riskvärde", "Följer plan", "Kommentar"]
FIELDS = [None, "process", "risk", "controls", None, "probability", "consequence",
          "risk_value", "follows_plan", "comment"]
WIDTHS = [0.8, 2.0, 3.2, 2.8, 1.8, 1.3, 1.3, 1.1, 1.1, 2.5]

# (process, [(nr, risk, control, method, S, K, follows plan, comment)])
PROCESSES = [
    ("Skolpliktsbevakning", [
        ("1.1", "Risk att elever med hög frånvaro inte uppmärksammas och att vårdnadshavare "
         "inte kontaktas.", "Kontroll att frånvaroutredning har inletts för elever med mer än "
         "15 procent frånvaro.", "Registeruttag ur elevregistret", 3, 4, "Delvis",
         "Utredning var inledd för 34 av 41 elever. För sju elever hade rektor inte fattat "
         "beslut om utredning."),
        ("1.2", "Risk att elever som flyttar till kommunen inte skrivs in i skolan.",
         "Avstämning av folkbokföringen mot elevregistret.", "Jämförelse av register",
         2, 4, "Ja", "Samtliga inflyttade barn i skolpliktig ålder var placerade."),
    ]),
    ("Elevhälsa", [
        ("2.1", "Risk att journaler i elevhälsans medicinska insats förs bristfälligt.",
         "Granskning av 20 journaler hos skolsköterskor.", "Stickprov", 2, 4, "Ja",
         "Journalföringen bedömdes som god. Signering saknades i en journal."),
    ]),
    ("Skolskjuts", [
        ("3.1", "Risk att skolskjuts beviljas utan att eleven uppfyller kriterierna i "
         "riktlinjerna.", "Stickprov på 25 beslut om skolskjuts.", "Stickprov", 3, 3, "Ja",
         "Alla granskade beslut var förenliga med riktlinjerna."),
        ("3.2", "Risk att avvikelser i skolskjutstrafiken inte rapporteras till "
         "förvaltningen.", "Genomgång av trafikföretagets avvikelserapporter.",
         "Dokumentgranskning", 3, 3, "Nej",
         "Rapporter saknades för februari och mars. Frågan har tagits upp på avtalsmötet "
         "med entreprenören."),
    ]),
    ("Informationssäkerhet", [
        ("4.1", "Risk att behörigheter i lärplattformen inte tas bort när personal slutar.",
         "Jämförelse av aktiva konton mot personalsystemets avslutade anställningar.",
         "Registeruttag", 3, 4, "Delvis",
         "Nio konton tillhörde personer som slutat. Kontona har stängts och rutinen vid "
         "avslut har kompletterats."),
    ]),
    ("Ekonomi", [
        ("5.1", "Risk att interkommunala ersättningar faktureras med fel belopp.",
         "Kontroll av fakturerade belopp mot beslutat grundbelopp.", "Stickprov", 3, 3,
         "Ja", "Inga felaktigheter i de tolv kontrollerade fakturorna."),
        ("5.2", "Risk att representation inte dokumenteras med syfte och deltagare.",
         "Granskning av samtliga representationsfakturor under tertialet.",
         "Dokumentgranskning", 2, 3, "Delvis",
         "Deltagarförteckning saknades på fyra av 18 fakturor."),
    ]),
]

ORGAN = "Barn- och utbildningsnämnden"
TITLE = "Uppföljning av internkontrollplan 2024 – tertial 1"
PROSE = (
    "Av de 19 risker som nämnden inventerade inför 2024 bedömdes åtta som kritiska. "
    "Kontrollerna redovisas nedan per process och numreras per process. Kontroller som görs "
    "senare under året redovisas i tertial 2 och i årsrapporten."
)


def report() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(ORGAN, "organ", cols=n)], kind="title", height=0.55),
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=0.8),
        Row([Cell(PROSE, "prose", cols=n)], kind="note", height=1.0),
        Row([Cell(h, "headc" if f in ("probability", "consequence", "risk_value",
                                          "follows_plan") else "head")
             for h, f in zip(HEADERS, FIELDS)], kind="header"),
    ]
    for proc, items in PROCESSES:
        for i, (nr, risk, ctrl, meth, s, k, fp, com) in enumerate(items):
            first = Cell(proc, "proc", rows=len(items)) if i == 0 else None
            cells = [Cell(nr, "num"), first, Cell(risk), Cell(ctrl), Cell(meth),
                     Cell(s, "num"), Cell(k, "num"), Cell(s * k, "num"), Cell(fp, "num"),
                     Cell(com)]
            if first is None:
                cells = [c for j, c in enumerate(cells) if j != 1]
            rows.append(Row(cells))
    sheet = Sheet(
        name="bun2024_calc_numbered_per_process_method",
        sheet_name="Tertial 1",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(3, 4),
        page_w=21.0,
        page_h=29.7,
        margins=(2.0, 2.0, 1.5, 1.5),
        grid=True,
        header=("", "", "Dnr BUN 2024/118"),
        footer=("", "Sida {page}", ""),
        hf_font=(F, 7.0),
        default_font=(F, 8.0),
    )
    cols = [(i, h, f) for i, (h, f) in enumerate(zip(HEADERS, FIELDS))]
    return Report(sheet, ORGAN, 2024, "tertial", TITLE, 19, 8, cols)
