"""Word report 1: Landsbygdsnämnden, helår 2024. A cover, a contents page typed like Word's
(dotted leaders, page numbers), numbered headings ("1 Inledning", "2.1 Riskanalys"), a
footnote holding LAST year's counts beside this year's in the body, and the risk table only
in an appendix ("Bilaga 1") on a landscape page, with "Ställningstagande" as the handling
column. Word's "Table Grid" style."""

from holdout_model import Col, P, Page, Table
from tagged_writer import Toc, WordDoc, table_grid

ROWS = [
    {"process": "Landsbygdsutvecklingsbidrag",
     "risk": "Risk att bidrag till byalag och samlingslokaler betalas ut utan att "
             "föreningen har redovisat hur tidigare års bidrag har använts.",
     "value": "9",
     "controls": "Bidragsregler antagna av nämnden. Handläggaren kontrollerar att "
                 "verksamhetsberättelse och ekonomisk redovisning har kommit in.",
     "handling": "Granskas i internkontrollplanen genom stickprov på tio utbetalningar.",
     "follows": "Delvis",
     "comment": "Av tio granskade utbetalningar saknades redovisning för två. Föreningarna "
                "har kontaktats och redovisningarna har kommit in i efterhand. "
                "Rutinen har förtydligats så att utbetalning spärras tills redovisningen "
                "är registrerad i ärendehanteringssystemet."},
    {"process": "Stöd till kommersiell service",
     "risk": "Risk att hemsändningsbidrag till lanthandlare beräknas på felaktigt antal "
             "leveranser, eftersom underlaget lämnas på papper och inte stäms av.",
     "value": "8",
     "controls": "Lanthandlaren lämnar kvartalsvis en förteckning över hemsändningar.",
     "handling": "Omhändertas i verksamhetsplanen: digital rapportering och "
                 "avstämning mot kassaregister införs under året.",
     "follows": "Ja",
     "comment": "Digital rapportering infördes i maj. Avstämning mot kassaregister har "
                "gjorts för andra halvåret utan anmärkning."},
    {"process": "Bidrag till enskilda vägar",
     "risk": "Risk att driftbidrag betalas ut till vägföreningar som inte uppfyller "
             "villkoren om allmän framkomlighet och vinterväghållning.",
     "value": "12",
     "controls": "Vägföreningarna intygar årligen att villkoren är uppfyllda.",
     "handling": "Granskas i internkontrollplanen genom besiktning av ett urval vägar "
                 "tillsammans med Trafikverkets vägkonsulent.",
     "follows": "Ja",
     "comment": "Åtta vägar besiktigades i februari och oktober. Samtliga uppfyllde "
                "villkoren; en förening har fått påpekande om bristande skyltning."},
    {"process": "Bredbandsutbyggnad",
     "risk": "Risk att medfinansiering till fiberföreningar betalas ut innan Post- och "
             "telestyrelsens slutbesiktning är godkänd.",
     "value": "9",
     "controls": "Utbetalning sker mot faktura och lägesrapport från föreningen.",
     "handling": "Ställningstagande: rutinen ändras så att slutbesiktningsprotokoll krävs "
                 "före sista utbetalning.",
     "follows": "Ja",
     "comment": "Rutinen ändrades i mars. Två slututbetalningar har gjorts under året, "
                "båda mot godkänt protokoll."},
    {"process": "Upphandling och direktupphandling",
     "risk": "Risk att snöröjning och halkbekämpning i tätorterna köps in utan avtal "
             "eller över gränsen för direktupphandling.",
     "value": "12",
     "controls": "Riktlinjer för direktupphandling. Dokumentation av direktupphandlingar "
                 "över 100 000 kronor.",
     "handling": "Granskas i internkontrollplanen genom genomgång av leverantörsreskontran "
                 "för perioden januari–december.",
     "follows": "Nej",
     "comment": "Genomgången visade köp av snöröjningstjänster för 712 000 kronor från "
                "två leverantörer utan avtal. Upphandling av ramavtal pågår och väntas "
                "vara klar till vintersäsongen 2025/2026."},
    {"process": "Dataskydd",
     "risk": "Risk att personuppgifter i bidragsansökningar sparas längre än vad "
             "dokumenthanteringsplanen medger.",
     "value": "8",
     "controls": "Dokumenthanteringsplan och gallringsrutin.",
     "handling": "Omhändertas genom årlig gallring som dataskyddsombudet följer upp.",
     "follows": "Ja",
     "comment": "Gallring av ansökningar äldre än fem år genomfördes i november."},
    {"process": "Delegation",
     "risk": "Risk att beslut som fattas med stöd av delegation inte anmäls till nämnden.",
     "value": "9",
     "controls": "Delegationsordning. Delegationsbeslut anmäls vid varje sammanträde.",
     "handling": "Granskas i internkontrollplanen genom avstämning av beslut i "
                 "ärendehanteringssystemet mot nämndens protokoll.",
     "follows": "Delvis",
     "comment": "Fyra av 63 beslut om landsbygdsutvecklingsbidrag hade inte anmälts. "
                "De anmäldes vid sammanträdet i december."},
]

