"""Report 4: a bordered register in a serif face, A4 portrait, nine risks over two pages
(header repeated). One row is shaded grey because its control was cancelled during the year:
its "Följer plan" cell says "Utgår" and the comment says why. A signature block (place and
date, two names with their titles) stands under the table on the last page."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "Liberation Serif"
B = "0.5pt solid #000000"
GREY = "#d0cece"
STYLES = {
    "organ": CellStyle(F, 11, italic=True, wrap=False, hyphenate=False),
    "title": CellStyle(F, 16, bold=True, wrap=False, hyphenate=False),
    "prose": CellStyle(F, 10, align="justify"),
    "head": CellStyle(F, 10, bold=True, bg="#bdd7ee", valign="bottom", border=B),
    "headc": CellStyle(F, 10, bold=True, bg="#bdd7ee", valign="bottom", align="center",
                       border=B),
    "body": CellStyle(F, 10, border=B),
    "num": CellStyle(F, 10, align="center", border=B),
    "gbody": CellStyle(F, 10, border=B, bg=GREY, color="#595959"),
    "gnum": CellStyle(F, 10, align="center", border=B, bg=GREY, color="#595959"),
    "sig": CellStyle(F, 10, wrap=False, hyphenate=False),
    "sigi": CellStyle(F, 10, italic=True, wrap=False, hyphenate=False),
}

HEADERS = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
           "Följer plan", "Kommentar"]
FIELDS = ["process", "risk", "probability", "consequence", "risk_value", "controls",
          "follows_plan", "comment"]
WIDTHS = [2.3, 3.4, 1.5, 1.5, 1.3, 3.3, 1.2, 3.3]

# (process, risk, S, K, control, follows plan, comment, cancelled)
RISKS = [
    ("Löneadministration",
     "Risk för felaktiga löneutbetalningar vid manuella ändringar i lönesystemet.", 3, 3,
     "Stickprov på 40 manuella ändringar mot underlag och attest.", "Ja",
     "Två ändringar saknade underlag men beloppen var riktiga. Rutinen har påmints om.",
     False),
    ("IT-drift",
     "Risk att behörigheter i verksamhetssystemen inte avslutas när anställda slutar.", 4, 4,
     "Jämförelse av aktiva konton mot personalsystemets avslutade anställningar.", "Delvis",
     "37 konton var aktiva efter avslutad anställning, de flesta inom tre veckor. Ett "
     "automatiskt avslut via personalsystemet införs under 2025.", False),
    ("Informationssäkerhet",
     "Risk att säkerhetskopior inte går att återläsa vid ett avbrott.", 2, 4,
     "Återläsningstest av säkerhetskopior för tre verksamhetskritiska system.", "Ja",
     "Återläsningen lyckades för samtliga tre system inom avtalad tid.", False),
    ("Upphandling",
     "Risk att ramavtal inte följs upp och att leverantörer inte lever upp till villkoren.",
     3, 3,
     "Kontroll att avtalsuppföljning har dokumenterats för de tio största ramavtalen.", "Nej",
     "Dokumenterad uppföljning fanns för fyra av tio avtal. Avtalsförvaltarna har fått en "
     "gemensam mall och uppföljningen rapporteras till nämnden i juni.", False),
    ("Fordonsförvaltning",
     "Risk att leasade tjänstebilar används privat utan att förmån redovisas.", 2, 3,
     "Genomgång av körjournaler för 20 bilar under en månad.", "Ja",
     "Ingen privat användning noterades.", False),
    ("Fakturahantering",
     "Risk för dubbla utbetalningar i samband med byte av system för leverantörsfakturor.",
     3, 4,
     "Kontroll av dubbletter i betalfilerna under de tre första månaderna i nytt system.",
     "Utgår",
     "Kontrollen utgår. Bytet av fakturasystem sköts upp till 2026 sedan upphandlingen "
     "avbrutits i maj. Risken tas med i riskanalysen för 2025.", True),
    ("Attest",
     "Risk att attestförteckningen inte är aktuell efter organisationsförändringar.", 3, 3,
     "Jämförelse av attestförteckningen mot aktuella chefsförordnanden i oktober.", "Ja",
     "Förteckningen var aktuell.", False),
    ("Dataskydd",
     "Risk att personuppgiftsbiträdesavtal saknas med leverantörer som behandlar "
     "personuppgifter för förvaltningens räkning.", 3, 4,
     "Genomgång av registret över behandlingar och tillhörande biträdesavtal.", "Delvis",
     "Biträdesavtal saknades för tre av 46 leverantörer. Avtal har tecknats med två, den "
     "tredje har sagts upp.", False),
    ("Arbetsmiljö",
     "Risk för hög arbetsbelastning och sjukfrånvaro i kundtjänsten vid större "
     "systembyten.", 3, 3,
     "Uppföljning av sjukfrånvaro och övertid i kundtjänsten per kvartal.", "Ja",
     "Sjukfrånvaron sjönk från 8,1 till 6,4 procent. Övertiden låg inom ramen.", False),
]

ORGAN = "Nämnden för Intraservice"
TITLE = "Intern kontroll 2024 – årsuppföljning"
PROSE = [
    "Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är "
    "tillräcklig. Nämnden antog internkontrollplanen för 2024 i december 2023.",
    "I förvaltningens riskanalys för 2024 identifierades 31 risker, varav nio bedöms som "
    "kritiska. Kontrollerna av de nio har genomförts enligt planen utom en, som utgått under "
    "året (grå rad). Nämnden föreslås godkänna uppföljningen.",
]


def report() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(ORGAN, "organ", cols=n)], kind="title", height=0.7),
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=1.0),
        Row([Cell(PROSE, "prose", cols=n)], kind="note", height=2.6),
        Row([Cell(h, "headc" if f in ("probability", "consequence", "risk_value",
                                          "follows_plan") else "head")
             for h, f in zip(HEADERS, FIELDS)], kind="header"),
    ]
    for proc, risk, s, k, ctrl, fp, com, cancelled in RISKS:
        t, tn = ("gbody", "gnum") if cancelled else ("body", "num")
        rows.append(Row([Cell(proc, t), Cell(risk, t), Cell(s, tn), Cell(k, tn),
                         Cell(s * k, tn), Cell(ctrl, t), Cell(fp, tn), Cell(com, t)]))
    rows += [
        Row([None] * n, kind="blank", height=0.9),
        Row([Cell("Göteborg den 29 januari 2025", "sig", cols=n)], kind="note", height=0.8),
        Row([None] * n, kind="blank", height=1.1),
        Row([Cell("Helena Forsberg", "sig", cols=3), None, None,
             Cell("Mikael Strandberg", "sig", cols=3)], kind="note", height=0.55),
        Row([Cell("Förvaltningsdirektör", "sigi", cols=3), None, None,
             Cell("Ekonomichef", "sigi", cols=3)], kind="note", height=0.55),
    ]
    sheet = Sheet(
        name="intra2024_calc_cancelled_row_grey_signatures",
        sheet_name="Årsuppföljning",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(3, 4),
        page_w=21.0,
        page_h=29.7,
        margins=(2.5, 2.2, 1.5, 1.5),
        grid=False,
        header=("", "", "Förvaltningen Intraservice"),
        footer=("", "Sida {page} av {pages}", ""),
        hf_font=(F, 9.0),
        default_font=(F, 10),
    )
    cols = [(i, h, f) for i, (h, f) in enumerate(zip(HEADERS, FIELDS))]
    return Report(sheet, ORGAN, 2024, "helår", TITLE, 31, 9, cols)
