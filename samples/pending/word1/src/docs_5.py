"""Word report 5: Utbildnings- och kulturnämnden, helår 2024. A landscape table in the style
of Word's "Grid Table 4 - Accent 6" (white on green header, banded rows): process cells
merged over the rows of their sub-risks a) / b) (the label repeated in the Kontrollmoment
cell, as Word authors do), a row split across the page break under the repeated header,
and Följer plan wordings "Ja, med avvikelse" and "Ja, delvis"."""

from holdout_model import Col, P, Page, Table
from tagged_writer import WordDoc, grid_table_4

ROWS = [
    {"process": "Skolskjuts", "_span": {"process": 2},
     "risk": "a) Risk att skolskjuts beviljas elever som inte uppfyller kriterierna om "
             "avstånd och trafikförhållanden i kommunens riktlinjer.",
     "s": "3", "k": "3", "value": "9",
     "controls": "a) Stickprov på 30 beslut om skolskjuts, där avståndet kontrolleras i "
                 "kartsystemet.",
     "follows": "Ja, med avvikelse",
     "comment": "28 av 30 beslut var korrekta. Två elever hade beviljats skolskjuts trots "
                "att avståndet var kortare än tre kilometer; besluten har omprövats."},
    {"risk": "b) Risk att entreprenören fakturerar fler turer än som har körts.",
     "s": "2", "k": "4", "value": "8",
     "controls": "b) Avstämning av fakturerade turer mot GPS-loggar för tre linjer under "
                 "oktober.",
     "follows": "Ja",
     "comment": "Fakturerade turer stämde med loggarna."},
    {"process": "Kränkande behandling", "_span": {"process": 2},
     "risk": "a) Risk att anmälningar om kränkande behandling inte når huvudmannen, så "
             "att nämnden inte kan fullgöra sitt ansvar enligt skollagen.",
     "s": "3", "k": "4", "value": "12",
     "controls": "a) Jämförelse mellan rektorernas anmälningar i elevhälsosystemet och "
                 "anmälningarna till huvudmannen för vårterminen.",
     "follows": "Ja, delvis",
     "comment": "Vid fyra av 14 skolor hade anmälningar registrerats lokalt men inte "
                "skickats vidare till huvudmannen. Rutinen har förtydligats och "
                "rektorerna har fått utbildning i systemet. En ny kontroll gjordes i "
                "november: då hade alla anmälningar kommit in till huvudmannen inom en "
                "vecka. Uppföljningen fortsätter under 2025 med kvartalsvisa "
                "stickprov, eftersom antalet anmälningar har ökat med 23 procent jämfört "
                "med föregående år och flera skolor har fått nya rektorer."},
    {"risk": "b) Risk att utredningar av kränkande behandling inte inleds skyndsamt.",
     "s": "3", "k": "3", "value": "9",
     "controls": "b) Genomgång av tiden mellan anmälan och påbörjad utredning i 40 "
                 "ärenden.",
     "follows": "Nej",
     "comment": "I 11 av 40 ärenden hade utredningen påbörjats senare än fem skoldagar "
                "efter anmälan. Åtgärdsplan beslutades i december."},
    {"process": "Elevhälsans medicinska insats",
     "risk": "Risk att journaler läses av personal utan behov av uppgifterna, eftersom "
             "loggar inte följs upp.",
     "s": "2", "k": "4", "value": "8",
     "controls": "Kvartalsvis loggkontroll i journalsystemet av verksamhetschefen.",
     "follows": "Ja",
     "comment": "Loggkontrollerna är gjorda och visade inga obehöriga uppslag."},
    {"process": "Skolmåltider",
     "risk": "Risk att elever med allergi får fel specialkost, eftersom beställningar "
             "görs på papper.",
     "s": "3", "k": "4", "value": "12",
     "controls": "Kontroll av att specialkostlistorna i köken stämmer med de beviljade "
                 "intygen.",
     "follows": "Ja, delvis",
     "comment": "Listorna stämde i 15 av 17 kök. Digital beställning av specialkost "
                "införs i februari 2025."},
    {"process": "Betyg och bedömning",
     "risk": "Risk att betyg registreras fel i elevregistret, så att fel betyg skrivs ut "
             "i slutbetyget.",
     "s": "2", "k": "3", "value": "6",
     "controls": "Stickprov på 50 slutbetyg i årskurs 9 mot lärarnas betygsunderlag.",
     "follows": "Ja",
     "comment": "Inga felaktigheter."},
    {"process": "Frånvarohantering",
     "risk": "Risk att elever med hög frånvaro inte uppmärksammas och att vårdnadshavare "
             "inte kontaktas samma dag.",
     "s": "3", "k": "3", "value": "9",
     "controls": "Uttag ur närvarosystemet av elever med mer än 15 procent frånvaro och "
                 "kontroll av vidtagna åtgärder.",
     "follows": "Ja, med avvikelse",
     "comment": "Åtgärder fanns dokumenterade för 52 av 58 elever. För sex elever saknades "
                "kontakt med elevhälsan."},
    {"process": "Bisysslor",
     "risk": "Risk att lärare har bisysslor inom läxhjälp eller privat undervisning som "
             "kan påverka förtroendet för betygssättningen.",
     "s": "2", "k": "3", "value": "6",
     "controls": "Bisysslor tas upp i medarbetarsamtalen och registreras i "
                 "personalsystemet.",
     "follows": "Ja",
     "comment": "Nio bisysslor har anmälts. Ingen bedömdes vara förtroendeskadlig."},
]

