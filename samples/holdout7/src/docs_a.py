"""Holdout7 document A: Vatten- och avfallsnämnden, a plain "Word default" risk table (every
cell ruled 0.5 pt black, no shading, Carlito 11 pt, bold header, cell margins 0.19 cm, text
left-aligned) with six columns in portrait; each risk cell opens with a bold title line
followed by a description paragraph; Följer plan values with a footnote marker ("Ja¹",
"Nej²") and the footnotes under the table."""

from holdout_model import Col, Doc, P, Page, Table

VAN_ROWS = [
    {
        "_span": {"process": 2},
        "process": "Debitering av VA-avgifter",
        "risk": ["**Felaktig debitering**",
                 "Risk att fastighetsägare debiteras fel brukningsavgift på grund av "
                 "felaktiga mätarställningar eller fel tariff i kundregistret."],
        "value": "12",
        "controls": "Stickprov på 30 fakturor mot mätaravläsning och gällande VA-taxa.",
        "follows": "Ja¹",
        "comment": "Två av 30 fakturor hade fel tariff. Felen har rättats och kunderna har "
        "fått kreditfakturor.",
    },
    {
        "risk": ["**Felaktiga utbetalningar**",
                 "Risk att återbetalning av för mycket debiterade avgifter görs till fel "
                 "mottagare eller med fel belopp."],
        "value": "9",
        "controls": "Kontroll av samtliga återbetalningar över 5 000 kronor mot "
        "kundregistret och attestlistan.",
        "follows": "Ja",
        "comment": "41 återbetalningar kontrollerades. Samtliga var attesterade och gick "
        "till rätt mottagare.",
    },
    {
        "process": "Avfallshämtning",
        "risk": ["**Utebliven hämtning**",
                 "Risk att hushållsavfall inte hämtas enligt tömningsschemat och att "
                 "klagomål från kunderna inte hanteras."],
        "value": "8",
        "controls": "Uppföljning av entreprenörens avvikelserapporter och kundtjänstens "
        "ärenden varje månad.",
        "follows": "Nej²",
        "comment": "Antalet missade hämtningar ökade under sommaren till 212 i juli, mot "
        "målet högst 100 per månad. Entreprenören har fått vite och en åtgärdsplan har "
        "begärts in.",
    },
    {
        "process": "Dricksvattenkvalitet",
        "risk": ["**Bristande provtagning**",
                 "Risk att provtagning av dricksvatten inte sker enligt det fastställda "
                 "kontrollprogrammet."],
        "value": "16",
        "controls": "Jämförelse av genomförda provtagningar med kontrollprogrammet för "
        "vattenverken och ledningsnätet.",
        "follows": "Ja",
        "comment": "Alla 96 planerade prover togs. Ett prov från ledningsnätet i Norrby "
        "visade otjänligt vatten och kokningsrekommendation gällde i två dygn.",
    },
    {
        "process": "Upphandling och avtal",
        "risk": ["**Bristande avtalstrohet**",
                 "Risk att inköp görs utanför ramavtal, särskilt av reservdelar och "
                 "entreprenadtjänster."],
        "value": "12",
        "controls": "Analys av leverantörsreskontran för januari–augusti mot "
        "avtalsdatabasen.",
        "follows": "Nej²",
        "comment": "Inköp för 1,4 miljoner kronor gjordes hos leverantörer utan avtal. En "
        "direktupphandling av pumpservice saknade dokumentation.",
    },
    {
        "process": "Arbetsmiljö",
        "risk": ["**Arbete i slutna utrymmen**",
                 "Risk att personal går ned i brunnar och pumpstationer utan gasmätning och "
                 "utan vakt ovan jord."],
        "value": "9",
        "controls": "Granskning av arbetsordrar och loggar från gasvarnare för ett urval "
        "om 20 arbeten.",
        "follows": "Ja¹",
        "comment": "Gasmätning var dokumenterad vid samtliga 20 arbeten. Vakt ovan jord "
        "saknades vid ett tillfälle; händelsen har rapporterats i KIA.",
    },
]


def van2024() -> Doc:
    cols = [
        Col("process", "Process", 2.5, "process", "left"),
        Col("risk", "Risk", 3.6, "risk", "left"),
        Col("value", "Riskvärde", 1.9, "risk_value", "left"),
        Col("controls", "Kontrollmoment", 3.2, "controls", "left"),
        Col("follows", "Följer plan", 1.8, "follows_plan", "left"),
        Col("comment", "Kommentar", 4.0, "comment", "left"),
    ]
    t = Table("Risker", cols, VAN_ROWS, rule="0.5pt solid #000000", header_fill=None,
              font="Carlito", size=11, pad=0.19, margin_top=0.2)
    title = "Uppföljning av internkontrollplan 2024 – delår"
    blocks = [
        P("Vatten- och avfallsnämnden", "Sub"),
        P(title, "Title"),
        P("Bakgrund", "H2"),
        P("Nämnden beslutade i december 2023 om en internkontrollplan för 2024. Planen "
          "bygger på förvaltningens risk- och väsentlighetsanalys, där varje risk har "
          "bedömts efter sannolikhet och konsekvens. Riskvärdet är produkten av de två "
          "bedömningarna."),
        P("I riskanalysen har 15 risker bedömts. Sex av dem bedöms som kritiska och "
          "kontrolleras enligt planen. Den här uppföljningen omfattar perioden januari–augusti "
          "och redovisas för nämnden i samband med delårsrapporten."),
        P("Resultat av kontrollerna", "H2"),
        t,
        P("¹ Kontrollen har genomförts av ekonomienheten på uppdrag av förvaltningschefen.",
          "Small"),
        P("² En åtgärdsplan redovisas för nämnden vid sammanträdet i november 2024.",
          "Small"),
    ]
    return Doc(
        "van2024_word_default_table_footnote_follows", blocks, Page(left=2.0, right=2.0),
        font="Carlito", body_size=11, cell_size=11,
        footer="Vatten- och avfallsnämnden · uppföljning internkontroll delår 2024 · sida "
        "{page} av {pages}",
        organ="Vatten- och avfallsnämnden", year=2024, period="delår", title=title,
        risks_inventoried=15, risks_critical=6,
    )
