"""Holdout documents D-F: Räddningsnämnden, Arbetsmarknadsnämnden, Servicenämnden."""

from hmodel import Col, Doc, P, Page, Table

# ---------------------------------------------------------------------------------------------
# rn2024: landscape, ten narrow columns in Carlito 8 pt

RN_ROWS = [
    {
        "area": "Tillsyn enligt LSO och LBE",
        "risk": "Risk att tillsyner enligt lagen om skydd mot olyckor (LSO) och lagen om "
        "brandfarliga och explosiva varor (LBE) inte genomförs enligt den fastställda "
        "tillsynsplanen.",
        "s": "3", "k": "3", "value": "9",
        "method": "Tertialvis uppföljning av utförda tillsyner mot tillsynsplanen i "
        "verksamhetssystemet.",
        "action": "Omprioritering av tillsynsobjekt efter riskklass; extra tillsynsdagar under "
        "hösten.",
        "who": "Enhetschef förebyggande",
        "status": "Delvis",
        "comment": "Per 2024-08-31 hade 96 av 160 planerade tillsyner genomförts (60 procent). "
        "Målet för perioden var 67 procent. Eftersläpningen gäller främst tillsyn av "
        "brandfarlig vara hos lantbruksföretag.",
    },
    {
        "area": "Utryckningsverksamhet",
        "risk": "Risk att insatstiden överskrider målen i handlingsprogrammet i kommunens "
        "ytterområden på grund av vakanser bland räddningspersonal i beredskap.",
        "s": "3", "k": "4", "value": "12",
        "method": "Månatlig analys av insatstider och bemanningsgrad per brandstation.",
        "action": "Rekryteringskampanj för räddningspersonal i beredskap; samverkansavtal med "
        "grannkommunen om första insats.",
        "who": "Räddningschef",
        "status": "Ja",
        "comment": "Bemanningsgraden vid stationerna i Ås och Norrby har ökat från 71 till 88 "
        "procent efter vårens rekrytering. Målet för insatstid överskreds vid 11 av 146 larm, "
        "samtliga i de nordligaste delarna av kommunen.",
    },
    {
        "area": "Fordon och materiel",
        "risk": "Risk att andningsskydd, rökdykarutrustning och höjdfordon inte kontrolleras och "
        "underhålls enligt tillverkarens och Arbetsmiljöverkets krav.",
        "s": "2", "k": "4", "value": "8",
        "method": "Genomgång av underhållsloggar och besiktningsprotokoll; stickprov på tio "
        "andningsskyddsapparater.",
        "action": "Ett digitalt underhållssystem med automatiska påminnelser införs.",
        "who": "Materielansvarig",
        "status": "Ja",
        "comment": "Samtliga höjdfordon var besiktade. En andningsskyddsapparat saknade "
        "dokumenterad funktionskontroll och togs ur drift tills kontrollen hade gjorts.",
    },
    {
        "area": "Sotning och brandskyddskontroll",
        "risk": "Risk att brandskyddskontroller inte utförs inom de frister som nämnden har "
        "beslutat och att anmärkningar från sotningsentreprenören inte följs upp.",
        "s": "3", "k": "3", "value": "9",
        "method": "Halvårsvis rapport från sotningsentreprenören; avstämning mot "
        "fristregistret.",
        "action": "Avtalsuppföljningsmöte med entreprenören varje kvartal.",
        "who": "Brandskyddskontrollant",
        "status": "Nej",
        "comment": "Entreprenörens halvårsrapport har inte kommit in trots påminnelse. Frågan har "
        "lyfts till avtalsansvarig, och vite enligt avtalet övervägs.",
    },
    {
        "area": "Inköp av skyddsutrustning",
        "risk": "Risk att skyddsutrustning och förbrukningsmateriel köps utanför avtal, vilket "
        "ger högre kostnader och sämre spårbarhet vid produktfel.",
        "s": "4", "k": "2", "value": "8",
        "method": "Kvartalsvis rapport ur e-handelssystemet över köp från leverantörer utan "
        "avtal.",
        "action": "Information till beställare på arbetsplatsträffar; spärr i e-handeln för "
        "leverantörer utan avtal.",
        "who": "Administrativ chef",
        "status": "Ja",
        "comment": "Avtalstroheten har ökat från 78 till 91 procent jämfört med samma period "
        "2023.",
    },
    {
        "area": "Ledning och samband",
        "risk": "Risk att kommunikationen vid insats slås ut vid avbrott i Rakel-systemet eller i "
        "ledningscentralens IT-stöd, så att larm och lägesbilder inte når styrkorna.",
        "s": "2", "k": "4", "value": "8",
        "method": "Övning med reservrutiner för sambandet två gånger per år; granskning av "
        "avbrottsloggar.",
        "action": "Reservkraft till ledningscentralen och en uppdaterad sambandsplan.",
        "who": "Stabschef",
        "status": "Delvis",
        "comment": "Vårens övning genomfördes 2024-04-23 och höstens planeras till november. "
        "Reservkraftaggregatet installerades i maj men har ännu inte provkörts under full last.",
    },
]


