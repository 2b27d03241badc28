"""Word report 1: Hälso- och omsorgsnämnden, helårsuppföljning 2024. An ordinary report
with no quirk: the nämnd named first in the title, a grey subtitle line, numbered headings,
Carlito 11 pt prose, the risk table in Word's "Grid Table 4 – Accent 5" look (header
#5B9BD5 with white bold text, rules #9CC2E5, banded rows #DEEAF6), Carlito 9 pt, eight
columns, seven risks."""

from holdout_model import P, Page
from word_report import C, Grid, ReportDoc, rec

ORGAN = "Hälso- och omsorgsnämnden"
TITLE = "Hälso- och omsorgsnämnden – uppföljning av internkontrollplan 2024"

# (process, risk, S, K, kontrollmoment, utfall, följer plan)
RISKS = [
    ("Hemtjänst",
     "Risk att beviljade insatser inte utförs eller att utförd tid registreras felaktigt i "
     "planeringssystemet, vilket ger felaktig debitering.", 3, 3,
     "Jämförelse av planerad och registrerad tid för 30 slumpvis valda brukare i mars och "
     "oktober.",
     "Registrerad tid avvek med mer än tio procent för fyra brukare. Avvikelserna berodde "
     "på manuella efterregistreringar.",
     "Delvis"),
    ("Särskilt boende",
     "Risk att läkemedel hanteras i strid med gällande delegeringar och rutiner för "
     "signering.", 2, 4,
     "Granskning av signeringslistor och delegeringsbeslut på tre boenden, en vecka per "
     "boende.",
     "Samtliga signeringar gjordes av personal med giltig delegering. Inga avvikelser.",
     "Ja"),
    ("Myndighetsutövning",
     "Risk att biståndsbeslut inte följs upp inom den tid som anges i beslutet.", 3, 3,
     "Genomgång av 25 biståndsbeslut med uppföljningsdatum under året.",
     "19 av 25 beslut följdes upp i tid. Sex uppföljningar försenades under sommaren.",
     "Delvis"),
    ("Ekonomi",
     "Risk att fakturor attesteras av person som saknar behörighet enligt "
     "attestförteckningen.", 2, 4,
     "Stickprov på 40 attesterade fakturor och kontroll mot gällande attestförteckning.",
     "Alla fakturor var attesterade av behörig attestant.",
     "Ja"),
    ("Dataskydd",
     "Risk att behörigheter i journalsystemet inte avslutas när anställda slutar eller "
     "byter arbetsplats.", 3, 4,
     "Jämförelse av aktiva konton i journalsystemet med personalsystemets uppgifter om "
     "avslutade anställningar per den 30 september.",
     "Elva konton tillhörde personer som slutat. Kontona har stängts och rutinen för "
     "avslut har skärpts.",
     "Nej"),
    ("Bemanning",
     "Risk att timavlönade anställs utan kontroll av belastningsregistret.", 2, 4,
     "Kontroll av anställningsakter för 20 timavlönade som anställts under året.",
     "Utdrag ur belastningsregistret fanns i samtliga akter.",
     "Ja"),
    ("Arbetsmiljö",
     "Risk att hot- och våldssituationer inte rapporteras och att åtgärder därför uteblir.",
     3, 3,
     "Jämförelse av rapporterade händelser i avvikelsesystemet med uppgifter från "
     "arbetsplatsträffar.",
     "Rapporteringen har ökat jämfört med föregående år. Kontrollen visade inga oredovisade "
     "händelser.",
     "Ja"),
]

HEAD = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
        "Utfall", "Följer plan"]
WIDTHS = [2.2, 3.4, 1.45, 1.45, 1.25, 3.1, 3.2, 1.25]  # 17.3 cm


def hon2024():
    page = Page(21.0, 29.7, 2.0, 2.0, 1.85, 1.85)
    rows, records = [], []
    for i, (proc, risk, s, k, ctrl, utf, fp) in enumerate(RISKS, 1):
        rows.append((i, [C(proc, bold=True), C(risk), C(str(s), align="center"),
                         C(str(k), align="center"), C(str(s * k), align="center"),
                         C(ctrl), C(utf), C(fp, align="center")]))
        records.append(rec(process=proc, risk=risk, probability=s, consequence=k,
                           risk_value=s * k, controls=ctrl, comment=utf, follows_plan=fp))
    blocks = [
        P(TITLE, "Title"),
        P("Helårsuppföljning 2024 · Dnr HON 2025/0037", "Subtitle"),
        P("1 Bakgrund", "H1"),
        P("Nämnden ansvarar enligt kommunallagen för att den interna kontrollen är "
          "tillräcklig och att verksamheten bedrivs på ett i övrigt tillfredsställande sätt. "
          "Hälso- och omsorgsnämnden fastställde internkontrollplanen för 2024 den 14 "
          "december 2023. Rapporten redovisar resultatet av årets kontroller."),
        P("2 Riskanalys", "H1"),
        P("Nämndens riskanalys omfattade 23 risker, varav sju bedömdes som kritiska. "
          "Varje risk har bedömts utifrån sannolikhet och konsekvens på en fyrgradig skala; "
          "riskvärdet är produkten av de två bedömningarna. Risker med ett riskvärde på 8 "
          "eller högre har förts in i internkontrollplanen med ett kontrollmoment."),
        P("3 Resultat av kontrollerna", "H1"),
        P("I tabellen nedan redovisas kontrollmoment, utfall och om kontrollen genomförts "
          "enligt plan för var och en av de kritiska riskerna."),
        Grid("Kontroller", WIDTHS, [HEAD], rows, rule="0.5pt solid #9CC2E5",
             header_fill="#5B9BD5", header_color="#FFFFFF", zebra="#DEEAF6", size=9.0,
             font="Carlito", pad=0.15, pad_v=0.03),
        P("4 Samlad bedömning", "H1"),
        P("Fyra av sju kontroller visar att rutinerna fungerar. Två kontroller visar delvis "
          "brister, och kontrollen av behörigheter i journalsystemet visar att rutinen för "
          "avslut av konton inte har följts. Förvaltningen har vidtagit åtgärder och "
          "kontrollmomentet tas med i planen för 2025."),
        P("5 Förslag till beslut", "H1"),
        P("Hälso- och omsorgsnämnden godkänner uppföljningen av internkontrollplanen för "
          "2024 och överlämnar den till kommunstyrelsen."),
    ]
    return ReportDoc(
        name="hon2024_grid_table_accent5_plain",
        blocks=blocks, page=page, font="Carlito", body_size=11.0,
        heading_color="#2E74B5",
        footer="Hälso- och omsorgsnämnden · Helårsuppföljning 2024 · Sida {page} av {pages}",
        footer_align="right",
        organ=ORGAN, year=2024, period="helår", title=TITLE,
        risks_inventoried=23, risks_critical=7,
        columns=[{"header": h, "field": f} for h, f in zip(HEAD, (
            "process", "risk", "probability", "consequence", "risk_value", "controls",
            "comment", "follows_plan"))],
        records=records, grids=("Kontroller",),
    )
