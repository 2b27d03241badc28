"""Holdout3 document B: Utbildningsnämnden, a long table over three pages with products
("3 × 4 = 12") in one "Riskvärde (S×K)" column."""

from holdout_model import Col, Doc, P, Page, Table

UN_ROWS = [
    {
        "process": "Elevhälsa",
        "risk": "Risk att elever inte får det särskilda stöd de har rätt till, eftersom "
        "utredningar och åtgärdsprogram inte upprättas eller följs upp inom skollagens "
        "tidsramar.",
        "value": "3 × 4 = 12",
        "controls": "Elevhälsoteamens genomgång varje kvartal av anmälningar till rektor och "
        "upprättade åtgärdsprogram.",
        "handling": "Gemensam mall för åtgärdsprogram i lärplattformen och utbildning för "
        "mentorer.",
        "follows": "Delvis",
        "comment": [
            "Genomgången omfattade 212 anmälningar. I 23 fall hade utredningen tagit längre "
            "tid än fyra veckor, främst på de två största grundskolorna.",
            "Mallen används från höstterminen.",
        ],
    },
    {
        "process": "Frånvaro och skolplikt",
        "risk": "Risk att elever med hög frånvaro inte uppmärksammas och att "
        "vårdnadshavare inte kontaktas, så att skolplikten inte fullgörs och huvudmannen "
        "inte utreder frånvaron.",
        "value": "3 × 4 = 12",
        "controls": "Månatligt uttag ur frånvarosystemet över elever med mer än 15 procent "
        "frånvaro och dokumenterade kontakter med hemmet.",
        "handling": "Rutin för frånvarotrappa och anmälan till huvudmannen efter fyra "
        "veckors sammanhängande frånvaro.",
        "follows": "Ja",
        "comment": "Uttagen har gjorts varje månad. Alla elever med mer än 15 procent "
        "frånvaro hade en dokumenterad kontakt med vårdnadshavare, och 31 utredningar har "
        "anmälts till huvudmannen.",
    },
    {
        "process": "Betyg och bedömning",
        "risk": "Risk att betyg sätts utan tillräckligt underlag eller registreras fel i "
        "betygskatalogen, så att eleverna får felaktiga slutbetyg.",
        "value": "3 × 3 = 9",
        "controls": "Stickprov på 60 betyg i årskurs 9 mot lärarnas bedömningsunderlag och "
        "avstämning av betygskatalogen mot IT-stödet för betygsregistrering.",
        "handling": "Sambedömning av nationella prov och tydligare rutin för "
        "betygsrättelser.",
        "follows": "Ja",
        "comment": [
            "Alla 60 betyg hade ett dokumenterat underlag. I betygskatalogen rättades två "
            "registreringsfel före utskicket av slutbetygen.",
            "Rutinen för betygsrättelser har uppdaterats 2024-06-30.",
        ],
    },
    {
        "process": "Systematiskt kvalitetsarbete",
        "risk": "Risk att enheternas kvalitetsrapporter inte lämnas in i tid eller saknar "
        "analys, så att nämnden fattar beslut om prioriteringar på ett bristfälligt "
        "underlag.",
        "value": "3 × 3 = 9",
        "controls": "Kontroll av att samtliga förskolor och skolor har lämnat in sin "
        "kvalitetsrapport i planeringssystemet senast den 15 juni.",
        "handling": "Påminnelser från utvecklingsenheten och stöd till rektorer i analysarbetet.",
        "follows": "Delvis",
        "comment": [
            "Av 34 enheter lämnade 29 in rapporten i tid och fem efter påminnelse. Flera "
            "rapporter beskriver resultaten utan att analysera orsakerna.",
            "Utvecklingsenheten har tagit fram ett stödmaterial för analysen och erbjuder "
            "rektorerna handledning.",
            "Stratsys används sedan januari som planeringssystem för kvalitetsarbetet. "
            "Visma-integrationen för elevstatistik har försenats till hösten 2025, så "
            "enheterna har hämtat statistiken för hand.",
        ],
    },
    {
        "process": "Skolskjuts",
        "risk": "Risk att beslut om skolskjuts fattas utan utredning av färdväg och "
        "trafiksäkerhet, eller att elever med beviljad skolskjuts inte blir hämtade.",
        "value": "3 × 3 = 9",
        "controls": "Genomgång av 40 skolskjutsbeslut per läsår och uppföljning av "
        "avvikelser som entreprenören rapporterat.",
        "handling": "Ny checklista för handläggarna; avvikelser tas upp på avtalsmöten med "
        "entreprenören.",
        "follows": "Ja",
        "comment": "Samtliga granskade beslut innehöll en bedömning av färdvägen. "
        "Entreprenören rapporterade 14 avvikelser, varav tre där elever inte hämtades; "
        "vite har tagits ut enligt avtalet.",
    },
    {
        "process": "Lönehantering",
        "risk": "Risk att timanställda lärare och vikarier får lön för pass som inte har "
        "arbetats, eftersom tidrapporter attesteras utan kontroll mot schemat.",
        "value": "3 × 3 = 9",
        "controls": "Stickprov på 50 tidrapporter per halvår mot schema och "
        "vikarieförmedlingens bokningar.",
        "handling": "Attestanterna har fått utbildning, och tidrapporterna stäms av mot "
        "bokningarna i vikariesystemet.",
        "follows": "Nej",
        "comment": [
            "Stickprovet för vårterminen visade sex tidrapporter med pass som inte fanns i "
            "schemat. Kontrollen för hösten har inte genomförts på grund av bytet av "
            "lönesystem.",
            "Kontrollen flyttas till internkontrollplanen för 2025.",
        ],
    },
    {
        "process": "Informationssäkerhet",
        "risk": "Risk att personuppgifter om elever, bland annat uppgifter om skyddad "
        "identitet och elevhälsans journaler, sprids till obehöriga genom felaktiga "
        "behörigheter i lärplattformen.",
        "value": "3 × 4 = 12",
        "controls": "Behörighetsgenomgång två gånger per år i lärplattformen och i "
        "elevhälsans journalsystem.",
        "handling": "Rutin för att ta bort behörigheter när anställda slutar eller byter "
        "skola.",
        "follows": "Ja",
        "comment": "Vid genomgångarna togs 118 inaktuella behörigheter bort. Ingen obehörig "
        "hade öppnat journaler för elever med skyddad identitet. Loggkontrollen görs nu "
        "varje månad.",
    },
    {
        "process": "Upphandling och inköp",
        "risk": "Risk att läromedel, digitala lärresurser och IT-utrustning köps in utanför "
        "gällande ramavtal eller över gränsen för direktupphandling.",
        "value": "3 × 3 = 9",
        "controls": "Stickprov på 30 leverantörsfakturor per termin mot avtalsdatabasen.",
        "handling": "Inköpsrutinen har förtydligats och direktupphandlingar över 100 000 "
        "kronor dokumenteras.",
        "follows": "Delvis",
        "comment": [
            "Av 60 granskade fakturor avsåg 55 avrop från ramavtal. Fem fakturor för "
            "e-böcker och programvara saknade avtal eller dokumenterad direktupphandling.",
            "Avvikelserna har rapporterats till upphandlingsenheten, som har erbjudit "
            "rektorerna en utbildning i inköpsrutinen.",
        ],
    },
    {
        "process": "Förskolans barngrupper",
        "risk": "Risk att barngruppernas storlek och personaltätheten avviker från "
        "Skolverkets riktmärken utan att nämnden informeras.",
        "value": "4 × 3 = 12",
        "controls": "Uppföljning den 15 oktober och den 15 april av antal barn per grupp och "
        "per årsarbetare.",
        "handling": "Rapport till nämnden vid varje mättillfälle.",
        "follows": "Ja",
        "comment": "Vid båda mättillfällena låg barngrupperna för de yngsta barnen i snitt "
        "på 13 barn, över riktmärket. Nämnden har informerats vid sammanträdena i maj och "
        "november. Förvaltningen har anställt fyra barnskötare under hösten, och två nya "
        "avdelningar öppnar på Norrbacka förskola i januari 2025.",
    },
    {
        "process": "Tillbud och kränkande behandling",
        "risk": "Risk att anmälningar om kränkande behandling inte utreds skyndsamt och att "
        "huvudmannen inte informeras, vilket strider mot skollagen.",
        "value": "3 × 4 = 12",
        "controls": "Kvartalsvis genomgång av anmälningar i e-tjänsten för kränkande "
        "behandling och av utredningarnas handläggningstid.",
        "handling": "Utbildning för rektorer och en gemensam mall för utredningen.",
        "follows": "Delvis",
        "comment": [
            "Under året anmäldes 486 händelser. I 71 fall hade utredningen inte avslutats "
            "inom fyra veckor, och i nio fall saknades åtgärder.",
            "Mallen infördes i augusti; effekten följs upp under 2025.",
        ],
    },
]


