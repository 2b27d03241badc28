"""Report 4: the follow-up answers written in lower case ("ja", "nej", "delvis"), as typed
into the sheet, and a date column "Genomförd datum". A4 portrait, Liberation Sans 9 pt,
printed grid, one page."""

from producers import calc_report
from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

# The kit maps the printed answers "Ja"/"Nej"/"Delvis"; this sheet types them in lower case.
# An answer's case does not change what it says: the lower-case forms map to the same values.
for _word in ("Ja", "Nej", "Delvis"):
    calc_report.FOLLOWS.setdefault(_word.lower(), _word)

F = "Liberation Sans"
STYLES = {
    "organ": CellStyle(F, 10, bold=True, wrap=False, hyphenate=False),
    "title": CellStyle(F, 13, bold=True, color="#2f5496", wrap=False, hyphenate=False),
    "prose": CellStyle(F, 9.5, align="justify"),
    "head": CellStyle(F, 9, bold=True, bg="#ededed", valign="bottom"),
    "headc": CellStyle(F, 9, bold=True, bg="#ededed", valign="bottom", align="center"),
    "body": CellStyle(F, 9),
    "num": CellStyle(F, 9, align="center"),
}

HEADERS = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
           "Genomförd datum", "Följer plan", "Kommentar"]
FIELDS = ["process", "risk", "probability", "consequence", "risk_value", "controls", None,
          "follows_plan", "comment"]
WIDTHS = [2.0, 3.2, 1.3, 1.3, 1.2, 3.0, 2.0, 1.1, 2.8]

RISKS = [
    ("Gata och trafik",
     "Risk att schaktarbeten i gatumark utförs utan grävtillstånd, vilket kan skada "
     "ledningar och ge bristande återställning.", 3, 3,
     "Jämförelse av pågående schakter vid två stickprovsdagar mot beviljade tillstånd.",
     "2024-05-14", "delvis",
     "Två av 17 schakter saknade tillstånd. Entreprenörerna har fakturerats "
     "sanktionsavgift."),
    ("Gata och trafik",
     "Risk att vinterväghållningen inte utförs enligt avtalad standard.", 3, 4,
     "Uppföljning av entreprenörens körjournaler mot snöfall enligt väderdata.",
     "2024-03-28", "ja",
     "Plogning påbörjades inom avtalad tid vid samtliga snöfall."),
    ("Idrottsanläggningar",
     "Risk att tillsyn av badvatten i simhallen inte sker enligt egenkontrollprogrammet.",
     2, 4, "Granskning av provtagningsprotokoll för första halvåret.", "2024-08-20", "ja",
     "Alla prover togs enligt programmet. Ett prov visade förhöjt kloratvärde och "
     "åtgärdades samma vecka."),
    ("Idrottsanläggningar",
     "Risk att föreningar får nycklar och passerkort till anläggningar utan att det "
     "registreras.", 3, 3,
     "Inventering av utlämnade passerkort mot registret.", "2024-10-02", "nej",
     "42 aktiva passerkort saknade registrerad innehavare. Korten har spärrats och "
     "föreningarna har fått kvittera nya."),
    ("Fritidsverksamhet",
     "Risk att kommunens bidrag till lovaktiviteter används till annat än avsett.", 2, 3,
     "Kontroll av redovisningar från arrangörer av sommarlovsaktiviteter.", "2024-09-16",
     "ja", "Samtliga arrangörer redovisade enligt villkoren."),
    ("Fordon och maskiner",
     "Risk att drivmedelskort används för privata tankningar.", 2, 4,
     "Genomgång av tankningar per kort och fordon under ett kvartal.", "2024-06-11", "ja",
     "Inga avvikande tankningar."),
    ("Upphandling",
     "Risk att avrop från ramavtal för entreprenadmaskiner inte görs i "
     "rangordning.", 3, 3,
     "Stickprov på 20 avrop mot avtalets rangordning.", "2024-11-05", "delvis",
     "I fyra avrop hoppades förste leverantör över utan dokumenterat skäl."),
    ("Arbetsmiljö",
     "Risk för olyckor vid arbete på väg på grund av bristande trafikanordningsplaner.", 3,
     4, "Kontroll av trafikanordningsplaner vid tio arbetsplatser.", "2024-07-03", "ja",
     "Godkänd plan fanns på samtliga arbetsplatser."),
    ("Ekonomi",
     "Risk att intäkter för uthyrning av torgplatser inte faktureras.", 2, 3,
     "Avstämning av torgplatsregistret mot utställda fakturor.", "2024-12-10", "nej",
     "Fakturering saknades för elva torgplatser under hösten. Beloppen har fakturerats i "
     "efterhand och rutinen har ändrats."),
    ("Informationshantering",
     "Risk att allmänna handlingar i projekt inte diarieförs.", 3, 2,
     "Granskning av diarieföring i tre investeringsprojekt.", "2024-12-12", "ja",
     "Beslut och avtal fanns diarieförda i alla tre projekten."),
]

ORGAN = "Teknik- och fritidsnämnden"
TITLE = "Helårsuppföljning av internkontrollplan 2024"
PROSE = (
    "Antal inventerade risker: 31. Antal kritiska risker som ingått i årets kontroller: 10. "
    "Uppföljningen avser helåret 2024 och redovisas för nämnden i februari 2025."
)


def report() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(ORGAN, "organ", cols=n)], kind="title", height=0.6),
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=0.85),
        Row([Cell(PROSE, "prose", cols=n)], kind="note", height=1.0),
        Row([Cell(h, "headc" if f in ("probability", "consequence", "risk_value",
                                          "follows_plan") or h.startswith("Genomförd")
                  else "head")
             for h, f in zip(HEADERS, FIELDS)], kind="header"),
    ]
    for proc, risk, s, k, ctrl, day, fp, com in RISKS:
        rows.append(Row([Cell(proc), Cell(risk), Cell(s, "num"), Cell(k, "num"),
                         Cell(s * k, "num"), Cell(ctrl), Cell(day, "num"), Cell(fp, "num"),
                         Cell(com)]))
    sheet = Sheet(
        name="tfn2024_calc_lower_case_answers_done_date",
        sheet_name="Uppföljning 2024",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(3, 4),
        page_w=21.0,
        page_h=29.7,
        margins=(1.6, 1.6, 1.5, 1.5),
        grid=True,
        footer=("Teknik- och fritidsförvaltningen", "Internkontroll 2024", "Sida {page}"),
        hf_font=(F, 7.5),
        default_font=(F, 9.5),
    )
    cols = [(i, h, f) for i, (h, f) in enumerate(zip(HEADERS, FIELDS))]
    return Report(sheet, ORGAN, 2024, "helår", TITLE, 31, 10, cols)
