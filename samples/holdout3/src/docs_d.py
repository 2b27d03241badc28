"""Holdout3 document D: Individ- och familjeomsorgsnämnden, a meeting bundle: two pages of
minutes, the follow-up report (sub-risks a) / b) under spanning process cells, DejaVu Serif
8 pt, risk values "3x4=12"), then an action plan whose table is no risk table."""

from holdout_model import Col, Doc, P, Page, SmallTable, Table

IFN_ROWS = [
    {
        "process": "Ekonomiskt bistånd",
        "_span": {"process": 2},
        "risk": "a) Risk att ekonomiskt bistånd betalas ut på felaktiga grunder, eftersom "
        "inkomster och tillgångar inte kontrolleras mot andra myndigheter via SSBTEK.",
        "value": "3x4=12",
        "controls": "Stickprov på 30 akter per kvartal där beslutsunderlaget jämförs med "
        "uppgifterna i SSBTEK.",
        "follows": "Ja",
        "comment": "Alla granskade akter hade en dokumenterad kontroll. I två fall hade "
        "bistånd beviljats trots inkomst från Försäkringskassan; återkrav har beslutats.",
    },
    {
        "risk": "b) Risk att utbetalningar görs till fel konto eller i dubbla exemplar när "
        "handläggare registrerar utbetalningar för hand i verksamhetssystemet.",
        "value": "2x4=8",
        "controls": "Månatlig kontroll av manuella utbetalningar och av ändrade "
        "kontonummer.",
        "follows": "Delvis",
        "comment": "Kontrollen gjordes för sex av åtta månader. En dubbel utbetalning på "
        "8 400 kronor upptäcktes och har betalats tillbaka.",
    },
    {
        "process": "Placeringar av barn och unga",
        "_span": {"process": 2},
        "risk": "a) Risk att barn placeras i familjehem eller HVB som inte har utretts "
        "eller som saknar tillstånd från IVO.",
        "value": "2x4=8",
        "controls": "Kontroll av att familjehemsutredning eller tillstånd finns för alla "
        "nya placeringar.",
        "follows": "Ja",
        "comment": "Samtliga 19 nya placeringar hade en godkänd utredning eller ett "
        "tillstånd. Två jourhem utreds på nytt efter flytt.",
    },
    {
        "risk": "b) Risk att vården inte övervägs eller omprövas var sjätte månad enligt "
        "LVU och socialtjänstlagen, så att barnets situation inte följs upp.",
        "value": "3x4=12",
        "controls": "Uttag ur verksamhetssystemet över placeringar där övervägande eller "
        "omprövning ska göras under kvartalet.",
        "follows": "Nej",
        "comment": "Fyra överväganden gjordes för sent på grund av personalbrist under "
        "sommaren. En ny bevakningsrutin infördes 2024-08-15.",
    },
    {
        "process": "Våld i nära relationer",
        "risk": "Risk att skyddsbedömningar inte görs samma dag när en orosanmälan gäller "
        "våld i nära relationer, så att barn och vuxna lämnas utan skydd.",
        "value": "3x4=12",
        "controls": "Genomgång av anmälningar med våld och tid till skyddsbedömning, två "
        "gånger per termin.",
        "follows": "Delvis",
        "comment": "I 88 procent av ärendena gjordes skyddsbedömningen samma dag. "
        "Mottagningsgruppen har fått förstärkning med en socialsekreterare.",
    },
    {
        "process": "Informationssäkerhet",
        "risk": "Risk att uppgifter om enskilda lämnas ut till obehöriga genom e-post eller "
        "genom att journalanteckningar öppnas utan behov.",
        "value": "3x3=9",
        "controls": "Loggkontroll varje månad av öppnade akter och stickprov på e-post med "
        "känsliga personuppgifter.",
        "follows": "Ja",
        "comment": "Loggkontrollen visade inga otillåtna öppningar. Säker e-post används "
        "nu för all kommunikation med hälso- och sjukvården.",
    },
]

