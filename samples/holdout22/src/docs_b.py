"""Holdout22 document B: Kretsloppsnämnden, a ruled six-column risk table whose Kontrollmoment
and Kommentar cells hold list items typed by the author with a plain hyphen-minus and a space
("- Stickprov ..."), several per cell, each its own paragraph without a hanging indent (a
wrapped item goes on at the cell's left edge), beside words that LibreOffice hyphenates at
line ends."""

from holdout_model import Col, Doc, P, Page, Table

KRN_ROWS = [
    {"process": "Avfallsinsamling",
     "risk": "Risk att hämtning av hushållsavfall debiteras enligt fel abonnemang, eftersom "
             "ändringar av kärlstorlek och hämtningsintervall inte förs in i kundregistret.",
     "value": "9",
     "controls": ["Stickprov på 40 abonnemang:",
                  "- jämförelse mellan kundregistret och entreprenörens hämtningsdata",
                  "- kontroll av att ändringsblanketter har registrerats inom en vecka"],
     "follows": "Delvis",
     "comment": ["- 34 av 40 abonnemang var korrekta.",
                 "- Sex abonnemang hade fel kärlstorlek; kunderna har fått kreditfakturor.",
                 "- Rutinen för registrering av ändringar har skrivits om."]},
    {"process": "Återvinningscentraler",
     "risk": "Risk att företag lämnar verksamhetsavfall på återvinningscentralerna utan att "
             "betala, eftersom kontrollen vid infarten görs manuellt.",
     "value": "8",
     "controls": ["- Oanmälda besök vid båda återvinningscentralerna under fyra dagar",
                  "- Genomgång av registrerade passerkort för företagskunder"],
     "follows": "Ja",
     "comment": ["- Inga obehöriga företagsbesök upptäcktes.",
                 "- Antalet registrerade passerkort har ökat från 212 till 268."]},
    {"process": "Farligt avfall",
     "risk": "Risk att farligt avfall från hushållen förvaras eller transporteras i strid "
             "med gällande föreskrifter, så att miljöskada eller olycka uppstår.",
     "value": "12",
     "controls": ["- Granskning av transportdokumenten för samtliga borttransporter",
                  "- Inspektion av miljöstationen och förvaringsskåpen",
                  "- Kontroll av att personalen har ADR-utbildning"],
     "follows": "Delvis",
     "comment": ["- Transportdokumenten var kompletta.",
                 "- Ett förvaringsskåp för brandfarliga vätskor saknade invallning och har "
                 "bytts ut.",
                 "- Två av nio medarbetare saknade giltig ADR-utbildning; utbildning är "
                 "bokad i oktober."]},
    {"process": "Vattenförsörjning",
     "risk": "Risk att provtagning av dricksvatten inte utförs enligt provtagningsprogrammet, "
             "så att avvikande kvalitet upptäcks för sent.",
     "value": "12",
     "controls": ["- Jämförelse mellan provtagningsprogrammet och laboratoriets "
                  "analysprotokoll för januari–juni",
                  "- Kontroll av att avvikande resultat har rapporterats till "
                  "tillsynsmyndigheten"],
     "follows": "Ja",
     "comment": ["- Samtliga 126 planerade prover hade tagits.",
                 "- Ett prov visade förhöjd halt av koliforma bakterier; kokningsrekommendation "
                 "och rapportering skedde samma dag."]},
    {"process": "Ledningsnätet",
     "risk": "Risk att planerade förnyelseinvesteringar i vatten- och avloppsledningar inte "
             "genomförs, så att antalet läckor och bräddningar ökar.",
     "value": "9",
     "controls": ["Uppföljning av förnyelseplanen:",
                  "- utförda meter ledning jämfört med plan",
                  "- upparbetade kostnader i investeringsredovisningen"],
     "follows": "Nej",
     "comment": ["- 1 850 av planerade 3 200 meter har förnyats.",
                 "- Två projekt har skjutits upp till 2025 på grund av "
                 "överklagad upphandling.",
                 "- Antalet läckor har ökat från 41 till 47."]},
    {"process": "Slamtömning",
     "risk": "Risk att slamtömning av enskilda avlopp inte utförs enligt tömningsschemat, "
             "så att anläggningar slammar igen och avloppsvatten når grundvattnet.",
     "value": "8",
     "controls": ["- Avstämning av entreprenörens tömningsrapporter mot tömningsschemat",
                  "- Genomgång av kundklagomål om uteblivna tömningar"],
     "follows": "Ja",
     "comment": ["- 1 412 av 1 430 planerade tömningar utfördes i tid.",
                 "- Resterande 18 berodde på stängda grindar eller oframkomliga vägar och "
                 "har utförts i efterhand."]},
    {"process": "Upphandling och avtal",
     "risk": "Risk att inköp av entreprenadtjänster görs utanför gällande ramavtal, så att "
             "lagen om upphandling inom försörjningssektorerna inte följs.",
     "value": "12",
     "controls": ["Granskning av leverantörsreskontran:",
                  "- alla leverantörer med inköp över 100 000 kronor",
                  "- kontroll av avtal eller direktupphandlingsbeslut"],
     "follows": "Delvis",
     "comment": ["- 29 av 32 leverantörer hade avtal.",
                 "- Tre inköp av maskintjänster saknade dokumenterad direktupphandling; "
                 "inköparna har fått utbildning i dokumentationskraven."]},
]


