"""Holdout11 document C: Skärholmens stadsdelsnämnd, a ruled risk table that starts at the
foot of page 1: the heading, the header row and the first lines of risk 1 stand at the bottom
of page 1, the rest of risk 1 continues on page 2 under the repeated header (rows may split
over a page break), and the table runs on to page 3."""

from h11kit import H11Table
from holdout_model import Col, Doc, P, Page

SDN_ROWS = [
    {
        "process": "Ekonomiskt bistånd",
        "risk": "Risk att ekonomiskt bistånd betalas ut på felaktiga grunder, eftersom "
        "sökandens inkomster, tillgångar och boendekostnader inte kontrolleras mot "
        "underlag från andra myndigheter innan beslut fattas. Felaktiga utbetalningar "
        "kan leda till återkrav som den enskilde inte kan betala och till att "
        "förtroendet för verksamheten skadas.",
        "value": "12",
        "controls": "Stickprov på 40 beslut om ekonomiskt bistånd under perioden: "
        "kontroll av att uppgifter från Försäkringskassan, Skatteverket och "
        "arbetslöshetskassan har hämtats via SSBTEK före beslut, och att kontoutdrag för "
        "de senaste tre månaderna finns i akten.",
        "follows": "Delvis",
        "comment": "Uppgifter via SSBTEK hade hämtats i 37 av 40 ärenden. Kontoutdrag "
        "saknades i fem ärenden, samtliga nyansökningar under sommaren när många "
        "handläggare var vikarier. Introduktionen för sommarvikarier kompletteras med "
        "en checklista för nyansökningar.",
    },
    {
        "process": "Barn och unga",
        "risk": "Risk att förhandsbedömningar av orosanmälningar inte görs inom 14 dagar, så "
        "att barn som behöver skydd eller stöd inte får det i tid.",
        "value": "16",
        "controls": "Uttag ur verksamhetssystemet av samtliga orosanmälningar som kom in "
        "under januari–april, med datum för anmälan och för beslut om att inleda eller "
        "inte inleda utredning.",
        "follows": "Ja",
        "comment": "Av 412 anmälningar var 405 förhandsbedömda inom 14 dagar. De sju sena "
        "bedömningarna gällde anmälningar under påskveckan; skyddsbedömning hade gjorts "
        "samma dag i samtliga fall.",
    },
    {
        "process": "Äldreomsorg i hemtjänst",
        "risk": "Risk att beviljade insatser i hemtjänsten inte utförs eller utförs med "
        "kortare tid än beviljat, utan att den enskilde eller biståndshandläggaren får "
        "veta det.",
        "value": "12",
        "controls": "Jämförelse av beviljad och utförd tid enligt tidsregistreringen i "
        "mobilappen för 30 brukare hos två utförare under mars.",
        "follows": "Delvis",
        "comment": "Utförd tid var i genomsnitt 88 procent av beviljad tid. Hos en utförare "
        "låg andelen på 76 procent; en dialog om bemanningen pågår och följs upp i "
        "helårsuppföljningen.",
    },
    {
        "process": "Förskola",
        "risk": "Risk att barn lämnas över till en obehörig person vid hämtning, eftersom "
        "listor över vem som får hämta barnet inte är uppdaterade eller inte används av "
        "vikarier.",
        "value": "12",
        "controls": "Kontroll på samtliga 22 förskoleenheter av att hämtlistorna är "
        "uppdaterade efter terminsstart och att de finns tillgängliga för vikarier.",
        "follows": "Ja",
        "comment": "Hämtlistorna var uppdaterade på alla enheter. På tre enheter förvarades "
        "listan i en pärm som vikarier inte kände till; listan sitter nu vid entrén till "
        "avdelningen.",
    },
    {
        "process": "Upphandling och inköp",
        "risk": "Risk att varor och tjänster köps in utanför kommunens ramavtal eller utan "
        "konkurrensutsättning, så att lagen om offentlig upphandling inte följs och "
        "kostnaderna blir högre.",
        "value": "9",
        "controls": "Analys av leverantörsreskontran för januari–juni: leverantörer utan "
        "avtal med en sammanlagd köpvolym över 100 000 kronor granskas.",
        "follows": "Nej",
        "comment": "Elva leverantörer utan avtal hade köpvolymer över gränsen, varav fyra "
        "över gränsen för direktupphandling. Stadsdelsförvaltningen genomför en "
        "utbildning i upphandling för chefer under hösten.",
    },
    {
        "process": "Personal och arbetsmiljö",
        "risk": "Risk att den systematiska arbetsmiljöuppföljningen inte genomförs, så att "
        "hög sjukfrånvaro och brister i arbetsmiljön inte upptäcks och åtgärdas.",
        "value": "9",
        "controls": "Kontroll av att skyddsronder och medarbetarsamtal är dokumenterade för "
        "samtliga arbetsplatser med fler än tio anställda.",
        "follows": "Ja",
        "comment": "Skyddsronder var dokumenterade på 31 av 32 arbetsplatser. "
        "Medarbetarsamtal hade hållits med 94 procent av de tillsvidareanställda.",
    },
    {
        "process": "Informationssäkerhet",
        "risk": "Risk att känsliga personuppgifter skickas med vanlig e-post i stället för "
        "via den krypterade e-tjänsten, så att uppgifter om enskilda kan komma i "
        "orätta händer.",
        "value": "12",
        "controls": "Genomgång av e-postloggen för socialtjänstens funktionsbrevlådor under "
        "två veckor i maj, med stöd av stadens informationssäkerhetssamordnare.",
        "follows": "Delvis",
        "comment": "I nio fall hade handlingar med personuppgifter skickats okrypterat till "
        "externa mottagare. Rutinen har förtydligats och en påminnelse visas nu i "
        "e-postprogrammet.",
    },
    {
        "process": "Lokalförsörjning",
        "risk": "Risk att lokaler hyrs in utan beslut på rätt delegationsnivå och utan "
        "behovsanalys, vilket ger långa avtal med högre hyror än nödvändigt.",
        "value": "8",
        "controls": "Genomgång av samtliga hyresavtal som tecknats eller förlängts under "
        "perioden mot delegationsordningen och stadens lokalförsörjningsplan.",
        "follows": "Ja",
        "comment": "Båda avtalen var beslutade på rätt nivå och föregicks av en "
        "behovsanalys. Inga avvikelser.",
    },
    {
        "process": "Stöd till personer med funktionsnedsättning",
        "risk": "Risk att beslut om insatser enligt LSS inte verkställs inom tre månader, "
        "så att den enskilde står utan stöd och nämnden kan åläggas en "
        "särskild avgift.",
        "value": "12",
        "controls": "Uttag av samtliga ej verkställda beslut per den 30 juni och jämförelse "
        "med rapporteringen till Inspektionen för vård och omsorg.",
        "follows": "Ja",
        "comment": "Sex beslut om bostad med särskild service var inte verkställda. Alla "
        "var rapporterade i tid, och för fyra av dem har plats erbjudits till hösten.",
    },
]