def rn2024() -> Doc:
    t = Table(
        "Riskuppfoljning", [
            Col("area", "Verksamhet", 2.0, "process", "left"),
            Col("risk", "Beskrivning av risk", 3.2, "risk"),
            Col("s", "Sannolikhet (1-4)", 1.4, "probability", "center"),
            Col("k", "Konsekvens (1-4)", 1.4, "consequence", "center"),
            Col("value", "Riskvärde (S x K)", 1.4, "risk_value", "center"),
            Col("method", "Kontrollmetod", 3.0, "controls"),
            Col("action", "Beslutad åtgärd", 3.0, "handling"),
            Col("who", "Ansvarig", 1.9, None, "left"),
            Col("status", "Status", 1.2, "follows_plan", "center"),
            Col("comment", "Kommentar/resultat", 4.6, "comment"),
        ], RN_ROWS,
        rule="0.5pt solid #404040", size=8, head_size=8,
    )
    title = "Räddningsnämnden – uppföljning av internkontrollplan 2024, tertial 2"
    blocks = [
        P(title, "Title"),
        P("Räddningsnämndens riskanalys för 2024 omfattar 16 risker inom förebyggande "
          "verksamhet, räddningsinsatser, materiel och administration. Sex av dem har bedömts som "
          "kritiska, det vill säga med ett riskvärde på 8 eller högre, och följs upp nedan per "
          "2024-08-31. Riskvärdet är produkten av sannolikhet (S) och konsekvens (K)."),
        P("Uppföljningen har gjorts av räddningstjänstens ledningsgrupp. Status anger om "
          "kontrollen har genomförts enligt plan (Ja), delvis (Delvis) eller inte alls (Nej)."),
        t,
        P("Nämndens bedömning", "H2"),
        P("Kontrollerna av sotning och brandskyddskontroll samt av tillsynsplanen har inte "
          "följt planen fullt ut. Förvaltningen återkommer med en åtgärdsplan i samband med "
          "helårsuppföljningen."),
    ]
    return Doc(
        "rn2024_landscape_ten_columns", blocks,
        Page(width=29.7, height=21.0, top=1.5, bottom=1.5, left=1.7, right=1.7),
        font="Carlito", body_size=10.5, cell_size=8,
        footer="Räddningsnämnden, uppföljning tertial 2 2024 – sida {page} av {pages}",
        organ="Räddningsnämnden", year=2024, period="tertial", title=title,
        risks_inventoried=16, risks_critical=6,
        made="A4 landscape (1.7 cm side margins), Carlito 8 pt in the table and its header "
        "(10.5 pt prose), every cell ruled (0.5 pt #404040), footer \"Räddningsnämnden, "
        "uppföljning tertial 2 2024 – sida N av M\". Ten columns 2.0 / 3.2 / 1.4 / 1.4 / 1.4 / "
        "3.0 / 3.0 / 1.9 / 1.2 / 4.6 cm (23.1 of 26.3 cm).",
        tests="Ten narrow columns in a small font: Verksamhet, Beskrivning av risk, Sannolikhet "
        "(1-4), Konsekvens (1-4), Riskvärde (S x K) (plain products), Kontrollmetod, Beslutad "
        "åtgärd (-> handling), Ansvarig (-> extra), Status (-> follows_plan), "
        "Kommentar/resultat; real hyphens inside headers (\"(1-4)\"); period \"tertial\" from "
        "the title; counts \"16 risker\" / \"Sex av dem\"; \"Rakel-systemet\", \"IT-stöd\", "
        "\"e-handelssystemet\".",
        features=(7, 3),
    )


# ---------------------------------------------------------------------------------------------
# amn2024: labelled sub-risks with the process repeated on every row, one empty comment

