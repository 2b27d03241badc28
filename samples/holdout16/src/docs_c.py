"""Holdout16 document C: Räddningstjänstförbundet Östra Vättern (a kommunalförbund), page
furniture drawn with rules: every page has a running header ("... | Internkontroll 2024",
a diarienummer at the right) with a full-width rule under it and a footer "Sida N av M" with
a rule above it; the fully ruled risk table runs over two pages with its header row
repeated, its top close under the running header's rule on page 2."""

from h16kit import H16Doc, H16Table
from holdout_model import Col, P, Page

ROV_ROWS = [
    {
        "process": "Tillsyn enligt lagen om skydd mot olyckor",
        "risk": "Risk att tillsynsplanen inte genomförs, så att byggnader med särskilt "
        "höga krav på brandskydd inte besöks inom den frekvens som handlingsprogrammet "
        "anger.",
        "value": "12",
        "controls": "Avstämning av tillsynsplanen mot registrerade tillsynsbesök i "
        "verksamhetssystemet per objektskategori.",
        "follows": "Delvis",
        "comment": "Av 142 planerade tillsynsbesök genomfördes 118. Vårdboenden och "
        "skolor prioriterades; de 24 återstående besöken gäller industrilokaler och "
        "har flyttats till våren 2025.",
    },
    {
        "process": "Tillstånd för brandfarlig och explosiv vara",
        "risk": "Risk att tillstånd ges utan att föreståndarens kompetens och "
        "anläggningens utförande har kontrollerats, eller att tillståndet inte "
        "tidsbegränsas.",
        "value": "9",
        "controls": "Granskning av 20 beslut om tillstånd för hantering av brandfarlig "
        "vara mot förbundets checklista för tillståndsprövning.",
        "follows": "Ja",
        "comment": "Samtliga 20 beslut var fullständigt dokumenterade och "
        "tidsbegränsade. Checklistan har kompletterats med frågor om vätgas.",
    },
    {
        "process": "Rengöring och brandskyddskontroll",
        "risk": "Risk att brandskyddskontroll av eldstäder och rökkanaler inte utförs "
        "inom fastställda frister av de entreprenörer som förbundet anlitar.",
        "value": "12",
        "controls": "Uttag ur entreprenörernas rapportering: andel objekt som "
        "kontrollerats inom fristen, per kommun och entreprenör.",
        "follows": "Delvis",
        "comment": "Fristen hölls för 91 procent av objekten. En entreprenör låg efter i "
        "de norra kommundelarna; ett åtgärdsprogram med månadsvis rapportering har "
        "begärts in.",
    },
    {
        "process": "Insatsberedskap",
        "risk": "Risk att bemanningen i deltidsstyrkorna understiger minimistyrkan, "
        "vilket förlänger insatstiden vid räddningsinsatser i glesbygd.",
        "value": "16",
        "controls": "Jämförelse mellan schemalagd och faktisk bemanning i "
        "bemanningssystemet för samtliga deltidsstationer under året.",
        "follows": "Nej",
        "comment": "Minimistyrkan underskreds vid 37 tillfällen, flest vid stationerna i "
        "Boxholm och Ödeshög. Rekryteringskampanjen för räddningspersonal i beredskap "
        "fortsätter 2025.",
    },
    {
        "process": "Övning och utbildning",
        "risk": "Risk att räddningspersonalen inte genomför de övningar som krävs för "
        "rökdykning och arbete på hög höjd, så att kompetensen inte kan styrkas.",
        "value": "9",
        "controls": "Kontroll i utbildningsregistret av att samtliga rökdykare har "
        "genomfört årlig värmetålighetsövning och fystest.",
        "follows": "Ja",
        "comment": "Alla 168 rökdykare hade genomfört värmetålighetsövning och fystest "
        "före den 31 oktober.",
    },
    {
        "process": "Fordon och utrustning",
        "risk": "Risk att räddningsfordon och andningsskydd inte underhålls och "
        "besiktigas enligt tillverkarens anvisningar och gällande föreskrifter.",
        "value": "12",
        "controls": "Stickprov på tio fordon och 40 andningsskydd: underhållsjournal och "
        "besiktningsprotokoll jämförs med serviceintervallen.",
        "follows": "Ja",
        "comment": "Underhållet var dokumenterat för alla fordon och andningsskydd i "
        "stickprovet. Två höjdfordon har fått ny servicetidpunkt efter byte av "
        "serviceleverantör.",
    },
    {
        "process": "Upphandling och avtal",
        "risk": "Risk att inköp görs utanför ramavtal eller över direktupphandlingsgränsen "
        "utan dokumenterad upphandling.",
        "value": "8",
        "controls": "Genomgång av leverantörsreskontran: leverantörer med inköp över "
        "100 000 kronor under året jämförs med avtalsdatabasen.",
        "follows": "Delvis",
        "comment": "Tre leverantörer saknade avtal, bland annat för reparation av "
        "slangtvätt. En upphandling av verkstadstjänster har påbörjats.",
    },
    {
        "process": "Ekonomisk redovisning till medlemskommunerna",
        "risk": "Risk att medlemsavgifterna fördelas fel mellan kommunerna, eftersom "
        "fördelningsnyckeln inte uppdateras med aktuella invånarantal.",
        "value": "8",
        "controls": "Kontroll av att fördelningsnyckeln i budgeten bygger på invånarantalet "
        "den 1 november året före, enligt förbundsordningen.",
        "follows": "Ja",
        "comment": "Fördelningen byggde på rätt invånarantal. Underlaget har stämts av med "
        "ekonomicheferna i alla fem medlemskommuner.",
    },
    {
        "process": "Informationssäkerhet",
        "risk": "Risk att insatsrapporter med känsliga personuppgifter blir åtkomliga för "
        "obehöriga i det gemensamma ärende- och dokumenthanteringssystemet.",
        "value": "9",
        "controls": "Loggkontroll av åtkomst till 25 slumpvis valda insatsrapporter och "
        "genomgång av behörighetsgrupperna.",
        "follows": "Ja",
        "comment": "Ingen obehörig åtkomst upptäcktes. Sex användare med avslutad "
        "anställning hade kvar behörighet och har tagits bort.",
    },
]


