"""Holdout7 document C: Personalnämnden, a plain "Word default" risk table (every cell ruled
0.5 pt black, no shading, Carlito 11 pt, bold header, cell margins 0.19 cm, text
left-aligned) with six columns in portrait; risk cells opening with a bold title line followed
by a description paragraph; a comment cell split by the page break whose continuation on the
next page starts with a "• " list item."""

from holdout_model import Col, Doc, P, Page, Table

PN_ROWS = [
    {
        "process": "Lön och ersättningar",
        "risk": ["**Felaktiga utbetalningar**",
                 "Risk att lön betalas ut efter avslutad anställning eller med fel belopp "
                 "efter löneöversynen."],
        "value": "12",
        "controls": "Avstämning av avslutade anställningar mot lönekörningen varje månad.",
        "follows": "Ja",
        "comment": "Inga utbetalningar efter avslutad anställning hittades. Två "
        "lönetillägg hade lagts in med fel datum och har rättats.",
    },
    {
        "process": "Rekrytering",
        "risk": ["**Ofullständig bakgrundskontroll**",
                 "Risk att utdrag ur belastningsregistret inte begärs vid anställning i "
                 "förskola och skola."],
        "value": "16",
        "controls": "Stickprov på 25 nyanställningar inom barn- och "
        "utbildningsförvaltningen.",
        "follows": "Ja",
        "comment": "Utdrag fanns i samtliga 25 ärenden och var uppvisade före "
        "anställningens början.",
    },
    {
        "process": "Arbetsmiljö",
        "risk": ["**Hög sjukfrånvaro**",
                 "Risk att rehabiliteringsärenden inte startas i tid och att "
                 "arbetsgivarens ansvar inte uppfylls."],
        "value": "12",
        "controls": "Uppföljning av att en plan för återgång i arbete finns senast dag 30 "
        "i alla sjukfall som förväntas bli längre än 60 dagar.",
        "follows": "Delvis",
        "comment": ["Av 48 sjukfall som pågått längre än 60 dagar hade 39 en plan för "
                    "återgång i arbete i tid. Granskningen av de nio övriga fallen visade "
                    "att planen saknades av olika skäl. HR-enheten har gått igenom fallen "
                    "med respektive chef och noterade följande:",
                    "• fem planer upprättades först efter dag 30,",
                    "• i tre fall saknades kontakt med företagshälsovården,",
                    "• ett ärende hade inte registrerats i rehabiliteringsstödet."],
    },
    {
        "process": "Arbetsmiljö",
        "risk": ["**Hot och våld**",
                 "Risk att tillbud och arbetsskador inte anmäls och att åtgärder därför "
                 "uteblir."],
        "value": "9",
        "controls": "Jämförelse av anmälningar i KIA med skyddsombudens rapporter.",
        "follows": "Ja",
        "comment": "Antalet anmälningar ökade med 14 procent, vilket tolkas som en bättre "
        "anmälningskultur.",
    },
    {
        "process": "Löneadministration",
        "risk": ["**Obehörig attest**",
                 "Risk att chefer attesterar egna ersättningar för övertid och resor."],
        "value": "8",
        "controls": "Systemkontroll av attesträtter och behörigheter i självservicen.",
        "follows": "Nej",
        "comment": "Tre chefer hade attesterat egna reseräkningar. Behörigheterna har "
        "ändrats och ärendena har utretts av ekonomienheten.",
    },
]


def pn2024() -> Doc:
    cols = [
        Col("process", "Process", 2.6, "process", "left"),
        Col("risk", "Risk", 3.7, "risk", "left"),
        Col("value", "Riskvärde", 1.9, "risk_value", "left"),
        Col("controls", "Kontrollmoment", 3.3, "controls", "left"),
        Col("follows", "Följer plan", 1.8, "follows_plan", "left"),
        Col("comment", "Kommentar", 3.7, "comment", "left"),
    ]
    t = Table("Risker", cols, PN_ROWS, rule="0.5pt solid #000000", header_fill=None,
              font="Carlito", size=11, pad=0.19, margin_top=0.4)
    title = "Helårsuppföljning av internkontrollplan 2024"
    blocks = [
        P("Personalnämnden", "Sub"),
        P(title, "Title"),
        P("Personalnämnden ansvarar för kommunens arbetsgivarfrågor: lön, rekrytering, "
          "arbetsmiljö och kompetensförsörjning. Nämnden antog internkontrollplanen för "
          "2024 i december 2023."),
        P("I den risk- och väsentlighetsanalys som planen bygger på bedömdes 13 risker. Fem "
          "av dem bedömdes som kritiska och har kontrollerats under året. Resultatet "
          "redovisas i tabellen nedan."),
        P("Sammanfattning", "H2"),
        P("Tre av fem kontroller visar att rutinerna följs. Kontrollen av "
          "rehabiliteringsärenden visar att planer för återgång i arbete inte alltid "
          "upprättas i tid, och kontrollen av attesträtter visar att chefer har kunnat "
          "attestera egna ersättningar. Behörigheterna har ändrats under hösten."),
        P("HR-enheten kommer under 2025 att utbilda nya chefer i rehabiliteringsprocessen "
          "och föreslår att kontrollen av attesträtter återkommer i nästa års plan."),
        P("Kontrollernas resultat", "H2"),
        t,
        P("Nämnden föreslås godkänna uppföljningen och överlämna den till "
          "kommunstyrelsen."),
    ]
    return Doc(
        "pn2024_word_default_bold_titles_bullet_after_pagebreak", blocks,
        Page(left=2.0, right=2.0),
        font="Carlito", body_size=11, cell_size=11,
        footer="Personalnämnden – helårsuppföljning internkontroll 2024 – sida {page}",
        organ="Personalnämnden", year=2024, period="helår", title=title,
        risks_inventoried=13, risks_critical=5,
    )
