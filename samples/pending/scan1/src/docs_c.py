"""scan1 document C: Fastighets- och servicenämnden, helår 2022, A4 landscape, a ruled
nine-column risk table with an "Ansvarig" column (no canonical field: ``extra``)."""

from holdout_model import Col, Doc, P, Page, Table

FSN_ROWS = [
    {"process": "Hyresadministration",
     "risk": "Risk att hyror för externa hyresgäster inte räknas upp enligt indexklausulen i "
             "hyresavtalen, så att nämnden går miste om intäkter.",
     "s": "3", "k": "3", "value": "9",
     "controls": "Genomgång av samtliga kommersiella hyresavtal med indexklausul och "
                 "jämförelse med debiterad hyra i januari.",
     "owner": "Fastighetsekonom",
     "follows": "Nej",
     "comment": "Av 64 avtal hade 9 inte räknats upp, vilket motsvarar uteblivna intäkter på "
                "omkring 310 000 kronor för året. Uppräkningen har gjorts retroaktivt där "
                "avtalet medger det, och en påminnelse läggs nu in i hyressystemet."},
    {"process": "Fastighetsunderhåll",
     "risk": "Risk att planerat underhåll inte genomförs enligt den fleråriga "
             "underhållsplanen, så att fastigheternas skick försämras och kostnaderna ökar.",
     "s": "3", "k": "4", "value": "12",
     "controls": "Jämförelse mellan underhållsplanen för 2022 och utförda och fakturerade "
                 "åtgärder per fastighet.",
     "owner": "Förvaltningschef fastighet",
     "follows": "Delvis",
     "comment": "71 procent av det planerade underhållet genomfördes. Takbyten på två skolor "
                "har skjutits till 2023 på grund av långa leveranstider."},
    {"process": "Passerkontroll",
     "risk": "Risk att passerkort och nycklar inte spärras eller lämnas tillbaka när en "
             "anställd eller entreprenör slutar, så att obehöriga kan komma in i lokalerna.",
     "s": "2", "k": "4", "value": "8",
     "controls": "Avstämning av aktiva passerkort mot personalsystemets förteckning över "
                 "avslutade anställningar under året.",
     "owner": "Säkerhetssamordnare",
     "follows": "Delvis",
     "comment": "23 kort tillhörde personer som slutat; samtliga har nu spärrats. Rutinen för "
                "avslut i personalsystemet kompletteras med en automatisk signal till "
                "säkerhetsenheten."},
    {"process": "Måltidsservice",
     "risk": "Risk att egenkontrollprogrammet för livsmedelssäkerhet inte följs i köken, så "
             "att allergener hamnar i specialkost.",
     "s": "2", "k": "4", "value": "8",
     "controls": "Granskning av egenkontrolldokumentationen i tio tillagningskök och "
                 "resultaten från miljöförvaltningens kontroller.",
     "owner": "Kostchef",
     "follows": "Ja",
     "comment": "Dokumentationen var fullständig i samtliga tio kök. Livsmedelskontrollen "
                "gav inga anmärkningar om specialkost."},
    {"process": "Fordonsförvaltning",
     "risk": "Risk att kommunens fordon används privat eller att körjournaler inte förs, "
             "vilket kan ge förmånsbeskattning och förtroendeskada.",
     "s": "2", "k": "3", "value": "6",
     "controls": "Stickprov på körjournaler för 15 fordon under två månader, jämförda med "
                 "tankningar och bokningar.",
     "owner": "Fordonssamordnare",
     "follows": "Ja",
     "comment": "Körjournalerna var ifyllda för samtliga resor i stickprovet och tankningarna "
                "stämde med körsträckorna."},
    {"process": "Upphandling",
     "risk": "Risk att entreprenader avropas från ramavtal utan att avtalets fördelningsnyckel "
             "eller förnyade konkurrensutsättning följs.",
     "s": "3", "k": "4", "value": "12",
     "controls": "Granskning av samtliga avrop över 500 000 kronor från ramavtalen för bygg- "
                 "och anläggningsentreprenader.",
     "owner": "Upphandlingsansvarig",
     "follows": "Delvis",
     "comment": "Elva av 14 avrop följde ramavtalets villkor. I tre fall saknades "
                "dokumentation av den förnyade konkurrensutsättningen. Projektledarna har "
                "fått en ny mall för avrop."},
]


def fsn2022() -> Doc:
    cols = [
        Col("process", "Process", 2.8, "process", align="left"),
        Col("risk", "Risk", 4.8, "risk"),
        Col("s", "Sannolikhet", 1.7, "probability", align="center"),
        Col("k", "Konsekvens", 1.7, "consequence", align="center"),
        Col("value", "Riskvärde", 1.5, "risk_value", align="center"),
        Col("controls", "Kontrollmoment", 4.3, "controls"),
        Col("owner", "Ansvarig", 2.4, None, align="left"),
        Col("follows", "Följer plan", 1.5, "follows_plan", align="center"),
        Col("comment", "Kommentar", 6.0, "comment"),
    ]
    table = Table("Internkontroll", cols, FSN_ROWS, rule="0.5pt solid #404040",
                  header_fill="#e2efd9", size=9.0, font="Liberation Sans", pad=0.12,
                  keep_rows=True, margin_top=0.15)
    blocks = [
        P("Fastighets- och servicenämnden", "Sub"),
        P("Internkontrollplan 2022 – uppföljning helår", "Title"),
        P("Nämnden ansvarar för kommunens lokalförsörjning, fastighetsunderhåll, "
          "måltidsservice och fordonsförvaltning. Av de 22 risker som förvaltningen "
          "bedömde i riskanalysen hösten 2021 har sex fått ett kontrollmoment i planen. "
          "Sannolikhet och konsekvens bedöms från 1 (låg) till 4 (mycket hög)."),
        table,
        P("Nämndens bedömning är att den interna kontrollen i huvudsak är tillräcklig. "
          "Underhållet och ramavtalsavropen behöver följas upp särskilt under 2023.",
          break_before=False),
    ]
    return Doc(
        name="fsn2022_scan_landscape",
        blocks=blocks,
        page=Page(width=29.7, height=21.0, top=1.6, bottom=1.6, left=1.5, right=1.5),
        font="Liberation Sans",
        body_size=10.0,
        cell_size=9.0,
        footer="Fastighets- och servicenämnden · Uppföljning internkontroll 2022 · {page}/{pages}",
        organ="Fastighets- och servicenämnden",
        year=2022,
        period="helår",
        title="Internkontrollplan 2022 – uppföljning helår",
        risks_inventoried=22,
        risks_critical=6,
    )
