"""Holdout22 document C: Kultur- och upplevelsenämnden, a ruled risk table with a first column
"Nr": risks "1", "2", "3", ... and, under risk 3, two sub-risks "3.1" and "3.2" on rows of
their own. Risk 3's own row holds only a lead-in ("Risk att ... inom följande områden:") and
no value, control or comment; the process cell spans risk 3's row and both sub-rows."""

from holdout_model import Col, Doc, P, Page, Table

KUN_ROWS = [
    {"nr": "1", "process": "Biblioteksverksamhet",
     "risk": "Risk att medier som köps in till folkbiblioteken inte registreras i "
             "bibliotekssystemet, så att inköpen inte kan följas upp mot medieplanen.",
     "value": "8",
     "controls": "Avstämning av 30 fakturor från medieleverantören mot registrerade "
                 "exemplar i bibliotekssystemet.",
     "follows": "Ja",
     "comment": "Samtliga exemplar på de granskade fakturorna fanns registrerade. "
                "Kontrollen upprepas nästa år."},
    {"nr": "2", "process": "Kulturskolan",
     "risk": "Risk att avgifter för kulturskolans kurser inte debiteras eller debiteras "
             "fel, eftersom anmälningar och avhopp registreras i två olika system.",
     "value": "9",
     "controls": "Jämförelse mellan elevregistret och faktureringsunderlaget för "
                 "vårterminen, med särskild granskning av syskonrabatter.",
     "follows": "Delvis",
     "comment": "Av 684 elever hade 19 fakturerats fel, de flesta på grund av felaktigt "
                "beräknad syskonrabatt. Felen har rättats och rabatten beräknas nu "
                "automatiskt."},
    {"nr": "3", "process": "Bidrag till kulturföreningar och studieförbund",
     "_span": {"process": 3},
     "risk": "Risk att bidrag till kulturföreningar och studieförbund beviljas eller "
             "betalas ut på felaktiga grunder inom följande områden:"},
    {"nr": "3.1",
     "risk": "Verksamhetsbidrag, där föreningarna redovisar fler medlemmar, "
             "sammankomster eller deltagare än de har, så att bidraget beräknas för högt.",
     "value": "12",
     "controls": "Stickprov på tio föreningar, där medlemsförteckningar och "
                 "närvarolistor jämförs med ansökan.",
     "follows": "Delvis",
     "comment": "Åtta föreningar hade underlag som stämde. Två föreningar kunde inte visa "
                "närvarolistor för samtliga sammankomster; bidraget har reducerats med "
                "sammanlagt 14 600 kronor."},
    {"nr": "3.2",
     "risk": "Projektbidrag, där slutredovisningen inte lämnas in eller inte granskas, "
             "så att bidrag för genomförda projekt inte följs upp och outnyttjade medel "
             "inte återkrävs.",
     "value": "9",
     "controls": "Genomgång av alla projektbidrag som beviljats 2023 med slutdatum senast "
                 "den 30 juni 2025.",
     "follows": "Nej",
     "comment": "Slutredovisning saknades för fem av 23 projekt. Påminnelser har skickats "
                "och bidragsmottagarna har informerats om att nya ansökningar inte prövas "
                "förrän redovisningen har kommit in."},
    {"nr": "4", "process": "Offentlig konst",
     "risk": "Risk att konstverk i kommunens samling inte går att återfinna, eftersom "
             "omplaceringar mellan förvaltningarnas lokaler inte rapporteras till "
             "konstregistret.",
     "value": "8",
     "controls": "Inventering av 120 slumpvis valda konstverk på sina registrerade "
                 "placeringar.",
     "follows": "Delvis",
     "comment": "115 konstverk fanns på registrerad plats. Fem hade flyttats utan "
                "anmälan, varav fyra har återfunnits; ett grafiskt blad saknas och har "
                "polisanmälts."},
    {"nr": "5", "process": "Evenemang och arrangemang",
     "risk": "Risk att publika evenemang genomförs utan att det finns en dokumenterad "
             "säkerhets- och utrymningsplan, så att publikens säkerhet inte kan "
             "garanteras.",
     "value": "12",
     "controls": "Granskning av planeringsunderlaget för samtliga evenemang med fler än "
                 "300 förväntade besökare.",
     "follows": "Ja",
     "comment": "Säkerhets- och utrymningsplan fanns för alla elva evenemang och hade "
                "stämts av med räddningstjänsten."},
    {"nr": "6", "process": "Kulturhuset",
     "risk": "Risk att intäkter från biljettförsäljning och uthyrning av lokaler inte "
             "redovisas fullständigt, eftersom kassasystemet och bokningssystemet inte är "
             "integrerade.",
     "value": "9",
     "controls": "Avstämning av dagskassor mot kassasystemets rapporter och av bokningar "
                 "mot fakturor för april och maj.",
     "follows": "Ja",
     "comment": "Dagskassorna och fakturorna stämde. En rutin för månatlig avstämning mot "
                "bokningssystemet har införts."},
]


def kun2025() -> Doc:
    cols = [
        Col("nr", "Nr", 0.9, None, align="left"),
        Col("process", "Process", 2.4, "process", align="left"),
        Col("risk", "Risk", 4.0, "risk"),
        Col("value", "Riskvärde", 1.5, "risk_value", align="center"),
        Col("controls", "Kontrollmoment", 3.6, "controls"),
        Col("follows", "Följer plan", 1.4, "follows_plan", align="center"),
        Col("comment", "Kommentar", 3.6, "comment"),
    ]
    table = Table("Risker", cols, KUN_ROWS, rule="0.5pt solid #7030a0",
                  header_fill="#e4dfec", size=8.5, font="Carlito", pad=0.1,
                  keep_rows=True, margin_top=0.15)
    blocks = [
        P("Kultur- och upplevelsenämnden", "Sub"),
        P("Delårsuppföljning av internkontrollplan 2025", "Title"),
        P("Internkontrollplanen för 2025 antogs av nämnden i februari. Riskerna har bedömts "
          "efter sannolikhet och konsekvens på en skala från 1 till 4, och riskvärdet är "
          "produkten av de två bedömningarna."),
        P("I riskanalysen bedömdes 18 risker. Sju av dem har ett riskvärde på 8 eller högre "
          "och ingår i internkontrollplanen. Två av de sju gäller bidragen till "
          "kulturföreningar och studieförbund; de redovisas under nummer 3 som delrisk 3.1 "
          "och 3.2, med var sitt riskvärde och var sin kontroll. Uppföljningen avser "
          "perioden januari–augusti 2025."),
        P("Riskerna och kontrollernas resultat", "H2"),
        table,
        P("Bedömning", "H2"),
        P("Den interna kontrollen bedöms i huvudsak vara tillräcklig. Uppföljningen av "
          "projektbidrag behöver förbättras och redovisas på nytt i helårsuppföljningen."),
    ]
    return Doc(
        name="kun2025_numbered_subrisk_rows",
        blocks=blocks,
        page=Page(top=2.0, bottom=2.0, left=1.8, right=1.8),
        font="Carlito",
        body_size=11.0,
        cell_size=8.5,
        footer="Kultur- och upplevelsenämnden – Delårsuppföljning 2025 – sida {page}",
        organ="Kultur- och upplevelsenämnden",
        year=2025,
        period="delår",
        title="Delårsuppföljning av internkontrollplan 2025",
        risks_inventoried=18,
        risks_critical=7,
    )
