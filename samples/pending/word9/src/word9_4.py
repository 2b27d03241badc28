"""Word report 4: Barn- och fritidsnämnden, uppföljning av internkontrollplan 2024 in the
årsbokslut, published as a short **bundle** (as a kommun's diary publishes an ärende): page 1 a
protokollsutdrag of the nämnd's meeting 2025-02-19 (§ 17, the decision on the follow-up, a
signature box), then the report, then "Bilaga 2 Driftredovisning 2024" with a budget table.
Liberation Sans 10 pt prose (Arial), headings #375623 numbered "1" ... "4", Word's
"Grid Table 2 – Accent 6"-like risk table (rules 0.5 pt #A8D08D on every cell, bold header
without fill, banded rows #E2EFD9), Liberation Sans 8 pt, eight columns, seven risks.
Quirk: **the bundle** (a protocol page before the report, a budget page after it), the
protocol dated 2025 about the 2024 plan. Metadata: the period from "Årsbokslut 2024" in the
subtitle and "årsbokslutet" in the prose; **the counts in a heading**, "2 Riskbedömning – sju
kritiska av 23 inventerade risker"."""

from holdout_model import P, Page, SmallTable
from tagged_writer import Spacer
from word_report import C, Grid, ReportDoc, rec

ORGAN = "Barn- och fritidsnämnden"
TITLE = "Uppföljning av internkontrollplan 2024"

# (process, risk, S, K, kontrollmoment, följer plan, kommentar)
RISKS = [
    ("Förskola",
     "Risk att barn lämnas ut till en person som inte har rätt att hämta barnet.", 2, 4,
     "Kontroll av att hämtlistor finns och är aktuella på tio förskolor.",
     "Ja",
     "Aktuella hämtlistor fanns på samtliga förskolor."),
    ("Personal",
     "Risk att utdrag ur belastningsregistret inte begärs in före anställning i förskola "
     "och fritidshem.", 2, 4,
     "Stickprov på 30 nyanställningar under året i förskola och fritidshem.",
     "Delvis",
     "Utdrag fanns för 27 av 30. I tre fall hade utdraget visats först efter "
     "anställningens start; rutinen har skärpts."),
    ("Fritidsgårdar",
     "Risk att kontantkassorna i fritidsgårdarnas caféer inte stäms av och att svinn inte "
     "upptäcks.", 3, 3,
     "Oanmäld kassainventering på fyra fritidsgårdar och kontroll av "
     "dagskasserapporterna.",
     "Nej",
     "På två gårdar saknades dagskasserapporter för flera veckor. Kortbetalning införs "
     "under våren 2025."),
    ("Föreningsbidrag",
     "Risk att lokalt aktivitetsstöd betalas ut på grundval av felaktiga närvarolistor.", 3,
     3,
     "Stickprov på tolv föreningars ansökningar: närvarolistorna jämförs med "
     "medlemsregister och lokalbokningar.",
     "Delvis",
     "Två föreningar hade redovisat sammankomster på tider då ingen lokal var bokad. "
     "Bidraget har återkrävts."),
    ("Idrottsanläggningar",
     "Risk att badvattnets kvalitet inte kontrolleras enligt egenkontrollprogrammet för "
     "simhallen.", 2, 4,
     "Genomgång av provtagningsjournalen och laboratoriesvaren för simhallen.",
     "Ja",
     "Proverna var tagna enligt programmet och alla svar låg inom gränsvärdena."),
    ("Lokalbokning",
     "Risk att uthyrning av idrottshallar till andra än föreningar inte faktureras.", 3, 3,
     "Jämförelse av bokningssystemets uthyrningar med utställda fakturor för oktober.",
     "Ja",
     "Alla 64 uthyrningar var fakturerade."),
    ("Fritidshem",
     "Risk att barn som inte har rätt till fritidshem får plats därför att "
     "vårdnadshavarnas sysselsättning inte kontrolleras.", 3, 3,
     "Stickprov på 40 placeringar: intyg om arbete eller studier och datum för "
     "senaste kontroll.",
     "Delvis",
     "Intyg fanns för 35 av 40 placeringar. De övriga fem har begärts in."),
]

HEAD = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
        "Följer plan", "Kommentar"]
FIELDS = ["process", "risk", "probability", "consequence", "risk_value", "controls",
          "follows_plan", "comment"]
WIDTHS = [2.0, 3.6, 1.4, 1.4, 1.2, 3.1, 1.3, 3.0]  # 17.0 cm

BUDGET = [
    ["Förskola", "412 300", "409 870", "2 430"],
    ["Fritidshem", "96 400", "98 150", "-1 750"],
    ["Fritidsgårdar", "24 800", "24 310", "490"],
    ["Föreningsbidrag", "18 600", "18 600", "0"],
    ["Idrotts- och fritidsanläggningar", "52 900", "55 420", "-2 520"],
    ["Nämnd och förvaltning", "31 200", "30 640", "560"],
    ["Totalt", "636 200", "636 990", "-790"],
]


def _check_budget():
    num = lambda s: int(s.replace(" ", ""))  # noqa: E731
    for name, b, u, a in BUDGET:
        assert num(b) - num(u) == num(a), name
    for col in (1, 2, 3):
        assert sum(num(r[col]) for r in BUDGET[:-1]) == num(BUDGET[-1][col])