ACTION_PLAN = SmallTable(
    "Åtgärdsplan",
    ["Åtgärd", "Ansvarig", "Klart"],
    [10.0, 4.0, 3.0],
    [
        ["Införa bevakningsrutin för överväganden och omprövningar enligt LVU och "
         "socialtjänstlagen", "Enhetschef barn och unga", "2024-10-31"],
        ["Utbilda handläggare i kontroll av manuella utbetalningar och ändrade "
         "kontonummer", "Enhetschef ekonomiskt bistånd", "2024-11-30"],
        ["Förstärka mottagningsgruppen under semesterperioder", "Verksamhetschef",
         "2025-05-31"],
        ["Följa upp säker e-post i kontakten med hälso- och sjukvården",
         "Informationssäkerhetssamordnare", "2024-12-31"],
    ],
    ["left", "left", "left"],
    size=9.5,
    header_fill="#d9d9d9",
)


def ifn2024() -> Doc:
    t = Table(
        "Internkontrollplan", [
            Col("process", "Process", 2.4, "process", "left"),
            Col("risk", "Risk", 4.0, "risk"),
            Col("value", "Riskvärde (S×K)", 1.5, "risk_value", "center"),
            Col("controls", "Kontrollmoment", 3.1, "controls"),
            Col("follows", "Följer plan", 1.4, "follows_plan", "center"),
            Col("comment", "Kommentar", 4.6, "comment"),
        ], IFN_ROWS,
        rule="0.75pt solid #404040", header_fill="#dde5ee", size=8, head_size=8,
        font="DejaVu Serif",
    )
    title = "Delårsuppföljning av internkontrollplan 2024"
    organ = "Individ- och familjeomsorgsnämnden"
    blocks = [
        # --- minutes (two pages)
        P("Sammanträdesprotokoll", "Sub"),
        P(organ, "H2"),
        P("Plats och tid: Kommunhuset, sammanträdesrum Ekan, 2024-09-24 kl. 13.00–15.40", "Left"),
        P("Beslutande: Anna Lindqvist (S), ordförande, Per Holm (M), vice ordförande, "
          "Maria Ek (C), Johan Berg (S), Lena Sjöberg (V), Karim Hassan (L) och Eva Nord "
          "(KD).", "Left"),
        P("Övriga närvarande: Sofia Wallin, förvaltningschef, Erik Dahl, controller, och "
          "Hanna Lund, nämndsekreterare.", "Left"),
        P("Justerare: Per Holm. Justeringens plats och tid: Individ- och "
          "familjeomsorgsförvaltningen 2024-09-30.", "Left"),
        P("§ 58 Val av justerare", "H2"),
        P("Beslut", "H2"),
        P("Nämnden utser Per Holm att jämte ordföranden justera dagens protokoll."),
        P("§ 59 Godkännande av dagordningen", "H2"),
        P("Beslut", "H2"),
        P("Dagordningen godkänns med tillägget att informationen om familjehemsrekrytering "
          "behandlas under § 63."),
        P("§ 60 Ekonomisk uppföljning per augusti 2024", "H2"),
        P("Förvaltningen redovisar en prognos för helåret med ett underskott på 2,4 "
          "miljoner kronor. Underskottet beror främst på kostnader för externa placeringar "
          "av barn och unga och på ett högre behov av ekonomiskt bistånd än budgeterat. "
          "Åtgärder för att minska kostnaderna för placeringar redovisas i december."),
        P("Beslut", "H2"),
        P("Nämnden godkänner den ekonomiska uppföljningen och uppdrar åt förvaltningen att "
          "redovisa en åtgärdsplan för placeringskostnaderna vid sammanträdet i december."),
        P("§ 61 Anmälan av delegationsbeslut", "H2"),
        P("Förteckningar över beslut som fattats med stöd av delegation under perioden "
          "2024-08-01–2024-08-31 anmäls till nämnden. Besluten gäller ekonomiskt bistånd, "
          "bistånd enligt socialtjänstlagen och yttranden till domstol."),
        P("Beslut", "H2"),
        P("Nämnden lägger anmälan av delegationsbesluten till handlingarna."),
        P("§ 62 Delårsuppföljning av internkontrollplan 2024", "H2"),
        P("Dnr IFN 2024/37", "Left"),
        P("Förvaltningen har följt upp nämndens internkontrollplan för perioden januari till "
          "och med augusti. Uppföljningen visar att flertalet kontroller har genomförts "
          "enligt plan. Avvikelser finns inom placeringar av barn och unga, där "
          "överväganden enligt LVU har gjorts för sent, och inom ekonomiskt bistånd. "
          "Förvaltningen föreslår en åtgärdsplan för avvikelserna."),
        P("Beslutsunderlag: Tjänsteskrivelse 2024-09-10, Delårsuppföljning av "
          "internkontrollplan 2024 (bilaga 1) och Åtgärdsplan (bilaga 2).", "Left"),
        P("Beslut", "H2"),
        P("Nämnden godkänner delårsuppföljningen av internkontrollplanen och åtgärdsplanen "
          "samt överlämnar uppföljningen till kommunstyrelsen för kännedom."),
        P("§ 63 Information om familjehemsrekrytering", "H2"),
        P("Enhetschefen för familjehemsenheten informerar om rekryteringskampanjen under "
          "våren, som har gett 27 intresseanmälningar och nio påbörjade utredningar. "
          "Samarbetet med grannkommunerna om en gemensam familjehemsbank fortsätter."),
        P("Beslut", "H2"),
        P("Nämnden tackar för informationen."),
        P("§ 64 Meddelanden", "H2"),
        P("Inga meddelanden har kommit in sedan föregående sammanträde."),
        P("Underskrifter", "H2"),
        P("Ordförande: Anna Lindqvist", "Left"),
        P("Justerare: Per Holm", "Left"),
        P("Sekreterare: Hanna Lund", "Left"),
        # --- the report (bilaga 1)
        P("Bilaga 1 till § 62", "Small", break_before=True),
        P(title, "Title"),
        P(organ, "Sub"),
        P("Inledning", "H2"),
        P("Individ- och familjeomsorgsnämnden antog internkontrollplanen för 2024 den 23 "
          "januari 2024, § 6. Denna delårsuppföljning avser perioden januari–augusti och "
          "redovisar resultatet av de kontroller som hittills genomförts."),
        P("Riskerna bedöms efter sannolikhet (S) och konsekvens (K) på en skala från 1 till "
          "4, och riskvärdet är produkten S×K. Nämnden har i sin riskanalys värderat 18 "
          "risker, varav sex har ett riskvärde på 8 eller högre och betraktas som kritiska. "
          "De kritiska riskerna redovisas i tabellen nedan. Där en process har flera risker "
          "märks de med a) och b)."),
        t,
        P("Förvaltningens bedömning", "H2"),
        P("Den interna kontrollen bedöms vara tillräcklig inom ekonomiskt bistånd och "
          "informationssäkerhet. Bevakningen av överväganden och omprövningar enligt LVU "
          "behöver förbättras; åtgärderna framgår av åtgärdsplanen i bilaga 2."),
        # --- action plan (bilaga 2)
        P("Bilaga 2 till § 62", "Small", break_before=True),
        P("Åtgärdsplan efter delårsuppföljningen", "H2"),
        P("Åtgärderna nedan följs upp i helårsuppföljningen av internkontrollplanen."),
        ACTION_PLAN,
    ]
    return Doc(
        "ifn2024_meeting_bundle_subrisks", blocks, Page(left=2.0, right=2.0),
        font="DejaVu Serif", body_size=10, cell_size=8,
        footer="Individ- och familjeomsorgsnämnden · 2024-09-24 · sida {page}",
        organ=organ, year=2024, period="delår", title=title,
        risks_inventoried=18, risks_critical=6,
    )
