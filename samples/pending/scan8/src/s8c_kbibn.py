"""scan8 document C: Kultur- och biblioteksnämnden, delår 2025 ("Delårsbokslut 2025"), A4
portrait, two pages: prose with headings, then a ruled Word table (Carlito 10 pt) whose header
is repeated on page 2; the one quirk: **the risk value printed as a combined cell "S3/K4 = 12"**
(probability, consequence and their product in one cell, which wraps in its column). Scanned
grey at 200 dpi."""

from holdout_model import Col, Doc, P, Page, Table

ROWS = [
    {"process": "Biblioteksverksamhet",
     "risk": "Risk att medier som lånats ut inte återlämnas och att ersättningskrav inte "
             "skickas till låntagaren.",
     "value": "S3/K3 = 9",
     "controls": "Uttag ur bibliotekssystemet över lån som är mer än 60 dagar försenade, "
                 "jämfört med skickade ersättningskrav.",
     "follows": "Ja",
     "comment": "Ersättningskrav hade skickats för alla 214 lån. 61 procent av dem har "
                "betalats eller lämnats tillbaka."},
    {"process": "Kulturskolan",
     "risk": "Risk att elevavgifter i kulturskolan inte debiteras för elever som börjar "
             "under terminen.",
     "value": "S3/K3 = 9",
     "controls": "Avstämning av elevregistret mot fakturerade avgifter för vårterminen.",
     "follows": "Delvis",
     "comment": "17 elever som börjat efter terminsstart hade inte fakturerats. Fakturorna "
                "har skickats i efterhand."},
    {"process": "Kulturbidrag",
     "risk": "Risk att projektbidrag till kulturföreningar inte redovisas och att oanvända "
             "medel inte återkrävs.",
     "value": "S3/K4 = 12",
     "controls": "Genomgång av redovisningarna för alla projektbidrag som beviljades 2024.",
     "follows": "Nej",
     "comment": "Redovisning saknas för sex av 19 projekt. Påminnelser har skickats och "
                "återkrav förbereds."},
    {"process": "Konstsamlingen",
     "risk": "Risk att konstverk i kommunens samling försvinner eller skadas utan att det "
             "upptäcks.",
     "value": "S2/K4 = 8",
     "controls": "Inventering av konstverken i tre förvaltningsbyggnader mot konstregistret.",
     "follows": "Ja",
     "comment": "142 verk inventerades. Två verk hade flyttats utan att registret "
                "uppdaterats; registret är rättat."},
    {"process": "Evenemang",
     "risk": "Risk att publika evenemang genomförs utan polistillstånd och säkerhetsplan.",
     "value": "S2/K4 = 8",
     "controls": "Kontroll att tillstånd och säkerhetsplan finns för alla evenemang med fler "
                 "än 500 besökare.",
     "follows": "Ja",
     "comment": "Tillstånd och säkerhetsplan fanns för samtliga fyra evenemang under "
                "perioden."},
    {"process": "Kontanthantering",
     "risk": "Risk för fel eller förluster i kontanthanteringen vid bibliotekens och "
             "kulturhusets kassor.",
     "value": "S3/K3 = 9",
     "controls": "Oanmälda kassakontroller två gånger per termin.",
     "follows": "Delvis",
     "comment": "Kassadifferenser på mellan 40 och 350 kronor vid tre tillfällen. "
                "Kassarutinen har förtydligats och kortbetalning införs i kulturhuset."},
    {"process": "Dataskydd",
     "risk": "Risk att låntagarnas personuppgifter sparas längre än vad bibliotekets "
             "gallringsregler tillåter.",
     "value": "S3/K3 = 9",
     "controls": "Kontroll att den automatiska gallringen av låntagarposter i "
                 "bibliotekssystemet har körts.",
     "follows": "Ja",
     "comment": "Gallringen körs varje natt. Ett stickprov på 50 inaktiva låntagare visade "
                "inga kvarvarande uppgifter."},
]


def kbibn2025() -> Doc:
    cols = [
        Col("process", "Process", 2.4, "process", align="left"),
        Col("risk", "Risk", 3.8, "risk"),
        Col("value", "Riskvärde", 1.7, "risk_value", align="left"),
        Col("controls", "Kontrollmoment", 3.7, "controls"),
        Col("follows", "Följer plan", 1.4, "follows_plan", align="left"),
        Col("comment", "Kommentar", 4.6, "comment"),
    ]
    table = Table("Kontrollmoment 2025", cols, ROWS, rule="0.5pt solid #404040",
                  header_fill="#fbe4d5", size=10, head_size=10, font="Carlito",
                  pad=0.1, keep_rows=True, margin_top=0.2)
    title = "Delårsbokslut 2025 – uppföljning av internkontrollplan"
    blocks = [
        P("Kultur- och biblioteksnämnden", "Sub"),
        P(title, "Title"),
        P("Inledning", "H2"),
        P("Enligt kommunens reglemente för intern kontroll ska varje nämnd följa upp sin "
          "internkontrollplan i samband med delårsbokslutet och årsbokslutet. Denna "
          "uppföljning avser perioden januari–augusti 2025 och lämnas till "
          "kommunstyrelsen tillsammans med nämndens delårsbokslut."),
        P("Internkontrollplanen för 2025 fastställdes av nämnden den 11 december 2024. "
          "Förvaltningens ledningsgrupp har under perioden stämt av arbetet med "
          "kontrollerna vid två tillfällen, och resultaten har redovisats för nämndens "
          "arbetsutskott."),
        P("Riskbedömning", "H2"),
        P("I nämndens riskanalys har tjugotvå risker inventerats. Sju av dessa bedöms vara "
          "kritiska och ingår med kontrollmoment i internkontrollplanen. Varje risk har "
          "bedömts efter sannolikhet (S) och konsekvens (K) på en skala från 1 till 4. I "
          "tabellens kolumn Riskvärde anges båda bedömningarna och deras produkt, till "
          "exempel S3/K4 = 12."),
        P("De övriga femton riskerna hanteras inom den ordinarie verksamheten och följs upp "
          "i förvaltningens ledningssystem. Riskanalysen revideras inför planen för 2026."),
        P("Resultat per kontrollmoment", "H2"),
        P("Fyra kontroller följer planen, två följer den delvis och en följer den inte. "
          "Tabellen nedan visar utfallet per kontrollmoment."),
        table,
        P("Fortsatt arbete", "H2"),
        P("Redovisningen av projektbidrag och kontanthanteringen i kulturhuset följs upp på "
          "nytt i årsbokslutet. Förvaltningen föreslår att kontrollen av elevavgifter i "
          "kulturskolan görs varje termin."),
    ]
    return Doc(
        name="kbibn2025_scan_200dpi_combined_values_two_pages",
        blocks=blocks,
        page=Page(top=2.2, bottom=2.0, left=1.7, right=1.7),
        font="Carlito",
        body_size=11.5,
        cell_size=10,
        footer="Kultur- och biblioteksnämnden · Delårsbokslut 2025 · Sida {page} av {pages}",
        organ="Kultur- och biblioteksnämnden",
        year=2025,
        period="delår",
        title=title,
        risks_inventoried=22,
        risks_critical=7,
    )
