"""Word report 1: Teknik- och samhällsbyggnadsnämnden, delårsrapport per 31 augusti 2025.
An ordinary report with no quirk: a title block (the nämnd on a small coloured line above
the title), numbered headings ("1 Inledning" ...), Carlito 11 pt prose, the risk table in
Word's default **"Table Grid"** (0.5 pt black on every cell, bold header, no fill), Carlito
9 pt, eight columns with the values in three columns of their own, six risks on page 1."""

from holdout_model import P, Page
from word_report import C, Grid, ReportDoc, rec

ORGAN = "Teknik- och samhällsbyggnadsnämnden"
TITLE = "Uppföljning av internkontrollplan 2025, delårsrapport per 31 augusti"

# (process, risk, S, K, kontrollmoment, följer plan, kommentar)
RISKS = [
    ("Upphandling",
     "Risk att direktupphandlingar över 100 000 kronor genomförs utan att konkurrens "
     "har tagits tillvara och utan dokumentation.", 3, 3,
     "Stickprov på 20 direktupphandlingar under januari–juni. Kontroll av att minst tre "
     "leverantörer tillfrågats och att upphandlingen dokumenterats i diariet.",
     "Delvis",
     "17 av 20 direktupphandlingar var dokumenterade. I tre fall saknades anbud från fler "
     "än en leverantör. Upphandlingsenheten har hållit en utbildning för beställare."),
    ("Gata och park",
     "Risk att entreprenören fakturerar vinterväghållning som inte har beställts eller "
     "utförts.", 2, 4,
     "Avstämning av fakturor för januari–mars mot utryckningsrapporter och "
     "väderstationens data.",
     "Ja",
     "Fakturerade utryckningar stämde med rapporterna. Inga avvikelser."),
    ("Bygglov",
     "Risk att bygglov inte beslutas inom den tidsfrist som anges i plan- och bygglagen, "
     "med reducerad avgift som följd.", 3, 4,
     "Uppföljning av handläggningstiden för samtliga ärenden som avslutats under "
     "perioden.",
     "Ja",
     "Av 412 ärenden beslutades 404 inom tio veckor. Avgiften har reducerats i åtta "
     "ärenden, totalt 46 200 kronor."),
    ("Mark och exploatering",
     "Risk att åtaganden i exploateringsavtal inte följs upp och att kommunen inte får "
     "ersättning för utbyggnad av allmän platsmark.", 2, 4,
     "Genomgång av samtliga elva gällande exploateringsavtal: är ersättningen fakturerad "
     "enligt avtalets tidplan?",
     "Nej",
     "I två av avtalen hade ersättningen inte fakturerats. Fakturorna har nu skickats "
     "och rutinen för bevakning av avtalen ses över."),
    ("Fordon och maskiner",
     "Risk att drivmedelskort används för tankning av privata fordon.", 2, 4,
     "Jämförelse av tankade volymer per kort med fordonens tankvolym och körjournal för "
     "två månader.",
     "Ja",
     "Inga tankningar utöver fordonens behov upptäcktes."),
    ("Arbetsmiljö",
     "Risk att skyddsronder på avloppsreningsverken och i förråden inte genomförs och "
     "att brister inte åtgärdas.", 3, 3,
     "Kontroll av protokoll från skyddsronder och av att åtgärderna förts in i "
     "handlingsplanen.",
     "Ja",
     "Skyddsronder har genomförts på alla sju arbetsplatser. Åtgärderna följs upp i "
     "samverkansgruppen."),
]

HEAD = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
        "Följer plan", "Kommentar"]
WIDTHS = [2.1, 3.3, 1.4, 1.4, 1.2, 3.1, 1.2, 3.2]  # 16.9 cm


def tsbn2025():
    page = Page(21.0, 29.7, 2.2, 2.0, 2.05, 2.05)
    rows, records = [], []
    for i, (proc, risk, s, k, ctrl, fp, kom) in enumerate(RISKS, 1):
        rows.append((i, [C(proc), C(risk), C(str(s), align="center"),
                         C(str(k), align="center"), C(str(s * k), align="center"),
                         C(ctrl), C(fp), C(kom)]))
        records.append(rec(process=proc, risk=risk, probability=s, consequence=k,
                           risk_value=s * k, controls=ctrl, follows_plan=fp, comment=kom))
    blocks = [
        P(ORGAN, "Logo"),
        P(TITLE, "Title"),
        P("Dnr TSN 2025/0318 · Bilaga 2 till delårsrapporten", "Subtitle"),
        P("1 Inledning", "H1"),
        P("Enligt kommunallagen ska nämnderna se till att den interna kontrollen är "
          "tillräcklig. Teknik- och samhällsbyggnadsnämnden antog sin internkontrollplan "
          "för 2025 den 18 december 2024. Denna uppföljning avser perioden januari–augusti "
          "2025 och redovisas tillsammans med nämndens delårsrapport."),
        P("2 Riskanalys", "H1"),
        P("I riskanalysen identifierades 19 risker, varav sex bedöms som kritiska. Riskerna "
          "har bedömts efter sannolikhet och konsekvens på en skala från 1 till 4, och "
          "riskvärdet är produkten av de två. Risker med ett riskvärde på 8 eller mer är "
          "kritiska och har tagits in i internkontrollplanen med ett kontrollmoment var. "
          "Övriga risker hanteras i verksamhetens ordinarie förbättringsarbete."),
        P("3 Uppföljning av kontrollmomenten", "H1"),
        P("Tabellen redovisar för varje kritisk risk hur den har kontrollerats, om "
          "kontrollen har följt planen och vad den har visat."),
        Grid("Kontroller", WIDTHS, [HEAD], rows, rule="0.5pt solid #000000", size=9.0,
             font="Carlito", pad=0.19, pad_v=0.02),
        P("4 Samlad bedömning", "H1"),
        P("Fyra av sex kontroller har genomförts enligt plan utan väsentliga avvikelser. "
          "Kontrollen av direktupphandlingar visar brister i konkurrensutsättningen, och "
          "uppföljningen av exploateringsavtal visar att ersättningar inte fakturerats i "
          "tid. Förvaltningen redovisar vidtagna åtgärder i verksamhetsberättelsen för "
          "2025."),
        P("5 Förslag till beslut", "H1"),
        P("Teknik- och samhällsbyggnadsnämnden godkänner uppföljningen av "
          "internkontrollplanen per den 31 augusti 2025."),
    ]
    return ReportDoc(
        name="tsbn2025_plain_table_grid",
        blocks=blocks, page=page, font="Carlito", body_size=11.0,
        heading_color="#2F5496", logo_color="#1F3864",
        footer="Teknik- och samhällsbyggnadsnämnden · Delårsrapport 2025 · Sida {page} av "
               "{pages}", footer_align="right",
        organ=ORGAN, year=2025, period="delår", title=TITLE,
        risks_inventoried=19, risks_critical=6,
        columns=[{"header": "Process", "field": "process"},
                 {"header": "Risk", "field": "risk"},
                 {"header": "Sannolikhet", "field": "probability"},
                 {"header": "Konsekvens", "field": "consequence"},
                 {"header": "Riskvärde", "field": "risk_value"},
                 {"header": "Kontrollmoment", "field": "controls"},
                 {"header": "Följer plan", "field": "follows_plan"},
                 {"header": "Kommentar", "field": "comment"}],
        records=records, grids=("Kontroller",),
    )