def sdn2024() -> Doc:
    cols = [
        Col("process", "Process", 2.5, "process", "left"),
        Col("risk", "Risk", 4.0, "risk", "left"),
        Col("value", "Riskvärde", 1.5, "risk_value", "left"),
        Col("controls", "Kontrollmoment", 3.8, "controls", "left"),
        Col("follows", "Följer plan", 1.5, "follows_plan", "left"),
        Col("comment", "Kommentar", 3.7, "comment", "left"),
    ]
    t = H11Table("Risker", cols, SDN_ROWS, rule="0.5pt solid #000000",
                 header_fill="#e7e6e6", font="Liberation Serif", size=9.5, pad=0.1,
                 margin_top=0.15)
    title = "Delårsrapport 2024 – uppföljning av internkontrollplanen"
    blocks = [
        P("Skärholmens stadsdelsnämnd", "Sub"),
        P(title, "Title"),
        P("1. Inledning", "H2"),
        P("Stadsdelsnämnden ansvarar för förskola, socialtjänst, äldreomsorg i ordinärt "
          "boende, stöd till personer med funktionsnedsättning, lokalt kultur- och "
          "fritidsarbete och parkskötsel i stadsdelsområdet. Stadsdelsområdet har drygt "
          "37 000 invånare och förvaltningen omkring 1 100 medarbetare."),
        P("Nämnden ska enligt stadens regler för intern kontroll varje år anta en "
          "internkontrollplan som grundar sig på en risk- och väsentlighetsanalys. Planen "
          "följs upp i delårsrapporten per den 31 augusti och i verksamhetsberättelsen. "
          "Denna rapport avser perioden januari–augusti 2024."),
        P("2. Riskanalys", "H2"),
        P("Förvaltningen har inventerat 22 risker inom nämndens ansvarsområden. Varje risk har "
          "bedömts utifrån sannolikheten att den inträffar och konsekvensen om den inträffar, "
          "båda på en skala från 1 till 4. Riskvärdet är produkten av de två bedömningarna "
          "och kan alltså vara högst 16."),
        P("Nio risker fick ett riskvärde på 8 eller högre. De bedöms som kritiska och har "
          "kontrollmoment i internkontrollplanen. Övriga risker hanteras i den löpande "
          "verksamheten och i ledningssystemet för kvalitet."),
        P("3. Genomförande", "H2"),
        P("Kontrollerna har genomförts av förvaltningens controllers, kvalitetsutvecklare och "
          "enhetschefer enligt de metoder som anges i planen. Urvalet till stickproven har "
          "gjorts slumpvis ur verksamhetssystemen. Varje kontroll har dokumenterats i en "
          "kontrollrapport som förvaras hos förvaltningens kansli."),
        P("Resultaten har stämts av med avdelningscheferna och redovisats för förvaltningens "
          "ledningsgrupp den 10 september. Där kontrollen har visat brister anges i tabellen "
          "vilka åtgärder som har vidtagits eller planeras, och när de ska vara genomförda."),
        P("4. Uppföljning av föregående års åtgärder", "H2"),
        P("I uppföljningen av internkontrollplanen för 2023 redovisade förvaltningen brister "
          "inom tre områden: handläggningen av ekonomiskt bistånd, dokumentationen av "
          "hemtjänstinsatser och behörighetsstyrningen i verksamhetssystemet för "
          "socialtjänsten. Nämnden beslutade att åtgärderna skulle vara genomförda senast "
          "den 30 juni 2024."),
        P("Handläggningen av ekonomiskt bistånd har fått en ny checklista för "
          "nyansökningar, och samtliga handläggare har gått en utbildning i kontroll av "
          "underlag. Åtgärden bedöms vara genomförd, men kontrollen i år visar att "
          "checklistan inte har nått sommarvikarierna."),
        P("Dokumentationen av hemtjänstinsatser har förbättrats sedan utförarna gick över "
          "till tidsregistrering i mobilappen i februari. Behörighetsstyrningen har setts "
          "över tillsammans med stadens IT-avdelning: behörigheter tilldelas nu utifrån "
          "roll, och en kontroll av att behörigheter tas bort när en anställd slutar görs "
          "varje månad. Åtgärderna bedöms vara genomförda."),
        P("Revisorerna har i sin granskning av nämndens interna kontroll 2023 rekommenderat "
          "att kontrollmomenten beskrivs mer utförligt och att det framgår vem som ansvarar "
          "för åtgärderna. Rekommendationen har beaktats i planen för 2024."),
        P("5. Resultat per kontrollmoment", "H2"),
        t,
        P("6. Sammanfattande bedömning", "H2"),
        P("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. "
          "Upphandling och inköp samt informationssäkerhet behöver förbättras; åtgärderna "
          "följs upp i verksamhetsberättelsen för 2024."),
    ]
    return Doc(
        "sdn2024_table_starts_at_page_foot", blocks,
        Page(left=2.0, right=2.0, top=2.0, bottom=2.0),
        font="Liberation Serif", body_size=11, cell_size=9.5,
        footer="Skärholmens stadsdelsnämnd, delårsrapport 2024, sida {page}",
        organ="Skärholmens stadsdelsnämnd", year=2024, period="delår", title=title,
        risks_inventoried=22, risks_critical=9,
    )
