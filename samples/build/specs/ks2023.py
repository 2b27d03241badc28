"""Kommunstyrelsen, helårsuppföljning 2023: the text of the reference report
(shared/reference/ks-2023-helarsuppfoljning.txt) as its author wrote it, hyphenation points
removed ("Omhändertas", "karriärvägar") and real hyphens kept ("Kompetens-försörjning (HR)",
"SAM-modulen", "Hot- och våldsutbildning", "kvalitets- och hållbarhetsperspektiv")."""

from specmodel import Column, Layout, PageGeom, Sample

TITLE = "Helårsuppföljning av kritiska risker i Kommunstyrelsens Internkontrollplan 2023"

PROSE = [
    ("h1", "Bakgrund"),
    (
        "p",
        "Enligt kommunallagen 6 kapitlet 6 § ska nämnderna se till att verksamheten bedrivs i "
        "enlighet med de mål och riktlinjer som fullmäktige har bestämt samt de bestämmelser i "
        "lag eller annan författning som gäller för verksamheten. De ska också se till att den "
        "interna kontrollen är tillräcklig och att verksamheten bedrivs på ett i övrigt "
        "tillfredsställande sätt. Detsamma gäller när skötseln av en kommunal angelägenhet med "
        "stöd av 10 kap 1 § har lämnats över till någon annan.",
    ),
    (
        "p",
        "Nämnden har för 2023 antagit en internkontrollplan som anger nio kritiska risker som "
        "ska granskas och/eller hanteras på annat sätt. För att säkerställa ett systematiskt "
        "arbetssätt sker återkoppling dels av risker som ska granskas, dels av risker som "
        "bedömts som kritiska men där hanteringen bedömts till annan än till granskning i "
        "internkontrollplanen",
    ),
    ("h1", "Uppföljning 2023"),
    (
        "p",
        "Kommunstyrelsen har antagit en internkontrollplan för 2023. Vid framtagandet av planen "
        "har en riskanalys genomförts där risker har inventerats, bedömts och getts förslag på "
        "hantering.",
    ),
    (
        "p",
        "I nämndens bruttolista har 21 risker inventerats och bedömts. Nio av dessa risker har "
        "ett riskvärde som värderar risken som kritisk. Risker med lägre riskvärde, som därmed "
        "ej bedömts som kritiska, omhändertas inom ramen för verksamhetens ordinarie "
        "systematiska förbättringsarbete.",
    ),
    (
        "p",
        "Åtta av de kritiska riskerna ska hanteras genom att omhändertas i annan planering. För "
        "varje risk har en specifik planering angetts. I tabellen nedan redovisas om den "
        "hantering som angivits i internkontrollplanen följts eller ej samt en beskrivning av "
        "genomförda och planerade aktiviteter. Alla kritiska risker bedöms följa beslutad "
        "planering.",
    ),
    (
        "p",
        "För risken att kommunens inköp och upphandlingar inte genomförs enligt ingångna avtal "
        "och kommunens styrdokument bedömde kommunstyrelsen att granskning inom ramen för "
        "internkontrollplanen skulle genomföras. Risken har kontrollerats under ett flertal år "
        "på samtliga nämnder och har för majoriteten av nämnder visat få avvikelser. Vid "
        "kontroll 2022 visade stickprov av tio fakturor inom Samhällsutvecklingsnämnden att det "
        "fanns tre med avvikelser. Utifrån detta bedömdes att kontroll för 2023 endast skulle "
        "utföras inom ramen för fakturor utställda till Samhällsutvecklingsnämnden. Stickprov "
        "har genomförts och resultatet visade inga avvikelser, för samtliga finns gällande "
        "ramavtal från vilket avrop har genomförts. Detta visar att kommunen levt upp till "
        "gällande avtalstrohet och inga anmärkningar eller behov av åtgärder föreligger utifrån "
        "denna granskning. Resultatet av denna granskning redovisas även till berörd nämnd inom "
        "ramen för återkoppling av nämndens internkontrollplan.",
    ),
]

HEADERS = [
    ("process", "Ansvarsområde/process", "process"),
    (
        "risk",
        "Risk i verksamheten för att inte kunna säkerställa utförandet av ansvarsområde/process",
        "risk",
    ),
    ("value", "Riskvärde", "risk_value"),
    ("controls", "Befintliga åtgärder/kontrollmoment", "controls"),
    ("handling", "Ställningstagande av hantering (planering)", "handling"),
    ("follows", "Följer plan:", "follows_plan"),
    ("comment", "Kommentar:", "comment"),
]
CENTERED = {"value", "follows"}


def columns(widths: dict) -> list:
    return [
        Column(key, header, fld, widths[key], "center" if key in CENTERED else "justify")
        for key, header, fld in HEADERS
    ]


