"""Kultur- och fritidsnämnden, delårsuppföljning 2023: processes holding labelled sub-risks,
empty cells, and one row whose risk, controls and handling cells each hold "a) ..." and
"b) ..." parts."""

from specmodel import Column, Layout, PageGeom, Sample

ROWS = [
    {
        "process": "Bidrag till föreningar",
        "process_span": 3,
        "risk": "a) Risk att föreningsbidrag betalas ut på felaktiga grunder, till exempel "
        "genom felaktigt redovisat medlemsantal eller antal aktivitetstillfällen.",
        "value": 9,
        "controls": "a) Stickprov av 10 föreningars redovisning av aktivitetstillfällen mot "
        "närvarolistor.",
        "handling": "a) Granskas inom internkontrollplanen.",
        "follows": "Ja",
        "comment": "Stickprov har gjorts för tio föreningar. I två fall avvek redovisat antal "
        "sammankomster från närvarolistorna; återkrav om totalt 18 400 kronor har beslutats.",
    },
    {
        "risk": "b) Risk att bidragsbeslut fattas av person utan delegation.",
        "value": 9,
        "controls": "b) Jämförelse av beslut i e-tjänsten mot gällande delegationsordning.",
        "handling": "b) Omhändertas i ordinarie verksamhet.",
        "follows": "Ja",
        "comment": None,
    },
    {
        "risk": "c) Risk att bidragsregler och e-tjänster inte är anpassade efter föreningarnas "
        "förutsättningar, vilket kan leda till ojämlik fördelning.",
        "value": 9,
        "controls": None,
        "handling": "c) Översyn av bidragsreglerna i dialog med föreningsrådet.",
        "follows": "Delvis",
        "comment": "Översynen har påbörjats men förskjuts till 2024 på grund av vakant tjänst "
        "som föreningskonsulent.",
    },
    {
        "process": "Fritidsgårdar och öppen ungdomsverksamhet",
        "risk": [
            "Fritidsgårdarna",
            "a) Risk för hot och våld mot personal och besökare vid kvälls- och helgöppet.",
            "b) Risk att ensamarbete förekommer trots gällande rutin.",
        ],
        "value": 12,
        "controls": [
            "a) Larm- och säkerhetsrutiner, minst två personal i tjänst och samverkan med polis "
            "och fältgrupp.",
            "b) Schemaläggning i bemanningssystemet och kontroll av scheman varje vecka.",
        ],
        "handling": [
            "a) Hot- och våldsutbildning för all personal samt riskbedömning inför arrangemang.",
            "b) Uppföljning av avvikelser och revidering av rutin för ensamarbete.",
        ],
        "follows": "Ja",
        "comment": "Utbildning i hot och våld genomfördes i mars för 23 medarbetare. Under "
        "perioden har fyra avvikelser om ensamarbete rapporterats, samtliga vid sjukfrånvaro. "
        "Rutinen ses över i september.",
    },
    {
        "process": "Bibliotek och kulturhus",
        "process_span": 2,
        "risk": "a) Risk att låntagares personuppgifter i bibliotekssystemet sparas längre än "
        "nödvändigt.",
        "value": 9,
        "controls": "a) Automatisk gallring i bibliotekssystemet och årlig kontroll av "
        "gallringsloggen.",
        "handling": "a) Granskas inom internkontrollplanen.",
        "follows": "Ja",
        "comment": "Gallringen fungerar enligt plan. Kontroll av loggen 2023-06-15 visade inga "
        "avvikelser.",
    },
    {
        "risk": "b) Risk att utställningar och arrangemang genomförs utan tillstånd eller "
        "riskbedömning enligt brandskyddsregler.",
        "value": 9,
        "controls": None,
        "handling": "b) Checklista för arrangemang införs och kopplas till lokalbokningen.",
        "follows": None,
        "comment": "Checklistan är framtagen men ännu inte införd i lokalbokningssystemet.",
    },
    {
        "process": "Informationssäkerhet",
        "risk": "Risk att IT-system för bokning och kassa inte uppdateras, med risk för intrång "
        "och avbrott.",
        "value": 12,
        "controls": "Avtal med leverantör om säkerhetsuppdateringar.",
        "handling": None,
        "follows": "Delvis",
        "comment": "Leverantörens uppdateringar installeras, men avtalet saknar krav på "
        "incidentrapportering. Frågan lyfts vid avtalsuppföljningen i oktober.",
    },
]

SAMPLE = Sample(
    name="kfn2023_delar_labelled_subrisks",
    organ="Kultur- och fritidsnämnden",
    year=2023,
    period="delår",
    title="Delårsuppföljning av Kultur- och fritidsnämndens internkontrollplan 2023",
    risks_inventoried=12,
    risks_critical=8,
    layout=Layout(
        page=PageGeom(29.7, 21.0, 1.8, 1.8, 2.2, 2.2),
        font="DejaVu Serif",
        body_size=10,
        cell_size=8,
        title_size=14,
        heading_size=12,
        rules="full",
        rule_color="#404040",
        rule_width="0.75pt",
        cell_padding=0.12,
        running_header="Kultur- och fritidsförvaltningen",
        footer="Sida {page}",
    ),
    prose=[
        ("h1", "Inledning"),
        (
            "p",
            "Kultur- och fritidsnämnden följer två gånger per år upp nämndens "
            "internkontrollplan. Denna uppföljning avser perioden januari–augusti 2023 och ska "
            "läsas tillsammans med nämndens delårsrapport.",
        ),
        (
            "p",
            "Nämndens bruttolista omfattar 12 risker. Åtta av dem har bedömts ha ett riskvärde "
            "som gör dem kritiska, och samtliga åtta redovisas i tabellen nedan. Risker inom "
            "samma ansvarsområde har märkts med bokstav.",
        ),
    ],
    columns=[
        Column("process", "Ansvarsområde/process", "process", 2.8),
        Column("risk", "Identifierad risk", "risk", 4.2),
        Column("value", "Riskvärde", "risk_value", 1.5, "center"),
        Column("controls", "Befintliga kontroller", "controls", 4.0),
        Column("handling", "Planerad hantering", "handling", 4.0),
        Column("follows", "Följer plan", "follows_plan", 1.6, "center"),
        Column("comment", "Kommentar per 31 augusti", "comment", 7.2),
    ],
    rows=ROWS,
    made="A4 landscape, DejaVu Serif 8 pt in the table (10 pt prose), every cell ruled "
    '(0.75 pt #404040), running page header "Kultur- och fritidsförvaltningen", footer '
    '"Sida N". Columns 2.8 / 4.2 / 1.5 / 4.0 / 4.0 / 1.6 / 7.2 cm.',
    tests="Labelled sub-risks a) b) c) under processes spanning 3 and 2 rows; one row whose "
    'risk cell holds a heading ("Fritidsgårdarna") and two labelled parts, with controls and '
    "handling split by the same labels and value/comment copied to both risks; empty cells "
    "(comment, controls, handling, Följer plan) giving null.",
)
