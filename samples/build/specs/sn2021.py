"""Socialnämnden, helår 2021: portrait, a long comment that runs across a page break under the
repeated header row; "Kommentar" stands before "Följer plan"."""

from specmodel import Column, Layout, PageGeom, Sample

LONG_COMMENT = [
    "Granskningen har genomförts vid två tillfällen, i juni och i november, med totalt 40 "
    "stickprov fördelade på gruppbostäder, servicebostäder och daglig verksamhet. I juni "
    "saknades aktuell genomförandeplan för 9 av 20 brukare och i ytterligare 4 fall var planen "
    "inte uppföljd inom sex månader. Bristerna var störst inom daglig verksamhet, där "
    "verksamheten under våren delvis var stängd på grund av covid-19 och där personalen i stor "
    "utsträckning arbetade i andra verksamheter.",
    "Efter den första granskningen har enhetscheferna fått en sammanställning per enhet och en "
    "handlingsplan har tagits fram. Under hösten har samtlig baspersonal genomgått en "
    "utbildning i dokumentationsskyldighet och social dokumentation enligt LSS, och "
    "verksamhetssystemet har kompletterats med en påminnelsefunktion som signalerar när en "
    "genomförandeplan ska följas upp.",
    "Vid granskningen i november saknades genomförandeplan för 3 av 20 brukare och 2 planer "
    "var inte uppföljda i tid. Resultatet är en tydlig förbättring men når inte målet att "
    "samtliga brukare ska ha en aktuell plan. Förvaltningen bedömer att förbättringen till stor "
    "del beror på påminnelsefunktionen och att kvarvarande brister främst gäller enheter med "
    "hög personalomsättning och många timvikarier.",
    "Kontrollen föreslås därför ligga kvar i internkontrollplanen för 2022 med samma "
    "omfattning. Dessutom ska enhetscheferna redovisa status för genomförandeplanerna vid "
    "varje verksamhetsuppföljning, och en särskild introduktion i dokumentation tas fram för "
    "nyanställda och vikarier i LSS-verksamheten.",
]

ROWS = [
    {
        "process": "Myndighetsutövning barn och unga",
        "risk": "Risk att förhandsbedömning inte görs inom 14 dagar efter att en anmälan har "
        "inkommit, vilket strider mot socialtjänstlagen.",
        "value": 12,
        "controls": "Månadsvis uttag ur verksamhetssystemet av anmälningar och beslutsdatum.",
        "handling": "Granskas inom internkontrollplanen.",
        "comment": "Av 412 anmälningar under året har 389 förhandsbedömts inom 14 dagar (94 "
        "procent). Avvikelserna var koncentrerade till mars och april, då flera handläggare "
        "var sjuka i covid-19.",
        "follows": "Delvis",
    },
    {
        "process": "LSS-verksamheten",
        "risk": "Risk att genomförandeplaner saknas eller inte följs upp för brukare med "
        "insatser enligt LSS, vilket kan leda till att insatserna inte motsvarar den enskildes "
        "behov.",
        "value": 9,
        "controls": "Stickprov i 20 akter per halvår och granskning av uppföljningsdatum.",
        "handling": "Granskas inom internkontrollplanen. Utbildning i dokumentationsskyldighet "
        "för baspersonal.",
        "comment": LONG_COMMENT,
        "follows": "Delvis",
    },
    {
        "process": "Hälso- och sjukvård i särskilt boende",
        "risk": "Risk för felaktig läkemedelshantering, till exempel att delegerad personal ger "
        "fel dos eller att signeringslistor inte förs.",
        "value": 12,
        "controls": "Kvartalsvisa avvikelserapporter och årlig egenkontroll av läkemedelsförråd.",
        "handling": "Omhändertas i patientsäkerhetsberättelsen och ledningssystemet för kvalitet.",
        "comment": "Antalet läkemedelsavvikelser har minskat med 18 procent jämfört med 2020. "
        "Egenkontrollen visade att samtliga läkemedelsförråd var låsta och att delegeringarna "
        "var aktuella.",
        "follows": "Ja",
    },
    {
        "process": "Ekonomiskt bistånd",
        "risk": "Risk för felaktiga utbetalningar av ekonomiskt bistånd på grund av "
        "ofullständigt beslutsunderlag eller brister i kontroll mot andra myndigheter.",
        "value": 9,
        "controls": "Attest av utbetalningar av två handläggare och stickprov i 25 akter per "
        "kvartal. Kontroll via SSBTEK.",
        "handling": "Granskas inom internkontrollplanen.",
        "comment": "Stickproven visade fyra ärenden där kontroll mot Försäkringskassan inte var "
        "dokumenterad. Inga felaktiga utbetalningar har konstaterats.",
        "follows": "Ja",
    },
    {
        "process": "Administration och arkiv",
        "risk": "Risk att allmänna handlingar inte diarieförs och att sekretessbelagda "
        "uppgifter lämnas ut felaktigt.",
        "value": 9,
        "controls": "Stickprov i diariet och genomgång av utlämnade handlingar.",
        "handling": "Omhändertas genom utbildning i offentlighet och sekretess för nyanställda.",
        "comment": "Utbildningen har genomförts digitalt vid tre tillfällen med sammanlagt 64 "
        "deltagare. Inga felaktiga utlämnanden har rapporterats under 2021.",
        "follows": "Ja",
    },
]

