"""scan7 document A: Rinkeby-Kista stadsdelsnämnd, T2 2024, A4 portrait: a plain ruled Word
table (Liberation Sans 9 pt, every cell ruled, light blue header), S, K and value in three
number columns, nine risks over **two pages** (rows kept whole, the header row repeated on
page 2), **no quirk**. Period as "T2" in the title and "tertial 2" in the prose; the counts
in number words ("Tjugotvå risker har inventerats", "nio vara kritiska"). Scanned grey at
300 dpi."""

from holdout_model import Col, Doc, P, Page, Table

ROWS = [
    {"process": "Ekonomiskt bistånd",
     "risk": "Risk att ekonomiskt bistånd betalas ut på felaktiga grunder när den sökandes "
             "inkomster från andra myndigheter inte kontrolleras.",
     "s": "3", "k": "3", "value": "9",
     "controls": "Stickprov på 25 akter per tertial där beslutade belopp jämförs med "
                 "uppgifter från Försäkringskassan och Arbetsförmedlingen.",
     "follows": "Ja",
     "comment": "Samtliga 25 akter var korrekt handlagda. Kontrollen av inkomstuppgifter "
                "via SSBTEK fungerar enligt rutinen."},
    {"process": "Förskola",
     "risk": "Risk att barnsäkerhetsrutinerna inte följs vid utevistelse och utflykter, "
             "vilket kan leda till att barn kommer bort eller skadas.",
     "s": "3", "k": "4", "value": "12",
     "controls": "Kontroll av att barnsäkerhetsronder är genomförda och dokumenterade på "
                 "samtliga förskoleenheter under våren.",
     "follows": "Delvis",
     "comment": "Barnsäkerhetsronder var genomförda på elva av tretton enheter. De två "
                "återstående ronderna genomförs i september."},
    {"process": "Hemtjänst",
     "risk": "Risk att beviljade insatser inte utförs enligt genomförandeplanen och att "
             "avvikelser inte dokumenteras i verksamhetssystemet.",
     "s": "3", "k": "4", "value": "12",
     "controls": "Jämförelse mellan beviljad och utförd tid för 40 brukare med hjälp av "
                 "tidsregistreringen i mobilappen.",
     "follows": "Delvis",
     "comment": "Utförd tid var i genomsnitt 86 procent av beviljad tid. "
                "Avvikelserapporteringen förstärks genom utbildning av samordnarna under "
                "hösten."},
    {"process": "Individ- och familjeomsorg",
     "risk": "Risk att barnavårdsutredningar inte avslutas inom den lagstadgade "
             "utredningstiden om fyra månader.",
     "s": "4", "k": "3", "value": "12",
     "controls": "Månatlig uppföljning av utredningstider i verksamhetssystemet.",
     "follows": "Nej",
     "comment": "Nitton av 112 avslutade utredningar överskred fyra månader. Hög "
                "personalomsättning bland socialsekreterarna är den främsta orsaken, och en "
                "handlingsplan är upprättad."},
    {"process": "Upphandling och inköp",
     "risk": "Risk att inköp görs utanför ramavtal och att direktupphandlingar inte "
             "dokumenteras enligt riktlinjen.",
     "s": "3", "k": "3", "value": "9",
     "controls": "Granskning av leverantörsreskontran för januari–juni avseende köp från "
                 "leverantörer utan avtal.",
     "follows": "Ja",
     "comment": "Köp utanför avtal motsvarade 3 procent av inköpsvolymen, vilket är inom "
                "toleransnivån."},
    {"process": "Arbetsmiljö",
     "risk": "Risk att det systematiska arbetsmiljöarbetet inte genomförs, med ökad "
             "sjukfrånvaro och fler arbetsskador som följd.",
     "s": "3", "k": "3", "value": "9",
     "controls": "Kontroll av att skyddsronder och riskbedömningar inför förändringar är "
                 "dokumenterade på alla avdelningar.",
     "follows": "Ja",
     "comment": "Skyddsronderna är genomförda och dokumenterade. Sjukfrånvaron har minskat "
                "från 9,1 till 8,4 procent."},
    {"process": "Informationssäkerhet",
     "risk": "Risk att behörigheter i IT-systemen inte tas bort när medarbetare slutar "
             "eller byter tjänst inom förvaltningen.",
     "s": "3", "k": "3", "value": "9",
     "controls": "Avstämning av aktiva användarkonton mot personalsystemets lista över "
                 "avslutade anställningar.",
     "follows": "Delvis",
     "comment": "Fjorton konton för avslutade anställningar var fortfarande aktiva och har "
                "nu inaktiverats. Rutinen för avslutsanmälan ses över."},
    {"process": "Föreningsbidrag",
     "risk": "Risk att bidrag betalas ut till föreningar som inte har redovisat hur "
             "föregående års bidrag har använts.",
     "s": "2", "k": "4", "value": "8",
     "controls": "Kontroll av att verksamhetsberättelse och ekonomisk redovisning finns för "
                 "samtliga föreningar som fått bidrag.",
     "follows": "Ja",
     "comment": "Redovisning fanns för alla 17 föreningar. Ansökan görs numera i "
                "e-tjänsten."},
    {"process": "Stadsmiljö",
     "risk": "Risk att lekplatsbesiktningar inte genomförs, vilket kan leda till olyckor "
             "på lekplatser med bristfällig utrustning.",
     "s": "2", "k": "4", "value": "8",
     "controls": "Kontroll av besiktningsprotokoll för stadsdelsområdets 24 lekplatser.",
     "follows": "Ja",
     "comment": "Alla lekplatser är besiktigade. Två gungställningar byttes ut efter "
                "anmärkning i juni."},
]