AMN_ROWS = [
    {
        "process": "Ekonomiskt bistånd",
        "risk": "a) Risk att ekonomiskt bistånd betalas ut till personer som samtidigt har "
        "inkomster eller ersättningar från andra myndigheter.",
        "value": "12",
        "control": "a) Månatlig körning mot Försäkringskassan, CSN och Arbetsförmedlingen via "
        "SSBTEK.",
        "handling": "a) Återkrav enligt socialtjänstlagen vid felaktig utbetalning.",
        "follows": "Ja",
        "comment": "Körningarna har gjorts varje månad. Sex återkrav om totalt 84 600 kronor har "
        "beslutats.",
    },
    {
        "process": "Ekonomiskt bistånd",
        "risk": "b) Risk att utredningen av rätten till bistånd inte dokumenteras enligt "
        "Socialstyrelsens föreskrifter, så att besluten inte kan prövas vid överklagande.",
        "value": "9",
        "control": "b) Aktgranskning av 20 slumpvis valda akter per halvår.",
        "handling": "b) Mall för utredningsdokumentation i verksamhetssystemet.",
        "follows": "Delvis",
        "comment": "Granskningen för första halvåret visade brister i 6 av 20 akter. Granskningen "
        "för andra halvåret har flyttats till januari 2025.",
    },
    {
        "process": "Arbetsmarknadsinsatser",
        "risk": ["Feriearbeten för ungdomar",
                 "a) Risk att ungdomar placeras på arbetsplatser där handledaren inte har visat "
                 "utdrag ur belastningsregistret."],
        "value": "9",
        "control": "a) Kontroll av att utdrag finns för samtliga handledare innan placeringen "
        "börjar.",
        "handling": "a) Checklista vid avtal med arbetsplatserna.",
        "follows": "Ja",
        "comment": None,
    },
    {
        "process": "Arbetsmarknadsinsatser",
        "risk": "b) Risk att anställningsstöd från Arbetsförmedlingen inte rekvireras i tid, "
        "så att intäkter går förlorade.",
        "value": "12",
        "control": "b) Månatlig avstämning av rekvirerade stöd mot anställda i extratjänster och "
        "lönebidragsanställningar.",
        "handling": "b) Ansvaret för rekvisitionerna samlas hos en administratör.",
        "follows": "Nej",
        "comment": "Avstämningen gjordes för januari–april men därefter inte på grund av "
        "sjukfrånvaro. Stöd för maj och juni, cirka 212 000 kronor, har rekvirerats i efterhand.",
    },
    {
        "process": "Arbetsmarknadsinsatser",
        "risk": "c) Risk att deltagare med behov av insatser från hälso- och sjukvården inte "
        "får samordnat stöd, så att insatsen avbryts i förtid.",
        "value": "8",
        "control": "c) Uppföljning av avbrott i insatser varje tertial.",
        "handling": "c) Samverkansöverenskommelse med regionen om gemensamma planeringsmöten.",
        "follows": "Delvis",
        "comment": "Överenskommelsen med regionen har tecknats men de gemensamma "
        "planeringsmötena har bara kommit i gång vid en av två vårdcentraler.",
    },
    {
        "process": "Vuxenutbildning",
        "risk": "Risk att kommunen betalar ersättning till utbildningsanordnare för elever som har "
        "avbrutit sina studier.",
        "value": "12",
        "control": "Kvartalsvis avstämning av närvarorapporter mot fakturerade elevplatser.",
        "handling": "Avtalsvillkor om avdrag vid felaktig fakturering.",
        "follows": "Ja",
        "comment": "En anordnare hade fakturerat för 14 elever som avbrutit studierna; "
        "beloppet har krediterats.",
    },
]


