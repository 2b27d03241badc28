"""Report 3: one comment written for two risks. Where two controls were made on the same
sample, the controller merged the Kommentar cells of the two risk rows into one cell (twice:
försörjningsstöd, and vuxenutbildningen); every other cell of those rows is the row's own.
Calc's optimal row height does not see a merged cell's text, so the second row of each pair
has a height set by hand. A4 portrait, Liberation Serif 9.5 pt, every register cell
bordered, one page. Period "helårsuppföljning" in the title; counts in the prose as "Nio av
dessa ... väsentliga". Nine risks."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "Liberation Serif"
LINE = "0.75pt solid #404040"
STYLES = {
    "organ": CellStyle(F, 11, italic=True, wrap=False, hyphenate=False),
    "title": CellStyle(F, 15, bold=True, color="#843c0c", wrap=False, hyphenate=False),
    "prose": CellStyle(F, 10, align="justify"),
    "head": CellStyle(F, 9.5, bold=True, bg="#f8cbad", valign="middle", border=LINE),
    "headc": CellStyle(F, 9.5, bold=True, bg="#f8cbad", valign="middle", align="center",
                       border=LINE),
    "body": CellStyle(F, 9.5, border=LINE),
    "num": CellStyle(F, 9.5, align="center", border=LINE),
    "answer": CellStyle(F, 9.5, align="center", hyphenate=False, border=LINE),
}

HEADERS = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Kontrollansvarig",
           "Följer plan", "Kommentar"]
FIELDS = ["process", "risk", "risk_value", "controls", None, "follows_plan", "comment"]
WIDTHS = [2.3, 3.7, 1.45, 3.6, 2.3, 1.3, 3.65]

# (process, risk, risk value, control, responsible, follows plan, comment); a comment None
# is covered by the merged comment of the row above (MERGED gives the first row's index)
RISKS = [
    ("Arbetsmarknadsinsatser",
     "Risk att deltagare i arbetsmarknadsinsatser saknar en individuell handlingsplan.", 12,
     "Stickprov på 25 deltagarakter per halvår.",
     "Enhetschef jobbtorg", "Delvis",
     "Handlingsplan saknades för sex av 50 deltagare, samtliga inskrivna under sommaren. "
     "Planerna är nu upprättade."),
    ("Arbetsmarknadsinsatser",
     "Risk att lönebidrag och anställningsstöd betalas ut för fler timmar än deltagaren "
     "har arbetat.", 9,
     "Avstämning av tidrapporter mot utbetalda lönekostnadsbidrag, tio arbetsgivare per "
     "kvartal.",
     "Ekonom", "Ja",
     "Tidrapporterna stämde mot utbetalningarna hos samtliga 40 arbetsgivare."),
    ("Försörjningsstöd",
     "Risk att försörjningsstöd betalas ut felaktigt på grund av ofullständiga "
     "inkomstuppgifter.", 12,
     "Kontroll av 40 slumpvis valda utbetalningar mot underlag och SSBTEK-förfrågan.",
     "Enhetschef försörjningsstöd", "Ja",
     "Båda kontrollerna gjordes på samma urval om 40 ärenden i oktober. Underlag och "
     "inkomstuppgifter fanns i alla ärenden. Beslut om återkrav var fattade i två av tre "
     "ärenden med konstaterad felaktig utbetalning; det tredje beslutet fattades i "
     "november."),
    ("Försörjningsstöd",
     "Risk att återkrav av felaktigt utbetalt försörjningsstöd inte utreds och beslutas.",
     8,
     "Genomgång av ärenden med konstaterad felaktig utbetalning i samma urval.",
     "Enhetschef försörjningsstöd", "Delvis",
     None),
    ("Vuxenutbildning",
     "Risk att studerande på kommunal vuxenutbildning saknar en individuell studieplan.",
     9,
     "Stickprov på 30 studerande per termin i elevregistret.",
     "Rektor vuxenutbildning", "Ja",
     "Kontrollerna gjordes på samma stickprov om 30 studerande per termin. Studieplaner "
     "fanns för alla. Betygen hade registrerats i tid för 57 av 60 kurser; för tre kurser "
     "hos en extern utbildningsanordnare registrerades de fem veckor för sent."),
    ("Vuxenutbildning",
     "Risk att betyg från externa utbildningsanordnare inte registreras i tid.", 8,
     "Kontroll av registreringsdatum för betyg i samma stickprov.",
     "Rektor vuxenutbildning", "Nej",
     None),
    ("Näringslivsservice",
     "Risk att handläggningstiden för serveringstillstånd överstiger den utlovade "
     "servicenivån.", 8,
     "Uppföljning av handläggningstid per ärende i ärendehanteringssystemet två gånger per "
     "år.",
     "Tillståndshandläggare", "Ja",
     "Medianhandläggningstiden var 41 dagar mot utlovade 60 dagar."),
    ("Upphandling",
     "Risk att direktupphandlingar över 100 000 kronor inte dokumenteras enligt "
     "riktlinjerna.", 9,
     "Genomgång av leverantörsreskontran för inköp över 100 000 kronor utan avtal.",
     "Controller", "Delvis",
     "Dokumentation saknades för två av elva direktupphandlingar. Berörda chefer har fått "
     "information om riktlinjerna."),
    ("Informationssäkerhet",
     "Risk att personuppgifter om deltagare skickas med okrypterad e-post till externa "
     "aktörer.", 12,
     "Stickprov på e-post från två enheter och intervjuer med handläggare.",
     "Informationssäkerhetssamordnare", "Ja",
     "Ingen okrypterad e-post med personuppgifter hittades i stickprovet. Säker e-post "
     "används sedan mars."),
]

#: explicit heights (cm) of the second row of each merged pair
SECOND_ROW = {3: 3.0, 5: 3.0}

ORGAN = "Arbets- och företagsnämnden"
TITLE = "Helårsuppföljning av internkontrollplan 2024"
PROSE = [
    "Under 2024 har nämnden inventerat 27 risker i sin riskanalys. Nio av dessa har bedömts "
    "som väsentliga och ingår i internkontrollplanen, som nämnden antog den 24 januari "
    "2024.",
    "Där två kontrollmoment har gjorts på samma urval redovisas en gemensam kommentar för "
    "båda riskerna.",
]


def report() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(ORGAN, "organ", cols=n)], kind="title", height=0.65),
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=0.9),
        Row([Cell(PROSE, "prose", cols=n)], kind="note", height=2.0),
        Row([None] * n, kind="blank", height=0.3),
        Row([Cell(h, "headc" if f in ("risk_value", "follows_plan") else "head")
             for h, f in zip(HEADERS, FIELDS)], kind="header"),
    ]
    for i, (proc, risk, value, ctrl, who, fp, com) in enumerate(RISKS):
        cells = [Cell(proc), Cell(risk), Cell(value, "num"), Cell(ctrl), Cell(who),
                 Cell(fp, "answer")]
        if com is not None:
            merged = i + 1 < len(RISKS) and RISKS[i + 1][6] is None
            cells.append(Cell(com, rows=2 if merged else 1))
        # Calc's optimal row height does not see a merged cell's text: the controller made
        # the second row of each pair taller by hand so that the whole comment shows
        rows.append(Row(cells, height=SECOND_ROW.get(i)))
    sheet = Sheet(
        name="arbf2024_calc_comment_merged_over_two_risks",
        sheet_name="Internkontroll 2024",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(4, 5),
        page_w=21.0,
        page_h=29.7,
        margins=(1.8, 1.6, 1.35, 1.35),
        grid=False,
        header=("", "", "Arbets- och företagsförvaltningen"),
        footer=("Helårsuppföljning 2024", "", "Sida {page} av {pages}"),
        hf_font=(F, 8.0),
        default_font=(F, 9.5),
    )
    cols = [(i, h, f) for i, (h, f) in enumerate(zip(HEADERS, FIELDS))]
    return Report(sheet, ORGAN, 2024, "helår", TITLE, 27, 9, cols, carry_merged=True)
