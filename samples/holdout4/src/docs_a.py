"""Holdout4 document A: Funktionsstödsnämnden, section rows inside a risk table with a process
column, sub-risks numbered "1.1" / "1.2" in a Nr column, an empty Följer plan cell and a
comment that holds only "–"."""

from holdout_model import SECTION, Col, Doc, P, Page, Table

FUN_ROWS = [
    {SECTION: "Myndighetsutövning"},
    {
        "_span": {"process": 2},
        "nr": "1.1",
        "process": "Handläggning av ansökningar enligt LSS",
        "risk": "Risk att utredningar om insatser enligt LSS inte avslutas inom fyra månader, "
        "så att den enskilde får vänta på beslut och nämnden får kritik från IVO.",
        "value": "12",
        "controls": "Månatligt uttag ur verksamhetssystemet över pågående utredningar som är "
        "äldre än 90 dagar.",
        "follows": "Ja",
        "comment": "I juni var elva utredningar äldre än fyra månader, i augusti fyra. "
        "Väntetiden har minskat sedan två handläggare anställdes i april. Uttaget tas fram "
        "av systemförvaltaren och gås igenom på enhetens möte varje månad.",
    },
    {
        "nr": "1.2",
        "risk": "Risk att LSS-beslut saknar en motivering som den enskilde kan förstå, "
        "eller att beslut om avslag inte får en korrekt överklagandehänvisning.",
        "value": "9",
        "controls": "Stickprov på 15 beslut per tertial som granskas av en jurist "
        "på kommunledningskontoret.",
        "follows": "Delvis",
        "comment": "Tolv av femton beslut hade en fullständig motivering. I tre avslagsbeslut "
        "saknades hänvisning till förvaltningsrätten. Beslutsmallarna i IT-stödet har "
        "rättats 2024-06-30 och handläggarna har gått en halvdags utbildning.",
    },
    {
        "nr": "2",
        "process": "Verkställighet av beslut",
        "risk": "Risk att gynnande beslut om bostad med särskild service inte verkställs "
        "inom tre månader, vilket ska rapporteras och kan leda till en särskild avgift.",
        "value": "12",
        "controls": "Kvartalsvis genomgång av ej verkställda beslut och kontroll av att "
        "rapporteringen till IVO har skett.",
        "follows": None,
        "comment": "Kontrollen för andra kvartalet har skjutits upp eftersom rapporteringen "
        "till IVO gjordes sent. Resultatet redovisas i helårsuppföljningen.",
    },
    {SECTION: "Ekonomi"},
    {
        "_span": {"process": 2},
        "nr": "3.1",
        "process": "Personlig assistans",
        "risk": "Risk att de timmar som redovisas till Försäkringskassan inte stämmer med "
        "de timmar som assistenterna har arbetat enligt tidrapporterna.",
        "value": "9",
        "controls": "Avstämning av tidrapporter mot redovisningen till Försäkringskassan för "
        "tio brukare per månad.",
        "follows": "Ja",
        "comment": "Inga avvikelser över en timme per månad. Avstämningen görs sedan maj i "
        "e-tjänsten för tidrapportering, vilket har kortat handläggningstiden.",
    },
    {
        "nr": "3.2",
        "risk": "Risk att externa assistansanordnare fakturerar kommunen för fler timmar än "
        "beslutet omfattar, till exempel vid sjukdom eller korttidsvistelse.",
        "value": "8",
        "controls": "Kontroll av samtliga fakturor från externa anordnare mot beviljade "
        "timmar i beslutet.",
        "follows": "Nej",
        "comment": "Kontrollen har inte kunnat göras för juni och juli eftersom "
        "fakturaunderlagen kom in utan specifikation. Två anordnare har fått en skriftlig "
        "påminnelse om avtalets krav.",
    },
    {
        "nr": "4",
        "process": "Inköp av förbrukningsmaterial",
        "risk": "Risk att inköp görs utanför avtal när enheterna köper hygienartiklar och "
        "förbrukningsmaterial i lokala butiker.",
        "value": "8",
        "controls": "Stickprov på 30 leverantörsfakturor per halvår mot avtalskatalogen.",
        "follows": "Ja",
        "comment": "–",
    },
    {SECTION: "Personal och arbetsmiljö"},
    {
        "nr": "5",
        "process": "Hot och våld i boenden",
        "risk": "Risk att medarbetare i gruppbostäder utsätts för hot och våld utan att "
        "händelserna rapporteras och utan att riskbedömningar görs.",
        "value": "12",
        "controls": "Genomgång av tillbudsrapporter och kontroll av att varje gruppbostad "
        "har en aktuell riskbedömning.",
        "follows": "Delvis",
        "comment": "Fjorton av sjutton gruppbostäder hade en aktuell riskbedömning. "
        "Tillbuden rapporteras oftare sedan rapporteringen flyttades till en app i "
        "mobiltelefonen. Hot- och våldsutbildning ges till alla nyanställda.",
    },
    {
        "nr": "6",
        "process": "Delegering inom hälso- och sjukvård",
        "risk": "Risk att omvårdnadspersonal utför delegerade hälso- och sjukvårdsuppgifter "
        "utan giltig delegering, vilket kan leda till vårdskador.",
        "value": "9",
        "controls": "Jämförelse av delegeringsregistret med schemat för tre enheter per "
        "tertial.",
        "follows": "Ja",
        "comment": "Samtliga kontrollerade medarbetare hade giltig delegering. MAS har "
        "infört påminnelser i delegeringsregistret en månad innan en delegering löper ut.",
    },
]