def bfn2024():
    _check_budget()
    page = Page(21.0, 29.7, 2.0, 1.8, 2.0, 2.0)
    rows, records = [], []
    for i, (proc, risk, s, k, ctrl, fp, kom) in enumerate(RISKS, 1):
        rows.append((i, [C(proc), C(risk), C(str(s), align="center"),
                         C(str(k), align="center"), C(str(s * k), align="center"),
                         C(ctrl), C(fp, align="center"), C(kom)]))
        records.append(rec(process=proc, risk=risk, probability=s, consequence=k,
                           risk_value=s * k, controls=ctrl, follows_plan=fp, comment=kom))
    assert all(s * k >= 8 for _p, _r, s, k, *_ in RISKS)  # every risk in the plan is critical
    protocol = [
        P("Lindsjö kommun", "Logo"),
        P("PROTOKOLLSUTDRAG", "Organ"),
        P("Barn- och fritidsnämnden"),
        P("Sammanträdesdatum: 2025-02-19"),
        Spacer(0.3),
        P("§ 17 Uppföljning av intern kontroll 2024", "Bold"),
        P("Dnr BFN 2024/0412"),
        P("Beslut", "Bold"),
        P("Barn- och fritidsnämnden godkänner uppföljningen av internkontrollplanen för 2024 "
          "och överlämnar den till kommunstyrelsen."),
        P("Sammanfattning av ärendet", "Bold"),
        P("Nämnden ska varje år följa upp sin internkontrollplan. Förvaltningen har "
          "genomfört planens kontrollmoment under 2024 och redovisar resultatet i samband "
          "med årsbokslutet. Uppföljningen visar att de flesta rutiner fungerar men att "
          "kontanthanteringen på fritidsgårdarna behöver förbättras. Förvaltningen föreslår "
          "att kontanthanteringen och det lokala aktivitetsstödet följs upp i planen för 2025."),
        P("Beslutsunderlag", "Bold"),
        P("Tjänsteskrivelse 2025-01-28\nUppföljning av internkontrollplan 2024\n"
          "Bilaga 2 Driftredovisning 2024"),
        P("Beslutet skickas till", "Bold"),
        P("Kommunstyrelsen\nKommunens revisorer"),
        Spacer(0.8),
        SmallTable("Justering", ["Justerandes signatur", "Utdragsbestyrkande"], [8.5, 8.5],
                   [["", ""]], ["left", "left"], rule="0.5pt solid #000000", size=9.0),
    ]
    report = [
        P("Barn- och fritidsförvaltningen", "Logo", break_before=True),
        P(ORGAN, "Organ"),
        P(TITLE, "Title"),
        P("Årsbokslut 2024 · Tjänsteskrivelse 2025-01-28 · Dnr BFN 2024/0412", "Subtitle"),
        P("1 Bakgrund", "H1"),
        P("Nämnden antog internkontrollplanen för 2024 den 14 december 2023. I denna rapport, "
          "som hör till årsbokslutet, redovisas hur kontrollerna har genomförts och vad de "
          "har visat."),
        P("2 Riskbedömning – sju kritiska av 23 inventerade risker", "H1"),
        P("Sannolikhet och konsekvens har bedömts på en skala från 1 till 4. Riskvärdet är "
          "produkten av dem, och risker med ett riskvärde på 8 eller mer är kritiska och har "
          "kontrollmoment i planen."),
        P("3 Resultat av kontrollerna", "H1"),
        Grid("Kontroller", WIDTHS, [HEAD], rows, rule="0.5pt solid #A8D08D",
             header_fill=None, zebra="#E2EFD9", size=8.0, font="Liberation Sans", pad=0.15,
             pad_v=0.04),
        P("4 Sammanfattande bedömning", "H1"),
        P("Tre kontroller visar att rutinerna fungerar och tre visar brister som delvis har "
          "åtgärdats. Kontrollen av fritidsgårdarnas kassor visar att rutinen inte har "
          "följts. Kontanthanteringen och det lokala aktivitetsstödet följs upp i "
          "internkontrollplanen för 2025."),
    ]
    budget = [
        P("Bilaga 2 Driftredovisning 2024", "H1", break_before=True),
        P("Nettokostnad per verksamhet, tusental kronor (tkr). Positiv avvikelse är ett "
          "överskott mot budget."),
        SmallTable("Driftredovisning", ["Verksamhet, tkr", "Budget 2024", "Utfall 2024",
                                        "Avvikelse"], [7.4, 3.2, 3.2, 3.2], BUDGET,
                   ["left", "right", "right", "right"], rule="0.5pt solid #A8D08D",
                   size=9.5, bold_last=True, header_fill="#E2EFD9"),
        P("Nämnden redovisar ett underskott på 0,8 miljoner kronor för 2024. Underskottet "
          "beror främst på högre kostnader för simhallens drift och fler barn i fritidshem "
          "än budgeterat. Förskolan redovisar ett överskott till följd av vakanser."),
    ]
    return ReportDoc(
        name="bfn2024_bundle_protocol_budget_count_heading",
        blocks=protocol + report + budget, page=page, font="Liberation Sans",
        body_size=10.0, heading_color="#375623", logo_color="#375623",
        footer="Sida {page} av {pages}", footer_align="right",
        organ=ORGAN, year=2024, period="helår", title=TITLE,
        risks_inventoried=23, risks_critical=7,
        columns=[{"header": h, "field": f} for h, f in zip(HEAD, FIELDS, strict=True)],
        records=records, grids=("Kontroller",),
    )