def rksn2024() -> Doc:
    cols = [
        Col("process", "Process", 2.2, "process", align="left"),
        Col("risk", "Risk", 3.6, "risk"),
        Col("s", "Sannolikhet", 1.3, "probability", align="center"),
        Col("k", "Konsekvens", 1.3, "consequence", align="center"),
        Col("value", "Riskvärde", 1.2, "risk_value", align="center"),
        Col("controls", "Kontrollmoment", 3.4, "controls"),
        Col("follows", "Följer plan", 1.3, "follows_plan", align="left"),
        Col("comment", "Kommentar", 3.1, "comment"),
    ]
    table = Table("Uppföljning T2", cols, ROWS, rule="0.5pt solid #000000",
                  header_fill="#dbe5f1", size=9, head_size=9, font="Liberation Sans",
                  pad=0.1, keep_rows=True, margin_top=0.2)
    title = "Uppföljning av internkontrollplan 2024, T2"
    blocks = [
        P("Rinkeby-Kista stadsdelsnämnd", "Sub"),
        P(title, "Title"),
        P("Sammanfattning", "H2"),
        P("Stadsdelsnämnden följer upp sin internkontrollplan i samband med "
          "tertialrapporterna och verksamhetsberättelsen. Denna uppföljning avser tertial 2, "
          "det vill säga perioden januari–augusti 2024, och redovisas för nämnden i "
          "september."),
        P("Tjugotvå risker har inventerats i stadsdelsnämndens riskanalys för 2024. Av dessa "
          "bedöms nio vara kritiska, och för var och en av dem finns ett kontrollmoment i "
          "internkontrollplanen. Riskvärdet är sannolikhet gånger konsekvens, båda på en "
          "skala från 1 till 4."),
        P("Fem kontroller följer planen, tre följer den delvis och en följer den inte. "
          "Avvikelserna gäller främst utredningstiderna inom individ- och familjeomsorgen, "
          "där en handlingsplan har tagits fram."),
        P("Uppföljning per kontrollmoment", "H2"),
        table,
        P("Fortsatt arbete", "H2"),
        P("Kontrollmoment som delvis eller inte följer planen följs upp på nytt i "
          "verksamhetsberättelsen för 2024. Förvaltningen bedömer att den interna kontrollen "
          "i övrigt är tillräcklig."),
    ]
    return Doc(
        name="rksn2024_scan_t2_two_pages_number_words",
        blocks=blocks,
        page=Page(top=2.0, bottom=1.8, left=1.8, right=1.8),
        font="Liberation Sans",
        body_size=10.5,
        cell_size=9,
        footer="Rinkeby-Kista stadsdelsförvaltning · T2 2024 · Sida {page} av {pages}",
        organ="Rinkeby-Kista stadsdelsnämnd",
        year=2024,
        period="tertial",
        title=title,
        risks_inventoried=22,
        risks_critical=9,
    )