SAMPLE = Sample(
    name="sn2021_long_comment_pagebreak",
    organ="Socialnämnden",
    year=2021,
    period="helår",
    title="Uppföljning av Socialnämndens internkontrollplan 2021 – helår",
    risks_inventoried=16,
    risks_critical=7,
    layout=Layout(
        page=PageGeom(21.0, 29.7, 2.5, 2.0, 2.2, 2.0),
        font="Liberation Serif",
        body_size=11,
        cell_size=9.5,
        title_size=16,
        heading_size=13,
        rules="full",
        cell_padding=0.1,
        footer="Socialnämnden – internkontroll 2021, sida {page}",
    ),
    prose=[
        ("h1", "Bakgrund"),
        (
            "p",
            "Socialnämnden ansvarar enligt kommunallagen för att den interna kontrollen inom "
            "nämndens verksamheter är tillräcklig. Internkontrollplanen för 2021 antogs av "
            "nämnden i januari 2021 och bygger på förvaltningens risk- och "
            "väsentlighetsanalys.",
        ),
        ("h1", "Resultat av riskanalysen"),
        (
            "p",
            "Förvaltningen har inventerat 16 risker inom myndighetsutövning, LSS-verksamheten, "
            "hälso- och sjukvård samt administration. Av de inventerade riskerna bedömdes sju "
            "som kritiska. Två av dem hanteras inom ramen för arbetet med ny verksamhetsplan och "
            "redovisas inte här; övriga fem följs upp nedan.",
        ),
        (
            "p",
            "Året har präglats av covid-19-pandemin, som har påverkat både bemanningen och "
            "möjligheten att genomföra planerade kontroller på plats. Flera kontroller har "
            "därför genomförts digitalt.",
        ),
    ],
    columns=[
        Column("process", "Process", "process", 2.3),
        Column("risk", "Risk", "risk", 3.0),
        Column("value", "Riskvärde", "risk_value", 1.3, "center"),
        Column("controls", "Kontrollmoment", "controls", 2.8),
        Column("handling", "Hantering", "handling", 2.6),
        Column("comment", "Kommentar", "comment", 3.5),
        Column("follows", "Följer plan", "follows_plan", 1.3, "center"),
    ],
    rows=ROWS,
    made="A4 portrait, Liberation Serif 9.5 pt in the table (11 pt prose), every cell ruled "
    '(0.5 pt), footer "Socialnämnden – internkontroll 2021, sida N". Columns 2.3 / 3.0 / '
    "1.3 / 2.8 / 2.6 / 3.5 / 1.3 cm.",
    tests="A four-paragraph comment that crosses a page break under the repeated header row "
    "(the row's other cells end on the first page); Kommentar before Följer plan; acronym "
    'SSBTEK, "covid-19", "LSS-verksamheten", "Hälso- och sjukvård" as a process; counts '
    'stated as "inventerat 16 risker" / "bedömdes sju som kritiska" with five risks in the '
    "table.",
)