ROWS = [
    {
        "process": "Kompetens-försörjning (HR)",
        "process_span": 2,
        "risk": "a) Risk att inte behålla kompetens, vara attraktiv arbetsgivare, finnas "
        "karriärvägar. inte kunna leverera på uppdrag/ökat antal sjukskrivningar",
        "value": 9,
        "controls": "a) Individuella utvecklingsplaner i medarbetarsamtal, karriärutveckling "
        "ledararenan, personalförening, hälsoinspiratörer, förmåner, introduktionsplaner/dagar, "
        "SAM, utvecklande ledarskap, chefsdagar. Innovation är en viktig del.",
        "handling": "a) Hanteras genom att följas upp i modul SAM. Omhändertas genom "
        "kompetensförsörjningsplan och kompetensskattningar i VP 2023. Kompetensförsörjningen "
        "behöver knytas ihop med arbetet för varumärket och kommunens värdegrund.",
        "follows": "Ja",
        "comment": "Ny kompetensinventering är genomförd för 2023 och vi har nu en skattning på "
        "sårbarheten för samtliga befattningar i kommunen. En reviderad "
        "kompetensförsörjningsstrategi är framarbetad och ska politiskt beslutas. Strategin "
        "kommer kompletteras med en rutin samt en konkret handlingsplan för kommande år. "
        "SAM-modulen är utvecklad och förenklad under våren 2023. Ett omtag är gjort kring "
        "hälsoinspiratörerna och lanserades vid årets start. Den årliga uppföljningen av SAM "
        "görs i systemet 2024 och är en del i återrapporteringen till KSAU i "
        "arbetsmiljörapporten för 2023. Rekryteringsprocessen av nya kandidater för vårt "
        "aspirantprogram Ledararena är genomförd och programmet starts i februari 2024. "
        "Introduktioner av nya chefer kring HR har utvecklats och brutits ur den gemensamma "
        "snabbintroduktionen för att ge en mer grundlig introduktion i alla områden som berör "
        "HR. Arbetet med att ”sy ihop” varumärket och vår värdegrund så att de harmoniserar "
        "ligger i kommande planering.",
    },
    {
        "risk": "b) Risk att inte kunna rekrytera och attrahera nya medarbetare – inte kunna "
        "leverera på uppdrag/ ökat antal sjukskrivningar",
        "value": 9,
        "controls": "b) Rekryteringsföretag som arbetar med search, varumärket och profilering "
        "har påbörjats, sociala medier kan bli en viktigare del.",
        "handling": "b) Varumärket och profilering behöver utvecklas och chefer behöver "
        "utbildas inom kompetensbaserad rekrytering, vilket kommer omhändertas i VP 2023. "
        "Marknadsföring på t ex arbetsmarknadsmässor kan behöva ske som en långsiktig "
        "aktivitet. Öka antalet studentmedarbetare.",
        "follows": "Ja",
        "comment": "Till viss del har vi arbetet med detta. Våra rekryteringssystem har "
        "uppgraderats så att KBR (kompetensbaserad rekrytering) finns som stöd vid "
        "annonsskrivning, intervjufrågor och referenstagningsfrågor. En stor satsning har gjort "
        "kring obligatorisk utbildning kring intervjuteknik för rekryterande chefer. Vi har inte "
        "kunnat prioritera mässor, kampanjer i sociala medier eller andra aktiviteter utifrån "
        "sparåtgärder.",
    },
    {
        "process": [
            "Exploatering (avtal)",
            "(Risken finns även i förslag till bruttolista/intern kontrollplan för SUN och BMN)",
        ],
        "risk": "Risk att politisk intention för samhällsbyggandet inte får praktiskt utfall, "
        "att avtalen inte används i deras fulla potential utifrån kvalitets- och "
        "hållbarhetsperspektiv. Risk att det saknas förmåga eller möjlighet att använda avtalen "
        "utifrån deras fulla potential.",
        "value": 9,
        "controls": [
            "Agenda 2030 som bas i politiska målen. Samspel mellan detaljplanerna, byggloven och "
            "avtalen.",
            "Reviderade riktlinjer.",
        ],
        "handling": "Hanteras genom att inkludera alla kvalitets- och hållbarhetsperspektiv i "
        "diskussion med exploatören och inskrivet i avtalen. Utvecklingsarbete behövs för att "
        "systematiskt få in samspelet. Bör synliggöras med ett gemensamt uppdrag från KS, BMN "
        "och SUN. Diskussion vid framtagande av verksamhetsplan pågår.",
        "follows": "Ja",
        "comment": "Grunden för exploateringsprocessen är lagd och arbete med utveckling av "
        "processen har fortskridit för att skapa tydlighet i strukturer, ledning och styrning "
        "samt effektivitet och kvalitet i samspel och samordning mellan Tillväxtkontoret och "
        "Samhällsbyggnadskontoret. Det har i praktiken ännu inte varit möjligt att införa de "
        "ökade kraven och ambitionerna i de reviderade riktlinjerna då inga "
        "exploateringsprojekt har drivits eller startas under perioden. I december "
        "2023/januari 2024 kommer dock flera exploateringsprojekt att startas/drivas. Mot "
        "bakgrund av detta bedöms framöver sannolikheten som lägre för att risken ska inträffa.",
    },
    {
        "process": [
            "Krisplaner/hot och våld/extraordinära händelser (larm) för personal/kunder",
            "(Kultur och fritidskontoret)",
        ],
        "process_span": 2,
        "risk": ["Ungdomsverksamheten, CIK", "a) risker i uppsökande verksamhet"],
        "value": 8,
        "controls": "a) Trygghetsvandring har genomförts tillsammans med bland annat polisen. "
        "Kontinuerlig introduktion sker med ny personal. Samverkan har utvecklats tillsammans "
        "med Vård- och omsorgskontoret samt utbildningskontoret.",
        "handling": "a) Omhändertas i fortsatt utvecklingsarbete. Hot- och våldsutbildning "
        "behöver t ex genomföras kontinuerligt.",
        "follows": "Ja",
        "comment": "Uppsökande verksamhet fortsätter och etablerade rutiner finns. Kommunen har "
        "i kombination med detta adderat trygghetsvärdar som också samarbetar med gruppen. "
        "Riskanalys har genomförts på CIK och det har blivit lugnare, några åtgärder har gjorts "
        "och några är kvar att göra. Förhöjda säkerhetsrutiner har etablerats i CIK i och med "
        "det ökade säkerhetsläget nationellt. Angående väskor och jackor osv.",
    },
    {
        "risk": [
            "Biblioteket",
            "d) öppen plats där alla har tillträde, risk att personalen utsätts för personer "
            "som beter sig aggressivt, ändrade verksamhetsförhållanden i kommunhuset.",
        ],
        "value": 8,
        "controls": "d) Rutiner, överfallslarm, lokalerna ger möjlighet att inrymma. "
        "Arbetssätt. Överlämning vid pass. Aldrig arbetar själva. Arbetsrum i anslutning. "
        "Viktigt att dokumentera händelser. Lag om tillträdesförbud.",
        "handling": "d) Omhänderta genom utbildning, larmtest. Se över säkerhetsrutiner. "
        "Utveckla samverkan/analys med socialtjänsten. Nya ordningsregler kommer antas.",
        "follows": "Ja",
        "comment": "Genomgång av säkerhet har gjorts. Vi kommer köpa in ”kvitterlarm” till "
        "flera enheter. Det är kvar att göra. Vi har lämnat i uppdrag till alla enheter på "
        "kontoret att identifiera en inrymningsplan. Som ledningsgrupp ska vi arbeta med "
        "säkerhetsfrågor mer systematiskt från årsskiftet.",
    },
    {
        "process": "Upphandling och inköp",
        "risk": "Risk att medarbetare tar mutor eller bestickning vid upphandling",
        "value": 8,
        "controls": "Upphandlingsenheten bidrar som ett kontrollmoment. Inköpsanalysen "
        "synliggör och kvalitetssäkrar. Tvåstegsraket i ekonomisystem. Upphandlingssystemet "
        "dokumenterar ärendet.",
        "handling": "Hanteras genom utvecklingsarbete. Rutiner i upphandlingsenheten ska ses över.",
        "follows": "Ja",
        "comment": [
            "Översyn av upphandlingsenhetens rutiner är genomförd, slutsatsen är att de är väl "
            "fungerande och kända (mindre förändringar har gjorts). Öppningsprotokoll och "
            "tilldelningsbeslut sker två personer i förening för att minska risker för mutor och "
            "bestickning. Kunskap och information om mutor och bestickning är känt i funktionen. "
            "Policy mot korruption ska revideras 2024 (arbetet påbörjat 2023), styrdokument "
            "kommer ägas av upphandlingsenheten.",
            "Inköpsanalys för kommunen som helhet och per kontor är under framtagande. Analysen "
            "ger svar på avtalstäckningsgrad och avtalstrohet. Avtalstroheten synliggör om inköp "
            "sker från andra leverantörer än med den upphandlade. Denna information analyseras, "
            "varför har vi en avvikelse? Har vi inget avtal för varan eller tjänsten kan ett "
            "avtal behöva upphandlas (blir input till upphandlingsplanen.",
            "Attestordning i ekonomisystem, granskare och slutattestant (tvåstegsraket fungerar "
            "som det ska). Processen gäller för alla leverantörsfakturor, varje dag, betalningar "
            "kontrolleras även genom verktyget Inyett där utbetalningar till privatpersoner "
            "kontrolleras särskilt.",
        ],
    },
    {
        "process": "Arbetsmiljö",
        "process_span": 2,
        "risk": [
            "Arbetsmiljö påverkar medarbetare och kvaliteten i kommunens verksamheter. En icke "
            "välfungerande arbetsmiljö kan leda till stress, högre sjukfrånvaro samt "
            "personal-omsättning. Hög arbetsbelastning",
            "a) Risk för ohälsa. Osund arbetsmiljö.",
        ],
        "value": 9,
        "controls": "a) Samverkanssystem, samverkansgrupper, skyddskommittéer, dialog "
        "medarbetare - chef",
        "handling": "a) Omhändertas genom Arbetsmiljörapport med årlig uppföljning",
        "follows": "Ja",
        "comment": "Arbetsmiljörapporten tas fram i januari 2024 för år 2023. "
        "Samverkansworkshop utifrån SUNT arbetslivs SAM-verkstan genomfördes med hela "
        "utbildningskontoret under september månad 2023. Vi fortsätter denna insats nästa år "
        "med övriga kontor, då den blev mycket lyckad.",
    },
    {
        "risk": "b) Risk att vi inte har en tillräckligt god organisatorisk och social "
        "arbetsmiljö. Bristande kontroll på struktur.",
        "value": 9,
        "controls": "b) Sam - Stratsys arbetsmiljömodul, enhetsnivå där varje chef ansvarar",
        "handling": "b) Omhändertas genom Arbetsmiljörapport med årlig uppföljning",
        "follows": "Ja",
        "comment": "Arbetsmiljörapporten tas fram i januari 2024 för år 2023. Strukturen i "
        "SAM-modulen har utvecklats och förenklats under våren 2023.",
    },
]