COLS = [
    Col("process", "Process", 3.0, "process", "left"),
    Col("risk", "Risk", 5.2, "risk", "left"),
    Col("s", "Sannolikhet", 1.6, "probability", "center"),
    Col("k", "Konsekvens", 1.6, "consequence", "center"),
    Col("value", "Riskvärde", 1.5, "risk_value", "center"),
    Col("controls", "Kontrollmoment", 4.4, "controls", "left"),
    Col("follows", "Följer plan", 2.0, "follows_plan", "left"),
    Col("comment", "Kommentar", 6.9, "comment", "left"),
]

TITLE = "Helårsuppföljning av internkontrollplan 2024"


def ukn2024():
    page = Page(29.7, 21.0, 1.8, 1.8, 1.75, 1.75)
    blocks = [
        P("Utbildnings- och kulturnämnden", "Organ"),
        P(TITLE, "Title"),
        P("Inledning", "H1"),
        P("Nämnden antog internkontrollplanen för 2024 i november 2023. Planen bygger på "
          "en riskanalys där varje risk har bedömts utifrån sannolikhet och konsekvens på "
          "en skala från 1 till 4. I riskanalysen bedömdes 27 risker, varav sju som "
          "kritiska med ett riskvärde på 8 eller högre. Två risker med lägre riskvärde "
          "har ändå tagits med i planen, eftersom kontrollerna förra året visade "
          "avvikelser."),
        P("Kontrollerna har genomförts av rektorer, verksamhetschefer och förvaltningens "
          "controller enligt den tidplan som anges i planen. Resultatet har stämts av med "
          "respektive ansvarig chef innan det sammanställdes."),
        P("Följer plan anger om kontrollen har genomförts enligt planen. "
          "\u201dJa, med avvikelse\u201d betyder att kontrollen är genomförd men har visat "
          "fel som har rättats; \u201dJa, delvis\u201d att kontrollen bara har kunnat "
          "genomföras i en del av verksamheten."),
        P("Uppföljning", "H1"),
        Table("Uppfoljning", COLS, ROWS, size=10.0, font="Carlito", margin_top=0.1,
              **grid_table_4(header_fill="#70AD47", rule="0.5pt solid #A8D08D",
                             zebra="#E2EFD9")),
        P("Samlad bedömning", "H1"),
        P("Nämndens interna kontroll bedöms vara tillräcklig, med undantag för hanteringen "
          "av kränkande behandling där utredningarna inte inleds i tid. Åtgärdsplanen "
          "följs upp i internkontrollplanen för 2025."),
    ]
    return WordDoc(
        name="ukn2024_merged_cells_subrisks_status_wordings",
        blocks=blocks,
        page=page,
        font="Carlito",
        body_size=11.0,
        heading_color="#538135",
        footer="Utbildnings- och kulturnämnden · Helårsuppföljning 2024 · {page} ({pages})",
        organ="Utbildnings- och kulturnämnden",
        year=2024,
        period="helår",
        title=TITLE,
        risks_inventoried=27,
        risks_critical=7,
    )