COLS = [
    Col("process", "Process", 2.6, "process", "left"),
    Col("risk", "Risk", 4.6, "risk", "left"),
    Col("value", "Riskvärde", 1.6, "risk_value", "center"),
    Col("controls", "Befintliga kontroller", 4.2, "controls", "left"),
    Col("handling", "Ställningstagande", 4.2, "handling", "left"),
    Col("follows", "Följer plan", 1.5, "follows_plan", "center"),
    Col("comment", "Kommentar", 6.0, "comment", "left"),
]

TITLE = "Uppföljning av internkontrollplan 2024"


def lbn2024():
    portrait = Page(21.0, 29.7, 2.5, 2.5, 2.5, 2.5)
    landscape = Page(29.7, 21.0, 1.8, 1.6, 2.0, 2.0)
    blocks = [
        P("Landsbygdsnämnden", "Organ"),
        P(TITLE, "Title"),
        P("Helårsrapport", "Subtitle"),
        P("Diarienummer: LBN 2025/031", "Small"),
        P("Datum: 2025-02-04", "Small"),
        P("Handläggare: Karin Holmström, controller", "Small"),
        Toc([
            (1, "1 Inledning", 3),
            (2, "1.1 Bakgrund", 3),
            (2, "1.2 Metod", 3),
            (1, "2 Uppföljning 2024", 3),
            (2, "2.1 Riskanalys", 3),
            (2, "2.2 Resultat av granskningarna", 4),
            (1, "3 Samlad bedömning", 4),
            (1, "Bilaga 1 Riskanalys och uppföljning", 5),
        ]),
        P("1 Inledning", "H1", break_before=True),
        P("1.1 Bakgrund", "H2"),
        P("Enligt kommunallagen 6 kap. 6 § ska nämnderna se till att verksamheten bedrivs "
          "enligt de mål och riktlinjer som fullmäktige har bestämt och att den interna "
          "kontrollen är tillräcklig. Kommunstyrelsens reglemente för intern kontroll anger "
          "att varje nämnd årligen ska anta en internkontrollplan och följa upp den."),
        P("Landsbygdsnämnden antog internkontrollplanen för 2024 den 14 december 2023. "
          "Denna rapport redovisar uppföljningen för helåret och lämnas till "
          "kommunstyrelsen tillsammans med nämndens verksamhetsberättelse."),
        P("1.2 Metod", "H2"),
        P("Förvaltningen har gjort granskningarna enligt planen. Resultatet har "
          "dokumenterats av respektive kontrollansvarig och sammanställts av "
          "controllern. Avvikelser har stämts av med berörd enhetschef."),
        P("2 Uppföljning 2024", "H1"),
        P("2.1 Riskanalys", "H2"),
        P("Inför 2024 gjordes en riskanalys av nämndens processer. I riskanalysen "
          "identifierades 18 risker^[Vid uppföljningen av 2023 års plan hade 15 risker "
          "identifierats, varav fem bedömdes som kritiska.], som bedömdes utifrån "
          "sannolikhet och konsekvens på en skala från 1 till 4. Sju av riskerna fick ett "
          "riskvärde på 8 eller högre och bedömdes därmed som kritiska."),
        P("För varje kritisk risk har nämnden tagit ställning till hur den ska hanteras: "
          "genom granskning i internkontrollplanen eller genom att omhändertas i "
          "verksamhetsplanen. Risker med lägre riskvärde hanteras i det ordinarie "
          "förbättringsarbetet. De kritiska riskerna och uppföljningen av dem redovisas i "
          "bilaga 1."),
        P("2.2 Resultat av granskningarna", "H2", break_before=True),
        P("Fyra av de sju kritiska riskerna har följt beslutad planering fullt ut. För två "
          "risker har planen följts delvis: redovisningar av landsbygdsutvecklingsbidrag "
          "saknades i två fall och fyra delegationsbeslut hade inte anmälts. För en risk, "
          "inköp av snöröjning, har planen inte följts."),
        P("Inköpen av snöröjningstjänster utan avtal är den allvarligaste avvikelsen. "
          "Förvaltningen har inlett en upphandling av ramavtal, och till dess att avtal "
          "finns ska varje beställning godkännas av förvaltningschefen."),
        P("3 Samlad bedömning", "H1"),
        P("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. "
          "Åtgärderna för de avvikelser som har upptäckts redovisas i bilaga 1 och följs "
          "upp i internkontrollplanen för 2025."),
        P("Bilaga 1 Riskanalys och uppföljning", "H1", master="Landscape"),
        P("Kritiska risker 2024, nämndens ställningstagande och uppföljning per 31 "
          "december. Riskvärde = sannolikhet × konsekvens (1–4). Följer plan anger om "
          "hanteringen enligt ställningstagandet har genomförts.", "Caption"),
        Table("Bilaga1", COLS, ROWS, size=9.0, head_size=9.0, font="Carlito",
              **table_grid(header_fill="#D9E2F3")),
    ]
    return WordDoc(
        name="lbn2024_toc_footnote_appendix",
        blocks=blocks,
        page=portrait,
        masters={"Landscape": landscape},
        table_master="Landscape",
        font="Carlito",
        body_size=11.0,
        footer="{page}",
        organ="Landsbygdsnämnden",
        year=2024,
        period="helår",
        title=TITLE,
        risks_inventoried=18,
        risks_critical=7,
    )
