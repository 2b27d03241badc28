"""Holdout9 document C: Näringslivsnämnden, an unruled risk table with generous cell padding
(0.3 cm above and below the text of every cell) and a process cell spanning two risk rows."""

from holdout_model import Col, Doc, P, Page, Table

NLN_ROWS = [
    {
        "process": "Företagsservice och tillstånd",
        "_span": {"process": 2},
        "risk": "Risk att ansökningar om serveringstillstånd inte handläggs inom utlovad "
        "servicegaranti på åtta veckor.",
        "value": "9",
        "controls": "Uppföljning av handläggningstid för samtliga beslutade ansökningar "
        "under året.",
        "follows": "Ja",
        "comment": "Genomsnittlig handläggningstid var sex veckor. Två ärenden överskred "
        "garantin på grund av kompletteringar från sökanden.",
    },
    {
        "risk": "Risk att tillsynsbesök på serveringsställen inte genomförs enligt "
        "tillsynsplanen.",
        "value": "12",
        "controls": "Jämförelse mellan tillsynsplanen och genomförda besök enligt "
        "verksamhetssystemet.",
        "follows": "Delvis",
        "comment": "Av 85 planerade besök genomfördes 71. Vakanser under våren förklarar "
        "avvikelsen; de återstående besöken läggs i planen för 2025.",
    },
    {
        "process": "Näringslivsbidrag",
        "risk": "Risk att bidrag till föreningar och evenemang betalas ut utan beslut eller "
        "utan att villkoren för bidraget är uppfyllda.",
        "value": "12",
        "controls": "Granskning av samtliga utbetalda evenemangsbidrag över 20 000 kronor "
        "mot beslut och slutredovisning.",
        "follows": "Ja",
        "comment": "Nio bidrag granskades. Alla hade beslut och godkänd slutredovisning.",
    },
    {
        "process": "Destinationsutveckling",
        "risk": "Risk att avtalet med destinationsbolaget inte följs upp och att "
        "kommunens medel används för andra ändamål än avtalat.",
        "value": "8",
        "controls": "Avstämning av bolagets verksamhetsberättelse och ekonomiska redovisning "
        "mot avtalets mål och uppdrag.",
        "follows": "Nej",
        "comment": "Verksamhetsberättelsen för 2023 inkom först i oktober. Uppföljningsmöten "
        "ska hållas varje kvartal från och med 2025.",
    },
]


def nln2024() -> Doc:
    cols = [
        Col("process", "Process", 2.6, "process", "left"),
        Col("risk", "Risk", 3.6, "risk", "left"),
        Col("value", "Riskvärde", 1.6, "risk_value", "left"),
        Col("controls", "Kontrollmoment", 3.4, "controls", "left"),
        Col("follows", "Följer plan", 1.4, "follows_plan", "left"),
        Col("comment", "Kommentar", 4.4, "comment", "left"),
    ]
    t = Table("Risker", cols, NLN_ROWS, rules="none", header_fill=None,
              font="DejaVu Sans", size=8.5, pad=0.1, pad_v=0.3, margin_top=0.2)
    title = "Internkontrollplan 2024 – helårsuppföljning"
    blocks = [
        P("Näringslivsnämnden", "Sub"),
        P(title, "Title"),
        P("Nämnden ansvarar för kommunens företagsservice, tillstånd enligt alkohollagen, "
          "näringslivsbidrag och samarbetet med destinationsbolaget. Internkontrollplanen "
          "antogs i februari 2024."),
        P("I riskanalysen identifierades elva risker. Fyra av dem bedömdes som kritiska och "
          "har följts upp under året. Resultatet redovisas i tabellen."),
        t,
        P("Förslag till beslut: Näringslivsnämnden godkänner uppföljningen av "
          "internkontrollplanen för 2024."),
    ]
    return Doc(
        "nln2024_unruled_tall_padding_spanning_process", blocks, Page(left=2.0, right=2.0),
        font="DejaVu Sans", body_size=10, cell_size=8.5,
        footer="Näringslivsnämnden | helårsuppföljning 2024 | sida {page} av {pages}",
        organ="Näringslivsnämnden", year=2024, period="helår", title=title,
        risks_inventoried=11, risks_critical=4,
    )