def krn2024() -> Doc:
    cols = [
        Col("process", "Process", 2.4, "process", align="left"),
        Col("risk", "Risk", 3.9, "risk"),
        Col("value", "Riskvärde", 1.4, "risk_value", align="center"),
        Col("controls", "Kontrollmoment", 3.9, "controls", align="left"),
        Col("follows", "Följer plan", 1.4, "follows_plan", align="center"),
        Col("comment", "Kommentar", 4.0, "comment", align="left"),
    ]
    table = Table("Kontrollresultat", cols, KRN_ROWS, rule="0.5pt solid #1f4e79",
                  header_fill="#deeaf6", size=8.0, font="DejaVu Sans", pad=0.1,
                  keep_rows=True, margin_top=0.15)
    blocks = [
        P("Kretsloppsnämnden", "Sub"),
        P("Uppföljning av internkontrollplan 2024 – delårsrapport per augusti", "Title"),
        P("Kretsloppsnämnden ansvarar för avfallshantering, vattenförsörjning och "
          "avloppsrening i kommunen. Verksamheten finansieras helt med avgifter, och "
          "internkontrollen inriktas därför särskilt på debitering, upphandling och på att "
          "lagstadgade kontroller av vatten och avfall utförs."),
        P("I förvaltningens riskanalys bedömdes 21 risker. Sju av dem har ett riskvärde på 8 "
          "eller högre och ingår i internkontrollplanen. Uppföljningen avser perioden "
          "januari–augusti 2024; kontrollernas omfattning och resultat anges i punktform i "
          "tabellen."),
        P("Resultat per risk", "H2"),
        table,
        P("Bedömning", "H2"),
        P("Förnyelsen av ledningsnätet ligger efter plan, och nämnden får en särskild "
          "redovisning av investeringsplanen i november. Övriga brister är åtgärdade eller "
          "har en beslutad åtgärd."),
    ]
    return Doc(
        name="krn2024_hyphen_minus_lists",
        blocks=blocks,
        page=Page(top=2.0, bottom=2.0, left=2.0, right=2.0),
        font="DejaVu Serif",
        body_size=10.0,
        cell_size=8.0,
        footer="Kretsloppsnämnden | Delårsrapport 2024 | {page} ({pages})",
        organ="Kretsloppsnämnden",
        year=2024,
        period="delår",
        title="Uppföljning av internkontrollplan 2024 – delårsrapport per augusti",
        risks_inventoried=21,
        risks_critical=7,
    )