def amn2024() -> Doc:
    t = Table(
        "Risker", [
            Col("process", "Process", 2.2, "process", "left"),
            Col("risk", "Risk", 3.3, "risk"),
            Col("value", "Riskvärde", 1.4, "risk_value", "center"),
            Col("control", "Kontroll", 2.6, "controls"),
            Col("handling", "Hantering", 2.5, "handling"),
            Col("follows", "Följer plan", 1.4, "follows_plan", "center"),
            Col("comment", "Kommentar", 2.6, "comment"),
        ], AMN_ROWS,
        rule="0.5pt solid #000000",
    )
    title = "Arbetsmarknadsnämnden: uppföljning av intern kontroll 2024"
    blocks = [
        P(title, "Title"),
        P("Arbetsmarknadsnämndens internkontrollplan omfattar ekonomiskt bistånd, "
          "arbetsmarknadsinsatser och vuxenutbildning. Totalt har 11 risker inventerats, varav "
          "sex bedömts som kritiska och följs upp i tabellen nedan. När en process rymmer flera "
          "risker har de märkts a), b) och c)."),
        P("Uppföljningen visar att tre av kontrollerna har följt planen, två delvis och en inte "
          "alls. Förvaltningen föreslår att kontrollen av anställningsstöd behålls i planen för "
          "2025."),
        t,
    ]
    return Doc(
        "amn2024_labels_repeated_process", blocks, Page(), font="DejaVu Sans", body_size=10,
        cell_size=8, footer="Arbetsmarknadsnämnden {page}({pages})",
        organ="Arbetsmarknadsnämnden", year=2024, period=None, title=title,
        risks_inventoried=11, risks_critical=6,
        made="A4 portrait, DejaVu Sans 8 pt in the table (10 pt prose), every cell ruled "
        "(0.5 pt), header row marked as repeating (the table fits on page 1), footer "
        "\"Arbetsmarknadsnämnden N(M)\". Columns 2.2 / 3.3 / 1.4 / 2.6 / 2.5 / 1.4 / 2.6 cm.",
        tests="Sub-risks labelled a) b) (c)) one per row, with the process text repeated in "
        "every row instead of a spanning cell; the Kontroll and Hantering cells open with the "
        "same label (stripped); a heading before the label (\"Feriearbeten för ungdomar\" -> "
        "context) not carried to the next row; one empty Kommentar cell (null); an unlabelled "
        "last row; \"Totalt har 11 risker inventerats, varav sex\"; \"hälso- och sjukvården\", "
        "acronyms SSBTEK and CSN.",
        features=(8,),
    )


# ---------------------------------------------------------------------------------------------
# sen2024: a long table continuing over the page break without a repeated header row

SEN_ROWS = [
    {
        "fn": "Måltidsservice",
        "risk": "Risk att kylkedjan bryts vid transport av mat från produktionsköket till "
        "mottagningsköken i förskolor och särskilda boenden, med risk för matförgiftning.",
        "value": "12",
        "activity": "Temperaturloggning i samtliga transportboxar; veckovis genomgång av "
        "loggarna enligt egenkontrollprogrammet.",
        "done": "Ja",
        "result": [
            "Loggarna har gåtts igenom varje vecka. Vid fyra tillfällen låg temperaturen över "
            "8 °C vid ankomsten; maten kasserades och transportvägen lades om.",
            "Analysen visar att avvikelserna uppstod när samma bil körde två turer i följd. "
            "Turordningen har ändrats så att kylbilen kyls ned mellan turerna.",
        ],
    },
    {
        "fn": "IT-service",
        "risk": "Risk att behörigheter i kommunens IT-stöd inte tas bort när anställda slutar "
        "eller byter tjänst, så att obehöriga kan nå personuppgifter.",
        "value": "16",
        "activity": "Kvartalsvis jämförelse av aktiva konton mot personalsystemets lista över "
        "avslutade anställningar.",
        "done": "Delvis",
        "result": [
            "Jämförelsen har gjorts för tre av fyra kvartal. 37 konton som borde ha avslutats var "
            "fortfarande aktiva; nio av dem hade behörighet till verksamhetssystem inom hälso- "
            "och sjukvården.",
            "Kontona har stängts. Orsaken är att chefernas avslutsanmälan inte alltid når "
            "IT-servicedesken. En automatisk koppling mellan personalsystemet och "
            "katalogtjänsten införs under 2025.",
        ],
    },
    {
        "fn": "Lokalvård",
        "risk": "Risk att städningen inte utförs enligt avtalad frekvens och kvalitet i "
        "verksamhetslokaler, särskilt i förskolor och vårdlokaler.",
        "value": "9",
        "activity": "Kvalitetsmätning enligt SS-EN 13549 (INSTA 800) i 40 lokaler per år.",
        "done": "Ja",
        "result": "Mätningarna har genomförts i 40 lokaler. 36 uppnådde avtalad kvalitetsnivå; i "
        "fyra lokaler gjordes omstädning inom två arbetsdagar.",
    },
    {
        "fn": "Fordonsenheten",
        "risk": "Risk att kommunens fordon inte besiktas i tid och får körförbud, vilket kan "
        "stoppa hemtjänstens och fastighetsskötarnas resor.",
        "value": "9",
        "activity": "Månatlig bevakningslista ur fordonsregistret över fordon som ska besiktas "
        "inom 60 dagar.",
        "done": "Ja",
        "result": "Inget fordon har fått körförbud under året. Bevakningslistan har skickats till "
        "förvaltningarnas fordonsansvariga varje månad.",
    },
    {
        "fn": "Upphandling och avtal",
        "risk": "Risk att direktupphandlingar över 100 000 kronor görs utan den dokumentation "
        "som lagen om offentlig upphandling kräver.",
        "value": "12",
        "activity": "Stickprov på 30 direktupphandlingar ur e-handelssystemet och "
        "leverantörsreskontran.",
        "done": "Nej",
        "result": [
            "Stickprovet har inte genomförts. Upphandlingsenheten har under hösten prioriterat "
            "den nya ramavtalsupphandlingen av livsmedel, som överprövades i förvaltningsrätten.",
            "Kontrollen flyttas till internkontrollplanen för 2025 och kompletteras med en "
            "analys av köp från leverantörer utan avtal.",
        ],
    },
    {
        "fn": "Kontaktcenter",
        "risk": "Risk att e-post och ärenden som kommer in via kontaktcenter inte registreras och "
        "diarieförs, så att allmänna handlingar inte kan lämnas ut på begäran.",
        "value": "9",
        "activity": "Stickprov på 50 inkomna e-postmeddelanden per halvår som följs till "
        "diariet.",
        "done": "Delvis",
        "result": "Stickprovet för våren visade att 46 av 50 meddelanden hade registrerats. "
        "Höstens stickprov genomförs i januari 2025.",
    },
    {
        "fn": "Löneservice",
        "risk": "Risk att ändringar i anställningsavtal registreras för sent i lönesystemet, så "
        "att löner, pensionsavgifter och semesterskulder blir fel.",
        "value": "12",
        "activity": "Månatlig kontroll av ändringar som registrerats efter löneperiodens "
        "brytdatum.",
        "done": "Ja",
        "result": "Andelen sena registreringar har minskat från 6,1 till 3,4 procent. "
        "Retroaktiva korrigeringar har gjorts i nästkommande lönekörning.",
    },
]