def un2024(margin_top: float = 0.2) -> Doc:
    t = Table(
        "Internkontrollplan", [
            Col("process", "Process", 2.3, "process", "left"),
            Col("risk", "Risk", 3.2, "risk"),
            Col("value", "Riskvärde (S×K)", 1.7, "risk_value", "center"),
            Col("controls", "Befintliga kontroller", 2.9, "controls"),
            Col("handling", "Planerade åtgärder", 2.6, "handling"),
            Col("follows", "Följer plan", 1.3, "follows_plan", "center"),
            Col("comment", "Kommentar", 3.0, "comment"),
        ], UN_ROWS,
        rule="0.5pt solid #000000", header_fill="#e2efda", size=9, head_size=9,
        margin_top=margin_top,
    )
    title = "Helårsuppföljning av Utbildningsnämndens internkontrollplan 2024"
    blocks = [
        P(title, "Title"),
        P("Bakgrund", "H2"),
        P("Utbildningsnämnden ska enligt kommunallagen se till att den interna kontrollen "
          "är tillräcklig. Internkontrollplanen för 2024 antogs av nämnden den 27 februari "
          "2024, § 21. Planen bygger på en risk- och väsentlighetsanalys som förvaltningens "
          "ledningsgrupp har gjort tillsammans med rektorerna."),
        P("Sannolikhet (S) och konsekvens (K) bedöms på en skala från 1 till 4, och "
          "riskvärdet är produkten S×K. Av de 24 risker som kartlagts har tio ett riskvärde "
          "på 9 eller högre. De tio riskerna redovisas i tabellen nedan, tillsammans med "
          "befintliga kontroller, planerade åtgärder och resultatet av årets kontroller."),
        P("Kontrollerna har genomförts av förvaltningens controller och "
          "utvecklingsenheten. Resultatet har stämts av med rektorerna och med "
          "verksamhetscheferna för förskolan och grundskolan innan uppföljningen lämnades "
          "till nämnden. Där en kontroll inte har kunnat genomföras anges orsaken i "
          "kommentaren, liksom när kontrollen ska göras i stället."),
        t,
        P("Samlad bedömning", "H2"),
        P("Kontrollerna har till största delen genomförts enligt plan; kontrollen av "
          "tidrapporter under hösten har inte genomförts. Förvaltningen bedömer att den "
          "interna kontrollen i huvudsak är "
          "tillräcklig, men att handläggningen av kränkande behandling och kontrollen av "
          "tidrapporter behöver förbättras under 2025."),
    ]
    return Doc(
        "un2024_three_pages_products", blocks, Page(left=2.0, right=2.0),
        font="Liberation Serif", body_size=11, cell_size=9,
        footer="Utbildningsnämnden · Helårsuppföljning 2024 · sida {page} av {pages}",
        organ="Utbildningsnämnden", year=2024, period="helår", title=title,
        risks_inventoried=24, risks_critical=10,
    )
