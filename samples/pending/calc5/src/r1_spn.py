"""Report 1: a plain, well-made register, as most controllers keep it. One sheet, A4
landscape, every table cell bordered, the organ and title in the first two rows, a prose row
with the counts, the header row, eight risks. Nothing unusual: the control case of the set."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "Liberation Sans"
B = "0.5pt solid #7f7f7f"
STYLES = {
    "organ": CellStyle(F, 10, bold=True, color="#404040", wrap=False, hyphenate=False),
    "title": CellStyle(F, 15, bold=True, wrap=False, hyphenate=False),
    "prose": CellStyle(F, 9.5),
    "head": CellStyle(F, 8.5, bold=True, bg="#d9d9d9", valign="bottom", border=B),
    "headc": CellStyle(F, 8.5, bold=True, bg="#d9d9d9", valign="bottom", align="center", border=B),
    "body": CellStyle(F, 8.5, border=B),
    "num": CellStyle(F, 8.5, align="center", border=B),
}

HEADERS = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
           "Ansvarig", "Följer plan", "Kommentar"]
FIELDS = ["process", "risk", "probability", "consequence", "risk_value", "controls", None,
          "follows_plan", "comment"]
WIDTHS = [2.4, 4.4, 1.3, 1.3, 1.3, 4.3, 2.2, 1.3, 6.1]

# (process, risk, S, K, controls, responsible, follows plan, comment)
RISKS = [
    ("Bygglov",
     "Risk att bygglovsärenden inte avgörs inom den lagstadgade handläggningstiden, vilket "
     "leder till att avgiften ska sättas ned enligt plan- och bygglagen.", 4, 3,
     "Uppföljning av handläggningstiden för samtliga beslutade bygglov per kvartal.",
     "Bygglovschef", "Delvis",
     "92 procent av ärendena avgjordes inom tio veckor. I 23 ärenden sattes avgiften ned med "
     "sammanlagt 187 400 kronor. Ett nytt stöd för kompletteringsbegäran införs i februari."),
    ("Detaljplanering",
     "Risk att nedlagda plankostnader inte debiteras byggherren enligt planavtalet.", 3, 4,
     "Avstämning av upparbetade timmar mot fakturerat belopp i tio pågående planavtal.",
     "Planchef", "Ja",
     "Samtliga tio planavtal var fakturerade enligt avtalad betalningsplan."),
    ("Exploatering",
     "Risk att exploateringsavtal tecknas utan att nämndens riktlinjer för exploaterings"
     "avtal följs, till exempel om säkerhet för gatukostnader.", 3, 4,
     "Granskning av de exploateringsavtal som tecknades under året mot riktlinjerna.",
     "Exploateringschef", "Ja",
     "Fyra avtal tecknades. Samtliga innehöll säkerhet i form av bankgaranti."),
    ("Tillsyn",
     "Risk att anmälda ärenden om olovligt byggande inte utreds och att tillsynen därmed "
     "blir godtycklig.", 3, 3,
     "Genomgång av ärendebalansen för tillsynsärenden äldre än sex månader.",
     "Bygglovschef", "Nej",
     "41 ärenden var äldre än sex månader, mot målet högst 15. Två tjänster har varit vakanta. "
     "En handlingsplan för att arbeta av balansen beslutas i mars."),
    ("Delegation",
     "Risk att beslut fattas av tjänsteperson som saknar delegation för beslutstypen.", 3, 3,
     "Stickprov på 25 delegationsbeslut jämförs mot delegationsordningen.",
     "Nämndsekreterare", "Ja",
     "Inga avvikelser i stickprovet."),
    ("Dataskydd",
     "Risk att personuppgifter i bygglovshandlingar publiceras på kommunens webbplats i "
     "samband med grannehörande.", 3, 4,
     "Kontroll av 20 publicerade kungörelser och underrättelser.",
     "Dataskyddssamordnare", "Delvis",
     "I två underrättelser fanns personnummer i bifogade ritningar. Handlingarna togs bort "
     "samma dag och en checklista för maskering har införts."),
    ("Upphandling",
     "Risk att konsulter inom planarbete anlitas utan avrop från ramavtal eller "
     "direktupphandling enligt riktlinjen.", 4, 4,
     "Genomgång av konsultfakturor över 50 000 kronor januari–november.",
     "Kontorschef", "Ja",
     "Samtliga 31 fakturor avsåg avrop från gällande ramavtal."),
    ("Arkiv och diarium",
     "Risk att handlingar i planärenden inte diarieförs och därmed inte kan lämnas ut eller "
     "arkiveras enligt dokumenthanteringsplanen.", 3, 3,
     "Jämförelse av inkomna handlingar i den gemensamma e-postlådan mot diariet för en vecka "
     "i oktober.", "Registrator", "Ja",
     "Samtliga 58 handlingar fanns registrerade."),
]

ORGAN = "Stadsplaneringsnämnden"
TITLE = "Uppföljning av internkontrollplan 2024 – helår"
PROSE = (
    "Nämndens riskanalys för 2024 omfattade 18 risker. Åtta av dem bedömdes som kritiska "
    "(riskvärde 9 eller högre) och har kontrollerats enligt internkontrollplanen. Resultatet "
    "redovisas nedan."
)


def report() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(ORGAN, "organ", cols=n)], kind="title", height=0.6),
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=0.9),
        Row([Cell(PROSE, "prose", cols=n)], kind="note", height=1.0),
        Row([Cell(h, "headc" if f in ("probability", "consequence", "risk_value",
                                          "follows_plan") else "head")
             for h, f in zip(HEADERS, FIELDS)], kind="header"),
    ]
    for proc, risk, s, k, ctrl, resp, fp, com in RISKS:
        rows.append(Row([Cell(proc), Cell(risk), Cell(s, "num"), Cell(k, "num"),
                         Cell(s * k, "num"), Cell(ctrl), Cell(resp), Cell(fp, "num"),
                         Cell(com)]))
    sheet = Sheet(
        name="spn2024_calc_plain_bordered_register",
        sheet_name="Internkontroll 2024",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(3, 4),
        page_w=29.7,
        page_h=21.0,
        margins=(1.6, 1.4, 1.5, 1.5),
        grid=False,
        footer=("Stadsbyggnadskontoret", "", "Sida {page} av {pages}"),
        hf_font=(F, 8.0),
        default_font=(F, 8.5),
    )
    cols = [(i, h, f) for i, (h, f) in enumerate(zip(HEADERS, FIELDS))]
    return Report(sheet, ORGAN, 2024, "helår", TITLE, 18, 8, cols)