def fun2024() -> Doc:
    t = Table(
        "Internkontrollplan 2024", [
            Col("nr", "Nr", 0.9, None, "left"),
            Col("process", "Process", 2.3, "process", "left"),
            Col("risk", "Risk", 3.4, "risk"),
            Col("value", "Riskvärde", 1.5, "risk_value", "center"),
            Col("controls", "Kontrollmoment", 3.2, "controls"),
            Col("follows", "Följer plan", 1.4, "follows_plan", "center"),
            Col("comment", "Kommentar", 5.3, "comment"),
        ], FUN_ROWS,
        rule="0.5pt solid #595959", header_fill="#dbe5f1", size=8.5, section_fill="#c6d9f0",
    )
    title = "Delårsuppföljning av Funktionsstödsnämndens internkontrollplan 2024"
    blocks = [
        P(title, "Title"),
        P("Funktionsstödsnämnden · Dnr FUN 2024/233 · 2024-09-17", "Sub"),
        P("Bakgrund", "H2"),
        P("Nämnden ska enligt kommunallagen se till att den interna kontrollen är "
          "tillräcklig och att verksamheten bedrivs på ett ändamålsenligt sätt. "
          "Internkontrollplanen för 2024 antogs av nämnden den 23 januari 2024, § 6. Den "
          "bygger på en risk- och väsentlighetsanalys där förvaltningens chefer har bedömt "
          "sannolikheten och konsekvensen för varje risk på en skala från 1 till 4."),
        P("Förvaltningen har identifierat 17 risker i nämndens verksamheter. Åtta av dem "
          "har ett riskvärde på 8 eller mer och ingår därför i internkontrollplanen med "
          "egna kontrollmoment. Övriga risker hanteras i det systematiska kvalitetsarbetet."),
        P("Resultat per område", "H2"),
        P("Tabellen redovisar riskerna per område: myndighetsutövning, ekonomi samt personal "
          "och arbetsmiljö. Risker som hör till samma process är numrerade med "
          "underpunkter."),
        t,
        P("Samlad bedömning", "H2"),
        P("Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar. Kontrollen "
          "av fakturor från externa assistansanordnare och verkställigheten av beslut om "
          "bostad med särskild service följs upp särskilt under hösten."),
    ]
    return Doc(
        "fun2024_section_rows_numbered_subrisks", blocks, Page(left=1.5, right=1.5),
        font="Liberation Sans", body_size=10, cell_size=8.5,
        footer="Funktionsstödsnämnden – delårsuppföljning 2024 – sida {page} av {pages}",
        organ="Funktionsstödsnämnden", year=2024, period="delår", title=title,
        risks_inventoried=17, risks_critical=8,
    )
