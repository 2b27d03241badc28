"""Report 2: the follow-up answered with a mark. The header has two levels: "Följer plan"
merged over three narrow columns "Ja", "Delvis" and "Nej", and the controller types an "X" in
the one that applies (as in a paper form kept in a spreadsheet); every other header cell is
merged down over both header rows. A4 landscape, Liberation Sans 8.5 pt, Calc's printed grid.
Period "tertial 2" spelled out in the title; the counts in the heading row over the register
("... de 9 kritiska riskerna (av 21 inventerade)"). Nine risks, two pages."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "Liberation Sans"
STYLES = {
    "organ": CellStyle(F, 10, color="#375623", wrap=False, hyphenate=False),
    "title": CellStyle(F, 15, bold=True, color="#375623", wrap=False, hyphenate=False),
    "prose": CellStyle(F, 9),
    "heading": CellStyle(F, 10, bold=True, valign="bottom", wrap=False, hyphenate=False),
    "head": CellStyle(F, 8.5, bold=True, bg="#e2efda", valign="bottom"),
    "headc": CellStyle(F, 8.5, bold=True, bg="#e2efda", valign="bottom", align="center"),
    "group": CellStyle(F, 8.5, bold=True, bg="#c6e0b4", valign="middle", align="center",
                       hyphenate=False),
    "body": CellStyle(F, 9),
    "num": CellStyle(F, 9, align="center"),
    "mark": CellStyle(F, 9, bold=True, align="center", hyphenate=False),
}

# sheet columns: the three answer columns 7, 8, 9 under the group header "Följer plan"
HEADERS = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
           "Kontrollansvarig"]
FIELDS = ["process", "risk", "probability", "consequence", "risk_value", "controls", None]
ANSWERS = ["Ja", "Delvis", "Nej"]
WIDTHS = [2.6, 4.6, 1.65, 1.65, 1.45, 4.4, 2.5, 0.85, 1.1, 0.85, 5.35]

# (process, risk, S, K, control, responsible, the answer marked, comment)
RISKS = [
    ("Livsmedelskontroll",
     "Risk att livsmedelsanläggningar i de högsta riskklasserna inte kontrolleras med den "
     "frekvens som kontrollplanen anger.", 3, 4,
     "Uppföljning per tertial av utförda kontroller mot kontrollplanen, per riskklass.",
     "Enhetschef livsmedel", "Delvis",
     "67 av 94 planerade kontroller i riskklass 1 och 2 var gjorda efter augusti. En "
     "livsmedelsinspektör har varit sjukskriven; kontrollerna tas igen under hösten."),
    ("Vatten och avlopp",
     "Risk att dricksvattenprover inte tas enligt undersökningsprogrammet för vattenverken.",
     2, 4,
     "Jämförelse av provtagningsprotokoll och laboratoriesvar mot undersökningsprogrammet.",
     "Driftchef VA", "Ja",
     "Alla 112 planerade prover är tagna. Inga prover har bedömts som otjänliga."),
    ("Miljötillsyn",
     "Risk att årliga tillsynsavgifter inte debiteras för verksamheter som har registrerats "
     "under året.", 3, 3,
     "Avstämning av verksamhetsregistret mot debiterade årsavgifter per tertial.",
     "Miljöhandläggare", "Ja",
     "Alla 23 nya verksamheter hade debiterats årsavgift."),
    ("Gata och trafik",
     "Risk att vinterväghållningen inte utförs enligt avtalade insatstider.", 3, 3,
     "Genomgång av entreprenörens GPS-loggar för tio snöfall jämfört med avtalets "
     "insatstider.",
     "Gatuingenjör", "Nej",
     "Insatstiden överskreds vid fyra av tio snöfall. Vite har tagits ut enligt avtalet "
     "och ett uppföljningsmöte hölls med entreprenören i april."),
    ("Avfall",
     "Risk att renhållningsavgifter inte debiteras fastigheter som har fått abonnemang "
     "under året.", 2, 3,
     "Avstämning av kundregistret mot nya bygglov och lantmäteriets registerändringar.",
     "Kundtjänstansvarig", "Ja",
     "Avstämningen gjordes i mars och i juli utan avvikelser."),
    ("Parkering",
     "Risk att makulerade kontrollavgifter saknar motivering och beslut av behörig "
     "person.", 3, 3,
     "Stickprov på 30 makulerade kontrollavgifter per tertial.",
     "Parkeringshandläggare", "Delvis",
     "Motivering saknades i fem av 60 makuleringar. Rutinen har förtydligats och "
     "makulering kräver nu två personers godkännande i systemet."),
    ("Arbetsmiljö",
     "Risk att personal i gatu- och parkdriften arbetar ensam i riskfyllda moment utan "
     "fungerande larmrutin.", 2, 4,
     "Genomgång av riskbedömningar för ensamarbete och kontroll av larmutrustningen i "
     "fordonen.",
     "Driftchef gata och park", "Nej",
     "Riskbedömning för ensamarbete saknades för nattberedskapen och larmutrustning saknades "
     "i två fordon. Utrustningen är beställd och riskbedömningen görs i september."),
    ("Ekonomi",
     "Risk att investeringsprojekt överskrider budget utan att nämnden informeras.", 3, 4,
     "Månadsvis prognos per investeringsprojekt med avvikelser över tio procent "
     "rapporterade till nämnden.",
     "Controller", "Ja",
     "Två projekt med prognostiserad avvikelse har rapporterats till nämnden i maj och "
     "juni."),
    ("Fordon och drivmedel",
     "Risk att drivmedelskort används för tankning av privata fordon.", 2, 4,
     "Stickprov på två månaders drivmedelstransaktioner jämförda med fordonens "
     "körjournaler.",
     "Fordonssamordnare", "Ja",
     "Transaktionerna stämde mot körjournalerna. Två kort som inte använts på ett år har "
     "spärrats."),
]

ORGAN = "Miljö- och tekniknämnden"
TITLE = "Uppföljning av internkontrollplan, tertial 2 2025"
PROSE = (
    "Uppföljningen omfattar januari–augusti 2025. Den som utfört kontrollen har markerat med "
    "X om kontrollen har följt planen, delvis följt planen eller inte följt planen. "
    "Riskvärdet är sannolikhet × konsekvens, båda bedömda på skalan 1–4."
)
HEADING = "Kontrollresultat för de 9 kritiska riskerna (av 21 inventerade)"


def report() -> Report:
    n = len(WIDTHS)
    h1 = [Cell(h, "headc" if f in ("probability", "consequence", "risk_value") else "head",
               rows=2) for h, f in zip(HEADERS, FIELDS)]
    h1 += [Cell("Följer plan", "group", cols=3), Cell("Kommentar", "head", rows=2)]
    rows = [
        Row([Cell(ORGAN, "organ", cols=n)], kind="title", height=0.6),
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=0.9),
        Row([Cell(PROSE, "prose", cols=n)], kind="note", height=0.95),
        Row([Cell(HEADING, "heading", cols=n)], kind="note", height=0.75),
        Row(h1, kind="header"),
        Row([Cell(a, "headc") for a in ANSWERS], kind="header"),
    ]
    for proc, risk, s, k, ctrl, who, ans, com in RISKS:
        marks = [Cell("X" if a == ans else None, "mark") for a in ANSWERS]
        rows.append(Row([Cell(proc), Cell(risk), Cell(s, "num"), Cell(k, "num"),
                         Cell(s * k, "num"), Cell(ctrl), Cell(who), *marks, Cell(com)]))
    sheet = Sheet(
        name="mtekn2025_calc_x_marks_answer_columns",
        sheet_name="IKP T2 2025",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(4, 6),
        page_w=29.7,
        page_h=21.0,
        margins=(1.4, 1.3, 1.3, 1.3),
        grid=True,
        header=("Miljö- och teknikförvaltningen", "", "Dnr MTN 2025/0214"),
        footer=("", "Sida {page} av {pages}", ""),
        hf_font=(F, 7.5),
        default_font=(F, 8.5),
    )
    cols = [(i, h, f) for i, (h, f) in enumerate(zip(HEADERS, FIELDS))]
    cols += [(7, "Följer plan", "follows_plan"), (10, "Kommentar", "comment")]
    marks = {7 + i: a for i, a in enumerate(ANSWERS)}
    return Report(sheet, ORGAN, 2025, "tertial", TITLE, 21, 9, cols, marks=marks)
