"""Word report 1: Miljö- och livsmedelsnämnden, helårsuppföljning 2025. An ordinary report
with no quirk: Liberation Sans 10.5 pt prose, headings #1F4E79, the risk table in Word's
"Grid Table 4 – Accent 1" look, Liberation Sans 8.5 pt, eight columns, six risks."""

from holdout_model import P, Page
from word_report import C, Grid, ReportDoc, rec

ORGAN = "Miljö- och livsmedelsnämnden"
TITLE = "Miljö- och livsmedelsnämnden – uppföljning av internkontrollplan 2025"

# (process, risk, S, K, kontrollmoment, följer plan, kommentar)
RISKS = [
    ("Livsmedelskontroll",
     "Risk att planerade kontroller av livsmedelsanläggningar inte genomförs enligt "
     "kontrollplanen, vilket strider mot livsmedelslagstiftningen.", 3, 3,
     "Jämförelse av genomförda kontroller i verksamhetssystemet med årets kontrollplan.",
     "Delvis",
     "Av 412 planerade kontroller genomfördes 371. Resterande flyttas till första "
     "kvartalet 2026."),
    ("Taxor och avgifter",
     "Risk att timavgifter för extra offentlig kontroll inte debiteras eller debiteras "
     "med fel belopp.", 3, 3,
     "Stickprov på 25 ärenden med extra offentlig kontroll och jämförelse med utställda "
     "fakturor.",
     "Ja",
     "Samtliga ärenden var korrekt debiterade enligt gällande taxa."),
    ("Myndighetsutövning",
     "Risk att beslut om föreläggande fattas av tjänsteperson som saknar delegation.",
     2, 4,
     "Granskning av 30 beslut om föreläggande och förbud mot gällande delegeringsordning.",
     "Ja",
     "Alla granskade beslut var fattade med stöd av delegation."),
    ("Jäv och opartiskhet",
     "Risk att inspektörer handlägger ärenden där de har en relation till verksamhetsutövaren.",
     2, 4,
     "Genomgång av inlämnade jävsdeklarationer och fördelning av tillsynsobjekt.",
     "Nej",
     "Jävsdeklaration saknades för tre av fjorton inspektörer. Rutinen har förtydligats och "
     "deklarationerna har kompletterats."),
    ("Informationssäkerhet",
     "Risk att känsliga personuppgifter i klagomålsärenden lämnas ut utan sekretessprövning.",
     2, 4,
     "Kontroll av 20 utlämnade allmänna handlingar ur diariet.",
     "Ja",
     "Sekretessprövning var dokumenterad i samtliga ärenden."),
    ("Arbetsmiljö",
     "Risk att inspektörer utsätts för hot vid tillsynsbesök utan att riskbedömning "
     "gjorts.", 3, 3,
     "Kontroll att riskbedömning finns för tillsynsobjekt som är markerade med förhöjd risk.",
     "Delvis",
     "Riskbedömning fanns för nio av tolv markerade objekt."),
]

HEAD = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
        "Följer plan", "Kommentar"]
WIDTHS = [2.3, 3.6, 1.5, 1.5, 1.3, 3.2, 1.3, 3.2]  # 17.9 cm


def mln2025():
    page = Page(21.0, 29.7, 2.3, 2.0, 1.55, 1.55)
    rows, records = [], []
    for i, (proc, risk, s, k, ctrl, fp, kom) in enumerate(RISKS, 1):
        rows.append((i, [C(proc), C(risk), C(str(s), align="center"),
                         C(str(k), align="center"), C(str(s * k), align="center"),
                         C(ctrl), C(fp), C(kom)]))
        records.append(rec(process=proc, risk=risk, probability=s, consequence=k,
                           risk_value=s * k, controls=ctrl, comment=kom, follows_plan=fp))
    blocks = [
        P(TITLE, "Title"),
        P("Helårsuppföljning 2025 · Miljöförvaltningen", "Subtitle"),
        P("Inledning", "H1"),
        P("Enligt kommunallagen ska nämnderna se till att den interna kontrollen är "
          "tillräcklig. Miljö- och livsmedelsnämnden antog internkontrollplanen för 2025 "
          "den 11 december 2024. I denna rapport redovisas hur kontrollerna har genomförts "
          "under året och vilka brister som har upptäckts."),
        P("Riskanalys och urval", "H1"),
        P("Förvaltningen identifierade 19 risker i riskanalysen, varav sex bedömdes som "
          "kritiska. Sannolikhet och konsekvens bedöms på en skala från 1 till 4 och "
          "riskvärdet är produkten av dem. De kritiska riskerna, med ett riskvärde på 8 "
          "eller mer, har försetts med kontrollmoment."),
        P("Resultat", "H1"),
        Grid("Kontroller", WIDTHS, [HEAD], rows, rule="0.5pt solid #8EAADB",
             header_fill="#4472C4", header_color="#FFFFFF", zebra="#D9E2F3", size=8.5,
             font="Liberation Sans", pad=0.15, pad_v=0.03),
        P("Sammanfattande bedömning", "H1"),
        P("Tre av sex kontroller visar att rutinerna fungerar. Två kontroller visar delvis "
          "brister och kontrollen av jävsdeklarationer visar att rutinen inte har följts. "
          "Livsmedelskontrollen och jävsrutinen följs upp i planen för 2026."),
        P("Förslag till beslut", "H1"),
        P("Miljö- och livsmedelsnämnden godkänner uppföljningen av internkontrollplanen för "
          "2025."),
    ]
    return ReportDoc(
        name="mln2025_grid_table_accent1_plain",
        blocks=blocks, page=page, font="Liberation Sans", body_size=10.5,
        heading_color="#1F4E79",
        footer="Sida {page} av {pages}", footer_align="center",
        organ=ORGAN, year=2025, period="helår", title=TITLE,
        risks_inventoried=19, risks_critical=6,
        columns=[{"header": h, "field": f} for h, f in zip(HEAD, (
            "process", "risk", "probability", "consequence", "risk_value", "controls",
            "follows_plan", "comment"))],
        records=records, grids=("Kontroller",),
    )