def sen2024() -> Doc:
    t = Table(
        "Internkontroll 2024", [
            Col("fn", "Funktion", 2.4, "process", "left"),
            Col("risk", "Risk", 3.4, "risk"),
            Col("value", "Riskbedömning", 1.8, "risk_value", "center"),
            Col("activity", "Kontrollaktivitet", 3.0, "controls"),
            Col("done", "Genomförd enligt plan", 1.8, "follows_plan", "center"),
            Col("result", "Resultat och analys", 3.6, "comment"),
        ], SEN_ROWS,
        rule="0.5pt solid #808080", repeat_header=False,
    )
    title = "Helårsrapport för Servicenämndens internkontrollplan 2024"
    blocks = [
        P(title, "Title"),
        P("Servicenämnden ansvarar för kommunens interna service: måltider, lokalvård, fordon, "
          "IT-service, upphandling, kontaktcenter och löneservice. Nämnden fastställde "
          "internkontrollplanen för 2024 i december 2023."),
        P("Servicenämnden inventerade 19 risker inför 2024. Av dessa bedömdes sju som kritiska, "
          "med en riskbedömning på 9 eller mer på en skala upp till 16. Kontrollerna av de "
          "kritiska riskerna och deras resultat redovisas nedan."),
        t,
        P("Samlad bedömning", "H2"),
        P("Fyra av sju kontroller har genomförts enligt plan. Nämnden bedömer att den interna "
          "kontrollen är tillräcklig men att behörighetshanteringen i IT-stödet behöver "
          "förbättras skyndsamt."),
    ]
    return Doc(
        "sen2024_no_repeated_header", blocks, Page(), font="Liberation Serif", body_size=11,
        cell_size=9.5, footer="Servicenämnden – sida {page}",
        organ="Servicenämnden", year=2024, period="helår", title=title,
        risks_inventoried=19, risks_critical=7,
        made="A4 portrait, Liberation Serif 9.5 pt in the table (11 pt prose), grey rules "
        "(0.5 pt #808080) on every cell, the header row an ordinary first row (not a "
        "repeating header), footer \"Servicenämnden – sida N\". Columns 2.4 / 3.4 / 1.8 / 3.0 "
        "/ 1.8 / 3.6 cm.",
        tests="A long table that continues on the next page(s) with no header row there: the "
        "columns of page 2 must be tied to the header on page 1; a row split over the page "
        "break. Header wording Funktion, Riskbedömning (-> risk_value), Kontrollaktivitet, "
        "Genomförd enligt plan (-> follows_plan), Resultat och analys (-> comment); "
        "two-paragraph results; period from \"Helårsrapport\"; counts \"19 risker\" / \"sju som "
        "kritiska\"; \"SS-EN 13549\", \"IT-servicedesken\", \"hälso- och sjukvården\", "
        "\"e-postmeddelanden\"; a closing assessment after the table.",
        features=(6, 3),
    )
