"""scan5 document A: Miljö- och naturvårdsnämnden, helår 2025, A4 portrait: the plain ruled
table a Word report prints (Liberation Sans 9 pt, every cell ruled, light blue header), six
columns in the usual order, all on one page, **no quirk**. Scanned grey at 300 dpi."""

from holdout_model import Col, Doc, P, Page, Table

ROWS = [
    {"process": "Tillsyn enligt miljöbalken",
     "risk": "Risk att miljöfarliga verksamheter inte får tillsyn med den frekvens som "
             "tillsynsplanen anger.",
     "value": "12",
     "controls": "Avstämning av genomförda tillsynsbesök mot tillsynsplanen per halvår.",
     "follows": "Delvis",
     "comment": "Av 86 planerade besök genomfördes 71. Resterande besök har flyttats till "
                "första kvartalet 2026."},
    {"process": "Livsmedelskontroll",
     "risk": "Risk att den årliga kontrollavgiften debiteras med fel riskklass, så att "
             "företagen betalar för mycket eller för lite.",
     "value": "9",
     "controls": "Stickprov på 25 livsmedelsanläggningar där riskklassningen jämförs med "
                 "debiterad avgift.",
     "follows": "Ja",
     "comment": "Riskklass och avgift stämde överens i samtliga granskade anläggningar."},
    {"process": "Bidrag till lokala naturvårdsprojekt",
     "risk": "Risk att bidrag betalas ut utan att projektet har slutredovisats enligt "
             "villkoren i beslutet.",
     "value": "9",
     "controls": "Genomgång av alla utbetalningar av naturvårdsbidrag under året.",
     "follows": "Nej",
     "comment": "Två av elva projekt fick slututbetalning innan slutredovisningen kommit in. "
                "Rutinen för utbetalning har skärpts."},
    {"process": "Delegation",
     "risk": "Risk att beslut om föreläggande fattas av tjänsteperson som saknar delegation "
             "för beslutet.",
     "value": "12",
     "controls": "Stickprov på 30 delegationsbeslut mot gällande delegationsordning.",
     "follows": "Ja",
     "comment": "Samtliga beslut var fattade med stöd av delegation och anmälda till "
                "nämnden."},
    {"process": "Direktupphandling",
     "risk": "Risk att konsulttjänster för provtagning och analys köps utan "
             "konkurrensutsättning.",
     "value": "9",
     "controls": "Granskning av inköp över 100 000 kronor i leverantörsreskontran.",
     "follows": "Delvis",
     "comment": "Ett inköp av vattenanalyser för 148 000 kronor saknade dokumenterad "
                "direktupphandling."},
    {"process": "Allmänna handlingar",
     "risk": "Risk att inkomna klagomål på störningar inte registreras i ärendesystemet "
             "och därför inte handläggs.",
     "value": "16",
     "controls": "Jämförelse av klagomål i funktionsbrevlådan med registrerade ärenden "
                 "under två månader.",
     "follows": "Ja",
     "comment": "Alla 64 klagomål var registrerade inom två arbetsdagar."},
    {"process": "Arbetsmiljö",
     "risk": "Risk att inspektörer utsätts för hot vid tillsynsbesök utan att händelsen "
             "rapporteras och följs upp.",
     "value": "12",
     "controls": "Genomgång av tillbudsrapporter och uppföljning på arbetsplatsträffar.",
     "follows": "Ja",
     "comment": "Tre tillbud rapporterades och alla har följts upp med åtgärder."},
]


def mnn2025() -> Doc:
    cols = [
        Col("process", "Process", 2.5, "process", align="left"),
        Col("risk", "Risk", 4.0, "risk"),
        Col("value", "Riskvärde", 1.4, "risk_value", align="center"),
        Col("controls", "Kontrollmoment", 3.7, "controls"),
        Col("follows", "Följer plan", 1.4, "follows_plan", align="left"),
        Col("comment", "Kommentar", 4.4, "comment"),
    ]
    table = Table("Uppföljning", cols, ROWS, rule="0.5pt solid #000000",
                  header_fill="#d9e2f3", size=9, head_size=9, font="Liberation Sans",
                  pad=0.1, keep_rows=True, margin_top=0.2)
    title = "Uppföljning av internkontrollplan 2025 – helår"
    blocks = [
        P("Miljö- och naturvårdsnämnden", "Sub"),
        P(title, "Title"),
        P("Bakgrund", "H2"),
        P("Nämnden ska enligt kommunens reglemente för intern kontroll varje år anta en "
          "internkontrollplan och följa upp den. Planen för 2025 antogs den 11 december 2024 "
          "och bygger på förvaltningens risk- och väsentlighetsanalys."),
        P("I riskanalysen bedömdes 19 risker. Sju av dem fick ett riskvärde på 9 eller "
          "högre och ingår med kontrollmoment i planen. Riskvärdet är sannolikhet gånger "
          "konsekvens på en skala från 1 till 16."),
        P("Resultat", "H2"),
        P("Fyra kontroller följer planen, två följer den delvis och en följer den inte. "
          "Resultatet för varje kontrollmoment redovisas i tabellen."),
        table,
        P("Bedömning", "H2"),
        P("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. "
          "Avvikelserna för naturvårdsbidragen och direktupphandlingen följs upp i "
          "internkontrollplanen för 2026."),
    ]
    return Doc(
        name="mnn2025_scan_plain_ruled_table",
        blocks=blocks,
        page=Page(top=2.0, bottom=2.0, left=1.8, right=1.8),
        font="Liberation Serif",
        body_size=11,
        cell_size=9,
        footer="Miljö- och naturvårdsnämnden · Internkontroll 2025 · Sida {page}",
        organ="Miljö- och naturvårdsnämnden",
        year=2025,
        period="helår",
        title=title,
        risks_inventoried=19,
        risks_critical=7,
    )