def rov2024() -> H16Doc:
    cols = [
        Col("process", "Process", 2.5, "process", align="left"),
        Col("risk", "Risk", 3.8, "risk"),
        Col("value", "Riskvärde", 1.5, "risk_value", align="left"),
        Col("controls", "Kontrollmoment", 3.7, "controls"),
        Col("follows", "Följer plan", 1.4, "follows_plan", align="left"),
        Col("comment", "Kommentar", 4.1, "comment"),
    ]
    table = H16Table("Risktabell", cols, ROV_ROWS, rule="0.5pt solid #7f7f7f",
                     header_fill="#fbe4d5", size=8.5, font="Carlito", pad=0.1,
                     keep_rows=True, margin_top=0.1)
    blocks = [
        P("Räddningstjänstförbundet Östra Vättern", "Sub"),
        P("Uppföljning av internkontrollplan 2024 – helår", "Title"),
        P("Förbundsdirektionen antog internkontrollplanen för 2024 i december 2023. "
          "Räddningstjänstförbundet Östra Vättern är ett kommunalförbund med fem "
          "medlemskommuner och ansvarar för räddningstjänst, förebyggande arbete enligt "
          "lagen om skydd mot olyckor och tillstånd enligt lagen om brandfarliga och "
          "explosiva varor."),
        P("Riskanalys", "H2"),
        P("Inför 2024 inventerades 21 risker i förbundets verksamhet och administration. "
          "Varje risk bedömdes efter sannolikhet och konsekvens på en fyrgradig skala; "
          "riskvärdet är produkten av de två. Nio risker bedömdes som kritiska, med ett "
          "riskvärde på 8 eller högre, och har kontrollerats under året."),
        P("Kontrollerna har utförts av förbundets controller, enhetscheferna för "
          "förebyggande verksamhet och operativ verksamhet samt förbundets "
          "administrativa enhet. Resultatet har stämts av med förbundsdirektören."),
        P("Resultat per kontrollmoment", "H2"),
        table,
        P("Sammanfattande bedömning", "H2"),
        P("Förbundets interna kontroll bedöms i huvudsak vara tillräcklig. Bemanningen av "
          "deltidsstyrkorna är den största risken och följs upp i varje delårsrapport "
          "under 2025. Tillsynsplanen, brandskyddskontrollen och avtalstroheten följs upp "
          "i internkontrollplanen för 2025."),
    ]
    return H16Doc(
        name="rov2024_ruled_running_header_and_footer",
        blocks=blocks,
        page=Page(top=1.5, bottom=1.5, left=2.0, right=2.0),
        font="Carlito",
        body_size=11.0,
        cell_size=8.5,
        header_left="Räddningstjänstförbundet Östra Vättern | Internkontroll 2024",
        header_right="Dnr RÖV 2025/014",
        footer="Sida {page} av {pages}",
        furniture_rule="0.5pt solid #1f3864",
        header_gap=0.25,
        footer_gap=0.4,
        furniture_size=8.5,
        footer_align="right",
        organ="Räddningstjänstförbundet Östra Vättern",
        year=2024,
        period="helår",
        title="Uppföljning av internkontrollplan 2024 – helår",
        risks_inventoried=21,
        risks_critical=9,
    )