def _sample(name, layout, widths, made, tests):
    return Sample(
        name=name,
        organ="Kommunstyrelsen",
        year=2023,
        period="helår",
        title=TITLE,
        risks_inventoried=21,
        risks_critical=9,
        layout=layout,
        prose=PROSE,
        columns=columns(widths),
        rows=ROWS,
        made=made,
        tests=tests,
    )


REPLICA_RULED = _sample(
    "ks2023_replica_ruled",
    Layout(
        page=PageGeom(29.7, 21.0, 2.0, 2.0, 2.0, 2.0),
        font="Liberation Serif",
        body_size=11,
        cell_size=10,
        title_size=15,
        rules="full",
        footer="{page}",
    ),
    # 25.7 cm between the margins, like the reference's landscape table
    {
        "process": 2.5,
        "risk": 3.9,
        "value": 1.4,
        "controls": 4.0,
        "handling": 4.0,
        "follows": 1.5,
        "comment": 8.4,
    },
    "A4 landscape, Liberation Serif 10 pt in the table (11 pt prose), every cell ruled "
    "(0.5 pt), page number in the footer. Columns 2.5 / 3.9 / 1.4 / 4.0 / 4.0 / 1.5 / 8.4 cm.",
    "Replica of the reference report: prose with counts (21 inventoried, nine critical), 7 "
    "columns, 8 risks, process cells spanning 2 rows (a/b, a/d, a/b), headings before the label "
    '("Ungdomsverksamheten, CIK", "Biblioteket", Arbetsmiljö introduction), hyphenated '
    'header ("Risk-värde"), real hyphens ("Kompetens-försörjning", "SAM-modulen", '
    '"Hot- och"), rows split across pages under a repeated header row.',
)

PORTRAIT_UNRULED = _sample(
    "ks2023_portrait_unruled",
    Layout(
        page=PageGeom(21.0, 29.7, 2.2, 2.0, 1.6, 1.6),
        font="DejaVu Sans",
        body_size=9.5,
        cell_size=7.5,
        head_size=7.5,
        title_size=14,
        heading_size=11,
        rules="none",
        cell_padding=0.12,
    ),
    # 17.8 cm between the margins
    {
        "process": 2.5,
        "risk": 3.0,
        "value": 1.2,
        "controls": 3.1,
        "handling": 3.0,
        "follows": 1.3,
        "comment": 3.7,
    },
    "A4 portrait, DejaVu Sans 7.5 pt in the table (9.5 pt prose), no cell borders or lines "
    "at all, no footer. Columns 2.5 / 3.0 / 1.2 / 3.1 / 3.0 / 1.3 / 3.7 cm.",
    "Same content as ks2023_replica_ruled with no ruling lines: columns must be found from the "
    "text alone; narrower columns, so more hyphenation and longer rows crossing pages.",
)
